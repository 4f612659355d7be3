import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runsForHalfWidth, wilsonHalfWidth } from './precision.js';
import { wilson, Z95, zFor } from './wilson.js';

const prop = fc.double({ min: 0, max: 1, noNaN: true });
const target = fc.double({ min: 1e-4, max: 0.6, noNaN: true });

describe('wilsonHalfWidth', () => {
  it('agrees with wilson() at p = s/n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        ([s, n]) => {
          expect(wilsonHalfWidth(s / n, n)).toBeCloseTo(wilson(s, n).halfWidth, 12);
        },
      ),
    );
  });

  it('has the closed forms z/(2 sqrt(n + z²)) at p = 1/2 and z²/(2(n + z²)) at p = 0', () => {
    expect(wilsonHalfWidth(0.5, 100, 2)).toBeCloseTo(2 / (2 * Math.sqrt(104)), 15);
    expect(wilsonHalfWidth(0, 100, 2)).toBeCloseTo(4 / (2 * 104), 15);
    expect(wilsonHalfWidth(0.3, 0)).toBe(0.5);
  });

  it('rejects bad arguments', () => {
    expect(() => wilsonHalfWidth(1.1, 10)).toThrow(RangeError);
    expect(() => wilsonHalfWidth(0.5, -1)).toThrow(RangeError);
    expect(() => wilsonHalfWidth(0.5, 10, 0)).toThrow(RangeError);
  });
});

describe('runsForHalfWidth', () => {
  it('matches hand-solved run counts', () => {
    // p = 1/2: z/(2 sqrt(n + z²)) <= h  ⇔  n >= z²/(4h²) − z².
    // z = 1.96, h = 0.01: 9604 − 3.8416 = 9600.1584 → 9601 (Wald would say 9604).
    expect(runsForHalfWidth(0.5, 0.01, 1.96)).toBe(9601);
    // Default z: z² = 3.8414588…, 9603.6470… − 3.8414… = 9599.8056… → 9600.
    expect(runsForHalfWidth(undefined, 0.01)).toBe(9600);
    expect(runsForHalfWidth(Number.NaN, 0.01)).toBe(9600);
    // z = 1.96, h = 0.05: 384.16 − 3.8416 = 380.3184 → 381.
    expect(runsForHalfWidth(0.5, 0.05, 1.96)).toBe(381);
    // p = 0: z²/(2(n + z²)) <= h  ⇔  n >= z²/(2h) − z² = 192.08 − 3.8416 → 189.
    expect(runsForHalfWidth(0, 0.01, 1.96)).toBe(189);
    expect(runsForHalfWidth(1, 0.01, 1.96)).toBe(189);
    // Anything with h >= 1/2 is met by a single run.
    expect(runsForHalfWidth(0.5, 0.5)).toBe(1);
    expect(runsForHalfWidth(0.5, 3)).toBe(1);
  });

  it('returns the smallest n meeting the target', () => {
    fc.assert(
      fc.property(prop, target, fc.double({ min: 0.5, max: 4, noNaN: true }), (p, h, z) => {
        const n = runsForHalfWidth(p, h, z);
        expect(Number.isSafeInteger(n) && n >= 1).toBe(true);
        expect(wilsonHalfWidth(p, n, z)).toBeLessThanOrEqual(h);
        if (n > 1) expect(wilsonHalfWidth(p, n - 1, z)).toBeGreaterThan(h);
      }),
    );
  });

  it('at p = 1/2 delivers the target for an actual Wilson interval with s = n/2', () => {
    for (const h of [0.05, 0.02, 0.01, 0.005]) {
      const n = runsForHalfWidth(undefined, h);
      const even = n + (n % 2);
      expect(wilson(even / 2, even).halfWidth).toBeLessThanOrEqual(h);
    }
  });

  it('is worst at p = 1/2, non-increasing in the target and non-decreasing in z', () => {
    fc.assert(
      fc.property(prop, target, target, (p, h1, h2) => {
        expect(runsForHalfWidth(p, h1)).toBeLessThanOrEqual(runsForHalfWidth(undefined, h1));
        const [small, large] = h1 <= h2 ? [h1, h2] : [h2, h1];
        expect(runsForHalfWidth(p, large)).toBeLessThanOrEqual(runsForHalfWidth(p, small));
        expect(runsForHalfWidth(p, h1, zFor(0.9))).toBeLessThanOrEqual(runsForHalfWidth(p, h1, Z95));
        expect(runsForHalfWidth(p, h1, Z95)).toBeLessThanOrEqual(runsForHalfWidth(p, h1, zFor(0.99)));
      }),
    );
  });

  it('rejects bad arguments', () => {
    expect(() => runsForHalfWidth(-0.1, 0.01)).toThrow(RangeError);
    expect(() => runsForHalfWidth(0.5, 0)).toThrow(RangeError);
    expect(() => runsForHalfWidth(0.5, Number.NaN)).toThrow(RangeError);
    expect(() => runsForHalfWidth(0.5, 0.01, -2)).toThrow(RangeError);
    expect(() => runsForHalfWidth(0.5, 1e-12)).toThrow(RangeError); // beyond 2^53 runs
  });
});
