import type { Aggregates } from './aggregates.js';
import type { Model } from '../model/model.js';

/** One pair of actors whose relation rose above the rung it started on in some runs. */
export interface PairEscalation {
  /** The two actors, in declared order. */
  readonly pair: readonly [string, string];
  /** The rung the relation started on. */
  readonly from: string;
  /** Runs in which it rose above `from`, and their share of all runs counted. */
  readonly runs: number;
  readonly p: number;
  /** Share of all runs by the highest rung reached, for the rungs above `from` that were reached (ladder order). */
  readonly highest: Readonly<Record<string, number>>;
}

/** The pairs of one theatre (or, with `theatre: null`, the pairs in no declared theatre). */
export interface EscalationGroup {
  readonly theatre: string | null;
  readonly title: string;
  readonly pairs: readonly PairEscalation[];
}

/** What grouping needs from a scenario: the actors in declared order and the declared theatres. */
export interface EscalationLayout {
  readonly actors: readonly string[];
  readonly theatres: readonly { readonly id: string; readonly title: string; readonly actors: readonly string[] }[];
}

/** The layout of a compiled scenario. */
export function escalationLayout(m: Model): EscalationLayout {
  return {
    actors: m.actors.map((a) => a.id),
    theatres: m.theatres.map((t) => ({ id: t.id, title: t.title, actors: t.actors.map((a) => m.actors[a]!.id) })),
  };
}

export const OTHER_PAIRS_TITLE = 'Other pairs';

/**
 * Escalation per pair, above where each pair started, grouped by theatre: a pair belongs to the
 * first declared theatre that lists both its actors, else to a last group of other pairs. Pairs
 * that never rose above their starting rung are left out, and so are empty groups. Pairs run in
 * the actors' declared order (by the first actor, then the second); without a layout, in key order
 * in one group. Deterministic: a function of the aggregates and the layout only.
 */
export function escalationGroups(agg: Aggregates, rungs: readonly string[], layout?: EscalationLayout): EscalationGroup[] {
  const n = agg.runs;
  const order = new Map((layout?.actors ?? []).map((a, i) => [a, i] as const));
  const rank = (a: string): number => order.get(a) ?? Number.MAX_SAFE_INTEGER;
  const pairs: PairEscalation[] = Object.entries(agg.escalation ?? {}).map(([key, e]) => {
    const [a, b] = key.split('|') as [string, string];
    const moved = e.runs.reduce((x, y) => x + y, 0);
    const highest: Record<string, number> = {};
    e.runs.forEach((c, i) => { if (c > 0) highest[rungs[i] ?? String(i)] = n > 0 ? c / n : 0; });
    return { pair: [a, b] as const, from: e.from, runs: moved, p: n > 0 ? moved / n : 0, highest };
  }).filter((x) => x.runs > 0);
  pairs.sort((x, y) => rank(x.pair[0]) - rank(y.pair[0]) || rank(x.pair[1]) - rank(y.pair[1])
    || (x.pair.join('|') < y.pair.join('|') ? -1 : x.pair.join('|') > y.pair.join('|') ? 1 : 0));
  const theatres = layout?.theatres ?? [];
  const groups: { theatre: string | null; title: string; pairs: PairEscalation[] }[] = theatres.map((t) => ({ theatre: t.id, title: t.title, pairs: [] }));
  const other: PairEscalation[] = [];
  for (const x of pairs) {
    const k = theatres.findIndex((t) => t.actors.includes(x.pair[0]) && t.actors.includes(x.pair[1]));
    if (k >= 0) groups[k]!.pairs.push(x); else other.push(x);
  }
  groups.push({ theatre: null, title: theatres.length > 0 ? OTHER_PAIRS_TITLE : 'All pairs', pairs: other });
  return groups.filter((g) => g.pairs.length > 0);
}
