import type { DecisionView, EventView, OddsView, SessionView } from '../src/serve/state-types.js';

/** The odds table: one row per outcome, one column per continuation column and the baseline. */
export function OddsTable({ odds, bars = false }: { odds: OddsView; bars?: boolean }) {
  if (odds.state === 'computing') {
    return (
      <div class="odds computing" data-testid="odds" data-state="computing">
        <p>{odds.title}</p>
        {odds.total ? (
          <p class="row"><progress aria-label="odds computed so far" value={odds.done} max={odds.total} /> <span>{Math.round((100 * (odds.done ?? 0)) / odds.total)}% of {odds.total.toLocaleString('en-US')} runs</span></p>
        ) : <progress aria-label="computing the odds" />}
      </div>
    );
  }
  if (odds.state !== 'ready') return <div class="odds" data-testid="odds" data-state={odds.state}><p>{odds.title}{odds.message ? `: ${odds.message}` : ''}</p></div>;
  return (
    <div class="odds" data-testid="odds" data-state="ready">
      <p class="caption">{odds.title}</p>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="odds table">
        <table>
          <thead><tr><th scope="col">outcome</th>{odds.columns.map((c) => <th scope="col">{c}</th>)}</tr></thead>
          <tbody>
            {odds.rows.map((r) => (
              <tr data-outcome={r.id}>
                <th scope="row" title={r.title}>{r.id}</th>
                {r.cells.map((c, i) => (
                  <td class={i === r.cells.length - 1 ? 'baseline' : ''} data-testid="odds-cell">
                    {bars && <Bar p={c.p} lo={c.lo} hi={c.hi} baseline={i === r.cells.length - 1} />}
                    <span class="cell-text">{c.text}</span>
                  </td>
                ))}
              </tr>
            ))}
            {(odds.metrics ?? []).map((m) => (
              <tr data-metric={m.id}>
                <th scope="row" title={m.title}>{m.id}</th>
                {m.means.map((text, i) => <td class={i === m.means.length - 1 ? 'baseline' : ''} data-testid="odds-metric"><span class="cell-text">mean {text}</span></td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="small">[lo, hi] = 95% Wilson interval: simulation error only. From here on the played actors' choices follow their doctrine.{odds.metrics ? ' mean = a metric\'s mean per run over the whole run, the ticks already played included.' : ''}</p>
    </div>
  );
}

function Bar({ p, lo, hi, baseline }: { p: number; lo: number; hi: number; baseline: boolean }) {
  return (
    <svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
      <rect x="0" y="0" width="100" height="8" class="bar-bg" />
      <rect x={lo * 100} y="1" width={Math.max(0.5, (hi - lo) * 100)} height="6" class="bar-ci" />
      <rect x={Math.max(0, p * 100 - 0.75)} y="0" width="1.5" height="8" class={baseline ? 'bar-p base' : 'bar-p'} />
    </svg>
  );
}

/** The events of the run, newest first, each with its cause. */
export function Timeline({ events, limit }: { events: readonly EventView[]; limit?: number }) {
  const shown = [...events].reverse().slice(0, limit ?? events.length);
  if (shown.length === 0) return <p class="muted">Nothing has happened yet.</p>;
  return (
    <ul class="timeline" data-testid="timeline" tabIndex={0} aria-label="events, newest first">
      {shown.map((e) => (
        <li data-seq={e.seq}>
          <span class="seq">#{e.seq}</span> <span class="date">{e.date}</span> <span class="text">{e.text}</span>{' '}
          <code class="cause">{e.parent === null ? e.cause : `${e.cause} ← #${e.parent}`}</code>
        </li>
      ))}
    </ul>
  );
}

/**
 * A decision with its options as buttons (disabled while a request is in flight). An answered one
 * shows the answer: it takes effect when the round's other decisions are in.
 */
export function DecisionCard({ decision, onAnswer, busy }: { decision: DecisionView; onAnswer: (option: string) => void; busy: boolean }) {
  const id = `decision-${decision.actor}-${decision.key.replace(/[^A-Za-z0-9_-]/g, '_')}-${decision.occurrence}`;
  const answered = decision.answer !== null;
  return (
    <section class={`card decision${answered ? ' answered' : ''}`} data-testid="decision" data-actor={decision.actor} data-key={decision.key} data-answered={answered ? decision.answer! : undefined} aria-labelledby={id}>
      <h2 id={id}>{decision.actorName.includes(decision.actor) ? decision.actorName : `${decision.actorName} (${decision.actor})`} {answered ? 'has decided' : 'decides'}</h2>
      <p class="kind">{decision.kindWords} · tick {decision.tick} · <code>{decision.key}</code></p>
      <p class="prompt">{decision.prompt}</p>
      {answered && <p class="small" data-testid="answered">Answered <strong>{decision.answer}</strong>; it takes effect with the round's other decisions, once they are in.</p>}
      <ul class="options">
        {decision.options.map((o) => (
          <li>
            <button type="button" data-option={o} disabled={busy || answered} aria-pressed={answered ? o === decision.answer : undefined} onClick={() => onAnswer(o)}>{o}</button>
            {o === decision.doctrine && <span class="small"> (what the doctrine would choose)</span>}
            {decision.consequences[o] !== undefined && <div class="small consequence">does: <code>{decision.consequences[o]}</code></div>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `seoul`, `seoul and washington`, `a, b and c` */
export function teamList(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The answer action for one of the round's decisions. */
export function answerAction(d: DecisionView, option: string): Record<string, unknown> {
  return { type: 'answer', actor: d.actor, key: d.key, occurrence: d.occurrence, option };
}

export function Status({ view }: { view: SessionView }) {
  return <pre class="status" data-testid="status" tabIndex={0} aria-label="state of play">{view.status.join('\n')}</pre>;
}
