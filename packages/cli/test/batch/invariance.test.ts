// Invariant: a batch's aggregates are a function of (scenario, seed, runs, options) alone. One
// worker, two workers, any split of the run range, or shards merged give byte-identical aggregates.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalAggregates, loadScenario, mergeInto, type Scenario } from '@casus/engine';
import { ChunkSimulator } from '../../src/batch/chunk-simulator.js';
import { aggregatesOf, cli, readResult, ROOT, tempDir, TWO_STATES, removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);

const scenario = loadTwoStates();
const seedArb = fc.oneof(fc.nat({ max: 2 ** 32 - 1 }), fc.constantFrom('korea-2025', 'exercise 3'));

describe('worker and shard invariance', () => {
  it('any split of the run range merges to the same aggregates (property over seeds and split points)', () => {
    const modes = fc.constantFrom('plain', 'shared', 'independent', 'splitting');
    fc.assert(fc.property(seedArb, fc.integer({ min: 1, max: 600 }), fc.array(fc.nat(), { maxLength: 4 }), modes, (seed, runs, cuts, mode) => {
      const nested = mode === 'shared' || mode === 'independent';
      const sim = new ChunkSimulator({
        scenario, filename: 'two-states.yaml', records: null,
        options: {
          seed, runs, engine: 'batch', parameters: {}, situation: undefined, given: nested ? 'clash' : undefined, parameterDraws: nested ? 2 : 0,
          drawLuck: mode === 'independent' ? 'independent' : 'shared',
          splitting: mode === 'splitting' ? { levels: [{ score: 1, factor: 3 }, { score: 2, factor: 2 }] } : null,
        },
      });
      const total = nested ? runs * 2 : runs;
      const run = (from: number, to: number) => {
        const steps = sim.steps({ index: 0, from, to });
        for (let s = steps.next(); ; s = steps.next()) if (s.done) return s.value.aggregates;
      };
      const whole = JSON.stringify(canonicalAggregates(run(0, total)));
      const points = [...new Set(cuts.map((c) => c % (total + 1)))].sort((a, b) => a - b);
      const bounds = [0, ...points, total];
      const parts = bounds.slice(1).map((to, i) => run(bounds[i]!, to));
      // Merge in reverse order: order must not matter either.
      const merged = parts.reverse().reduce((acc, p) => mergeInto(acc, p));
      expect(JSON.stringify(canonicalAggregates(merged))).toBe(whole);
    }), { numRuns: 25 });
  });

  it('casus run: shards i/n merged equal one process, for several seeds and shard counts', async () => {
    await fc.assert(fc.asyncProperty(seedArb, fc.integer({ min: 50, max: 2500 }), fc.integer({ min: 2, max: 4 }), fc.boolean(), async (seed, runs, n, nested) => {
      const dir = tempDir();
      const common = ['run', TWO_STATES, '--runs', String(runs), '--seed', String(seed), '--workers', '1', '--quiet', ...(nested ? ['--parameter-draws', '2'] : [])];
      const whole = await cli([...common, '--out', join(dir, 'whole.json')]);
      expect(whole.code).toBe(0);
      const files: string[] = [];
      for (let i = 0; i < n; i++) {
        const file = join(dir, `shard-${i}.json`);
        const r = await cli([...common, '--shard', `${i}/${n}`, '--out', file]);
        expect(r.code).toBe(0);
        files.push(file);
      }
      const merged = await cli(['merge', ...files.reverse(), '--out', join(dir, 'merged.json')]);
      expect(merged.code, merged.stderr).toBe(0);
      expect(aggregatesOf(join(dir, 'merged.json'))).toBe(aggregatesOf(join(dir, 'whole.json')));
      expect(readResult(join(dir, 'merged.json')).manifest).toEqual(readResult(join(dir, 'whole.json')).manifest);
    }), { numRuns: 5 });
  });

  it('casus run: 1 worker, 2 workers and 3 merged shards give byte-identical aggregates (and per-run records)', async () => {
    for (const seed of ['7', 'seminar-b']) {
      const dir = tempDir();
      const common = ['run', TWO_STATES, '--runs', '6000', '--seed', seed, '--quiet'];
      const one = await cli([...common, '--workers', '1', '--out', join(dir, 'one.json'), '--runs-out', join(dir, 'one.ndjson')]);
      // Two workers simulate the last chunks in pieces (execute.ts): the records come back whole and in order.
      const two = await cli([...common, '--workers', '2', '--out', join(dir, 'two.json'), '--runs-out', join(dir, 'two.ndjson')]);
      expect([one.code, two.code]).toEqual([0, 0]);
      expect(readFileSync(join(dir, 'two.ndjson'), 'utf8')).toBe(readFileSync(join(dir, 'one.ndjson'), 'utf8'));
      for (let i = 0; i < 3; i++) expect((await cli([...common, '--workers', '1', '--shard', `${i}/3`, '--out', join(dir, `s${i}.json`)])).code).toBe(0);
      expect((await cli(['merge', join(dir, 's2.json'), join(dir, 's0.json'), join(dir, 's1.json'), '--out', join(dir, 'merged.json')])).code).toBe(0);
      const reference = aggregatesOf(join(dir, 'one.json'));
      expect(aggregatesOf(join(dir, 'two.json'))).toBe(reference);
      expect(aggregatesOf(join(dir, 'merged.json'))).toBe(reference);
      expect(two.stdout).toBe(one.stdout);
    }
  });

  it('casus run: the default design over the judgments and --rare give the same bytes for 1 and 2 workers and merged shards', async () => {
    for (const extra of [[], ['--rare', 'ally_intervenes', '--rare-levels', '1:3,2:2'], ['--rare', 'ally_intervenes', '--rare-below', '0.2']]) {
      const dir = tempDir();
      const common = ['run', TWO_STATES, '--runs', '900', '--seed', '3', '--quiet', ...extra];
      const one = await cli([...common, '--workers', '1', '--out', join(dir, 'one.json')]);
      const two = await cli([...common, '--workers', '2', '--out', join(dir, 'two.json')]);
      expect([one.code, two.code], one.stderr + two.stderr).toEqual([0, 0]);
      expect(one.stdout).toBe(two.stdout);
      expect(aggregatesOf(join(dir, 'two.json'))).toBe(aggregatesOf(join(dir, 'one.json')));
      for (let i = 0; i < 2; i++) expect((await cli([...common, '--workers', '1', '--shard', `${i}/2`, '--out', join(dir, `s${i}.json`)])).code).toBe(0);
      expect((await cli(['merge', join(dir, 's1.json'), join(dir, 's0.json'), '--out', join(dir, 'merged.json')])).code).toBe(0);
      expect(aggregatesOf(join(dir, 'merged.json'))).toBe(aggregatesOf(join(dir, 'one.json')));
      const manifest = readResult(join(dir, 'one.json')).manifest;
      if (extra.length === 0) expect(manifest.options).toMatchObject({ parameterDraws: 15, runsPerDraw: 60, drawLuck: 'independent' });
      else if (extra.includes('--rare-levels')) expect(manifest.options.rare).toEqual({ outcomes: ['ally_intervenes'], below: null, estimator: 'levels', levels: [{ score: 1, factor: 3 }, { score: 2, factor: 2 }] });
      else expect(manifest.options.rare).toEqual({ outcomes: ['ally_intervenes'], below: 0.2, estimator: 'branching', levels: [] });
    }
  });

  it('--shard-count takes the shard index from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX', async () => {
    const dir = tempDir();
    const common = ['run', TWO_STATES, '--runs', '900', '--seed', '3', '--workers', '1', '--quiet', '--shard-count', '2', '--out', join(dir, 'part-{shard}.json')];
    expect((await cli(common, { env: { SLURM_ARRAY_TASK_ID: '0' } })).code).toBe(0);
    expect((await cli(common, { env: { JOB_COMPLETION_INDEX: '1' } })).code).toBe(0);
    expect(readResult(join(dir, 'part-0.json')).manifest.runs).toEqual({ from: 0, to: 450, total: 900 });
    expect(readResult(join(dir, 'part-1.json')).manifest.runs).toEqual({ from: 450, to: 900, total: 900 });
    const whole = await cli(['run', TWO_STATES, '--runs', '900', '--seed', '3', '--workers', '1', '--quiet', '--out', join(dir, 'whole.json')]);
    expect(whole.code).toBe(0);
    expect((await cli(['merge', join(dir, 'part-0.json'), join(dir, 'part-1.json'), '--out', join(dir, 'm.json')])).code).toBe(0);
    expect(aggregatesOf(join(dir, 'm.json'))).toBe(aggregatesOf(join(dir, 'whole.json')));
  });
});

function loadTwoStates(): Scenario {
  const loaded = loadScenario(readFileSync(join(ROOT, TWO_STATES), 'utf8'), { filename: 'two-states.yaml' });
  if (!loaded.ok) throw new Error('two-states.yaml does not load');
  return loaded.scenario;
}
