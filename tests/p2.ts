import { readFileSync } from 'node:fs';
import { loadScenario, simulate } from '@casus/engine';
import { scenarioResolver, SCENARIO_DIR } from '@casus/scenarios';
const r = loadScenario(readFileSync('packages/scenarios/scenarios/korea-2024.yaml', 'utf8'), { filename: 'korea-2024.yaml', resolve: scenarioResolver({ baseDir: SCENARIO_DIR }) });
if (!r.ok) throw new Error('bad');
const counts = new Map<string, number>();
for (let i = 0; i < 200; i++) {
  const run = simulate(r.scenario, { seed: 7, runIndex: i, trace: true });
  for (const e of run.events!) { const k = e.kind + ':' + (e.kind === 'signal' || e.kind === 'variable' ? e.detail : e.cause.split(':')[0]); counts.set(k, (counts.get(k) ?? 0) + 1); }
}
console.log([...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 200).toFixed(1)} ${k}`).join('\n'));
