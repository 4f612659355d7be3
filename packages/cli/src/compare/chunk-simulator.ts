import type { Scenario } from '@casus/engine';
// The batch engine without the loader (no zod, no yaml): this module runs in every worker.
import { CompareContext, type Aggregates, type Comparison, type PairedCounts } from '@casus/engine/batch';
import type { ChunkOutput, ChunkTask } from '../batch/chunk-simulator.js';

/**
 * Plain data a worker needs to simulate chunks of a comparison: both validated scenarios (plain
 * data, so variants need no `extends` resolution in the worker), their overrides and the shared
 * options. Structured-cloneable, no functions.
 */
export interface CompareSimulatorInit {
  readonly kind: 'compare';
  readonly a: { readonly scenario: Scenario; readonly parameters: Readonly<Record<string, number>> };
  readonly b: { readonly scenario: Scenario; readonly parameters: Readonly<Record<string, number>> };
  readonly options: {
    readonly seed: number | string;
    readonly runs: number;
    readonly engine: 'batch' | 'reference';
    readonly situation: string | undefined;
    /** Nested design: draws (0: none) and whether their runs share luck. */
    readonly parameterDraws: number;
    readonly drawLuck: 'independent' | 'shared';
  };
}

/**
 * A chunk of a comparison, shaped as a batch chunk so the batch's pool and executor carry it:
 * `aggregates` are variant A's; B's aggregates and the paired counts ride along.
 */
export interface CompareChunkOutput extends ChunkOutput {
  readonly b: Aggregates;
  readonly paired: PairedCounts;
  readonly runs: number;
  readonly pairedDraws?: Comparison['pairedDraws'];
  readonly pairedMetrics?: Comparison['pairedMetrics'];
}

const SLICE = 250;

/**
 * Simulates chunks of a comparison with the engine's {@link CompareContext}: run k of A and run k
 * of B share the master seed and run index (common random numbers). `runRange` is a pure function
 * of the run indices, so slicing and chunking never change a result. Runs in a worker thread and,
 * for one worker, in the main thread.
 */
export class CompareChunkSimulator {
  private readonly ctx: CompareContext;

  constructor(readonly init: CompareSimulatorInit) {
    const o = init.options;
    this.ctx = new CompareContext(
      { scenario: init.a.scenario, parameters: init.a.parameters },
      { scenario: init.b.scenario, parameters: init.b.parameters },
      { seed: o.seed, runs: o.runs, engine: o.engine, ...(o.situation !== undefined ? { situation: o.situation } : {}), ...(o.parameterDraws > 0 ? { parameterDraws: o.parameterDraws, drawLuck: o.drawLuck } : {}) },
    );
  }

  /** Simulates a chunk in slices, yielding the runs of each slice, and returns its exact counts. */
  *steps(task: ChunkTask): Generator<number, CompareChunkOutput> {
    const c = this.ctx.empty();
    for (let at = task.from; at < task.to;) {
      const end = Math.min(task.to, at + SLICE);
      this.ctx.runRange(c, at, end);
      yield end - at;
      at = end;
    }
    return { index: task.index, aggregates: c.a, records: null, b: c.b, paired: c.paired, runs: c.runs, ...(c.pairedDraws ? { pairedDraws: c.pairedDraws } : {}), ...(c.pairedMetrics ? { pairedMetrics: c.pairedMetrics } : {}) };
  }
}

/** Whether a runner's inputs are a comparison's. */
export function isCompareInit(init: unknown): init is CompareSimulatorInit {
  return (init as Partial<CompareSimulatorInit>).kind === 'compare';
}
