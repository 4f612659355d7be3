import { readFileSync } from 'node:fs';
import { loadScenario, BatchContext, summariseSplitting } from './packages/engine/src/index.js';
const r = loadScenario(readFileSync('packages/scenarios/scenarios/korea-2024.yaml', 'utf8'), { filename: 'korea-2024.yaml' });
if (!r.ok) throw new Error('x');
const N = Number(process.argv[2]);
for (const spec of process.argv.slice(3)) {
  const levels = spec.split(',').map((p) => { const [a, b] = p.split(':'); return { score: Number(a), factor: Number(b) }; });
  const ctx = new BatchContext(r.scenario, { seed: 21, runs: N, splitting: { levels } });
  const agg = ctx.empty();
  const t0 = Date.now();
  ctx.runRange(agg, 0, N);
  const e = summariseSplitting(agg.splitting!).find((x) => x.id === 'great_power_war')!;
  console.log(spec, 'p', (e.p * 100).toFixed(4), 'rel±', (1.96 * e.se / e.p).toFixed(3), 'hitRoots', e.hitRoots, 'work', e.work.toFixed(0), 'speedup', e.speedup?.toFixed(2), 'ms', Date.now() - t0);
}
