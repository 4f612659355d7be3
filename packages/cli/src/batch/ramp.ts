/**
 * How many workers a batch without `--workers` uses: it starts with one and adds more while the
 * work left is long enough for them to pay for their start. A worker thread is a V8 of its own: it
 * loads the engine, and its optimiser compiles the hot code again (for korea-2024 some 2–3 CPU-s,
 * on threads that take cores from the simulation), so on this project's two-core machine two
 * workers finish a korea-2024 batch of 20,000 runs *later* than one (5.6 against 5.4 s) and only
 * pull ahead from about 40,000 (docs/performance.md, "Workers added as the batch goes"). The first
 * is this thread, not a worker (batch/pool.ts `GrowingRunner`): a batch, a comparison or a sweep
 * starts in the thread that loaded the scenario, and the ramp adds worker threads beside it. The
 * decision reads the clock, never the result: which worker simulates which chunk changes no byte
 * of what a batch computes.
 *
 * @module
 */

import type { ChunkRunner } from './pool.js';

/** The policy's constants (seconds). */
export const RAMP = {
  /** Time after the execution starts, or after workers were last added, before the next look: the rate read before it is a warming-up one. */
  settle: 2,
  /** The window the current rate is read over. */
  window: 1,
  /** Add workers while the work left, at the current rate, would take longer than this. */
  remaining: 6,
} as const;

/**
 * The policy, fed with the runs merged so far. Workers double at each look that finds enough
 * work left (1, 2, 4, … up to the limit), so a many-core machine is filled in a few looks.
 */
export class Ramp {
  private readonly seen: { t: number; runs: number }[] = [];
  private since: number;

  constructor(private readonly limit: number, start: number) {
    this.since = start;
  }

  /**
   * The number of workers wanted at time `t` (seconds), with `runs` merged and `left` still to
   * simulate, `current` running now.
   */
  wanted(t: number, runs: number, left: number, current: number): number {
    this.seen.push({ t, runs });
    while (this.seen.length > 2 && this.seen[1]!.t <= t - RAMP.window) this.seen.shift();
    if (current >= this.limit || t - this.since < RAMP.settle) return current;
    const first = this.seen[0]!;
    if (t - first.t < RAMP.window / 2 || runs <= first.runs) return current;
    const rate = (runs - first.runs) / (t - first.t);
    if (left / rate <= RAMP.remaining) return current;
    this.since = t;
    // The rate read from here on includes the new workers' start.
    this.seen.length = 0;
    return Math.min(this.limit, current * 2);
  }
}

/**
 * The ramp for an execution of runs [`from`, `to`) on `runner` (started with one thread: this one):
 * a function to call with the merged prefix's end after each merge, which starts more workers when
 * the policy asks. Undefined for a runner that cannot grow.
 */
export function rampOnMerge(runner: ChunkRunner, limit: number, from: number, to: number, clock: () => number = () => performance.now() / 1000): ((mergedTo: number) => void) | undefined {
  const grow = runner.grow?.bind(runner);
  if (grow === undefined || limit <= runner.capacity) return undefined;
  const ramp = new Ramp(limit, clock());
  return (mergedTo) => {
    const wanted = ramp.wanted(clock(), mergedTo - from, to - mergedTo, runner.capacity);
    if (wanted > runner.capacity) grow(wanted);
  };
}
