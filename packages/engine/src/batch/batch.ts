import type { Scenario } from '../schema/scenario.js';
import { masterSeedOf } from '../rng/hash.js';
import { Simulator, type EngineKind } from '../run/simulator.js';
import type { RunState } from '../run/state.js';
import { accumulate, canonicalAggregates, emptyAggregates, emptyDraw, mergeInto, type Aggregates } from './aggregates.js';
import { Design, type DrawLuck } from './design.js';
import { runRecord, type RunRecord } from './records.js';
import { wilson, Z95 } from '../stats/wilson.js';
import { emptySplitCounts, Splitter, type SplittingPlan } from './splitting.js';
import { selectRare, summariseRare } from './rare.js';
import { Brancher, emptyBranchCounts, type BranchingPlan } from './branching.js';
import { Recent } from './recent.js';
import { summariseValues } from '../stats/values.js';

export interface BatchOptions {
  /** Master seed: a number in [0, 2^32) or any string. */
  readonly seed: number | string;
  /** Runs (per parameter draw in a nested design). With `precision`, the most to run. */
  readonly runs: number;
  readonly engine?: EngineKind;
  /** Batch engine: run the scenario compiled to code where allowed (default true); see `SimulatorOptions.compiled`. */
  readonly compiled?: boolean;
  /** Parameter overrides by name. */
  readonly parameters?: Readonly<Record<string, number>>;
  readonly situation?: string;
  /** Count only runs where this outcome happened (the others are still simulated). */
  readonly given?: string;
  /** Nested design: K parameter draws, each with `runs` runs on common random numbers. */
  readonly parameterDraws?: number;
  /** Nested design: whether the draws share their runs' luck (default `shared`; see {@link Design}). */
  readonly drawLuck?: DrawLuck;
  /** Stop once every outcome's 95% half-width is at most this (checked every `chunk` runs). */
  readonly precision?: number;
  /**
   * Rare outcomes: multilevel splitting on the escalation score (plain batches only). Run k is
   * root k: its own line of luck is counted as run k of a plain batch (so every plain figure is
   * unchanged) and its tree of keyed copies goes into `aggregates.splitting`.
   */
  readonly splitting?: SplittingPlan;
  /**
   * Rare outcomes: branching at the decisions that start or join a war (plain batches only; not
   * with `splitting`). Run k is root k, as with splitting; the trees go into `aggregates.branching`.
   */
  readonly branching?: BranchingPlan;
  /**
   * Stop once these outcomes' 95% half-width relative to their probability is at most `target`
   * (the rare-event estimate with splitting or branching); with `below`, also every outcome whose
   * estimate is above 0 and below it (re-read at every check, from the exact counts).
   */
  readonly relativePrecision?: { readonly target: number; readonly outcomes: readonly string[]; readonly below?: number | undefined };
  /**
   * (1.10) Stop once each named metric's mean is known to its target: the 95% half-width of the
   * mean, in the metric's own units, at most the number given (`{ weeks_at_war: 0.1 }`), with
   * {@link METRIC_PRECISION_SPREAD} runs away from its commonest value seen (see {@link metricHalfWidth}).
   */
  readonly metricPrecision?: Readonly<Record<string, number>>;
  /** Runs per chunk: the unit of progress reports, abort checks and precision checks. */
  readonly chunk?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: { done: number; total: number }) => void;
  /** Receives one record per run, in run order. */
  readonly onRecord?: (record: RunRecord) => void;
}

export interface BatchResult {
  aggregates: Aggregates;
  /** Runs simulated; less than requested when stopped by precision or abort. */
  runs: number;
  complete: boolean;
  /** Half-width reached by the widest outcome interval. */
  precision: number;
}

/**
 * Everything needed to simulate any run range of a batch: the design, one simulator per parameter
 * draw, and the options. Workers and shards build the same context from the same inputs and
 * simulate disjoint ranges; their aggregates merge exactly.
 */
export class BatchContext {
  readonly design: Design;
  /** The simulators of the draws in hand (see batch/recent.ts); the nominal one and the first draw's are kept. */
  private readonly sims = new Recent<number, Simulator>(2);
  private readonly pinned = new Map<number, Simulator>();
  private splitter: Splitter | undefined;
  private brancher: Brancher | undefined;
  private readonly master: number;
  private readonly given: number;

