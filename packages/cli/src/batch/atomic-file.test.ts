// writeFileAtomic: the file appears whole, and with a mode it is never readable by others (the
// seminar's join codes), not even between its creation and a chmod.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-file.js';

const dir = mkdtempSync(join(tmpdir(), 'casus-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', () => {
    const path = join(dir, 'a.json');
    writeFileSync(path, 'old');
    writeFileAtomic(path, 'new text');
    expect(readFileSync(path, 'utf8')).toBe('new text');
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  // Windows has no owner-only mode bits to check.
  it.skipIf(process.platform === 'win32')('creates the file with the mode given, replacing one that was readable by all', () => {
    const path = join(dir, 'secret.json');
    writeFileSync(path, 'old');
    chmodSync(path, 0o644);
    writeFileAtomic(path, '{"codes":1}', 0o600);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('{"codes":1}');
  });
});
