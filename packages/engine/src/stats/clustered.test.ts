// The clustered interval reduces to known cases, is invariant to the order of draws and blocks,
// and the t quantile matches published tables.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clusteredRatio, judgmentSd, rankCorrelation, tQuantile } from './clustered.js';
import { wilson } from './wilson.js';

describe('tQuantile', () => {
  it('matches the tables (two-sided 95%)', () => {
    const table: [number, number][] = [[1, 12.706], [2, 4.303], [3, 3.182], [5, 2.571], [9, 2.262], [19, 2.093], [39, 2.023], [120, 1.980]];
    for (const [df, t] of table) expect(tQuantile(0.975, df)).toBeCloseTo(t, 2);
    expect(tQuantile(0.975, Infinity)).toBeCloseTo(1.95996, 4);
  });
});

describe('clusteredRatio', () => {
  it('is the pooled ratio, and never narrower than the pooled Wilson interval', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 5 }), fc.array(fc.nat({ max: 30 }), { minLength: 60, maxLength: 60 }), fc.array(fc.nat({ max: 30 }), { minLength: 60, maxLength: 60 }), (K, B, xs, ys) => {
      const n = Array.from({ length: K }, (_, k) => Array.from({ length: B }, (_, b) => xs[k * B + b]! + 1));
      const y = n.map((row, k) => row.map((nn, b) => Math.min(nn, ys[k * B + b]!)));
      const r = clusteredRatio(y, n);
      const sy = y.flat().reduce((a, v) => a + v, 0);
      const sn = n.flat().reduce((a, v) => a + v, 0);
      expect(r.p).toBeCloseTo(sy / sn, 12);
      const w = wilson(sy, sn);
      expect(r.lo).toBeLessThanOrEqual(w.lo + 1e-12);
      expect(r.hi).toBeGreaterThanOrEqual(w.hi - 1e-12);
      // Reordering draws or blocks changes nothing.
      const rev = clusteredRatio([...y].reverse().map((row) => [...row].reverse()), [...n].reverse().map((row) => [...row].reverse()));
      expect(rev.lo).toBeCloseTo(r.lo, 12);
      expect(rev.hi).toBeCloseTo(r.hi, 12);
    }), { numRuns: 100 });
  });

  it('widens with the spread between draws', () => {
    const n = [[50, 50], [50, 50], [50, 50], [50, 50]];
    const flat = clusteredRatio([[10, 10], [10, 10], [10, 10], [10, 10]], n);
    const spread = clusteredRatio([[1, 1], [19, 19], [2, 2], [18, 18]], n);
    expect(spread.p).toBeCloseTo(flat.p, 12);
    expect(spread.halfWidth).toBeGreaterThan(2 * flat.halfWidth);
  });

  it('gives [0, 1] with no runs', () => {
    expect(clusteredRatio([[0]], [[0]])).toMatchObject({ lo: 0, hi: 1 });
  });
});

describe('judgmentSd and rankCorrelation', () => {
  it('judgmentSd is 0 when the draws agree up to binomial noise', () => {
    expect(judgmentSd([{ hits: 50, runs: 100 }, { hits: 50, runs: 100 }, { hits: 50, runs: 100 }])).toBe(0);
    expect(judgmentSd([{ hits: 10, runs: 100 }, { hits: 90, runs: 100 }, { hits: 50, runs: 100 }])).toBeGreaterThan(0.3);
  });

  it('rankCorrelation is ±1 for monotone series and uses average ranks for ties', () => {
    expect(rankCorrelation([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
    expect(rankCorrelation([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(rankCorrelation([1, 2, 3], [5, 5, 5])).toBe(0);
    expect(rankCorrelation([1, 1, 2, 3], [1, 2, 3, 4])).toBeCloseTo(0.9487, 3);
  });
});
