import { mergeInto, precisionReached, type Aggregates } from '@casus/engine';
import type { ChunkOutput } from './chunk-simulator.js';
import { chunkCount, chunkRange, pieceSize } from './chunks.js';
import type { ChunkRunner } from './pool.js';
import type { RunRange } from './shard.js';

/** Why a batch stopped. */
export type StopReason = 'complete' | 'precision' | 'failure' | 'interrupted';

export interface ExecutionState {
  /** The first chunk not merged; every chunk before it is in `aggregates`. */
  readonly nextChunk: number;
  /** End of the merged prefix, as a run index. */
  readonly mergedTo: number;
  readonly aggregates: Aggregates;
}

export interface ExecuteOptions {
  readonly runner: ChunkRunner;
  readonly range: RunRange;
  readonly chunkSize: number;
  /** Where to start: chunk 0 and empty aggregates, or a checkpoint's. */
  readonly startChunk: number;
  readonly startAggregates: Aggregates;
  /** Stop at the first chunk boundary where every outcome's 95% half-width is at most this. */
  readonly precision: number | undefined;
  /** Stop at the first chunk boundary where these outcomes' relative 95% half-width is at most `target`. */
  readonly relativePrecision?: { readonly target: number; readonly outcomes: readonly string[] } | undefined;
  /** Stop at the first chunk boundary where each named metric's 95% half-width is at most its target. */
  readonly metricPrecision?: Readonly<Record<string, number>> | undefined;
  /** Stop after the first chunk (in chunk order) with a failed run. */
  readonly failFast: boolean;
  /** Another precision rule, read after each merged chunk (a comparison's paired differences): stop when true. */
  readonly precisionOf?: (() => boolean) | undefined;
  /** Stop after the first chunk (in chunk order) that brings the failed runs above this many. */
  readonly maxFailed?: number | undefined;
  /**
   * Called once per chunk, in chunk order, just after it is merged: write its records, then the
   * checkpoint. Runs synchronously, so a crash never separates the two more than one chunk.
   */
  readonly onMerged?: ((state: ExecutionState, chunk: ChunkOutput) => void) | undefined;
  /**
   * Joins the outputs of two consecutive pieces of a chunk into the output of both, exactly (the
   * aggregates added, the records concatenated). When given, and the runner has room for more than
   * one chunk, the last chunks of the range are sent out in ever smaller pieces, so that every
   * worker stays busy to the end instead of one simulating the last whole chunk alone. A chunk is
   * still merged, checkpointed and checked against the stopping rules only once all its pieces are
   * back, so nothing observable depends on how it was cut.
   */
  readonly joinPieces?: ((first: ChunkOutput, next: ChunkOutput) => ChunkOutput) | undefined;
}

export interface ExecuteResult extends ExecutionState {
  readonly reason: StopReason;
}

/**
 * Drives a batch chunk by chunk. Chunks go to the runner in index order, at most `capacity` at a
 * time and never more than a small window ahead of the merge point (so buffered out-of-order
 * chunks stay bounded); finished chunks are merged strictly in index order. Every stopping rule is
 * checked on the merged prefix only, so the result never depends on timing or the worker count.
 * With `joinPieces`, the last chunks go out in pieces (in run order) and are joined back into
 * whole chunks before they are merged.
 */
export class BatchExecution {
  private stopping = false;
  private onStop: ((abort: boolean) => void) | undefined;

  constructor(private readonly o: ExecuteOptions) {}

  /** Stop cleanly: start no new chunk, merge those in flight, then resolve. */
  stop(): void {
    this.stopping = true;
    this.onStop?.(false);
  }

  /** Stop now: drop the chunks in flight (the merged prefix stays valid) and resolve. */
  abort(): void {
    this.stopping = true;
    this.onStop?.(true);
  }

