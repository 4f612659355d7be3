// Validating a scenario built in code, as another tool would: no file, so issues carry paths but
// no line numbers. Run with: ./node_modules/.bin/tsx --conditions=source docs/examples/validate-object.ts
import { formatIssue, validateScenarioData } from '../../packages/engine/src/index.js';

const scenario = {
  version: '0.1',
  id: 'from-code',
  title: 'Built in code',
  clock: { start: '2025-01-06', tick: 'week', horizon: 52 },
  actors: { A: { name: 'Aland' }, B: { name: 'Borduria' } },
  relations: [{ between: ['A', 'B'], rung: 'tension' }],
  triggers: [{ id: 'clash', rate: { per: 'year', value: 0.5 }, effect: { armedAttack: { by: 'B', on: 'A', intensity: 4 } } }],
  outcomes: { war: { when: { relation: { between: ['A', 'B'], war: true } } } },
};

const result = validateScenarioData(scenario, { filename: 'from-code' });
if (result.ok) {
  console.log(`valid: ${Object.keys(result.scenario.actors).length} actors`);
  for (const w of result.warnings) console.log(formatIssue(w));
} else {
  for (const issue of result.issues) console.log(formatIssue(issue));
  process.exitCode = 1;
}