  constructor(readonly scenario: Scenario, readonly options: BatchOptions) {
    this.design = new Design(scenario, options.seed, options.runs, options.parameterDraws ?? 0, options.parameters ?? {}, options.drawLuck ?? 'shared');
    this.master = masterSeedOf(options.seed);
    const m = this.design.model(this.design.parameterDraws > 0 ? 0 : -1);
    this.given = options.given === undefined ? -1 : m.outcomes.findIndex((o) => o.id === options.given);
    if (options.given !== undefined && this.given < 0) throw new Error(`unknown outcome "${options.given}"`);
    if (options.situation !== undefined && !m.situations.has(options.situation)) throw new Error(`unknown situation "${options.situation}"`);
    if ((options.splitting || options.branching) && this.design.parameterDraws > 0) throw new Error('splitting runs at the nominal parameter values; it cannot be combined with parameter draws');
    if (options.splitting && options.branching) throw new Error('a batch estimates rare outcomes by splitting on levels or by branching at decisions, not both');
    for (const id of options.relativePrecision?.outcomes ?? []) if (!m.outcomes.some((o) => o.id === id)) throw new Error(`unknown outcome "${id}"`);
    if (options.metricPrecision !== undefined && this.design.parameterDraws > 0) throw new Error('a metric precision target cannot be combined with parameter draws (stopping early would leave later draws unrun)');
    for (const id of Object.keys(options.metricPrecision ?? {})) if (!m.metrics.some((x) => x.id === id)) throw new Error(`unknown metric "${id}"`);
  }

  get total(): number {
    return this.design.total;
  }

  empty(): Aggregates {
    const m = this.design.model(this.design.parameterDraws > 0 ? 0 : -1);
    const agg = emptyAggregates(m);
    if (this.options.splitting) agg.splitting = emptySplitCounts(m, this.options.splitting);
    if (this.options.branching) agg.branching = emptyBranchCounts(m, this.options.branching);
    return agg;
  }

  /** Simulates runs [from, to) into `agg` (which must come from `empty()` or a merge of such). */
  runRange(agg: Aggregates, from: number, to: number, onRecord?: (r: RunRecord) => void): void {
    const d = this.design;
    const rare = this.rareRoot(agg);
    if (rare !== undefined) {
      // A rare-event batch: each root run is simulated with its branches or copies, every one of
      // them counted into `agg` as a plain run would be.
      const model = this.simulator(-1).model;
      for (let run = from; run < to; run++) {
        rare(run, (s) => {
          accumulate(agg, model, s, this.given);
          if (onRecord) onRecord(runRecord(model, s, run, this.options.seed, -1, {}));
        });
      }
      return;
    }
    // A plain batch's runs record only the events something reads (RunOptions.lean).
    const runOptions = { situation: this.options.situation, lean: true };
    for (let run = from; run < to; run++) {
      const draw = d.drawOf(run);
      const sim = this.simulator(draw);
      if (draw >= 0 && (agg.draws.length === 0 || agg.draws[agg.draws.length - 1]!.index !== draw)) {
        const existing = agg.draws.find((x) => x.index === draw);
        if (existing) { agg.draws.splice(agg.draws.indexOf(existing), 1); agg.draws.push(existing); }
        else agg.draws.push(emptyDraw(sim.model, draw, d.drawValues(draw), d.seedBlocks));
      }
      const s = sim.run(this.master, d.seedIndexOf(run), runOptions);
      accumulate(agg, sim.model, s, this.given);
      if (onRecord) onRecord(runRecord(sim.model, s, run, this.options.seed, draw, draw >= 0 ? d.drawValues(draw) : {}));
    }
  }

  /** The root-run function of a branching or splitting batch, its counts in `agg`; none for a plain batch. */
  private rareRoot(agg: Aggregates): ((run: number, done: (s: RunState) => void) => void) | undefined {
    const { branching, splitting, situation } = this.options;
    if (branching) {
      const counts = agg.branching;
      if (!counts) throw new Error('aggregates without branching counts for a branching batch');
      const brancher = this.brancher ??= new Brancher(this.simulator(-1), this.master, branching, situation);
      return (run, done) => brancher.runRoot(counts, run, done);
    }
    if (splitting) {
      const counts = agg.splitting;
      if (!counts) throw new Error('aggregates without splitting counts for a splitting batch');
      const splitter = this.splitter ??= new Splitter(this.simulator(-1), this.master, splitting, situation);
      return (run, done) => splitter.runRoot(counts, run, done);
    }
    return undefined;
  }

  private simulator(draw: number): Simulator {
    const make = (): Simulator => new Simulator(this.design.model(draw), { engine: this.options.engine ?? 'batch', ...(this.options.compiled === false ? { compiled: false } : {}) });
    if (draw <= 0) { let sim = this.pinned.get(draw); if (!sim) { sim = make(); this.pinned.set(draw, sim); } return sim; }
    return this.sims.get(draw, make);
  }
}

/** The widest 95% Wilson half-width over all outcomes. */
export function widestHalfWidth(agg: Aggregates): number {
  let w = 0;
  for (const o of Object.values(agg.outcomes)) w = Math.max(w, wilson(o.hits, agg.runs).halfWidth);
  return w;
}

