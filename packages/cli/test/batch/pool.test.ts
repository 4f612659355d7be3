// The worker pool caps each worker's old generation (a batch's, a sweep's, a comparison's); a
// worker that runs out of memory under the cap is replaced by one without it, which simulates the
// chunk again: the chunk's output is the same as in this thread. A pool may start with fewer
// workers than its limit and grow (a batch without --workers, batch/ramp.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '@casus/engine';
import type { SimulatorInit } from '../../src/batch/chunk-simulator.js';
import type { CompareChunkOutput, CompareSimulatorInit } from '../../src/compare/chunk-simulator.js';
import { createRunner, GrowingRunner, InProcessRunner, WorkerPool } from '../../src/batch/pool.js';
import { ROOT, TUTORIAL } from './helpers.js';

function tutorial(): Scenario {
  const loaded = loadScenario(readFileSync(join(ROOT, TUTORIAL), 'utf8'), { filename: 'tutorial.yaml' });
  if (!loaded.ok) throw new Error('tutorial does not load');
  return loaded.scenario;
}

const init = (scenario: Scenario): SimulatorInit => ({
  scenario, filename: 'tutorial.yaml', records: null,
  options: { seed: 7, runs: 300, engine: 'batch', parameters: {}, situation: undefined, given: undefined, parameterDraws: 4, drawLuck: 'independent' },
});

describe('WorkerPool', () => {
  it('replaces a worker that runs out of memory under its old-generation cap and gives the same chunk', async () => {
    const scenario = tutorial();
    const task = { index: 0, from: 150, to: 1050 };
    const here = await new InProcessRunner(init(scenario), () => {}).run(task);
    // A 1 MB old generation cannot even hold the engine's modules: the first worker dies.
    const pool = new WorkerPool(1, init(scenario), () => {}, { oldGenerationMb: 1 });
    try {
      const there = await pool.run(task);
      expect(pool.outOfMemoryRestarts).toBe(1);
      expect(there.aggregates).toEqual(here.aggregates);
      // The replacement keeps serving chunks.
      const next = await pool.run({ index: 1, from: 0, to: 150 });
      expect(next.aggregates.runs).toBe(150);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('starts with one worker when asked, grows to its limit and no further, and the new worker gives the same chunks', async () => {
    const scenario = tutorial();
    const tasks = [{ index: 0, from: 0, to: 300 }, { index: 1, from: 300, to: 600 }];
    const here = await Promise.all(tasks.map((t) => new InProcessRunner(init(scenario), () => {}).run(t)));
    const pool = new WorkerPool(2, init(scenario), () => {}, { start: 1 });
    try {
      expect([pool.capacity, pool.limit]).toEqual([1, 2]);
      const first = await pool.run(tasks[0]!);
      // One worker: a second chunk in flight is refused.
      const busy = pool.run(tasks[0]!);
      await expect(pool.run(tasks[1]!)).rejects.toThrow(/no idle worker/);
      await busy;
      pool.grow(5);
      expect(pool.capacity).toBe(2);
      const both = await Promise.all(tasks.map((t) => pool.run(t)));
      expect(first.aggregates).toEqual(here[0]!.aggregates);
      expect(both.map((o) => o.aggregates)).toEqual(here.map((o) => o.aggregates));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('a growing runner simulates in this thread first, then in workers beside it, with the same chunks', async () => {
    const scenario = tutorial();
    const tasks = [{ index: 0, from: 0, to: 300 }, { index: 1, from: 300, to: 600 }, { index: 2, from: 600, to: 900 }];
    const here = await Promise.all(tasks.map((t) => new InProcessRunner(init(scenario), () => {}).run(t)));
    const runner = new GrowingRunner(3, init(scenario), () => {});
    try {
      expect([runner.capacity, runner.limit]).toEqual([1, 3]);
      const busy = runner.run(tasks[0]!);
      // This thread is busy and no worker has been started: a second chunk is refused.
      await expect(runner.run(tasks[1]!)).rejects.toThrow(/no idle worker/);
      const first = await busy;
      runner.grow(9);
      expect(runner.capacity).toBe(3);
      const all = await Promise.all(tasks.map((t) => runner.run(t)));
      expect(first.aggregates).toEqual(here[0]!.aggregates);
      expect(all.map((o) => o.aggregates)).toEqual(here.map((o) => o.aggregates));
    } finally {
      await runner.close();
    }
  }, 60_000);

  it('a batch without --workers starts in this thread; with --workers K, in K worker threads', async () => {
    const scenario = tutorial();
    const runners = [createRunner(2, init(scenario), () => {}, { grow: true }), createRunner(1, init(scenario), () => {}), createRunner(2, init(scenario), () => {})];
    try {
      expect(runners[0]).toBeInstanceOf(GrowingRunner);
      expect([runners[0]!.capacity, runners[0]!.limit]).toEqual([1, 2]);
      expect(runners[1]).toBeInstanceOf(WorkerPool);
      expect(runners[2]).toBeInstanceOf(WorkerPool);
      expect(runners.map((r) => r.capacity)).toEqual([1, 1, 2]);
    } finally {
      await Promise.all(runners.map((r) => r.close()));
    }
  }, 60_000);

  it('does the same for a comparison\'s worker', async () => {
    const scenario = tutorial();
    const init: CompareSimulatorInit = {
      kind: 'compare', a: { scenario, parameters: {} }, b: { scenario, parameters: { ally_reliability: 0.3 } },
      options: { seed: 7, runs: 600, engine: 'batch', situation: undefined, parameterDraws: 0, drawLuck: 'shared' },
    };
    const task = { index: 0, from: 100, to: 500 };
    const here = await new InProcessRunner(init, () => {}).run(task) as CompareChunkOutput;
    const pool = new WorkerPool(1, init, () => {}, { oldGenerationMb: 1 });
    try {
      const there = await pool.run(task) as CompareChunkOutput;
      expect(pool.outOfMemoryRestarts).toBe(1);
      expect(there.aggregates).toEqual(here.aggregates);
      expect(there.b).toEqual(here.b);
      expect(there.paired).toEqual(here.paired);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