  run(): Promise<ExecuteResult> {
    const o = this.o;
    const count = chunkCount(o.range, o.chunkSize);
    // Sized for the most workers the runner can have (a pool may start with fewer and grow).
    const window = Math.max(2, (o.runner.limit ?? o.runner.capacity) * 2);
    const aggregates = o.startAggregates;
    const pending = new Map<number, ChunkOutput>();
    let next = o.startChunk;
    /** Where the next piece of chunk `next` starts (its first run until it is cut). */
    let nextFrom = chunkRange(o.range, o.chunkSize, next).from;
    /** Chunks sent out in pieces: each piece's output once back (in run order), and whether the last piece is sent. */
    const cut = new Map<number, { readonly parts: (ChunkOutput | undefined)[]; sent: boolean }>();
    let merged = o.startChunk;
    let inFlight = 0;
    let reason: StopReason | undefined;
    let settled = false;

    return new Promise<ExecuteResult>((resolve, reject) => {
      const mergedTo = (): number => (merged === 0 ? o.range.from : chunkRange(o.range, o.chunkSize, merged - 1).to);
      const state = (): ExecutionState => ({ nextChunk: merged, mergedTo: mergedTo(), aggregates });
      const finish = (why: StopReason): void => {
        if (settled) return;
        settled = true;
        resolve({ ...state(), reason: why });
      };
      const fail = (error: unknown): void => {
        if (settled) return;
        settled = true;
        reject(error);
      };

      // Merge finished chunks in index order; check the stopping rules after each.
      const drain = (): void => {
        while (reason === undefined && pending.has(merged)) {
          const chunk = pending.get(merged)!;
          pending.delete(merged);
          mergeInto(aggregates, chunk.aggregates);
          merged++;
          o.onMerged?.(state(), chunk);
          if ((o.failFast && chunk.aggregates.failed > 0) || (o.maxFailed !== undefined && aggregates.failed > o.maxFailed)) reason = 'failure';
          else if (precisionReached(aggregates, { precision: o.precision, relativePrecision: o.relativePrecision, metricPrecision: o.metricPrecision }) || o.precisionOf?.() === true) reason = 'precision';
        }
      };

      const pump = (): void => {
        if (settled) return;
        try {
          drain();
        } catch (error) {
          fail(error);
          return;
        }
        // Chunks simulated past a stopping point are never merged.
        if (reason !== undefined) { finish(reason); return; }
        if (merged === count) { finish('complete'); return; }
        if (this.stopping) { if (inFlight === 0) finish('interrupted'); return; }
        while (inFlight < o.runner.capacity && next < count && next - merged < window) {
          const index = next;
          const r = chunkRange(o.range, o.chunkSize, index);
          const size = o.joinPieces === undefined || o.runner.capacity < 2 ? o.chunkSize : pieceSize(o.range.to - nextFrom, o.runner.capacity, o.chunkSize);
          const from = nextFrom;
          const to = Math.min(r.to, from + size);
          nextFrom = to;
          if (to === r.to) { next++; nextFrom = chunkRange(o.range, o.chunkSize, next).from; }
          inFlight++;
          if (from === r.from && to === r.to) {
            o.runner.run({ index, from, to }).then(
              (out) => { inFlight--; pending.set(index, out); pump(); },
              (error: unknown) => { inFlight--; fail(error); },
            );
            continue;
          }
          let pieces = cut.get(index);
          if (pieces === undefined) { pieces = { parts: [], sent: false }; cut.set(index, pieces); }
          const slot = pieces.parts.length;
          pieces.parts.push(undefined);
          pieces.sent = to === r.to;
          const whole = pieces;
          o.runner.run({ index, from, to }).then(
            (out) => {
              inFlight--;
              whole.parts[slot] = out;
              if (whole.sent && whole.parts.every((p) => p !== undefined)) {
                cut.delete(index);
                pending.set(index, (whole.parts as ChunkOutput[]).reduce((a, b) => o.joinPieces!(a, b)));
              }
              pump();
            },
            (error: unknown) => { inFlight--; fail(error); },
          );
        }
      };

      this.onStop = (abort) => { if (abort) finish('interrupted'); else pump(); };
      pump();
    });
  }
}
