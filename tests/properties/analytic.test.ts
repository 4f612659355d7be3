// Invariant: over many seeded runs the engine's frequencies match the probabilities the scenario states (hazards, obligation reliability, doctrine weights, Council votes), each within its 99.9% Wilson interval.
import { describe, expect, it } from 'vitest';
import { compile, masterSeedOf, Simulator, stats, validateScenarioData, type Model, type RunState } from '@casus/engine';
import { TABLES } from '../../packages/engine/src/machines/index.js';

const N = 20_000;
const Z = stats.zFor(0.999);
const SEED = masterSeedOf('analytic');

function model(data: Record<string, unknown>): Model {
  const loaded = validateScenarioData({ version: '0.1', id: 'analytic', title: 'analytic', ...data });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return compile(loaded.scenario);
}

/** Runs 0..n-1 of one batch on one Simulator; `count` looks at each finished run. */
function countRuns(m: Model, situation: string | undefined, count: (s: RunState) => void, n = N): void {
  const sim = new Simulator(m, { engine: 'batch' });
  for (let r = 0; r < n; r++) {
    const s = sim.run(SEED, r, { situation });
    if (s.status !== 'done') throw new Error(`run ${r} ended with ${s.status}: ${s.error}`);
    count(s);
  }
}

/** Asserts that `expected` lies in the 99.9% Wilson interval of `hits` out of `n`. */
function expectWithin(hits: number, n: number, expected: number, what: string): void {
  const w = stats.wilson(hits, n, Z);
  expect(expected, `${what}: ${hits}/${n} = ${(hits / n).toFixed(4)}, 99.9% interval [${w.lo.toFixed(4)}, ${w.hi.toFixed(4)}], expected ${expected.toFixed(4)}`)
    .toBeGreaterThanOrEqual(w.lo);
  expect(expected, what).toBeLessThanOrEqual(w.hi);
}

function binomialAtLeast(n: number, k: number, q: number): number {
  let total = 0;
  for (let j = k; j <= n; j++) {
    let c = 1;
    for (let i = 0; i < j; i++) c = (c * (n - i)) / (i + 1);
    total += c * q ** j * (1 - q) ** (n - j);
  }
  return total;
}

const TWO = { A: { name: 'A' }, B: { name: 'B' } };

describe('a hazard trigger', () => {
  it.each([
    ['0.1 a week, weekly ticks', { per: 'week', value: 0.1 }, 1],
    ['6 a year, weekly ticks', { per: 'year', value: 6 }, 7 / 365.2425],
    ['1.5 a month, weekly ticks', { per: 'month', value: 1.5 }, 7 / (365.2425 / 12)],
    // Hazards above one half a tick: every tick is a candidate, and a candidate must still fire
    // with probability p only (it once fired every tick).
    ['1 a week, weekly ticks', { per: 'week', value: 1 }, 1],
    ['2.5 a week, weekly ticks', { per: 'week', value: 2.5 }, 1],
  ] as const)('at %s fires within n ticks with probability 1 − (1 − p)^n', (_what, rate, dt) => {
    const m = model({
      clock: { start: '2025-01-06', tick: 'week', horizon: 20 },
      actors: TWO,
      triggers: [{ id: 'hazard', rate, effect: { signal: { kind: 'ping', by: 'A' } } }],
      outcomes: { fired: { when: { happened: { event: 'signal', kind: 'ping' } } } },
    });
    const p = 1 - Math.exp(-rate.value * dt);
    const ns = [1, 4, 10, 21];
    const hits = ns.map(() => 0);
    countRuns(m, undefined, (s) => {
      const t = s.outcomeTick[0]!;
      ns.forEach((n, k) => { if (t >= 0 && t < n) hits[k]!++; });
    });
    ns.forEach((n, k) => expectWithin(hits[k]!, N, 1 - (1 - p) ** n, `fired within ${n} ticks`));
  });
});

