// Invariant: every bad batch option is refused before anything runs, with exit 2, one line on
// stderr naming the option, the value and the fix, a stable code, and no stack trace.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { shardRange } from '../../src/batch/shard.js';
import { cli, tempDir, TWO_STATES, removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);

const batch = (...args: string[]) => cli(['run', TWO_STATES, '--runs', '100', '--workers', '1', '--quiet', ...args]);

function expectUsage(r: { code: number; stdout: string; stderr: string }, code: string): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(new RegExp(`^casus: [^\\n]*\\[${code}\\]\\n$`));
}

describe('bad batch options', () => {
  it('--shard that is not i/n with 0 ≤ i < n: E_SHARD', async () => {
    for (const bad of ['3/3', '1', 'a/b', '0/0', '-1/2']) expectUsage(await batch('--shard', bad), 'E_SHARD');
    const r = await batch('--shard', '3/3');
    expect(r.stderr).toContain('0 ≤ i ≤ 2');
  });

  it('--shard-count without a scheduler index, or with one out of range: E_SHARD_INDEX', async () => {
    expectUsage(await batch('--shard-count', '4'), 'E_SHARD_INDEX');
    const r = await cli(['run', TWO_STATES, '--runs', '100', '--quiet', '--shard-count', '4'], { env: { SLURM_ARRAY_TASK_ID: '4' } });
    expectUsage(r, 'E_SHARD_INDEX');
    expect(r.stderr).toContain('--array=0-3');
    expectUsage(await batch('--shard-count', 'x'), 'E_SHARD');
  });

  it('--given naming no outcome: E_GIVEN_UNKNOWN, listing the outcomes', async () => {
    const r = await batch('--given', 'clsh');
    expectUsage(r, 'E_GIVEN_UNKNOWN');
    expect(r.stderr).toContain('clash, ally_intervenes, sanctions_vetoed');
  });

  it('--outcome or --rare naming no outcome: E_OUTCOME_UNKNOWN', async () => {
    expectUsage(await batch('--rel-precision', '0.1', '--outcome', 'clsh'), 'E_OUTCOME_UNKNOWN');
    expectUsage(await batch('--rare', 'wr'), 'E_OUTCOME_UNKNOWN');
  });

  it('relative precision, rare outcomes and --nominal: values and combinations', async () => {
    expectUsage(await batch('--rel-precision', '1.5', '--outcome', 'clash'), 'E_OPTION_VALUE');
    expectUsage(await batch('--rel-precision', '0.1'), 'E_OPTION_CONFLICT');
    expectUsage(await batch('--outcome', 'clash'), 'E_OPTION_CONFLICT');
    expectUsage(await batch('--rare-levels', '1:3'), 'E_OPTION_CONFLICT');
    expectUsage(await batch('--rare', 'clash', '--rare-levels', '2:3,1:2'), 'E_OPTION_VALUE');
    expectUsage(await batch('--rare', 'clash', '--rare-levels', 'one'), 'E_OPTION_VALUE');
    expectUsage(await batch('--rare-below', '0'), 'E_OPTION_VALUE');
    expectUsage(await batch('--rare-below', '1.5'), 'E_OPTION_VALUE');
    expectUsage(await batch('--rare-below', '0.01', '--parameter-draws', '2'), 'E_OPTION_CONFLICT');
    expectUsage(await batch('--rare', 'clash', '--parameter-draws', '2'), 'E_OPTION_CONFLICT');
    expectUsage(await batch('--nominal', '--parameter-draws', '2'), 'E_OPTION_CONFLICT');
    expectUsage(await batch('--rel-precision', '0.1', '--outcome', 'clash', '--shard', '0/2'), 'E_OPTION_CONFLICT');
  });

  it('--resume without --out, or without a checkpoint: E_RESUME_NO_CHECKPOINT', async () => {
    expectUsage(await batch('--resume'), 'E_RESUME_NO_CHECKPOINT');
    const dir = tempDir();
    const r = await batch('--resume', '--out', join(dir, 'r.json'));
    expectUsage(r, 'E_RESUME_NO_CHECKPOINT');
    expect(r.stderr).toContain('r.json.partial');
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
  });

  it('a checkpoint left by an interrupted batch is not overwritten without --resume or --restart: E_CHECKPOINT_EXISTS', async () => {
    const dir = tempDir();
    const out = join(dir, 'r.json');
    writeFileSync(`${out}.partial`, 'the work of an interrupted batch');
    const refused = await batch('--out', out);
    expectUsage(refused, 'E_CHECKPOINT_EXISTS');
    expect(refused.stderr).toContain('--resume');
    expect(refused.stderr).toContain('--restart');
    expect(readFileSync(`${out}.partial`, 'utf8')).toBe('the work of an interrupted batch');
    expect(existsSync(out)).toBe(false);
    expectUsage(await batch('--out', out, '--resume', '--restart'), 'E_OPTION_CONFLICT');
    const restarted = await cli(['run', TWO_STATES, '--runs', '100', '--workers', '1', '--out', out, '--restart']);
    expect(restarted.code, restarted.stderr).toBe(0);
    expect(restarted.stderr).toContain('discarding the checkpoint');
    expect(existsSync(out)).toBe(true);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('a checkpoint of another batch: E_RESUME_MISMATCH', async () => {
    const dir = tempDir();
    const out = join(dir, 'r.json');
    // An interrupted batch leaves its checkpoint; fake the interruption with an immediate Ctrl-C.
    let handler: (() => void) | undefined;
    const stopped = await cli(['run', TWO_STATES, '--runs', '50000', '--workers', '1', '--quiet', '--out', out], {
      onInterrupt: (h) => { handler = h; setImmediate(h); return () => { handler = undefined; }; },
    });
    expect(stopped.code).toBe(130);
    expect(handler).toBeUndefined();
    expect(existsSync(`${out}.partial`)).toBe(true);
    expectUsage(await cli(['run', TWO_STATES, '--runs', '50000', '--seed', '2', '--workers', '1', '--quiet', '--out', out, '--resume']), 'E_RESUME_MISMATCH');
    // A checkpoint drawn under an older seed scheme is refused, and the message says so.
    const saved = readFileSync(`${out}.partial`, 'utf8');
    writeFileSync(`${out}.partial`, saved.replace(/"seedScheme": ?"[^"]*"/, '"seedScheme":"casus-xor128-v1"'));
    const old = await cli(['run', TWO_STATES, '--runs', '50000', '--workers', '1', '--quiet', '--out', out, '--resume']);
    expectUsage(old, 'E_RESUME_MISMATCH');
    expect(old.stderr).toMatch(/seed scheme casus-xor128-v1/);
    writeFileSync(`${out}.partial`, saved);
    const resumed = await cli(['run', TWO_STATES, '--runs', '50000', '--workers', '1', '--quiet', '--out', out, '--resume', '--runs-out', join(dir, 'x.csv')]);
    expectUsage(resumed, 'E_RESUME_RECORDS');
  });

  it('bad numbers, formats and combinations: E_OPTION_VALUE, E_OPTION_CONFLICT', async () => {
    expectUsage(await batch('--workers', '0'), 'E_OPTION_VALUE');
    expectUsage(await batch('--precision', '2'), 'E_OPTION_VALUE');
    expectUsage(await batch('--parameter-draws', '1.5'), 'E_OPTION_VALUE');
    expectUsage(await batch('--runs-out', 'runs.xlsx'), 'E_OPTION_VALUE');
    expectUsage(await batch('--max-runs', '10'), 'E_OPTION_CONFLICT');
    expectUsage(await batch('--precision', '0.01', '--shard', '0/2'), 'E_OPTION_CONFLICT');
    expectUsage(await batch('--precision', '0.01', '--parameter-draws', '3'), 'E_OPTION_CONFLICT');
  });

  it('refuses an output in a missing directory before simulating: E_OUTPUT_PATH', async () => {
    expectUsage(await batch('--out', '/nonexistent-casus-dir/result.json'), 'E_OUTPUT_PATH');
    expectUsage(await batch('--runs-out', '/nonexistent-casus-dir/runs.csv'), 'E_OUTPUT_PATH');
  });

  it('shards partition the runs exactly: contiguous, in order, covering [0, N)', () => {
    fc.assert(fc.property(fc.nat({ max: 10_000_000 }), fc.integer({ min: 1, max: 1000 }), (total, n) => {
      let at = 0;
      for (let i = 0; i < n; i++) {
        const r = shardRange({ index: i, count: n }, total);
        expect(r.from).toBe(at);
        expect(r.to).toBeGreaterThanOrEqual(r.from);
        at = r.to;
      }
      expect(at).toBe(total);
    }));
  });
});
