// Regenerates the example outputs in docs/cli.md from the real CLI, after a deliberate change of
// behaviour: `pnpm tsx --conditions=source tests/tools/update-cli-docs.ts`. The docs test
// (tests/e2e/cli-docs.test.ts) fails whenever one of them differs from the command's output.
import { readFileSync, writeFileSync } from 'node:fs';
import { docExamples, ROOT, runExample } from './cli-doc-examples.js';

const path = `${ROOT}/docs/cli.md`;
const doc = readFileSync(path, 'utf8');
let out = '';
let last = 0;
for (const example of docExamples(doc)) {
  out += doc.slice(last, example.start) + (await runExample(example));
  last = example.end;
}
writeFileSync(path, out + doc.slice(last));
console.log('docs/cli.md examples regenerated');
