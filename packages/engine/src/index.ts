/**
 * @casus/engine: the scenario format and its loader, the compiled model, the run loop with its two
 * engines, and Monte Carlo batches, comparisons and sweeps with exact aggregates.
 * Pure TypeScript with no `node:` imports, so it runs in Node and in a browser.
 */
export * from './schema/index.js';
export {
  loadScenario, validateScenarioData, overlay, formatIssue, formatPath, scenarioJsonSchema, variantJsonSchema, obligationIds,
  ISSUE_CODES, SUPPORTED_VERSIONS, closestMatches, didYouMean, editDistance, diffScenarios,
  type LoadResult, type ScenarioChange, type LoadOptions, type ScenarioResolver, type Issue, type IssueCode, type PathSegment, type JsonSchemaDraft,
} from './load/index.js';

// The model and the run loop.
export { compile, resolveParameters } from './model/compile.js';
export { nominalValue, drawValue, supportOf, quantilesOf, parameterRanges, type ParameterValues } from './model/params.js';
export { ModelError } from './model/context.js';
export type { Model, MetricInfo } from './model/model.js';
export { metricValue, metricValues } from './run/metrics.js';
export { simulate, simulateFrom, type SimulateOptions } from './run/simulate.js';
export { Simulator, type EngineKind, type SimulatorOptions, type RunOptions, type Inject } from './run/simulator.js';
export type { RunSnapshot } from './run/snapshot.js';
export type { RunState } from './run/state.js';
export type { SimEvent, EventKind } from './run/event.js';
export type { Decider, DecisionRequest } from './run/decision.js';
export { runResult, causalPath, traceEvents, type RunResult, type TraceEvent, type OutcomeResult } from './run/result.js';
export { describeEvent } from './run/narrate.js';
export { SEED_SCHEME, masterSeedOf, seedFor, hashString, keyedFloat, exp, log } from './rng/index.js';
export { dayOf, isoOf, addMonths, tickDate, runDays } from './model/calendar.js';
export { partyActor, partyIds, partyLabel, partyOn, partySpells, spellLabel, type PartyEntry, type SpellEntry } from './model/parties.js';
export { ENGINE_VERSION } from './version.js';

// Monte Carlo batches: exact aggregates, summaries, per-run records.
export * from './batch/index.js';
export * as stats from './stats/index.js';
