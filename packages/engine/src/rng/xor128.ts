/**
 * seedrandom 3.0.5's `xor128` generator (Marsaglia 2003), inlined over typed-array state.
 *
 * Why: a seedrandom generator object per random source costs ~0.5 µs to build and 3–8 ns a draw
 * through its closure, and its state lives in object fields that box past 2^30. Keeping the four
 * state words in an `Int32Array` and stepping them with plain functions gives the identical numbers
 * (proved against seedrandom in `xor128.test.ts`) at < 1 ns a draw and no allocation.
 *
 * Layout: stream `i` owns words `4i .. 4i+3` = x, y, z, w of seedrandom's `XorGen`.
 *
 * @module
 */

/** Number of `Int32Array` words of state per stream. */
export const XOR128_WORDS = 4;

/** seedrandom's seeding of an integer seed: x = seed, y = z = w = 0, then 64 steps discarded. */
function seedBySteps(out: Int32Array, o: number, seed: number): void {
  let x = seed | 0;
  let y = 0;
  let z = 0;
  let w = 0;
  for (let k = 0; k < 64; k++) {
    const t = x ^ (x << 11);
    x = y;
    y = z;
    z = w;
    w = w ^ (w >>> 19) ^ t ^ (t >>> 8);
  }
  out[o] = x;
  out[o + 1] = y;
  out[o + 2] = z;
  out[o + 3] = w;
}

/**
 * The state after seeding, by byte of the seed: entry (b, v) is the state seeding gives the seed
 * `v << 8b`. A step of xor128 is made of shifts and xors only, so it is linear over GF(2): the
 * state a seed gives is the xor of the states its four bytes give alone. Four look-ups instead of
 * 64 steps, the same 128 bits.
 */
const SEEDED = new Int32Array(4 * 256 * XOR128_WORDS);
for (let b = 0; b < 4; b++) for (let v = 0; v < 256; v++) seedBySteps(SEEDED, ((b << 8) | v) * XOR128_WORDS, v << (8 * b));

/**
 * Seeds stream `i` of `state` exactly as `seedrandom.xor128(seed)` does for an integer seed:
 * x = seed, y = z = w = 0, then 64 steps are discarded (done by table, see `SEEDED`).
 *
 * Precondition: `seed` is an int32 (`seed === (seed | 0)`), as {@link seedFor} returns. For any
 * other number seedrandom would take its string-seed path; this function instead uses
 * `seed | 0`, so the two would differ. Seed 0 gives a generator stuck at 0 (as in seedrandom).
 */
export function seedStream(state: Int32Array, i: number, seed: number): void {
  const a = (seed & 0xff) << 2;
  const b = (256 | ((seed >>> 8) & 0xff)) << 2;
  const c = (512 | ((seed >>> 16) & 0xff)) << 2;
  const d = (768 | (seed >>> 24)) << 2;
  const T = SEEDED;
  const o = i << 2;
  state[o] = T[a]! ^ T[b]! ^ T[c]! ^ T[d]!;
  state[o + 1] = T[a + 1]! ^ T[b + 1]! ^ T[c + 1]! ^ T[d + 1]!;
  state[o + 2] = T[a + 2]! ^ T[b + 2]! ^ T[c + 2]! ^ T[d + 2]!;
  state[o + 3] = T[a + 3]! ^ T[b + 3]! ^ T[c + 3]! ^ T[d + 3]!;
}

/**
 * Advances stream `i` one step and returns the new signed 32-bit output — what seedrandom's
 * `prng.int32()` returns.
 */
export function nextInt32(state: Int32Array, i: number): number {
  const o = i << 2;
  const x = state[o];
  const t = x ^ (x << 11);
  const w = state[o + 3];
  state[o] = state[o + 1];
  state[o + 1] = state[o + 2];
  state[o + 2] = w;
  const nw = w ^ (w >>> 19) ^ t ^ (t >>> 8);
  state[o + 3] = nw;
  return nw;
}

/**
 * Advances stream `i` one step and returns a float in [0, 1) with 32 bits of randomness:
 * `(next >>> 0) / 2^32`, exactly the value `seedrandom.xor128(seed)()` returns.
 * Branch-free and allocation-free.
 */
export function nextFloat(state: Int32Array, i: number): number {
  return unitFloat(nextInt32(state, i));
}

/**
 * The float in [0, 1) of a generator word: `(bits >>> 0) / 2^32`, as {@link nextFloat}. The hot
 * path passes words (signed int32, a small integer to V8) out of calls and turns them into floats
 * here, where the float is used: a double returned from a call V8 did not inline is boxed.
 */
export function unitFloat(bits: number): number {
  return (bits >>> 0) / 4294967296;
}
