import type { Scenario } from '../schema/scenario.js';
import { masterSeedOf } from '../rng/hash.js';
import { Simulator, type EngineKind } from '../run/simulator.js';
import { compile, resolveParameters } from '../model/compile.js';
import type { Model } from '../model/model.js';
import { accumulate, canonicalAggregates, emptyAggregates, emptyDraw, mergeInto, type Aggregates } from './aggregates.js';
import { pairedComparison, type PairedComparison } from '../stats/paired.js';
import { twoWayRatio, tQuantile } from '../stats/clustered.js';
import { checkCounts, Design, type DrawLuck } from './design.js';
import { Recent } from './recent.js';
import { metricValue } from '../run/metrics.js';

/** One side of a comparison: a scenario with its parameter overrides. */
export interface Variant {
  readonly scenario: Scenario;
  readonly parameters?: Readonly<Record<string, number>>;
  readonly label?: string;
}

export interface CompareOptions {
  readonly seed: number | string;
  readonly runs: number;
  readonly engine?: EngineKind;
  readonly situation?: string;
  /**
   * Nested design: K draws of the uncertain parameters × `runs` runs, the same draws for both
   * variants (a parameter drawn in both takes the same value in draw k) and the same luck for run k
   * of draw k in A and B, so the comparison still pairs. Differences are then over the judgments,
   * with intervals that take the draw and the seed block as units.
   */
  readonly parameterDraws?: number;
  readonly drawLuck?: DrawLuck;
  readonly chunk?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: { done: number; total: number }) => void;
}

/** Per outcome present in both variants: runs where both, only A, only B, neither hit. Exact and mergeable. */
export type PairedCounts = Record<string, { n11: number; n10: number; n01: number; n00: number }>;

/**
 * (1.10) Per metric both variants declare, over the pairs where neither run failed: how many, the
 * sums of A's and B's values and of their squares, and the sum of the squared differences B − A.
 * Exact integers and mergeable, so the paired interval of B − A is the same for any worker count.
 */
export type PairedMetricCounts = Record<string, { n: number; sumA: number; sumB: number; sumA2: number; sumB2: number; sumD2: number }>;

export interface Comparison {
  a: Aggregates;
  b: Aggregates;
  paired: PairedCounts;
  /** (1.10) Absent when the variants share no metric. */
  pairedMetrics?: PairedMetricCounts;
  runs: number;
  /**
   * Nested designs: per draw, the paired discordant counts by seed block (run index mod B):
   * `n10[outcome][b]` (only A hit), `n01[outcome][b]` (only B hit), and `runs[b]`. Exact, mergeable.
   */
  pairedDraws?: PairedDraw[];
}

/**
 * One draw of a nested comparison, by seed block: runs, and per outcome the discordant pairs; with
 * shared metrics (1.10) also the pairs where neither run failed (`metricRuns`) and per metric the
 * sum of B − A over them (`metricDiff`).
 */
export interface PairedDraw {
  index: number; runs: number[]; n10: Record<string, number[]>; n01: Record<string, number[]>;
  metricRuns?: number[]; metricDiff?: Record<string, number[]>;
}

/**
 * Compares two variants on common random numbers: run k of A and run k of B use the same master
 * seed, run index and named substreams, so they see the same luck wherever the variants agree and
 * the paired difference is far sharper than two independent batches would give.
 */
export class CompareContext {
  private readonly models: [Model, Model];
  private readonly sims: [Simulator, Simulator];
  private readonly master: number;
  readonly shared: readonly string[];
  /** Nested designs: one per variant (null for a plain comparison). */
  readonly designs: [Design, Design] | null;
  private readonly drawSims = new Recent<number, [Simulator, Simulator]>(2);

