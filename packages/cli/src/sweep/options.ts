import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { CliIo } from '../io.js';
import { usageError } from '../batch/errors.js';
import { capWorkers, parseSeed } from '../batch/options.js';
import { checkOutputDirectory } from '../output-path.js';
import { expandShardPlaceholder, type Shard } from '../batch/shard.js';
import { resolveRunRequest, type RunRequest } from '../run-request.js';
import { wholeNumberMessage } from '../whole-number.js';

/** Options `casus sweep` and `casus sensitivity` share, as commander parsed them (still strings). */
export interface SharedSweepOptions {
  readonly runs?: string | undefined;
  readonly seed?: string | undefined;
  readonly workers?: string | undefined;
  readonly set?: readonly string[] | undefined;
  readonly situation?: string | undefined;
  readonly engine?: string | undefined;
  readonly out?: string | undefined;
  readonly resume?: boolean | undefined;
  readonly restart?: boolean | undefined;
  readonly quiet?: boolean | undefined;
}

/** The checked shared options. */
export interface SharedSweepPlan {
  readonly request: RunRequest;
  readonly runs: number;
  /** The most worker threads (--workers, else the number of cores). */
  readonly workers: number;
  /** No --workers: this thread to start with, worker threads beside it while the work left pays for them (batch/ramp.ts). */
  readonly rampWorkers: boolean;
  readonly engine: 'batch' | 'reference';
  readonly out: { readonly dir: string; readonly shown: string } | undefined;
  readonly resume: boolean;
  /** --restart: discard the checkpoint of an interrupted run in --out and start afresh. */
  readonly restart: boolean;
  readonly quiet: boolean;
}

export const DEFAULT_RUNS_PER_POINT = 1_000;
export const MAX_RUNS = 2 ** 40;
export const MAX_POINTS = 1_000_000;

/**
 * Loads the scenario and checks the options every sweep shares, exactly as a batch does: the
 * scenario, --seed, --situation and --set (levels allowed) through the run request; numbers with
 * E_OPTION_VALUE; --resume needs --out (E_RESUME_NO_CHECKPOINT). Throws CliErrors (exit 1 or 2).
 */
export function planShared(file: string, opts: SharedSweepOptions, io: CliIo, shard?: Shard): SharedSweepPlan {
  const engine = opts.engine ?? 'batch';
  if (engine !== 'batch' && engine !== 'reference') throw usageError('E_OPTION_VALUE', `--engine expects batch or reference, got "${engine}"`);
  const request = resolveRunRequest(file, { seed: parseSeed(opts.seed), run: 0, engine, situation: opts.situation, set: opts.set === undefined ? undefined : [...opts.set] }, io);
  const runs = opts.runs === undefined ? DEFAULT_RUNS_PER_POINT : wholeNumber('--runs', opts.runs, 1, MAX_RUNS);
  const workers = opts.workers === undefined ? availableParallelism() : capWorkers(wholeNumber('--workers', opts.workers, 1, 512), io);
  const out = opts.out === undefined ? undefined : { dir: resolve(io.cwd, expandShardPlaceholder(opts.out, shard)), shown: expandShardPlaceholder(opts.out, shard) };
  if (out !== undefined) checkOutputDirectory('--out', out.dir, out.shown);
  if (opts.resume && opts.restart) throw usageError('E_OPTION_CONFLICT', '--resume continues the interrupted run, --restart discards it: give one of them');
  if (opts.resume && out === undefined) {
    throw usageError('E_RESUME_NO_CHECKPOINT', '--resume continues from the checkpoint that --out DIR keeps; give the same --out as the interrupted run');
  }
  return { request, runs, workers, rampWorkers: opts.workers === undefined, engine, out, resume: opts.resume ?? false, restart: opts.restart ?? false, quiet: opts.quiet ?? false };
}

/** A whole number option in [min, max] (underscores allowed: 100_000), else E_OPTION_VALUE. */
export function wholeNumber(flag: string, raw: string, min: number, max: number): number {
  const n = raw.trim() === '' ? NaN : Number(raw.replaceAll('_', '').trim());
  if (!Number.isSafeInteger(n) || n < min || n > max) throw usageError('E_OPTION_VALUE', wholeNumberMessage(flag, raw, min, max));
  return n;
}

/** A list option given once or many times, comma-separated or not: `--outcome a,b --outcome c`. */
export function listOption(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}
