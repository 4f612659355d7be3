// Invariant: merging results is exact, associative and commutative — any grouping and any order of
// the same parts gives the same bytes — and `casus merge` refuses, with a stable code and exit 1,
// any set that is not exactly one batch's runs [0, total): other seed, other scenario, other
// options or versions, overlapping ranges, missing ranges, unfinished results.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeResults, type NamedResult } from '../../src/batch/merge-results.js';
import { parseResult, type ResultDocument } from '../../src/batch/result-file.js';
import { aggregatesOf, cli, readResult, tempDir, TUTORIAL, TWO_STATES, removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);

const SHARDS = 6;
let dir: string;
let parts: NamedResult[];

const common = (seed = '11') => ['run', TWO_STATES, '--runs', '1800', '--seed', seed, '--workers', '1', '--quiet'];

beforeAll(async () => {
  dir = tempDir();
  parts = [];
  for (let i = 0; i < SHARDS; i++) {
    const file = join(dir, `p${i}.json`);
    expect((await cli([...common(), '--shard', `${i}/${SHARDS}`, '--out', file])).code).toBe(0);
    parts.push({ name: `p${i}.json`, doc: readResult(file) });
  }
  expect((await cli([...common(), '--out', join(dir, 'whole.json')])).code).toBe(0);
});

/** The bytes of a merge's manifest and aggregates (what must not depend on grouping or order). */
function mergedBytes(inputs: NamedResult[]): string {
  const m = mergeResults(inputs, { complete: false });
  if (!m.ok) throw new Error(`${m.code}: ${m.message}`);
  return JSON.stringify({ manifest: m.manifest, aggregates: m.aggregates });
}

function asResult(name: string, inputs: NamedResult[]): NamedResult {
  const m = mergeResults(inputs, { complete: false });
  if (!m.ok) throw new Error(`${m.code}: ${m.message}`);
  return { name, doc: { ...inputs[0]!.doc, manifest: m.manifest, aggregates: m.aggregates } };
}

