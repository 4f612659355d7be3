import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { hashString, seedFor } from './hash.js';
import { SEED_SCHEME, Streams } from './streams.js';

const names = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 10 });
const uint32 = fc.integer({ min: 0, max: 0xffffffff });
const runIndex = fc.oneof(fc.nat({ max: 1_000_000 }), fc.maxSafeNat());

function draws(s: Streams, i: number, n: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < n; k++) out.push(s.next(i));
  return out;
}

describe('Streams', () => {
  it(`implements ${SEED_SCHEME}: source s in run r is seedrandom.xor128(seedFor(m, r, fnv1a(s)))`, () => {
    fc.assert(
      fc.property(names, uint32, runIndex, (ns, m, r) => {
        const s = new Streams(ns);
        s.reset(m, r);
        ns.forEach((name, i) => {
          const ref = seedrandom.xor128(seedFor(m, r, hashString(name)) as unknown as string);
          for (let k = 0; k < 20; k++) expect(s.next(i)).toBe(ref());
        });
      }),
      { numRuns: 100 },
    );
  });

  it('leaves every other source unchanged when a source is added (substream independence)', () => {
    fc.assert(
      fc.property(names, fc.string({ minLength: 1 }), fc.nat(), uint32, runIndex, (ns, extra, at, m, r) => {
        fc.pre(!ns.includes(extra));
        const bigger = ns.slice();
        bigger.splice(at % (ns.length + 1), 0, extra);
        const a = new Streams(ns);
        const b = new Streams(bigger);
        a.reset(m, r);
        b.reset(m, r);
        for (let i = 0; i < ns.length; i++) {
          expect(draws(b, b.indexOf(ns[i]), 30)).toEqual(draws(a, i, 30));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("does not let one source's draw count affect another's numbers", () => {
    const s = new Streams(['a', 'b']);
    s.reset(7, 3);
    const bAlone = draws(s, 1, 10);
    s.reset(7, 3);
    draws(s, 0, 1234);
    expect(draws(s, 1, 10)).toEqual(bAlone);
  });

  it('reset reproduces a run exactly, and other runs and seeds differ', () => {
    const s = new Streams(['coup', 'vote', 'strike']);
    s.reset(1, 0);
    const run0 = [0, 1, 2].map((i) => draws(s, i, 50));
    s.reset(1, 1);
    const run1 = [0, 1, 2].map((i) => draws(s, i, 50));
    s.reset(2, 0);
    const seed2 = [0, 1, 2].map((i) => draws(s, i, 50));
    s.reset(1, 0);
    expect([0, 1, 2].map((i) => draws(s, i, 50))).toEqual(run0);
    for (let i = 0; i < 3; i++) {
      expect(run1[i]).not.toEqual(run0[i]);
      expect(seed2[i]).not.toEqual(run0[i]);
    }
    expect(run0[0]).not.toEqual(run0[1]);
  });

  it('source(i) is a stable () => number over the same stream', () => {
    const s = new Streams(['a', 'b']);
    const fb = s.source(1);
    expect(s.source(1)).toBe(fb);
    s.reset(5, 9);
    const viaNext = draws(s, 1, 5);
    s.reset(5, 9);
    expect([fb(), fb(), fb(), fb(), fb()]).toEqual(viaNext);
    expect(() => s.source(2)).toThrow(RangeError);
  });

  it('rejects duplicate names and names with colliding hashes', () => {
    expect(() => new Streams(['a', 'b', 'a'])).toThrow(/listed twice/);
    // A known FNV-1a 32-bit collision.
    expect(hashString('costarring')).toBe(hashString('liquid'));
    expect(() => new Streams(['costarring', 'liquid'])).toThrow(/same 32-bit name hash/);
  });

  it('is pinned (changing these values changes every simulation: bump SEED_SCHEME)', () => {
    expect(SEED_SCHEME).toBe('casus-keyed-v2');
    const s = new Streams(['coup', 'vote']);
    s.reset(42, 7);
    expect([s.next(0), s.next(0), s.next(1)]).toEqual([0.8954857336357236, 0.5485808765515685, 0.08720688871107996]);
  });
});
