// Invariant: a script using `@casus/cli/batch` gets exactly what `casus run` gets — the same
// aggregates and the same per-run record bytes — and the command's refusals as coded errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BatchError, runParallelBatch, verifyBatchResult } from '../../src/batch/library.js';
import { aggregatesOf, cli, readResult, ROOT, removeTempDirs, tempDir, TUTORIAL } from './helpers.js';

afterAll(removeTempDirs);

describe('runParallelBatch', () => {
  it('gives the bytes of casus run: aggregates and per-run records, on 2 workers, on 1, and starting in this thread', async () => {
    const dir = tempDir();
    const viaCli = await cli(['run', TUTORIAL, '--runs', '3000', '--seed', '11', '--workers', '2', '--quiet', '--out', join(dir, 'cli.json'), '--runs-out', join(dir, 'cli.ndjson')]);
    expect(viaCli.code, viaCli.stderr).toBe(0);
    // undefined: no `workers`, this thread first and workers beside it as the ramp decides.
    for (const workers of [2, 1, undefined]) {
      const lib = await runParallelBatch({
        scenario: TUTORIAL, cwd: ROOT, runs: 3000, seed: 11, ...(workers !== undefined ? { workers } : {}),
        out: join(dir, `lib${workers}.json`), runsOut: join(dir, `lib${workers}.ndjson`),
      });
      expect(lib.reason).toBe('complete');
      if (workers !== undefined) expect(lib.workers).toBe(workers);
      else expect(lib.workers).toBeGreaterThanOrEqual(1);
      expect(aggregatesOf(join(dir, `lib${workers}.json`))).toBe(aggregatesOf(join(dir, 'cli.json')));
      expect(readFileSync(join(dir, `lib${workers}.ndjson`), 'utf8')).toBe(readFileSync(join(dir, 'cli.ndjson'), 'utf8'));
      expect(lib.summary.runs).toBe(3000);
    }
  });

  it('refuses bad options with the command\'s codes, before simulating anything', async () => {
    await expect(runParallelBatch({ scenario: TUTORIAL, cwd: ROOT, runs: 0 })).rejects.toMatchObject({ name: 'BatchError', code: 'E_OPTION_VALUE', exitCode: 2 });
    await expect(runParallelBatch({ scenario: TUTORIAL, cwd: ROOT, runs: 10, resume: true })).rejects.toBeInstanceOf(BatchError);
    // Every refusal carries its code, not only the batch's own (until 5 Dec 2026 these had none).
    await expect(runParallelBatch({ scenario: 'nope', cwd: ROOT, runs: 10 })).rejects.toMatchObject({ name: 'BatchError', code: 'E_SCENARIO_NOT_FOUND', exitCode: 2 });
    await expect(runParallelBatch({ scenario: TUTORIAL, cwd: ROOT, runs: 10, parameters: { no_such: 1 } })).rejects.toMatchObject({ code: 'E_PARAMETER_UNKNOWN', exitCode: 2 });
    await expect(runParallelBatch({ scenario: TUTORIAL, cwd: ROOT, runs: 10, situation: 'nowhere' })).rejects.toMatchObject({ code: 'E_SITUATION_UNKNOWN', exitCode: 2 });
  });

  it('stops on an aborted signal, like Ctrl-C', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await runParallelBatch({ scenario: TUTORIAL, cwd: ROOT, runs: 200_000, workers: 1, signal: controller.signal });
    expect(r.reason).toBe('interrupted');
    expect(r.manifest.runs.to).toBeLessThan(200_000);
  });
});

