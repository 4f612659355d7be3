/**
 * What it shows: the library as another tool uses it — load a bundled scenario (korea-2024),
 * override one judgment without editing the file, run a seeded Monte Carlo batch with progress
 * and an AbortSignal, and read one outcome's probability with its 95% Wilson interval (simulation
 * error only) from the exact aggregates.
 *
 *   node --conditions=source --import tsx examples/russian-intervention.ts [runs]
 */
import { compile, formatIssue, loadScenario, runBatch, summarise, type Scenario } from '@casus/engine';
import { resolveScenario, scenarioResolver } from '@casus/scenarios';

/** Loads a bundled scenario by id: its text via @casus/scenarios, its `extends` base via the resolver. */
function bundled(id: string): Scenario {
  const found = resolveScenario(id);
  if (found === undefined) throw new Error(`no bundled scenario "${id}"`);
  const loaded = loadScenario(found.text, { filename: `${id}.yaml`, resolve: scenarioResolver() });
  if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
  return loaded.scenario;
}

/** Runs: the first argument, else CASUS_EXAMPLE_RUNS (the tests set a small one), else 5_000. */
const runs = Number(process.argv[2] ?? process.env.CASUS_EXAMPLE_RUNS ?? 5_000);
const pct = (p: number): string => `${(p * 100).toFixed(2)}%`;

const scenario = bundled('korea-2024');
const OUTCOME = 'russian_intervention';  // Russia at war with the ROK, the US or Japan
const overrides = { russia_art4_reliability: 0.95 };  // Russia honours Art. 4 almost surely once invoked

const result = await runBatch(scenario, {
  seed: 42,
  runs,
  parameters: overrides,
  signal: AbortSignal.timeout(120_000),  // give up after two minutes: `complete` is then false
  onProgress: ({ done, total }) => process.stderr.write(`\r${done}/${total} runs`),
});
process.stderr.write('\n');

// The ladder's rung ids name the highest-rung shares; compile() resolves the ladder (default or declared).
const rungs = compile(scenario).rungs.map((r) => r.id);
const summary = summarise(result.aggregates, rungs);
const o = summary.outcomes.find((x) => x.id === OUTCOME)!;
console.log(`${scenario.title}: ${result.runs} runs, seed 42, ${Object.entries(overrides).map(([k, v]) => `${k} = ${v}`).join(', ')}${result.complete ? '' : ' (stopped early)'}`);
console.log(`${OUTCOME}: P = ${pct(o.p)} (95% interval ${pct(o.lo)} – ${pct(o.hi)}, simulation error), ${o.hits} of ${summary.runs} runs`);
