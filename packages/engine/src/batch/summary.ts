import type { Aggregates } from './aggregates.js';
import { wilson } from '../stats/wilson.js';
import { summariseTicks } from '../stats/histogram.js';
import { percentile } from '../stats/percentile.js';
import { escalationGroups, type EscalationGroup, type EscalationLayout } from './escalation.js';

export interface OutcomeSummary {
  id: string;
  hits: number;
  /** Probability with its Wilson 95% interval: simulation error only, not judgment uncertainty. */
  p: number; lo: number; hi: number; halfWidth: number;
  /** First-hit tick among runs that hit: median and quartiles (nearest rank). */
  median: number | null; q1: number | null; q3: number | null;
  /** Spread across parameter draws (nested designs): 10th and 90th percentile of the per-draw probability. */
  p10: number | null; p90: number | null;
}

export interface ConditionalSummary {
  /** P(outcome | given), with its Wilson interval over the runs where `given` happened. */
  given: string; outcome: string; both: number; givenHits: number;
  p: number; lo: number; hi: number;
  /** Runs where `given` happened strictly before `outcome`. */
  before: number;
}

export interface Summary {
  runs: number;
  simulated: number;
  errors: number;
  outcomes: OutcomeSummary[];
  conditional: ConditionalSummary[];
  /** Per actor: share of runs by highest rung reached (rung ids in ladder order). */
  highestRung: Record<string, Record<string, number>>;
  /** Per pair, the highest rung reached above its starting rung, grouped by theatre; pairs that never moved left out. */
  escalation: EscalationGroup[];
  obligations: Aggregates['obligations'];
  council: Aggregates['council'];
  regimes: Aggregates['regimes'];
  /** Per outcome: the most frequent causal paths, with their counts and share of the outcome's hits. */
  paths: Record<string, { path: string; count: number; share: number }[]>;
}

/**
 * Turns exact aggregates into the figures people read. Floating-point numbers appear only here.
 * `rungs` names the ladder's rungs (default: the names the aggregates carry); `topPaths` cuts each
 * outcome's path list for printing; `layout` (see `escalationLayout(model)`) orders the pairs of
 * `escalation` and groups them by the scenario's theatres.
 *
 * @example
 * const { aggregates } = await runBatch(scenario, { seed: 42, runs: 10_000 });
 * const { outcomes } = summarise(aggregates);   // outcomes[i].p, .lo, .hi, .median …
 */
export function summarise(agg: Aggregates, rungs: readonly string[] = agg.rungs ?? [], topPaths = 5, layout?: EscalationLayout): Summary {
  const n = agg.runs;
  const outcomes: OutcomeSummary[] = Object.entries(agg.outcomes).map(([id, o]) => {
    const w = wilson(o.hits, n);
    const t = summariseTicks(o.ticks);
    const perDraw = agg.draws.filter((d) => d.runs > 0).map((d) => (d.hits[id] ?? 0) / d.runs);
    return {
      id, hits: o.hits, p: w.p, lo: w.lo, hi: w.hi, halfWidth: w.halfWidth,
      median: o.hits > 0 ? t.median : null, q1: o.hits > 0 ? t.q1 : null, q3: o.hits > 0 ? t.q3 : null,
      p10: perDraw.length > 0 ? percentile(perDraw, 0.1) : null, p90: perDraw.length > 0 ? percentile(perDraw, 0.9) : null,
    };
  });
  const conditional: ConditionalSummary[] = [];
  for (const [given, row] of Object.entries(agg.pairs)) {
    const gh = agg.outcomes[given]!.hits;
    for (const [outcome, c] of Object.entries(row)) {
      const w = wilson(c.both, gh);
      conditional.push({ given, outcome, both: c.both, givenHits: gh, p: w.p, lo: w.lo, hi: w.hi, before: c.before });
    }
  }
  const highestRung: Summary['highestRung'] = {};
  for (const [actor, counts] of Object.entries(agg.highestRung)) {
    const row: Record<string, number> = {};
    counts.forEach((c, i) => { row[rungs[i] ?? String(i)] = n > 0 ? c / n : 0; });
    highestRung[actor] = row;
  }
  const paths: Summary['paths'] = {};
  for (const [id, map] of Object.entries(agg.paths)) {
    const hits = agg.outcomes[id]!.hits;
    paths[id] = Object.entries(map)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, topPaths)
      .map(([path, count]) => ({ path, count, share: hits > 0 ? count / hits : 0 }));
  }
  const escalation = escalationGroups(agg, rungs, layout);
  return { runs: n, simulated: agg.simulated, errors: agg.failed, outcomes, conditional, highestRung, escalation, obligations: agg.obligations, council: agg.council, regimes: agg.regimes, paths };
}
