// Invariants of the rare-event estimator that branches at decisions (batch/branching.ts): it is
// unbiased — on a chain whose probability is known in closed form its 95% intervals cover the
// answer about 95% of the time, with one level of branching and with two — it leaves every plain
// figure unchanged, it merges exactly across any partition into chunks, and a run saved inside a
// round of decisions continues exactly as the run itself does.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BatchContext, canonicalAggregates, compile, loadScenario, masterSeedOf, mergeInto, Simulator, summariseBranching, validateScenarioData, type BranchingPlan, type Scenario } from '@casus/engine';
import { resolveScenario } from '@casus/scenarios';

const HORIZON = 52;
/** Per week: an incident (B fires on A), and A's answer to it is war with this chance. */
const H_INCIDENT = 0.04;
const P_WAR = 0.03;
/** Once A and B are at war, C joins on each weekly offensive with this chance. */
const H_OFFENSIVE = 0.3;
const P_JOIN = 0.05;

/**
 * A — B at crisis; incidents with a constant weekly chance; A answers each with war (rare) or a
 * protest. At war, A's weekly offensive is answered by C: joining the war (rare) or staying out.
 */
function chain(): Scenario {
  const never = { per: 'week', value: 0 };
  const loaded = validateScenarioData({
    version: '0.1', id: 'decision-chain', title: 'A chain of rare decisions',
    clock: { start: '2025-01-06', tick: 'week', horizon: HORIZON },
    ladder: {
      rungs: [{ id: 'calm', name: 'calm' }, { id: 'crisis', name: 'crisis', intensity: 3 }, { id: 'clash', name: 'clash', intensity: 4, deescalation: never }, { id: 'war', name: 'war', intensity: 5, war: true, deescalation: never }],
      crisis: 'crisis',
    },
    actors: { A: { name: 'A' }, B: { name: 'B' }, C: { name: 'C' } },
    relations: [{ between: ['A', 'B'], rung: 'crisis' }, { between: ['C', 'A'], rung: 'crisis' }],
    triggers: [
      {
        id: 'incident', rate: { per: 'week', value: -Math.log(1 - H_INCIDENT) },
        when: { relation: { between: ['A', 'B'], atMost: 'crisis' } },
        effect: { signal: { kind: 'incident', by: 'B', on: 'A' } },
      },
      {
        id: 'offensive', rate: { per: 'week', value: -Math.log(1 - H_OFFENSIVE) },
        when: { relation: { between: ['A', 'B'], atLeast: 'war' } },
        effect: { signal: { kind: 'offensive', by: 'A', on: 'B' } },
      },
    ],
    doctrine: {
      A: [{
        id: 'answer', on: { event: 'signal', kind: 'incident', by: 'B' },
        when: { relation: { between: ['A', 'B'], atMost: 'crisis' } },
        options: [
          { id: 'protest', weight: 1 - P_WAR, effect: { signal: { kind: 'protest', by: 'A', on: 'B' } } },
          { id: 'war', weight: P_WAR, effect: { armedAttack: { by: 'A', on: 'B', intensity: 5 } } },
        ],
      }],
      C: [{
        id: 'join', on: { event: 'signal', kind: 'offensive', by: 'A' },
        when: { relation: { between: ['C', 'A'], atMost: 'crisis' } },
        options: [
          { id: 'stay_out', weight: 1 - P_JOIN, effect: { signal: { kind: 'protest', by: 'C', on: 'A' } } },
          { id: 'join', weight: P_JOIN, effect: { armedAttack: { by: 'C', on: 'A', intensity: 5 } } },
        ],
      }],
    },
    outcomes: {
      war: { when: { relation: { between: ['A', 'B'], atLeast: 'war' } } },
      wider_war: { when: { relation: { between: ['C', 'A'], atLeast: 'war' } } },
    },
  });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return loaded.scenario;
}

/**
 * P(war) and P(wider war) by the horizon: a week's incident is answered within the week, so the
 * war starts in week t with chance h·p while at crisis; the offensives start the week after (the
 * war's week has already passed its triggers), and C joins in week u > t with chance h'·p' a week.
 */
function analytic(): { war: number; wider: number } {
  const a = H_INCIDENT * P_WAR;
  const b = H_OFFENSIVE * P_JOIN;
  let war = 0;
  let wider = 0;
  for (let t = 0; t <= HORIZON; t++) {
    const start = (1 - a) ** t * a;
    war += start;
    wider += start * (1 - (1 - b) ** (HORIZON - t));
  }
  return { war, wider };
}

const sc = chain();

function batch(seed: number, runs: number, plan: BranchingPlan, from = 0, to = runs) {
  const ctx = new BatchContext(sc, { seed, runs, branching: plan });
  const agg = ctx.empty();
  ctx.runRange(agg, from, to);
  return agg;
}

