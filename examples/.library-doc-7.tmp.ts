import { loadScenario, parseVary, runSweep, sweepRows } from '@casus/engine';
import { resolveScenario } from '@casus/scenarios';

const loaded = loadScenario(resolveScenario('tutorial')!.text, { filename: 'tutorial.yaml' });
if (!loaded.ok) throw new Error('tutorial does not load');
const scenario = loaded.scenario;
const vary = [parseVary('ally_reliability=0.6,0.9', scenario), parseVary('clash_rate=0.3:0.9', scenario)];
const result = await runSweep(scenario, { seed: 1, runs: 1_000, vary });
for (const r of sweepRows(result).filter((x) => x.outcome === 'ally_intervenes')) {
  console.log(r.point, r.parameters, r.p, [r.lo, r.hi]);
}
