export { loadScenario, validateScenarioData, type LoadResult, type LoadOptions } from './load-scenario.js';
export { formatIssue, formatPath, compareIssues, ISSUE_CODES, type Issue, type IssueCode, type PathSegment } from './issue.js';
export { scenarioJsonSchema, variantJsonSchema, type JsonSchemaDraft } from './schema-json.js';
export { SUPPORTED_VERSIONS } from './version.js';
export { RULES, runRules, obligationIds, type Rule, type RuleContext } from './rules/index.js';
export { overlay, loadLayers, type ScenarioResolver, type Layered } from './extends.js';
export { closestMatches, didYouMean, editDistance } from './did-you-mean.js';
export { diffScenarios, type ScenarioChange } from './scenario-diff.js';