  constructor(readonly variantA: Variant, readonly variantB: Variant, readonly options: CompareOptions) {
    const k = options.parameterDraws ?? 0;
    checkCounts(options.runs, k);
    this.designs = k > 0
      ? [
        new Design(variantA.scenario, options.seed, options.runs, k, variantA.parameters ?? {}, options.drawLuck ?? 'shared'),
        new Design(variantB.scenario, options.seed, options.runs, k, variantB.parameters ?? {}, options.drawLuck ?? 'shared'),
      ]
      : null;
    this.models = this.designs
      ? [this.designs[0].model(0), this.designs[1].model(0)]
      : [
        compile(variantA.scenario, resolveParameters(variantA.scenario, variantA.parameters)),
        compile(variantB.scenario, resolveParameters(variantB.scenario, variantB.parameters)),
      ];
    this.sims = [new Simulator(this.models[0], { engine: options.engine ?? 'batch' }), new Simulator(this.models[1], { engine: options.engine ?? 'batch' })];
    this.master = masterSeedOf(options.seed);
    const idsB = new Set(this.models[1].outcomes.map((o) => o.id));
    this.shared = this.models[0].outcomes.map((o) => o.id).filter((id) => idsB.has(id));
    const metricsB = new Set(this.models[1].metrics.map((x) => x.id));
    this.sharedMetrics = this.models[0].metrics.map((x) => x.id).filter((id) => metricsB.has(id));
  }

  /** (1.10) The metrics both variants declare, in A's order. */
  readonly sharedMetrics: readonly string[];

  /** Runs in the comparison: `runs`, or `runs × parameterDraws` in a nested design. */
  get total(): number {
    return this.designs ? this.designs[0].total : this.options.runs;
  }

  empty(): Comparison {
    const paired: PairedCounts = {};
    for (const id of this.shared) paired[id] = { n11: 0, n10: 0, n01: 0, n00: 0 };
    const c: Comparison = { a: emptyAggregates(this.models[0]), b: emptyAggregates(this.models[1]), paired, runs: 0, ...(this.designs ? { pairedDraws: [] } : {}) };
    if (this.sharedMetrics.length === 0) return c;
    const pairedMetrics: PairedMetricCounts = {};
    for (const id of this.sharedMetrics) pairedMetrics[id] = { n: 0, sumA: 0, sumB: 0, sumA2: 0, sumB2: 0, sumD2: 0 };
    return { ...c, pairedMetrics };
  }

  runRange(c: Comparison, from: number, to: number): void {
    const [ma, mb] = this.models;
    const ia = this.shared.map((id) => ma.outcomes.findIndex((o) => o.id === id));
    const ib = this.shared.map((id) => mb.outcomes.findIndex((o) => o.id === id));
    const xa = this.sharedMetrics.map((id) => ma.metrics.find((x) => x.id === id)!);
    const xb = this.sharedMetrics.map((id) => mb.metrics.find((x) => x.id === id)!);
    for (let run = from; run < to; run++) {
      let sims = this.sims;
      let seedIndex = run;
      let cell: PairedDraw | undefined;
      let block = 0;
      if (this.designs) {
        const [da, db] = this.designs;
        const draw = da.drawOf(run);
        seedIndex = da.seedIndexOf(run);
        const pair = this.drawSims.get(draw, () => [new Simulator(da.model(draw), { engine: this.options.engine ?? 'batch' }), new Simulator(db.model(draw), { engine: this.options.engine ?? 'batch' })]);
        sims = pair;
        for (const [agg, d, m] of [[c.a, da, ma], [c.b, db, mb]] as const) {
          if (agg.draws.length === 0 || agg.draws[agg.draws.length - 1]!.index !== draw) {
            const existing = agg.draws.find((x) => x.index === draw);
            if (existing) { agg.draws.splice(agg.draws.indexOf(existing), 1); agg.draws.push(existing); }
            else agg.draws.push(emptyDraw(m, draw, d.drawValues(draw), d.seedBlocks));
          }
        }
        const list = c.pairedDraws!;
        cell = list.find((x) => x.index === draw);
        if (!cell) {
          const zeros = (): number[] => new Array<number>(da.seedBlocks).fill(0);
          const n10: Record<string, number[]> = {};
          const n01: Record<string, number[]> = {};
          for (const id of this.shared) { n10[id] = zeros(); n01[id] = zeros(); }
          const fresh: PairedDraw = { index: draw, runs: zeros(), n10, n01 };
          if (this.sharedMetrics.length > 0) {
            fresh.metricRuns = zeros();
            fresh.metricDiff = Object.fromEntries(this.sharedMetrics.map((id) => [id, zeros()]));
          }
          list.push(fresh);
          list.sort((x, y) => x.index - y.index);
          cell = fresh;
        }
        block = seedIndex % da.seedBlocks;
        cell.runs[block]!++;
      }
      const sa = sims[0].run(this.master, seedIndex, { situation: this.options.situation });
      accumulate(c.a, sims[0].model, sa);
      const hitA = ia.map((i) => sa.outcomeTick[i]! >= 0 && sa.status !== 'error');
      const sb = sims[1].run(this.master, seedIndex, { situation: this.options.situation });
      accumulate(c.b, sims[1].model, sb);
      c.runs++;
      this.shared.forEach((id, k) => {
        const hb = sb.outcomeTick[ib[k]!]! >= 0 && sb.status !== 'error';
        const counts = c.paired[id]!;
        if (hitA[k] && hb) counts.n11++; else if (hitA[k]) counts.n10++; else if (hb) counts.n01++; else counts.n00++;
        if (cell && hitA[k] && !hb) cell.n10[id]![block]!++;
        if (cell && hb && !hitA[k]) cell.n01[id]![block]!++;
      });
      // A metric pairs only runs that both finished: a failed run's counts stopped part-way.
      if (xa.length > 0 && sa.status !== 'error' && sb.status !== 'error') {
        if (cell) cell.metricRuns![block]!++;
        for (let k = 0; k < xa.length; k++) {
          const va = metricValue(sa, xa[k]!);
          const vb = metricValue(sb, xb[k]!);
          const m = c.pairedMetrics![this.sharedMetrics[k]!]!;
          m.n++; m.sumA += va; m.sumB += vb; m.sumA2 += va * va; m.sumB2 += vb * vb; m.sumD2 += (vb - va) * (vb - va);
          if (cell) cell.metricDiff![this.sharedMetrics[k]!]![block]! += vb - va;
        }
      }
    }
  }
}

