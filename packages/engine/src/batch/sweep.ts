import type { Scenario } from '../schema/scenario.js';
import { Streams } from '../rng/streams.js';
import { masterSeedOf } from '../rng/hash.js';
import { parameterRanges, quantilesOf, supportOf } from '../model/params.js';
import type { EngineKind } from '../run/simulator.js';
import { BatchContext } from './batch.js';
import { canonicalAggregates, mergeInto, type Aggregates } from './aggregates.js';
import { wilson } from '../stats/wilson.js';
import { standardisedRegression } from '../stats/regression.js';

/** One varied parameter: the values of a grid, or the range of a Latin hypercube. */
export interface Vary {
  readonly name: string;
  /** Grid values (numbers, already resolved from level names). */
  readonly values?: readonly number[];
  /** Latin-hypercube range; default: the parameter's support when bounded. */
  readonly range?: readonly [number, number];
}

export interface SweepOptions {
  readonly seed: number | string;
  /** Monte Carlo runs at every design point (the same run indices everywhere: common random numbers). */
  readonly runs: number;
  readonly vary: readonly Vary[];
  readonly design?: 'grid' | 'lhs';
  /** Number of points of a Latin hypercube. */
  readonly points?: number;
  readonly engine?: EngineKind;
  readonly situation?: string;
  /** Fixed overrides applied at every point. */
  readonly parameters?: Readonly<Record<string, number>>;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: { done: number; total: number }) => void;
}

export interface DesignPoint {
  index: number;
  values: Record<string, number>;
}

/** A tidy row: one design point × one outcome. */
export interface SweepRow {
  point: number;
  parameters: Record<string, number>;
  outcome: string;
  runs: number;
  hits: number;
  p: number;
  lo: number;
  hi: number;
}

/** Parses `0.2:0.9:8` (8 evenly spaced values), `a,b,c` (values or level names), or `lo:hi` (a range). */
export function parseVary(spec: string, scenario: Scenario): Vary {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new Error(`--vary expects name=values, got "${spec}"`);
  const name = spec.slice(0, eq);
  const body = spec.slice(eq + 1);
  const p = Object.hasOwn(scenario.parameters, name) ? scenario.parameters[name] : undefined;
  if (!p) throw new Error(`unknown parameter "${name}"; the scenario has: ${Object.keys(scenario.parameters).join(', ') || 'none'}`);
  const level = (x: string): number => {
    const levels = (p as { levels?: Record<string, number> }).levels;
    if (levels && Object.hasOwn(levels, x)) return levels[x]!;
    const v = Number(x);
    if (x.trim() === '' || !Number.isFinite(v)) throw new Error(`--vary ${name}: "${x}" is neither a number nor a level of the parameter`);
    return v;
  };
  const checked = (v: Vary): Vary => {
    const range = parameterRanges(scenario)[name];
    const values = [...(v.values ?? []), ...(v.range ?? [])];
    const bad = range ? values.find((x) => x < range[0] || x > range[1]) : undefined;
    if (range && bad !== undefined) throw new Error(`--vary ${name}: ${bad} is outside [${range[0]}, ${range[1]}], the values the fields that use ${name} can hold`);
    return v;
  };
  const colon = body.split(':');
  if (colon.length === 3) {
    const [a, b, n] = [Number(colon[0]), Number(colon[1]), Number(colon[2])];
    if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isInteger(n) || n < 2) throw new Error(`--vary ${name}: expected from:to:count with count ≥ 2, got "${body}"`);
    // Rounded to 12 significant digits so 0.1:0.5:5 gives 0.3, not 0.30000000000000004.
    return checked({ name, values: Array.from({ length: n }, (_, i) => Number((a + ((b - a) * i) / (n - 1)).toPrecision(12))), range: [a, b] });
  }
  if (colon.length === 2) {
    const [a, b] = [level(colon[0]!), level(colon[1]!)];
    return checked({ name, range: [Math.min(a, b), Math.max(a, b)], values: [a, b] });
  }
  return checked({ name, values: body.split(',').map(level) });
}

/**
 * The design points: the full grid of the varied values (last parameter varying fastest), or a
 * Latin hypercube of `points` points over the ranges, seeded by the master seed so it is
 * reproducible.
 */
export function designPoints(scenario: Scenario, options: Pick<SweepOptions, 'vary' | 'design' | 'points' | 'seed'>): DesignPoint[] {
  const vary = options.vary;
  if (vary.length === 0) throw new Error('a sweep needs at least one --vary');
  if ((options.design ?? 'grid') === 'grid') {
    let points: Record<string, number>[] = [{}];
    for (const v of vary) {
      if (!v.values || v.values.length === 0) throw new Error(`--vary ${v.name}: a grid needs values`);
      points = points.flatMap((pt) => v.values!.map((x) => ({ ...pt, [v.name]: x })));
    }
    return points.map((values, index) => ({ index, values }));
  }
  const n = options.points ?? 20;
  if (!Number.isInteger(n) || n < 2) throw new Error('a Latin hypercube needs --points ≥ 2');
  const streams = new Streams(vary.map((v) => `sweep:lhs:${v.name}`));
  streams.reset(masterSeedOf(options.seed), 0);
  const columns = vary.map((v, k) => {
    const [lo, hi] = v.range ?? supportOf(scenario.parameters[v.name]!);
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw new Error(`--vary ${v.name}: give a range lo:hi (the parameter is unbounded)`);
    const rand = streams.source(k);
    const perm = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [perm[i], perm[j]] = [perm[j]!, perm[i]!]; }
    return perm.map((bin) => lo + ((bin + rand()) / n) * (hi - lo));
  });
  return Array.from({ length: n }, (_, index) => ({ index, values: Object.fromEntries(vary.map((v, k) => [v.name, columns[k]![index]!])) }));
}

