// Invariant: every way a batch stops early — a precision target (of outcomes or metrics), the first failed run with
// --fail-fast or past --max-failed — stops at a chunk boundary decided by the merged runs alone, so it is the same
// for any worker count; failed runs are recorded with their replay lines and the batch goes on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aggregatesOf, cli, readResult, RUNAWAY, tempDir, TWO_STATES, removeTempDirs } from './helpers.js';

/** The tutorial with two metrics (a count and a ticks metric). */
const METRICS = 'packages/cli/test/fixtures/sweep.yaml';

afterAll(removeTempDirs);

describe('stopping rules', () => {
  it('--precision stops at the same chunk for 1 and 2 workers and reports the half-width reached', async () => {
    const dir = tempDir();
    const common = ['run', TWO_STATES, '--runs', '100000', '--precision', '0.01', '--seed', '4', '--quiet'];
    const one = await cli([...common, '--workers', '1', '--out', join(dir, 'one.json')]);
    const two = await cli([...common, '--workers', '2', '--out', join(dir, 'two.json')]);
    expect([one.code, two.code]).toEqual([0, 0]);
    const runs = readResult(join(dir, 'one.json')).manifest.runs;
    expect(runs.to % 1000).toBe(0);
    expect(runs.to).toBeLessThan(100000);
    expect(runs).toEqual({ from: 0, to: runs.to, total: runs.to });
    expect(readResult(join(dir, 'two.json')).manifest).toEqual(readResult(join(dir, 'one.json')).manifest);
    expect(aggregatesOf(join(dir, 'two.json'))).toBe(aggregatesOf(join(dir, 'one.json')));
    expect(one.stdout).toMatch(/Precision: widest 95% half-width 0\.0\d+ ≤ target 0\.01 after [\d,]+ runs/);
  });

  it('--rel-precision stops at the same chunk for 1 and 2 workers, plain or with --rare, and --nominal reproduces the plain figures', async () => {
    const dir = tempDir();
    for (const [name, extra] of [['plain', ['--outcome', 'clash']], ['rare', ['--rare', 'sanctions_vetoed', '--rare-levels', '1:4']], ['branching', ['--rare', 'sanctions_vetoed']]] as const) {
      const common = ['run', TWO_STATES, '--runs', '50000', '--rel-precision', name === 'plain' ? '0.05' : '0.1', ...extra, '--seed', '4', '--quiet'];
      const one = await cli([...common, '--workers', '1', '--out', join(dir, `${name}-1.json`)]);
      const two = await cli([...common, '--workers', '2', '--out', join(dir, `${name}-2.json`)]);
      expect([one.code, two.code], one.stderr).toEqual([0, 0]);
      const runs = readResult(join(dir, `${name}-1.json`)).manifest.runs;
      expect(runs.to).toBeLessThan(50000);
      expect(aggregatesOf(join(dir, `${name}-2.json`))).toBe(aggregatesOf(join(dir, `${name}-1.json`)));
      expect(one.stdout).toMatch(/Relative precision: 95% half-width ±\d+\.\d% of P for \w+ ≤ target/);
      expect(one.stdout).toContain('Nominal judgments (implied by');
      // The roots' own runs are the plain batch of the same runs.
      const nominal = await cli(['run', TWO_STATES, '--runs', String(runs.to), '--nominal', '--seed', '4', '--quiet', '--workers', '1', '--out', join(dir, `${name}-n.json`)]);
      expect(nominal.code).toBe(0);
      const { splitting: _, branching: __, ...plainPart } = JSON.parse(aggregatesOf(join(dir, `${name}-1.json`))) as Record<string, unknown>;
      expect(plainPart).toEqual(JSON.parse(aggregatesOf(join(dir, `${name}-n.json`))));
    }
  });

  it('--metric-precision stops at the first chunk where every named metric\'s half-width is met, the same for 1 and 2 workers, and verifies', async () => {
    const dir = tempDir();
    const common = ['run', METRICS, '--runs', '100000', '--metric-precision', 'strikes=0.02', 'weeks_joined=0.03', '--seed', '4', '--quiet'];
    const one = await cli([...common, '--workers', '1', '--out', join(dir, 'one.json')]);
    const two = await cli([...common, '--workers', '2', '--out', join(dir, 'two.json')]);
    expect([one.code, two.code], one.stderr).toEqual([0, 0]);
    const doc = readResult(join(dir, 'one.json'));
    const stop = doc.manifest.runs.to;
    expect(stop % 1000).toBe(0);
    expect(stop).toBeLessThan(100000);
    expect(doc.manifest.options.metricPrecision).toEqual({ strikes: 0.02, weeks_joined: 0.03 });
    expect(readResult(join(dir, 'two.json')).manifest).toEqual(doc.manifest);
    expect(aggregatesOf(join(dir, 'two.json'))).toBe(aggregatesOf(join(dir, 'one.json')));
    expect(one.stdout).toContain('Nominal judgments (implied by --metric-precision)');
    const line = /Metric precision \(95% half-width of the mean\): strikes ±([\d.]+) ≤ ±0\.02, weeks_joined ±([\d.]+) ≤ ±0\.03 after ([\d,]+) runs\n/.exec(one.stdout);
    expect(line, one.stdout).not.toBeNull();
    expect(Number(line![3]!.replaceAll(',', ''))).toBe(stop);
    // The half-widths are the metrics table's: the stop rule reads the figures the summary prints.
    const json = await cli(['summary', join(dir, 'one.json'), '--json']);
    const s = JSON.parse(json.stdout) as { metricPrecision: { id: string; target: number; reached: number }[]; metrics: { id: string; mean: number; hi: number }[] };
    for (const x of s.metricPrecision) {
      const m = s.metrics.find((y) => y.id === x.id)!;
      expect(x.reached).toBeCloseTo(m.hi - m.mean, 12);
      expect(x.reached).toBeLessThanOrEqual(x.target);
    }
    // One chunk fewer (chunks of 1,000 runs with this cap) does not reach them: it stopped at the first chunk that did.
    const before = await cli(['run', METRICS, '--runs', String(stop - 1000), '--nominal', '--seed', '4', '--quiet', '--json']);
    const widths = (JSON.parse(before.stdout) as { metrics: { id: string; mean: number; hi: number }[] }).metrics.map((m) => m.hi - m.mean);
    expect(widths[0]! > 0.02 || widths[1]! > 0.03, JSON.stringify(widths)).toBe(true);
    // A cap that comes first says so.
    const short = await cli([...common.slice(0, 2), '--runs', '1000', ...common.slice(4), '--workers', '1']);
    expect(short.code).toBe(0);
    expect(short.stdout).toMatch(/Metric precision .* after 1,000 runs \(not reached: the run cap came first\)/);
    // The replay line carries the targets, and verify sets the batch up again and stops where it stopped.
    expect(one.stdout).toContain('--metric-precision strikes=0.02 --metric-precision weeks_joined=0.03');
    const verify = await cli(['verify', join(dir, 'one.json')]);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toContain('identical');
    // The file's summary replays its runs as a fixed batch at the nominal values: the same aggregates.
    const summary = await cli(['summary', join(dir, 'one.json')]);
    const replay = /Replay this batch: casus (.*)\n/.exec(summary.stdout)![1]!;
    expect(replay).toBe(`run ${METRICS} --runs ${stop} --seed 4 --nominal`);
    const again = await cli([...replay.split(' '), '--quiet', '--out', join(dir, 'again.json')]);
    expect(again.code, again.stderr).toBe(0);
    expect(aggregatesOf(join(dir, 'again.json'))).toBe(aggregatesOf(join(dir, 'one.json')));
  });

  it('--metric-precision names a declared metric with a positive half-width, and stops in one process', async () => {
    const unknown = await cli(['run', METRICS, '--metric-precision', 'strike=0.1']);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('[E_METRIC_UNKNOWN]')]);
    expect(unknown.stderr).toContain('strikes, weeks_joined');
    const none = await cli(['run', TWO_STATES, '--metric-precision', 'strikes=0.1']);
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('declares no metrics [E_METRIC_UNKNOWN]')]);
    for (const bad of ['strikes', 'strikes=0', 'strikes=x', 'strikes=-1']) {
      const r = await cli(['run', METRICS, '--metric-precision', bad]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('[E_OPTION_VALUE]')]);
    }
    const twice = await cli(['run', METRICS, '--metric-precision', 'strikes=0.1,strikes=0.2']);
    expect(twice.stderr).toContain('names strikes twice [E_OPTION_VALUE]');
    for (const other of [['--shard', '0/2', '--runs', '100'], ['--parameter-draws', '4', '--runs', '100']]) {
      const r = await cli(['run', METRICS, '--metric-precision', 'strikes=0.1', ...other]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('[E_OPTION_CONFLICT]')]);
    }
  });

  it('failed runs are recorded with a replay line each; the batch goes on and exits 3', async () => {
    const r = await cli(['run', RUNAWAY, '--runs', '1000', '--seed', '1', '--workers', '1', '--quiet', '--json']);
    expect(r.code).toBe(3);
    const s = JSON.parse(r.stdout) as { simulated: number; failures: { count: number; first: { run: number; message: string; replay: string }[] } };
    expect(s.simulated).toBe(1000);
    expect(s.failures.count).toBeGreaterThan(5);
    const f = s.failures.first[0]!;
    expect(f.message).toContain('events in tick');
    expect(f.replay).toBe(`casus run ${RUNAWAY} --seed 1 --run ${f.run}`);
    const text = await cli(['run', RUNAWAY, '--runs', '1000', '--seed', '1', '--workers', '1', '--quiet']);
    expect(text.stdout).toContain(`replay: casus run ${RUNAWAY} --seed 1 --run ${f.run}`);
    // The replay line reproduces the failure alone.
    const replay = await cli(f.replay.split(' ').slice(1));
    expect(replay.code).toBe(3);
    expect(replay.stderr).toContain('events in tick');
  });

  it('--fail-fast stops after the first chunk with a failure, the same for 1 and 2 workers', async () => {
    const dir = tempDir();
    const common = ['run', RUNAWAY, '--runs', '20000', '--seed', '1', '--quiet', '--fail-fast'];
    const one = await cli([...common, '--workers', '1', '--out', join(dir, 'one.json')]);
    const two = await cli([...common, '--workers', '2', '--out', join(dir, 'two.json')]);
    expect([one.code, two.code]).toEqual([3, 3]);
    const doc = readResult(join(dir, 'one.json'));
    expect(doc.partial).toBe(true);
    expect(doc.manifest.runs.to).toBe(200);
    expect(doc.aggregates.errors.length).toBeGreaterThan(0);
    expect(aggregatesOf(join(dir, 'two.json'))).toBe(aggregatesOf(join(dir, 'one.json')));
    expect(one.stdout).toMatch(/Stopped at a failed run \(--fail-fast, or --max-failed passed: \d+ failed\): these figures cover the runs up to the chunk that held it\./);
  });

  it('--max-failed N stops after the first chunk that brings the failures above N, the same for 1 and 2 workers', async () => {
    const dir = tempDir();
    // About 2% of the runaway scenario's runs fail: more than 10 by the third or fourth chunk of 200 runs.
    const common = ['run', RUNAWAY, '--runs', '20000', '--seed', '1', '--quiet', '--max-failed', '10'];
    const one = await cli([...common, '--workers', '1', '--out', join(dir, 'one.json')]);
    const two = await cli([...common, '--workers', '2', '--out', join(dir, 'two.json')]);
    expect([one.code, two.code]).toEqual([3, 3]);
    const doc = readResult(join(dir, 'one.json'));
    expect(doc.partial).toBe(true);
    expect(doc.aggregates.failed).toBeGreaterThan(10);
    // The stop is the end of the first 200-run chunk whose runs, with those before, hold more than
    // 10 failures — read from the per-run records of the whole batch.
    const all = await cli(['run', RUNAWAY, '--runs', '20000', '--seed', '1', '--quiet', '--workers', '1', '--runs-out', join(dir, 'all.ndjson')]);
    expect(all.code).toBe(3);
    const failed = readFileSync(join(dir, 'all.ndjson'), 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as { status: string }).status === 'error');
    let stop = 200;
    while (failed.slice(0, stop).filter(Boolean).length <= 10) stop += 200;
    expect(doc.manifest.runs.to).toBe(stop);
    expect(doc.aggregates.failed).toBe(failed.slice(0, stop).filter(Boolean).length);
    expect(aggregatesOf(join(dir, 'two.json'))).toBe(aggregatesOf(join(dir, 'one.json')));
    expect(one.stdout).toContain('--max-failed passed: ');
    const both = await cli([...common, '--fail-fast']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--fail-fast is --max-failed 0: give one of them \[E_OPTION_CONFLICT\]\n$/);
  });
});
