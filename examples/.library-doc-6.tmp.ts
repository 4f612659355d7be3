import { compareVariants, loadScenario, summariseComparison } from '@casus/engine';
import { resolveScenario } from '@casus/scenarios';

const loaded = loadScenario(resolveScenario('tutorial')!.text, { filename: 'tutorial.yaml' });
if (!loaded.ok) throw new Error('tutorial does not load');
const scenario = loaded.scenario;
const c = await compareVariants(
  { scenario, parameters: { ally_reliability: 0.5 }, label: 'doubtful ally' },
  { scenario, parameters: { ally_reliability: 0.95 }, label: 'reliable ally' },
  { seed: 3, runs: 3_000 },
);
for (const o of summariseComparison(c)) {
  console.log(o.id, o.diff.toFixed(4), `[${o.lo.toFixed(4)}, ${o.hi.toFixed(4)}]`, `×${o.tightening.toFixed(2)}`);
}
