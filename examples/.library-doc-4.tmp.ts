import { loadScenario, streamRuns } from '@casus/engine';
import { resolveScenario } from '@casus/scenarios';

const loaded = loadScenario(resolveScenario('tutorial')!.text, { filename: 'tutorial.yaml' });
if (!loaded.ok) throw new Error('tutorial does not load');
let clashes = 0;
for (const r of streamRuns(loaded.scenario, { seed: 7, runs: 500 })) {
  if (r.outcomes.clash !== null) clashes++;
  if (r.run < 2) process.stdout.write(`${JSON.stringify(r)}\n`);   // NDJSON
}
console.log(`clash in ${clashes} of 500 runs`);
