// Regenerates the example outputs in docs/cli.md from the real CLI, after a deliberate change of
// behaviour: `pnpm tsx --conditions=source tests/tools/update-cli-docs.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../packages/cli/src/main.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const path = `${root}docs/cli.md`;
const doc = readFileSync(path, 'utf8');
let out = '';
let last = 0;
for (const m of doc.matchAll(/\(`casus ([^`]+)`\):\n\n```\n([\s\S]*?)\n```/g)) {
  let stdout = '';
  await runCli(m[1]!.split(' '), { stdout: (s) => { stdout += s; }, stderr: () => {}, cwd: root, env: {}, isTTY: false });
  const head = m[0].slice(0, m[0].indexOf('```') + 4);
  out += doc.slice(last, m.index) + head + stdout.replace(/\n$/, '') + '\n```';
  last = m.index! + m[0].length;
}
writeFileSync(path, out + doc.slice(last));
console.log('docs/cli.md examples regenerated');
