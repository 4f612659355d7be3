/**
 * Parallel batches as a library (Node only): `@casus/cli/batch`.
 *
 * The very code `casus run FILE --runs N` runs — the worker pool, chunking and exact merging in
 * run order, shards, checkpoints, resume and per-run records — behind one function, so a script
 * gets the same speed and the same result bytes as the command (only the provenance block, which
 * records when and how a batch ran, differs). It imports `node:` modules and starts worker
 * threads: it is not part of `@casus/engine`, which stays pure.
 *
 * @module
 */
import type { Aggregates, Summary } from '@casus/engine';
import { CliError } from '../context.js';
import type { CliIo } from '../io.js';
import { runBatchJob } from './batch-job.js';
import type { StopReason } from './execute.js';
import { summaryJson } from './format-summary.js';
import type { Manifest } from './manifest.js';
import { planBatch } from './options.js';
import { summaryReport } from './summary-report.js';
import { verifyOutput, type Verification } from './verify.js';

export type { Manifest } from './manifest.js';
export type { StopReason } from './execute.js';
export { mergeResults, type MergeOutcome, type NamedResult } from './merge-results.js';
export { parseResult, serialiseResult, type ResultDocument } from './result-file.js';
export { shardRange, type RunRange } from './shard.js';
export type { AggregatesCheck, Difference, RecordDifference, RecordsCheck, Verification } from './verify.js';

/** A batch, as `casus run FILE --runs N …` takes it; every field has the flag's meaning and checks. */
export interface ParallelBatchOptions {
  /** A scenario file (relative to `cwd`) or a bundled scenario id, as the command's FILE argument. */
  readonly scenario: string;
  readonly runs: number;
  /** Master seed (default 1). */
  readonly seed?: number | string;
  /**
   * Worker threads that simulate (1 is one worker thread). Default: the calling thread to start
   * with (in slices, its event loop getting a turn between them), and worker threads beside it, up
   * to the number of cores, while the work left is long enough to gain from them; give `workers` to
   * keep the calling thread free. Never changes a result.
   */
  readonly workers?: number;
  /** Parameter overrides (`--set name=value`): a number, or one of a discrete parameter's levels. */
  readonly parameters?: Readonly<Record<string, number | string>>;
  readonly situation?: string;
  readonly given?: string;
  readonly parameterDraws?: number;
  /** Every parameter at its nominal value (`--nominal`): no draws over the judgments. */
  readonly nominal?: boolean;
  readonly precision?: number;
  /** Stop once these outcomes' relative 95% half-width is at most this (`--rel-precision`, with `outcomes`). */
  readonly relPrecision?: number;
  /** The outcomes of `relPrecision` (`--outcome`). */
  readonly outcomes?: readonly string[];
  /** Stop once each named metric's mean is known to ± its value, 95% (`--metric-precision ID=H`): `{ launch_days: 0.2 }`. */
  readonly metricPrecision?: Readonly<Record<string, number>>;
  /** Rare outcomes estimated by branching at decisions (`--rare`), or by splitting with `rareLevels`. */
  readonly rare?: readonly string[];
  /** Also every outcome estimated below this probability (`--rare-below`). */
  readonly rareBelow?: number;
  /** Multilevel splitting levels `score:factor,…` (`--rare-levels`). */
  readonly rareLevels?: string;
  readonly maxRuns?: number;
  readonly engine?: 'batch' | 'reference';
  /** This process's shard of the batch: `{ index, count }` (0-based) or the flag's `"i/n"`. */
  readonly shard?: { readonly index: number; readonly count: number } | string;
  /** Result file, written atomically at the end; while running, a checkpoint `OUT.partial`. */
  readonly out?: string;
  /** Per-run records (.ndjson/.jsonl or .csv), streamed in run order. */
  readonly runsOut?: string;
  /** Continue the interrupted batch whose checkpoint is `out`.partial. */
  readonly resume?: boolean;
  /**
   * Discard the checkpoint `out`.partial of an interrupted batch and start afresh. Without it (or
   * `resume`), a batch whose `out` has a checkpoint is refused (`E_CHECKPOINT_EXISTS`): a rerun
   * that forgot `resume` does not throw the interrupted work away.
   */
  readonly restart?: boolean;
  readonly failFast?: boolean;
  /** Stop once more than this many runs have failed (`--max-failed`). */
  readonly maxFailed?: number;
  /** A finished result of this batch's first runs (`--extend`): only the runs it lacks are simulated. */
  readonly extend?: string;
  /** Directory that relative paths are resolved against (default `process.cwd()`). */
  readonly cwd?: string;
  /** Called with the number of runs finished since the last call (in completion order). */
  readonly onProgress?: (runs: number) => void;
  /**
   * Aborting stops the batch as Ctrl-C stops the command: no new chunk starts, those in flight are
   * merged, a checkpoint is kept (with `out`), and the promise resolves with reason `interrupted`.
   */
  readonly signal?: AbortSignal;
}

/** What a batch returns: the exact aggregates and the summary `casus run --json` prints. */
export interface ParallelBatchResult {
  readonly manifest: Manifest;
  /** Exact integer aggregates in canonical form (what the result file holds). */
  readonly aggregates: Aggregates;
  readonly summary: Summary;
  /** The document `casus run … --json` prints. */
  readonly json: unknown;
  readonly reason: StopReason;
  /** Runs simulated by this call (a resumed checkpoint's are not counted). */
  readonly simulatedHere: number;
  readonly durationMs: number;
  readonly workers: number;
  readonly wrote: { readonly result?: string; readonly checkpoint?: string; readonly records?: string };
}

