// `--workers 1` simulates in one worker thread (whose heap can be capped), not in the main thread;
// its result is the engine's own, computed here in this thread by runBatch, byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario, runBatch } from '@casus/engine';
import type { SimulatorInit } from '../../src/batch/chunk-simulator.js';
import { createRunner, WorkerPool } from '../../src/batch/pool.js';
import { aggregatesOf, cli, ROOT, removeTempDirs, tempDir, TUTORIAL } from './helpers.js';

afterAll(removeTempDirs);

describe('--workers 1', () => {
  it('starts one worker thread, as every worker count does', async () => {
    const loaded = loadScenario(readFileSync(join(ROOT, TUTORIAL), 'utf8'), { filename: 'tutorial.yaml' });
    if (!loaded.ok) throw new Error('tutorial does not load');
    const init: SimulatorInit = {
      scenario: loaded.scenario, filename: 'tutorial.yaml', records: null,
      options: { seed: 1, runs: 100, engine: 'batch', parameters: {}, situation: undefined, given: undefined, parameterDraws: 0 },
    };
    const runner = createRunner(1, init, () => {});
    try {
      expect(runner).toBeInstanceOf(WorkerPool);
      expect(runner.capacity).toBe(1);
      expect((await runner.run({ index: 0, from: 0, to: 100 })).aggregates.runs).toBe(100);
    } finally {
      await runner.close();
    }
  });

  it('gives the aggregates the engine computes in this thread, for a plain batch and over the judgments', async () => {
    const dir = tempDir();
    const loaded = loadScenario(readFileSync(join(ROOT, TUTORIAL), 'utf8'), { filename: 'tutorial.yaml' });
    if (!loaded.ok) throw new Error('tutorial does not load');
    const nominal = await cli(['run', TUTORIAL, '--runs', '3000', '--seed', '5', '--nominal', '--workers', '1', '--quiet', '--out', join(dir, 'nominal.json')]);
    expect(nominal.code, nominal.stderr).toBe(0);
    const here = await runBatch(loaded.scenario, { seed: 5, runs: 3000 });
    expect(aggregatesOf(join(dir, 'nominal.json'))).toBe(JSON.stringify(here.aggregates));
    // Over the judgments (the command's default design), against 2 workers.
    const judged = await Promise.all(['1', '2'].map((k) => cli(['run', TUTORIAL, '--runs', '3000', '--seed', '5', '--workers', k, '--quiet', '--out', join(dir, `judged${k}.json`)])));
    expect(judged.map((r) => r.code)).toEqual([0, 0]);
    expect(aggregatesOf(join(dir, 'judged1.json'))).toBe(aggregatesOf(join(dir, 'judged2.json')));
  });
});
