// The worker pool caps each worker's old generation; a worker that runs out of memory under the
// cap is replaced by one without it, which simulates the chunk again: the chunk's output is the
// same as in this thread.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '@casus/engine';
import type { SimulatorInit } from '../../src/batch/chunk-simulator.js';
import { InProcessRunner, WorkerPool } from '../../src/batch/pool.js';
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
      expect(there.aggregates).toEqual(here.aggregates);
      // The replacement keeps serving chunks.
      const next = await pool.run({ index: 1, from: 0, to: 150 });
      expect(next.aggregates.runs).toBe(150);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
