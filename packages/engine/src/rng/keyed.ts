/**
 * Counter-based ("keyed") random numbers: the k-th number of a source is a hash of (master seed,
 * run index, source name, k), computed when needed and never stepped through.
 *
 * Why: a source whose numbers are addressed by position needs no generator state, no seeding (an
 * `xor128` costs 64 steps to seed) and no draw on the ticks where nothing could happen, while two
 * variants of a scenario still see the very same k-th number of every source (common random
 * numbers). Triggers use it for their candidate ticks and acceptance numbers (see
 * `run/trigger-clock.ts`), de-escalation for its waiting times.
 *
 * Everything is 32-bit integer arithmetic (`Math.imul`, shifts, xor) plus the engine's own
 * {@link log}, so the numbers are the same on every platform.
 *
 * @module
 */
import { mixBits } from './hash.js';
import { log } from './math.js';
import { unitFloat } from './xor128.js';

/** Absorbed after the position, so that `keyedInt(b, k)` is two full murmur3 rounds away from `b`. */
const KEYED_SALT = 0x2545f491;

/**
 * The number at position `k` (an integer in [0, 2^32)) of the source whose per-run key is `base`
 * (normally `seedFor(masterSeed, runIndex, hashString(name))`), as an unsigned 32-bit integer.
 * For a fixed `base` the map `k ↦ keyedInt(base, k)` is a bijection, so no two positions of one
 * source ever give the same integer.
 */
export function keyedInt(base: number, k: number): number {
  return keyedBits(base, k) >>> 0;
}

/**
 * {@link keyedInt} as a signed int32 (the same bits), for the hot path: an unsigned result at or
 * above 2^31 leaves a call V8 did not inline as a new heap number, a signed one as a small integer
 * (rng/hash `mixBits`). Its float is `unitFloat(bits)`.
 */
export function keyedBits(base: number, k: number): number {
  return mixBits(mixBits(base, k), KEYED_SALT);
}

/** {@link keyedInt} as a float in [0, 1): the integer divided by 2^32. */
export function keyedFloat(base: number, k: number): number {
  return unitFloat(keyedBits(base, k));
}

/**
 * Ticks to wait before the next success of independent Bernoulli(q) trials, one a tick, counting
 * the current tick as the first trial: 0 when the current tick succeeds. Inversion of the geometric
 * law with `u` in [0, 1): `floor(log(1 − u) / log(1 − q))`, with `logOneMinusQ = log(1 − q)`
 * precomputed. `q ≥ 1` waits 0; `q ≤ 0` waits (practically) forever.
 */
export function geometricWait(u: number, q: number, logOneMinusQ: number): number {
  if (q >= 1) return 0;
  if (!(q > 0)) return 1 << 30;
  const w = Math.floor(log(1 - u) / logOneMinusQ);
  return w < 1 << 30 ? w : 1 << 30;
}
