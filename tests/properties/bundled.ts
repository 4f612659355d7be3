/**
 * Every shipped scenario, loaded as the library loads it, with its situations (`undefined` first:
 * the scenario without one) — for properties that must hold on each of them as on random ones.
 */
import { loadScenario, type Scenario } from '@casus/engine';
import { listScenarios, resolveScenario, scenarioResolver } from '@casus/scenarios';

export interface Bundled {
  readonly id: string;
  readonly scenario: Scenario;
  readonly situations: readonly (string | undefined)[];
}

export function bundledScenarios(): Bundled[] {
  return listScenarios().map(({ id }) => {
    const loaded = loadScenario(resolveScenario(id)!.text, { filename: `${id}.yaml`, resolve: scenarioResolver() });
    if (!loaded.ok) throw new Error(`${id} does not load`);
    return { id, scenario: loaded.scenario, situations: [undefined, ...Object.keys(loaded.scenario.situations)] };
  });
}
