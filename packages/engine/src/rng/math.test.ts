import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exp, log, logOneMinusUnit, powDet } from './math.js';

function relErr(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.abs(b);
}

/** 2 ulp, roughly: both ours and the engine's are within 1 ulp of the true value. */
const TWO_ULP = 4.5e-16;

const expArg = fc.double({ min: -708, max: 709.78, noNaN: true }); // normal results
const logArg = fc.double({ min: Number.MIN_VALUE, max: 1e300, noNaN: true });

describe('deterministic exp', () => {
  it('agrees with Math.exp within 1e-13 relative (in fact within 2 ulp)', () => {
    fc.assert(
      fc.property(fc.oneof(expArg, fc.double({ min: -1, max: 1, noNaN: true })), (x) => {
        const e = relErr(exp(x), Math.exp(x));
        expect(e).toBeLessThan(1e-13);
        expect(e).toBeLessThan(TWO_ULP);
      }),
      { numRuns: 20_000 },
    );
  });

  it('is within one subnormal step of Math.exp for subnormal results', () => {
    fc.assert(
      fc.property(fc.double({ min: -745.2, max: -708, noNaN: true }), (x) => {
        expect(Math.abs(exp(x) - Math.exp(x))).toBeLessThanOrEqual(Number.MIN_VALUE + Math.exp(x) * TWO_ULP);
      }),
      { numRuns: 5_000 },
    );
  });

  it('handles the edge cases', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(relErr(exp(1), Math.E)).toBeLessThan(TWO_ULP);
    expect(exp(710)).toBe(Infinity);
    expect(exp(709.78)).toBeLessThan(Infinity);
    expect(exp(709.782712893384)).toBe(1.7976931348622732e308);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(-746)).toBe(0);
    expect(exp(-745)).toBe(5e-324);
    expect(exp(NaN)).toBeNaN();
    expect(exp(1e-300)).toBe(1);
  });
});

describe('deterministic log', () => {
  it('agrees with Math.log within 1e-13 relative (in fact within 2 ulp)', () => {
    fc.assert(
      fc.property(fc.oneof(logArg, fc.double({ min: 0.5, max: 2, noNaN: true })), (x) => {
        const e = relErr(log(x), Math.log(x));
        expect(e).toBeLessThan(1e-13);
        expect(e).toBeLessThan(TWO_ULP);
      }),
      { numRuns: 20_000 },
    );
  });

  it('handles subnormal arguments and the edge cases', () => {
    expect(log(Number.MIN_VALUE)).toBe(Math.log(Number.MIN_VALUE));
    expect(relErr(log(1.5e-310), Math.log(1.5e-310))).toBeLessThan(TWO_ULP);
    expect(log(Number.MAX_VALUE)).toBe(Math.log(Number.MAX_VALUE));
    expect(Object.is(log(1), 0)).toBe(true);
    expect(log(2)).toBe(Math.LN2);
    expect(log(Math.E)).toBe(1);
    expect(log(0)).toBe(-Infinity);
    expect(log(-0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(-Infinity)).toBeNaN();
    expect(log(NaN)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
  });
});

describe('log reads the exponent from the bits', () => {
  // The exponent once came from a binary search of the table of powers of two; reading it from
  // the IEEE-754 bits must give the same index, hence the same logarithm, for every positive double.
  const POW2: number[] = [];
  for (let k = -1022, p = 2 ** -1022; k <= 1023; k++, p *= 2) POW2.push(p);
  function searchedIndex(x: number): number {
    let lo = 0;
    let hi = 2045;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (POW2[mid]! <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  it('finds the index a search of the powers of two finds, for normal doubles across the whole range', () => {
    const bits = new Float64Array(1);
    const words = new Uint32Array(bits.buffer);
    const high = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
    fc.assert(fc.property(fc.double({ min: 2.2250738585072014e-308, max: Number.MAX_VALUE, noNaN: true }), (x) => {
      bits[0] = x;
      expect(((words[high]! >>> 20) & 0x7ff) - 1).toBe(searchedIndex(x));
    }), { numRuns: 20_000 });
    for (const x of [2.2250738585072014e-308, 1, 2, 2 - 2 ** -52, Number.MAX_VALUE, 0.5, 3]) { bits[0] = x; expect(((words[high]! >>> 20) & 0x7ff) - 1).toBe(searchedIndex(x)); }
  });
  it('scales to [1, 2) by a product with 2^-e exactly as by a quotient with 2^e, for every exponent', () => {
    const bits = new Float64Array(1);
    const words = new Uint32Array(bits.buffer);
    const high = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
    const check = (x: number): void => {
      bits[0] = x;
      const lo = ((words[high]! >>> 20) & 0x7ff) - 1;
      if (x / POW2[lo]! !== x * (1 / POW2[lo]!)) throw new Error(`${x}: ${x / POW2[lo]!} !== ${x * (1 / POW2[lo]!)}`);
    };
    fc.assert(fc.property(fc.double({ min: 2.2250738585072014e-308, max: Number.MAX_VALUE, noNaN: true }), (x) => { check(x); }), { numRuns: 20_000 });
    for (let k = 0; k < 2046; k++) for (const f of [1, 1.5, 2 - 2 ** -52, 1 + 2 ** -52]) { const x = POW2[k]! * f; if (x < Infinity) check(x); }
  });
  it('is pinned on powers of two and their neighbours', () => {
    expect(log(1)).toBe(0);
    expect(log(2)).toBe(0.6931471805599453);
    expect(log(0.5)).toBe(-0.6931471805599453);
    expect(log(Number.MAX_VALUE)).toBe(709.782712893384);
    expect(log(5e-324)).toBe(-744.4400719213812);
  });
});

describe('exp and log together', () => {
  it('exp(log(x)) ≈ x, error growing only with |log x| as it must', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (x) => {
        expect(relErr(exp(log(x)), x)).toBeLessThan(1e-13);
        expect(relErr(exp(log(x)), x)).toBeLessThanOrEqual((Math.abs(Math.log(x)) + 2) * 2.3e-16);
      }),
      { numRuns: 10_000 },
    );
  });

  it('log(exp(y)) ≈ y', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (y) => {
        expect(Math.abs(log(exp(y)) - y)).toBeLessThanOrEqual(Math.max(Math.abs(y), 1) * TWO_ULP);
      }),
      { numRuns: 10_000 },
    );
  });

  it('is pinned bit for bit (these are the engine-independent values)', () => {
    expect([exp(-0.5), exp(3.7), exp(-700.25), log(0.3), log(123456.789), log(1e-310)]).toEqual([
      0.6065306597126334, 40.4473043600674, 7.678723813110872e-305, -1.2039728043259361, 11.723646487185881,
      -713.8013788281542,
    ]);
  });
});

