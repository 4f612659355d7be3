// Invariants of `casus sweep`: one tidy row per design point × outcome; a Latin hypercube puts
// exactly one point in each of its N bins along every parameter; every point runs the same runs
// (common random numbers), so a point at the nominal values is exactly `casus run --runs N`; the
// directory is byte-identical whatever the worker count, however the points are sharded and merged,
// and whether or not the sweep was interrupted and resumed; bad specs are usage errors with a code.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { summarise, type Aggregates } from '@casus/engine';
import { SWEEP_ERROR_CODES } from '../src/sweep/errors.js';
import { parameterColumn } from '../src/sweep/tables.js';
import { cli, readResult, ROOT, tempDir } from './batch/helpers.js';

const FIXTURE = 'packages/cli/test/fixtures/sweep.yaml';
const OUTCOMES = 2;
const GRID = ['sweep', FIXTURE, '--vary', 'ally_reliability=0.6,0.9', '--vary', 'strike_rate=low,mid,high', '--runs', '300', '--seed', '7', '--quiet'];
/** The files that must not depend on how a sweep was executed (provenance.json does, by design). */
const FILES = ['sweep.csv', 'sweep.ndjson', 'sweep.parquet', 'metrics.csv', 'metrics.ndjson', 'metrics.parquet', 'aggregates.json', 'manifest.json'];

let dir: string;
const read = (d: string, f: string): string => readFileSync(join(d, f), f.endsWith('.parquet') ? 'latin1' : 'utf8');
const csvRows = (d: string): string[][] => read(d, 'sweep.csv').trimEnd().split('\n').map((l) => l.split(','));

interface Manifest { points: { index: number; values: Record<string, number>; levels?: Record<string, string> }[]; pointRange: { from: number; to: number; total: number }; replay: string }
interface AggregatesDoc { points: { index: number; aggregates: unknown }[] }

beforeAll(async () => {
  dir = tempDir();
  const r = await cli([...GRID, '--workers', '1', '--out', join(dir, 'grid')]);
  expect(r.code, r.stderr).toBe(0);
});

describe('casus sweep: the tidy table', () => {
  it('a 2 × 3 grid gives 6 points × outcomes rows, with the parameter values and level names', () => {
    const rows = csvRows(join(dir, 'grid'));
    expect(rows[0]).toEqual(['point', 'ally_reliability', 'strike_rate', 'strike_rate_level', 'outcome', 'runs', 'hits', 'probability', 'lo', 'hi']);
    expect(rows).toHaveLength(1 + 6 * OUTCOMES);
    // The last --vary varies fastest.
    expect(rows.slice(1).filter((_, i) => i % OUTCOMES === 0).map((r) => r.slice(0, 4))).toEqual([
      ['0', '0.6', '0.5', 'low'], ['1', '0.6', '1.5', 'mid'], ['2', '0.6', '3', 'high'],
      ['3', '0.9', '0.5', 'low'], ['4', '0.9', '1.5', 'mid'], ['5', '0.9', '3', 'high'],
    ]);
    for (const r of rows.slice(1)) {
      expect(Number(r[5])).toBe(300);
      expect(Number(r[7])).toBeCloseTo(Number(r[6]) / 300, 12);
      expect(Number(r[8])).toBeLessThanOrEqual(Number(r[7]));
      expect(Number(r[9])).toBeGreaterThanOrEqual(Number(r[7]));
    }
    const ndjson = read(join(dir, 'grid'), 'sweep.ndjson').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ndjson).toHaveLength(6 * OUTCOMES);
    expect(ndjson[0]).toMatchObject({ point: 0, ally_reliability: 0.6, strike_rate: 0.5, strike_rate_level: 'low', outcome: 'struck', runs: 300 });
  });

  it('sweep.parquet holds the same table, with integer counts', async () => {
    const bytes = readFileSync(join(dir, 'grid', 'sweep.parquet'));
    const rows = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
    const ndjson = read(join(dir, 'grid'), 'sweep.ndjson').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])))).toEqual(ndjson);
    expect(typeof rows[0]!.hits).toBe('bigint');
  });

  it('common random numbers: the struck outcome does not depend on the ally, so it repeats exactly across the ally values', () => {
    const hits = csvRows(join(dir, 'grid')).slice(1).filter((r) => r[4] === 'struck').map((r) => r[6]);
    expect(hits.slice(0, 3)).toEqual(hits.slice(3));
  });

  it('prints each outcome per point, and the replay line', async () => {
    const r = await cli([...GRID, '--workers', '1', '--outcome', 'ally_joins']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('grid of 6 points × 300 runs · seed 7');
    expect(r.stdout).toContain('ally_joins — Carpania joins the fight');
    expect(r.stdout).not.toContain('struck — ');
    expect(r.stdout).toMatch(/ {2}0\s+0\.6\s+0\.5 \(low\)\s+\d+\.\d%/);
    expect(r.stdout).toContain('Replay this sweep: casus sweep packages/cli/test/fixtures/sweep.yaml --vary ally_reliability=0.6,0.9 --vary strike_rate=low,mid,high --runs 300 --seed 7');
  });
});

