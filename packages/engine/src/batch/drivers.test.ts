// The band the summary gives for drivers is the band for the *largest* of P rank correlations over
// K draws (Šidák), since the drivers shown are the largest: with parameters that do nothing, the
// largest |ρ| passes it in about 5% of batches, where one parameter's band (1.96/√(K−1)) is passed
// almost always once P is large — the luck a story audit found read as drivers (5 Dec 2026).
import { describe, expect, it } from 'vitest';
import { rankCorrelation } from '../stats/clustered.js';
import { chanceOfLargest } from './summary.js';

/** xorshift32, seeded: the test's own numbers, the same on every machine. */
function numbers(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
}

describe('chance for the largest driver', () => {
  it('is one parameter\'s band for P = 1 and grows with P', () => {
    expect(chanceOfLargest(40, 1)).toBeCloseTo(1.959964 / Math.sqrt(39), 5);
    expect(chanceOfLargest(40, 181)).toBeCloseTo(0.5813, 3);
    expect(chanceOfLargest(20, 181)! > chanceOfLargest(40, 181)!).toBe(true);
    expect(chanceOfLargest(2, 10)).toBeNull();
    expect(chanceOfLargest(40, 0)).toBeNull();
  });

  it('is passed by the largest of P null correlations in about 5% of batches, one parameter\'s band in most', () => {
    const K = 40, P = 60, batches = 400;
    const next = numbers(20261205);
    const band = chanceOfLargest(K, P)!;
    const single = 1.96 / Math.sqrt(K - 1);
    let beyond = 0, beyondSingle = 0;
    for (let b = 0; b < batches; b++) {
      const perDraw = Array.from({ length: K }, next);
      let largest = 0;
      for (let p = 0; p < P; p++) largest = Math.max(largest, Math.abs(rankCorrelation(Array.from({ length: K }, next), perDraw)));
      if (largest > band) beyond++;
      if (largest > single) beyondSingle++;
    }
    // 5% of 400 is 20, sd ≈ 4.4; the normal approximation of ρ is a little conservative.
    expect(beyond).toBeGreaterThan(4);
    expect(beyond).toBeLessThan(36);
    expect(beyondSingle / batches).toBeGreaterThan(0.8);
  });
});
