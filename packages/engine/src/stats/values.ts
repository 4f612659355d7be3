/**
 * Summaries of an integer-valued quantity over runs, from its exact histogram (`runs["3"]`: runs
 * that reported 3): the mean with its 95% interval, the spread and order statistics (nearest rank,
 * as for first-hit ticks: every quantile is a value some run reported).
 *
 * @module
 */
import { tQuantile } from './clustered.js';
import { nearestRank } from './histogram.js';

export interface ValuesSummary {
  /** Runs in the histogram. */
  readonly n: number;
  readonly mean: number;
  /** The 95% interval of the mean: mean ± t(n − 1) × sd / √n (simulation error only). */
  readonly lo: number;
  readonly hi: number;
  /** Sample standard deviation of the values (n − 1 in the denominator; 0 for n < 2). */
  readonly sd: number;
  readonly median: number;
  readonly p90: number;
  readonly min: number;
  readonly max: number;
  /** Runs that reported a value above 0. */
  readonly positive: number;
}

/**
 * The summary of a histogram of integer values. NaN everywhere for an empty one. The sums are
 * taken about the mean in increasing order of value, so equal histograms give equal figures.
 */
export function summariseValues(runs: Readonly<Record<string, number>>, confidence = 0.95): ValuesSummary {
  const entries = Object.entries(runs).map(([v, k]) => [Number(v), k] as const).filter(([, k]) => k > 0).sort((a, b) => a[0] - b[0]);
  let n = 0;
  let sum = 0;
  for (const [v, k] of entries) { n += k; sum += v * k; }
  if (n === 0) return { n: 0, mean: NaN, lo: NaN, hi: NaN, sd: NaN, median: NaN, p90: NaN, min: NaN, max: NaN, positive: 0 };
  const mean = sum / n;
  let ss = 0;
  let positive = 0;
  for (const [v, k] of entries) { ss += k * (v - mean) ** 2; if (v > 0) positive += k; }
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  const half = n > 1 ? tQuantile(1 - (1 - confidence) / 2, n - 1) * (sd / Math.sqrt(n)) : 0;
  const at = (q: number): number => {
    const rank = nearestRank(q, n);
    let cumulative = 0;
    for (const [v, k] of entries) { cumulative += k; if (cumulative >= rank) return v; }
    return entries[entries.length - 1]![0];
  };
  return { n, mean, lo: mean - half, hi: mean + half, sd, median: at(0.5), p90: at(0.9), min: entries[0]![0], max: entries[entries.length - 1]![0], positive };
}
