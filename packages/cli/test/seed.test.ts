// One rule reads --seed in every command, so a seed names the same runs whether it is given to
// run, explain, compare or sweep; a seed that reads like a number but is used as text gets a note.
import { describe, expect, it } from 'vitest';
import { parseSeed as parseRawSeed } from '../src/batch/options.js';
import { parseSeed, seedNote } from '../src/run-request.js';
import { cli, TUTORIAL } from './batch/helpers.js';

describe('--seed', () => {
  it('is read by one rule in every command', () => {
    for (const text of ['0', '7', '007', '4294967295', '4294967296', '-1', ' 7', '1e3', '2.5', 'exercise-3']) {
      expect(parseRawSeed(text), text).toEqual(parseSeed(text));
    }
    expect(parseSeed('007')).toBe(7);
    expect(parseSeed('4294967295')).toBe(4294967295);
    expect(parseSeed('4294967296')).toBe('4294967296');
    expect(parseSeed('-1')).toBe('-1');
  });

  it('notes a numeric-looking string seed, and only that', () => {
    for (const text of ['-1', '1e3', '2.5', '4294967296', '+3']) expect(seedNote(parseSeed(text)), text).toContain('is not an integer in [0, 2^32)');
    for (const text of ['0', '42', 'exercise-3', 'korea-2025', '1-2']) expect(seedNote(parseSeed(text)), text).toBeUndefined();
  });

  it('the note reaches stderr once, and the run goes ahead', async () => {
    const r = await cli(['compare', TUTORIAL, '--vs', 'clash_rate=3', '--runs', '50', '--nominal', '--seed=-1', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.match(/casus: note: --seed "-1"/g)).toHaveLength(1);
    const plain = await cli(['run', TUTORIAL, '--seed', 'exercise-3']);
    expect(plain.code).toBe(0);
    expect(plain.stderr).not.toContain('note');
  });
});
