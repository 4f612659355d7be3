/**
 * What it shows: comparing two variants on common random numbers — korea-2024 and its
 * counterfactual without the 2024 Russia–DPRK treaty (korea-2024-no-treaty, which `extends` it).
 * Run k of each variant sees the same luck wherever the two agree, so the paired difference B − A
 * has a far narrower interval than two independent batches would give ("tightening").
 *
 *   node --conditions=source --import tsx examples/compare-treaty.ts [runs]
 */
import { compareVariants, formatIssue, loadScenario, summariseComparison, type Scenario } from '@casus/engine';
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

const withTreaty = bundled('korea-2024');
const withoutTreaty = bundled('korea-2024-no-treaty');
const comparison = await compareVariants(
  { scenario: withTreaty, label: 'treaty' },
  { scenario: withoutTreaty, label: 'no treaty' },
  { seed: 2024, runs },
);

console.log(`${withTreaty.id} (A) vs ${withoutTreaty.id} (B): ${comparison.runs} paired runs, seed 2024`);
for (const o of summariseComparison(comparison)) {
  const sign = o.diff > 0 ? '+' : o.diff < 0 ? '−' : '';
  console.log(`${o.id.padEnd(22)} A ${pct(o.pA).padStart(7)}  B ${pct(o.pB).padStart(7)}  B − A ${sign}${pct(Math.abs(o.diff))} [${pct(o.lo)}, ${pct(o.hi)}]  tightening ×${o.tightening.toFixed(2)}${o.distinguishable ? '  *' : ''}`);
}
console.log('[interval]: 95% paired interval of B − A (simulation error); * = excludes 0');