describe('an obligation', () => {
  const treaty = (reliability: number, deny: number, levels?: Record<string, number>) => model({
    clock: { start: '2025-01-06', tick: 'week', horizon: 2 },
    actors: { A: { name: 'A' }, B: { name: 'B' }, C: { name: 'C' } },
    pacts: [{
      id: 'ac', name: 'A–C treaty', parties: ['A', 'C'], inForce: '1960-01-01',
      obligations: [{
        type: 'defense', casus: { armedAttack: { on: 'party', minIntensity: 4 } },
        response: { atLeast: 'forces', within: 0, ...(levels ? { levels } : {}) }, reliability, judgment: { deny, pretext: 0 },
      }],
    }],
    // An attack of war intensity: an ally honouring at `forces` then joins a war.
    situations: { attack: { title: 'B invades A', inject: [{ at: 0, effect: { armedAttack: { by: 'B', on: 'A', intensity: 5 } } }] } },
    outcomes: { ally_at_war: { when: { relation: { between: ['C', 'B'], war: true } } } },
  });
  const fates = (m: Model) => {
    const c = m.obligations.find((o) => o.key === 'ac/defense@C')!.index;
    const count = { honoured: 0, denied: 0, defected: 0, war: 0, atWar: 0 };
    countRuns(m, 'attack', (s) => {
      const st = s.host.state('obligation', c);
      const name = TABLES.obligation.states[st]!;
      if (name === 'honoured' || name === 'denied' || name === 'defected') count[name]++;
      if (name === 'honoured' && s.obligationLevel[c] === 4) count.war++;
      if (s.outcomeTick[0]! >= 0) count.atWar++;
    });
    return count;
  };

  it('with reliability r (deny 0, a certain invasion) is honoured at rate r', () => {
    const r = 0.7;
    const f = fates(treaty(r, 0));
    expectWithin(f.honoured, N, r, 'honoured');
    expect(f.denied).toBe(0);
    expect(f.honoured + f.defected).toBe(N);
    // Honouring at `forces` joins the war under way: the ally is at war exactly when it honours.
    expect(f.atWar).toBe(f.honoured);
  });

  it('with deny d and reliability r is denied at rate d and honoured at rate (1 − d) r, at the war level with its weight', () => {
    const r = 0.6; const d = 0.25;
    const f = fates(treaty(r, d, { forces: 1, war: 3 }));
    expectWithin(f.denied, N, d, 'denied');
    expectWithin(f.honoured, N, (1 - d) * r, 'honoured');
    expectWithin(f.war, N, (1 - d) * r * 0.75, 'honoured at the war level');
  });
});

describe('a doctrine', () => {
  it('with option weights 1:3 picks the second at 3/4', () => {
    const m = model({
      clock: { start: '2025-01-06', tick: 'week', horizon: 1 },
      actors: TWO,
      doctrine: {
        A: [{
          id: 'respond', on: { event: 'armedAttack', on: '$self' },
          options: [
            { id: 'first', weight: 1, effect: { signal: { kind: 'first', by: '$self' } } },
            { id: 'second', weight: 3, effect: { signal: { kind: 'second', by: '$self' } } },
          ],
        }],
      },
      situations: { attack: { title: 'B attacks A', inject: [{ at: 0, effect: { armedAttack: { by: 'B', on: 'A', intensity: 4 } } }] } },
      outcomes: { second: { when: { happened: { event: 'signal', kind: 'second' } } } },
    });
    let second = 0; let decisions = 0;
    countRuns(m, 'attack', (s) => {
      decisions += s.events.filter((e) => e.kind === 'decision').length;
      if (s.outcomeTick[0]! >= 0) second++;
    });
    expect(decisions).toBe(N);
    expectWithin(second, N, 3 / 4, 'second option');
  });

  it('with a logistic weight reads the state: P(option) = w / (w + 1) for w = 1 / (1 + e^(−x))', () => {
    const x = 0.8; // tension, a variable the weight reads
    const m = model({
      clock: { start: '2025-01-06', tick: 'week', horizon: 1 },
      actors: TWO,
      variables: { tension: { initial: x } },
      doctrine: {
        A: [{
          id: 'respond', on: { event: 'armedAttack', on: '$self' },
          options: [
            { id: 'hit', weight: { logistic: { intercept: -1, terms: [{ coef: 2, variable: 'tension' }] } }, effect: { signal: { kind: 'hit' } } },
            { id: 'hold', weight: 1 },
          ],
        }],
      },
      situations: { attack: { title: 'B attacks A', inject: [{ at: 0, effect: { armedAttack: { by: 'B', on: 'A', intensity: 4 } } }] } },
      outcomes: { hit: { when: { happened: { event: 'signal', kind: 'hit' } } } },
    });
    const w = 1 / (1 + Math.exp(-(-1 + 2 * x)));
    let hits = 0;
    countRuns(m, 'attack', (s) => { if (s.outcomeTick[0]! >= 0) hits++; });
    expectWithin(hits, N, w / (w + 1), 'hit');
  });
});

