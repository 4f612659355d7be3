import { partyIds, partyLabel, type Scenario } from '@casus/engine';
import { INK, MUTED, PAPER, SANS, textWidth } from '../charts.js';
import type { ResultContext } from '../context.js';
import { emptyNote, esc, figure, longDate, table } from '../html.js';
import type { Section } from '../page.js';

interface Edge {
  readonly pact: number;
  readonly a: string;
  readonly b: string;
  /** One line per clause: article, type and direction. */
  readonly clauses: { article: string; type: string; dir: string }[];
}

const TYPE_WORD: Record<string, string> = {
  defense: 'defence', offense: 'offence', consultation: 'consultation', neutrality: 'neutrality', nonaggression: 'non-aggression',
  no_hostile_alliance: 'no hostile alliance', no_hostile_territory: 'no hostile territory', no_sanctions: 'no sanctions', un_cooperation: 'UN cooperation',
};

/** Pacts as edges between the actors they bind: one edge per pact and pair, labelled by clause. */
export function pactEdges(s: Scenario): Edge[] {
  const edges: Edge[] = [];
  s.pacts.forEach((pact, pi) => {
    const byPair = new Map<string, Map<string, { article: string; type: string; dirs: Set<string> }>>();
    for (const o of pact.obligations) {
      const bound = o.obligated ?? partyIds(pact);
      const protectedOnes = o.beneficiaries ?? partyIds(pact);
      for (const from of bound) {
        for (const to of protectedOnes) {
          if (from === to) continue;
          const [a, b] = from < to ? [from, to] : [to, from];
          const key = `${a}\u0000${b}`;
          const clauses = byPair.get(key) ?? new Map();
          const ck = `${o.article ?? ''}\u0000${o.type}`;
          const c = clauses.get(ck) ?? { article: o.article ?? '', type: o.type, dirs: new Set<string>() };
          c.dirs.add(`${from}→${to}`);
          clauses.set(ck, c);
          byPair.set(key, clauses);
        }
      }
    }
    for (const [key, clauses] of byPair) {
      const [a, b] = key.split('\u0000') as [string, string];
      edges.push({
        pact: pi, a, b,
        clauses: [...clauses.values()].map((c) => ({ article: c.article, type: c.type, dir: c.dirs.size > 1 ? '⇄' : [...c.dirs][0]! })),
      });
    }
  });
  return edges;
}

/** Actors on a circle in an order that keeps partners next to each other (breadth-first over the pacts). */
function circleOrder(actors: readonly string[], edges: readonly Edge[]): string[] {
  const adj = new Map<string, Map<string, number>>();
  for (const e of edges) {
    for (const [x, y] of [[e.a, e.b], [e.b, e.a]] as const) {
      const m = adj.get(x) ?? new Map<string, number>();
      m.set(y, (m.get(y) ?? 0) + e.clauses.length);
      adj.set(x, m);
    }
  }
  const degree = (x: string) => [...(adj.get(x)?.values() ?? [])].reduce((a, b) => a + b, 0);
  const left = new Set(actors);
  const order: string[] = [];
  while (left.size > 0) {
    const start = [...left].sort((x, y) => degree(y) - degree(x))[0]!;
    const queue = [start];
    left.delete(start);
    while (queue.length > 0) {
      const x = queue.shift()!;
      order.push(x);
      const next = [...(adj.get(x) ?? new Map<string, number>())].filter(([y]) => left.has(y)).sort((p, q) => q[1] - p[1]);
      for (const [y] of next) { left.delete(y); queue.push(y); }
    }
  }
  return order;
}

