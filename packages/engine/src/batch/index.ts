export { emptyAggregates, emptyDraw, accumulate, mergeInto, canonicalAggregates, PATH_SEPARATOR, MAX_ERRORS, type Aggregates, type DrawCounts } from './aggregates.js';
export { Design, SEED_BLOCKS, type DrawLuck } from './design.js';
export { runRecord, csvHeader, csvRow, recordColumns, recordCells, type RunRecord } from './records.js';
export { BatchContext, runBatch, streamRuns, widestHalfWidth, widestRelativeHalfWidth, precisionReached, type BatchOptions, type BatchResult } from './batch.js';
export { summarise, type Summary, type OutcomeSummary, type ConditionalSummary, type IntervalMethod, type Driver } from './summary.js';
export { CompareContext, compareVariants, mergeComparison, summariseComparison, type Variant, type CompareOptions, type Comparison, type PairedCounts, type OutcomeComparison } from './compare.js';
export { parseVary, designPoints, sweepPointContext, runSweep, mergeSweeps, sweepRows, globalSensitivity, tornado, type Vary, type SweepOptions, type DesignPoint, type SweepRow, type SweepResult, type SensitivityRow } from './sweep.js';
export { escalationScore, emptySplitCounts, mergeSplitCounts, planSplitting, Splitter, type SplittingPlan, type SplitLevel, type SplitCounts } from './splitting.js';
export { summariseSplitting, type RareEstimate } from './rare.js';
