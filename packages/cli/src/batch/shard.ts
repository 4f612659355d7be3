import { usageError } from './errors.js';
import { formatCount, wholeNumberMessage } from '../whole-number.js';

/** A half-open range of run indices [from, to). */
export interface RunRange {
  readonly from: number;
  readonly to: number;
}

/** Which slice of the batch this process runs: shard `index` of `count` (0-based). */
export interface Shard {
  readonly index: number;
  readonly count: number;
  /** Where the index came from: `--shard`, or the scheduler's variable. */
  readonly source: string;
}

/**
 * The runs of shard i of n: contiguous and deterministic, `[floor(i·N/n), floor((i+1)·N/n))`.
 * The n ranges partition [0, N) exactly, whatever N and n (a shard may be empty when n > N).
 */
export function shardRange(shard: { index: number; count: number }, total: number): RunRange {
  // Multiply before dividing; exact for every total below 2^53 / n.
  return { from: Math.floor((shard.index * total) / shard.count), to: Math.floor(((shard.index + 1) * total) / shard.count) };
}

/** Environment variables a scheduler sets to a task's 0-based index, in the order they are read. */
export const SHARD_INDEX_VARIABLES = ['SLURM_ARRAY_TASK_ID', 'JOB_COMPLETION_INDEX'] as const;

const COUNT_LIMIT = 1_000_000;

/**
 * Works out the shard from `--shard i/n`, or from `--shard-count n` and the index a scheduler
 * provides (Slurm array task id, Kubernetes Indexed Job completion index). Throws a usage error
 * (E_SHARD, E_SHARD_INDEX) naming the bad value and the expected form.
 */
export function resolveShard(
  shardArg: string | undefined,
  shardCountArg: string | number | undefined,
  env: Record<string, string | undefined>,
): Shard | undefined {
  if (shardArg !== undefined) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(shardArg);
    if (!m) throw usageError('E_SHARD', `--shard expects i/n (shard i of n, counting from 0), got "${shardArg}"`);
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1 || count > COUNT_LIMIT) throw usageError('E_SHARD', `--shard ${shardArg}: the shard count must be between 1 and ${formatCount(COUNT_LIMIT)}`);
    if (index >= count) {
      throw usageError('E_SHARD', `--shard ${shardArg}: shards count from 0, so shard i of ${count} needs 0 ≤ i ≤ ${count - 1}`);
    }
    if (shardCountArg !== undefined && Number(shardCountArg) !== count) {
      throw usageError('E_SHARD', `--shard ${shardArg} and --shard-count ${shardCountArg} disagree; give one of them`);
    }
    return { index, count, source: '--shard' };
  }
  if (shardCountArg === undefined) return undefined;
  const count = Number(shardCountArg);
  if (!Number.isSafeInteger(count) || count < 1 || count > COUNT_LIMIT) {
    throw usageError('E_SHARD', wholeNumberMessage('--shard-count', shardCountArg, 1, COUNT_LIMIT));
  }
  for (const name of SHARD_INDEX_VARIABLES) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    if (!/^\d+$/.test(raw.trim())) throw usageError('E_SHARD_INDEX', `${name}="${raw}" is not a whole number`);
    const index = Number(raw.trim());
    if (index >= count) {
      throw usageError('E_SHARD_INDEX', `${name}=${index} but --shard-count is ${count}: task indices must run 0..${count - 1} (e.g. sbatch --array=0-${count - 1})`);
    }
    return { index, count, source: name };
  }
  throw usageError('E_SHARD_INDEX', `--shard-count ${count} needs a shard index: pass --shard i/${count}, or run as a Slurm array task (SLURM_ARRAY_TASK_ID) or a Kubernetes Indexed Job (JOB_COMPLETION_INDEX)`);
}

/** `{shard}` in an output path becomes the shard index, so one command line serves every task. */
export function expandShardPlaceholder(path: string, shard: Shard | undefined): string {
  return path.replaceAll('{shard}', shard === undefined ? '0' : String(shard.index));
}
