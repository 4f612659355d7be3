import type { Scenario } from '@casus/engine';
// The batch engine without the loader (no zod, no yaml): this module runs in every worker.
import { BatchContext, csvHeader, csvRow, mergeInto, type Aggregates, type BatchOptions, type RunRecord, type SplittingPlan, type BranchingPlan, type DrawLuck } from '@casus/engine/batch';
import type { RecordsFormat } from './options.js';

/** Plain data a worker needs to rebuild the batch: structured-cloneable, no functions. */
export interface SimulatorInit {
  /** The validated scenario (plain data: variants already resolved by the main thread). */
  readonly scenario: Scenario;
  readonly filename: string;
  readonly options: {
    readonly seed: number | string;
    readonly runs: number;
    readonly engine: 'batch' | 'reference';
    readonly parameters: Readonly<Record<string, number>>;
    readonly situation: string | undefined;
    readonly given: string | undefined;
    readonly parameterDraws: number;
    /** Multilevel splitting (--rare), with the levels fixed by the main thread. */
    readonly splitting?: SplittingPlan | null | undefined;
    /** Branching at decisions (--rare without --rare-levels). */
    readonly branching?: BranchingPlan | null | undefined;
    /** Nested designs: whether the draws share their runs' luck (default shared). */
    readonly drawLuck?: DrawLuck | undefined;
  };
  readonly records: RecordsFormat | null;
}

/** One unit of work: runs [from, to) of the batch, chunk `index` of the range. */
export interface ChunkTask {
  readonly index: number;
  readonly from: number;
  readonly to: number;
}

/** A chunk's output: its own aggregates (plain JSON) and, when asked for, its records as text. */
export interface ChunkOutput {
  readonly index: number;
  readonly aggregates: Aggregates;
  readonly records: string | null;
}

/**
 * The output of two consecutive pieces of one chunk, as if the chunk had been simulated whole:
 * aggregates add exactly (integer counts, kept in run order where order matters, as merging
 * shards does) and records follow each other in run order. Takes over `first`.
 */
export function joinPieces(first: ChunkOutput, next: ChunkOutput): ChunkOutput {
  return {
    index: first.index,
    aggregates: mergeInto(first.aggregates, next.aggregates),
    records: first.records === null || next.records === null ? null : first.records + next.records,
  };
}

// Short first calls let V8 optimise the hot loop before it is handed long ranges (see TOOLCHAIN.md).
const WARMUP_SLICES = [20, 100, 300];
const SLICE = 500;

/**
 * Simulates chunks of a batch from plain inputs. The same class runs inside each worker thread
 * and in the calling thread (`InProcessRunner`, the reference of the tests), so both paths
 * compute identical aggregates.
 */
export class ChunkSimulator {
  private readonly ctx: BatchContext;
  private readonly parameterNames: readonly string[];
  private slices = 0;

  constructor(readonly init: SimulatorInit) {
    const o = init.options;
    const options: BatchOptions = {
      seed: o.seed, runs: o.runs, engine: o.engine, parameters: o.parameters, parameterDraws: o.parameterDraws,
      ...(o.situation !== undefined ? { situation: o.situation } : {}),
      ...(o.given !== undefined ? { given: o.given } : {}),
      ...(o.splitting ? { splitting: o.splitting } : {}),
      ...(o.branching ? { branching: o.branching } : {}),
      ...(o.drawLuck ? { drawLuck: o.drawLuck } : {}),
    };
    this.ctx = new BatchContext(init.scenario, options);
    this.parameterNames = Object.keys(this.ctx.design.drawValues(0));
  }

  /** The first line of this batch's CSV records: their column names. */
  csvHeader(): string {
    return recordsHeader(this.ctx, this.init.options.parameterDraws);
  }

  /** Empty aggregates shaped for this batch (to merge chunk outputs into). */
  empty(): Aggregates {
    return this.ctx.empty();
  }

  /**
   * Simulates a chunk in slices, yielding the number of runs of each slice as it completes, and
   * returns the chunk's output. Slicing never changes the result: `runRange` is a pure function of
   * the run indices.
   */
  *steps(task: ChunkTask): Generator<number, ChunkOutput> {
    const agg = this.ctx.empty();
    const lines: string[] | null = this.init.records === null ? null : [];
    const onRecord = lines === null ? undefined : this.init.records === 'csv'
      ? (r: RunRecord) => { lines.push(csvRow(r, this.parameterNames)); }
      : (r: RunRecord) => { lines.push(JSON.stringify(r)); };
    for (let from = task.from; from < task.to;) {
      const size = this.slices < WARMUP_SLICES.length ? WARMUP_SLICES[this.slices]! : SLICE;
      this.slices++;
      const to = Math.min(task.to, from + size);
      this.ctx.runRange(agg, from, to, onRecord);
      yield to - from;
      from = to;
    }
    return { index: task.index, aggregates: agg, records: lines === null ? null : lines.length === 0 ? '' : `${lines.join('\n')}\n` };
  }
}

/** The column names of a batch's CSV records (its drawn parameters' among them). */
export function recordsHeader(ctx: BatchContext, parameterDraws: number): string {
  return csvHeader(ctx.design.model(parameterDraws > 0 ? 0 : -1), Object.keys(ctx.design.drawValues(0)));
}
