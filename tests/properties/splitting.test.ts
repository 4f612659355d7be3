// Invariants of the rare-event estimator (multilevel splitting): it is unbiased — on a chain of
// escalation steps whose probability is known in closed form, its 95% intervals cover the answer
// about 95% of the time — it leaves every plain figure unchanged, and it is a pure function of
// the run indices, so any partition into chunks (workers, shards) merges to identical counts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BatchContext, canonicalAggregates, mergeInto, summariseSplitting, validateScenarioData, type Scenario, type SplittingPlan } from '@casus/engine';

const HORIZON = 52;
const NEVER = { per: 'week', value: 0 };
const P_STEP = [0.008, 0.01, 0.01, 0.012];

/** Crisis → step1 → step2 → step3 → war, one hazard per step, no way back. */
function chain(): Scenario {
  const rungs = ['crisis', 'step1', 'step2', 'step3', 'war'];
  const loaded = validateScenarioData({
    version: '0.1', id: 'chain', title: 'A chain of escalation steps',
    clock: { start: '2025-01-06', tick: 'week', horizon: HORIZON },
    ladder: {
      // No way back: de-escalation rates of 0.
      rungs: [{ id: 'calm', name: 'calm' }, { id: 'crisis', name: 'crisis' }, ...['step1', 'step2', 'step3'].map((id) => ({ id, name: id, deescalation: NEVER })), { id: 'war', name: 'war', war: true, deescalation: NEVER }],
      crisis: 'crisis',
    },
    actors: { A: { name: 'A' }, B: { name: 'B' } },
    relations: [{ between: ['A', 'B'], rung: 'crisis' }],
    triggers: P_STEP.map((p, k) => ({
      id: `step${k + 1}`,
      rate: { per: 'week', value: -Math.log(1 - p) },
      when: { relation: { between: ['A', 'B'], atLeast: rungs[k], atMost: rungs[k] } },
      effect: { escalate: { between: ['A', 'B'], steps: 1 } },
    })),
    outcomes: {
      step2: { when: { relation: { between: ['A', 'B'], atLeast: 'step2' } } },
      war: { when: { relation: { between: ['A', 'B'], atLeast: 'war' } } },
    },
  });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return loaded.scenario;
}

/**
 * P(reaching step `target` by the horizon): the relation takes at most one step per tick (a
 * trigger's effect is applied after every trigger of the tick has been checked).
 */
function analytic(target: number): number {
  let cur = [1, 0, 0, 0, 0];
  for (let t = 0; t <= HORIZON; t++) {
    const next = [0, 0, 0, 0, 0];
    cur.forEach((q, k) => {
      if (k === 4) { next[4]! += q; return; }
      next[k + 1]! += q * P_STEP[k]!;
      next[k]! += q * (1 - P_STEP[k]!);
    });
    cur = next;
  }
  return cur.slice(target).reduce((a, b) => a + b, 0);
}

const PLAN: SplittingPlan = { levels: [{ score: 1, factor: 4 }, { score: 2, factor: 4 }, { score: 3, factor: 4 }] };
const sc = chain();

function batch(seed: number, runs: number, from = 0, to = runs) {
  const ctx = new BatchContext(sc, { seed, runs, splitting: PLAN });
  const agg = ctx.empty();
  ctx.runRange(agg, from, to);
  return agg;
}

describe('multilevel splitting', () => {
  it('is unbiased: its 95% intervals cover the closed-form answer about 95% of the time', () => {
    const truth = analytic(4);
    expect(truth).toBeGreaterThan(2e-4);
    expect(truth).toBeLessThan(3e-3);
    let covered = 0;
    let mean = 0;
    const reps = 100;
    for (let seed = 0; seed < reps; seed++) {
      const e = summariseSplitting(batch(seed, 300).splitting!).find((x) => x.id === 'war')!;
      if (e.lo <= truth && truth <= e.hi) covered++;
      mean += e.p / reps;
    }
    expect(covered / reps).toBeGreaterThanOrEqual(0.88);
    expect(covered / reps).toBeLessThanOrEqual(1);
    // The mean of 100 estimates is within 15% of the truth (its own standard error is about 5%).
    expect(Math.abs(mean / truth - 1)).toBeLessThan(0.15);
  });

  it('needs less work than plain runs for the same precision on a rare outcome', () => {
    const e = summariseSplitting(batch(1, 2000).splitting!).find((x) => x.id === 'war')!;
    expect(e.speedup).not.toBeNull();
    expect(e.speedup!).toBeGreaterThan(3);
  });

  it('leaves the plain figures of the roots unchanged', () => {
    const plain = new BatchContext(sc, { seed: 3, runs: 500 });
    const a = plain.empty();
    plain.runRange(a, 0, 500);
    const { splitting, ...rest } = canonicalAggregates(batch(3, 500));
    expect(splitting!.copies).toBeGreaterThan(0);
    expect(rest).toEqual(canonicalAggregates(a));
  });

  it('merges exactly: any split into chunks gives identical counts', () => {
    const whole = JSON.stringify(canonicalAggregates(batch(9, 200)));
    fc.assert(fc.property(fc.integer({ min: 1, max: 199 }), (cut) => {
      const left = batch(9, 200, 0, cut);
      const right = batch(9, 200, cut, 200);
      expect(JSON.stringify(canonicalAggregates(mergeInto(right, left)))).toBe(whole);
    }), { numRuns: 8 });
  });
});
