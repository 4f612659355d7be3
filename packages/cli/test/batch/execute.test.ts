// Invariant: whatever order chunks finish in, the execution merges them strictly in chunk order,
// never runs more than a small window ahead of the merge point (so memory stays bounded), and a
// clean stop leaves a merged prefix whose aggregates match its run count exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalAggregates, loadScenario, type Scenario } from '@casus/engine';
import { ChunkSimulator, joinPieces, type ChunkOutput, type ChunkTask } from '../../src/batch/chunk-simulator.js';
import { chunkCount, chunkRange } from '../../src/batch/chunks.js';
import { BatchExecution } from '../../src/batch/execute.js';
import type { ChunkRunner } from '../../src/batch/pool.js';
import { ROOT, TWO_STATES } from './helpers.js';

const simulator = new ChunkSimulator({
  scenario: loadTwoStates(), filename: 'two-states.yaml', records: 'ndjson',
  options: { seed: 21, runs: 2000, engine: 'batch', parameters: {}, situation: undefined, given: undefined, parameterDraws: 0 },
});
const simulate = (task: ChunkTask): ChunkOutput => {
  const steps = simulator.steps(task);
  for (let s = steps.next(); ; s = steps.next()) if (s.done) return s.value;
};

/** A runner whose chunks finish after random delays, i.e. in a random order. */
function shuffledRunner(capacity: number, delays: () => number, log: { dispatched: number[]; tasks?: ChunkTask[] }): ChunkRunner {
  return {
    capacity,
    run: (task) => {
      log.dispatched.push(task.index);
      log.tasks?.push(task);
      const out = simulate(task);
      return new Promise((resolve) => setTimeout(() => resolve(out), delays()));
    },
    close: async () => {},
  };
}

/** The canonical aggregates of `range` simulated one chunk at a time, in order: what any execution must give. */
async function oneByOne(range: { from: number; to: number }): Promise<string> {
  const reference = new BatchExecution({
    runner: shuffledRunner(1, () => 0, { dispatched: [] }), range, chunkSize: 100, startChunk: 0,
    startAggregates: simulator.empty(), precision: undefined, failFast: false,
  });
  return JSON.stringify(canonicalAggregates((await reference.run()).aggregates));
}