describe('runParallelBatch with the stopping rules and rare outcomes', () => {
  it('gives the command\'s bytes for --rel-precision with --rare', async () => {
    const dir = tempDir();
    const viaCli = await cli(['run', TUTORIAL, '--rare', 'ally_intervenes', '--rel-precision', '0.5', '--max-runs', '3000', '--seed', '7', '--workers', '1', '--quiet', '--out', join(dir, 'cli.json')]);
    expect(viaCli.code, viaCli.stderr).toBe(0);
    await runParallelBatch({ scenario: TUTORIAL, cwd: ROOT, runs: 1, rare: ['ally_intervenes'], relPrecision: 0.5, maxRuns: 3000, seed: 7, workers: 1, out: join(dir, 'lib.json') });
    expect(aggregatesOf(join(dir, 'lib.json'))).toBe(aggregatesOf(join(dir, 'cli.json')));
    expect(JSON.stringify(readResult(join(dir, 'lib.json')).manifest)).toBe(JSON.stringify(readResult(join(dir, 'cli.json')).manifest));
  });

  it('gives the command\'s bytes for --metric-precision', async () => {
    const dir = tempDir();
    const fixture = 'packages/cli/test/fixtures/sweep.yaml';
    const viaCli = await cli(['run', fixture, '--metric-precision', 'weeks_joined=0.05', '--max-runs', '20000', '--seed', '7', '--workers', '1', '--quiet', '--out', join(dir, 'cli.json')]);
    expect(viaCli.code, viaCli.stderr).toBe(0);
    const lib = await runParallelBatch({ scenario: fixture, cwd: ROOT, runs: 1, metricPrecision: { weeks_joined: 0.05 }, maxRuns: 20000, seed: 7, workers: 1, out: join(dir, 'lib.json') });
    expect(lib.reason).toBe('precision');
    expect(lib.manifest.runs.to).toBeLessThan(20000);
    expect(aggregatesOf(join(dir, 'lib.json'))).toBe(aggregatesOf(join(dir, 'cli.json')));
    expect(JSON.stringify(readResult(join(dir, 'lib.json')).manifest)).toBe(JSON.stringify(readResult(join(dir, 'cli.json')).manifest));
    // Interrupted after its first piece, then resumed from the checkpoint: it stops where the
    // uninterrupted batch stopped, with the same bytes.
    const same = { scenario: fixture, cwd: ROOT, runs: 1, metricPrecision: { weeks_joined: 0.05 }, maxRuns: 20000, seed: 7, workers: 1, out: join(dir, 'cut.json') } as const;
    const controller = new AbortController();
    const cut = await runParallelBatch({ ...same, signal: controller.signal, onProgress: () => controller.abort() });
    expect(cut.reason).toBe('interrupted');
    expect(cut.manifest.runs.to).toBeLessThan(lib.manifest.runs.to);
    const resumed = await runParallelBatch({ ...same, resume: true });
    expect(resumed.reason).toBe('precision');
    expect(aggregatesOf(join(dir, 'cut.json'))).toBe(aggregatesOf(join(dir, 'lib.json')));
    expect(readResult(join(dir, 'cut.json')).manifest).toEqual(readResult(join(dir, 'lib.json')).manifest);
  });
});

describe('runParallelBatch with extend', () => {
  it('adds the runs an old result lacks, as --extend does', async () => {
    const dir = tempDir();
    await runParallelBatch({ scenario: TUTORIAL, cwd: ROOT, runs: 300, seed: 5, workers: 1, nominal: true, out: join(dir, 'old.json') });
    const more = await runParallelBatch({ scenario: TUTORIAL, cwd: ROOT, runs: 800, seed: 5, workers: 1, nominal: true, extend: join(dir, 'old.json'), out: join(dir, 'more.json') });
    await runParallelBatch({ scenario: TUTORIAL, cwd: ROOT, runs: 800, seed: 5, workers: 1, nominal: true, out: join(dir, 'whole.json') });
    expect(more.simulatedHere).toBe(500);
    expect(aggregatesOf(join(dir, 'more.json'))).toBe(aggregatesOf(join(dir, 'whole.json')));
    await expect(runParallelBatch({ scenario: TUTORIAL, cwd: ROOT, runs: 800, seed: 5, extend: join(dir, 'old.json') })).rejects.toMatchObject({ name: 'BatchError', code: 'E_EXTEND_DESIGN' });
  });
});

describe('verifyBatchResult', () => {
  it('finds a batch of the library identical, its records and a sample of them too, and refuses a file that is not a result', async () => {
    const dir = tempDir();
    await runParallelBatch({ scenario: TUTORIAL, cwd: ROOT, runs: 500, seed: 3, workers: 1, out: join(dir, 'r.json'), runsOut: join(dir, 'r.csv') });
    const whole = await verifyBatchResult({ result: join(dir, 'r.json'), runsFile: join(dir, 'r.csv'), workers: 2, cwd: ROOT });
    expect(whole.identical).toBe(true);
    expect([whole.simulated, whole.aggregates?.identical, whole.records?.checked]).toEqual([500, true, 500]);
    const sample = await verifyBatchResult({ result: join(dir, 'r.json'), runsFile: join(dir, 'r.csv'), sample: 7, cwd: ROOT });
    expect([sample.identical, sample.simulated, sample.aggregates, sample.records?.checked]).toEqual([true, 7, null, 7]);
    await expect(verifyBatchResult({ result: join(dir, 'r.csv'), cwd: ROOT })).rejects.toMatchObject({ name: 'BatchError', code: 'E_VERIFY_FORMAT', exitCode: 1 });
    const sweep = await cli(['sweep', TUTORIAL, '--vary', 'clash_rate=0.2,0.8', '--runs', '100', '--workers', '1', '--quiet', '--out', join(dir, 'sweep')]);
    expect(sweep.code, sweep.stderr).toBe(0);
    const points = await verifyBatchResult({ result: join(dir, 'sweep'), cwd: ROOT });
    expect([points.kind, points.points, points.simulated, points.identical]).toEqual(['sweep', 2, 200, true]);
  });
});
