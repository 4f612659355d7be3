/**
 * What it shows: streaming one record per run — the run index, each outcome's first-hit tick (or
 * null), each actor's final posture — as NDJSON on stdout, one run at a time: memory does not grow
 * with the number of runs, and the consumer sets the pace (`streamRuns` is a generator).
 *
 *   node --conditions=source --import tsx examples/stream-records.ts [runs] > runs.ndjson
 */
import { formatIssue, loadScenario, streamRuns, type Scenario } from '@casus/engine';
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
for (const record of streamRuns(scenario, { seed: 7, runs })) {
  process.stdout.write(`${JSON.stringify(record)}\n`);
}
