import { chunkSizeFor } from '../batch/chunks.js';
import type { RunRange } from '../batch/shard.js';

/**
 * How a sweep's work is cut into chunks for the batch executor and the worker pool. Every design
 * point runs the same N runs (common random numbers), in `perPoint` chunks of `size` runs; point p
 * owns the run slots `[p·stride, (p+1)·stride)` of one long virtual range, `stride = perPoint·size`,
 * so a chunk never spans two points and chunk k of a range of points is always the same runs of
 * the same point. Slots past N in a point's last chunk are empty. Everything is a function of N
 * alone — never of workers, shards or the clock — so checkpoints, resumes and shards line up.
 */
export class SweepChunkPlan {
  readonly size: number;
  readonly perPoint: number;
  readonly stride: number;

  constructor(readonly runs: number) {
    this.size = chunkSizeFor(runs);
    this.perPoint = Math.ceil(runs / this.size);
    this.stride = this.perPoint * this.size;
  }

  /** The virtual run range of points [from, to). */
  range(points: RunRange): RunRange {
    return { from: points.from * this.stride, to: points.to * this.stride };
  }

  /** The point and its runs [from, to) that a chunk of virtual runs [from, to) stands for. */
  locate(virtual: RunRange): { point: number; from: number; to: number } {
    const point = Math.floor(virtual.from / this.stride);
    const base = point * this.stride;
    return { point, from: virtual.from - base, to: Math.min(this.runs, virtual.to - base) };
  }

  /** The point of chunk `index` of the range of points starting at `firstPoint`. */
  pointOfChunk(firstPoint: number, index: number): number {
    return firstPoint + Math.floor(index / this.perPoint);
  }
}