describe('merging results', () => {
  it('is associative and commutative: merge(a, merge(b, c)) = merge(merge(a, b), c) = merge of any permutation', () => {
    const permutation = fc.shuffledSubarray([...Array(SHARDS).keys()], { minLength: SHARDS, maxLength: SHARDS });
    fc.assert(fc.property(fc.integer({ min: 1, max: SHARDS - 2 }), fc.integer({ min: 1, max: SHARDS - 2 }), permutation, (i, j0, order) => {
      const j = Math.min(SHARDS - 1, i + j0);
      const a = asResult('a', parts.slice(0, i));
      const b = asResult('b', parts.slice(i, j));
      const c = asResult('c', parts.slice(j));
      const left = mergedBytes([a, asResult('bc', [b, c])]);
      const right = mergedBytes([asResult('ab', [a, b]), c]);
      const shuffled = order.map((k) => parts[k]!);
      expect(left).toBe(right);
      expect(mergedBytes(shuffled)).toBe(left);
      expect(mergedBytes([c, a, b])).toBe(left);
    }), { numRuns: 20 });
  });

  it('casus merge of all shards equals the one-process result, manifest and aggregates', async () => {
    const files = parts.map((p) => join(dir, p.name)).reverse();
    const r = await cli(['merge', ...files, '--out', join(dir, 'all.json')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('runs [0, 1800)');
    expect(aggregatesOf(join(dir, 'all.json'))).toBe(aggregatesOf(join(dir, 'whole.json')));
    expect(readResult(join(dir, 'all.json')).manifest).toEqual(readResult(join(dir, 'whole.json')).manifest);
    const parsed = parseResult(readFileSync(join(dir, 'all.json'), 'utf8'));
    expect(parsed.ok).toBe(true);
  });
});

describe('casus merge refuses what is not one batch', () => {
  const merge = (...files: string[]) => cli(['merge', ...files.map((f) => join(dir, f)), '--out', join(dir, 'out.json')]);
  const edited = (name: string, edit: (d: ResultDocument) => void): string => {
    const doc = readResult(join(dir, 'p1.json'));
    edit(doc);
    writeFileSync(join(dir, name), JSON.stringify(doc));
    return name;
  };
  const expectRefusal = (r: { code: number; stderr: string }, code: string) => {
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^casus: .*\\[${code}\\]\\n$`));
  };

  it('a different seed: E_MERGE_SEED', async () => {
    expect((await cli([...common('12'), '--shard', `1/${SHARDS}`, '--out', join(dir, 'seed12.json')])).code).toBe(0);
    expectRefusal(await merge('p0.json', 'seed12.json'), 'E_MERGE_SEED');
  });

  it('a different scenario, or the same one with other parameter values: E_MERGE_SCENARIO', async () => {
    expect((await cli(['run', TUTORIAL, '--runs', '1800', '--seed', '11', '--workers', '1', '--quiet', '--shard', `1/${SHARDS}`, '--out', join(dir, 'tutorial.json')])).code).toBe(0);
    expectRefusal(await merge('p0.json', 'tutorial.json'), 'E_MERGE_SCENARIO');
    expect((await cli([...common(), '--set', 'ally_reliability=0.5', '--shard', `1/${SHARDS}`, '--out', join(dir, 'set.json')])).code).toBe(0);
    expectRefusal(await merge('p0.json', 'set.json'), 'E_MERGE_SCENARIO');
  });

  it('other options, seed scheme, engine or engine version: E_MERGE_OPTIONS, E_MERGE_SEED_SCHEME, E_MERGE_ENGINE, E_MERGE_ENGINE_VERSION', async () => {
    expect((await cli([...common(), '--given', 'clash', '--shard', `1/${SHARDS}`, '--out', join(dir, 'given.json')])).code).toBe(0);
    const given = await merge('p0.json', 'given.json');
    expectRefusal(given, 'E_MERGE_OPTIONS');
    expect(given.stderr).toContain('are not parts of the same batch: --given: none in ');
    expect(given.stderr).toContain(', "clash" in ');
    expectRefusal(await merge('p0.json', edited('scheme.json', (d) => { d.manifest.seedScheme = 'casus-xor128-v0'; })), 'E_MERGE_SEED_SCHEME');
    expectRefusal(await merge('p0.json', edited('engine.json', (d) => { d.manifest.engine = 'reference'; })), 'E_MERGE_ENGINE');
    expectRefusal(await merge('p0.json', edited('version.json', (d) => { d.manifest.engineVersion = '9.9.9'; })), 'E_MERGE_ENGINE_VERSION');
  });

  it('E_MERGE_OPTIONS says in words which options differ, not as two JSON objects', () => {
    const base = parts[1]!.doc;
    type Options = ResultDocument['manifest']['options'];
    const nominal: Options = { ...base.manifest.options, parameterDraws: 0, runsPerDraw: null, drawLuck: null };
    const judged: Options = { ...nominal, parameterDraws: 40, runsPerDraw: 500, drawLuck: 'independent' };
    const shared: Options = { ...judged, drawLuck: 'shared' };
    const refusal = (a: Options, b: Options): string => {
      const m = mergeResults([
        { name: 'a.json', doc: { ...base, manifest: { ...base.manifest, options: a } } },
        { name: 'b.json', doc: { ...base, manifest: { ...base.manifest, options: b } } },
      ], { complete: false });
      expect(m.ok).toBe(false);
      return m.ok ? '' : `${m.message} [${m.code}]`;
    };
    expect(refusal(nominal, judged)).toBe('a.json and b.json are not parts of the same batch: a.json is a nominal batch, b.json is a batch over the judgments (parameterDraws 0 vs 40, runsPerDraw none vs 500, drawLuck none vs "independent") [E_MERGE_OPTIONS]');
    expect(refusal(judged, { ...judged, parameterDraws: 20, runsPerDraw: 1000 })).toBe('a.json and b.json are not parts of the same batch: each is a batch over the judgments, with other draws (parameterDraws 40 vs 20, runsPerDraw 500 vs 1000) [E_MERGE_OPTIONS]');
    expect(refusal(judged, shared)).toContain('a.json is a batch over the judgments, b.json is a nested design with shared luck (--parameter-draws) (drawLuck "independent" vs "shared")');
    expect(refusal({ ...nominal, situation: 'invasion', precision: 0.01 }, nominal)).toBe('a.json and b.json are not parts of the same batch: --situation: "invasion" in a.json, none in b.json; --precision: 0.01 in a.json, none in b.json [E_MERGE_OPTIONS]');
  });

  it('overlapping ranges: E_MERGE_OVERLAP', async () => {
    expectRefusal(await merge('p0.json', 'p1.json', 'whole.json'), 'E_MERGE_OVERLAP');
    expectRefusal(await merge('p1.json', 'p1.json'), 'E_MERGE_OVERLAP');
  });

  it('missing runs: E_MERGE_GAP, naming the missing ranges', async () => {
    const r = await merge('p0.json', 'p2.json', 'p3.json', 'p4.json');
    expectRefusal(r, 'E_MERGE_GAP');
    expect(r.stderr).toContain('missing runs [300, 600), [1500, 1800)');
  });

  it('an unfinished result or a file that is not a result: E_MERGE_PARTIAL, E_MERGE_FORMAT; an unreadable file exits 2', async () => {
    expectRefusal(await merge('p0.json', edited('partial.json', (d) => { d.partial = true; })), 'E_MERGE_PARTIAL');
    writeFileSync(join(dir, 'junk.json'), '{"hello": 1}');
    expectRefusal(await merge('p0.json', 'junk.json'), 'E_MERGE_FORMAT');
    const missing = await merge('p0.json', 'nope.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^casus: cannot read .*nope\.json/);
  });
});
