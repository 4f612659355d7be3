// Invariant: docs/cli.md cannot drift from the command — every command has its section, and every
// example output shown is exactly what the command prints today (the seminar guide's odds table
// too). After a deliberate change: `pnpm tsx --conditions=source tests/tools/update-cli-docs.ts`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../packages/cli/src/main.js';
import { docExamples, ROOT, runExample } from '../tools/cli-doc-examples.js';

const doc = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');

describe('docs/cli.md', () => {
  it('has a section for every command', async () => {
    let help = '';
    await runCli(['--help'], { stdout: (s) => { help += s; }, stderr: () => {}, cwd: ROOT, env: {}, isTTY: false });
    const names = [...help.slice(help.indexOf('Commands:')).matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!).filter((n) => n !== 'help');
    expect(names).toContain('summary');
    const headings = doc.split('\n').filter((l) => l.startsWith('## '));
    for (const name of names) {
      expect(headings.some((h) => h.includes(`\`casus ${name}`)), `a "## \`casus ${name}\`" section`).toBe(true);
    }
  });

  const examples = docExamples(doc);
  it('shows examples of the commands', () => expect(examples.length).toBeGreaterThanOrEqual(10));
  for (const example of examples) {
    it(`shows the real output of casus ${example.args}`, async () => {
      expect(await runExample(example)).toBe(example.shown);
    }, 180_000);
  }

  it('docs/seminar.md shows the odds the play example prints', () => {
    const play = examples.find((e) => e.args.startsWith('play '))!;
    const seminar = readFileSync(join(ROOT, 'docs/seminar.md'), 'utf8');
    const odds = /C decides \(1–2\)> odds\n([\s\S]*?)\n```/.exec(seminar)![1]!;
    for (const line of odds.split('\n')) expect(play.shown.split('\n')).toContain(line);
  });
});
