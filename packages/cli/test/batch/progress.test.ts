// Invariant: with CASUS_PROGRESS=ndjson every long command reports on stderr in JSON lines a script
// can read — a first line, at most one a second, and a last one — whatever --quiet says, and
// without it nothing but a terminal's bar is ever drawn.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProgress, progressMode } from '../../src/batch/progress.js';
import type { CliIo } from '../../src/io.js';
import { cli, removeTempDirs, tempDir, TUTORIAL } from './helpers.js';

afterAll(removeTempDirs);

function fakeIo(env: Record<string, string>, tty: boolean): CliIo & { err: string } {
  const io = { err: '', stdout: () => {}, stderr: (s: string) => { io.err += s; }, cwd: '.', env, isTTY: tty, stderrIsTTY: tty };
  return io;
}

describe('progress', () => {
  it('picks NDJSON from the environment (over --quiet), the bar on a terminal, else nothing', () => {
    expect(progressMode(fakeIo({ CASUS_PROGRESS: 'ndjson' }, false), true)).toBe('ndjson');
    expect(progressMode(fakeIo({}, true), false)).toBe('bar');
    expect(progressMode(fakeIo({}, true), true)).toBe('none');
    expect(progressMode(fakeIo({}, false), false)).toBe('none');
  });

  it('writes a first line, at most one a second, and a last one, with the rate and time left', () => {
    const io = fakeIo({}, false);
    let t = 10_000;
    const p = createProgress('ndjson', io, 1000, 100, () => t);
    for (let i = 0; i < 9; i++) { t += 250; p.add(100); }
    p.stop();
    p.stop();
    const lines = io.err.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.event, l.done, l.elapsedSeconds])).toEqual([
      ['progress', 100, 0], ['progress', 500, 1], ['progress', 900, 2], ['done', 1000, 2.25],
    ]);
    // 400 runs a second: 100 runs every 250 ms.
    expect(lines[1]).toEqual({ event: 'progress', done: 500, total: 1000, elapsedSeconds: 1, runsPerSecond: 400, etaSeconds: 1.25 });
    expect(lines[0]!.etaSeconds).toBeNull();
    expect(lines[3]!.etaSeconds).toBe(0);
  });

  it('is what casus run, compare and sweep print on stderr under CASUS_PROGRESS=ndjson', async () => {
    const dir = tempDir();
    const env = { CASUS_PROGRESS: 'ndjson' };
    const commands = [
      ['run', TUTORIAL, '--runs', '3000', '--workers', '1', '--quiet'],
      ['compare', TUTORIAL, TUTORIAL, '--runs', '600', '--workers', '1', '--quiet'],
      ['sweep', TUTORIAL, '--vary', 'clash_rate=0.3,0.9', '--runs', '300', '--workers', '1', '--quiet', '--out', join(dir, 'sweep')],
    ];
    for (const argv of commands) {
      const r = await cli(argv, { env });
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stderr.trimEnd().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { event: string; done: number; total: number });
      expect(lines.length, argv[0]).toBeGreaterThanOrEqual(2);
      expect(lines[0]).toMatchObject({ event: 'progress', done: 0 });
      expect(lines.at(-1)).toMatchObject({ event: 'done' });
      expect(lines.at(-1)!.done).toBe(lines.at(-1)!.total);
    }
  }, 60_000);
});
