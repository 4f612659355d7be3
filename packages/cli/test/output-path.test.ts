// Invariant: an output that cannot be written is refused before any work, by every command, with
// one code (E_OUTPUT_PATH), exit 2, nothing on stdout and no *.partial left behind; a write that
// fails after the work keeps the result in a file the error names.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { capWorkers } from '../src/batch/options.js';
import { writeOutputKeeping } from '../src/output-path.js';
import { CodedError } from '../src/batch/errors.js';
import { cli, removeTempDirs, tempDir, TUTORIAL } from './batch/helpers.js';

afterAll(removeTempDirs);

function expectOutputPath(r: { code: number; stdout: string; stderr: string }): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^casus: [^\n]*\[E_OUTPUT_PATH\]\n$/);
}

describe('outputs checked before work', () => {
  it('run --runs N: a directory where the result goes, a missing directory, an unwritable one', async () => {
    const dir = tempDir();
    const run = (...args: string[]) => cli(['run', TUTORIAL, '--runs', '200', '--workers', '1', '--quiet', ...args]);
    expectOutputPath(await run('--out', dir));
    expectOutputPath(await run('--runs-out', dir));
    expectOutputPath(await run('--out', join(dir, 'missing', 'r.json')));
    expectOutputPath(await run('--out', '/proc/casus-r.json'));
    expect(readdirSync(dir)).toEqual([]);
    const r = await run('--out', dir);
    expect(r.stderr).toContain('is a directory');
  });

  it('compare, merge, report, sweep, sensitivity and play refuse the same way', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), 'x');
    expectOutputPath(await cli(['compare', TUTORIAL, '--set', 'ally_reliability=0.5', '--runs', '100', '--workers', '1', '--quiet', '--out', join(dir, 'missing', 'c.json')]));
    expectOutputPath(await cli(['merge', join(dir, 'a-file'), '--out', dir]));
    expectOutputPath(await cli(['report', join(dir, 'a-file'), '--out', join(dir, 'missing', 'r.html')]));
    expectOutputPath(await cli(['sweep', TUTORIAL, '--vary', 'ally_reliability=0.2,0.8', '--runs', '50', '--workers', '1', '--quiet', '--out', join(dir, 'a-file')]));
    // One policy: casus creates the directory it writes, never missing parents of it.
    expectOutputPath(await cli(['sweep', TUTORIAL, '--vary', 'ally_reliability=0.2,0.8', '--runs', '50', '--workers', '1', '--quiet', '--out', join(dir, 'no', 'such', 'sweep')]));
    expectOutputPath(await cli(['sensitivity', TUTORIAL, '--runs', '50', '--workers', '1', '--quiet', '--out', join(dir, 'a-file')]));
    expectOutputPath(await cli(['play', TUTORIAL, '--session', dir]));
    expect(readdirSync(dir)).toEqual(['a-file']);
  });

  it('a sweep creates its own directory when the parent exists', async () => {
    const dir = tempDir();
    const r = await cli(['sweep', TUTORIAL, '--vary', 'ally_reliability=0.2,0.8', '--runs', '20', '--workers', '1', '--quiet', '--out', join(dir, 'sweep')]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'sweep'))).toContain('manifest.json');
  });
});

describe('a write that fails after the work', () => {
  it('keeps the content in a fallback file and names it in an E_OUTPUT_WRITE error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'not-a-dir'), 'x');
    const fallbackDir = join(dir, 'fallback');
    mkdirSync(fallbackDir);
    let thrown: unknown;
    try {
      writeOutputKeeping(join(dir, 'not-a-dir', 'result.json'), '{"the":"result"}\n', fallbackDir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CodedError);
    expect((thrown as CodedError).code).toBe('E_OUTPUT_WRITE');
    const kept = readdirSync(fallbackDir);
    expect(kept).toHaveLength(1);
    expect((thrown as CodedError).message).toContain(join(fallbackDir, kept[0]!));
    expect(readFileSync(join(fallbackDir, kept[0]!), 'utf8')).toBe('{"the":"result"}\n');
  });
});

describe('--workers above the core count', () => {
  it('is capped to the cores, with a note; at or below it is kept silently', () => {
    let err = '';
    const io = { stderr: (s: string) => { err += s; } } as Parameters<typeof capWorkers>[1];
    expect(capWorkers(2, io, 4)).toBe(2);
    expect(err).toBe('');
    expect(capWorkers(64, io, 2)).toBe(2);
    expect(err).toBe('casus: note: --workers 64 is more than the 2 cores of this machine; using 2\n');
  });
});
