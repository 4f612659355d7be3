import type { Aggregates } from './aggregates.js';
import { normalQuantile, wilson } from '../stats/wilson.js';
import { summariseTicks } from '../stats/histogram.js';
import { percentile } from '../stats/percentile.js';
import { escalationGroups, type EscalationGroup, type EscalationLayout } from './escalation.js';
import { clusteredRatio, judgmentSd, rankCorrelation, tQuantile, twoWayRatio } from '../stats/clustered.js';
import { summariseValues } from '../stats/values.js';

/**
 * How a figure's interval was computed: `wilson` (a plain batch: independent runs), or
 * `draw-clustered` (a nested design: the pooled probability over the parameter draws, with the
 * two-way clustered variance that takes the draw and the seed as units). Either way it is
 * simulation error: more runs shrink it.
 */
export type IntervalMethod = 'wilson' | 'draw-clustered';

/** A parameter that drives an outcome across the draws of a nested design. */
export interface Driver {
  parameter: string;
  /** Spearman rank correlation of the per-draw probability with the drawn value. */
  rho: number;
}

export interface OutcomeSummary {
  id: string;
  hits: number;
  /**
   * Probability with its 95% interval: simulation error only. In a nested design `p` is the
   * probability over the judgments (pooled over the draws) and the interval takes the draw as unit.
   */
  p: number; lo: number; hi: number; halfWidth: number;
  interval: IntervalMethod;
  /** First-hit tick among runs that hit: median and quartiles (nearest rank). */
  median: number | null; q1: number | null; q3: number | null;
  /** Spread across parameter draws (nested designs): 10th and 90th percentile of the per-draw probability. */
  p10: number | null; p90: number | null;
  /** Nested designs: between-draw SD of the probability, net of the per-draw binomial noise (the judgments' spread). */
  judgmentSd: number | null;
  /** Nested designs: the parameters that move this outcome most across the draws (|rho| descending, at most 3). */
  drivers: Driver[];
}

/**
 * (1.10) A metric over the runs: its mean with a 95% interval (simulation error only: more runs
 * shrink it), and the distribution of the values the runs reported.
 */
export interface MetricSummary {
  id: string;
  /** Runs counted. */
  runs: number;
  /**
   * The mean value per run and its 95% interval: in a plain batch mean ± t × sd/√n; in a nested
   * design the mean over the judgments (pooled over the draws) with the two-way clustered interval.
   */
  mean: number; lo: number; hi: number;
  /** `t`: a plain batch, independent runs (Student's t on the runs); `draw-clustered`: a nested design. */
  interval: 't' | 'draw-clustered';
  /** Standard deviation of the values over the runs, and their median, 90th percentile and largest (nearest rank). */
  sd: number; median: number; p90: number; max: number;
  /** Share of runs that reported a value above 0. */
  positive: number;
  /** Nested designs: 10th and 90th percentile of the per-draw mean (the judgments' spread). */
  p10: number | null; p90Draws: number | null;
  /** Nested designs: the parameters that move the per-draw mean most (|rho| descending, at most 3). */
  drivers: Driver[];
}

export interface ConditionalSummary {
  /** P(outcome | given), with its Wilson interval over the runs where `given` happened. */
  given: string; outcome: string; both: number; givenHits: number;
  p: number; lo: number; hi: number;
  interval: IntervalMethod;
  /** Runs where `given` happened strictly before `outcome`. */
  before: number;
}

