export { emptyAggregates, accumulate, mergeInto, canonicalAggregates, PATH_SEPARATOR, type Aggregates } from './aggregates.js';
export { Design } from './design.js';
export { runRecord, csvHeader, csvRow, type RunRecord } from './records.js';
export { BatchContext, runBatch, streamRuns, widestHalfWidth, type BatchOptions, type BatchResult } from './batch.js';
export { summarise, type Summary, type OutcomeSummary, type ConditionalSummary } from './summary.js';