/** Runs a comparison in this thread, chunk by chunk, honouring an AbortSignal between chunks. */
export async function compareVariants(a: Variant, b: Variant, options: CompareOptions): Promise<Comparison> {
  const ctx = new CompareContext(a, b, options);
  const c = ctx.empty();
  const chunk = Math.max(1, options.chunk ?? 2_000);
  const total = ctx.total;
  for (let done = 0; done < total;) {
    if (options.signal?.aborted) break;
    const to = Math.min(total, done + chunk);
    ctx.runRange(c, done, to);
    done = to;
    options.onProgress?.({ done, total });
    if (done < total) await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return { ...c, a: canonicalAggregates(c.a), b: canonicalAggregates(c.b) };
}

/** Adds comparison `y` into `x` (exact sums). */
export function mergeComparison(x: Comparison, y: Comparison): Comparison {
  mergeInto(x.a, y.a);
  mergeInto(x.b, y.b);
  for (const [id, c] of Object.entries(y.paired)) {
    const t = x.paired[id]!;
    t.n11 += c.n11; t.n10 += c.n10; t.n01 += c.n01; t.n00 += c.n00;
  }
  for (const [id, m] of Object.entries(y.pairedMetrics ?? {})) {
    const t = ((x.pairedMetrics ??= {})[id] ??= { n: 0, sumA: 0, sumB: 0, sumA2: 0, sumB2: 0, sumD2: 0 });
    t.n += m.n; t.sumA += m.sumA; t.sumB += m.sumB; t.sumA2 += m.sumA2; t.sumB2 += m.sumB2; t.sumD2 += m.sumD2;
  }
  x.runs += y.runs;
  if (y.pairedDraws) {
    const list = x.pairedDraws ?? (x.pairedDraws = []);
    for (const d of y.pairedDraws) {
      const t = list.find((e) => e.index === d.index);
      if (!t) { list.push(structuredClone(d)); continue; }
      d.runs.forEach((v, i) => { t.runs[i]! += v; });
      for (const [id, v] of Object.entries(d.n10)) v.forEach((n, i) => { t.n10[id]![i]! += n; });
      for (const [id, v] of Object.entries(d.n01)) v.forEach((n, i) => { t.n01[id]![i]! += n; });
      if (d.metricRuns) {
        const runs = (t.metricRuns ??= new Array<number>(d.metricRuns.length).fill(0));
        d.metricRuns.forEach((n, i) => { runs[i]! += n; });
        for (const [id, v] of Object.entries(d.metricDiff ?? {})) {
          const sums = ((t.metricDiff ??= {})[id] ??= new Array<number>(v.length).fill(0));
          v.forEach((n, i) => { sums[i]! += n; });
        }
      }
    }
    list.sort((p, q) => p.index - q.index);
  }
  return x;
}

export interface OutcomeComparison extends PairedComparison {
  id: string;
  /** How much narrower the paired interval is than two independent batches of the same size would give. */
  tightening: number;
  /**
   * `paired`: Newcombe's paired interval (a plain comparison). `draw-clustered`: a nested design —
   * the difference over the judgments, its interval from the two-way clustered variance of the
   * paired differences (draw and seed block as units), widened to contain the paired interval.
   */
  interval: 'paired' | 'draw-clustered';
}

/** Per shared outcome: both probabilities, the paired difference B − A with its 95% interval, and the gain from pairing. */
export function summariseComparison(c: Comparison): OutcomeComparison[] {
  const nested = (c.pairedDraws?.length ?? 0) > 0;
  return Object.entries(c.paired).map(([id, counts]) => {
    const p = pairedComparison(counts);
    if (!nested) return { ...p, id, tightening: p.independentHalfWidth > 0 ? p.pairedHalfWidth / p.independentHalfWidth : 1, interval: 'paired' as const };
    const draws = c.pairedDraws!;
    const w = twoWayRatio(draws.map((d) => d.n01[id]!.map((v, i) => v - d.n10[id]![i]!)), draws.map((d) => d.runs));
    let lo = p.lo;
    let hi = p.hi;
    if (w !== null) {
      const t = tQuantile(0.975, w.df);
      lo = Math.max(-1, Math.min(lo, w.r - t * w.se));
      hi = Math.min(1, Math.max(hi, w.r + t * w.se));
    }
    const half = (hi - lo) / 2;
    return { ...p, id, lo, hi, pairedHalfWidth: half, distinguishable: lo > 0 || hi < 0, tightening: p.independentHalfWidth > 0 ? half / p.independentHalfWidth : 1, interval: 'draw-clustered' as const };
  });
}

/** (1.10) A metric both variants declare: both means and the paired difference B − A with its 95% interval. */
export interface MetricComparison {
  id: string;
  /** Pairs counted (neither run failed). */
  n: number;
  meanA: number; meanB: number;
  /** B − A, the mean of the paired differences, with its 95% interval. */
  diff: number; lo: number; hi: number; pairedHalfWidth: number;
  /** The half-width two independent batches of the same size would give (a plain comparison; NaN over the judgments). */
  independentHalfWidth: number;
  /** The interval excludes 0. */
  distinguishable: boolean;
  /** `paired`: Student's t on the paired differences; `draw-clustered`: the two-way clustered variance of the differences (a nested design). */
  interval: 'paired' | 'draw-clustered';
}

/** Per shared metric: both means and B − A with its paired 95% interval (see {@link MetricComparison}). */
export function summariseMetricComparison(c: Comparison): MetricComparison[] {
  const nested = (c.pairedDraws?.length ?? 0) > 0;
  return Object.entries(c.pairedMetrics ?? {}).map(([id, m]) => {
    const n = m.n;
    const meanA = n > 0 ? m.sumA / n : NaN;
    const meanB = n > 0 ? m.sumB / n : NaN;
    const diff = meanB - meanA;
    // Sample variances from the exact sums (n − 1 in the denominator), never below 0 by rounding.
    const variance = (sum: number, sumSq: number): number => (n > 1 ? Math.max(0, (sumSq - (sum * sum) / n) / (n - 1)) : 0);
    const t = n > 1 ? tQuantile(0.975, n - 1) : NaN;
    const independentHalfWidth = t * Math.sqrt((variance(m.sumA, m.sumA2) + variance(m.sumB, m.sumB2)) / n);
    let half = t * Math.sqrt(variance(m.sumB - m.sumA, m.sumD2) / n);
    let centre = diff;
    if (nested) {
      const draws = c.pairedDraws!;
      const w = twoWayRatio(draws.map((d) => d.metricDiff?.[id] ?? d.runs.map(() => 0)), draws.map((d) => d.metricRuns ?? d.runs.map(() => 0)));
      half = w === null ? NaN : tQuantile(0.975, w.df) * w.se;
      centre = w === null ? NaN : w.r;
    }
    const lo = centre - half;
    const hi = centre + half;
    return {
      id, n, meanA, meanB, diff: centre, lo, hi, pairedHalfWidth: half, independentHalfWidth: nested ? NaN : independentHalfWidth,
      distinguishable: lo > 0 || hi < 0, interval: nested ? 'draw-clustered' : 'paired',
    };
  });
}
