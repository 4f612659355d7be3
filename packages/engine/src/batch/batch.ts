import type { Scenario } from '../schema/scenario.js';
import { masterSeedOf } from '../rng/hash.js';
import { Simulator, type EngineKind } from '../run/simulator.js';
import { accumulate, canonicalAggregates, emptyAggregates, emptyDraw, mergeInto, type Aggregates } from './aggregates.js';
import { Design } from './design.js';
import { runRecord, type RunRecord } from './records.js';
import { wilson } from '../stats/wilson.js';

export interface BatchOptions {
  /** Master seed: a number in [0, 2^32) or any string. */
  readonly seed: number | string;
  /** Runs (per parameter draw in a nested design). With `precision`, the most to run. */
  readonly runs: number;
  readonly engine?: EngineKind;
  /** Parameter overrides by name. */
  readonly parameters?: Readonly<Record<string, number>>;
  readonly situation?: string;
  /** Count only runs where this outcome happened (the others are still simulated). */
  readonly given?: string;
  /** Nested design: K parameter draws, each with `runs` runs on common random numbers. */
  readonly parameterDraws?: number;
  /** Stop once every outcome's 95% half-width is at most this (checked every `chunk` runs). */
  readonly precision?: number;
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
  private readonly sims = new Map<number, Simulator>();
  private readonly master: number;
  private readonly given: number;

  constructor(readonly scenario: Scenario, readonly options: BatchOptions) {
    this.design = new Design(scenario, options.seed, options.runs, options.parameterDraws ?? 0, options.parameters ?? {});
    this.master = masterSeedOf(options.seed);
    const m = this.design.model(this.design.parameterDraws > 0 ? 0 : -1);
    this.given = options.given === undefined ? -1 : m.outcomes.findIndex((o) => o.id === options.given);
    if (options.given !== undefined && this.given < 0) throw new Error(`unknown outcome "${options.given}"`);
    if (options.situation !== undefined && !m.situations.has(options.situation)) throw new Error(`unknown situation "${options.situation}"`);
  }

  get total(): number {
    return this.design.total;
  }

  empty(): Aggregates {
    return emptyAggregates(this.design.model(this.design.parameterDraws > 0 ? 0 : -1));
  }

  /** Simulates runs [from, to) into `agg` (which must come from `empty()` or a merge of such). */
  runRange(agg: Aggregates, from: number, to: number, onRecord?: (r: RunRecord) => void): void {
    const d = this.design;
    for (let run = from; run < to; run++) {
      const draw = d.drawOf(run);
      let sim = this.sims.get(draw);
      if (!sim) { sim = new Simulator(d.model(draw), { engine: this.options.engine ?? 'batch' }); this.sims.set(draw, sim); }
      if (draw >= 0 && (agg.draws.length === 0 || agg.draws[agg.draws.length - 1]!.index !== draw)) {
        const existing = agg.draws.find((x) => x.index === draw);
        if (existing) { agg.draws.splice(agg.draws.indexOf(existing), 1); agg.draws.push(existing); }
        else agg.draws.push(emptyDraw(sim.model, draw, d.drawValues(draw), d.seedBlocks));
      }
      const s = sim.run(this.master, d.seedIndexOf(run), { situation: this.options.situation });
      accumulate(agg, sim.model, s, this.given);
      if (onRecord) onRecord(runRecord(sim.model, s, run, this.options.seed, draw, draw >= 0 ? d.drawValues(draw) : {}));
    }
  }
}

/** The widest 95% Wilson half-width over all outcomes. */
export function widestHalfWidth(agg: Aggregates): number {
  let w = 0;
  for (const o of Object.values(agg.outcomes)) w = Math.max(w, wilson(o.hits, agg.runs).halfWidth);
  return w;
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
    if (options.precision !== undefined && agg.runs > 0 && widestHalfWidth(agg) <= options.precision) break;
    if (done < total) await yieldToEventLoop();
  }
  return { aggregates: canonicalAggregates(agg), runs: done, complete: complete && (done === total || options.precision !== undefined), precision: agg.runs > 0 ? widestHalfWidth(agg) : 1 };
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
