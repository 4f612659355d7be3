// Regenerates what docs/cli.md shows commands print, from the real CLI, after a deliberate change
// of behaviour: `npx tsx --conditions=source tests/tools/update-cli-docs.ts`. It covers every
// command of docs/cli.md that shows output (tests/tools/doc-blocks.ts classifies the blocks):
// - an "Example (`casus …`):" block is replaced by the command's output;
// - a transcript (`$ ` lines) is rerun in a shell in a scratch directory, shown as /home/me;
// - an excerpt is checked, and listed when it no longer occurs in the output (which lines to show
//   is a person's choice);
// and copies the play example's odds table into docs/seminar.md. tests/e2e/docs-as-run.test.ts
// fails whenever one of them differs from what the command prints (tests/e2e/cli-docs.test.ts too).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { docExamples, ROOT, runExample } from './cli-doc-examples.js';
import { docBlocks, formatTranscript, hasExcerpt, TRANSCRIPT_HOME } from './doc-blocks.js';

/** Runs one command line in a shell in `cwd`, `casus` on the PATH, as a reader would; returns stdout then stderr. */
function runLine(command: string, cwd: string): string {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${ROOT}/node_modules/.bin${delimiter}${process.env.PATH ?? ''}` };
  delete env.FORCE_COLOR;
  const r = spawnSync('bash', ['-c', command], { cwd, env, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`\`${command}\` exited ${r.status ?? r.signal}: ${r.stderr}`);
  return r.stdout + r.stderr;
}

const path = `${ROOT}/docs/cli.md`;
let doc = readFileSync(path, 'utf8');

// Outputs of the examples, regenerated in place.
let out = '';
let last = 0;
for (const example of docExamples(doc)) {
  out += doc.slice(last, example.start) + (await runExample(example));
  last = example.end;
}
doc = out + doc.slice(last);

// Transcripts, rerun in a scratch directory; excerpts, checked.
const stale: string[] = [];
for (const block of docBlocks(doc).reverse()) {
  if (block.kind === 'transcript') {
    const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'casus-docs-transcript-')));
    try {
      const steps = [];
      for (const step of block.steps) {
        const printed = runLine(step.command, scratch).replaceAll(scratch, TRANSCRIPT_HOME).replace(/\n$/, '');
        steps.push({ command: step.command, shown: printed });
      }
      doc = doc.slice(0, block.start) + formatTranscript(steps) + doc.slice(block.end);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  if (block.kind === 'excerpt') {
    const printed = runLine(block.command, ROOT);
    if (!hasExcerpt(printed, block.shown)) stale.push(`docs/cli.md:${block.line}: the excerpt of \`${block.command}\` no longer occurs in its output; choose the lines again`);
  }
}
writeFileSync(path, doc);

// The seminar guide shows the odds table of the play example.
const play = docExamples(doc).find((e) => e.args.startsWith('play '));
if (play !== undefined) {
  const lines = play.shown.split('\n');
  const from = lines.findIndex((l) => /^C decides \(1–2\)> odds$/.test(l));
  const to = lines.findIndex((l, i) => i > from && /^\S.*> /.test(l));
  const seminarPath = `${ROOT}/docs/seminar.md`;
  const seminar = readFileSync(seminarPath, 'utf8');
  const block = /C decides \(1–2\)> odds\n([\s\S]*?)\n```/.exec(seminar);
  if (from >= 0 && to > from && block !== null) {
    const start = block.index + 'C decides (1–2)> odds\n'.length;
    writeFileSync(seminarPath, seminar.slice(0, start) + lines.slice(from + 1, to).join('\n') + seminar.slice(start + block[1]!.length));
  } else {
    stale.push('docs/seminar.md: could not find the odds table of the play example to copy');
  }
}

console.log('docs/cli.md outputs and transcripts regenerated; docs/seminar.md odds copied');
if (stale.length > 0) {
  console.log(stale.join('\n'));
  process.exitCode = 1;
}
