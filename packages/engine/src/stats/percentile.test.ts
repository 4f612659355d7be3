import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { percentile, percentiles } from './percentile.js';

const finiteValues = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 });
const unit = fc.double({ min: 0, max: 1, noNaN: true });

describe('percentile (type 7)', () => {
  it('matches R quantile(x, type = 7) / NumPy percentile on reference data', () => {
    // R: quantile(1:10, c(0.1, 0.9, 0.33)) = 1.9, 9.1, 3.97
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.1)).toBeCloseTo(1.9, 14);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 14);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.33)).toBeCloseTo(3.97, 14);
    // Sorted: 1 1 2 3 3 4 5 5 5 6 9 (n = 11, h = 10 q)
    const x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    expect(percentiles(x, [0, 0.1, 0.25, 0.5, 0.9, 0.95, 1])).toEqual([1, 1, 2.5, 4, 6, 7.5, 9]);
    // Two points: straight line between them.
    expect(percentile([2.5, -1], 0.1)).toBeCloseTo(-0.65, 14);
    expect(percentile([2.5, -1], 0.5)).toBe(0.75);
  });

  it('handles the degenerate sizes', () => {
    expect(percentile([], 0.5)).toBeNaN();
    expect(percentiles([], [0.1, 0.9])).toEqual([Number.NaN, Number.NaN]);
    expect(percentile([42], 0)).toBe(42);
    expect(percentile([42], 0.37)).toBe(42);
    expect(percentile([42], 1)).toBe(42);
  });

  it('does not mutate its input', () => {
    const values = Object.freeze([5, 3, 9, 1]);
    expect(percentile(values, 0.5)).toBe(4);
    expect(values).toEqual([5, 3, 9, 1]);
    const mutable = [5, 3, 9, 1];
    percentiles(mutable, [0.1, 0.9]);
    expect(mutable).toEqual([5, 3, 9, 1]);
  });

  it('rejects non-finite values and q outside [0, 1]', () => {
    expect(() => percentile([1, Number.NaN], 0.5)).toThrow(RangeError);
    expect(() => percentile([1, Number.POSITIVE_INFINITY], 0.5)).toThrow(RangeError);
    expect(() => percentile([1, 2], 1.5)).toThrow(RangeError);
    expect(() => percentile([1, 2], -0.1)).toThrow(RangeError);
    expect(() => percentile([1, 2], Number.NaN)).toThrow(RangeError);
    expect(() => percentiles([1, 2], [0.5, 2])).toThrow(RangeError);
  });

  it('agrees with a direct evaluation of the type-7 formula', () => {
    fc.assert(
      fc.property(finiteValues, unit, (values, q) => {
        const s = [...values].sort((a, b) => a - b);
        const h = (s.length - 1) * q;
        const j = Math.floor(h);
        const expected = j + 1 < s.length ? s[j]! + (h - j) * (s[j + 1]! - s[j]!) : s[j]!;
        expect(percentile(values, q)).toBeCloseTo(expected, 6);
      }),
    );
  });

  it('gives min and max at the ends, is order-invariant, monotone in q and bounded by neighbours', () => {
    fc.assert(
      fc.property(finiteValues, unit, unit, (values, a, b) => {
        expect(percentile(values, 0)).toBe(Math.min(...values));
        expect(percentile(values, 1)).toBe(Math.max(...values));
        expect(percentile([...values].reverse(), a)).toBe(percentile(values, a));
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(percentile(values, lo)).toBeLessThanOrEqual(percentile(values, hi));
        const s = [...values].sort((x, y) => x - y);
        const h = (s.length - 1) * a;
        const v = percentile(values, a);
        expect(v).toBeGreaterThanOrEqual(s[Math.floor(h)]!);
        expect(v).toBeLessThanOrEqual(s[Math.ceil(h)]!);
      }),
    );
  });

  it('percentiles equals repeated percentile', () => {
    fc.assert(
      fc.property(finiteValues, fc.array(unit, { maxLength: 5 }), (values, qs) => {
        expect(percentiles(values, qs)).toEqual(qs.map((q) => percentile(values, q)));
      }),
    );
  });
});
