/**
 * Paired comparison of two binary outcomes measured on the same runs.
 *
 * With common random numbers, run `i` of variant A and run `i` of variant B
 * share their seed, so the two outcomes are positively correlated and the
 * difference of the two hit rates is estimated much more precisely than two
 * independent samples of the same size would allow. This module gives the
 * paired interval and, for contrast, the interval an independent two-sample
 * analysis of the same counts would have produced.
 *
 * @module
 */
import { wilson, Z95 } from './wilson.js';

/**
 * The 2×2 table of paired outcomes over `n = n11 + n10 + n01 + n00` runs.
 * All four are non-negative safe integers.
 */
export interface PairedCounts {
  /** Runs in which both A and B hit. */
  readonly n11: number;
  /** Runs in which A hit and B did not. */
  readonly n10: number;
  /** Runs in which B hit and A did not. */
  readonly n01: number;
  /** Runs in which neither hit. */
  readonly n00: number;
}

/** A confidence interval for a difference of proportions. */
export interface DifferenceInterval {
  /** Point estimate of the difference. */
  readonly diff: number;
  /** Lower limit, in `[-1, 1]`. */
  readonly lo: number;
  /** Upper limit, in `[-1, 1]`. */
  readonly hi: number;
  /** `(hi - lo) / 2`; the interval is in general not centred on `diff`. */
  readonly halfWidth: number;
}

/** Result of {@link pairedComparison}. */
export interface PairedComparison {
  /** Number of paired runs. */
  readonly n: number;
  /** Hit rate of A, `(n11 + n10) / n`; `NaN` when `n = 0`. */
  readonly pA: number;
  /** Hit rate of B, `(n11 + n01) / n`; `NaN` when `n = 0`. */
  readonly pB: number;
  /** `pB - pA` (equivalently `(n01 - n10) / n`); `NaN` when `n = 0`. */
  readonly diff: number;
  /** Lower limit of the paired interval for `pB - pA`. */
  readonly lo: number;
  /** Upper limit of the paired interval for `pB - pA`. */
  readonly hi: number;
  /** `(hi - lo) / 2` of the paired interval. */
  readonly pairedHalfWidth: number;
  /** True iff the paired interval excludes 0 (`lo > 0` or `hi < 0`). */
  readonly distinguishable: boolean;
  /**
   * The correlation estimate used by the paired interval (Newcombe's
   * continuity-adjusted phi, see {@link pairedComparison}); 0 when a margin is empty.
   */
  readonly phi: number;
  /** Lower limit the same counts would give if A and B were independent samples of size `n`. */
  readonly independentLo: number;
  /** Upper limit of that independent-samples interval. */
  readonly independentHi: number;
  /** `(independentHi - independentLo) / 2`. */
  readonly independentHalfWidth: number;
}

