/**
 * Order statistics of an integer histogram of first-hit ticks.
 *
 * `counts[t]` is the number of runs whose event first happened at tick `t`.
 * Only runs in which the event happened belong in the histogram; runs that
 * never hit are reported separately (as the proportion, see `wilson.ts`).
 *
 * @module
 */

function validateCounts(counts: ArrayLike<number>): number {
  let total = 0;
  for (let t = 0; t < counts.length; t++) {
    const c = counts[t] as number;
    if (!Number.isSafeInteger(c) || c < 0) {
      throw new RangeError(`counts[${String(t)}] must be a non-negative safe integer, got ${String(c)}`);
    }
    total += c;
  }
  if (!Number.isSafeInteger(total)) throw new RangeError('total count exceeds Number.MAX_SAFE_INTEGER');
  return total;
}

/**
 * 1-based rank of the `q`-quantile among `n` sorted observations under the
 * nearest-rank definition: `max(1, ceil(q · n))`. A product `q · n` within a
 * relative 1e-9 of an integer is taken to be that integer, so that decimal
 * inputs such as `q = 0.07, n = 100` give rank 7, not 8 (0.07 · 100 is
 * 7.000000000000001 in binary floating point).
 */
export function nearestRank(q: number, n: number): number {
  const x = q * n;
  const r = Math.round(x);
  const rank = Math.abs(x - r) <= 1e-9 * Math.max(1, x) ? r : Math.ceil(x);
  return Math.min(n, Math.max(1, rank));
}

function assertQ(q: number): void {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`q must be in [0, 1], got ${String(q)}`);
}

/** Smallest tick whose cumulative count reaches `rank` (1-based); `total >= rank >= 1`. */
function tickAtRank(counts: ArrayLike<number>, rank: number): number {
  let cumulative = 0;
  for (let t = 0; t < counts.length; t++) {
    cumulative += counts[t] as number;
    if (cumulative >= rank) return t;
  }
  throw new Error('unreachable: rank exceeds total count');
}

/**
 * The `q`-quantile of the ticks recorded in a histogram, by the **lower /
 * nearest-rank** definition (Hyndman & Fan type 1, the inverse of the
 * empirical CDF): with `N` observations sorted ascending, the quantile is the
 * observation of rank `k = max(1, ceil(q · N))`, i.e. the smallest tick `t`
 * such that at least a fraction `q` of the runs hit at or before `t`.
 *
 * Contract:
 * - The result is always a tick that actually occurs (no interpolation), so
 *   it is an integer index into `counts`.
 * - `q = 0` gives the minimum, `q = 1` the maximum; for an even `N` the median
 *   (`q = 0.5`) is the lower of the two middle observations.
 * - Non-decreasing in `q`.
 * - Empty histogram (all counts zero, or zero length) gives `NaN`.
 * - Throws `RangeError` if `q` is outside `[0, 1]` or NaN, or any count is not
 *   a non-negative safe integer.
 *
 * @param counts `counts[t]` = number of runs whose first hit was at tick `t`
 * @param q quantile level in `[0, 1]`
 */
export function quantileFromCounts(counts: ArrayLike<number>, q: number): number {
  assertQ(q);
  const total = validateCounts(counts);
  if (total === 0) return Number.NaN;
  return tickAtRank(counts, nearestRank(q, total));
}

/** Five-number-style summary of a first-hit tick histogram. */
export interface TickSummary {
  /** Number of runs in the histogram (sum of counts). */
  readonly n: number;
  /** Nearest-rank median (lower median for even `n`). */
  readonly median: number;
  /** Nearest-rank 0.25-quantile. */
  readonly q1: number;
  /** Nearest-rank 0.75-quantile. */
  readonly q3: number;
  /** Earliest tick with a non-zero count. */
  readonly min: number;
  /** Latest tick with a non-zero count. */
  readonly max: number;
  /** Arithmetic mean tick, `Σ t·counts[t] / n`. */
  readonly mean: number;
}

/**
 * Summary statistics of a first-hit tick histogram: `n`, nearest-rank
 * `q1`/`median`/`q3` (see {@link quantileFromCounts}), `min`, `max` and `mean`.
 *
 * Contract:
 * - For an empty histogram `n` is 0 and every other field is `NaN`.
 * - Otherwise `min <= q1 <= median <= q3 <= max` and `min <= mean <= max`; the
 *   order statistics are integer ticks, `mean` is `Σ t·counts[t] / n` with the
 *   numerator accumulated exactly in integers whenever it stays below 2^53.
 * - Throws `RangeError` for a count that is not a non-negative safe integer.
 */
export function summariseTicks(counts: ArrayLike<number>): TickSummary {
  const n = validateCounts(counts);
  if (n === 0) {
    const nan = Number.NaN;
    return { n: 0, median: nan, q1: nan, q3: nan, min: nan, max: nan, mean: nan };
  }
  let min = -1;
  let max = -1;
  let weighted = 0;
  for (let t = 0; t < counts.length; t++) {
    const c = counts[t] as number;
    if (c === 0) continue;
    if (min < 0) min = t;
    max = t;
    weighted += t * c;
  }
  return {
    n,
    median: tickAtRank(counts, nearestRank(0.5, n)),
    q1: tickAtRank(counts, nearestRank(0.25, n)),
    q3: tickAtRank(counts, nearestRank(0.75, n)),
    min,
    max,
    mean: weighted / n,
  };
}