describe('the Security Council', () => {
  it('adopts and vetoes at the rates the binomial calculation gives', () => {
    // One permanent member (yes a, no v, abstain the rest) and four elected members each voting
    // yes with probability q (else abstaining); nine-votes-style rule: at least 3 yes, no P5 "no".
    const a = 0.5; const v = 0.3; const q = 0.6;
    const m = model({
      clock: { start: '2025-01-06', tick: 'week', horizon: 1 },
      actors: { P: { name: 'P' }, E1: { name: 'E1' }, E2: { name: 'E2' }, E3: { name: 'E3' }, E4: { name: 'E4' }, T: { name: 'T' } },
      council: {
        rule: { minYes: 3, permanentVeto: true },
        seats: [{ actor: 'P', permanent: true }, { actor: 'E1' }, { actor: 'E2' }, { actor: 'E3' }, { actor: 'E4' }],
        policies: [
          { member: 'P', rules: [{ vote: { yes: a, no: v, abstain: 1 - a - v } }] },
          { member: 'default', rules: [{ vote: { yes: q, no: 0, abstain: 1 - q } }] },
        ],
      },
      situations: { draft: { title: 'A draft is tabled', inject: [{ at: 0, effect: { draft: { kind: 'condemnation', target: 'T' } } }] } },
      outcomes: {
        adopted: { when: { council: { result: ['adopted'] } } },
        vetoed: { when: { council: { result: ['vetoed'] } } },
        failed: { when: { council: { result: ['failed'] } } },
      },
    });
    const hits = [0, 0, 0];
    countRuns(m, 'draft', (s) => { for (let o = 0; o < 3; o++) if (s.outcomeTick[o]! >= 0) hits[o]!++; });
    const adopted = a * binomialAtLeast(4, 2, q) + (1 - a - v) * binomialAtLeast(4, 3, q);
    const vetoed = v * binomialAtLeast(4, 3, q);
    expect(hits[0]! + hits[1]! + hits[2]!).toBe(N);
    expectWithin(hits[0]!, N, adopted, 'adopted');
    expectWithin(hits[1]!, N, vetoed, 'vetoed');
    expectWithin(hits[2]!, N, 1 - adopted - vetoed, 'failed');
  });

  it('a single member voting yes with probability q carries a one-vote rule at rate q', () => {
    const q = 0.35;
    const m = model({
      clock: { start: '2025-01-06', tick: 'week', horizon: 1 },
      actors: { X: { name: 'X' }, Y: { name: 'Y' }, Z: { name: 'Z' }, T: { name: 'T' } },
      council: {
        rule: { minYes: 3, permanentVeto: false },
        seats: [{ actor: 'X' }, { actor: 'Y' }, { actor: 'Z' }],
        policies: [
          { member: 'X', rules: [{ vote: { yes: q, no: 1 - q } }] },
          { member: 'default', rules: [{ vote: { yes: 1, no: 0 } }] },
        ],
      },
      situations: { draft: { title: 'A draft is tabled', inject: [{ at: 0, effect: { draft: { kind: 'sanctions', target: 'T' } } }] } },
      outcomes: { adopted: { when: { council: { result: ['adopted'] } } } },
    });
    let adopted = 0;
    countRuns(m, 'draft', (s) => { if (s.outcomeTick[0]! >= 0) adopted++; });
    expectWithin(adopted, N, q, 'adopted');
  });
});