function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative safe integer, got ${String(value)}`);
  }
}

const clampDiff = (x: number): number => Math.min(1, Math.max(-1, x));

/**
 * Square-and-add ("MOVER") combination of two Wilson intervals into an
 * interval for `pB - pA`, with correlation `phi` between the estimates.
 * `phi = 0` is Newcombe's independent-samples method 10; `phi` from
 * {@link newcombePhi} is his paired method 10.
 */
function squareAndAdd(sA: number, nA: number, sB: number, nB: number, phi: number, z: number): DifferenceInterval {
  const a = wilson(sA, nA, z);
  const b = wilson(sB, nB, z);
  // With equal sample sizes the difference has a single rounding.
  const diff = nA === nB ? (sB - sA) / nA : b.p - a.p;
  // Distances from each estimate to its own Wilson limits.
  const bDown = b.p - b.lo;
  const bUp = b.hi - b.p;
  const aDown = a.p - a.lo;
  const aUp = a.hi - a.p;
  // max(0, ·) only guards rounding: with |phi| <= 1 the radicands are >= (x - y)².
  const delta = Math.sqrt(Math.max(0, bDown * bDown - 2 * phi * bDown * aUp + aUp * aUp));
  const epsilon = Math.sqrt(Math.max(0, bUp * bUp - 2 * phi * bUp * aDown + aDown * aDown));
  const lo = clampDiff(diff - delta);
  const hi = clampDiff(diff + epsilon);
  return { diff, lo, hi, halfWidth: (hi - lo) / 2 };
}

/**
 * Newcombe's interval for the difference `sB/nB − sA/nA` of two independent
 * proportions: method 10 of Newcombe (1998), "Interval estimation for the
 * difference between independent proportions: comparison of eleven methods",
 * Statistics in Medicine 17:873–890 (the "hybrid score" interval), which
 * combines the two Wilson score intervals by squaring and adding:
 *
 * ```
 * L = d − sqrt((pB − lB)² + (uA − pA)²),   U = d + sqrt((uB − pB)² + (pA − lA)²)
 * ```
 *
 * Contract: counts are non-negative safe integers with `s <= n` and `n >= 1`
 * for both samples (a `RangeError` otherwise); `-1 <= lo <= diff <= hi <= 1`;
 * swapping the samples negates and swaps the limits.
 *
 * @param z two-sided normal critical value, default {@link Z95}
 */
export function newcombeIndependent(
  sA: number,
  nA: number,
  sB: number,
  nB: number,
  z: number = Z95,
): DifferenceInterval {
  if (nA === 0 || nB === 0) throw new RangeError('newcombeIndependent: both samples need n >= 1');
  return squareAndAdd(sA, nA, sB, nB, 0, z);
}

/**
 * Newcombe's continuity-adjusted estimate of the correlation between the two
 * paired proportions (Newcombe 1998, Statistics in Medicine 17:2635–2650):
 * with `A = n11·n00 − n10·n01` and the four margins `m`,
 * `phi = (A − n/2)/sqrt(Πm)` if `A > n/2`, `0` if `0 <= A <= n/2`,
 * `A/sqrt(Πm)` if `A < 0`, and `0` if any margin is zero.
 */
export function newcombePhi({ n11, n10, n01, n00 }: PairedCounts): number {
  const n = n11 + n10 + n01 + n00;
  const margins = (n11 + n10) * (n01 + n00) * (n11 + n01) * (n10 + n00);
  if (margins === 0) return 0;
  const cross = n11 * n00 - n10 * n01;
  if (cross > n / 2) return (cross - n / 2) / Math.sqrt(margins);
  if (cross >= 0) return 0;
  return cross / Math.sqrt(margins);
}

/**
 * Compare the hit rates of two variants run on the same `n` seeds.
 *
 * The paired interval for `pB − pA` is **Newcombe's method 10 for paired
 * data**: R. G. Newcombe (1998), "Improved confidence intervals for the
 * difference between binomial proportions based on paired data", Statistics
 * in Medicine 17:2635–2650; recommended by Fagerland, Lydersen & Laake (2014),
 * Statistics in Medicine 33:2850–2875 ("Newcombe square-and-add"). It combines
 * the Wilson intervals `(lA, uA)`, `(lB, uB)` of the two margins with the
 * correlation estimate `φ` of {@link newcombePhi}:
 *
 * ```
 * L = d − sqrt((pB − lB)² − 2φ(pB − lB)(uA − pA) + (uA − pA)²)
 * U = d + sqrt((uB − pB)² − 2φ(uB − pB)(pA − lA) + (pA − lA)²)
 * ```
 *
 * For contrast, `independent*` is the same construction with `φ = 0`, which is
 * exactly Newcombe's method 10 for two *independent* samples of size `n` each
 * ({@link newcombeIndependent}). With positively correlated outcomes
 * (common random numbers) `φ > 0` and the paired interval is narrower.
 *
 * Contract:
 * - Counts must be non-negative safe integers (`RangeError` otherwise).
 * - `n = 0`: `pA`, `pB`, `diff` are `NaN`, both intervals are `[-1, 1]`
 *   (half-width 1), `phi` is 0 and `distinguishable` is false.
 * - Otherwise `-1 <= lo <= diff <= hi <= 1`, likewise for the independent
 *   interval; swapping A and B negates `diff` and maps `[lo, hi]` to `[-hi, -lo]`.
 * - `phi = 0` makes the paired and independent intervals identical.
 * - `z` is the two-sided critical value (default {@link Z95}, a 95% interval).
 */
export function pairedComparison(counts: PairedCounts, z: number = Z95): PairedComparison {
  const { n11, n10, n01, n00 } = counts;
  assertCount('n11', n11);
  assertCount('n10', n10);
  assertCount('n01', n01);
  assertCount('n00', n00);
  const n = n11 + n10 + n01 + n00;
  assertCount('n', n);
  if (n === 0) {
    // Still validate z so that bad calls fail the same way for every n.
    wilson(0, 0, z);
    return {
      n: 0,
      pA: Number.NaN,
      pB: Number.NaN,
      diff: Number.NaN,
      lo: -1,
      hi: 1,
      pairedHalfWidth: 1,
      distinguishable: false,
      phi: 0,
      independentLo: -1,
      independentHi: 1,
      independentHalfWidth: 1,
    };
  }
  const sA = n11 + n10;
  const sB = n11 + n01;
  const phi = newcombePhi(counts);
  const paired = squareAndAdd(sA, n, sB, n, phi, z);
  const independent = squareAndAdd(sA, n, sB, n, 0, z);
  return {
    n,
    pA: sA / n,
    pB: sB / n,
    diff: (n01 - n10) / n,
    lo: paired.lo,
    hi: paired.hi,
    pairedHalfWidth: paired.halfWidth,
    distinguishable: paired.lo > 0 || paired.hi < 0,
    phi,
    independentLo: independent.lo,
    independentHi: independent.hi,
    independentHalfWidth: independent.halfWidth,
  };
}
