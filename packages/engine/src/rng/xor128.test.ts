import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { nextFloat, nextInt32, seedStream } from './xor128.js';

/** seedrandom.xor128 with an integer seed (its typings only admit strings). */
function reference(seed: number): seedrandom.PRNG {
  return seedrandom.xor128(seed as unknown as string);
}

const int32 = fc.integer({ min: -0x80000000, max: 0x7fffffff });

describe('inlined xor128', () => {
  it('yields exactly seedrandom.xor128(seed)() for the first 200 draws', () => {
    fc.assert(
      fc.property(int32, (seed) => {
        const ref = reference(seed);
        const state = new Int32Array(4);
        seedStream(state, 0, seed);
        for (let k = 0; k < 200; k++) {
          const expected = ref();
          const actual = nextFloat(state, 0);
          if (actual !== expected) throw new Error(`seed ${seed}, draw ${k}: ${actual} !== ${expected}`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('includes extreme seeds', () => {
    for (const seed of [1, -1, 0x7fffffff, -0x80000000, 42, 0x6d2b79f5]) {
      const ref = reference(seed);
      const state = new Int32Array(4);
      seedStream(state, 0, seed);
      for (let k = 0; k < 200; k++) expect(nextFloat(state, 0)).toBe(ref());
    }
  });

  it('seeds by table as seedrandom does by 64 steps: every single bit, every byte value in every position', () => {
    const seeds: number[] = [];
    for (let b = 0; b < 32; b++) seeds.push((1 << b) | 0, ~(1 << b));
    for (let p = 0; p < 4; p++) for (let v = 0; v < 256; v++) seeds.push((v << (8 * p)) | 0, (v * 0x01010101) ^ (0x5a5a5a5a << p));
    for (const seed of seeds) {
      const ref = reference(seed | 0);
      const state = new Int32Array(8);
      seedStream(state, 1, seed | 0);
      for (let k = 0; k < 4; k++) if (nextInt32(state, 1) !== ref.int32()) throw new Error(`seed ${seed | 0}, draw ${k}`);
    }
  });

  it('nextInt32 equals prng.int32()', () => {
    fc.assert(
      fc.property(int32, (seed) => {
        const ref = reference(seed);
        const state = new Int32Array(4);
        seedStream(state, 0, seed);
        for (let k = 0; k < 50; k++) expect(nextInt32(state, 0)).toBe(ref.int32());
      }),
      { numRuns: 100 },
    );
  });

  it('keeps streams in one array independent under interleaving', () => {
    fc.assert(
      fc.property(
        fc.array(int32, { minLength: 2, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 300 }),
        (seeds, order) => {
          const state = new Int32Array(4 * seeds.length);
          seeds.forEach((s, i) => seedStream(state, i, s));
          const refs = seeds.map(reference);
          for (const o of order) {
            const i = o % seeds.length;
            expect(nextFloat(state, i)).toBe(refs[i]());
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('returns floats in [0, 1)', () => {
    const state = new Int32Array(4);
    seedStream(state, 0, 12345);
    for (let k = 0; k < 100_000; k++) {
      const u = nextFloat(state, 0);
      if (!(u >= 0 && u < 1)) throw new Error(`out of range: ${u}`);
    }
  });

  it('is stuck at 0 for seed 0, like seedrandom (why seedFor never returns 0)', () => {
    const state = new Int32Array(4);
    seedStream(state, 0, 0);
    expect([nextFloat(state, 0), nextFloat(state, 0)]).toEqual([0, 0]);
    expect(reference(0)()).toBe(0);
  });
});
