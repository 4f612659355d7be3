import type { Scenario } from '../../schema/index.js';
import { DEFAULT_LADDER } from '../../model/ladder.js';
import { obligationIds } from './obligation-ids.js';

/** The ids a scenario declares, in declaration order, per namespace. */
export interface ScenarioIndex {
  readonly actors: readonly string[];
  /** Declared regions, then the implicit home region of each actor without a `territory`. */
  readonly regions: readonly string[];
  readonly rungs: readonly string[];
  readonly pacts: ReadonlyMap<string, readonly string[]>;
  readonly variables: readonly string[];
  readonly parameters: readonly string[];
  readonly outcomes: readonly string[];
  readonly regimes: readonly string[];
}

/** Collects the declared ids; duplicates are kept out here and reported by the ids rule. */
export function indexScenario(s: Scenario): ScenarioIndex {
  const actors = Object.keys(s.actors);
  const implicit = actors.filter((a) => s.actors[a]!.territory === undefined && !Object.prototype.hasOwnProperty.call(s.regions, a));
  const pacts = new Map<string, string[]>();
  for (const p of s.pacts) if (!pacts.has(p.id)) pacts.set(p.id, obligationIds(p));
  return {
    actors,
    regions: [...Object.keys(s.regions), ...implicit],
    rungs: (s.ladder ?? DEFAULT_LADDER).rungs.map((r) => r.id),
    pacts,
    variables: Object.keys(s.variables),
    parameters: Object.keys(s.parameters),
    outcomes: Object.keys(s.outcomes),
    regimes: [...new Set(s.sanctions.map((r) => r.id))],
  };
}
