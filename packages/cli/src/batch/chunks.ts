import type { RunRange } from './shard.js';

/** The most runs in one chunk: big enough to amortise a worker round trip, small enough to checkpoint often. */
export const MAX_CHUNK = 10_000;
const MIN_CHUNK = 100;
const TARGET_CHUNKS = 100;

/**
 * Runs per chunk for a range of `runs` runs: about a hundredth of it, between 100 and 10,000. A
 * function of the range alone — never of the worker count or the clock — so precision stops,
 * checkpoints and resumes fall on the same run indices however a batch is executed.
 */
export function chunkSizeFor(runs: number): number {
  return Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.ceil(runs / TARGET_CHUNKS)));
}

/** Number of chunks covering a range. */
export function chunkCount(range: RunRange, size: number): number {
  return Math.ceil((range.to - range.from) / size);
}

/** The runs of chunk `index` of a range. */
export function chunkRange(range: RunRange, size: number, index: number): RunRange {
  const from = range.from + index * size;
  return { from, to: Math.min(range.to, from + size) };
}

/**
 * Runs in the next piece sent out when `remaining` runs of the range are not yet sent and
 * `workers` workers share them (guided self-scheduling): a whole chunk while there is plenty
 * left, then a share of what is left that shrinks towards the end, down to an eighth of a chunk
 * (the caller stops a piece at its chunk's end, so a remainder may be smaller), so the workers
 * finish within about one small piece of each other. Only the schedule depends
 * on it, never a result.
 */
export function pieceSize(remaining: number, workers: number, chunkSize: number): number {
  return Math.min(chunkSize, Math.max(Math.ceil(chunkSize / 8), Math.ceil(remaining / (2 * workers))));
}
