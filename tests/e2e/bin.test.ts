// Invariant: after the README's set-up (`pnpm install`), `casus` is a command on the PATH — the
// workspace bin pnpm links into node_modules/.bin — that works from any directory, prints only its
// own output on stdout, and every line it prints for pasting (replay lines) works as printed.
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN_DIR = join(ROOT, 'node_modules/.bin');
const elsewhere = mkdtempSync(join(tmpdir(), 'casus-bin-'));

afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

interface Result { code: number; stdout: string; stderr: string }

/** Runs a command line in a shell, as a user types it, with node_modules/.bin on the PATH. */
function shell(line: string, cwd: string): Promise<Result> {
  return new Promise((done) => {
    execFile('sh', ['-c', line], {
      cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, PATH: `${BIN_DIR}:${process.env.PATH ?? ''}` }, timeout: 60_000, maxBuffer: 64 << 20,
    }, (error, stdout, stderr) => done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr }));
  });
}

describe('casus on the PATH', () => {
  it('is installed into node_modules/.bin, executable, and points at the CLI package', () => {
    const bin = join(BIN_DIR, 'casus');
    expect(() => accessSync(bin, constants.X_OK)).not.toThrow();
    expect(realpathSync(join(ROOT, 'node_modules/@casus/cli'))).toBe(realpathSync(join(ROOT, 'packages/cli')));
    accessSync(join(ROOT, 'packages/cli/bin/casus.mjs'), constants.X_OK);
  });

  it('runs from another directory; a story\'s replay line, pasted, prints the same bytes', async () => {
    const first = await shell('casus run tutorial --seed 2', elsewhere);
    expect(first.code, first.stderr).toBe(0);
    const replay = /^replay: (casus .*)$/m.exec(first.stdout)?.[1];
    expect(replay).toBe('casus run tutorial --seed 2 --run 0');
    const again = await shell(replay!, elsewhere);
    expect(again.stdout).toBe(first.stdout);
  });

  it('a batch\'s replay lines, pasted, reproduce the batch and its runs', async () => {
    const batch = await shell('casus run tutorial --runs 400 --seed 9 --nominal --quiet', elsewhere);
    expect(batch.code, batch.stderr).toBe(0);
    const line = /^Replay this batch: (casus .*)$/m.exec(batch.stdout)?.[1];
    expect(line).toBe('casus run tutorial --runs 400 --seed 9 --nominal');
    const hint = /^Replay one run: +(casus .*) --run K/m.exec(batch.stdout)?.[1];
    const [again, one] = await Promise.all([shell(`${line!} --quiet`, elsewhere), shell(`${hint!} --run 7`, elsewhere)]);
    expect(again.stdout).toBe(batch.stdout);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^replay: casus run tutorial --seed 9 --run 7$/m);
  });

  it('stdout carries only the command\'s output: redirected JSON parses', async () => {
    const out = join(elsewhere, 'casus.schema.json');
    const r = await shell(`casus schema > ${out} && node -e "JSON.parse(require('fs').readFileSync('${out}','utf8'))" && casus run tutorial --json | node -e "JSON.parse(require('fs').readFileSync(0,'utf8'))"`, elsewhere);
    expect(r.code, r.stderr).toBe(0);
  });
});
