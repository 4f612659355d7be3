/**
 * Sample percentiles by linear interpolation, for spread across parameter
 * draws (e.g. the 10th–90th percentile band of a hit rate).
 *
 * @module
 */

function sortedCopy(values: readonly number[]): number[] {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) {
      throw new RangeError(`percentile: values[${String(i)}] must be finite, got ${String(v)}`);
    }
  }
  return Array.from(Float64Array.from(values).sort());
}

function assertQ(q: number): void {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`percentile: q must be in [0, 1], got ${String(q)}`);
}

/** Type-7 interpolation on an ascending, non-empty array. */
function interpolate(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const j = Math.floor(h);
  const lo = sorted[j] as number;
  if (j >= sorted.length - 1) return lo;
  const hi = sorted[j + 1] as number;
  const t = h - j;
  if (t === 0) return lo;
  // hi − lo overflows for values of opposite sign near the largest double; 0 × ∞ would be NaN.
  const d = hi - lo;
  const v = Number.isFinite(d) ? lo + t * d : lo * (1 - t) + hi * t;
  // Clamp away rounding so that the result is monotone in q.
  return Math.min(hi, Math.max(lo, v));
}

/**
 * The `q`-quantile of `values` by linear interpolation between order
 * statistics — Hyndman & Fan (1996) type 7, R's default `quantile()` and
 * NumPy's default `percentile()`: with `x₍₁₎ <= … <= x₍ₙ₎` and
 * `h = (n − 1)·q`, the result is `x₍⌊h⌋+1₎ + (h − ⌊h⌋)·(x₍⌊h⌋+2₎ − x₍⌊h⌋+1₎)`.
 *
 * Contract:
 * - Does not mutate `values` (sorts a copy).
 * - `q` is a fraction in `[0, 1]` (0.1 for the 10th percentile), else `RangeError`.
 * - Every value must be finite, else `RangeError`.
 * - Empty input gives `NaN`; `q = 0` gives the minimum and `q = 1` the maximum.
 * - Non-decreasing in `q`; the result lies between the two order statistics
 *   it interpolates.
 */
export function percentile(values: readonly number[], q: number): number {
  assertQ(q);
  const sorted = sortedCopy(values);
  if (sorted.length === 0) return Number.NaN;
  return interpolate(sorted, q);
}

/**
 * Several type-7 quantiles of the same `values`, sorting only once:
 * `percentiles(values, qs)[i] === percentile(values, qs[i])`.
 * Same contract as {@link percentile}.
 */
export function percentiles(values: readonly number[], qs: readonly number[]): number[] {
  qs.forEach(assertQ);
  const sorted = sortedCopy(values);
  return qs.map((q) => (sorted.length === 0 ? Number.NaN : interpolate(sorted, q)));
}