describe('BatchExecution', () => {
  it('merges in chunk order and stays within its window, for any completion order and capacity', async () => {
    const range = { from: 0, to: 2000 };
    const expected = await oneByOne(range);
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

  it('gives the same bytes when the runner grows during the batch (workers added as it goes), within the window of its limit', async () => {
    const range = { from: 0, to: 2000 };
    const expected = await oneByOne(range);
    await fc.assert(fc.asyncProperty(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 15 }), fc.array(fc.nat({ max: 4 }), { minLength: 1 }), async (limit, growAt, delays) => {
      let k = 0;
      const log = { dispatched: [] as number[] };
      const inner = shuffledRunner(1, () => delays[k++ % delays.length]!, log);
      let capacity = 1, inFlight = 0, worstInFlight = 0, worstLead = 0;
      const runner: ChunkRunner = {
        get capacity() { return capacity; },
        limit,
        grow: (to) => { capacity = Math.min(limit, to); },
        run: async (task) => {
          worstInFlight = Math.max(worstInFlight, ++inFlight);
          try { return await inner.run(task); } finally { inFlight--; }
        },
        close: async () => {},
      };
      const execution = new BatchExecution({
        runner, range, chunkSize: 100, startChunk: 0, startAggregates: simulator.empty(), precision: undefined, failFast: false,
        onMerged: (state) => {
          worstLead = Math.max(worstLead, log.dispatched.length - state.nextChunk);
          if (state.nextChunk === growAt + 1) runner.grow!(limit);
        },
      });
      const result = await execution.run();
      expect(result.reason).toBe('complete');
      expect(JSON.stringify(canonicalAggregates(result.aggregates))).toBe(expected);
      // More chunks in flight once grown, never more than the runner allows, nor further ahead than its limit's window.
      expect(worstInFlight).toBeLessThanOrEqual(limit);
      expect(worstLead).toBeLessThanOrEqual(Math.max(2, limit * 2));
      if (growAt < 15) expect(worstInFlight).toBeGreaterThan(1);
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

describe('BatchExecution with joinPieces (the last chunks in pieces)', () => {
  const range = { from: 0, to: 2000 };
  const whole = async (): Promise<{ aggregates: string; records: string }> => {
    let records = '';
    const result = await new BatchExecution({
      runner: shuffledRunner(1, () => 0, { dispatched: [] }), range, chunkSize: 100, startChunk: 0,
      startAggregates: simulator.empty(), precision: undefined, failFast: false,
      onMerged: (_s, chunk) => { records += chunk.records; },
    }).run();
    return { aggregates: JSON.stringify(canonicalAggregates(result.aggregates)), records };
  };

  it('cuts only the tail, into pieces inside one chunk each that cover the range once, and merges whole chunks in order to the same bytes', async () => {
    const expected = await whole();
    await fc.assert(fc.asyncProperty(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 50, max: 700 }), fc.array(fc.nat({ max: 4 }), { minLength: 1 }), async (capacity, chunkSize, delays) => {
      let k = 0;
      const log = { dispatched: [] as number[], tasks: [] as ChunkTask[] };
      const merged: { index: number; from: number; to: number }[] = [];
      let records = '';
      const execution = new BatchExecution({
        runner: shuffledRunner(capacity, () => delays[k++ % delays.length]!, log), range, chunkSize, startChunk: 0,
        startAggregates: simulator.empty(), precision: undefined, failFast: false, joinPieces,
        onMerged: (state, chunk) => {
          merged.push({ index: state.nextChunk - 1, from: chunk.aggregates.simulated, to: state.mergedTo });
          records += chunk.records;
        },
      });
      const result = await execution.run();
      const count = chunkCount(range, chunkSize);
      expect(result.reason).toBe('complete');
      // Whole chunks, in order, each with its own runs only.
      expect(merged.map((m) => m.index)).toEqual([...Array(count).keys()]);
      merged.forEach((m) => { const r = chunkRange(range, chunkSize, m.index); expect([m.from, m.to]).toEqual([r.to - r.from, r.to]); });
      // The pieces tile the range in run order, never straddle a chunk, and only the tail is cut.
      expect(log.tasks.map((t) => t.from)).toEqual([0, ...log.tasks.slice(0, -1).map((t) => t.to)]);
      expect(log.tasks.at(-1)!.to).toBe(range.to);
      for (const t of log.tasks) {
        const r = chunkRange(range, chunkSize, t.index);
        expect(t.from >= r.from && t.to <= r.to).toBe(true);
        const cutShort = t.to - t.from < Math.min(chunkSize, r.to - r.from);
        if (cutShort) expect(range.to - t.from).toBeLessThan(2 * capacity * chunkSize);
      }
      expect(JSON.stringify(canonicalAggregates(result.aggregates))).toBe(expected.aggregates);
      expect(records).toBe(expected.records);
    }), { numRuns: 15 });
  });

  it('keeps every worker busy to the end: the last pieces are small', async () => {
    const log = { dispatched: [] as number[], tasks: [] as ChunkTask[] };
    await new BatchExecution({
      runner: shuffledRunner(2, () => 0, log), range, chunkSize: 200, startChunk: 0,
      startAggregates: simulator.empty(), precision: undefined, failFast: false, joinPieces,
    }).run();
    const sizes = log.tasks.map((t) => t.to - t.from);
    // Whole chunks until the last 2 × workers chunks' runs are left, then shares of what is left
    // (a chunk's remainder may be smaller), down to an eighth of a chunk.
    expect(sizes).toEqual([200, 200, 200, 200, 200, 200, 200, 150, 50, 100, 75, 25, 50, 38, 28, 25, 25, 25, 9]);
  });

  it('checks the stopping rules only on whole chunks: a stop mid-chunk leaves a prefix of whole chunks', async () => {
    const execution = new BatchExecution({
      runner: shuffledRunner(3, () => 1, { dispatched: [] }), range, chunkSize: 300, startChunk: 0,
      startAggregates: simulator.empty(), precision: undefined, failFast: false, joinPieces,
      onMerged: (state) => { if (state.nextChunk === 5) execution.stop(); },
    });
    const result = await execution.run();
    expect(result.reason).toBe('interrupted');
    expect(result.mergedTo % 300).toBe(0);
    expect(result.aggregates.simulated).toBe(result.mergedTo);
  });
});

function loadTwoStates(): Scenario {
  const loaded = loadScenario(readFileSync(join(ROOT, TWO_STATES), 'utf8'), { filename: 'two-states.yaml' });
  if (!loaded.ok) throw new Error('two-states.yaml does not load');
  return loaded.scenario;
}
