import { existsSync, rmSync } from 'node:fs';
import { BatchContext, canonicalAggregates, DEFAULT_BRANCHING, type Aggregates } from '@casus/engine';
import type { CliIo } from '../io.js';
import { AtomicAppendFile, writeFileAtomic } from './atomic-file.js';
import { readCheckpoint } from './checkpoint.js';
import { CheckpointWriter } from './checkpoint-writer.js';
import { joinPieces, recordsHeader, type SimulatorInit } from './chunk-simulator.js';
import { chunkCount } from './chunks.js';
import { CodedError } from './errors.js';
import { keptError } from '../output-path.js';
import { BatchExecution, type ExecutionState, type StopReason } from './execute.js';
import { buildManifest, machine, type Manifest, type Provenance } from './manifest.js';
import type { BatchPlan } from './options.js';
import { createRunner } from './pool.js';
import { rampOnMerge } from './ramp.js';
import { createProgress, progressMode } from './progress.js';
import { batchReplayLine, shellWord } from './replay.js';
import { checkpointPath, RESULT_FORMAT, RESULT_VERSION, serialiseCheckpoint, serialiseResult, type ResultDocument } from './result-file.js';
import { stopOnInterrupt } from './interrupts.js';

/** What a finished (or stopped) batch hands back for printing. */
export interface BatchJobResult {
  readonly context: BatchContext;
  readonly manifest: Manifest;
  readonly aggregates: Aggregates;
  readonly reason: StopReason;
  /** Runs simulated by this process (not counting a resumed checkpoint's). */
  readonly simulatedHere: number;
  readonly durationMs: number;
  readonly workers: number;
  /** Files written, for the closing message. */
  readonly wrote: { readonly result?: string; readonly checkpoint?: string; readonly records?: string; readonly failures?: readonly string[] };
}

/**
 * Runs a checked batch plan: resumes from a checkpoint when asked, drives the chunks through the
 * worker pool (or this thread), streams per-run records in run order, writes a checkpoint after
 * every merged chunk and, at the end, the result file — each file atomically. Ctrl-C stops
 * cleanly (a second Ctrl-C drops the chunks in flight) and leaves a resumable checkpoint.
 */
