// The checkpoint writer writes its text block by block through one reused buffer: the file must
// hold exactly the text's UTF-8, whatever its length and wherever a block ends (in particular
// between the two halves of a surrogate pair), and always the latest state requested. Snapshots
// are spaced by a multiple of what the last one took; flush() writes the latest state at once.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckpointWriter } from '../../src/batch/checkpoint-writer.js';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casus-checkpoint-'));
  dirs.push(dir);
  return join(dir, 'result.json.partial');
}

/** Text of about `units` UTF-16 code units mixing 1-, 2-, 3- and 4-byte characters. */
function mixedText(units: number, seed: number): string {
  const pieces = ['a', '{"x": 1}\n', 'é', '–', '한', '😀', '𝔸'];
  let s = '';
  let k = seed;
  while (s.length < units) {
    k = (k * 1103515245 + 12345) % 2147483648;
    s += pieces[k % pieces.length];
  }
  return s;
}

describe('CheckpointWriter', () => {
  it('writes the exact UTF-8 of texts longer than a block, emoji across block ends included', async () => {
    const path = tempFile();
    // A block holds 262,144 code units; put a surrogate pair across that boundary on purpose.
    const boundary = 262_144;
    const crossing = `${'b'.repeat(boundary - 1)}😀${mixedText(600_000, 7)}`;
    for (const text of ['', 'short ✓', crossing, mixedText(1_000_000, 3)]) {
      let current = text;
      const writer = new CheckpointWriter(path, () => ({ text: current, flushFirst: undefined }));
      writer.request();
      await writer.flush();
      expect(readFileSync(path).equals(Buffer.from(text, 'utf8'))).toBe(true);
      // A second, shorter state replaces the first entirely.
      current = text.slice(0, Math.floor(text.length / 3));
      writer.request();
      await writer.flush();
      expect(readFileSync(path).equals(Buffer.from(current, 'utf8'))).toBe(true);
    }
  });

  it('coalesces requests made during a write into one write of the latest state, and leaves no temporary file', async () => {
    const path = tempFile();
    let state = 0;
    let snapshots = 0;
    const writer = new CheckpointWriter(path, () => { snapshots++; return { text: `${mixedText(300_000, state)}#${state}`, flushFirst: undefined }; });
    writer.request();
    for (state = 1; state <= 5; state++) writer.request();
    state = 5;
    await writer.flush();
    expect(snapshots).toBe(2);
    expect(readFileSync(path, 'utf8').endsWith('#5')).toBe(true);
    expect(readdirSync(join(path, '..'))).toEqual(['result.json.partial']);
  });

  it('spaces snapshots by a multiple of what the last one took, and flush() writes the latest state at once', async () => {
    const path = tempFile();
    let state = 0;
    const taken: number[] = [];
    // Each snapshot takes ~10 ms of this thread; with spacing 60 the next may come ~600 ms later.
    const writer = new CheckpointWriter(path, () => {
      const t0 = performance.now();
      while (performance.now() - t0 < 10) { /* a costly serialisation */ }
      taken.push(performance.now());
      return { text: `state ${state}`, flushFirst: undefined };
    }, 60);
    writer.request();
    await new Promise((r) => setTimeout(r, 30));
    // Requests after the write, well within the spacing: none snapshots yet.
    for (state = 1; state <= 3; state++) { writer.request(); await new Promise((r) => setTimeout(r, 10)); }
    expect(taken).toHaveLength(1);
    // Left alone, the deferred request is written once the spacing has passed, with the state of then.
    state = 4;
    await new Promise((r) => setTimeout(r, 800));
    expect(taken).toHaveLength(2);
    expect(taken[1]! - taken[0]!).toBeGreaterThanOrEqual(590);
    expect(readFileSync(path, 'utf8')).toBe('state 4');
    // A request just after that is deferred again, but flush() does not wait for the spacing.
    state = 5;
    writer.request();
    const before = performance.now();
    await writer.flush();
    expect(performance.now() - before).toBeLessThan(400);
    expect(taken).toHaveLength(3);
    expect(readFileSync(path, 'utf8')).toBe('state 5');
  });
});
