// Spells of membership (docs/semantics.md, "Membership dates"): a party that leaves and rejoins
// has its duties lapse on leaving and come back into force on rejoining; between its spells it is
// neither bound nor protected, and the `party` condition and the story follow the spell of the
// day. Both engines, which must agree event for event.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import type { EngineKind } from './simulator.js';

/**
 * A and B defend each other; B is a party 1–3 Jan and again from 8 Jan (out 4–7 Jan). X attacks B
 * on 5 Jan (between the spells: no casus) and on 10 Jan (in the second: A's duty). B itself
 * is bound to consult on a threat to A on 6 Jan (out: not in force) and on 11 Jan (bound again).
 */
const text = (tick: 'day' | 'week', start = '2025-01-01') => `
version: "1.5"
id: spells
title: Spells
clock: { start: ${start}, tick: ${tick}, horizon: ${tick === 'day' ? 12 : 3} }
actors:
  A: { name: A }
  B: { name: B }
  X: { name: X }
pacts:
  - id: p
    name: Pact
    inForce: 1990-01-01
    parties: [A, { actor: B, spells: [{ to: 2025-01-03 }, { from: 2025-01-08 }] }]
    obligations:
      - { id: def, type: defense, casus: { armedAttack: {} }, response: { atLeast: diplomatic } }
      - { id: cons, type: consultation, obligated: [B], beneficiaries: [A], casus: { threat: {} } }
triggers:
  - { id: while-party, at: [2025-01-02, 2025-01-05, 2025-01-09], when: { party: { pact: p, actor: B } }, effect: { signal: { by: B, kind: member } } }
situations:
  s:
    title: s
    inject:
      - { at: 2025-01-05, effect: { armedAttack: { by: X, on: B, intensity: 4 } } }
      - { at: 2025-01-06, effect: { threat: { by: X, on: A } } }
      - { at: 2025-01-10, effect: { armedAttack: { by: X, on: B, intensity: 4 } } }
      - { at: 2025-01-11, effect: { threat: { by: X, on: A } } }
outcomes:
  out_of_pact: { when: { not: { party: { pact: p, actor: B } } } }
`;

/** One traced run of situation `s` of a scenario text, seed 1, run 0. */
function runText(yaml: string, engine: EngineKind) {
  const loaded = loadScenario(yaml);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return simulate(loaded.scenario, { seed: 1, runIndex: 0, engine, trace: true, situation: 's' });
}

const run = (engine: EngineKind, tick: 'day' | 'week' = 'day', start?: string) => runText(text(tick, start), engine);

const obligationLines = (r: ReturnType<typeof run>) => (r.events ?? []).filter((e) => e.kind === 'obligation').map((e) => `${e.date} ${e.cause} ${e.actor} ${e.detail}`);

describe('spells of membership', () => {
  for (const engine of ['reference', 'batch'] as const) {
    it(`${engine}: duties lapse on leaving and come back into force on rejoining; between spells nothing binds or protects`, () => {
      const r = run(engine);
      expect(obligationLines(r)).toEqual([
        '2025-01-04 pact:p B lapsed', // def@B
        '2025-01-04 pact:p B lapsed', // cons@B
        // 5 Jan: the attack on B engages no one (B is out); 6 Jan: B would have consulted, but is out.
        '2025-01-06 obligation:p/cons@B B not_in_force',
        '2025-01-08 pact:p B in_force',
        '2025-01-08 pact:p B in_force',
        '2025-01-10 obligation:p/def@A A judged',
        '2025-01-10 obligation:p/def@A A invoked',
        '2025-01-10 obligation:p/def@A A honoured:diplomatic',
        '2025-01-11 obligation:p/cons@B B judged',
        '2025-01-11 obligation:p/cons@B B invoked',
        '2025-01-11 obligation:p/cons@B B honoured:consult',
      ]);
      expect(r.final.obligations.map((o) => `${o.key} ${o.state}`)).toEqual(['p/def@A honoured', 'p/def@B dormant', 'p/cons@B honoured']);
    });

    it(`${engine}: the party condition follows the spell of the day (triggers and outcomes)`, () => {
      const r = run(engine);
      expect((r.events ?? []).filter((e) => e.kind === 'signal').map((e) => e.date)).toEqual(['2025-01-02', '2025-01-09']);
      expect(r.outcomes.out_of_pact!.date).toBe('2025-01-04');
    });

    it(`${engine}: the story tells the leaving, the gap and the rejoining`, () => {
      const r = run(engine);
      const text = (date: string, detail: string) => (r.events ?? []).find((e) => e.date === date && e.detail === detail)!.text;
      expect(text('2025-01-04', 'lapsed')).toBe('B is no longer a party to Pact (its last day: 2025-01-03): its duty lapses — Pact (defense)');
      expect(text('2025-01-06', 'not_in_force')).toBe('B is not bound: it is not a party to Pact on 2025-01-06 (between its spells of membership: out since 2025-01-04) (the casus would have been met)');
      expect(text('2025-01-08', 'in_force')).toBe('B rejoins Pact (from 2025-01-08): Pact (defense) binds it again');
    });

    it(`${engine}: a run that starts between the spells starts with the party's duties lapsed`, () => {
      const r = run(engine, 'day', '2025-01-05');
      expect(obligationLines(r).slice(0, 3)).toEqual([
        '2025-01-06 obligation:p/cons@B B not_in_force',
        '2025-01-08 pact:p B in_force',
        '2025-01-08 pact:p B in_force',
      ]);
    });

    it(`${engine}: weekly ticks — a rejoining inside a tick takes effect on the day of the first act it would judge`, () => {
      // Ticks start 1, 8 Jan…; with a start on 30 Dec the second tick (6 Jan) is out, the rejoining (8 Jan) falls inside it.
      const r = run(engine, 'week', '2024-12-30');
      const lines = obligationLines(r);
      expect(lines).toContain('2025-01-06 pact:p B lapsed');
      // The attack of 10 Jan, inside the tick of 6 Jan: B rejoined on 8 Jan, so it is protected.
      expect(lines).toContain('2025-01-10 obligation:p/def@A A judged');
      // B's own duties come back with the first act one of them would judge (the threat of 11 Jan), not at the tick's start.
      expect(lines.filter((l) => l.includes(' B '))).toEqual([
        '2025-01-06 pact:p B lapsed', '2025-01-06 pact:p B lapsed',
        '2025-01-06 obligation:p/cons@B B not_in_force',
        '2025-01-11 pact:p B in_force', '2025-01-11 pact:p B in_force',
        '2025-01-11 obligation:p/cons@B B judged', '2025-01-11 obligation:p/cons@B B invoked', '2025-01-11 obligation:p/cons@B B honoured:consult',
      ]);
    });
  }
});

