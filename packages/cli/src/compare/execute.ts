import { canonicalAggregates, CompareContext, mergeComparison, summariseComparison, type Comparison } from '@casus/engine';
import { BatchExecution, type StopReason } from '../batch/execute.js';
import { createRunner } from '../batch/pool.js';
import { rampOnMerge } from '../batch/ramp.js';
import { createProgress, progressMode } from '../batch/progress.js';
import type { CliIo } from '../io.js';
import type { CompareChunkOutput, CompareSimulatorInit } from './chunk-simulator.js';
import type { ComparePlan } from './options.js';
import { stopOnInterrupt } from '../batch/interrupts.js';

/** A finished (or interrupted) comparison: exact counts and how it was run. */
export interface CompareJobResult {
  readonly comparison: Comparison;
  /** Outcome ids present in both variants, in A's order. */
  readonly shared: readonly string[];
  readonly reason: StopReason;
  readonly workers: number;
  readonly startedAt: Date;
  readonly finishedAt: Date;
}

/**
 * Runs runs 0 … N−1 of both variants on common random numbers, chunk by chunk, through the
 * batch's runner (worker threads, or this thread for one worker) and executor: chunks are merged
 * strictly in run order, so the counts are the same for any worker count. A progress bar goes to
 * stderr on a terminal. Ctrl-C stops after the chunks in flight (a second Ctrl-C drops them).
 */
export async function runComparison(plan: ComparePlan, io: CliIo, now: () => Date = () => new Date()): Promise<CompareJobResult> {
  const startedAt = now();
  const options = { seed: plan.seed, runs: plan.runs, engine: plan.engine, situation: plan.situation, parameterDraws: plan.parameterDraws, drawLuck: plan.drawLuck };
  // Built here too: the empty counts to merge into, and the outcomes the two variants share.
  const context = new CompareContext(
    { scenario: plan.a.scenario, parameters: plan.a.overrides },
    { scenario: plan.b.scenario, parameters: plan.b.overrides },
    { seed: plan.seed, runs: plan.runs, engine: plan.engine, ...(plan.situation !== undefined ? { situation: plan.situation } : {}), ...(plan.parameterDraws > 0 ? { parameterDraws: plan.parameterDraws, drawLuck: plan.drawLuck } : {}) },
  );
  const total = context.empty();
  const init: CompareSimulatorInit = {
    kind: 'compare',
    a: { scenario: plan.a.scenario, parameters: plan.a.overrides },
    b: { scenario: plan.b.scenario, parameters: plan.b.overrides },
    options,
  };
  const range = { from: 0, to: context.total };
  const progress = createProgress(progressMode(io, plan.quiet), io, context.total, 0);
  // Without --workers, this thread to start with and worker threads beside it while the work left pays for them (batch/ramp.ts).
  const runner = createRunner(plan.workers, init, (n) => progress.add(n), { grow: plan.rampWorkers });
  const ramp = plan.rampWorkers ? rampOnMerge(runner, plan.workers, range.from, range.to) : undefined;
  const execution = new BatchExecution({
    runner, range, chunkSize: plan.chunkSize, startChunk: 0, startAggregates: context.empty().a,
    precision: undefined, failFast: false,
    // --precision: every paired difference B − A known to ± the target (Newcombe's paired interval).
    precisionOf: plan.precision === undefined ? undefined : () => total.runs > 0 && widestPairedHalfWidth(total) <= plan.precision!,
    // Chunks arrive here in run order: B's counts and the paired table are summed alongside A's.
    onMerged: (state, chunk) => {
      ramp?.(state.mergedTo);
      const c = chunk as CompareChunkOutput;
      mergeComparison(total, { a: c.aggregates, b: c.b, paired: c.paired, runs: c.runs, ...(c.pairedDraws ? { pairedDraws: c.pairedDraws } : {}), ...(c.pairedMetrics ? { pairedMetrics: c.pairedMetrics } : {}) });
    },
  });
  const unsubscribe = stopOnInterrupt(io, execution, progress);
  let outcome;
  try {
    outcome = await execution.run();
  } finally {
    unsubscribe?.();
    progress.stop();
    await runner.close();
  }
  const comparison: Comparison = { ...total, a: canonicalAggregates(total.a), b: canonicalAggregates(total.b) };
  return { comparison, shared: context.shared, reason: outcome.reason, workers: runner.capacity, startedAt, finishedAt: now() };
}

/** The widest 95% half-width of the paired differences B − A over the outcomes both variants share. */
export function widestPairedHalfWidth(c: Comparison): number {
  let w = 0;
  for (const o of summariseComparison(c)) w = Math.max(w, o.pairedHalfWidth);
  return w;
}