/** Per design point, exact aggregates; mergeable point by point for shards and resume. */
export interface SweepResult {
  points: DesignPoint[];
  aggregates: Aggregates[];
}

/** Simulates one design point's runs [from, to) into `agg`. */
export function sweepPointContext(scenario: Scenario, options: SweepOptions, point: DesignPoint): BatchContext {
  return new BatchContext(scenario, {
    seed: options.seed, runs: options.runs, engine: options.engine, situation: options.situation,
    parameters: { ...(options.parameters ?? {}), ...point.values },
  });
}

/** Runs a whole sweep in this thread. */
export async function runSweep(scenario: Scenario, options: SweepOptions): Promise<SweepResult> {
  const points = designPoints(scenario, options);
  const aggregates: Aggregates[] = [];
  const total = points.length * options.runs;
  let done = 0;
  for (const pt of points) {
    if (options.signal?.aborted) break;
    const ctx = sweepPointContext(scenario, options, pt);
    const agg = ctx.empty();
    ctx.runRange(agg, 0, options.runs);
    aggregates.push(canonicalAggregates(agg));
    done += options.runs;
    options.onProgress?.({ done, total });
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return { points: points.slice(0, aggregates.length), aggregates };
}

export function mergeSweeps(x: SweepResult, y: SweepResult): SweepResult {
  y.aggregates.forEach((a, i) => mergeInto(x.aggregates[i]!, a));
  return x;
}

/** The tidy table: one row per design point × outcome. */
export function sweepRows(result: SweepResult): SweepRow[] {
  const rows: SweepRow[] = [];
  result.points.forEach((pt, i) => {
    const agg = result.aggregates[i]!;
    for (const [outcome, o] of Object.entries(agg.outcomes)) {
      const w = wilson(o.hits, agg.runs);
      rows.push({ point: pt.index, parameters: pt.values, outcome, runs: agg.runs, hits: o.hits, p: w.p, lo: w.lo, hi: w.hi });
    }
  });
  return rows;
}

export interface SensitivityRow {
  outcome: string;
  parameter: string;
  /** One-at-a-time: probability at the low and high end, the other parameters at nominal. */
  low?: number; high?: number; swing?: number;
  /** One-at-a-time: the parameter values used as the low and high end. */
  lowValue?: number; highValue?: number;
  /** Global: standardised regression coefficient over the design, with the fit's R². */
  src?: number; r2?: number;
}

/** Standardised regression coefficients of each outcome's probability on the varied parameters. */
export function globalSensitivity(result: SweepResult): SensitivityRow[] {
  const names = Object.keys(result.points[0]?.values ?? {});
  const X = result.points.map((pt) => names.map((n) => pt.values[n]!));
  const out: SensitivityRow[] = [];
  const outcomes = Object.keys(result.aggregates[0]?.outcomes ?? {});
  for (const outcome of outcomes) {
    const y = result.aggregates.map((a) => (a.runs > 0 ? a.outcomes[outcome]!.hits / a.runs : 0));
    const fit = standardisedRegression(X, y);
    names.forEach((parameter, k) => out.push({ outcome, parameter, src: fit.coefficients[k]!, r2: fit.r2 }));
  }
  return out;
}

/**
 * One-at-a-time sensitivity (a tornado): each parameter at the low and high end of its range — the
 * given range, else its distribution's 10th and 90th percentiles — the others at their nominal
 * values, all on common random numbers so the swing is not noise from different luck.
 */
export async function tornado(scenario: Scenario, options: Omit<SweepOptions, 'vary' | 'design' | 'points'> & { vary: readonly Vary[] }): Promise<SensitivityRow[]> {
  const rows: SensitivityRow[] = [];
  for (const v of options.vary) {
    const [lo, hi] = v.range ?? (v.values && v.values.length >= 2 ? [Math.min(...v.values), Math.max(...v.values)] : quantilesOf(scenario.parameters[v.name]!, [0.1, 0.9]) as [number, number]);
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw new Error(`parameter ${v.name} is unbounded: give a range`);
    const res = await runSweep(scenario, { ...options, vary: [{ name: v.name, values: [lo, hi] }], design: 'grid' });
    for (const outcome of Object.keys(res.aggregates[0]!.outcomes)) {
      const pl = res.aggregates[0]!.outcomes[outcome]!.hits / res.aggregates[0]!.runs;
      const ph = res.aggregates[1]!.outcomes[outcome]!.hits / res.aggregates[1]!.runs;
      rows.push({ outcome, parameter: v.name, low: pl, high: ph, swing: ph - pl, lowValue: lo, highValue: hi });
    }
  }
  return rows.sort((a, b) => (a.outcome < b.outcome ? -1 : a.outcome > b.outcome ? 1 : Math.abs(b.swing!) - Math.abs(a.swing!)));
}
