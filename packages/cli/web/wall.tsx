import type { ViewProps } from './main.js';
import type { SessionView } from '../src/serve/state-types.js';
import { OddsTable, teamList, Timeline } from './common.js';

/** The projector: where the run stands, the odds against the baseline, the relations, the timeline. */
export function Wall({ view }: ViewProps) {
  return (
    <main class="wall-grid">
      <section class="card" aria-labelledby="odds-title">
        <h2 id="odds-title">Odds from here, against the start</h2>
        <p data-testid="waiting" class="big">{view.waitingOn.length > 0 ? `Waiting on ${teamList(view.waitingOn.map((t) => `team ${t}`))}…` : view.ended ? 'The run is over.' : ' '}</p>
        <OddsTable odds={view.odds} bars />
        <p class="small">Outcomes reached: {view.outcomes.filter((o) => o.tick !== null).map((o) => `${o.id} (tick ${o.tick})`).join(' · ') || 'none yet'}</p>
      </section>
      <section class="card" aria-labelledby="rel-title">
        <h2 id="rel-title">Relations and postures</h2>
        <Relations view={view} />
      </section>
      <section class="card wide" aria-labelledby="tl-title">
        <h2 id="tl-title">Timeline, with causes</h2>
        <Timeline events={view.events} limit={40} />
      </section>
    </main>
  );
}

const RUNG_COLOURS = ['#6b7280', '#2f6f9f', '#b7791f', '#c2410c', '#b91c1c', '#7f1d1d', '#111827'];

function rungColour(i: number, n: number): string {
  const k = Math.round((i / Math.max(1, n - 1)) * (RUNG_COLOURS.length - 1));
  return RUNG_COLOURS[k]!;
}

/** The actors on a circle, each relation above peace a line coloured by its rung. */
function Relations({ view }: { view: SessionView }) {
  const n = view.actors.length;
  const size = 420;
  const r = 150;
  const at = new Map(view.actors.map((a, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n) - Math.PI / 2;
    return [a.id, { x: size / 2 + r * Math.cos(angle), y: size / 2 + r * Math.sin(angle) }] as const;
  }));
  const label = `Relations: ${view.relations.map((x) => `${x.a}–${x.b} ${x.rung}${x.war !== 'none' ? ` (${x.war})` : ''}`).join('; ') || 'all at peace'}. Postures: ${view.actors.map((a) => `${a.id} ${a.rung}`).join('; ')}.`;
  return (
    <figure class="relations" data-testid="relations">
      <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label}>
        {view.relations.map((x) => {
          const p = at.get(x.a);
          const q = at.get(x.b);
          if (!p || !q) return null;
          const colour = rungColour(x.rungIndex, view.rungs.length);
          return (
            <g>
              <line x1={p.x} y1={p.y} x2={q.x} y2={q.y} stroke={colour} stroke-width={1.5 + x.rungIndex * 1.2} stroke-dasharray={x.war === 'none' ? undefined : '6 3'} />
              {view.relations.length <= 6 && <text x={(p.x + q.x) / 2} y={(p.y + q.y) / 2 - 4} class="edge-label" text-anchor="middle">{x.rung}</text>}
            </g>
          );
        })}
        {view.actors.map((a) => {
          const p = at.get(a.id)!;
          return (
            <g>
              <circle cx={p.x} cy={p.y} r={26} fill="#fff" stroke={rungColour(a.rungIndex, view.rungs.length)} stroke-width={a.team ? 4 : 2} />
              <text x={p.x} y={p.y + 4} text-anchor="middle" class="node-label">{a.id}</text>
              <text x={p.x} y={p.y + 42} text-anchor="middle" class="node-rung">{a.rung}</text>
            </g>
          );
        })}
      </svg>
      <figcaption class="small">Line colour and width: the rung of the relation (dashed: at war). Ring: the actor's posture; thick ring: played by a team. Ladder: {view.rungs.join(' → ')}.</figcaption>
    </figure>
  );
}
