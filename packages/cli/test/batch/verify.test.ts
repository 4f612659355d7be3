// Invariant: `casus verify FILE` sets up the batch a result records again from its manifest alone,
// simulates its runs again and finds the aggregates identical whatever the worker count — for every
// design and stopping rule, shards, merges and checkpoints — and names the values that differ when
// they do; a batch it cannot set up again is refused as such, never reported as different results.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, removeTempDirs, tempDir, TUTORIAL } from './helpers.js';
import { diff, MAX_DIFFERENCES, sampleRuns } from '../../src/batch/verify.js';
import { judgmentDraws, requestedRuns } from '../../src/batch/judgments.js';

afterAll(removeTempDirs);

/** Runs a batch to `name` in `dir` with one worker, then verifies it with two. */
async function madeAndVerified(dir: string, name: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const made = await cli(['run', TUTORIAL, ...args, '--workers', '1', '--quiet', '--out', join(dir, name)]);
  expect(made.code, made.stderr).toBe(0);
  return cli(['verify', join(dir, name), '--workers', '2']);
}

describe('casus verify', () => {
  it('finds every design and stopping rule identical when simulated again with another worker count', async () => {
    const dir = tempDir();
    const cases: [string, string[]][] = [
      ['judgments.json', ['--runs', '401']], // the default design over the judgments: 10 draws × 40 runs
      ['explicit.json', ['--runs', '30', '--parameter-draws', '7', '--seed', 'verify']],
      ['nominal.json', ['--runs', '500', '--nominal', '--set', 'clash_rate=0.5', '--situation', 'invasion', '--given', 'clash']],
      ['precision.json', ['--precision', '0.05', '--max-runs', '5000']],
      ['rare.json', ['--rare', 'ally_intervenes', '--rel-precision', '0.5', '--max-runs', '3000', '--seed', '7']],
      ['reference.json', ['--runs', '40', '--engine', 'reference', '--nominal']],
    ];
    for (const [name, args] of cases) {
      const r = await madeAndVerified(dir, name, args);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/^identical — [\d,]+ runs? simulated again: the aggregates are the file's, byte for byte \(SHA-256 [0-9a-f]{16}…\)\n$/);
    }
  }, 120_000);

  it('sets up the design over the judgments without the command line that made it', async () => {
    const dir = tempDir();
    await cli(['run', TUTORIAL, '--runs', '401', '--workers', '1', '--quiet', '--out', join(dir, 'r.json')]);
    const doc = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { manifest: { runs: { total: number }; options: { parameterDraws: number } }; provenance: object };
    expect([doc.manifest.runs.total, doc.manifest.options.parameterDraws]).toEqual([400, 10]);
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ ...doc, provenance: {} }));
    const r = await cli(['verify', join(dir, 'r.json'), '--scenario', TUTORIAL]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^identical — 400 runs simulated again/);
  });

  it('verifies a shard on its own runs, and the merge of the shards', async () => {
    const dir = tempDir();
    const base = ['run', TUTORIAL, '--runs', '400', '--workers', '1', '--quiet'];
    await cli([...base, '--shard', '0/2', '--out', join(dir, 's0.json')]);
    await cli([...base, '--shard', '1/2', '--out', join(dir, 's1.json')]);
    await cli(['merge', join(dir, 's0.json'), join(dir, 's1.json'), '--out', join(dir, 'm.json'), '--quiet']);
    const [shard, merged] = await Promise.all([cli(['verify', join(dir, 's1.json')]), cli(['verify', join(dir, 'm.json')])]);
    expect(shard.code, shard.stderr).toBe(0);
    expect(shard.stderr).toContain('runs 200–399 of 400');
    expect(shard.stdout).toMatch(/^identical — 200 runs simulated again/);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toMatch(/^identical — 400 runs simulated again/);
  });

  it('names the values that differ, and exits 1', async () => {
    const dir = tempDir();
    await cli(['run', TUTORIAL, '--runs', '300', '--workers', '1', '--quiet', '--out', join(dir, 'r.json')]);
    const doc = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { aggregates: { outcomes: Record<string, { hits: number }> } };
    const hits = doc.aggregates.outcomes.clash!.hits;
    doc.aggregates.outcomes.clash!.hits = hits + 1;
    writeFileSync(join(dir, 'r.json'), JSON.stringify(doc));
    const r = await cli(['verify', join(dir, 'r.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^DIFFERENT — 300 runs simulated again/);
    expect(r.stdout).toContain(`  aggregates: 1 value differs (file → now):\n    aggregates.outcomes.clash.hits: ${hits + 1} → ${hits}\n`);
    expect(r.stderr).toMatch(/casus: .*r\.json differs from the same runs simulated again: 1 value of the aggregates \[E_VERIFY_MISMATCH\]\n$/);
    const json = await cli(['verify', join(dir, 'r.json'), '--json']);
    expect(json.code).toBe(1);
    const found = JSON.parse(json.stdout) as { identical: boolean; records: null; aggregates: { identical: boolean; differing: number; differences: { path: string; file: number; now: number }[] } };
    expect(found.identical).toBe(false);
    expect(found.records).toBeNull();
    expect(found.aggregates.differing).toBe(1);
    expect(found.aggregates.differences).toEqual([{ path: 'aggregates.outcomes.clash.hits', file: hits + 1, now: hits }]);
  });

  it('refuses a batch it cannot set up again, another seed scheme, and a file that is not a result', async () => {
    const dir = tempDir();
    await cli(['run', TUTORIAL, '--runs', '300', '--workers', '1', '--quiet', '--out', join(dir, 'r.json')]);
    const doc = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { manifest: { seedScheme: string; options: { runsPerDraw: number }; clock: { horizon: number } } };
    writeFileSync(join(dir, 'clock.json'), JSON.stringify({ ...doc, manifest: { ...doc.manifest, clock: { ...doc.manifest.clock, horizon: 9 } } }));
    writeFileSync(join(dir, 'scheme.json'), JSON.stringify({ ...doc, manifest: { ...doc.manifest, seedScheme: 'casus-keyed-v1' } }));
    writeFileSync(join(dir, 'not.json'), '{"hello": 1}');
    const [clock, scheme, not] = await Promise.all(['clock.json', 'scheme.json', 'not.json'].map((f) => cli(['verify', join(dir, f)])));
    expect(clock.code).toBe(1);
    expect(clock.stderr).toMatch(/cannot set up the batch this result records again: manifest\.clock\.horizon is 9 in the file but 52 as set up here \[E_VERIFY_REPLAY\]\n$/);
    expect(scheme.code).toBe(1);
    expect(scheme.stderr).toMatch(/"casus-keyed-v1".*\[E_VERIFY_SEED_SCHEME\]\n$/);
    expect(not.code).toBe(1);
    expect(not.stderr).toMatch(/is not a casus result file: .*\[E_VERIFY_FORMAT\]\n$/);
    expect(clock.stdout + scheme.stdout + not.stdout).toBe('');
  });
});

describe('casus verify on a comparison', () => {
  it('finds comparisons of every design identical, and names a paired count that differs', async () => {
    const dir = tempDir();
    const cases: [string, string[]][] = [
      ['judgments.json', [TUTORIAL, '--set', 'clash_rate=0.4', '--vs', 'clash_rate=0.8', '--runs', '401']],
      ['explicit.json', [TUTORIAL, '--set', 'ally_reliability=0.9', '--vs', 'ally_reliability=0.5', '--runs', '40', '--parameter-draws', '5']],
      ['nominal.json', [TUTORIAL, TUTORIAL, '--vs', 'clash_rate=0.9', '--runs', '300', '--nominal', '--situation', 'invasion', '--seed', 'cmp']],
    ];
    for (const [name, args] of cases) {
      const made = await cli(['compare', ...args, '--workers', '1', '--quiet', '--out', join(dir, name)]);
      expect(made.code, made.stderr).toBe(0);
      const r = await cli(['verify', join(dir, name), '--workers', '2']);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/^identical — [\d,]+ paired runs simulated again: both variants' counts and the paired tables are the file's, byte for byte \(SHA-256 [0-9a-f]{16}…\)\n$/);
      expect(r.stderr, r.stderr).toMatch(/^casus: verifying .*: a comparison of \S*tutorial\.yaml and \S*tutorial\.yaml \(seed \S+\), [\d,]+ paired runs;/);
    }
    const path = join(dir, 'nominal.json');
    const doc = JSON.parse(readFileSync(path, 'utf8')) as { comparison: { paired: Record<string, { n10: number }> } };
    const n10 = doc.comparison.paired.clash!.n10;
    doc.comparison.paired.clash!.n10 = n10 + 1;
    writeFileSync(path, JSON.stringify(doc));
    const [changed, named] = await Promise.all([cli(['verify', path]), cli(['verify', path, '--scenario', TUTORIAL])]);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain(`    comparison.paired.clash.n10: ${n10 + 1} → ${n10}\n`);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/is a comparison: .*\[E_OPTION_CONFLICT\]\n$/);
  }, 120_000);
});

