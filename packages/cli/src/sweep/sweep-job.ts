import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalAggregates, mergeInto, sweepPointContext, type Aggregates, type Scenario } from '@casus/engine';
import type { CliIo } from '../io.js';
import { chunkCount } from '../batch/chunks.js';
import { BatchExecution, type StopReason } from '../batch/execute.js';
import { CheckpointWriter } from '../batch/checkpoint-writer.js';
import { createRunner } from '../batch/pool.js';
import { rampOnMerge } from '../batch/ramp.js';
import { createProgress, progressMode } from '../batch/progress.js';
import type { RunRange } from '../batch/shard.js';
import { SweepChunkPlan } from './chunk-plan.js';
import type { PointEntry, SweepManifest } from './manifest.js';
import { readSweepCheckpoint, serialiseSweepCheckpoint, SWEEP_FILES } from './sweep-dir.js';
import type { SweepSimulatorInit } from './sweep-simulator.js';
import { stopOnInterrupt } from '../batch/interrupts.js';

/** Everything a sweep job simulates, and where it keeps its checkpoint. */
export interface SweepJobInput {
  readonly scenario: Scenario;
  readonly seed: number | string;
  /** Runs at every design point (the same run indices everywhere: common random numbers). */
  readonly runs: number;
  readonly engine: 'batch' | 'reference';
  readonly situation: string | undefined;
  readonly fixed: Readonly<Record<string, number>>;
  /** Every design point of the sweep; the job simulates those of `pointRange`. */
  readonly points: readonly PointEntry[];
  readonly pointRange: RunRange;
  /** The manifest the checkpoint must match to be resumed. */
  readonly manifest: SweepManifest;
  /** The output directory (absolute) and its name as typed, or undefined: no checkpoint. */
  readonly out: { readonly dir: string; readonly shown: string } | undefined;
  readonly resume: boolean;
  readonly workers: number;
  /** No --workers: this thread first, worker threads beside it while the work left pays for them (batch/ramp.ts). */
  readonly rampWorkers?: boolean;
  readonly quiet: boolean;
}

export interface SweepJobResult {
  /** Canonical aggregates of each finished point of the range, in point order (every point when complete). */
  readonly points: { index: number; aggregates: Aggregates }[];
  readonly reason: Extract<StopReason, 'complete' | 'interrupted'>;
  readonly simulatedHere: number;
  readonly durationMs: number;
  readonly workers: number;
  /** Chunk the job resumed at (0 when it started afresh). */
  readonly resumedAtChunk: number;
  readonly checkpoint: string | undefined;
}

/**
 * How often, at most, the checkpoint is rewritten while a sweep runs (it is always written at the
 * start and on Ctrl-C): it holds every point's aggregates, so rewriting it per chunk would cost
 * more than the chunks. A crash loses at most this much work.
 */
const CHECKPOINT_EVERY_MS = 2_000;

/**
 * Runs the design points of a sweep through the batch runner's machinery: the chunks of every
 * point go through the same worker pool (or this thread) and the same executor, which merges them
 * strictly in order, so the per-point aggregates never depend on the worker count or timing. With
 * an output directory, a checkpoint (`checkpoint.json`) is kept — written at the start, at most
 * every two seconds as chunks merge, and on Ctrl-C, by the batch runner's CheckpointWriter — and
 * `resume` continues from it: finished points are not simulated again and the result is
 * byte-identical to an uninterrupted sweep.
 */
