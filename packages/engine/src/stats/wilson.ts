/**
 * Wilson score interval for a binomial proportion, and the standard normal
 * quantile function used to turn a confidence level into a z value.
 *
 * Everything here is a pure function of its arguments: integer counts in,
 * floating-point summaries out. No randomness, no clock, no I/O.
 *
 * @module
 */

/** z for a two-sided 95% interval: the 0.975 quantile of N(0, 1). */
export const Z95 = 1.959963984540054;

/** A Wilson score interval for a proportion. */
export interface WilsonInterval {
  /** Point estimate `successes / n` (the sample proportion); `NaN` when `n = 0`. */
  readonly p: number;
  /** Lower limit, in `[0, 1]`; exactly `0` when `successes = 0`. */
  readonly lo: number;
  /** Upper limit, in `[0, 1]`; exactly `1` when `successes = n`. */
  readonly hi: number;
  /**
   * `(hi - lo) / 2`. The Wilson interval is not centred on `p` (it is centred on
   * a point pulled towards 1/2), so this is half the width, not `p - lo`.
   */
  readonly halfWidth: number;
}

function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative safe integer, got ${String(value)}`);
  }
}

function assertZ(z: number): void {
  if (!Number.isFinite(z) || z <= 0) {
    throw new RangeError(`z must be a positive finite number, got ${String(z)}`);
  }
}

/**
 * Wilson score interval (Wilson 1927, JASA 22:209–212) for `successes` out of `n`
 * Bernoulli trials:
 *
 * ```
 * centre    = (p̂ + z²/(2n)) / (1 + z²/n)
 * halfWidth = z / (1 + z²/n) · sqrt(p̂(1 − p̂)/n + z²/(4n²))
 * ```
 *
 * Contract:
 * - `successes` and `n` are non-negative safe integers with `successes <= n`,
 *   `z` is positive and finite; otherwise a `RangeError` is thrown.
 * - `n = 0` (no information) gives `{ p: NaN, lo: 0, hi: 1, halfWidth: 0.5 }`.
 * - `0 <= lo <= p <= hi <= 1`; `lo` is exactly 0 when `successes = 0` and `hi`
 *   is exactly 1 when `successes = n` (rounding cannot push them off the bounds).
 * - Symmetric: `wilson(n - s, n)` is `wilson(s, n)` mirrored about 1/2.
 *
 * @param successes number of runs in which the event happened
 * @param n total number of runs
 * @param z two-sided normal critical value; default is the 95% value {@link Z95}
 */
export function wilson(successes: number, n: number, z: number = Z95): WilsonInterval {
  assertCount('successes', successes);
  assertCount('n', n);
  assertZ(z);
  if (successes > n) {
    throw new RangeError(`successes (${String(successes)}) must not exceed n (${String(n)})`);
  }
  if (n === 0) return { p: Number.NaN, lo: 0, hi: 1, halfWidth: 0.5 };

  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const hw = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // The exact interval lies inside [0, 1] and contains p̂; clamp away rounding.
  const lo = successes === 0 ? 0 : Math.min(p, Math.max(0, centre - hw));
  const hi = successes === n ? 1 : Math.max(p, Math.min(1, centre + hw));
  return { p, lo, hi, halfWidth: (hi - lo) / 2 };
}

// Coefficients of Wichura's Algorithm AS 241 (PPND16), Applied Statistics 37(3)
// 477–484, 1988: rational approximations accurate to about 1 part in 1e16.
// Each published 20-digit coefficient is written as the shortest literal that
// round-trips to the same IEEE double. Ordered from the constant term upwards
// (Horner evaluation below); B, D and F have leading term 1.
const A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946,
  45921.95393154987, 67265.7709270087, 33430.57558358813, 2509.0809287301227,
] as const;
const B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597,
  39307.89580009271, 28729.085735721943, 5226.495278852854,
] as const;
const C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045,
  1.2704582524523684, 0.2417807251774506, 0.022723844989269184, 7.745450142783414e-4,
] as const;
const D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008,
  0.015198666563616457, 5.475938084995345e-4, 1.0507500716444169e-9,
] as const;
const E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
  0.026532189526576124, 0.0012426609473880784, 2.7115555687434876e-5, 2.0103343992922881e-7,
] as const;
const F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 7.868691311456133e-4,
  1.8463183175100548e-5, 1.421511758316446e-7, 2.0442631033899397e-15,
] as const;

function horner(coeffs: readonly number[], x: number): number {
  let acc = 0;
  for (let i = coeffs.length - 1; i >= 0; i--) acc = acc * x + (coeffs[i] as number);
  return acc;
}

/**
 * Quantile function (inverse CDF) of the standard normal distribution, by
 * Wichura's Algorithm AS 241 (PPND16), the algorithm behind R's `qnorm`.
 * The approximation itself is good to about 1 part in 1e16; evaluated in
 * doubles the result is within a few ulps (relative error below 1e-14) over
 * the whole open interval, down to `p = 1e-300`.
 *
 * Contract:
 * - `p` in `(0, 1)` gives the finite `x` with `Φ(x) = p`; strictly increasing.
 * - `p = 0` gives `-Infinity`, `p = 1` gives `+Infinity`.
 * - `p` outside `[0, 1]` or `NaN` throws a `RangeError`.
 * - Antisymmetric about 1/2: `normalQuantile(1 - p) = -normalQuantile(p)`
 *   (exactly whenever `1 - p` is itself exact).
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) {
    throw new RangeError(`normalQuantile: p must be in [0, 1], got ${String(p)}`);
  }
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * horner(A, r)) / horner(B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x = horner(C, r) / horner(D, r);
  } else {
    r -= 5;
    x = horner(E, r) / horner(F, r);
  }
  return q < 0 ? -x : x;
}

/**
 * Two-sided normal critical value for a confidence level:
 * `zFor(c) = Φ⁻¹(1 − (1 − c)/2)`, e.g. 1.6449 for 0.9, 1.9600 for 0.95,
 * 2.5758 for 0.99.
 *
 * @param confidence confidence level strictly between 0 and 1; otherwise a
 *   `RangeError` is thrown.
 */
export function zFor(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`zFor: confidence must be in (0, 1), got ${String(confidence)}`);
  }
  // Use the lower tail (1 - c)/2, which is representable more precisely near 0.
  return -normalQuantile((1 - confidence) / 2);
}
