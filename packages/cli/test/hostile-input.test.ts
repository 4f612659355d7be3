// Invariant: no input file can flood or corrupt the terminal — a file that is not text gets one
// E_NOT_TEXT issue, a file with many errors gets at most 20 lines and a count, and every printed
// line is short and free of control characters.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printable } from '../src/issue-lines.js';
import { cli, removeTempDirs, tempDir } from './batch/helpers.js';

afterAll(removeTempDirs);

/** Deterministic bytes that are not UTF-8 text (a xorshift generator). */
function binary(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = 2463534242;
  for (let i = 0; i < n; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; out[i] = x & 0xff; }
  return out;
}

describe('hostile input', () => {
  it('a binary file, or one with a NUL byte, is one E_NOT_TEXT issue', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'garbage.yaml'), binary(200_000));
    writeFileSync(join(dir, 'nul.yaml'), 'version: "1.0"\nid: a\u0000b\n');
    const [garbage, nul] = await Promise.all([cli(['validate', join(dir, 'garbage.yaml')]), cli(['validate', join(dir, 'nul.yaml')])]);
    expect(garbage.code).toBe(1);
    expect(garbage.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(garbage.stdout).toMatch(/garbage\.yaml:\d+:\d+ not a text file: .*\[E_NOT_TEXT\]/);
    expect(nul.stdout).toMatch(/^.*nul\.yaml:2:6 not a text file: it holds the control character U\+0000 \(NUL\).*\[E_NOT_TEXT\]$/m);
  });

  it('many issues are capped at 20 lines and a count; long quoted values are shortened and escaped', async () => {
    const dir = tempDir();
    const actors = Array.from({ length: 60 }, (_, i) => `  A${i}: { name: 1, bogus${i}: true }`).join('\n');
    const long = `${'x'.repeat(5000)}\u001b[2J`;
    writeFileSync(join(dir, 'many.yaml'), `version: "1.0"\nid: "${long.replace('\u001b', '\\e')}"\ntitle: t\nclock: { start: 2025-01-06, tick: week, horizon: 4 }\nactors:\n${actors}\noutcomes: {}\n`);
    const r = await cli(['validate', join(dir, 'many.yaml')]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(22);
    expect(lines[20]).toMatch(/^… and \d+ more issues \(casus validate --json lists them all\)$/);
    for (const line of lines) {
      expect([...line].length).toBeLessThanOrEqual(300);
      // eslint-disable-next-line no-control-regex
      expect(line).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    }
  });

  it('printable escapes control characters and keeps the end of a long line', () => {
    expect(printable('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    const cut = printable(`${'y'.repeat(1000)} [E_CODE]`, 100);
    expect([...cut].length).toBe(100);
    expect(cut.endsWith('[E_CODE]')).toBe(true);
  });

  it('an unquoted version: 1.0 names the fix', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'v.yaml'), 'version: 1.0\nid: v\n');
    const r = await cli(['validate', join(dir, 'v.yaml')]);
    expect(r.stdout).toMatch(/version: .*\[E_VERSION\] \(quote it: version: "1\.0" — unquoted, YAML reads 1\.0 as the number 1\)/);
  });
});