export async function runBatchJob(plan: BatchPlan, io: CliIo, now: () => Date = () => new Date(), onProgress?: (runs: number) => void): Promise<BatchJobResult> {
  const started = now();
  const context = new BatchContext(plan.scenario, {
    seed: plan.seed, runs: plan.runs, engine: plan.engine, parameters: plan.overrides, parameterDraws: plan.parameterDraws, drawLuck: plan.drawLuck,
    ...(plan.rare?.method === 'levels' ? { splitting: plan.rare.plan } : {}),
    ...(plan.rare?.method === 'branching' ? { branching: DEFAULT_BRANCHING } : {}),
    ...(plan.situation !== undefined ? { situation: plan.situation } : {}),
    ...(plan.given !== undefined ? { given: plan.given } : {}),
  });
  // An extension simulates runs [M, N) but its result covers the whole batch, [0, N).
  const expected = buildManifest(plan, plan.extend !== undefined ? { from: 0, to: plan.range.to } : plan.range);
  const count = chunkCount(plan.range, plan.chunkSize);

  // Where to start: afresh, or from the checkpoint.
  let startChunk = 0;
  let aggregates = plan.extend !== undefined ? plan.extend.aggregates : context.empty();
  let recordsBytes: number | undefined;
  if (plan.resume && plan.out !== undefined) {
    const doc = readCheckpoint(plan.out, expected, plan.chunkSize);
    const cp = doc.checkpoint!;
    if (plan.runsOut !== undefined) {
      if (cp.records === null || cp.records.path !== plan.runsOut || cp.records.format !== plan.recordsFormat) {
        throw new CodedError('E_RESUME_RECORDS', `--resume: the interrupted batch ${cp.records === null ? 'wrote no per-run records' : `wrote its records to ${cp.records.path}`}; resume with the same --runs-out (or rerun from scratch)`);
      }
      if (!existsSync(cp.records.tempPath)) {
        throw new CodedError('E_RESUME_RECORDS', `--resume: ${cp.records.tempPath}, the records written before the interruption, is gone; rerun without --resume`);
      }
      recordsBytes = cp.records.bytes;
    } else if (cp.records !== null) {
      throw new CodedError('E_RESUME_RECORDS', `--resume: the interrupted batch was writing per-run records to ${cp.records.path}; resume with --runs-out ${cp.records.path}`);
    }
    startChunk = cp.nextChunk;
    aggregates = doc.aggregates;
  } else if (plan.out !== undefined && existsSync(checkpointPath(plan.out))) {
    // An interrupted batch's work is not thrown away by a rerun that forgot --resume.
    if (!plan.restart) {
      throw new CodedError('E_CHECKPOINT_EXISTS', `${checkpointPath(plan.out)} holds the checkpoint of an interrupted batch: pass --resume to continue it, or --restart to discard it and start afresh`);
    }
    if (!plan.quiet) io.stderr(`casus: note: discarding the checkpoint ${checkpointPath(plan.out)} of an earlier interrupted batch (--restart)\n`);
  }

  // Per-run records, streamed under a temporary name and renamed into place at the end.
  let records: AtomicAppendFile | undefined;
  if (plan.runsOut !== undefined) {
    const temp = `${plan.runsOut}.partial`;
    try {
      records = new AtomicAppendFile(plan.runsOut, temp, recordsBytes);
    } catch (error) {
      throw new CodedError('E_RESUME_RECORDS', `--runs-out ${plan.runsOut}: ${(error as Error).message}`);
    }
    if (recordsBytes === undefined && plan.recordsFormat === 'csv') {
      records.write(`${recordsHeader(context, plan.parameterDraws)}\n`);
    }
  }

  const workers = Math.max(1, Math.min(plan.workers, count - startChunk));
  /** Threads simulating so far: the workers, all at once with --workers; else this thread and the workers the ramp adds (the provenance records the most). */
  let used = plan.rampWorkers ? 1 : workers;
  const provenance = (finished: Date, extra: Record<string, unknown> = {}): Provenance => ({
    command: commandLine(plan),
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
    machine: machine(),
    workers: used,
    ...(plan.shard !== undefined ? { shard: { index: plan.shard.index, count: plan.shard.count, source: plan.shard.source } } : {}),
    ...(plan.resume ? { resumedAtChunk: startChunk } : {}),
    ...extra,
  });
  // The checkpoint always shows the live state: the merged prefix, and the records bytes written for it.
  let live: ExecutionState = { nextChunk: startChunk, mergedTo: Math.min(plan.range.to, plan.range.from + startChunk * plan.chunkSize), aggregates };
  // An extension keeps no checkpoint: its chunks are not the whole batch's (interrupted, it is run again).
  const checkpoint = plan.out === undefined || plan.extend !== undefined ? undefined : new CheckpointWriter(checkpointPath(plan.out), () => {
    const doc: ResultDocument = {
      format: RESULT_FORMAT, version: RESULT_VERSION, partial: true,
      manifest: { ...expected, runs: { ...expected.runs, to: live.mergedTo } },
      aggregates: canonicalAggregates(live.aggregates),
      provenance: provenance(now()),
      checkpoint: {
        nextChunk: live.nextChunk, chunkSize: plan.chunkSize,
        records: records && plan.recordsFormat ? { path: records.path, tempPath: records.tempPath, format: plan.recordsFormat, bytes: records.bytes } : null,
      },
    };
    return { text: serialiseCheckpoint(doc), flushFirst: records?.descriptor };
  });

  const init = simulatorInit(plan, plan.recordsFormat ?? null);
  const startRun = Math.min(plan.range.to, plan.range.from + startChunk * plan.chunkSize);
  const progress = createProgress(progressMode(io, plan.quiet), io, plan.range.to - plan.range.from, startRun - plan.range.from);
  // Without --workers, this thread to start with and worker threads beside it while the work left pays for them (batch/ramp.ts).
  const runner = createRunner(workers, init, (n) => { progress.add(n); onProgress?.(n); }, { grow: plan.rampWorkers });
  const ramp = plan.rampWorkers ? rampOnMerge(runner, workers, startRun, plan.range.to) : undefined;
  const execution = new BatchExecution({
    runner, range: plan.range, chunkSize: plan.chunkSize, startChunk, startAggregates: aggregates,
    precision: plan.precision, relativePrecision: plan.relativePrecision, metricPrecision: plan.metricPrecision, failFast: plan.failFast, maxFailed: plan.maxFailed, joinPieces,
    onMerged: (state, chunk) => {
      if (records && chunk.records !== null) records.write(chunk.records);
      live = state;
      checkpoint?.request();
      if (ramp !== undefined) { ramp(state.mergedTo); used = runner.capacity; }
    },
  });

  const unsubscribe = stopOnInterrupt(io, execution, progress);

  let outcome;
  try {
    if (!plan.resume) checkpoint?.request();
    outcome = await execution.run();
    live = outcome;
    await checkpoint?.flush();
  } catch (error) {
    await checkpoint?.flush().catch(() => {});
    // With a checkpoint the records' temporary file belongs to it (for --resume); without, it is debris.
    if (checkpoint !== undefined) records?.keep();
    else records?.discard();
    throw error;
  } finally {
    unsubscribe?.();
    progress.stop();
    await runner.close();
  }

  const finished = now();
  const wrote: { result?: string; checkpoint?: string; records?: string; failures?: string[] } = {};
  const writeFailures: string[] = [];
  const simulatedHere = outcome.mergedTo - startRun;
  if (outcome.reason === 'interrupted') {
    if (checkpoint !== undefined && plan.out !== undefined) {
      checkpoint.request();
      await checkpoint.flush();
      records?.keep();
      wrote.checkpoint = checkpointPath(plan.out);
    } else {
      records?.discard();
    }
    const manifest = { ...expected, runs: { ...expected.runs, to: outcome.mergedTo } };
    return { context, manifest, aggregates: canonicalAggregates(outcome.aggregates), reason: outcome.reason, simulatedHere, durationMs: finished.getTime() - started.getTime(), workers: used, wrote };
  }

  // Complete, stopped by precision, or stopped at a failure (--fail-fast).
  const runs = plan.precision !== undefined || plan.relativePrecision !== undefined || plan.metricPrecision !== undefined
    ? { from: plan.range.from, to: outcome.mergedTo, total: outcome.mergedTo }
    : { ...expected.runs, to: outcome.mergedTo };
  const manifest: Manifest = { ...expected, runs };
  const final = canonicalAggregates(outcome.aggregates);
  if (plan.out !== undefined) {
    const doc: ResultDocument = {
      format: RESULT_FORMAT, version: RESULT_VERSION,
      ...(outcome.reason === 'failure' ? { partial: true as const } : {}),
      manifest, aggregates: final, provenance: provenance(finished, { stop: outcome.reason }),
    };
    const text = serialiseResult(doc);
    try {
      writeFileAtomic(plan.out, text);
      rmSync(checkpointPath(plan.out), { force: true });
      wrote.result = plan.out;
    } catch (error) {
      // The work is done: keep it in a file we can write, and say where (exit 2 after the summary).
      writeFailures.push(keptError(plan.out, text, error).detail);
    }
  }
  if (records) {
    try {
      if (plan.recordsFormat === 'parquet') {
        // The Parquet writer is loaded only for a Parquet file.
        const { recordsParquet } = await import('./records-parquet.js');
        records.keep();
        writeFileAtomic(records.path, recordsParquet(records.tempPath, context, plan.parameterDraws));
        rmSync(records.tempPath, { force: true });
      } else {
        records.commit();
      }
      wrote.records = records.path;
    } catch (error) {
      writeFailures.push(`cannot write ${records.path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the records are kept in ${records.tempPath}`);
    }
  }
  if (writeFailures.length > 0) wrote.failures = writeFailures;
  return { context, manifest, aggregates: final, reason: outcome.reason, simulatedHere, durationMs: finished.getTime() - started.getTime(), workers: used, wrote };
}

