import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { summariseValues } from './values.js';
import { tQuantile } from './clustered.js';

describe('summariseValues', () => {
  it('a small histogram, by hand', () => {
    // Values 0, 0, 0, 1, 1, 3 (six runs).
    const v = summariseValues({ 0: 3, 1: 2, 3: 1 });
    expect(v.n).toBe(6);
    expect(v.mean).toBeCloseTo(5 / 6, 12);
    const sd = Math.sqrt((3 * (5 / 6) ** 2 + 2 * (1 / 6) ** 2 + (13 / 6) ** 2) / 5);
    expect(v.sd).toBeCloseTo(sd, 12);
    expect(v.hi - v.mean).toBeCloseTo(tQuantile(0.975, 5) * sd / Math.sqrt(6), 12);
    expect(v.mean - v.lo).toBeCloseTo(v.hi - v.mean, 12);
    expect([v.min, v.median, v.p90, v.max, v.positive]).toEqual([0, 0, 3, 3, 3]);
  });

  it('nothing to summarise: NaN, no runs above 0', () => {
    const v = summariseValues({});
    expect(v.n).toBe(0);
    expect(v.mean).toBeNaN();
    expect(v.positive).toBe(0);
  });

  it('equals the figures of the values listed one by one (property)', () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 60 }), { minLength: 2, maxLength: 300 }), (values) => {
      const hist: Record<string, number> = {};
      for (const x of values) hist[x] = (hist[x] ?? 0) + 1;
      const v = summariseValues(hist);
      const n = values.length;
      const mean = values.reduce((a, b) => a + b, 0) / n;
      const sorted = [...values].sort((a, b) => a - b);
      expect(v.mean).toBeCloseTo(mean, 9);
      expect(v.sd).toBeCloseTo(Math.sqrt(values.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1)), 9);
      // Nearest rank: the smallest value with at least a share q of the runs at or below it.
      expect(v.median).toBe(sorted[Math.ceil(0.5 * n) - 1]);
      expect(v.max).toBe(sorted[n - 1]);
      expect(v.positive).toBe(values.filter((x) => x > 0).length);
      expect(v.lo).toBeLessThanOrEqual(v.mean);
    }));
  });
});
