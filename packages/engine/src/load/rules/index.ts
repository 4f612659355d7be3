import type { Scenario } from '../../schema/index.js';
import type { DraftIssue } from '../draft-issue.js';
import { classes } from './classes.js';
import { clock } from './clock.js';
import { council } from './council.js';
import { dates } from './dates.js';
import { denunciation } from './denunciation.js';
import { ids } from './ids.js';
import { ladder } from './ladder.js';
import { obligations } from './obligations.js';
import { outcomes } from './outcomes.js';
import { parameters } from './parameters.js';
import { reachability } from './reachability.js';
import { references } from './references.js';
import { regions } from './regions.js';
import { relations } from './relations.js';
import { sanctions } from './sanctions.js';
import { triggers } from './triggers.js';
import { variables } from './variables.js';
import { indexScenario } from './scenario-index.js';
import type { Rule } from './context.js';

export type { Rule, RuleContext } from './context.js';
export { obligationIds } from './obligation-ids.js';

/** The semantic rules, in the order they run (the report is sorted by place anyway). */
export const RULES: readonly Rule[] = [
  clock, ids, references, relations, parameters, variables, ladder, dates, council, regions, outcomes,
  obligations, classes, triggers, sanctions, reachability, denunciation,
];

/** Runs every rule over a scenario the schema has accepted; paths are into that scenario. */
export function runRules(scenario: Scenario, rules: readonly Rule[] = RULES): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const ctx = { index: indexScenario(scenario), report: (i: DraftIssue) => void issues.push(i) };
  for (const rule of rules) rule.check(scenario, ctx);
  return issues;
}
