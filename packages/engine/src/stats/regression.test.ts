import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { standardisedRegression } from './regression.js';

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
function sd(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
}
function corr(a: readonly number[], b: readonly number[]): number {
  const ma = mean(a);
  const mb = mean(b);
  let sab = 0;
  for (let i = 0; i < a.length; i++) sab += (a[i]! - ma) * (b[i]! - mb);
  return sab / a.length / (sd(a) * sd(b));
}
const column = (X: readonly number[][], j: number): number[] => X.map((r) => r[j]!);

/** Rows of small integers, 3 columns, 12 observations. */
const design = fc.array(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 3, maxLength: 3 }), {
  minLength: 12,
  maxLength: 12,
});

/** Determinant of the 3×3 correlation matrix of X's columns (1 = orthogonal, 0 = collinear). */
function corrDet(X: readonly number[][]): number {
  const c = [0, 1, 2].map((i) => [0, 1, 2].map((j) => corr(column(X, i), column(X, j))));
  const [a, b, d] = c as [number[], number[], number[]];
  return (
    a[0]! * (b[1]! * d[2]! - b[2]! * d[1]!) - a[1]! * (b[0]! * d[2]! - b[2]! * d[0]!) + a[2]! * (b[0]! * d[1]! - b[1]! * d[0]!)
  );
}

