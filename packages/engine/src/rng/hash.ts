/**
 * Integer hashing for seed derivation.
 *
 * Everything here is pure 32-bit integer arithmetic (`Math.imul`, shifts, xor), which ECMAScript
 * specifies exactly, so every engine on every platform derives the same seeds.
 *
 * @module
 */

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Returned by {@link seedFor} in place of 0: `xor128` seeded with the integer 0 has an all-zero
 * state and yields 0 forever. (Any non-zero int32 gives a non-zero state, because the xor128 step
 * is an invertible linear map whose only fixed point is the zero state.)
 */
export const ZERO_SEED_REPLACEMENT = 0x6d2b79f5;

/** FNV-1a step over one byte. */
function fnvByte(h: number, byte: number): number {
  return Math.imul(h ^ byte, FNV_PRIME);
}

/**
 * FNV-1a, 32-bit, over the UTF-8 encoding of `s`.
 *
 * UTF-8 (not UTF-16 code units) so that the value matches any other FNV-1a implementation fed the
 * same text, e.g. a Python or Rust tool re-deriving a seed. A lone surrogate is encoded as U+FFFD,
 * exactly as `TextEncoder` does. The encoding is done inline, byte by byte, without allocating.
 *
 * @returns an unsigned 32-bit integer.
 */
export function hashString(s: string): number {
  let h = FNV_OFFSET_BASIS;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      h = fnvByte(h, c);
      continue;
    }
    if (c < 0x800) {
      h = fnvByte(h, 0xc0 | (c >>> 6));
      h = fnvByte(h, 0x80 | (c & 0x3f));
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      // Surrogate: a valid pair becomes one code point, anything else U+FFFD.
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        h = fnvByte(h, 0xf0 | (cp >>> 18));
        h = fnvByte(h, 0x80 | ((cp >>> 12) & 0x3f));
        h = fnvByte(h, 0x80 | ((cp >>> 6) & 0x3f));
        h = fnvByte(h, 0x80 | (cp & 0x3f));
        continue;
      }
      c = 0xfffd;
    }
    h = fnvByte(h, 0xe0 | (c >>> 12));
    h = fnvByte(h, 0x80 | ((c >>> 6) & 0x3f));
    h = fnvByte(h, 0x80 | (c & 0x3f));
  }
  return h >>> 0;
}

/** murmur3's 32-bit finaliser: a bijection on 32-bit words with full avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/**
 * Combines two 32-bit words into one well-mixed word: one murmur3_32 block step (absorbing `b`
 * into the running hash `a`) followed by murmur3's `fmix32` finaliser.
 *
 * Order matters (`mix32(a, b) !== mix32(b, a)` in general), and for a fixed `a` the map
 * `b ↦ mix32(a, b)` is a bijection, so distinct inputs at the last step never collide.
 * Inputs are taken modulo 2^32 (as `Math.imul` does).
 *
 * @returns an unsigned 32-bit integer.
 */
export function mix32(a: number, b: number): number {
  return mixBits(a, b) >>> 0;
}

/**
 * {@link mix32} as a signed int32 (the same 32 bits). For the hot path: V8 passes a signed int32
 * into and out of a call it did not inline as a small integer, but an unsigned one at or above
 * 2^31 as a new heap number. Every use of the result (`Math.imul`, `^`, `>>> 0`) reads the bits alone.
 */
export function mixBits(a: number, b: number): number {
  let k = Math.imul(b, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let h = a ^ k;
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  return fmix32(h);
}

/**
 * Derives the seed of one random stream: the stream of source `sourceHash` in run `runIndex` of a
 * batch seeded with `masterSeed`.
 *
 * - `masterSeed`: normally the output of {@link masterSeedOf} (taken modulo 2^32).
 * - `runIndex`: a non-negative safe integer (up to 2^53 − 1). Its low and high 32-bit halves are
 *   mixed in separately, so runs 2^32 apart get unrelated seeds. Not validated (hot path).
 * - `sourceHash`: normally {@link hashString} of the source's name.
 *
 * @returns a signed int32 that is never 0. Signed because seedrandom's xor128 only takes its
 *   integer seeding path when `seed === (seed | 0)`; a uint32 above 2^31 − 1 would be treated as
 *   a string. Never 0 because xor128 seeded with 0 yields 0 forever; a raw 0 is replaced by
 *   {@link ZERO_SEED_REPLACEMENT}.
 */
export function seedFor(masterSeed: number, runIndex: number, sourceHash: number): number {
  return sourceSeed(runKey(masterSeed, runIndex), sourceHash);
}

/**
 * The part of {@link seedFor} shared by every source of a run: the master seed with the run
 * index's two halves absorbed. `seedFor(m, r, h) === sourceSeed(runKey(m, r), h)`; a run that
 * seeds many sources computes this once.
 */
export function runKey(masterSeed: number, runIndex: number): number {
  return runKeyBits(masterSeed, runIndex) >>> 0;
}

/** {@link runKey} as a signed int32 (the same bits; see {@link mixBits}), what the run state keeps. */
export function runKeyBits(masterSeed: number, runIndex: number): number {
  const lo = runIndex >>> 0;
  const hi = Math.floor(runIndex / 4294967296) >>> 0;
  return mixBits(mixBits(masterSeed, lo), hi);
}

/** {@link seedFor} from the run's {@link runKey}. */
export function sourceSeed(key: number, sourceHash: number): number {
  const h = mixBits(key, sourceHash);
  return h === 0 ? ZERO_SEED_REPLACEMENT : h;
}

/**
 * Normalises a user-supplied master seed to an unsigned 32-bit integer.
 *
 * - A number that is an integer in [0, 2^32) is used as is, so `--seed 42` means 42.
 * - Anything else is hashed with {@link hashString}: every string (even `"42"` — callers that read
 *   a number from text should parse it first), and numbers that are negative, fractional,
 *   ≥ 2^32, NaN or infinite, via `String(seed)` (ECMAScript specifies Number-to-string exactly,
 *   so this is portable: `-1` hashes the text `"-1"`).
 *
 * A hashed seed may coincide with some integer seed; that is harmless (it is just another seed).
 *
 * @returns an integer in [0, 2^32).
 */
export function masterSeedOf(seed: number | string): number {
  if (typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed < 4294967296) {
    return seed >>> 0; // `>>> 0` only turns -0 into 0
  }
  return hashString(String(seed));
}