/**
 * A answers attacks by non-parties on C; B is a party 1–3 Jan and from 8 Jan. B attacks C on 2 Jan
 * (a party: no casus), on 5 Jan (between its spells: a non-party, casus met) and on 9 Jan (a party
 * again: none). A also protects B, answering after 3 days: X attacks B on 2 Jan, and the response
 * falls due on 5 Jan, when B is out — moot; the same attack on 9 Jan is answered on 12 Jan.
 */
const JUDGED = `
version: "1.5"
id: spells-judged
title: Spells judged
clock: { start: 2025-01-01, tick: day, horizon: 14 }
actors:
  A: { name: A }
  B: { name: B }
  C: { name: C }
  X: { name: X }
pacts:
  - id: p
    name: Pact
    inForce: 1990-01-01
    parties: [A, C, { actor: B, spells: [{ to: 2025-01-03 }, { from: 2025-01-08 }] }]
    obligations:
      - { id: np, type: consultation, obligated: [A], beneficiaries: [C], casus: { hostileAct: { by: non_party } } }
      - { id: def, type: defense, obligated: [A], beneficiaries: [B], casus: { armedAttack: {} }, response: { atLeast: diplomatic, within: 3 } }
situations:
  s:
    title: s
    inject:
      - { at: 2025-01-02, effect: { hostileAct: { by: B, on: C, kind: cyber_operation } } }
      - { at: 2025-01-05, effect: { hostileAct: { by: B, on: C, kind: cyber_operation } } }
      - { at: 2025-01-09, effect: { hostileAct: { by: B, on: C, kind: cyber_operation } } }
      - { at: 2025-01-02, effect: { armedAttack: { by: X, on: B, intensity: 4 } } }
      - { at: 2025-01-07, effect: { peace: { between: [X, B] } } }
      - { at: 2025-01-09, effect: { armedAttack: { by: X, on: B, intensity: 4 } } }
outcomes:
  o: { when: { tick: { gte: 1 } } }
`;

describe('spells of membership in judgments', () => {
  for (const engine of ['reference', 'batch'] as const) {
    it(`${engine}: non_party reads the spell of the day of the act; a response owed to a party out of its spell is moot`, () => {
      const loaded = loadScenario(JUDGED);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
      const r = simulate(loaded.scenario, { seed: 1, runIndex: 0, engine, trace: true, situation: 's' });
      const of = (key: string) => (r.events ?? []).filter((e) => e.kind === 'obligation' && e.cause === `obligation:${key}`).map((e) => `${e.date} ${e.detail}`);
      expect(of('p/np@A')).toEqual(['2025-01-05 judged', '2025-01-05 invoked', '2025-01-05 honoured:consult']);
      expect(of('p/def@A')).toEqual([
        '2025-01-02 judged', '2025-01-02 invoked', '2025-01-05 moot:diplomatic',
        '2025-01-09 judged', '2025-01-09 invoked', '2025-01-12 honoured:diplomatic',
      ]);
      const moot = (r.events ?? []).find((e) => e.detail === 'moot:diplomatic')!;
      expect(moot.text).toContain('B, the party it would act for, left Pact before it fell due');
    });
  }
});

