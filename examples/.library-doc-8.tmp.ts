import { designPoints, globalSensitivity, loadScenario, runSweep, tornado } from '@casus/engine';
import { resolveScenario } from '@casus/scenarios';

const loaded = loadScenario(resolveScenario('tutorial')!.text, { filename: 'tutorial.yaml' });
if (!loaded.ok) throw new Error('tutorial does not load');
const scenario = loaded.scenario;
const vary = [{ name: 'ally_reliability', range: [0.6, 0.95] as const }, { name: 'clash_rate', range: [0.3, 0.9] as const }];
for (const r of await tornado(scenario, { seed: 1, runs: 1_000, vary })) console.log('tornado', r.outcome, r.parameter, r.swing);
const lhs = await runSweep(scenario, { seed: 1, runs: 500, vary, design: 'lhs', points: 12 });
console.log(designPoints(scenario, { vary, design: 'lhs', points: 12, seed: 1 }).length, 'points');
for (const r of globalSensitivity(lhs)) console.log('SRC', r.outcome, r.parameter, r.src?.toFixed(2), 'R²', r.r2?.toFixed(2));
