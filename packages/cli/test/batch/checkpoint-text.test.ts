// A checkpoint is the result document on one line (the result file is indented): it is rewritten
// after every merged chunk, and the indentation made it four times longer. It must still read as
// a result document, and resuming from it must give the uninterrupted batch's aggregates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseResult, serialiseCheckpoint } from '../../src/batch/result-file.js';
import { aggregatesOf, cli, removeTempDirs, tempDir, TUTORIAL } from './helpers.js';

afterAll(removeTempDirs);

describe('the checkpoint OUT.partial', () => {
  it('is the result document on one line, and resumes to the uninterrupted aggregates', async () => {
    const dir = tempDir();
    const out = join(dir, 'r.json');
    const batch = ['run', TUTORIAL, '--runs', '100000', '--seed', '3', '--workers', '1', '--quiet'];
    // Interrupted as by Ctrl-C once a checkpoint counts a merged chunk.
    const merged = (): boolean => {
      try {
        return /"nextChunk":[1-9]/.test(readFileSync(`${out}.partial`, 'utf8'));
      } catch {
        return false;
      }
    };
    const stopped = await cli([...batch, '--out', out], {
      onInterrupt: (h) => {
        const poll = setInterval(() => { if (merged()) { clearInterval(poll); h(); } }, 10);
        return () => clearInterval(poll);
      },
    });
    expect(stopped.code).toBe(130);
    const text = readFileSync(`${out}.partial`, 'utf8');
    expect(text.indexOf('\n')).toBe(text.length - 1);
    const parsed = parseResult(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.doc.partial).toBe(true);
    expect(parsed.doc.checkpoint?.nextChunk).toBeGreaterThan(0);
    expect(serialiseCheckpoint(parsed.doc)).toBe(text);
    const resumed = await cli([...batch, '--out', out, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const whole = await cli([...batch, '--out', join(dir, 'whole.json')]);
    expect(whole.code).toBe(0);
    expect(aggregatesOf(out)).toBe(aggregatesOf(join(dir, 'whole.json')));
    expect(readFileSync(out, 'utf8')).toContain('\n  "manifest": ');
  });
});
