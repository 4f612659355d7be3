// A batch without --workers starts one worker and adds more only while the work left, at the rate
// the batch is going, would take longer than RAMP.remaining seconds; never before RAMP.settle
// seconds from the start or from the last addition (a warming-up rate is too low to go by).
import { describe, expect, it } from 'vitest';
import { Ramp, RAMP } from '../../src/batch/ramp.js';

/** Feeds `ramp` a steady `rate` (runs/s) from t0 to t1 in steps of `dt`, returning the workers wanted at each step. */
function feed(ramp: Ramp, t0: number, t1: number, rate: number, total: number, current: { n: number }, dt = 0.1): number[] {
  const wanted: number[] = [];
  for (let t = t0; t <= t1 + 1e-9; t += dt) {
    const runs = Math.min(total, Math.round((t - t0) * rate));
    const w = ramp.wanted(t, runs, total - runs, current.n);
    wanted.push(w);
    current.n = w;
  }
  return wanted;
}

describe('Ramp', () => {
  it('keeps one worker for a batch whose work left is short, however long it has run', () => {
    const current = { n: 1 };
    // 20,000 runs at 6,000 runs/s: under 4 s of work in all.
    const wanted = feed(new Ramp(2, 0), 0, 4, 6000, 20_000, current);
    expect(new Set(wanted)).toEqual(new Set([1]));
  });

  it('adds a worker once settled when the work left exceeds the threshold, and not before', () => {
    const current = { n: 1 };
    const wanted = feed(new Ramp(2, 0), 0, 3, 6000, 100_000, current);
    const first = wanted.findIndex((w) => w > 1);
    expect(first).toBeGreaterThan(0);
    // Not before the settling time (steps of 0.1 s from 0).
    expect(first * 0.1).toBeGreaterThanOrEqual(RAMP.settle - 1e-9);
    expect(wanted[first]).toBe(2);
    // Never above the limit.
    expect(Math.max(...wanted)).toBe(2);
  });

  it('doubles at each look that finds enough work, settling between looks, up to the limit', () => {
    const current = { n: 1 };
    const wanted = feed(new Ramp(6, 0), 0, 12, 5000, 1_000_000, current);
    const steps = wanted.filter((w, i) => i === 0 || w !== wanted[i - 1]);
    expect(steps).toEqual([1, 2, 4, 6]);
    // Each addition at least RAMP.settle after the previous one.
    const at = steps.slice(1).map((w) => wanted.indexOf(w) * 0.1);
    for (let k = 1; k < at.length; k++) expect(at[k]! - at[k - 1]!).toBeGreaterThanOrEqual(RAMP.settle - 1e-9);
  });

  it('reads the rate of the last window, not the average since the start', () => {
    const ramp = new Ramp(2, 0);
    // 100 runs/s while the worker warms up (to 0.8 s), then 20,000 runs/s. At the first look (2 s)
    // the average since the start (12,040 runs/s) would leave 8 s of work, the last second's rate
    // 4.8 s: no worker is added then or later.
    const runsAt = (t: number): number => (t <= 0.8 ? Math.round(t * 100) : 80 + Math.round((t - 0.8) * 20_000));
    for (let k = 0; k <= 40; k++) {
      const t = k / 10, runs = Math.min(120_000, runsAt(t));
      expect(ramp.wanted(t, runs, 120_000 - runs, 1), `t = ${t}`).toBe(1);
    }
    // The same start with a batch three times as long does add one.
    const longer = new Ramp(2, 0);
    const wanted = Array.from({ length: 41 }, (_, k) => longer.wanted(k / 10, runsAt(k / 10), 360_000 - runsAt(k / 10), 1));
    expect(wanted.indexOf(2)).toBe(20);
  });
});