describe('powDet', () => {
  it('agrees with Math.pow within 1e-13 relative for positive bases and moderate results', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-10, max: 1e10, noNaN: true }), fc.double({ min: -20, max: 20, noNaN: true }), (x, y) => {
        const p = Math.pow(x, y);
        fc.pre(p > 1e-300 && p < 1e300);
        expect(relErr(powDet(x, y), p)).toBeLessThan(1e-13);
      }),
      { numRuns: 20_000 },
    );
  });

  it('handles the edge cases', () => {
    expect(powDet(2, 10)).toBe(1024);
    expect(powDet(0, 2)).toBe(0);
    expect(powDet(0, -2)).toBe(Infinity);
    expect(powDet(5, 0)).toBe(1);
    expect(powDet(NaN, 0)).toBe(1);
    expect(powDet(-8, 1 / 3)).toBeNaN();
    expect(powDet(1, 1e300)).toBe(1);
  });
});

describe('logOneMinusUnit', () => {
  // A word's number is (bits >>> 0) / 2^32; the waiting times of the trigger clocks take the log
  // of one minus it. The shortcut must give log's bits for every word, signed or not.
  const viaLog = (bits: number): number => log(1 - (bits >>> 0) / 4294967296);
  const same = (a: number, b: number): boolean => Object.is(a, b);

  it('equals log(1 − u) bit for bit on the edge words', () => {
    const words = [0, 1, 2, 3, -1, -2, 0x7fffffff, -0x80000000, 0x80000001 | 0, 0x6a09e667, 0x95f61999 | 0];
    for (let b = 0; b < 32; b++) words.push((1 << b) | 0, ((1 << b) - 1) | 0, ((1 << b) + 1) | 0, (-(1 << b)) | 0, (-(1 << b) + 1) | 0, (-(1 << b) - 1) | 0);
    for (const w of words) {
      expect(same(logOneMinusUnit(w), viaLog(w)), `word ${w}`).toBe(true);
      expect(same(logOneMinusUnit(w >>> 0), viaLog(w)), `word ${w >>> 0}`).toBe(true);
    }
  });

  it('equals log(1 − u) bit for bit on random words', () => {
    let x = 0x2545f491;
    for (let n = 0; n < 1_000_000; n++) {
      x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
      if (!same(logOneMinusUnit(x | 0), viaLog(x | 0))) expect.fail(`word ${x | 0}`);
    }
  });
});