/**
 * The largest 95% half-width relative to the estimate over `outcomes`: the rare-event estimate's
 * when the aggregates have splitting or branching counts, else Wilson's. Infinity while an outcome has no hit.
 */
export function widestRelativeHalfWidth(agg: Aggregates, outcomes: readonly string[]): number {
  let w = 0;
  const rare = summariseRare(agg);
  for (const id of outcomes) {
    if (rare) {
      const e = rare.find((x) => x.id === id)!;
      w = Math.max(w, e.p > 0 ? (Z95 * e.se) / e.p : Infinity);
    } else {
      const o = agg.outcomes[id]!;
      const iv = wilson(o.hits, agg.runs);
      w = Math.max(w, o.hits > 0 ? iv.halfWidth / iv.p : Infinity);
    }
  }
  return w;
}

/**
 * Runs that must report a value other than a metric's commonest one before its half-width counts
 * toward a precision target. A t interval of a mean is only as good as the sample's view of the
 * tail: a metric that is 0 in 997 runs of 1,000 (weeks of a rare war) has a half-width that says
 * little until the rare values have been seen a few times, and none at all (0) while every run
 * reported the same value.
 */
export const METRIC_PRECISION_SPREAD = 10;

/**
 * The 95% half-width of a metric's mean over the runs counted (as `summarise` gives it for a plain
 * batch: Student's t), or Infinity while fewer than {@link METRIC_PRECISION_SPREAD} runs reported a
 * value other than the commonest. A plain batch's figure: a nested design's interval is clustered
 * over the draws, and a batch with draws takes no metric target (stopping early would leave later
 * draws unrun).
 */
export function metricHalfWidth(agg: Aggregates, id: string): number {
  const runs = agg.metrics?.[id]?.runs;
  if (runs === undefined) throw new Error(`unknown metric "${id}"`);
  let n = 0;
  let mode = 0;
  for (const k of Object.values(runs)) { n += k; if (k > mode) mode = k; }
  if (n - mode < METRIC_PRECISION_SPREAD) return Infinity;
  const v = summariseValues(runs);
  return v.hi - v.mean;
}

/** Whether a batch may stop at this chunk boundary by its precision targets. */
export function precisionReached(agg: Aggregates, options: Pick<BatchOptions, 'precision' | 'relativePrecision' | 'metricPrecision'>): boolean {
  if (agg.runs === 0) return false;
  if (options.precision === undefined && options.relativePrecision === undefined && options.metricPrecision === undefined) return false;
  if (options.precision !== undefined && widestHalfWidth(agg) > options.precision) return false;
  for (const [id, target] of Object.entries(options.metricPrecision ?? {})) if (!(metricHalfWidth(agg, id) <= target)) return false;
  if (options.relativePrecision !== undefined) {
    const rp = options.relativePrecision;
    const ids = rp.below === undefined ? rp.outcomes : selectRare(agg, rp.outcomes, rp.below);
    if (ids.length === 0 || widestRelativeHalfWidth(agg, ids) > rp.target) return false;
  }
  return true;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs a batch in this thread, chunk by chunk, yielding between chunks so progress can be shown
 * and an AbortSignal honoured. The stopping point for `precision` is only ever a chunk boundary,
 * so it does not depend on timing.
 *
 * @example
 * const { aggregates } = await runBatch(scenario, { seed: 42, runs: 10_000 });
 * const summary = summarise(aggregates);
 */
export async function runBatch(scenario: Scenario, options: BatchOptions): Promise<BatchResult> {
  const ctx = new BatchContext(scenario, options);
  const total = ctx.total;
  const chunk = Math.max(1, options.chunk ?? 5_000);
  const agg = ctx.empty();
  let done = 0;
  let complete = true;
  while (done < total) {
    if (options.signal?.aborted) { complete = false; break; }
    const to = Math.min(total, done + chunk);
    ctx.runRange(agg, done, to, options.onRecord);
    done = to;
    options.onProgress?.({ done, total });
    if (precisionReached(agg, options)) break;
    if (done < total) await yieldToEventLoop();
  }
  return { aggregates: canonicalAggregates(agg), runs: done, complete: complete && (done === total || options.precision !== undefined || options.relativePrecision !== undefined || options.metricPrecision !== undefined), precision: agg.runs > 0 ? widestHalfWidth(agg) : 1 };
}

/**
 * The per-run records of a batch as a generator, one run at a time: memory does not grow with
 * the number of runs.
 */
export function* streamRuns(scenario: Scenario, options: BatchOptions): Generator<RunRecord> {
  const ctx = new BatchContext(scenario, options);
  const agg = ctx.empty();
  for (let run = 0; run < ctx.total; run++) {
    if (options.signal?.aborted) return;
    const out: RunRecord[] = [];
    ctx.runRange(agg, run, run + 1, (r) => out.push(r));
    yield out[0]!;
  }
}

export { mergeInto, canonicalAggregates };
