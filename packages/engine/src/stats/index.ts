/**
 * Pure statistics for turning exact integer aggregates of Monte Carlo runs
 * into printed summaries. Floating point appears only in these final steps.
 *
 * @module
 */
export { normalQuantile, wilson, Z95, zFor, type WilsonInterval } from './wilson.js';
export { nearestRank, quantileFromCounts, summariseTicks, type TickSummary } from './histogram.js';
export {
  newcombeIndependent,
  newcombePhi,
  pairedComparison,
  type DifferenceInterval,
  type PairedComparison,
  type PairedCounts,
} from './paired.js';
export { percentile, percentiles } from './percentile.js';
export { standardisedRegression, type StandardisedRegression } from './regression.js';
export { runsForHalfWidth, wilsonHalfWidth } from './precision.js';
export { clusteredRatio, judgmentSd, rankCorrelation, tQuantile, twoWayRatio, type ClusteredInterval } from './clustered.js';
export { summariseValues, type ValuesSummary } from './values.js';