/**
 * A refused batch: an invalid scenario (exit code 1 in the command) or bad options (2). `code` is
 * the command's stable error code where it has one (`E_OPTION_VALUE`, `E_RESUME_MISMATCH`, …).
 */
export class BatchError extends Error {
  constructor(message: string, readonly code: string | undefined, readonly exitCode: number) {
    super(message);
    this.name = 'BatchError';
  }
}

/**
 * Runs a Monte Carlo batch on worker threads exactly as `casus run` does. Same options, same
 * checks, same bytes: for a given scenario, parameters, seed and run range the aggregates and the
 * per-run records do not depend on the worker count or on sharding.
 *
 * @throws BatchError for an invalid scenario or bad options (nothing is simulated or written).
 */
export async function runParallelBatch(options: ParallelBatchOptions): Promise<ParallelBatchResult> {
  let diagnostics = '';
  const io = quietIo(options.cwd, (s) => { diagnostics += s; }, options.signal);
  const shard = options.shard === undefined ? undefined : typeof options.shard === 'string' ? options.shard : `${options.shard.index}/${options.shard.count}`;
  let plan;
  try {
    plan = planBatch({
      file: options.scenario, runs: options.runs, seed: options.seed, workers: options.workers,
      set: options.parameters === undefined ? undefined : Object.entries(options.parameters).map(([k, v]) => `${k}=${v}`),
      situation: options.situation, given: options.given, parameterDraws: options.parameterDraws, nominal: options.nominal,
      precision: options.precision, maxRuns: options.maxRuns, engine: options.engine,
      relPrecision: options.relPrecision, outcome: options.outcomes,
      metricPrecision: options.metricPrecision === undefined ? undefined : Object.entries(options.metricPrecision).map(([id, h]) => `${id}=${h}`), rare: options.rare, rareBelow: options.rareBelow, rareLevels: options.rareLevels,
      out: options.out, runsOut: options.runsOut, shard, resume: options.resume, restart: options.restart, failFast: options.failFast, maxFailed: options.maxFailed, extend: options.extend, quiet: true,
    }, io);
  } catch (error) {
    throw refused(error, diagnostics);
  }
  let job;
  try {
    job = await runBatchJob(plan, io, () => new Date(), options.onProgress);
  } catch (error) {
    throw refused(error, diagnostics);
  }
  const report = summaryReport({ ...plan, scenarioName: plan.source.name }, job);
  return {
    manifest: job.manifest, aggregates: job.aggregates, summary: report.summary, json: summaryJson(report),
    reason: job.reason, simulatedHere: job.simulatedHere, durationMs: job.durationMs, workers: job.workers, wrote: job.wrote,
  };
}

/** What {@link verifyBatchResult} checks: a result file, and optionally its per-run records. */
export interface VerifyBatchOptions {
  /** The result file (`casus run --runs N --out`, a shard, a merge or a checkpoint), a comparison (`casus compare --out`), or a sweep or sensitivity directory; relative to `cwd`. */
  readonly result: string;
  /** The scenario that was simulated, when it cannot be found from the result (a path or a bundled id). */
  readonly scenario?: string;
  /** Worker threads that simulate (default: as {@link runParallelBatch}). */
  readonly workers?: number;
  /** The batch's per-run records (`runsOut`): compared too, record by record. */
  readonly runsFile?: string;
  /** Only this many runs, spread over the file's, simulated again and their records compared (needs `runsFile`, NDJSON or CSV). */
  readonly sample?: number;
  /** Directory that relative paths are resolved against (default `process.cwd()`). */
  readonly cwd?: string;
}

/**
 * Simulates the runs of a result file again and compares them with the file, as `casus verify`:
 * the aggregates byte for byte (and the per-run records, given), or with `sample` a sample of runs'
 * records. Resolves with what it found — `identical` false is an answer, not an error.
 *
 * @throws BatchError when the file is not a result, its scenario is not found or has changed, or
 * its batch cannot be set up again (`code`: `E_VERIFY_FORMAT`, `E_REPORT_SCENARIO`, `E_VERIFY_REPLAY`, …).
 *
 * @example
 * const v = await verifyBatchResult({ result: 'out/korea.json', workers: 2 });
 * if (!v.identical) console.error(v.aggregates?.differences);
 */
export async function verifyBatchResult(options: VerifyBatchOptions): Promise<Verification> {
  let diagnostics = '';
  const io = quietIo(options.cwd, (s) => { diagnostics += s; });
  try {
    return await verifyOutput(options.result, io, { scenario: options.scenario, workers: options.workers, records: options.runsFile, sample: options.sample, quiet: true });
  } catch (error) {
    throw refused(error, diagnostics);
  }
}

/** An io that prints nothing (diagnostics collected by `stderr`), for the library's calls. */
function quietIo(cwd: string | undefined, stderr: (s: string) => void, signal?: AbortSignal): CliIo {
  return {
    stdout: () => {},
    stderr,
    cwd: cwd ?? process.cwd(),
    env: {},
    isTTY: false,
    stderrIsTTY: false,
    onInterrupt: (handler) => {
      if (signal === undefined) return () => {};
      const listener = (): void => handler();
      signal.addEventListener('abort', listener);
      if (signal.aborted) queueMicrotask(handler);
      return () => signal.removeEventListener('abort', listener);
    },
  };
}

function refused(error: unknown, diagnostics: string): unknown {
  if (!(error instanceof CliError)) return error;
  const code = error.code;
  const message = [diagnostics.trim(), error.message].filter((s) => s !== '').join('\n');
  return new BatchError(message, code, error.exitCode);
}