describe('casus verify on a sweep or sensitivity directory', () => {
  it('finds a sweep, its shards, their merge and a sensitivity analysis identical, and names a point that differs', async () => {
    const dir = tempDir();
    const sweep = ['sweep', TUTORIAL, '--vary', 'clash_rate=0.3,0.9', '--vary', 'ally_reliability=0.5,0.9', '--runs', '200', '--seed', '4', '--workers', '1', '--quiet'];
    for (const [out, extra] of [['whole', []], ['s0', ['--shard', '0/2']], ['s1', ['--shard', '1/2']]] as const) {
      const made = await cli([...sweep, ...extra, '--out', join(dir, out)]);
      expect(made.code, made.stderr).toBe(0);
    }
    await cli(['merge', join(dir, 's0'), join(dir, 's1'), '--out', join(dir, 'merged'), '--quiet']);
    const sens = await cli(['sensitivity', TUTORIAL, '--runs', '100', '--workers', '1', '--quiet', '--out', join(dir, 'sens')]);
    expect(sens.code, sens.stderr).toBe(0);
    for (const d of ['whole', 's1', 'merged', 'sens']) {
      const r = await cli(['verify', join(dir, d), '--workers', '2']);
      expect(r.code, `${d}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/^identical — \d+ design points? × [\d,]+ runs simulated again: every point's aggregates are the directory's, byte for byte \(SHA-256 [0-9a-f]{16}…\)\n$/);
    }
    const shard = await cli(['verify', join(dir, 's1')]);
    expect(shard.stderr).toMatch(/casus: verifying .*s1: a sweep of tutorial \(seed 4\), design points 2–3 of 4 × 200 runs;/);
    const path = join(dir, 'whole', 'aggregates.json');
    const doc = JSON.parse(readFileSync(path, 'utf8')) as { points: { aggregates: { outcomes: Record<string, { hits: number }> } }[] };
    const hits = doc.points[3]!.aggregates.outcomes.clash!.hits;
    doc.points[3]!.aggregates.outcomes.clash!.hits = hits + 2;
    writeFileSync(path, JSON.stringify(doc));
    const changed = await cli(['verify', join(dir, 'whole')]);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain(`    points[3].aggregates.outcomes.clash.hits: ${hits + 2} → ${hits}\n`);
    expect(changed.stderr).toMatch(/\[E_VERIFY_MISMATCH\]\n$/);
    const records = await cli(['verify', join(dir, 's0'), '--sample', '3', '--runs-file', path]);
    expect(records.code).toBe(2);
    expect(records.stderr).toMatch(/is a sweep directory: --runs-file and --sample .*\[E_OPTION_CONFLICT\]\n$/);
  }, 120_000);
});

describe('casus verify with per-run records', () => {
  it('compares every record, in each format, and a sample of them', async () => {
    const dir = tempDir();
    const base = ['run', TUTORIAL, '--runs', '300', '--workers', '1', '--quiet'];
    for (const ext of ['ndjson', 'csv', 'parquet']) {
      const made = await cli([...base, '--out', join(dir, `${ext}.json`), '--runs-out', join(dir, `runs.${ext}`)]);
      expect(made.code, made.stderr).toBe(0);
      const all = await cli(['verify', join(dir, `${ext}.json`), '--runs-file', join(dir, `runs.${ext}`), '--workers', '2']);
      expect(all.code, `${ext}: ${all.stderr}`).toBe(0);
      expect(all.stdout).toMatch(ext === 'parquet' ? /the aggregates are the file's, byte for byte \(SHA-256 [0-9a-f]{16}…\), and so is .*runs\.parquet\n$/ : new RegExp(`and so are the 300 per-run records of .*runs\\.${ext}\\n$`));
    }
    for (const ext of ['ndjson', 'csv']) {
      const sample = await cli(['verify', join(dir, `${ext}.json`), '--runs-file', join(dir, `runs.${ext}`), '--sample', '25']);
      expect(sample.code, sample.stderr).toBe(0);
      expect(sample.stdout).toMatch(/^identical — a sample of 25 runs of the file's 300 simulated again: their per-run records are the lines of .*, byte for byte \(the aggregates were not checked/);
    }
    const parquetSample = await cli(['verify', join(dir, 'parquet.json'), '--runs-file', join(dir, 'runs.parquet'), '--sample', '5']);
    expect(parquetSample.code).toBe(2);
    expect(parquetSample.stderr).toMatch(/\[E_OPTION_CONFLICT\]\n$/);
  }, 60_000);

  it('names the records that differ, and refuses records of another batch', async () => {
    const dir = tempDir();
    await cli(['run', TUTORIAL, '--runs', '200', '--workers', '1', '--quiet', '--out', join(dir, 'r.json'), '--runs-out', join(dir, 'runs.ndjson')]);
    const lines = readFileSync(join(dir, 'runs.ndjson'), 'utf8').split('\n');
    // A sample of 2 of 200 runs takes the first of each half: runs 0 and 100.
    lines[100] = lines[100]!.replace('"status":"ok"', '"status":"ko"');
    writeFileSync(join(dir, 'runs.ndjson'), lines.join('\n'));
    const [all, sample] = await Promise.all([
      cli(['verify', join(dir, 'r.json'), '--runs-file', join(dir, 'runs.ndjson')]),
      cli(['verify', join(dir, 'r.json'), '--runs-file', join(dir, 'runs.ndjson'), '--sample', '2']),
    ]);
    for (const r of [all, sample]) {
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/runs\.ndjson: 1 line of \d+ records? differs \(file → now\):\n {4}run 100: .*"status":"ko".* → .*"status":"ok"/);
      expect(r.stderr).toMatch(/differs from the same runs simulated again: 1 per-run record \[E_VERIFY_MISMATCH\]\n$/);
    }
    expect(all.stdout).toContain('  aggregates: identical (SHA-256 ');
    writeFileSync(join(dir, 'short.ndjson'), lines.slice(0, 120).join('\n'));
    const [short, noFile] = await Promise.all([
      cli(['verify', join(dir, 'r.json'), '--runs-file', join(dir, 'short.ndjson'), '--sample', '3']),
      cli(['verify', join(dir, 'r.json'), '--sample', '3']),
    ]);
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/holds 120 records, but the result covers 200 runs \(0–199\): not this result's records \[E_VERIFY_RECORDS\]\n$/);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/--sample compares the per-run records .*\[E_OPTION_CONFLICT\]\n$/);
  });
});

describe('setting up a batch again', () => {
  it('samples distinct runs spread over the range, every run when the sample covers them', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 4000 }), (from, n, k) => {
      const runs = sampleRuns(from, from + n, k);
      expect(runs).toHaveLength(Math.min(n, k));
      expect(runs.every((r, i) => r >= from && r < from + n && (i === 0 || r > runs[i - 1]!))).toBe(true);
      // Spread: each of k equal slices of the range holds one sampled run.
      if (k < n) expect(runs.every((r, i) => Math.floor(((r - from) * k) / n) === i)).toBe(true);
    }), { numRuns: 300 });
  });

  it('finds a --runs that gives the same design over the judgments for every --runs', () => {
    fc.assert(fc.property(fc.integer({ min: 8, max: 2_000_000 }), fc.option(fc.integer({ min: 1, max: 2_000_000 })), (n, typed) => {
      const draws = judgmentDraws(n);
      const perDraw = Math.floor(n / draws);
      const again = requestedRuns(draws, perDraw, typed === null ? undefined : String(typed));
      expect([judgmentDraws(again), Math.floor(again / draws)]).toEqual([draws, perDraw]);
      if (typed !== null && judgmentDraws(typed) === draws && Math.floor(typed / draws) === perDraw) expect(again).toBe(typed);
    }), { numRuns: 2000 });
  });

  it('lists differing values by path, the first few, and counts them all', () => {
    expect(diff({ a: 1, b: [1, 2], c: { d: 'x' } }, { a: 1, b: [1, 3, 4], c: {} }, 'r')).toEqual({
      list: [{ path: 'r.b[1]', file: 2, now: 3 }, { path: 'r.b[2]', file: undefined, now: 4 }, { path: 'r.c.d', file: 'x', now: undefined }],
      count: 3,
    });
    const many = diff(Array.from({ length: 50 }, (_, i) => i), Array.from({ length: 50 }, (_, i) => -i - 1), '');
    expect(many.count).toBe(50);
    expect(many.list).toHaveLength(MAX_DIFFERENCES);
    expect(diff({ x: [1, { y: 2 }] }, { x: [1, { y: 2 }] }, '')).toEqual({ list: [], count: 0 });
  });
});