export interface Summary {
  runs: number;
  /** `draw-clustered` for a nested design (probabilities over the judgments), `wilson` for a plain batch. */
  interval: IntervalMethod;
  simulated: number;
  errors: number;
  outcomes: OutcomeSummary[];
  conditional: ConditionalSummary[];
  /** (1.10) The scenario's metrics, in declared order (empty when it declares none). */
  metrics: MetricSummary[];
  /** Per actor: share of runs by highest rung reached (rung ids in ladder order). */
  highestRung: Record<string, Record<string, number>>;
  /** Per pair, the highest rung reached above its starting rung, grouped by theatre; pairs that never moved left out. */
  escalation: EscalationGroup[];
  obligations: Aggregates['obligations'];
  council: Aggregates['council'];
  regimes: Aggregates['regimes'];
  /** Per outcome: the most frequent causal paths, with their counts and share of the outcome's hits. */
  paths: Record<string, { path: string; count: number; share: number }[]>;
  /**
   * Per outcome reached inside a war in some runs: who began that war, most often first, with the
   * count and share of the outcome's hits (the shares sum to the part of its hits inside a war).
   */
  wars: Record<string, { initiator: string; count: number; share: number }[]>;
  /**
   * Nested designs: how far chance alone takes the largest |ρ| of the drivers — the two-sided 95%
   * band for the largest of P rank correlations over K draws when no parameter matters (Šidák:
   * `normalQuantile(1 − (1 − 0.95^(1/P))/2) / √(K − 1)`); a driver within it may be luck. Null
   * for a plain batch or fewer than 3 draws.
   */
  driversChance: number | null;
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
  const nested = agg.draws.length > 0 && agg.draws.every((d) => d.cells !== undefined);
  const interval: IntervalMethod = nested ? 'draw-clustered' : 'wilson';
  const cellRuns = agg.draws.map((d) => d.cells.runs);
  const outcomes: OutcomeSummary[] = Object.entries(agg.outcomes).map(([id, o]) => {
    const w = nested ? clusteredRatio(agg.draws.map((d) => d.cells.hits[id]!), cellRuns) : wilson(o.hits, n);
    const t = summariseTicks(o.ticks);
    const used = agg.draws.filter((d) => d.runs > 0);
    const perDraw = used.map((d) => (d.hits[id] ?? 0) / d.runs);
    return {
      id, hits: o.hits, p: w.p, lo: w.lo, hi: w.hi, halfWidth: w.halfWidth, interval,
      median: o.hits > 0 ? t.median : null, q1: o.hits > 0 ? t.q1 : null, q3: o.hits > 0 ? t.q3 : null,
      p10: perDraw.length > 0 ? percentile(perDraw, 0.1) : null, p90: perDraw.length > 0 ? percentile(perDraw, 0.9) : null,
      judgmentSd: nested ? judgmentSd(used.map((d) => ({ hits: d.hits[id] ?? 0, runs: d.runs }))) : null,
      drivers: nested ? drivers(used, perDraw) : [],
    };
  });
  const conditional: ConditionalSummary[] = [];
  for (const [given, row] of Object.entries(agg.pairs)) {
    const gh = agg.outcomes[given]!.hits;
    for (const [outcome, c] of Object.entries(row)) {
      const w = nested
        ? clusteredRatio(agg.draws.map((d) => d.cells.both[given]?.[outcome] ?? d.cells.both[outcome]![given]!), agg.draws.map((d) => d.cells.hits[given]!))
        : wilson(c.both, gh);
      conditional.push({ given, outcome, both: c.both, givenHits: gh, p: w.p, lo: w.lo, hi: w.hi, interval, before: c.before });
    }
  }
  const metrics = Object.entries(agg.metrics ?? {}).map(([id, x]) => metricSummary(agg, id, x.runs, nested));
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
  const wars: Summary['wars'] = {};
  for (const [id, row] of Object.entries(agg.wars ?? {})) {
    const hits = agg.outcomes[id]!.hits;
    wars[id] = Object.entries(row)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([initiator, count]) => ({ initiator, count, share: hits > 0 ? count / hits : 0 }));
  }
  const escalation = escalationGroups(agg, rungs, layout);
  const drawn = agg.draws.filter((d) => d.runs > 0);
  const driversChance = nested && drawn.length >= 3 ? chanceOfLargest(drawn.length, Object.keys(drawn[0]!.values).length) : null;
  return { runs: n, interval, simulated: agg.simulated, errors: agg.failed, outcomes, conditional, metrics, highestRung, escalation, obligations: agg.obligations, council: agg.council, regimes: agg.regimes, paths, wars, driversChance };
}

/** A metric's figures; in a nested design its interval from the per-cell sums (stats/clustered.ts). */
function metricSummary(agg: Aggregates, id: string, runs: Record<string, number>, nested: boolean): MetricSummary {
  const v = summariseValues(runs);
  const base = { id, runs: v.n, sd: v.sd, median: v.median, p90: v.p90, max: v.max, positive: v.n > 0 ? v.positive / v.n : NaN };
  // A metric counts (events, ticks): its mean is never below 0, and neither is the interval's lower end.
  if (!nested) return { ...base, mean: v.mean, lo: Math.max(0, v.lo), hi: v.hi, interval: 't', p10: null, p90Draws: null, drivers: [] };
  const c = twoWayRatio(agg.draws.map((d) => d.cells.metrics?.[id] ?? d.cells.runs.map(() => 0)), agg.draws.map((d) => d.cells.runs));
  const half = c === null ? NaN : tQuantile(0.975, c.df) * c.se;
  const used = agg.draws.filter((d) => d.runs > 0);
  const perDraw = used.map((d) => (d.metrics?.[id] ?? 0) / d.runs);
  return {
    ...base, mean: c?.r ?? NaN, lo: c === null ? NaN : Math.max(0, c.r - half), hi: c === null ? NaN : c.r + half, interval: 'draw-clustered',
    p10: perDraw.length > 0 ? percentile(perDraw, 0.1) : null, p90Draws: perDraw.length > 0 ? percentile(perDraw, 0.9) : null,
    drivers: drivers(used, perDraw),
  };
}

/** The parameters whose drawn values move the per-draw probability most (Spearman's rho, top 3). */
/**
 * The band chance alone keeps the largest of `parameters` rank correlations over `draws` draws in,
 * 95% of the time: with 40 draws one parameter's is ±0.31, the largest of 181 ±0.58. The top three
 * drivers are the largest, so the band for one would read luck as a driver.
 */
export function chanceOfLargest(draws: number, parameters: number): number | null {
  if (draws < 3 || parameters < 1) return null;
  const each = 1 - 0.95 ** (1 / parameters);
  return normalQuantile(1 - each / 2) / Math.sqrt(draws - 1);
}

function drivers(draws: Aggregates['draws'], perDraw: readonly number[]): Driver[] {
  if (draws.length < 3) return [];
  const names = Object.keys(draws[0]!.values);
  return names
    .map((parameter) => ({ parameter, rho: rankCorrelation(draws.map((d) => d.values[parameter]!), perDraw) }))
    .filter((d) => d.rho !== 0)
    .sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho) || (a.parameter < b.parameter ? -1 : 1))
    .slice(0, 3);
}
