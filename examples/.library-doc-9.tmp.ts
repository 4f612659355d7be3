import { BatchContext, canonicalAggregates, loadScenario, mergeInto, runBatch } from '@casus/engine';
import { resolveScenario } from '@casus/scenarios';

const loaded = loadScenario(resolveScenario('tutorial')!.text, { filename: 'tutorial.yaml' });
if (!loaded.ok) throw new Error('tutorial does not load');
const options = { seed: 9, runs: 3_000 };
const context = new BatchContext(loaded.scenario, options);
const parts = [[2_000, 3_000], [0, 1_200], [1_200, 2_000]].map(([from, to]) => {
  const agg = context.empty();
  context.runRange(agg, from!, to!);
  return agg;
});
const merged = canonicalAggregates(parts.reduce((a, b) => mergeInto(a, b), context.empty()));
const whole = (await runBatch(loaded.scenario, options)).aggregates;
console.log(JSON.stringify(merged) === JSON.stringify(whole));    // true