/** The pact diagram as an SVG: actors on a circle, one labelled curve per pact and pair. */
export function pactDiagram(s: Scenario, startDay: string): string {
  const edges = pactEdges(s);
  const involved = [...new Set(s.pacts.flatMap(partyIds))];
  const order = circleOrder(involved, edges);
  const n = order.length;
  const R = n <= 2 ? 150 : Math.min(300, 130 + 22 * n);
  const pos = new Map(order.map((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n + (n === 2 ? Math.PI / 2 : 0);
    return [id, { x: R * Math.cos(angle), y: R * Math.sin(angle), angle }] as const;
  }));
  const perPair = new Map<string, Edge[]>();
  for (const e of edges) perPair.set(`${e.a}|${e.b}`, [...(perPair.get(`${e.a}|${e.b}`) ?? []), e]);
  const lines: string[] = [];
  const marks: string[] = [];
  const labels: string[] = [];
  const box = { x0: -R - 30, y0: -R - 30, x1: R + 30, y1: R + 30 };
  const grow = (x0: number, y0: number, x1: number, y1: number) => {
    box.x0 = Math.min(box.x0, x0); box.y0 = Math.min(box.y0, y0); box.x1 = Math.max(box.x1, x1); box.y1 = Math.max(box.y1, y1);
  };
  for (const group of perPair.values()) {
    // One label block per pair of actors, listing every pact between them, so labels never overlap each other.
    const rows: { text: string; bold?: boolean }[] = [];
    let mSum = { x: 0, y: 0 };
    let out = { x: 0, y: 0 };
    let near = false;
    group.forEach((e, k) => {
      const p0 = pos.get(e.a)!;
      const p2 = pos.get(e.b)!;
      const dx = p2.x - p0.x;
      const dy = p2.y - p0.y;
      const len = Math.hypot(dx, dy) || 1;
      const mid = { x: (p0.x + p2.x) / 2, y: (p0.y + p2.y) / 2 };
      const midLen = Math.hypot(mid.x, mid.y);
      // Unit vector from the centre through the chord's midpoint (outward); a normal for a diameter.
      out = midLen > 1 ? { x: mid.x / midLen, y: mid.y / midLen } : { x: -dy / len, y: dx / len };
      // Chords between near neighbours bulge outward, labelled outside the ring; long chords stay straight, labelled in the middle.
      near = len < 1.25 * R;
      const bulge = (near ? 0.28 * len : 0) + (k - (group.length - 1) / 2) * (near ? 44 : 60);
      const c = { x: mid.x + out.x * bulge * 2, y: mid.y + out.y * bulge * 2 };
      const pact = s.pacts[e.pact]!;
      const inactive = pact.inForce > startDay || (pact.lapsed !== undefined && pact.lapsed <= startDay);
      // Pacts are told apart by number, not colour: every colour on the page already means
      // something (an outcome, a basis, a fate), and the curves follow the page's ink in both schemes.
      lines.push(`<path d="M${f(p0.x)},${f(p0.y)} Q${f(c.x)},${f(c.y)} ${f(p2.x)},${f(p2.y)}" fill="none" stroke="${INK}" stroke-width="${Math.min(5, 1.6 + e.clauses.length * 0.5).toFixed(1)}" stroke-linecap="round" opacity="0.75"${inactive ? ' stroke-dasharray="6 5"' : ''}/>`);
      const at = { x: 0.25 * p0.x + 0.5 * c.x + 0.25 * p2.x, y: 0.25 * p0.y + 0.5 * c.y + 0.25 * p2.y };
      marks.push(`<circle cx="${f(at.x)}" cy="${f(at.y)}" r="9" fill="${PAPER}" stroke="${INK}" stroke-width="1.4"/><text x="${f(at.x)}" y="${f(at.y + 3.8)}" text-anchor="middle" font-size="11" font-weight="700" fill="${INK}">${e.pact + 1}</text>`);
      mSum = { x: mSum.x + at.x, y: mSum.y + at.y };
      rows.push({ text: `${e.pact + 1} · ${pact.id}`, bold: true }, ...e.clauses.map((cl) => ({ text: `${cl.article ? `${cl.article} · ` : ''}${TYPE_WORD[cl.type] ?? cl.type} ${cl.dir}` })));
    });
    const m = { x: mSum.x / group.length, y: mSum.y / group.length };
    const w = Math.max(...rows.map((r) => textWidth(r.text, 11, r.bold === true)));
    const h = rows.length * 13;
    let cx = m.x;
    let cy = m.y;
    if (near) {
      const reach = Math.abs(out.x) * (w / 2) + Math.abs(out.y) * (h / 2) + 8;
      cx += out.x * reach;
      cy += out.y * reach;
    }
    grow(cx - w / 2 - 4, cy - h / 2 - 4, cx + w / 2 + 4, cy + h / 2 + 4);
    const tspans = rows.map((r, i) => `<tspan x="${f(cx)}" dy="${i === 0 ? 0 : 13}"${r.bold ? ' font-weight="700"' : ''}>${esc(r.text)}</tspan>`);
    labels.push(`<text x="${f(cx)}" y="${f(cy - h / 2 + 10)}" text-anchor="middle" font-size="11" fill="${INK}" stroke="${PAPER}" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke">${tspans.join('')}</text>`);
  }
  const nodes = order.map((id) => {
    const p = pos.get(id)!;
    const name = s.actors[id]?.name ?? id;
    const below = p.y > 0.3 * R;
    const ly = p.y + (below ? 40 : -30);
    const w = textWidth(name, 12);
    if (name !== id) grow(p.x - w / 2 - 4, ly - 14, p.x + w / 2 + 4, ly + 6);
    return `<g><circle cx="${f(p.x)}" cy="${f(p.y)}" r="22" fill="${PAPER}" stroke="${INK}" stroke-width="1.6"/>`
      + `<text x="${f(p.x)}" y="${f(p.y + 4)}" text-anchor="middle" font-size="12" font-weight="700" fill="${INK}">${esc(id)}</text>`
      + (name !== id ? `<text x="${f(p.x)}" y="${f(ly)}" text-anchor="middle" font-size="12" fill="${MUTED}" stroke="${PAPER}" stroke-width="3" paint-order="stroke">${esc(name)}</text>` : '')
      + '</g>';
  });
  const W = box.x1 - box.x0;
  const H = box.y1 - box.y0;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${f(box.x0)} ${f(box.y0)} ${f(W)} ${f(H)}" width="${f(W)}" height="${f(H)}" style="max-width:${f(W)}px;--w:${f(W)}px;margin:0 auto" role="img" aria-label="Diagram of the pacts: who is bound to whom, by which article" font-family="${esc(SANS)}">`
    + `<g>${lines.join('')}</g><g>${nodes.join('')}</g><g>${marks.join('')}</g><g>${labels.join('')}</g></svg>`;
}

