// Keyed numbers are the scheme's triggers and de-escalation waits: pinned values (changing them
// changes every simulation: bump SEED_SCHEME), uniform, distinct per position, and geometric waits
// with the law they claim.
import { describe, expect, it } from 'vitest';
import { geometricWait, keyedBits, keyedFloat, keyedInt } from './keyed.js';
import { mix32, mixBits, runKey, runKeyBits, sourceSeed } from './hash.js';
import { log } from './math.js';
import { Streams } from './streams.js';
import { unitFloat } from './xor128.js';

describe('keyed numbers', () => {
  it('are pinned (changing these values changes every simulation: bump SEED_SCHEME)', () => {
    expect([0, 1, 2, 3].map((k) => keyedInt(123456789, k))).toMatchSnapshot();
  });

  it('as signed words (what the hot path passes, unboxed) hold the very same bits and numbers', () => {
    // Keys and positions on both sides of 2^31, where a signed and an unsigned word differ.
    const keys = [0, 1, 123456789, 0x7fffffff, 0x80000000, 0xdeadbeef, 0xffffffff, -1, -123456789];
    for (const a of keys) {
      for (const b of keys) {
        expect(mixBits(a, b)).toBe(mix32(a, b) | 0);
        expect(keyedBits(a, b & 0xffff)).toBe(keyedInt(a, b & 0xffff) | 0);
        expect(unitFloat(keyedBits(a, b & 0xffff))).toBe(keyedFloat(a, b & 0xffff));
        expect(sourceSeed(runKeyBits(a >>> 0, b >>> 0), 0x9e3779b9)).toBe(sourceSeed(runKey(a >>> 0, b >>> 0), 0x9e3779b9));
      }
    }
    const st = new Streams(['x', 'y']);
    const twin = new Streams(['x', 'y']);
    st.reset(2026, 7); twin.reset(2026, 7);
    for (let k = 0; k < 100; k++) expect(unitFloat(st.nextBits(k & 1))).toBe(twin.next(k & 1));
  });

  it('are uniform on [0, 1): 64 bins over 256,000 positions and 1,000 keys pass a chi-square test', () => {
    const bins = new Float64Array(64);
    for (let key = 0; key < 1000; key++) for (let k = 0; k < 256; k++) bins[Math.floor(keyedFloat(key * 2654435761, k) * 64)]!++;
    const expected = 256_000 / 64;
    let chi2 = 0;
    for (const b of bins) chi2 += (b - expected) ** 2 / expected;
    // 63 degrees of freedom: the 99.9% quantile is 103.4.
    expect(chi2).toBeLessThan(103.4);
  });

  it('give neighbouring positions uncorrelated numbers', () => {
    let sxy = 0, sx = 0, sy = 0, sxx = 0, syy = 0;
    const n = 100_000;
    for (let k = 0; k < n; k++) {
      const x = keyedFloat(42, k), y = keyedFloat(42, k + 1);
      sx += x; sy += y; sxy += x * y; sxx += x * x; syy += y * y;
    }
    const r = (sxy - (sx * sy) / n) / Math.sqrt((sxx - (sx * sx) / n) * (syy - (sy * sy) / n));
    expect(Math.abs(r)).toBeLessThan(0.015);
  });

  it('geometric waits have mean (1 − q)/q', () => {
    for (const q of [0.01, 0.2, 0.7]) {
      let sum = 0;
      const n = 200_000;
      for (let k = 0; k < n; k++) sum += geometricWait(keyedFloat(7, k), q, log(1 - q));
      const mean = (1 - q) / q;
      const sd = Math.sqrt(1 - q) / q / Math.sqrt(n);
      expect(Math.abs(sum / n - mean)).toBeLessThan(5 * sd);
    }
    expect(geometricWait(0.99, 1, 0)).toBe(0);
    expect(geometricWait(0.5, 0, 0)).toBe(1 << 30);
  });
});
