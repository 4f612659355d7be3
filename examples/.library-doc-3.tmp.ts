import { compile, loadScenario, runBatch, summarise } from '@casus/engine';
import { resolveScenario } from '@casus/scenarios';

const loaded = loadScenario(resolveScenario('tutorial')!.text, { filename: 'tutorial.yaml' });
if (!loaded.ok) throw new Error('tutorial does not load');
const controller = new AbortController();
const result = await runBatch(loaded.scenario, {
  seed: 42, runs: 4_000, chunk: 1_000, signal: controller.signal,
  onProgress: ({ done, total }) => { if (done >= 2_000) controller.abort(); console.log(`${done}/${total}`); },
});
console.log(result.complete, result.runs);                       // false 2000: stopped after 2,000 runs
const summary = summarise(result.aggregates, compile(loaded.scenario).rungs.map((r) => r.id));
for (const o of summary.outcomes) console.log(o.id, o.p.toFixed(3), `[${o.lo.toFixed(3)}, ${o.hi.toFixed(3)}]`);