/** What each thread that simulates the batch's chunks is given (plain data), with records in `records`' format. */
export function simulatorInit(plan: BatchPlan, records: SimulatorInit['records']): SimulatorInit {
  return {
    scenario: plan.scenario, filename: plan.source.name, records,
    options: {
      seed: plan.seed, runs: plan.runs, engine: plan.engine, parameters: plan.overrides, situation: plan.situation, given: plan.given, parameterDraws: plan.parameterDraws,
      splitting: plan.rare?.method === 'levels' ? plan.rare.plan : null, branching: plan.rare?.method === 'branching' ? DEFAULT_BRANCHING : null, drawLuck: plan.drawLuck,
    },
  };
}

/** The command line recorded in provenance: the replay line plus how it was executed. */
function commandLine(plan: BatchPlan): string {
  const extra: string[] = [];
  // Without --workers the worker count was the ramp's: the line repeats it as typed.
  if (!plan.rampWorkers) extra.push('--workers', String(plan.workers));
  if (plan.out !== undefined) extra.push('--out', plan.out);
  if (plan.runsOut !== undefined) extra.push('--runs-out', plan.runsOut);
  if (plan.resume) extra.push('--resume');
  if (plan.failFast) extra.push('--fail-fast');
  if (plan.maxFailed !== undefined) extra.push('--max-failed', String(plan.maxFailed));
  if (plan.extend !== undefined) extra.push('--extend', plan.extend.file);
  return `${batchReplayLine(plan)} ${extra.map(shellWord).join(' ')}`;
}
