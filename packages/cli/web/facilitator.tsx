import { useState } from 'preact/hooks';
import type { ViewProps } from './main.js';
import { answerAction, DecisionCard, OddsTable, Status, teamList, Timeline } from './common.js';
import { codeFromLocation } from './api.js';

/** The white cell's page: time, every open decision of the round, injects, judgments, undo, forks, access. */
export function Facilitator({ view, send }: ViewProps) {
  const [busy, setBusy] = useState(false);
  const [ticks, setTicks] = useState('1');
  const [inject, setInject] = useState('');
  const [param, setParam] = useState(view.parameters[0]?.name ?? '');
  const [value, setValue] = useState('');
  const [fork, setFork] = useState('');
  const run = async (action: Record<string, unknown>): Promise<boolean> => {
    setBusy(true);
    const ok = await send(action);
    setBusy(false);
    return ok;
  };
  const code = encodeURIComponent(codeFromLocation());
  const current = view.parameters.find((p) => p.name === param);
  return (
    <main class="grid">
      <section class="card" aria-labelledby="time-title">
        <h2 id="time-title">Time</h2>
        <div class="row">
          <button type="button" data-testid="advance" disabled={busy || view.deciding || view.ended} onClick={() => void run({ type: 'advance', ticks: 1 })}>Next tick</button>
          <label for="ticks">ticks</label>
          <input id="ticks" type="number" min="1" value={ticks} onInput={(e) => setTicks((e.target as HTMLInputElement).value)} class="narrow" />
          <button type="button" disabled={busy || view.deciding || view.ended} onClick={() => void run({ type: 'advance', ticks: Number(ticks) })}>Run</button>
          <button type="button" data-testid="undo" disabled={busy} onClick={() => void run({ type: 'undo' })}>Undo last action</button>
        </div>
        <p data-testid="waiting">{view.deciding
          ? `Waiting on ${teamList(view.waitingOn.map((t) => `team ${t}`))}: ${view.decisions.length} decision(s) of tick ${view.decisions[0]?.tick ?? view.position} are taken together, ${view.decisions.filter((d) => d.answer !== null).length} answered.`
          : view.ended ? 'The run is over.' : 'No decision pending.'}</p>
        {view.deciding && <p class="small">Teams answer in any order; the choices take effect together, in the engine's order, once all are in. Decisions that follow from them in this tick (an answer to a strike, a vote on a draft) are known only then, and appear then.</p>}
      </section>
      <section class="card" aria-labelledby="teams-title">
        <h2 id="teams-title">Teams</h2>
        <ul data-testid="teams">
          {view.teams.map((t) => (
            <li data-team={t.name}><strong>{t.name}</strong> ({t.actors.join(', ')}) — {t.open
              ? <span class="turn">has not decided yet ({t.open} open)</span>
              : t.answered ? 'has decided; waits for the others' : 'nothing to decide now'} · {t.choices} choice(s)</li>
          ))}
        </ul>
      </section>
      {view.decisions.map((d) => <DecisionCard decision={d} busy={busy} onAnswer={(o) => void run(answerAction(d, o))} />)}
      <section class="card" aria-labelledby="inject-title">
        <h2 id="inject-title">White-cell inject</h2>
        <form onSubmit={(e) => { e.preventDefault(); void run({ type: 'inject', effect: inject }).then((ok) => ok && setInject('')); }}>
          <label for="inject">Effect (YAML or JSON), applied at the next tick</label>
          <textarea id="inject" data-testid="inject-text" rows={3} value={inject} placeholder="{signal: {kind: talks, by: PRK}}" onInput={(e) => setInject((e.target as HTMLTextAreaElement).value)} />
          <button type="submit" data-testid="inject" disabled={busy || inject.trim() === ''}>Inject</button>
        </form>
      </section>
      <section class="card" aria-labelledby="param-title">
        <h2 id="param-title">Change a judgment</h2>
        <form onSubmit={(e) => { e.preventDefault(); void run({ type: 'set', name: param, value }); }}>
          <label for="param">Parameter</label>
          <select id="param" value={param} onChange={(e) => setParam((e.target as HTMLSelectElement).value)}>
            {view.parameters.map((p) => <option value={p.name}>{p.name}</option>)}
          </select>
          <label for="param-value">New value{current ? ` (now ${current.value}, start ${current.start}${current.levels.length ? `; levels ${current.levels.join(', ')}` : ''})` : ''}</label>
          <input id="param-value" value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
          <button type="submit" disabled={busy || value.trim() === ''}>Set from the next tick</button>
        </form>
      </section>
      <section class="card" aria-labelledby="branch-title">
        <h2 id="branch-title">Branches and files</h2>
        <form class="row" onSubmit={(e) => { e.preventDefault(); void run({ type: 'fork', name: fork }).then((ok) => ok && setFork('')); }}>
          <label for="fork">New branch</label>
          <input id="fork" value={fork} onInput={(e) => setFork((e.target as HTMLInputElement).value)} class="narrow" />
          <button type="submit" disabled={busy || fork.trim() === ''}>Fork</button>
        </form>
        <p>Branches: {view.branches.map((b) => b === view.branch
          ? <strong> {b} (current)</strong>
          : <button type="button" class="link" disabled={busy} onClick={() => void run({ type: 'switch', name: b })}>switch to {b}</button>)}</p>
        <p>The session is saved after every action.{' '}
          <a href={`/api/session-file?code=${code}`} download>Download the session file</a> ·{' '}
          <a href={`/api/review?code=${code}`} target="_blank" rel="noopener" data-testid="review-link">After-action review</a> ·{' '}
          <a href={`/api/review?code=${code}&download=1`} download>Export the review (HTML)</a></p>
      </section>
      <section class="card wide" aria-labelledby="odds-title"><h2 id="odds-title">Odds from here</h2><OddsTable odds={view.odds} /></section>
      <section class="card wide" aria-labelledby="play-title"><h2 id="play-title">State of play</h2><Status view={view} />
        {view.choices.length > 0 && <><h3>Choices</h3><ol data-testid="choices">{view.choices.map((c) => <li>tick {c.tick} · {c.actor} ({c.team ?? 'white cell'}): <strong>{c.option}</strong> <code>{c.key}</code></li>)}</ol></>}
        {view.injects.length > 0 && <><h3>Injects</h3><ol data-testid="injects">{view.injects.map((i) => <li>tick {i.tick}: <code>{i.effect}</code></li>)}</ol></>}
        <h3>Timeline</h3><Timeline events={view.events} />
      </section>
      {view.access && (
        <section class="card wide" aria-labelledby="access-title">
          <h2 id="access-title">Join codes</h2>
          <ul class="access" data-testid="access">
            {view.access.map((a) => (
              <li>
                <div class="qr" dangerouslySetInnerHTML={{ __html: a.qr }} />
                <p><strong>{a.label}</strong><br /><code>{a.code}</code><br /><a href={a.url}>{a.url}</a></p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
