import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalQuantile, wilson, Z95, zFor } from './wilson.js';

/** Standard normal CDF by composite Simpson integration of the density (test oracle only). */
function normalCdf(x: number): number {
  const steps = 4000; // even
  const a = 0;
  const h = (x - a) / steps;
  const phi = (t: number): number => Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
  let sum = phi(a) + phi(x);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * phi(a + i * h);
  return 0.5 + (sum * h) / 3;
}

function expectRel(actual: number, expected: number, rel: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe('normalQuantile (AS 241)', () => {
  // Reference values: R qnorm / SciPy norm.ppf, printed to 17 significant digits.
  const reference: Array<[number, number]> = [
    [0.5, 0],
    [0.6, 0.2533471031357997],
    [0.8, 0.8416212335729143],
    [0.3, -0.5244005127080409],
    [0.075, -1.4395314709384563],
    [0.95, 1.6448536269514722],
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489004],
    [0.999, 3.090232306167813],
    [1e-5, -4.264890793922825],
    [1e-10, -6.361340902404056],
    [1 - 1e-12, 7.0344869100478356],
    [1e-300, -37.0470962993612],
  ];
  it.each(reference)('Φ⁻¹(%s) = %s', (p, x) => {
    if (x === 0) expect(normalQuantile(p)).toBe(0);
    else expectRel(normalQuantile(p), x, 1e-14);
  });

  it('covers the three branches of the algorithm (|q| <= 0.425, r <= 5, r > 5)', () => {
    // p = 0.076: |p − 1/2| = 0.424, central region. p = 0.07: first tail region.
    // p = 1e-12: r = sqrt(−ln p) ≈ 5.26 > 5, far tail region.
    expectRel(normalQuantile(0.076), -1.4325027208258116, 1e-14);
    expectRel(normalQuantile(0.07), -1.4757910281791706, 1e-14);
    expectRel(normalQuantile(1e-12), -7.034483825301131, 1e-14);
  });

  it('returns ±Infinity at 0 and 1 and rejects values outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    for (const bad of [-0.1, 1.0000001, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => normalQuantile(bad)).toThrow(RangeError);
    }
  });

  it('inverts the normal CDF (Simpson-integrated oracle)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (p) => {
        expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('is antisymmetric about 1/2 and strictly increasing', () => {
    // Dyadic p = k / 2^40, so that 1 - p is exact and the comparison is fair.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 39 }), (k) => {
        const p = k / 2 ** 40;
        const x = normalQuantile(p);
        expect(Math.abs(normalQuantile(1 - p) + x)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(x)));
      }),
    );
    fc.assert(
      fc.property(
        fc.double({ min: 1e-300, max: 1, noNaN: true, maxExcluded: true }),
        fc.double({ min: 1e-300, max: 1, noNaN: true, maxExcluded: true }),
        (a, b) => {
          fc.pre(a < b);
          expect(normalQuantile(a)).toBeLessThanOrEqual(normalQuantile(b));
        },
      ),
    );
  });
});

describe('zFor', () => {
  it('gives the textbook two-sided critical values', () => {
    expectRel(zFor(0.9), 1.6448536269514722, 1e-14);
    expectRel(zFor(0.95), 1.959963984540054, 1e-14);
    expectRel(zFor(0.99), 2.5758293035489004, 1e-14);
    expectRel(zFor(0.95), Z95, 1e-14);
    expect(zFor(0.95).toFixed(4)).toBe('1.9600');
  });

  it('rejects confidence levels outside (0, 1)', () => {
    for (const bad of [0, 1, -0.5, 95, Number.NaN]) expect(() => zFor(bad)).toThrow(RangeError);
  });
});

describe('wilson', () => {
  // Newcombe (1998), Statistics in Medicine 17:857–872, Table II, method 3 (Wilson score, no CC).
  const newcombe: Array<[number, number, number, number]> = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ];
  it.each(newcombe)('%i/%i matches Newcombe (1998): %f to %f', (s, n, lo, hi) => {
    const w = wilson(s, n);
    expect(w.p).toBe(s / n);
    expect(w.lo).toBeCloseTo(lo, 4);
    expect(w.hi).toBeCloseTo(hi, 4);
    expect(w.halfWidth).toBeCloseTo((hi - lo) / 2, 4);
  });

  it('gives a hand-computable interval for 5/10 at z = 2', () => {
    // centre = 0.5; halfWidth = (2 / 1.4) * sqrt(0.025 + 0.01) = sqrt(0.035) / 0.7
    const w = wilson(5, 10, 2);
    const hw = Math.sqrt(0.035) / 0.7;
    expect(w.lo).toBeCloseTo(0.5 - hw, 15);
    expect(w.hi).toBeCloseTo(0.5 + hw, 15);
    expect(w.halfWidth).toBeCloseTo(hw, 15);
  });

  it('n = 0 carries no information', () => {
    const w = wilson(0, 0);
    expect(w.p).toBeNaN();
    expect(w.lo).toBe(0);
    expect(w.hi).toBe(1);
    expect(w.halfWidth).toBe(0.5);
  });

  it('pins the limits exactly at 0 and 1 for all-miss / all-hit', () => {
    expect(wilson(0, 1000).lo).toBe(0);
    expect(wilson(1000, 1000).hi).toBe(1);
    // Closed form for s = 0: hi = z²/(n + z²).
    expect(wilson(0, 1000).hi).toBeCloseTo((Z95 * Z95) / (1000 + Z95 * Z95), 15);
  });

  const countPair = fc
    .integer({ min: 1, max: 1_000_000 })
    .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

  it('limits solve the score equation |p̂ − π| = z·sqrt(π(1 − π)/n)', () => {
    fc.assert(
      fc.property(countPair, fc.double({ min: 0.5, max: 4, noNaN: true }), ([s, n], z) => {
        const w = wilson(s, n, z);
        for (const pi of [w.lo, w.hi]) {
          const lhs = (w.p - pi) ** 2;
          const rhs = (z * z * pi * (1 - pi)) / n;
          expect(Math.abs(lhs - rhs)).toBeLessThan(1e-12);
        }
      }),
    );
  });

  it('is ordered, inside [0, 1], mirror-symmetric and narrower for smaller z', () => {
    fc.assert(
      fc.property(countPair, ([s, n]) => {
        const w = wilson(s, n);
        expect(0 <= w.lo && w.lo <= w.p && w.p <= w.hi && w.hi <= 1).toBe(true);
        const m = wilson(n - s, n);
        expect(m.lo).toBeCloseTo(1 - w.hi, 12);
        expect(m.hi).toBeCloseTo(1 - w.lo, 12);
        expect(wilson(s, n, zFor(0.9)).halfWidth).toBeLessThan(w.halfWidth);
      }),
    );
  });

  it('rejects invalid counts and z', () => {
    expect(() => wilson(3, 2)).toThrow(RangeError);
    expect(() => wilson(-1, 2)).toThrow(RangeError);
    expect(() => wilson(1.5, 2)).toThrow(RangeError);
    expect(() => wilson(1, Number.NaN)).toThrow(RangeError);
    expect(() => wilson(1, 2, 0)).toThrow(RangeError);
    expect(() => wilson(1, 2, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
