/**
 * What it shows: a parameter sweep in the library — a grid over two tutorial parameters, read from
 * the same `name=from:to:count` / `name=a,b` specs as `casus sweep --vary`, run on common random
 * numbers (every point runs the same runs), printed as the tidy CSV table `sweepRows` gives: one
 * row per design point × outcome, ready for pandas, R or DuckDB.
 *
 *   node --conditions=source --import tsx examples/sweep.ts [runs per point]
 */
import { formatIssue, loadScenario, parseVary, runSweep, sweepRows, type Scenario } from '@casus/engine';
import { resolveScenario, scenarioResolver } from '@casus/scenarios';

/** Loads a bundled scenario by id: its text via @casus/scenarios, its `extends` base via the resolver. */
function bundled(id: string): Scenario {
  const found = resolveScenario(id);
  if (found === undefined) throw new Error(`no bundled scenario "${id}"`);
  const loaded = loadScenario(found.text, { filename: `${id}.yaml`, resolve: scenarioResolver() });
  if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
  return loaded.scenario;
}

/** Runs: the first argument, else CASUS_EXAMPLE_RUNS (the tests set a small one), else 1_000. */
const runs = Number(process.argv[2] ?? process.env.CASUS_EXAMPLE_RUNS ?? 1_000);

const scenario = bundled('tutorial');
const vary = ['ally_reliability=0.5:0.9:3', 'clash_rate=0.3,0.9'].map((spec) => parseVary(spec, scenario));
const result = await runSweep(scenario, { seed: 1, runs, vary });

const names = vary.map((v) => v.name);
console.log(['point', ...names, 'outcome', 'runs', 'hits', 'probability', 'lo', 'hi'].join(','));
for (const r of sweepRows(result)) {
  console.log([r.point, ...names.map((n) => r.parameters[n]), r.outcome, r.runs, r.hits, r.p, r.lo, r.hi].join(','));
}
