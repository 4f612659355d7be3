import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nearestRank, quantileFromCounts, summariseTicks } from './histogram.js';

/** Expand a histogram into its sorted list of ticks (test oracle). */
function expand(counts: readonly number[]): number[] {
  const out: number[] = [];
  counts.forEach((c, t) => {
    for (let i = 0; i < c; i++) out.push(t);
  });
  return out;
}

const histogram = fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 40 });

describe('quantileFromCounts', () => {
  // Ticks 1,1,2,2,2,4,4,4,4,4 (N = 10). Same values as R's quantile(x, type = 1).
  const counts = [0, 2, 3, 0, 5];

  it('follows the nearest-rank definition on a hand-worked histogram', () => {
    expect(quantileFromCounts(counts, 0)).toBe(1); // rank max(1, 0) = 1
    expect(quantileFromCounts(counts, 0.2)).toBe(1); // rank 2
    expect(quantileFromCounts(counts, 0.21)).toBe(2); // rank ceil(2.1) = 3
    expect(quantileFromCounts(counts, 0.25)).toBe(2); // rank 3
    expect(quantileFromCounts(counts, 0.5)).toBe(2); // rank 5: lower median
    expect(quantileFromCounts(counts, 0.51)).toBe(4); // rank 6
    expect(quantileFromCounts(counts, 0.75)).toBe(4); // rank 8
    expect(quantileFromCounts(counts, 1)).toBe(4); // rank 10
  });

  it('does not let binary rounding of q·N move the rank (0.07 · 100 → rank 7)', () => {
    expect(0.07 * 100).toBeGreaterThan(7); // the trap: 7.000000000000001
    expect(nearestRank(0.07, 100)).toBe(7);
    // 100 runs, one per tick 0..99: the 0.07-quantile is the 7th smallest, tick 6.
    expect(quantileFromCounts(new Array<number>(100).fill(1), 0.07)).toBe(6);
    expect(nearestRank(0.1, 3)).toBe(1); // 0.30000000000000004 is genuinely not an integer
    expect(nearestRank(0.7, 10)).toBe(7);
    expect(nearestRank(0.5, 1)).toBe(1);
    expect(nearestRank(0, 5)).toBe(1);
  });

  it('accepts typed arrays', () => {
    expect(quantileFromCounts(Uint32Array.from(counts), 0.5)).toBe(2);
  });

  it('returns NaN for an empty histogram', () => {
    expect(quantileFromCounts([], 0.5)).toBeNaN();
    expect(quantileFromCounts([0, 0, 0], 0.5)).toBeNaN();
  });

  it('rejects bad q and bad counts', () => {
    for (const q of [-0.01, 1.01, Number.NaN]) expect(() => quantileFromCounts(counts, q)).toThrow(RangeError);
    for (const bad of [[1, -1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY]]) {
      expect(() => quantileFromCounts(bad, 0.5)).toThrow(RangeError);
    }
  });

  it('equals the rank-ceil(k·N/1000) element of the sorted expansion, computed in integers', () => {
    fc.assert(
      fc.property(histogram, fc.integer({ min: 0, max: 1000 }), (h, k) => {
        const sorted = expand(h);
        const n = sorted.length;
        if (n === 0) {
          expect(quantileFromCounts(h, k / 1000)).toBeNaN();
          return;
        }
        const rank = Math.max(1, Math.floor((k * n + 999) / 1000)); // exact ceil(k n / 1000)
        expect(quantileFromCounts(h, k / 1000)).toBe(sorted[rank - 1]);
      }),
    );
  });

  it('is the inverse empirical CDF: F(x) >= q and F(x⁻) < q', () => {
    fc.assert(
      fc.property(histogram, fc.double({ min: 0.001, max: 1, noNaN: true }), (h, q) => {
        const sorted = expand(h);
        fc.pre(sorted.length > 0);
        const x = quantileFromCounts(h, q);
        const atOrBelow = sorted.filter((t) => t <= x).length;
        const below = sorted.filter((t) => t < x).length;
        expect(atOrBelow).toBeGreaterThanOrEqual(q * sorted.length - 1e-9 * sorted.length);
        expect(below).toBeLessThan(q * sorted.length);
        expect(h[x]).toBeGreaterThan(0);
      }),
    );
  });

  it('is non-decreasing in q', () => {
    fc.assert(
      fc.property(histogram, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (h, a, b) => {
        fc.pre(h.some((c) => c > 0));
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(quantileFromCounts(h, lo)).toBeLessThanOrEqual(quantileFromCounts(h, hi));
      }),
    );
  });
});

describe('summariseTicks', () => {
  it('summarises a hand-worked histogram', () => {
    expect(summariseTicks([0, 2, 3, 0, 5])).toEqual({ n: 10, median: 2, q1: 2, q3: 4, min: 1, max: 4, mean: 2.8 });
    expect(summariseTicks([0, 0, 0, 7])).toEqual({ n: 7, median: 3, q1: 3, q3: 3, min: 3, max: 3, mean: 3 });
    // Ticks 0,1,2,3: q1 rank 1, median rank 2, q3 rank 3.
    expect(summariseTicks([1, 1, 1, 1])).toEqual({ n: 4, median: 1, q1: 0, q3: 2, min: 0, max: 3, mean: 1.5 });
  });

  it('gives n = 0 and NaN statistics for an empty histogram', () => {
    const s = summariseTicks([0, 0]);
    expect(s.n).toBe(0);
    for (const v of [s.median, s.q1, s.q3, s.min, s.max, s.mean]) expect(v).toBeNaN();
    expect(summariseTicks([]).n).toBe(0);
  });

  it('agrees with quantileFromCounts and a sorted-array oracle', () => {
    fc.assert(
      fc.property(histogram, (h) => {
        const sorted = expand(h);
        fc.pre(sorted.length > 0);
        const s = summariseTicks(h);
        expect(s.n).toBe(sorted.length);
        expect(s.median).toBe(quantileFromCounts(h, 0.5));
        expect(s.q1).toBe(quantileFromCounts(h, 0.25));
        expect(s.q3).toBe(quantileFromCounts(h, 0.75));
        expect(s.min).toBe(sorted[0]);
        expect(s.max).toBe(sorted[sorted.length - 1]);
        expect(s.mean).toBeCloseTo(sorted.reduce((a, b) => a + b, 0) / sorted.length, 12);
        expect(s.min <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= s.max).toBe(true);
        expect(s.min <= s.mean && s.mean <= s.max).toBe(true);
      }),
    );
  });
});
