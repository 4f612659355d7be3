// Invariant: whatever order chunks finish in, the execution merges them strictly in chunk order,
// never runs more than a small window ahead of the merge point (so memory stays bounded), and a
// clean stop leaves a merged prefix whose aggregates match its run count exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalAggregates, loadScenario, type Scenario } from '@casus/engine';
import { ChunkSimulator, type ChunkOutput, type ChunkTask } from '../../src/batch/chunk-simulator.js';
import { chunkCount } from '../../src/batch/chunks.js';
import { BatchExecution } from '../../src/batch/execute.js';
import type { ChunkRunner } from '../../src/batch/pool.js';
import { ROOT, TWO_STATES } from './helpers.js';

const simulator = new ChunkSimulator({
  scenario: loadTwoStates(), filename: 'two-states.yaml', records: null,
  options: { seed: 21, runs: 2000, engine: 'batch', parameters: {}, situation: undefined, given: undefined, parameterDraws: 0 },
});
const simulate = (task: ChunkTask): ChunkOutput => {
  const steps = simulator.steps(task);
  for (let s = steps.next(); ; s = steps.next()) if (s.done) return s.value;
};

/** A runner whose chunks finish after random delays, i.e. in a random order. */
function shuffledRunner(capacity: number, delays: () => number, log: { dispatched: number[] }): ChunkRunner {
  return {
    capacity,
    run: (task) => {
      log.dispatched.push(task.index);
      const out = simulate(task);
      return new Promise((resolve) => setTimeout(() => resolve(out), delays()));
    },
    close: async () => {},
  };
}

describe('BatchExecution', () => {
  it('merges in chunk order and stays within its window, for any completion order and capacity', async () => {
    const range = { from: 0, to: 2000 };
    const reference = new BatchExecution({
      runner: shuffledRunner(1, () => 0, { dispatched: [] }), range, chunkSize: 100, startChunk: 0,
      startAggregates: simulator.empty(), precision: undefined, failFast: false,
    });
    const expected = JSON.stringify(canonicalAggregates((await reference.run()).aggregates));
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 50, max: 700 }), fc.array(fc.nat({ max: 4 }), { minLength: 1 }), async (capacity, chunkSize, delays) => {
      let k = 0;
      const log = { dispatched: [] as number[] };
      const merged: number[] = [];
      let worstLead = 0;
      const execution = new BatchExecution({
        runner: shuffledRunner(capacity, () => delays[k++ % delays.length]!, log), range, chunkSize, startChunk: 0,
        startAggregates: simulator.empty(), precision: undefined, failFast: false,
        onMerged: (state) => { merged.push(state.nextChunk - 1); worstLead = Math.max(worstLead, log.dispatched.length - state.nextChunk); },
      });
      const result = await execution.run();
      const count = chunkCount(range, chunkSize);
      expect(result.reason).toBe('complete');
      expect(merged).toEqual([...Array(count).keys()]);
      expect(log.dispatched).toEqual([...Array(count).keys()]);
      expect(worstLead).toBeLessThanOrEqual(Math.max(2, capacity * 2));
      expect(JSON.stringify(canonicalAggregates(result.aggregates))).toBe(expected);
    }), { numRuns: 15 });
  });

  it('a clean stop keeps a merged prefix: its aggregates count exactly the runs before mergedTo', async () => {
    const range = { from: 0, to: 2000 };
    const execution = new BatchExecution({
      runner: shuffledRunner(3, () => 2, { dispatched: [] }), range, chunkSize: 100, startChunk: 0,
      startAggregates: simulator.empty(), precision: undefined, failFast: false,
      onMerged: (state) => { if (state.nextChunk === 4) execution.stop(); },
    });
    const result = await execution.run();
    expect(result.reason).toBe('interrupted');
    expect(result.nextChunk).toBeGreaterThanOrEqual(4);
    expect(result.aggregates.simulated).toBe(result.mergedTo);
    expect(result.mergedTo).toBe(result.nextChunk * 100);
  });
});

function loadTwoStates(): Scenario {
  const loaded = loadScenario(readFileSync(join(ROOT, TWO_STATES), 'utf8'), { filename: 'two-states.yaml' });
  if (!loaded.ok) throw new Error('two-states.yaml does not load');
  return loaded.scenario;
}
