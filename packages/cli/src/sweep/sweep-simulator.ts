import type { Scenario } from '@casus/engine';
// The batch engine without the loader (no zod, no yaml): this module runs in every worker.
import { sweepPointContext, type BatchContext, type DesignPoint, type SweepOptions } from '@casus/engine/batch';
import type { ChunkOutput, ChunkTask } from '../batch/chunk-simulator.js';
import { SweepChunkPlan } from './chunk-plan.js';

/**
 * Plain data a worker needs to simulate any chunk of a sweep: the validated scenario itself (plain
 * data, so a variant needs no `extends` resolution in the worker), the options shared by every
 * point, and the design points. Structured-cloneable, no functions.
 */
export interface SweepSimulatorInit {
  readonly kind: 'sweep';
  readonly scenario: Scenario;
  readonly options: {
    readonly seed: number | string;
    readonly runs: number;
    readonly engine: 'batch' | 'reference';
    readonly situation: string | undefined;
    /** Fixed overrides (`--set`), applied at every point under the point's own values. */
    readonly parameters: Readonly<Record<string, number>>;
  };
  readonly points: readonly DesignPoint[];
}

const SLICE = 500;
/** Batch contexts kept per worker: chunks arrive nearly in point order, so two suffice. */
const CONTEXTS_KEPT = 2;

/**
 * Simulates chunks of a sweep. A chunk's virtual runs name a design point and a range of its runs
 * (see {@link SweepChunkPlan}); the point's runs are simulated by the engine's own
 * `sweepPointContext`, exactly as `runSweep` does in one thread, so a sweep gives the same
 * aggregates whichever way it is executed. Runs in a worker thread and, for one worker, in the
 * main thread.
 */
export class SweepChunkSimulator {
  private readonly plan: SweepChunkPlan;
  private readonly options: SweepOptions;
  private readonly contexts = new Map<number, BatchContext>();

  constructor(readonly init: SweepSimulatorInit) {
    const o = init.options;
    this.plan = new SweepChunkPlan(o.runs);
    this.options = {
      seed: o.seed, runs: o.runs, engine: o.engine, parameters: o.parameters, vary: [],
      ...(o.situation !== undefined ? { situation: o.situation } : {}),
    };
  }

  private context(point: number): BatchContext {
    let ctx = this.contexts.get(point);
    if (ctx === undefined) {
      const p = this.init.points.find((x) => x.index === point);
      if (p === undefined) throw new Error(`the sweep has no design point ${point}`);
      ctx = sweepPointContext(this.init.scenario, this.options, p);
      if (this.contexts.size >= CONTEXTS_KEPT) this.contexts.delete(this.contexts.keys().next().value!);
      this.contexts.set(point, ctx);
    }
    return ctx;
  }

  /** Simulates a chunk in slices, yielding the runs of each slice, and returns the chunk's aggregates. */
  *steps(task: ChunkTask): Generator<number, ChunkOutput> {
    const { point, from, to } = this.plan.locate(task);
    const ctx = this.context(point);
    const agg = ctx.empty();
    for (let at = from; at < to;) {
      const end = Math.min(to, at + SLICE);
      ctx.runRange(agg, at, end);
      yield end - at;
      at = end;
    }
    return { index: task.index, aggregates: agg, records: null };
  }
}