describe('casus sweep: a parameter that moves nothing', () => {
  it('says so when no outcome moved across the points, and not when one did', async () => {
    const r = await cli(['sweep', FIXTURE, '--vary', 'noise_rate=0.5,5', '--runs', '200', '--seed', '7', '--quiet', '--workers', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('note: no outcome moved across the 2 points: in these runs noise_rate never decided anything');
    const moved = await cli([...GRID, '--workers', '1']);
    expect(moved.stdout).not.toContain('no outcome moved');
  });
});

describe('casus sweep: the metrics table (1.10)', () => {
  it('a parameter named like a metrics column is renamed only in the directory of a scenario with metrics', () => {
    expect(parameterColumn('mean')).toBe('mean');
    expect(parameterColumn('mean', true)).toBe('param_mean');
    expect(parameterColumn('hits')).toBe('param_hits');
  });

  it('one row per point × metric: the summary of the point\'s aggregates; Parquet the same, typed', async () => {
    const d = join(dir, 'grid');
    const rows = read(d, 'metrics.csv').trimEnd().split('\n').map((l) => l.split(','));
    expect(rows[0]).toEqual(['point', 'ally_reliability', 'strike_rate', 'strike_rate_level', 'metric', 'runs', 'mean', 'lo', 'hi', 'median', 'p90', 'max', 'positive']);
    expect(rows.length - 1).toBe(6 * 2);
    const doc = JSON.parse(read(d, 'aggregates.json')) as { points: { index: number; aggregates: Aggregates }[] };
    for (const row of rows.slice(1)) {
      const agg = doc.points.find((p) => p.index === Number(row[0]))!.aggregates;
      const x = summarise(agg).metrics.find((m) => m.id === row[4])!;
      expect(row.slice(5).map(Number)).toEqual([x.runs, x.mean, x.lo, x.hi, x.median, x.p90, x.max, x.positive]);
    }
    // A higher strike rate brings more strikes, point by point.
    const strikes = (level: string, ally: string): number => Number(rows.find((r) => r[4] === 'strikes' && r[3] === level && r[1] === ally)![6]);
    expect(strikes('high', '0.6')).toBeGreaterThan(strikes('low', '0.6'));
    const bytes = readFileSync(join(d, 'metrics.parquet'));
    const parquet = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
    const ndjson = read(d, 'metrics.ndjson').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parquet.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])))).toEqual(ndjson);
    expect(typeof parquet[0]!.runs).toBe('bigint');
    expect(typeof parquet[0]!.max).toBe('bigint');
    expect(parquet[0]!.metric).toBe('strikes');
  });
});

