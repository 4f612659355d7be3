// The done-when of issue 14 as a test: a checkout, the README's set-up commands, then every shell
// example of README.md and docs/cli.md pasted as printed — each must work (exit 0) and, where the
// docs show what it prints, print exactly that. Blocks are classified by tests/tools/doc-blocks.ts;
// a block that cannot run says so in the docs, with its reason, and is listed by the test.
//
// Two checkouts: `working-tree` copies the files of this working tree (tracked and new, as git sees
// them; not node_modules) — the suite's test (tests/e2e/docs-as-run.test.ts); `fresh-clone` makes a
// `git clone` of the committed HEAD and also runs the README's second command, the whole suite in the
// clone — opt-in, `pnpm test:fresh-clone` (tests/fresh-clone/fresh-clone.test.ts).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docBlocks, hasExcerpt, stepsOf, TRANSCRIPT_HOME, type Checkout, type Step } from './doc-blocks.js';
import { DocShell, type ShellResult } from './doc-shell.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DOCS = ['README.md', 'docs/cli.md'] as const;

/** The files of the working tree as git sees them: tracked (unless deleted) and untracked-but-not-ignored. */
function copyWorkingTree(to: string): void {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((p) => p !== '');
  for (const path of new Set(listed)) {
    const from = join(ROOT, path);
    if (!existsSync(from)) continue;
    mkdirSync(dirname(join(to, path)), { recursive: true });
    if (lstatSync(from).isSymbolicLink()) symlinkSync(readlinkSync(from), join(to, path));
    else copyFileSync(from, join(to, path));
  }
}

function describeFailure(step: Step, r: ShellResult): string {
  return `${step.doc}:${step.line}: \`${step.command}\` exited ${r.code ?? r.signal}\n--- stderr (end) ---\n${r.stderr.slice(-3000)}\n--- stdout (end) ---\n${r.stdout.slice(-2000)}`;
}

/** Probes a running `casus serve`: its facilitator link answers with the page and, with its code, the state. */
async function probeServer(stdout: string): Promise<void> {
  const link = /facilitator\s+(http:\/\/[^\s#]+)#(\S+)/.exec(stdout);
  if (link === null) throw new Error(`no facilitator link in:\n${stdout}`);
  const page = await fetch(link[1]!);
  if (page.status !== 200 || !(page.headers.get('content-type') ?? '').includes('text/html')) throw new Error(`GET ${link[1]} answered ${page.status}`);
  const state = await fetch(new URL('api/state', link[1]!), { headers: { authorization: `Bearer ${link[2]!}` } });
  if (state.status !== 200) throw new Error(`GET /api/state with the facilitator's code answered ${state.status}`);
  await state.json();
}

const MINUTE = 60_000;

export function defineDocsAsRun(checkout: Checkout, options: { timeoutMs: number; suiteTimeoutMs?: number }): void {
  const texts = Object.fromEntries(DOCS.map((d) => [d, readFileSync(join(ROOT, d), 'utf8')]));
  const blocks = Object.fromEntries(DOCS.map((d) => [d, docBlocks(texts[d]!)]));
  let base: string;
  let dir: string;
  let shell: DocShell;

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), `casus-docs-${checkout}-`));
    dir = join(base, 'casus');
    if (checkout === 'fresh-clone') {
      execFileSync('git', ['clone', '--quiet', ROOT, dir]);
      const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });
      if (dirty.trim() !== '') console.warn(`fresh clone: the clone is of the committed HEAD; these changes are not in it:\n${dirty}`);
    } else {
      mkdirSync(dir);
      copyWorkingTree(dir);
    }
    mkdirSync(join(base, 'shell'));
    shell = new DocShell(dir, join(base, 'shell'));
  });
  afterAll(() => { if (base !== undefined && process.env.CASUS_KEEP_DOCS_CHECKOUT !== '1') rmSync(base, { recursive: true, force: true }); });

  describe(`the docs' shell blocks (${DOCS.join(', ')})`, () => {
    it('are every one classified: run, output shown, excerpt, file copy, or not run with a reason', () => {
      const unclassified = DOCS.flatMap((d) => blocks[d]!.filter((b) => b.kind === 'unclassified').map((b) => `${d}:${b.line}`));
      expect(unclassified, 'blocks with neither a shell language nor an "Example (`casus …`):" intro nor a <!-- doc-test: … --> marker').toEqual([]);
      const notRun = DOCS.flatMap((d) => blocks[d]!.flatMap((b) => (b.kind === 'not-run' && b.reason !== 'synopsis' ? [`${d}:${b.line} ${b.reason}`] : [])));
      // Listed so a reader of the test log sees what the docs hold back, and why.
      console.info(`not run (the docs say why):\n  ${notRun.join('\n  ')}`);
      expect(stepsOf('README.md', blocks['README.md']!, checkout).length).toBeGreaterThanOrEqual(15);
      expect(stepsOf('docs/cli.md', blocks['docs/cli.md']!, checkout).filter((s) => s.expect.kind === 'prints').length).toBeGreaterThanOrEqual(10);
    });

    it('that copy a file of the repository copy it exactly', () => {
      for (const d of DOCS) {
        for (const b of blocks[d]!) {
          if (b.kind === 'file') expect(b.shown, `${d}:${b.line} shows ${b.path}`).toBe(readFileSync(join(ROOT, b.path), 'utf8').replace(/\n$/, ''));
        }
      }
    });
  });

  for (const doc of DOCS) {
    describe.sequential(`${doc}, pasted as printed into one shell (${checkout})`, () => {
      for (const step of stepsOf(doc, blocks[doc]!, checkout)) {
        it(`${doc}:${step.line} ${step.command.replace(/\s+/g, ' ')}`, async () => {
          if (/^casus serve\b/.test(step.command)) {
            const r = await shell.serve(step.command, /Ctrl-C stops the server/, probeServer, 5 * MINUTE);
            expect(r.probeError, describeFailure(step, r)).toBeUndefined();
            expect(r.code, describeFailure(step, r)).toBe(0);
            // The line it prints for reopening the session in a terminal works as printed.
            const replay = /replay in a terminal: (casus .*)$/m.exec(r.stdout)?.[1];
            expect(replay, r.stdout).toBeDefined();
            const again = await shell.run(replay!, { timeoutMs: 5 * MINUTE });
            expect(again.code, describeFailure({ ...step, command: replay! }, again)).toBe(0);
            return;
          }
          const r = await shell.run(step.command, { stdin: step.stdin, timeoutMs: options.timeoutMs });
          expect(r.code, describeFailure(step, r)).toBe(0);
          if (step.expect.kind === 'prints') expect(r.stdout.replace(/\n$/, '')).toBe(step.expect.shown);
          if (step.expect.kind === 'transcript') expect((r.stdout + r.stderr).replaceAll(dir, TRANSCRIPT_HOME).replace(/\n$/, '')).toBe(step.expect.shown);
          if (step.expect.kind === 'excerpt') expect(hasExcerpt(r.stdout, step.expect.shown), `${doc}:${step.line}: these lines, consecutive, in the output of \`${step.command}\`:\n${step.expect.shown}\n--- output ---\n${r.stdout}`).toBe(true);
        }, options.suiteTimeoutMs ?? options.timeoutMs + MINUTE);
      }
    });
  }
}
