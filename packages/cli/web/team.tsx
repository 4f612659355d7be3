import { useState } from 'preact/hooks';
import type { ViewProps } from './main.js';
import { DecisionCard, OddsTable, Status, Timeline } from './common.js';

/** A team's page: its own actors' pending decision, its submitted choices, what its actors know. */
export function Team({ view, send }: ViewProps) {
  const [busy, setBusy] = useState(false);
  const me = view.teams.find((t) => t.name === view.team);
  const answer = async (option: string) => {
    if (!view.pending) return;
    setBusy(true);
    await send({ type: 'answer', actor: view.pending.actor, option });
    setBusy(false);
  };
  return (
    <main class="grid">
      <section class="card" aria-labelledby="team-title">
        <h2 id="team-title">Team {view.team}</h2>
        <p>You play <strong data-testid="team-actors">{me?.actors.join(', ')}</strong>.</p>
        {view.pending
          ? <p class="turn" data-testid="turn">Your decision — the room waits for you.</p>
          : <p data-testid="turn">{view.waitingFor ? `Waiting for team ${view.waitingFor} to decide.` : view.ended ? 'The run is over.' : 'No decision for you now; the facilitator moves time on.'}</p>}
      </section>
      {view.pending && <DecisionCard decision={view.pending} onAnswer={(o) => void answer(o)} busy={busy} />}
      <section class="card" aria-labelledby="choices-title">
        <h2 id="choices-title">Your choices</h2>
        {view.choices.length === 0 ? <p class="muted">None yet.</p> : (
          <ol data-testid="choices">{view.choices.map((c) => <li>tick {c.tick} · {c.actor} · <code>{c.key}</code>: <strong>{c.option}</strong></li>)}</ol>
        )}
      </section>
      <section class="card wide" aria-labelledby="odds-title"><h2 id="odds-title">Odds from here</h2><OddsTable odds={view.odds} /></section>
      <section class="card wide" aria-labelledby="know-title"><h2 id="know-title">What your actors know</h2><Status view={view} /><Timeline events={view.events} /></section>
    </main>
  );
}