const f = (x: number): string => x.toFixed(1);


export function pactsSection(ctx: ResultContext): Section {
  const s = ctx.scenario;
  const lede = 'Who is bound to whom, and by which article. Each curve is one pact between two of its parties, numbered by pact and labelled with its clauses: the obligation type and its direction (⇄ binds both ways; A→B binds A toward B). Dashed: not in force when the runs start.';
  if (s.pacts.length === 0) return { id: 'pacts', title: 'Pacts', lede, html: emptyNote('The scenario has no pacts.') };
  const start = s.clock.start;
  const legend = `<div class="legend-row">${s.pacts.map((p, i) => `<span><b class="pact-num">${i + 1}</b>${esc(p.name)}</span>`).join('')}</div>`;
  const rows = s.pacts.map((p, i) => [
    `<b class="pact-num">${i + 1}</b> <strong>${esc(p.name)}</strong><span class="sub mono">${esc(p.id)}${p.atop !== undefined ? ` · ATOP ${p.atop}` : ''}</span>`,
    esc(p.parties.map(partyLabel).join(', ')),
    `${esc(longDate(p.inForce))}${p.lapsed ? `<span class="sub">lapses ${esc(longDate(p.lapsed))}</span>` : ''}`,
    p.obligations.map((o) => `${o.article ? `${esc(o.article)} · ` : ''}${esc(TYPE_WORD[o.type] ?? o.type)}${o.obligated ? ` (${esc(o.obligated.join(', '))})` : ''}`).join('<br>'),
  ]);
  return {
    id: 'pacts', title: 'Pacts', lede,
    html: figure(pactDiagram(s, start) + legend, `${s.pacts.length} pact${s.pacts.length === 1 ? '' : 's'} among ${new Set(s.pacts.flatMap(partyIds)).size} actors; actors bound by no pact are not drawn.`, 'pacts')
      + table(['Pact', 'Parties', 'In force', 'Clauses'], rows),
  };
}
