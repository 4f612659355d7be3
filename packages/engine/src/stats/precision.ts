/**
 * Choosing run counts by target precision: how many Monte Carlo runs make
 * the Wilson interval of a hit rate narrow enough.
 *
 * @module
 */
import { Z95 } from './wilson.js';

/**
 * Half-width of the Wilson score interval at observed proportion `p` after
 * `n` runs, treating `p` as a continuous value:
 * `z / (1 + z²/n) · sqrt(p(1 − p)/n + z²/(4n²))`. For `p = s/n` this equals
 * `wilson(s, n, z).halfWidth` (up to rounding). `n = 0` gives 1/2.
 *
 * Strictly decreasing in `n` for every `p` in `[0, 1]`, and for every `n`
 * largest at `p = 1/2`.
 */
export function wilsonHalfWidth(p: number, n: number, z: number = Z95): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${String(p)}`);
  if (!(n >= 0) || !Number.isFinite(n)) throw new RangeError(`n must be a non-negative finite number, got ${String(n)}`);
  if (!(z > 0) || !Number.isFinite(z)) throw new RangeError(`z must be a positive finite number, got ${String(z)}`);
  if (n === 0) return 0.5;
  const z2 = z * z;
  return (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
}

/**
 * Number of runs needed for the Wilson score interval of a proportion to have
 * half-width at most `halfWidth`: the smallest integer `n >= 1` with
 * `wilsonHalfWidth(p, n, z) <= halfWidth`.
 *
 * Solving `h (n + z²) = z · sqrt(p(1 − p) n + z²/4)` for `n` gives the
 * quadratic `h² n² + (2h²z² − z²p(1 − p)) n + z⁴(h² − 1/4) = 0`; its larger
 * root, rounded up and then corrected by ±1 steps against
 * {@link wilsonHalfWidth}, is the answer. For small `h` this is close to the
 * familiar Wald figure `z² p(1 − p) / h²` (9604 for `p = 1/2`, `h = 0.01`,
 * `z = 1.96`), a little below it.
 *
 * Contract:
 * - `p` is the anticipated proportion in `[0, 1]`; pass `undefined` or `NaN`
 *   when it is unknown to get the worst case `p = 1/2`, which is enough for
 *   every `p`.
 * - `halfWidth > 0` and finite; `z > 0` and finite; otherwise `RangeError`.
 * - Result is an integer `>= 1`; non-increasing in `halfWidth`, non-decreasing
 *   in `z`, and largest at `p = 1/2`. `halfWidth >= 1/2` needs just 1 run.
 * - Throws `RangeError` if the answer would exceed `Number.MAX_SAFE_INTEGER`.
 *
 * @param p anticipated proportion, or `undefined`/`NaN` for the worst case
 * @param halfWidth target half-width of the interval (e.g. 0.01 for ±1 point)
 * @param z two-sided normal critical value, default {@link Z95}
 */
export function runsForHalfWidth(p: number | undefined, halfWidth: number, z: number = Z95): number {
  const prop = p === undefined || Number.isNaN(p) ? 0.5 : p;
  if (!(prop >= 0 && prop <= 1)) throw new RangeError(`p must be in [0, 1], got ${String(p)}`);
  if (!(halfWidth > 0) || !Number.isFinite(halfWidth)) {
    throw new RangeError(`halfWidth must be a positive finite number, got ${String(halfWidth)}`);
  }
  if (!(z > 0) || !Number.isFinite(z)) throw new RangeError(`z must be a positive finite number, got ${String(z)}`);

  const h2 = halfWidth * halfWidth;
  const z2 = z * z;
  const pq = prop * (1 - prop);
  const a = h2;
  const b = 2 * h2 * z2 - z2 * pq;
  const c = z2 * z2 * (h2 - 0.25);
  const disc = Math.max(0, b * b - 4 * a * c);
  const root = (-b + Math.sqrt(disc)) / (2 * a);
  let n = Math.max(1, Math.ceil(root));
  if (!Number.isSafeInteger(n)) throw new RangeError('runsForHalfWidth: required run count is not a safe integer');
  // Correct for rounding in the closed form: wilsonHalfWidth is decreasing in n.
  while (n > 1 && wilsonHalfWidth(prop, n - 1, z) <= halfWidth) n--;
  while (wilsonHalfWidth(prop, n, z) > halfWidth) n++;
  return n;
}
