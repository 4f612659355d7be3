export { emptyAggregates, accumulate, mergeInto, canonicalAggregates, PATH_SEPARATOR, MAX_ERRORS, type Aggregates } from './aggregates.js';
export { Design } from './design.js';
export { runRecord, csvHeader, csvRow, recordColumns, recordCells, type RunRecord } from './records.js';
export { BatchContext, runBatch, streamRuns, widestHalfWidth, type BatchOptions, type BatchResult } from './batch.js';
export { summarise, type Summary, type OutcomeSummary, type ConditionalSummary } from './summary.js';
export { escalationGroups, escalationLayout, OTHER_PAIRS_TITLE, type EscalationGroup, type EscalationLayout, type PairEscalation } from './escalation.js';
export { CompareContext, compareVariants, mergeComparison, summariseComparison, type Variant, type CompareOptions, type Comparison, type PairedCounts, type OutcomeComparison } from './compare.js';
export { parseVary, designPoints, sweepPointContext, runSweep, mergeSweeps, sweepRows, globalSensitivity, tornado, type Vary, type SweepOptions, type DesignPoint, type SweepRow, type SweepResult, type SensitivityRow } from './sweep.js';