const ONE: BranchingPlan = { below: 0.5, perRound: 3, depth: 1 };
const TWO: BranchingPlan = { below: 0.5, perRound: 3, depth: 2 };

describe('branching at decisions', () => {
  it('agrees with the closed form on plain runs (the chain is what the analysis says)', () => {
    const ctx = new BatchContext(sc, { seed: 5, runs: 20_000 });
    const agg = ctx.empty();
    ctx.runRange(agg, 0, 20_000);
    const truth = analytic();
    const p = agg.outcomes.war!.hits / 20_000;
    expect(Math.abs(p - truth.war)).toBeLessThan(4 * Math.sqrt((truth.war * (1 - truth.war)) / 20_000));
  });

  for (const [name, plan, roots] of [['one level', ONE, 200], ['two levels', TWO, 100]] as const) {
    it(`is unbiased with ${name}: its 95% intervals cover the closed-form answers about 95% of the time`, () => {
      const truth = analytic();
      const reps = 100;
      const covered = { war: 0, wider_war: 0 };
      const mean = { war: 0, wider_war: 0 };
      for (let seed = 0; seed < reps; seed++) {
        const est = summariseBranching(batch(seed, roots, plan).branching!);
        for (const id of ['war', 'wider_war'] as const) {
          const e = est.find((x) => x.id === id)!;
          const t = id === 'war' ? truth.war : truth.wider;
          if (e.lo <= t && t <= e.hi) covered[id]++;
          mean[id] += e.p / reps;
        }
      }
      for (const id of ['war', 'wider_war'] as const) {
        const t = id === 'war' ? truth.war : truth.wider;
        expect(covered[id] / reps, id).toBeGreaterThanOrEqual(0.88);
        expect(Math.abs(mean[id] / t - 1), id).toBeLessThan(0.1);
      }
    });
  }

  it('needs far less work than plain runs for the same precision', () => {
    const e = summariseBranching(batch(1, 1000, ONE).branching!).find((x) => x.id === 'war')!;
    expect(e.speedup!).toBeGreaterThan(10);
  });

  it('leaves the plain figures of the roots unchanged', () => {
    const plain = new BatchContext(sc, { seed: 3, runs: 400 });
    const a = plain.empty();
    plain.runRange(a, 0, 400);
    const { branching, ...rest } = canonicalAggregates(batch(3, 400, TWO));
    expect(branching!.branches).toBeGreaterThan(0);
    expect(rest).toEqual(canonicalAggregates(a));
  });

  it('merges exactly: any split into chunks gives identical counts', () => {
    const whole = JSON.stringify(canonicalAggregates(batch(9, 200, TWO)));
    fc.assert(fc.property(fc.integer({ min: 1, max: 199 }), (cut) => {
      const left = batch(9, 200, TWO, 0, cut);
      const right = batch(9, 200, TWO, cut, 200);
      expect(JSON.stringify(canonicalAggregates(mergeInto(left, right)))).toBe(whole);
    }), { numRuns: 6 });
  });

  it('a run saved inside a round of decisions and continued with its own choices ends as the run itself (korea-2024)', () => {
    const loaded = loadScenario(resolveScenario('korea-2024')!.text, { filename: 'korea-2024.yaml' });
    if (!loaded.ok) throw new Error('korea-2024 does not load');
    const sim = new Simulator(compile(loaded.scenario));
    const master = masterSeedOf(4);
    let rounds = 0;
    for (let run = 0; run < 40; run++) {
      const plain = sim.run(master, run);
      const expected = JSON.stringify({ events: plain.events, outcomes: Array.from(plain.outcomeTick), rung: Array.from(plain.rung), vars: Array.from(plain.vars) });
      // Save in the middle of the run's first round of decisions after tick 10 and continue from there.
      const s = sim.reset(master, run);
      let done = false;
      s.roundHook = (round, choices) => {
        if (done || s.tick < 10) return;
        done = true;
        rounds++;
        const snap = sim.snapshot();
        sim.restore(snap);
        sim.finishFromRound(round, choices.slice());
        const got = JSON.stringify({ events: s.events, outcomes: Array.from(s.outcomeTick), rung: Array.from(s.rung), vars: Array.from(s.vars) });
        expect(got).toBe(expected);
        sim.restore(snap);
      };
      sim.finish();
      s.roundHook = undefined;
      const after = JSON.stringify({ events: s.events, outcomes: Array.from(s.outcomeTick), rung: Array.from(s.rung), vars: Array.from(s.vars) });
      expect(after).toBe(expected);
    }
    expect(rounds).toBeGreaterThan(20);
  });
});
