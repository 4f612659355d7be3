import { compile, loadScenario, masterSeedOf, planSplitting, runBatch, Simulator, summarise, summariseSplitting } from '@casus/engine';
import { resolveScenario } from '@casus/scenarios';

const loaded = loadScenario(resolveScenario('tutorial')!.text, { filename: 'tutorial.yaml' });
if (!loaded.ok) throw new Error('tutorial does not load');
const nested = await runBatch(loaded.scenario, { seed: 1, runs: 100, parameterDraws: 10, drawLuck: 'independent' });
for (const o of summarise(nested.aggregates).outcomes) {
  console.log(o.id, o.interval, o.p.toFixed(3), `[${o.lo.toFixed(3)}, ${o.hi.toFixed(3)}]`, 'judgments', o.p10!.toFixed(3), '–', o.p90!.toFixed(3), o.drivers[0]?.parameter);
}
const { plan } = planSplitting(new Simulator(compile(loaded.scenario)), masterSeedOf(1), { runs: 300 });
const rare = await runBatch(loaded.scenario, { seed: 1, runs: 500, splitting: plan });
const gpw = summariseSplitting(rare.aggregates.splitting!).find((e) => e.id === 'ally_intervenes')!;
console.log(plan.levels, gpw.p.toFixed(4), gpw.se.toFixed(4), gpw.work.toFixed(0));