/**
 * Doctrine reads the party of the day through roles: A answers a signal by C only while C ($actor)
 * is a party (`when`), and its options are weighted by whether A itself ($self) is one — A is a
 * party 1–3 Jan and from 8 Jan. Signals on 2, 5 and 9 Jan; C a party throughout, except 4–7 Jan.
 */
const DOCTRINE = `
version: "1.5"
id: spells-doctrine
title: Spells in doctrine
clock: { start: 2025-01-01, tick: day, horizon: 10 }
actors:
  A: { name: A }
  B: { name: B }
  C: { name: C }
pacts:
  - id: p
    name: Pact
    inForce: 1990-01-01
    parties: [B, { actor: A, spells: [{ to: 2025-01-03 }, { from: 2025-01-08 }] }, { actor: C, spells: [{ to: 2025-01-03 }, { from: 2025-01-05 }] }]
    obligations: [{ type: consultation, casus: { threat: {} } }]
doctrine:
  A:
    - id: answer
      on: { event: signal, kind: ping }
      when: { party: { pact: p, actor: $actor } }
      options:
        - { id: as-member, weight: { linear: { terms: [{ coef: 1, condition: { party: { pact: p, actor: $self } } }] } } }
        - { id: as-outsider, weight: { linear: { intercept: 1, terms: [{ coef: -1, condition: { party: { pact: p, actor: $self } } }] } } }
situations:
  s:
    title: s
    inject:
      - { at: 2025-01-02, effect: { signal: { by: C, kind: ping } } }
      - { at: 2025-01-04, effect: { signal: { by: C, kind: ping } } }
      - { at: 2025-01-05, effect: { signal: { by: C, kind: ping } } }
      - { at: 2025-01-09, effect: { signal: { by: C, kind: ping } } }
outcomes:
  o: { when: { tick: { gte: 1 } } }
`;

describe('spells of membership in doctrine', () => {
  for (const engine of ['reference', 'batch'] as const) {
    it(`${engine}: the party condition binds $self and $actor in a decision point's when and its weights`, () => {
      const loaded = loadScenario(DOCTRINE);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
      const r = simulate(loaded.scenario, { seed: 1, runIndex: 0, engine, trace: true, situation: 's' });
      const decisions = (r.events ?? []).filter((e) => e.kind === 'decision').map((e) => `${e.date} ${e.detail}`);
      // 4 Jan: C is out, no decision; 5 Jan: C is back but A is out; 2 and 9 Jan: both are parties.
      expect(decisions).toEqual(['2025-01-02 as-member', '2025-01-05 as-outsider', '2025-01-09 as-member']);
    });
  }
});

/** Two parties of a defence pact, B with two spells; injects as given (review cases, docs/semantics.md "Membership dates"). */
const rejoin = (o: { tick: 'day' | 'week'; horizon: number; spells: string; parties?: string; obligation: string; inject: readonly string[] }) => `
version: "1.5"
id: rejoin
title: Rejoin
clock: { start: 2025-01-01, tick: ${o.tick}, horizon: ${o.horizon} }
actors:
  A: { name: A }
  B: { name: B }
  C: { name: C }
  X: { name: X }
  Y: { name: Y }
pacts:
  - id: p
    name: Pact
    inForce: 1990-01-01
    parties: [A, ${o.parties ?? ''}{ actor: B, spells: ${o.spells} }]
    obligations:
      - ${o.obligation}
situations:
  s:
    title: s
    inject:
${o.inject.map((x) => `      - ${x}`).join('\n')}
outcomes:
  o: { when: { tick: { gte: 1 } } }
`;

const lines = (r: ReturnType<typeof runText>, kinds: readonly string[]) =>
  (r.events ?? []).filter((e) => kinds.includes(e.kind)).map((e) => `${e.date} ${e.actor}->${e.target ?? ''} ${e.detail}`);

