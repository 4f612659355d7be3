import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ZERO_SEED_REPLACEMENT, hashString, masterSeedOf, mix32, seedFor } from './hash.js';

/** Reference FNV-1a over TextEncoder's UTF-8 bytes. */
function fnv1aRef(s: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(s)) h = Math.imul(h ^ b, 0x01000193);
  return h >>> 0;
}

// --- inverting the last mix32 step, to construct inputs whose raw seed would be 0 ---
function modInverse(a: number): number {
  let x = a; // Newton: x ← x(2 − a x), doubling correct bits each step
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(a, x));
  return x;
}
function unxorshiftRight(h: number, s: number): number {
  let x = h;
  for (let i = 0; i < 32; i += s) x = h ^ (x >>> s);
  return x;
}
function unfmix32(h: number): number {
  h = unxorshiftRight(h, 16);
  h = Math.imul(h, modInverse(0xc2b2ae35));
  h = unxorshiftRight(h, 13);
  h = Math.imul(h, modInverse(0x85ebca6b));
  return unxorshiftRight(h, 16);
}
/** The b with mix32(a, b) === target. */
function unmix32(a: number, target: number): number {
  let h = unfmix32(target);
  h = Math.imul((h - 0xe6546b64) | 0, modInverse(5));
  h = (h >>> 13) | (h << 19);
  let k = h ^ a;
  k = Math.imul(k, modInverse(0x1b873593));
  k = (k >>> 15) | (k << 17);
  return Math.imul(k, modInverse(0xcc9e2d51)) >>> 0;
}

const uint32 = fc.integer({ min: 0, max: 0xffffffff });
const runIndex = fc.oneof(fc.nat(), fc.maxSafeNat());

describe('hashString (FNV-1a 32)', () => {
  it('matches the published test vectors', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });

  it('hashes the UTF-8 bytes, lone surrogates as U+FFFD (like TextEncoder)', () => {
    const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), utf16), (s) => hashString(s) === fnv1aRef(s)));
    for (const s of ['é', '€', '😀', '\ud800', 'a\udc00b', '\ud83d\ude00\ud83d']) expect(hashString(s)).toBe(fnv1aRef(s));
  });
});

describe('mix32', () => {
  it('returns uint32 and is order-sensitive', () => {
    fc.assert(
      fc.property(uint32, uint32, (a, b) => {
        const m = mix32(a, b);
        expect(Number.isInteger(m) && m >= 0 && m <= 0xffffffff).toBe(true);
        if (a !== b) expect(mix32(b, a)).not.toBe(m);
      }),
    );
  });

  it('avalanches: one flipped input bit flips about half the output bits', () => {
    let x = 0x12345678;
    const next = () => (x = mix32(x, 0x9e3779b9)); // any deterministic input stream will do
    let flipped = 0;
    let trials = 0;
    for (let t = 0; t < 2000; t++) {
      const a = next();
      const b = next();
      const base = mix32(a, b);
      for (let bit = 0; bit < 32; bit++) {
        for (const d of [mix32(a ^ (1 << bit), b), mix32(a, b ^ (1 << bit))]) {
          let v = (d ^ base) >>> 0;
          while (v) {
            flipped += v & 1;
            v >>>= 1;
          }
          trials++;
        }
      }
    }
    expect(flipped / trials).toBeGreaterThan(15.8);
    expect(flipped / trials).toBeLessThan(16.2);
  });

  it('is a bijection in b for fixed a (the inverse used below really inverts it)', () => {
    fc.assert(fc.property(uint32, uint32, (a, b) => unmix32(a, mix32(a, b)) === b));
  });
});

describe('seedFor', () => {
  it('returns a deterministic, non-zero signed int32', () => {
    fc.assert(
      fc.property(uint32, runIndex, uint32, (m, r, s) => {
        const seed = seedFor(m, r, s);
        expect(seed).toBe(seed | 0);
        expect(seed).not.toBe(0);
        expect(seedFor(m, r, s)).toBe(seed);
      }),
    );
  });

  it('maps a raw 0 to the fixed non-zero constant', () => {
    fc.assert(
      fc.property(uint32, runIndex, (m, r) => {
        // Build the source hash whose raw mix is exactly 0.
        const h = mix32(mix32(m, r >>> 0), Math.floor(r / 2 ** 32) >>> 0);
        const s = unmix32(h, 0);
        expect(seedFor(m, r, s)).toBe(ZERO_SEED_REPLACEMENT);
        expect(seedFor(m, r, (s + 1) >>> 0)).not.toBe(ZERO_SEED_REPLACEMENT);
      }),
    );
  });

  it('depends on the high half of the run index', () => {
    fc.assert(
      fc.property(uint32, fc.nat({ max: 2 ** 20 }), uint32, fc.integer({ min: 1, max: 2 ** 21 - 1 }), (m, r, s, hi) => {
        expect(seedFor(m, r + hi * 2 ** 32, s)).not.toBe(seedFor(m, r, s));
      }),
    );
    expect(seedFor(1, 2 ** 53 - 1, 2)).not.toBe(seedFor(1, 2 ** 32 - 1, 2));
  });

  it('separates master seeds, runs and sources (no collisions in a small grid)', () => {
    const seen = new Set<number>();
    for (let m = 0; m < 10; m++) for (let r = 0; r < 100; r++) for (let s = 0; s < 10; s++) seen.add(seedFor(m, r, s));
    expect(seen.size).toBe(10_000);
  });

  it('is pinned (changing these values changes every simulation: bump SEED_SCHEME)', () => {
    expect([seedFor(0, 0, 0), seedFor(42, 7, hashString('coup')), seedFor(2 ** 32 - 1, 2 ** 53 - 1, 1)]).toEqual([
      -1952165050, -454929379, -1085894316,
    ]);
  });
});

describe('masterSeedOf', () => {
  it('uses non-negative integers below 2^32 as is', () => {
    fc.assert(fc.property(uint32, (n) => masterSeedOf(n) === n));
    expect(Object.is(masterSeedOf(-0), 0)).toBe(true);
  });

  it('hashes strings and other numbers via their text', () => {
    expect(masterSeedOf('42')).toBe(hashString('42'));
    expect(masterSeedOf('42')).not.toBe(42);
    expect(masterSeedOf(-1)).toBe(hashString('-1'));
    expect(masterSeedOf(1.5)).toBe(hashString('1.5'));
    expect(masterSeedOf(2 ** 32)).toBe(hashString('4294967296'));
    expect(masterSeedOf(NaN)).toBe(hashString('NaN'));
  });

  it('always returns an integer in [0, 2^32)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.string(), fc.integer()), (x) => {
        const m = masterSeedOf(x);
        return Number.isInteger(m) && m >= 0 && m < 2 ** 32 && masterSeedOf(x) === m;
      }),
    );
  });
});