export async function runSweepJob(job: SweepJobInput, io: CliIo, now: () => number = Date.now): Promise<SweepJobResult> {
  const started = now();
  const plan = new SweepChunkPlan(job.runs);
  const range = plan.range(job.pointRange);
  const count = chunkCount(range, plan.size);
  const perPoint = new Map<number, Aggregates>();
  let startChunk = 0;
  if (job.resume && job.out !== undefined) {
    const cp = readSweepCheckpoint(job.out.dir, job.out.shown, job.manifest, plan.size);
    startChunk = cp.nextChunk;
    for (const p of cp.points) perPoint.set(p.index, p.aggregates);
  } else if (job.out !== undefined && existsSync(join(job.out.dir, SWEEP_FILES.checkpoint))) {
    // Refused without --restart before anything was touched (sweep-dir.ts `prepareSweepDir`).
    if (!job.quiet) io.stderr(`casus: note: discarding the checkpoint of an earlier interrupted run in ${job.out.shown} (--restart)\n`);
  }
  const done = (chunks: number): number => Math.floor(chunks / plan.perPoint) * job.runs + Math.min(job.runs, (chunks % plan.perPoint) * plan.size);
  // The checkpoint shows the live state (points begun, next chunk); the batch runner's writer puts
  // it on disk off the main thread, coalescing requests made while a write is under way.
  let nextChunk = startChunk;
  const writer = job.out === undefined ? undefined : new CheckpointWriter(join(job.out.dir, SWEEP_FILES.checkpoint), () => {
    const points = [...perPoint.entries()].sort(([a], [b]) => a - b).map(([index, aggregates]) => ({ index, aggregates: canonicalAggregates(aggregates) }));
    return { text: serialiseSweepCheckpoint({ manifest: job.manifest, chunkSize: plan.size, nextChunk, points }), flushFirst: undefined };
  });

  const finish = (reason: SweepJobResult['reason'], merged: number, workers: number): SweepJobResult => ({
    points: [...perPoint.entries()]
      .filter(([index]) => reason === 'complete' || index < plan.pointOfChunk(job.pointRange.from, merged))
      .sort(([a], [b]) => a - b)
      .map(([index, aggregates]) => ({ index, aggregates: canonicalAggregates(aggregates) })),
    reason, simulatedHere: done(merged) - done(startChunk), durationMs: now() - started, workers, resumedAtChunk: startChunk,
    checkpoint: reason === 'interrupted' && job.out !== undefined ? join(job.out.shown, SWEEP_FILES.checkpoint) : undefined,
  });
  if (startChunk >= count) return finish('complete', count, 0);

  const first = job.points.find((p) => p.index === job.pointRange.from)!;
  const o = { seed: job.seed, runs: job.runs, engine: job.engine, parameters: job.fixed, vary: [], ...(job.situation !== undefined ? { situation: job.situation } : {}) };
  // The executor also pools every chunk into one aggregate; a sweep keeps its points apart instead.
  const pooled = sweepPointContext(job.scenario, o, first).empty();
  const init: SweepSimulatorInit = {
    kind: 'sweep', scenario: job.scenario,
    options: { seed: job.seed, runs: job.runs, engine: job.engine, situation: job.situation, parameters: job.fixed },
    points: job.points.filter((p) => p.index >= job.pointRange.from && p.index < job.pointRange.to).map((p) => ({ index: p.index, values: p.values })),
  };
  const workers = Math.max(1, Math.min(job.workers, count - startChunk));
  const total = (job.pointRange.to - job.pointRange.from) * job.runs;
  const progress = createProgress(progressMode(io, job.quiet), io, total, done(startChunk));
  const runner = createRunner(workers, init, (n) => progress.add(n), { grow: job.rampWorkers === true });
  // The virtual run range's units (a point's runs padded to whole chunks) serve the ramp's rate and work left alike.
  const ramp = job.rampWorkers === true ? rampOnMerge(runner, workers, Math.min(range.to, range.from + startChunk * plan.size), range.to) : undefined;
  let lastWrite = now();
  const execution = new BatchExecution({
    runner, range, chunkSize: plan.size, startChunk, startAggregates: pooled, precision: undefined, failFast: false,
    onMerged: (state, chunk) => {
      ramp?.(state.mergedTo);
      const point = plan.pointOfChunk(job.pointRange.from, chunk.index);
      const agg = perPoint.get(point);
      if (agg === undefined) perPoint.set(point, chunk.aggregates);
      else mergeInto(agg, chunk.aggregates);
      nextChunk = state.nextChunk;
      if (writer !== undefined && nextChunk < count && now() - lastWrite >= CHECKPOINT_EVERY_MS) {
        writer.request();
        lastWrite = now();
      }
    },
  });

  const unsubscribe = stopOnInterrupt(io, execution, progress);

  let outcome;
  try {
    if (!job.resume) writer?.request();
    outcome = await execution.run();
  } finally {
    unsubscribe?.();
    progress.stop();
    await runner.close();
  }
  if (outcome.reason === 'interrupted') {
    nextChunk = outcome.nextChunk;
    writer?.request();
  }
  // Every checkpoint requested is on disk before the caller writes the results (and removes it).
  await writer?.flush();
  return outcome.reason === 'interrupted' ? finish('interrupted', outcome.nextChunk, runner.capacity) : finish('complete', count, runner.capacity);
}