describe('rejoining starts a duty afresh', () => {
  for (const engine of ['reference', 'batch'] as const) {
    it(`${engine}: a response pending when the party left is dropped, and does not answer the invocation of its next spell`, () => {
      const r = runText(rejoin({
        tick: 'day', horizon: 12, spells: '[{ to: 2025-01-03 }, { from: 2025-01-05 }]',
        obligation: '{ id: def, type: defense, obligated: [B], beneficiaries: [A], casus: { armedAttack: {} }, response: { atLeast: diplomatic, within: 4 } }',
        inject: ['{ at: 2025-01-02, effect: { armedAttack: { by: X, on: A, intensity: 4 } } }', '{ at: 2025-01-05, effect: { armedAttack: { by: Y, on: A, intensity: 4 } } }'],
      }), engine);
      expect(lines(r, ['obligation'])).toEqual([
        '2025-01-02 B->X judged', '2025-01-02 B->X invoked', '2025-01-04 B-> lapsed', '2025-01-05 B-> in_force',
        // Four days after its own invocation, not the day the first spell's response fell due.
        '2025-01-05 B->Y judged', '2025-01-05 B->Y invoked', '2025-01-09 B->Y honoured:diplomatic',
      ]);
    });
    it(`${engine}: a response owed to a party that left and came back before it fell due is moot`, () => {
      const r = runText(rejoin({
        tick: 'week', horizon: 8, parties: 'C, ', spells: '[{ to: 2025-01-10 }, { from: 2025-01-30 }]',
        obligation: '{ id: def, type: defense, casus: { armedAttack: {} }, response: { atLeast: diplomatic, within: 5 } }',
        inject: ['{ at: 2025-01-03, effect: { armedAttack: { by: X, on: B, intensity: 4 } } }'],
      }), engine);
      const fates = lines(r, ['obligation']).filter((l) => /->X (honoured|moot)/.test(l));
      expect(fates).toEqual(['2025-02-05 A->X moot:diplomatic', '2025-02-05 C->X moot:diplomatic']);
    });
    it(`${engine}: a negative duty met on the day its party rejoins inside a tick is in force before it is kept or broken`, () => {
      const r = runText(rejoin({
        tick: 'week', horizon: 3, spells: '[{ to: 2025-01-03 }, { from: 2025-01-10 }]',
        obligation: '{ id: na, type: nonaggression, obligated: [B], beneficiaries: [A], reliability: 0 }',
        inject: ['{ at: 2025-01-02, effect: { armedAttack: { by: B, on: A, intensity: 4 } } }', '{ at: 2025-01-11, effect: { armedAttack: { by: B, on: A, intensity: 4 } } }'],
      }), engine);
      expect(lines(r, ['obligation', 'duty'])).toEqual([
        '2025-01-02 B->A breached', '2025-01-08 B-> lapsed', '2025-01-11 B-> in_force', '2025-01-11 B->A breached',
      ]);
    });
    it(`${engine}: a duty that rejoins remembers no level from its earlier spell`, () => {
      const r = runText(rejoin({
        tick: 'day', horizon: 12, spells: '[{ to: 2025-01-03 }, { from: 2025-01-05 }]',
        obligation: '{ id: def, type: defense, obligated: [B], beneficiaries: [A], casus: { armedAttack: {} }, response: { atLeast: diplomatic } }',
        inject: ['{ at: 2025-01-02, effect: { armedAttack: { by: X, on: A, intensity: 4 } } }'],
      }), engine);
      expect(lines(r, ['obligation'])).toContain('2025-01-02 B->X honoured:diplomatic');
      expect(r.final.obligations.find((o) => o.key === 'p/def@B')).toMatchObject({ state: 'dormant', level: null });
    });
  }
});

describe('a decision is chosen on the day of the event it answers', () => {
  // Weekly ticks: A is a party until 3 Jan. The ping of 2 Jan is answered as a member, although
  // the tick also applies a pong of 6 Jan (after A left) before the round is chosen.
  const yaml = `
version: "1.5"
id: dw
title: Decision day
clock: { start: 2025-01-01, tick: week, horizon: 3 }
actors:
  A: { name: A }
  B: { name: B }
  C: { name: C }
pacts:
  - id: p
    name: Pact
    inForce: 1990-01-01
    parties: [B, C, { actor: A, spells: [{ to: 2025-01-03 }, { from: 2025-01-20 }] }]
    obligations: [{ type: consultation, casus: { threat: {} } }]
doctrine:
  A:
    - id: answer
      on: { event: signal, kind: ping }
      options:
        - { id: as-member, weight: { linear: { terms: [{ coef: 1, condition: { party: { pact: p, actor: $self } } }] } } }
        - { id: as-outsider, weight: { linear: { intercept: 1, terms: [{ coef: -1, condition: { party: { pact: p, actor: $self } } }] } } }
situations:
  s:
    title: s
    inject:
      - { at: 2025-01-02, effect: { signal: { by: C, kind: ping } } }
      - { at: 2025-01-06, effect: { signal: { by: C, kind: pong } } }
outcomes:
  o: { when: { tick: { gte: 1 } } }
`;
  for (const engine of ['reference', 'batch'] as const) {
    it(`${engine}: option weights read the party condition on that day`, () => {
      const r = runText(yaml, engine);
      expect((r.events ?? []).filter((e) => e.kind === 'decision').map((e) => `${e.date} ${e.detail}`)).toEqual(['2025-01-02 as-member']);
    });
  }
});
