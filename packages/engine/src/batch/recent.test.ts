// A Recent map keeps its most recently used entries only, makes a value once while it is held,
// and a batch over the judgments computes the same aggregates whatever it had to make again.
import { describe, expect, it } from 'vitest';
import { Recent } from './recent.js';

describe('Recent', () => {
  it('keeps the most recently used entries and makes the others again', () => {
    const made: number[] = [];
    const r = new Recent<number, string>(2);
    const get = (k: number): string => r.get(k, () => { made.push(k); return `v${k}`; });
    expect(get(1)).toBe('v1');
    expect(get(2)).toBe('v2');
    expect(get(1)).toBe('v1'); // held: 1 becomes the most recent
    expect(get(3)).toBe('v3'); // evicts 2, the least recently used
    expect(get(1)).toBe('v1');
    expect(get(2)).toBe('v2'); // made again
    expect(made).toEqual([1, 2, 3, 2]);
  });
});

describe('a batch over the judgments with draws made again', () => {
  it('gives the same aggregates as one that met each draw once', async () => {
    const { readFileSync } = await import('node:fs');
    const { loadScenario } = await import('../load/index.js');
    const { BatchContext } = await import('./batch.js');
    const { canonicalAggregates, mergeInto } = await import('./aggregates.js');
    const loaded = loadScenario(readFileSync(new URL('../../test/scenarios/two-states.yaml', import.meta.url), 'utf8'));
    if (!loaded.ok) throw new Error('two-states does not load');
    const opts = { seed: 5, runs: 40, parameterDraws: 4 } as const;
    // In order, each draw met once.
    const inOrder = new BatchContext(loaded.scenario, opts);
    const a = inOrder.empty();
    inOrder.runRange(a, 0, 160);
    // Draws 1, 2, 3, then back to 1 and 0: draw 1's model and simulator were evicted and made again.
    const jumping = new BatchContext(loaded.scenario, opts);
    const parts = [[40, 60], [80, 100], [120, 160], [60, 80], [100, 120], [0, 40]] as const;
    const b = jumping.empty();
    for (const [from, to] of parts) { const part = jumping.empty(); jumping.runRange(part, from, to); mergeInto(b, part); }
    expect(canonicalAggregates(b)).toEqual(canonicalAggregates(a));
  });
});
