import { useState } from 'preact/hooks';
import type { ViewProps } from './main.js';
import { answerAction, DecisionCard, OddsTable, Status, teamList, Timeline } from './common.js';
import type { DecisionView, SessionView } from '../src/serve/state-types.js';

/** A team's page: its own actors' open decisions, its submitted choices, what its actors know. */
export function Team({ view, send }: ViewProps) {
  const [busy, setBusy] = useState(false);
  const me = view.teams.find((t) => t.name === view.team);
  const answer = async (d: DecisionView, option: string) => {
    setBusy(true);
    await send(answerAction(d, option));
    setBusy(false);
  };
  return (
    <main class="grid">
      <section class="card" aria-labelledby="team-title">
        <h2 id="team-title">Team {view.team}</h2>
        <p>You play <strong data-testid="team-actors">{me?.actors.join(', ')}</strong>.</p>
        <p data-testid="turn" class={(me?.open ?? 0) > 0 ? 'turn' : ''}>{turnText(view)}</p>
      </section>
      {view.decisions.map((d) => <DecisionCard decision={d} onAnswer={(o) => void answer(d, o)} busy={busy} />)}
      <section class="card" aria-labelledby="choices-title">
        <h2 id="choices-title">Your choices</h2>
        {view.choices.length === 0 ? <p class="muted">None yet.</p> : (
          <ol data-testid="choices">{view.choices.map((c) => <li>tick {c.tick} · {c.actor} · <code>{c.key}</code>: <strong>{c.option}</strong></li>)}</ol>
        )}
      </section>
      <section class="card wide" aria-labelledby="odds-title"><h2 id="odds-title">Odds from here</h2><OddsTable odds={view.odds} /></section>
      <section class="card wide" aria-labelledby="know-title">
        <h2 id="know-title">What your actors know</h2>
        <p class="small">Uses of force, threats, postures, statements, Council drafts and votes, sanctions and treaty events of your pacts — and everything your own actors did. Not other actors' deliberations, nor the model's hidden quantities.</p>
        <Status view={view} /><Timeline events={view.events} />
      </section>
    </main>
  );
}

/** Where the team stands in the round: to decide, decided and waiting, or waiting on others. */
function turnText(view: SessionView): string {
  const me = view.teams.find((t) => t.name === view.team);
  const others = view.waitingOn.filter((t) => t !== view.team);
  if (me?.open) {
    return `Your decision: ${me.open} open. Teams answer in any order; the round's choices take effect together once every team has answered${others.length ? ` (${teamList(others)} too)` : ''}.`;
  }
  if (view.deciding && others.length > 0) {
    const waiting = `Waiting on ${teamList(others)}'s decision${others.length > 1 ? 's' : ''}.`;
    return me?.answered
      ? `Your choice is in. ${waiting} Decisions that follow from this round in the same tick — yours included — can only be known once it is complete.`
      : `${waiting} Any decision of yours that follows from theirs in this tick can only be known once they are in.`;
  }
  return view.ended ? 'The run is over.' : 'No decision for you now; the facilitator moves time on.';
}