describe('casus sweep --design lhs', () => {
  it('puts exactly one of the N points in each of the N bins of every parameter', async () => {
    const out = join(dir, 'lhs');
    const r = await cli(['sweep', FIXTURE, '--vary', 'strike_rate=0.5:3', '--vary', 'ally_reliability=low:high', '--design', 'lhs', '--points', '10', '--runs', '20', '--workers', '1', '--quiet', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(read(out, 'manifest.json')) as Manifest;
    expect(m.points).toHaveLength(10);
    for (const [name, lo, hi] of [['strike_rate', 0.5, 3], ['ally_reliability', 0.3, 0.8]] as const) {
      const bins = m.points.map((p) => Math.floor(((p.values[name]! - lo) / (hi - lo)) * 10)).sort((a, b) => a - b);
      expect(bins, name).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
    expect(csvRows(out)).toHaveLength(1 + 10 * OUTCOMES);
    // The design is seeded by the master seed: the same seed, the same points.
    const again = await cli(['sweep', FIXTURE, '--vary', 'strike_rate=0.5:3', '--vary', 'ally_reliability=low:high', '--design', 'lhs', '--points', '10', '--runs', '20', '--workers', '1', '--quiet', '--out', join(dir, 'lhs2')]);
    expect(again.code).toBe(0);
    expect(read(join(dir, 'lhs2'), 'manifest.json')).toBe(read(out, 'manifest.json'));
  });
});

describe('casus sweep: common random numbers', () => {
  it('a point at the nominal values reproduces casus run --runs N --nominal exactly, and any point casus run --nominal --set', async () => {
    const out = join(dir, 'crn');
    // 0.8 is the nominal value (the mean) of ally_reliability's beta(8, 2).
    const r = await cli(['sweep', FIXTURE, '--vary', 'ally_reliability=0.5,0.8', '--runs', '400', '--seed', '3', '--workers', '1', '--quiet', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const points = (JSON.parse(read(out, 'aggregates.json')) as AggregatesDoc).points;
    const nominal = await cli(['run', FIXTURE, '--runs', '400', '--seed', '3', '--nominal', '--workers', '1', '--quiet', '--out', join(dir, 'nominal.json')]);
    expect(nominal.code).toBe(0);
    expect(JSON.stringify(points[1]!.aggregates)).toBe(JSON.stringify(readResult(join(dir, 'nominal.json')).aggregates));
    const set = await cli(['run', FIXTURE, '--runs', '400', '--seed', '3', '--nominal', '--set', 'ally_reliability=0.5', '--workers', '1', '--quiet', '--out', join(dir, 'set.json')]);
    expect(set.code).toBe(0);
    expect(JSON.stringify(points[0]!.aggregates)).toBe(JSON.stringify(readResult(join(dir, 'set.json')).aggregates));
  });
});

describe('casus sweep: the directory does not depend on how it was executed', () => {
  it('two workers give the same bytes as one', async () => {
    const out = join(dir, 'workers2');
    expect((await cli([...GRID, '--workers', '2', '--out', out])).code).toBe(0);
    for (const f of FILES) expect(read(out, f), f).toBe(read(join(dir, 'grid'), f));
  });

  it('shards merged (in any order) equal the unsharded sweep byte for byte', async () => {
    const shards = [0, 1, 2].map((i) => join(dir, `shard-${i}`));
    for (let i = 0; i < 3; i++) {
      const r = await cli([...GRID, '--workers', '1', '--shard', `${i}/3`, '--out', join(dir, 'shard-{shard}')]);
      expect(r.code, r.stderr).toBe(0);
      const m = JSON.parse(read(shards[i]!, 'manifest.json')) as Manifest;
      expect(m.pointRange).toEqual({ from: 2 * i, to: 2 * i + 2, total: 6 });
      expect(m.replay).toMatch(new RegExp(` --shard ${i}/3$`));
    }
    const merged = join(dir, 'merged');
    const r = await cli(['merge', shards[2]!, shards[0]!, shards[1]!, '--out', merged]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('points [0, 6)');
    for (const f of FILES) expect(read(merged, f), f).toBe(read(join(dir, 'grid'), f));
  });

  it('casus merge refuses shards that are not exactly one sweep', async () => {
    const shard = (i: number): string => join(dir, `shard-${i}`);
    const expectRefusal = (r: { code: number; stderr: string }, code: string): void => {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain(`[${code}]`);
    };
    const gap = await cli(['merge', shard(0), shard(2), '--out', join(dir, 'bad')]);
    expectRefusal(gap, 'E_MERGE_GAP');
    expect(gap.stderr).toContain('missing points [2, 4)');
    expectRefusal(await cli(['merge', shard(0), shard(0), shard(1), shard(2), '--out', join(dir, 'bad')]), 'E_MERGE_OVERLAP');
    const other = join(dir, 'other-seed');
    expect((await cli([...GRID.map((a) => (a === '7' ? '8' : a)), '--workers', '1', '--shard', '1/3', '--out', other])).code).toBe(0);
    expectRefusal(await cli(['merge', shard(0), other, shard(2), '--out', join(dir, 'bad')]), 'E_MERGE_SEED');
    expectRefusal(await cli(['merge', shard(0), join(dir, 'nominal.json'), '--out', join(dir, 'bad')]), 'E_MERGE_FORMAT');
    expect(existsSync(join(dir, 'bad', 'manifest.json'))).toBe(false);
  });

  it('an interrupted sweep resumed with --resume equals the uninterrupted one, without redoing finished points', async () => {
    const args = ['sweep', FIXTURE, '--vary', 'strike_rate=low,mid,high', '--vary', 'deny_prob=0.1,0.4', '--runs', '2000', '--seed', 'resume', '--workers', '1', '--quiet'];
    const whole = join(dir, 'whole');
    expect((await cli([...args, '--out', whole])).code).toBe(0);
    const out = join(dir, 'resumed');
    // A fake Ctrl-C after a few dozen turns of the event loop (the runner yields one per chunk).
    const stopped = await cli([...args, '--out', out], {
      onInterrupt: (handler) => {
        let turns = 0;
        const tick = (): void => { if (++turns === 50) handler(); else setImmediate(tick); };
        setImmediate(tick);
        return () => {};
      },
    });
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toContain('--resume');
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    const checkpoint = JSON.parse(read(out, 'checkpoint.json')) as { nextChunk: number };
    expect(checkpoint.nextChunk).toBeGreaterThan(20);
    expect(checkpoint.nextChunk).toBeLessThan(6 * 20);
    const resumed = await cli([...args, '--out', out, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    for (const f of FILES) expect(read(out, f), f).toBe(read(whole, f));
    expect(existsSync(join(out, 'checkpoint.json'))).toBe(false);
    expect((JSON.parse(read(out, 'provenance.json')) as { resumedAtChunk: number }).resumedAtChunk).toBe(checkpoint.nextChunk);
    // A checkpoint of another sweep is refused.
    const again = await cli([...args, '--out', join(dir, 'nothing'), '--resume']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('[E_RESUME_NO_CHECKPOINT]');
  });

  it('a rerun without --resume does not throw an interrupted sweep away: E_CHECKPOINT_EXISTS, or --restart', async () => {
    const out = join(dir, 'kept');
    const args = ['sweep', FIXTURE, '--vary', 'strike_rate=low,high', '--runs', '200', '--seed', '3', '--workers', '1', '--quiet', '--out', out];
    expect((await cli(args)).code).toBe(0);
    writeFileSync(join(out, 'checkpoint.json'), 'an interrupted run');
    const manifest = read(out, 'manifest.json');
    const refused = await cli(args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('[E_CHECKPOINT_EXISTS]');
    // Nothing in the directory was touched.
    expect(read(out, 'checkpoint.json')).toBe('an interrupted run');
    expect(read(out, 'manifest.json')).toBe(manifest);
    expect((await cli([...args, '--resume', '--restart'])).stderr).toContain('[E_OPTION_CONFLICT]');
    const restarted = await cli([...args, '--restart']);
    expect(restarted.code, restarted.stderr).toBe(0);
    expect(existsSync(join(out, 'checkpoint.json'))).toBe(false);
    expect(read(out, 'manifest.json')).toBe(manifest);
  });
});

describe('casus sweep: bad options are usage errors (exit 2) with a stable code', () => {
  const sweep = (...extra: string[]) => cli(['sweep', FIXTURE, '--runs', '10', '--workers', '1', '--quiet', ...extra]);
  const expectUsage = (r: { code: number; stderr: string }, code: string, text?: string): void => {
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`[${code}]`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    if (text !== undefined) expect(r.stderr).toContain(text);
  };

  it.each([
    [['--vary', 'strike_rate'], 'expected name=values'],
    [['--vary', 'nope=1,2'], 'unknown parameter "nope"; sweep-fixture has these: strike_rate, ally_reliability'],
    [['--vary', 'constructor=1,2'], 'unknown parameter "constructor"'],
    [['--vary', 'strike_rate=1:2:1'], 'count ≥ 2'],
    [['--vary', 'strike_rate=1:2:x'], 'from:to:count'],
    [['--vary', 'strike_rate=lo,hi'], '"lo" is neither a number nor a level of strike_rate (its levels: low, mid, high)'],
    [['--vary', 'noise_rate=low'], 'it declares no levels'],
    [['--vary', 'strike_rate='], 'no values'],
    [['--vary', 'strike_rate=1,,2'], '"" is neither a number'],
    [['--vary', 'strike_rate=1,2', '--vary', 'strike_rate=3'], 'varied twice'],
    [['--vary', 'strike_rate=1,2', '--set', 'strike_rate=1'], 'also fixed with --set'],
    [['--vary', 'strike_rate=1,2', '--design', 'lhs'], 'not a list'],
    [['--vary', 'strike_rate=1:2:5', '--design', 'lhs'], 'the count applies to a grid only'],
    [[], 'at least one --vary'],
  ])('--vary %j: E_VARY', async (args, text) => {
    expectUsage(await sweep(...args), 'E_VARY', text);
  });

  it('every sweep error code is documented in docs/errors.md', () => {
    const doc = readFileSync(join(ROOT, 'docs/errors.md'), 'utf8');
    for (const code of SWEEP_ERROR_CODES) expect(doc, code).toContain(`| \`${code}\` | 2 |`);
  });

  it('other bad options', async () => {
    expectUsage(await sweep('--vary', 'strike_rate=1,2', '--points', '5'), 'E_OPTION_CONFLICT');
    expectUsage(await sweep('--vary', 'strike_rate=1:2', '--design', 'lhs', '--points', '1'), 'E_OPTION_VALUE');
    expectUsage(await sweep('--vary', 'strike_rate=1,2', '--runs', '0'), 'E_OPTION_VALUE');
    expectUsage(await sweep('--vary', 'strike_rate=1,2', '--shard', '3/3'), 'E_SHARD');
    expectUsage(await sweep('--vary', 'strike_rate=1,2', '--resume'), 'E_RESUME_NO_CHECKPOINT');
    expectUsage(await sweep('--vary', 'strike_rate=1,2', '--out', join(dir, 'nominal.json')), 'E_OUTPUT_PATH');
  });
});

describe('--set takes the level names a parameter declares', () => {
  it('casus run --set strike_rate=high is --set strike_rate=3; an unknown level lists the levels', async () => {
    const byLevel = await cli(['run', FIXTURE, '--runs', '200', '--workers', '1', '--quiet', '--set', 'strike_rate=high']);
    const byValue = await cli(['run', FIXTURE, '--runs', '200', '--workers', '1', '--quiet', '--set', 'strike_rate=3']);
    expect(byLevel.code).toBe(0);
    expect(byLevel.stdout).toBe(byValue.stdout);
    const bad = await cli(['run', FIXTURE, '--set', 'strike_rate=highest']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--set strike_rate: expected a number or a level of strike_rate (low, mid, high), got "highest"');
  });
});
