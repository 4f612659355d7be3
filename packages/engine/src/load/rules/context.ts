import type { Scenario } from '../../schema/index.js';
import type { DraftIssue } from '../draft-issue.js';
import type { ScenarioIndex } from './scenario-index.js';

/** What a rule sees besides the scenario: the ids it declares, and where to report. */
export interface RuleContext {
  readonly index: ScenarioIndex;
  report(issue: DraftIssue): void;
}

/**
 * A named semantic check run after the schema has accepted the data. Pure: it reads the scenario
 * (paths in it are paths into the validated scenario) and reports; it never throws for bad input.
 */
export interface Rule {
  readonly name: string;
  check(scenario: Scenario, ctx: RuleContext): void;
}
