/**
 * Prints a case's scenario issues, its trace and the fates it produced, for writing or debugging
 * a case:
 *   ./node_modules/.bin/tsx --conditions=source tests/conformance/show.ts R24-05 [reference] [seed]
 */
import { formatIssue, loadScenario } from '@casus/engine';
import { CASES } from './cases/index.js';
import { runCase, type Engine } from './harness.js';

const [id, engine = 'batch', seed = '1'] = process.argv.slice(2);
const c = CASES.find((x) => x.id === id);
if (!c) {
  console.error(`unknown case ${id ?? '(none)'}; cases: ${CASES.map((x) => x.id).join(' ')}`);
  process.exit(1);
}
const loaded = loadScenario(c.yaml, { filename: `${c.id}.yaml` });
if (!loaded.ok) {
  console.log(loaded.issues.map(formatIssue).join('\n'));
  console.log(c.yaml.split('\n').map((line, i) => `${String(i + 1).padStart(3)}  ${line}`).join('\n'));
  process.exit(1);
}
for (const w of loaded.warnings) console.log(formatIssue(w));
const { result } = runCase(c, loaded.scenario, engine as Engine, /^\d+$/.test(seed) ? Number(seed) : seed);
console.log(`${c.id} on the ${engine} engine, seed ${seed}: ${result.status}${result.error ? ` (${result.error})` : ''}`);
for (const e of result.events ?? []) console.log(`  t${e.tick} ${e.date}  ${e.kind.padEnd(12)} ${e.cause.padEnd(44)} ${e.text}`);
console.log('obligations:');
for (const o of result.final.obligations) console.log(`  ${o.key.padEnd(44)} ${o.state}${o.level ? ` (${o.level})` : ''}`);
for (const d of result.final.drafts) console.log(`draft ${d.kind}: ${d.result} ${d.votes}`);
