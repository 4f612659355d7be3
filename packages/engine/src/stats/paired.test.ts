import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newcombeIndependent, newcombePhi, pairedComparison, type PairedCounts } from './paired.js';
import { zFor } from './wilson.js';

/** Small deterministic PRNG for the coverage check (mulberry32). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pairedCounts = fc.record({
  n11: fc.nat({ max: 500 }),
  n10: fc.nat({ max: 500 }),
  n01: fc.nat({ max: 500 }),
  n00: fc.nat({ max: 500 }),
});

describe('newcombeIndependent (Newcombe 1998, method 10)', () => {
  // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10;
  // Perondi et al. (2004) example from Fagerland, Lydersen & Laake, "Statistical
  // Analysis of Contingency Tables" (2017), ch. 4.
  const published: Array<[number, number, number, number, number, number]> = [
    // sB, nB, sA, nA, lo, hi for sB/nB − sA/nA
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [7, 34, 1, 34, 0.0189, 0.3404],
  ];
  it.each(published)('%i/%i − %i/%i: %f to %f', (sB, nB, sA, nA, lo, hi) => {
    const r = newcombeIndependent(sA, nA, sB, nB);
    expect(r.diff).toBeCloseTo(sB / nB - sA / nA, 15);
    expect(r.lo).toBeCloseTo(lo, 4);
    expect(r.hi).toBeCloseTo(hi, 4);
    expect(r.halfWidth).toBeCloseTo((r.hi - r.lo) / 2, 15);
  });

  it('rejects empty samples and impossible counts', () => {
    expect(() => newcombeIndependent(0, 0, 1, 2)).toThrow(RangeError);
    expect(() => newcombeIndependent(3, 2, 1, 2)).toThrow(RangeError);
  });
});

describe('newcombePhi', () => {
  it('applies the continuity adjustment by cases', () => {
    // A = 59·80 − 16·6 = 4624 > n/2 = 80.5: phi = (4624 − 80.5) / sqrt(75·86·65·96)
    expect(newcombePhi({ n11: 59, n10: 16, n01: 6, n00: 80 })).toBeCloseTo(4543.5 / Math.sqrt(75 * 86 * 65 * 96), 15);
    // A = 1·12 − 7·1 = 5 <= n/2 = 10.5: phi = 0
    expect(newcombePhi({ n11: 1, n10: 7, n01: 1, n00: 12 })).toBe(0);
    // A = 0·0 − 5·5 = −25 < 0: phi = −25 / sqrt(5·5·5·5) = −1
    expect(newcombePhi({ n11: 0, n10: 5, n01: 5, n00: 0 })).toBe(-1);
    // an empty margin
    expect(newcombePhi({ n11: 4, n10: 3, n01: 0, n00: 0 })).toBe(0);
  });

  it('lies in [-1, 1]', () => {
    fc.assert(
      fc.property(pairedCounts, (c) => {
        const phi = newcombePhi(c);
        expect(phi).toBeGreaterThanOrEqual(-1);
        expect(phi).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('pairedComparison (Newcombe 1998, paired method 10)', () => {
  it('reproduces the published Cavo et al. (2012) example', () => {
    // Fagerland, Lydersen & Laake (2014), Statistics in Medicine 33:2850–2875:
    // complete response before (A) / after (B) consolidation, table [[59, 6], [16, 80]]
    // with rows = B, columns = A. Newcombe square-and-add: −0.0621 (−0.1186 to −0.0046).
    const r = pairedComparison({ n11: 59, n10: 16, n01: 6, n00: 80 });
    expect(r.n).toBe(161);
    expect(r.pA).toBe(75 / 161);
    expect(r.pB).toBe(65 / 161);
    expect(r.diff).toBe(-10 / 161);
    expect(r.lo).toBeCloseTo(-0.1186, 4);
    expect(r.hi).toBeCloseTo(-0.0046, 4);
    expect(r.distinguishable).toBe(true);
    // Treated as independent samples the same margins cannot be told apart.
    expect(r.independentLo).toBeLessThan(0);
    expect(r.independentHi).toBeGreaterThan(0);
    expect(r.independentLo).toBeCloseTo(newcombeIndependent(75, 161, 65, 161).lo, 15);
    expect(r.independentHi).toBeCloseTo(newcombeIndependent(75, 161, 65, 161).hi, 15);
    expect(r.pairedHalfWidth).toBeCloseTo(0.057, 3);
    expect(r.independentHalfWidth).toBeCloseTo(0.1069, 4);
  });

  it('equals the independent interval when the adjusted phi is 0 (Bentur et al. 2009)', () => {
    // [[1, 1], [7, 12]]: A = 1·12 − 1·7 = 5 <= n/2, so phi = 0.
    const r = pairedComparison({ n11: 1, n10: 7, n01: 1, n00: 12 });
    expect(r.phi).toBe(0);
    expect(r.diff).toBeCloseTo(-6 / 21, 15);
    expect(r.lo).toBe(r.independentLo);
    expect(r.hi).toBe(r.independentHi);
    expect(r.pairedHalfWidth).toBe(r.independentHalfWidth);
  });

  it('n = 0 is uninformative', () => {
    const r = pairedComparison({ n11: 0, n10: 0, n01: 0, n00: 0 });
    expect(r.pA).toBeNaN();
    expect(r.pB).toBeNaN();
    expect(r.diff).toBeNaN();
    expect([r.lo, r.hi, r.pairedHalfWidth, r.independentLo, r.independentHi, r.independentHalfWidth]).toEqual([
      -1, 1, 1, -1, 1, 1,
    ]);
    expect(r.distinguishable).toBe(false);
  });

  it('rejects invalid counts', () => {
    const ok: PairedCounts = { n11: 1, n10: 1, n01: 1, n00: 1 };
    for (const key of ['n11', 'n10', 'n01', 'n00'] as const) {
      for (const bad of [-1, 0.5, Number.NaN]) {
        expect(() => pairedComparison({ ...ok, [key]: bad })).toThrow(RangeError);
      }
    }
    expect(() => pairedComparison(ok, 0)).toThrow(RangeError);
    expect(() => pairedComparison({ n11: 0, n10: 0, n01: 0, n00: 0 }, -1)).toThrow(RangeError);
  });

  it('brackets the estimate, stays in [-1, 1], and flags distinguishable iff 0 is excluded', () => {
    fc.assert(
      fc.property(pairedCounts, (c) => {
        const r = pairedComparison(c);
        fc.pre(r.n > 0);
        expect(r.diff).toBe((c.n01 - c.n10) / r.n);
        expect(-1 <= r.lo && r.lo <= r.diff && r.diff <= r.hi && r.hi <= 1).toBe(true);
        expect(-1 <= r.independentLo && r.independentLo <= r.diff && r.diff <= r.independentHi).toBe(true);
        expect(r.independentHi).toBeLessThanOrEqual(1);
        expect(r.distinguishable).toBe(r.lo > 0 || r.hi < 0);
        expect(r.pairedHalfWidth).toBeCloseTo((r.hi - r.lo) / 2, 15);
      }),
    );
  });

  it('is antisymmetric under swapping A and B', () => {
    fc.assert(
      fc.property(pairedCounts, (c) => {
        fc.pre(c.n11 + c.n10 + c.n01 + c.n00 > 0);
        const r = pairedComparison(c);
        const s = pairedComparison({ n11: c.n11, n10: c.n01, n01: c.n10, n00: c.n00 });
        expect(s.diff + r.diff).toBe(0);
        expect(s.lo).toBeCloseTo(-r.hi, 12);
        expect(s.hi).toBeCloseTo(-r.lo, 12);
        expect(s.phi).toBe(r.phi);
      }),
    );
  });

  it('is narrower than the independent interval exactly when phi > 0', () => {
    fc.assert(
      fc.property(pairedCounts, (c) => {
        const r = pairedComparison(c);
        fc.pre(r.n > 0);
        if (r.phi > 0) expect(r.pairedHalfWidth).toBeLessThanOrEqual(r.independentHalfWidth + 1e-15);
        if (r.phi < 0) expect(r.pairedHalfWidth).toBeGreaterThanOrEqual(r.independentHalfWidth - 1e-15);
        if (r.phi === 0) expect(r.pairedHalfWidth).toBe(r.independentHalfWidth);
      }),
    );
  });

  it('widens with the confidence level', () => {
    const c = { n11: 300, n10: 20, n01: 45, n00: 635 };
    const h90 = pairedComparison(c, zFor(0.9)).pairedHalfWidth;
    const h95 = pairedComparison(c).pairedHalfWidth;
    const h99 = pairedComparison(c, zFor(0.99)).pairedHalfWidth;
    expect(h90).toBeLessThan(h95);
    expect(h95).toBeLessThan(h99);
  });

  it('has close to nominal coverage under common random numbers, with a much narrower interval', () => {
    // pA = 0.30, pB = 0.35; B reuses A's uniform with probability 0.8 (CRN), so
    // the outcomes are strongly positively correlated. True difference 0.05.
    const rand = mulberry32(20240611);
    const reps = 1000;
    const n = 400;
    let covered = 0;
    let independentCovered = 0;
    let pairedWidth = 0;
    let independentWidth = 0;
    for (let rep = 0; rep < reps; rep++) {
      const counts = { n11: 0, n10: 0, n01: 0, n00: 0 };
      for (let i = 0; i < n; i++) {
        const u = rand();
        const v = rand() < 0.8 ? u : rand();
        const a = u < 0.3;
        const b = v < 0.35;
        if (a && b) counts.n11++;
        else if (a) counts.n10++;
        else if (b) counts.n01++;
        else counts.n00++;
      }
      const r = pairedComparison(counts);
      if (r.lo <= 0.05 && 0.05 <= r.hi) covered++;
      if (r.independentLo <= 0.05 && 0.05 <= r.independentHi) independentCovered++;
      pairedWidth += r.pairedHalfWidth;
      independentWidth += r.independentHalfWidth;
    }
    expect(covered / reps).toBeGreaterThan(0.93);
    expect(covered / reps).toBeLessThan(0.975);
    expect(independentCovered / reps).toBeGreaterThan(0.99); // ignores the correlation: too wide
    expect(pairedWidth / independentWidth).toBeLessThan(0.6);
  });
});
