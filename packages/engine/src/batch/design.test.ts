// A run count (or a count of parameter draws) that is not a whole number of 0 or more is a
// programming error, refused with a message that names it (docs/library.md), by every entry point
// that builds a design: before, runBatch resolved such a batch as an empty one that looked
// aborted (-1, NaN), or simulated two runs and reported 1.5.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { runBatch, streamRuns } from './batch.js';
import { compareVariants } from './compare.js';

const loaded = loadScenario(`
version: "1.0"
id: counts
title: Run counts
clock: { start: 2025-01-06, tick: week, horizon: 4 }
actors:
  A: { name: Aland }
  B: { name: Borduria }
relations:
  - { between: [A, B], rung: tension }
triggers:
  - { id: clash, rate: { per: year, value: 20 }, effect: { armedAttack: { by: B, on: A, intensity: 4 } } }
outcomes:
  clash: { when: { happened: { event: armedAttack } } }
`, { filename: 'counts.yaml' });
if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
const scenario = loaded.scenario;

describe('run counts', () => {
  for (const runs of [-1, 1.5, Number.NaN, Infinity]) {
    it(`refuses runs = ${runs} in runBatch, streamRuns and compareVariants`, async () => {
      const message = `runs must be a whole number, 0 or more; got ${String(runs)}`;
      await expect(runBatch(scenario, { seed: 1, runs })).rejects.toThrow(message);
      expect(() => [...streamRuns(scenario, { seed: 1, runs })]).toThrow(message);
      await expect(compareVariants({ scenario }, { scenario }, { seed: 1, runs })).rejects.toThrow(message);
    });
  }
  it('refuses a parameter draw count that is not a whole number', async () => {
    await expect(runBatch(scenario, { seed: 1, runs: 10, parameterDraws: 2.5 })).rejects.toThrow('parameterDraws must be a whole number, 0 or more; got 2.5');
  });
  it('takes 0 runs as an empty, complete batch, and a whole count as given', async () => {
    expect(await runBatch(scenario, { seed: 1, runs: 0 })).toMatchObject({ runs: 0, complete: true });
    const r = await runBatch(scenario, { seed: 1, runs: 3 });
    expect(r.runs).toBe(3);
    expect(r.aggregates.runs).toBe(3);
  });
});