describe('standardisedRegression', () => {
  it('recovers hand-computed SRCs for orthogonal columns (3:4:5 triangle)', () => {
    // x1, x2 orthogonal with sd 1; y = 3 x1 + 4 x2 takes values −7, −1, 1, 7, sd 5.
    const X = [
      [-1, -1, 7],
      [1, -1, 7],
      [-1, 1, 7],
      [1, 1, 7],
    ];
    const y = [-7, -1, 1, 7];
    const { coefficients, r2 } = standardisedRegression(X, y);
    expect(coefficients[0]).toBeCloseTo(0.6, 14);
    expect(coefficients[1]).toBeCloseTo(0.8, 14);
    expect(coefficients[2]).toBe(0); // constant column
    expect(r2).toBeCloseTo(1, 14);
  });

  it('recovers hand-computed SRCs for correlated columns', () => {
    // y = 10 + 2 x1 − x2. sd(x1) = sd(x2) = sqrt(35/12); y − 10 = 0,3,2,5,4,7 so
    // sd(y) = sqrt(29.5/6). SRC1 = 2 sqrt(35/59), SRC2 = −sqrt(35/59).
    const x1 = [1, 2, 3, 4, 5, 6];
    const x2 = [2, 1, 4, 3, 6, 5];
    const X = x1.map((v, i) => [v, x2[i]!]);
    const y = x1.map((v, i) => 10 + 2 * v - x2[i]!);
    const { coefficients, r2 } = standardisedRegression(X, y);
    expect(coefficients[0]).toBeCloseTo(2 * Math.sqrt(35 / 59), 13);
    expect(coefficients[1]).toBeCloseTo(-Math.sqrt(35 / 59), 13);
    expect(r2).toBeCloseTo(1, 13);
  });

  it('with one predictor gives the correlation coefficient and r² (hand-computed)', () => {
    // x̄ = 3, ȳ = 4, Sxy = 6, Sxx = 10, Syy = 6: r = 6/sqrt(60), r² = 0.6.
    const { coefficients, r2 } = standardisedRegression([[1], [2], [3], [4], [5]], [2, 4, 5, 4, 5]);
    expect(coefficients[0]).toBeCloseTo(6 / Math.sqrt(60), 14);
    expect(r2).toBeCloseTo(0.6, 14);
  });

  it('gives 0 to an exactly collinear later column and lets the earlier one carry the effect', () => {
    const x1 = [0.3, 1.7, 2.2, 4.1, 5.0, 6.6, 7.2];
    const x3 = [1, 0, 1, 1, 0, 0, 1];
    const X = x1.map((v, i) => [v, 2 * v + 1, x3[i]!]);
    const y = x1.map((v, i) => 0.5 * v + 3 * x3[i]! + Math.sin(i));
    const full = standardisedRegression(X, y);
    const reduced = standardisedRegression(
      X.map((r) => [r[0]!, r[2]!]),
      y,
    );
    expect(full.coefficients[1]).toBe(0);
    expect(full.coefficients[0]).toBeCloseTo(reduced.coefficients[0]!, 10);
    expect(full.coefficients[2]).toBeCloseTo(reduced.coefficients[1]!, 10);
    expect(full.r2).toBeCloseTo(reduced.r2, 10);
  });

  it('handles constant y and empty inputs', () => {
    expect(standardisedRegression([[1, 2], [3, 4], [5, 7]], [4, 4, 4])).toEqual({ coefficients: [0, 0], r2: Number.NaN });
    expect(standardisedRegression([], [])).toEqual({ coefficients: [], r2: Number.NaN });
    expect(standardisedRegression([[1]], [3])).toEqual({ coefficients: [0], r2: Number.NaN });
    // No non-constant predictors: nothing explained.
    expect(standardisedRegression([[1], [1], [1]], [1, 2, 4])).toEqual({ coefficients: [0], r2: 0 });
  });

  it('rejects malformed input', () => {
    expect(() => standardisedRegression([[1], [2]], [1])).toThrow(RangeError);
    expect(() => standardisedRegression([[1, 2], [2]], [1, 2])).toThrow(RangeError);
    expect(() => standardisedRegression([[1], [Number.NaN]], [1, 2])).toThrow(RangeError);
    expect(() => standardisedRegression([[1], [2]], [1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it('matches the closed form for two predictors', () => {
    fc.assert(
      fc.property(design, fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 12, maxLength: 12 }), (X, y) => {
        const x1 = column(X, 0);
        const x2 = column(X, 1);
        const r12 = corr(x1, x2);
        fc.pre(sd(x1) > 0 && sd(x2) > 0 && sd(y) > 0 && 1 - r12 * r12 > 1e-3);
        const r1 = corr(x1, y);
        const r2y = corr(x2, y);
        const b1 = (r1 - r12 * r2y) / (1 - r12 * r12);
        const b2 = (r2y - r12 * r1) / (1 - r12 * r12);
        const res = standardisedRegression(
          X.map((r) => [r[0]!, r[1]!]),
          y,
        );
        expect(res.coefficients[0]).toBeCloseTo(b1, 9);
        expect(res.coefficients[1]).toBeCloseTo(b2, 9);
        expect(res.r2).toBeCloseTo(b1 * r1 + b2 * r2y, 9);
      }),
    );
  });

  it('recovers b_j · sd(x_j) / sd(y) exactly for a linear response', () => {
    fc.assert(
      fc.property(design, fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 3, maxLength: 3 }), (X, b) => {
        fc.pre(corrDet(X) > 1e-3);
        const y = X.map((r) => 5 + b[0]! * r[0]! + b[1]! * r[1]! + b[2]! * r[2]!);
        fc.pre(sd(y) > 0);
        const res = standardisedRegression(X, y);
        for (let j = 0; j < 3; j++) {
          expect(res.coefficients[j]).toBeCloseTo((b[j]! * sd(column(X, j))) / sd(y), 8);
        }
        expect(res.r2).toBeCloseTo(1, 10);
      }),
    );
  });

  it('is invariant under positive affine rescaling and flips sign under negation', () => {
    fc.assert(
      fc.property(
        design,
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 12, maxLength: 12 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (X, y, s, t) => {
          fc.pre(corrDet(X) > 1e-3 && sd(y) > 0);
          const base = standardisedRegression(X, y);
          const scaled = standardisedRegression(
            X.map((r) => [s * r[0]! + t, -r[1]!, r[2]!]),
            y.map((v) => 3 * v - 1),
          );
          expect(scaled.coefficients[0]).toBeCloseTo(base.coefficients[0]!, 8);
          expect(scaled.coefficients[1]).toBeCloseTo(-base.coefficients[1]!, 8);
          expect(scaled.coefficients[2]).toBeCloseTo(base.coefficients[2]!, 8);
          expect(scaled.r2).toBeCloseTo(base.r2, 8);
          expect(base.r2).toBeGreaterThanOrEqual(0);
          expect(base.r2).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
