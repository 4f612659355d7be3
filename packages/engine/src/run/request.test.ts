// A clause with `request` acts only at the attacked party's request (run/request.ts): one number of
// the beneficiary's `request:ACTOR` stream per war episode, read by every ally's clause; no request
// leaves the obligation `unrequested`; the obligations' own streams never move.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile, resolveParameters } from '../model/compile.js';
import { masterSeedOf } from '../rng/index.js';
import { Simulator, type EngineKind } from './simulator.js';
import type { Decider } from './decision.js';

/** Three allies of V, each under its own copy of one clause; A attacks V (and, with `coalition`, C joins the same tick). */
const scenario = (request: string, opts: { coalition?: boolean; second?: string } = {}): string => `
version: "1.4"
id: req
title: Request
clock: { start: 2025-01-06, tick: day, horizon: 4 }
parameters:
  ask: { beta: [1, 1], basis: judgment, rationale: test }
actors:
  V: { name: Victim }
  X: { name: Ally X }
  Y: { name: Ally Y }
  Z: { name: Ally Z }
  A: { name: Attacker }
  C: { name: Co-attacker }
pacts:
  - id: p
    name: Pact
    parties: [V, X, Y, Z]
    inForce: 2000-01-01
    obligations:
      - id: art3
        type: defense
        obligated: [X, Y, Z]
        beneficiaries: [V]
        casus: { armedAttack: { on: party, by: non_party } }
        response: { atLeast: diplomatic, levels: { diplomatic: 1, materiel: 1 } }${request}${opts.second ?? ''}
situations:
  s:
    title: an attack on V
    inject:
      - { at: 1, effect: { armedAttack: { by: A, on: V, intensity: 5 } } }${opts.coalition ? '\n      - { at: 1, effect: { armedAttack: { by: C, on: V, intensity: 5 } } }' : ''}
      - { at: 2, effect: { armedAttack: { by: A, on: V, intensity: 5 } } }
outcomes:
  helped: { when: { obligation: { pact: p, state: [honoured] } } }
`;

function run(text: string, engine: EngineKind, index = 0, decider?: Decider) {
  const r = loadScenario(text);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const model = compile(r.scenario, resolveParameters(r.scenario));
  const s = new Simulator(model, { engine }).run(masterSeedOf(11), index, { situation: 's', recordDraws: true, decider });
  if (s.status !== 'done') throw new Error(s.error);
  const ledger = (who: string): string[] => s.events.filter((e) => e.kind === 'obligation' && model.obligations[e.ref]!.key === `p/art3@${who}`).map((e) => e.detail);
  const draws = (name: string): number[] => {
    const i = model.sources.indexOf(name);
    const out: number[] = [];
    for (let k = 0; k < s.drawLog!.length; k += 2) if (s.drawLog![k] === i) out.push(s.drawLog![k + 1]!);
    return out;
  };
  return { s, model, ledger, draws };
}

describe('the attacked party\'s request (run/request.ts)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`${engine}: chance 0 leaves every ally's duty unrequested; chance 1 invokes it`, () => {
      const none = run(scenario('\n        request: { chance: 0 }'), engine);
      for (const who of ['X', 'Y', 'Z']) expect(none.ledger(who)).toEqual(['judged', 'unrequested']);
      const all = run(scenario('\n        request: { chance: 1 }'), engine);
      for (const who of ['X', 'Y', 'Z']) expect(all.ledger(who).slice(0, 2)).toEqual(['judged', 'invoked']);
      // The invocation names the party that asked.
      const inv = all.s.events.find((e) => e.detail === 'invoked')!;
      expect(all.model.actors[inv.from]!.id).toBe('V');
    });

    it(`${engine}: one request per war episode, shared by every ally (and drawn once)`, () => {
      let asked = 0;
      for (let i = 0; i < 300; i++) {
        const r = run(scenario('\n        request: { chance: ask }'), engine, i);
        const fates = ['X', 'Y', 'Z'].map((w) => r.ledger(w)[1]);
        expect(new Set(fates).size).toBe(1);
        // The second attack of the same war is no new casus and asks nothing again.
        expect(r.draws('request:V')).toHaveLength(1);
        if (fates[0] === 'invoked') asked++;
      }
      // A parameter: its nominal value (the mean of beta(1, 1), 0.5) is the chance.
      expect(asked / 300).toBeGreaterThan(0.4);
      expect(asked / 300).toBeLessThan(0.6);
    });

    it(`${engine}: a coalition attacking in the same tick joins the casus left unrequested, with no new request`, () => {
      const r = run(scenario('\n        request: { chance: 0 }', { coalition: true }), engine);
      for (const who of ['X', 'Y', 'Z']) expect(r.ledger(who)).toEqual(['judged', 'unrequested', 'coalition']);
      expect(r.draws('request:V')).toHaveLength(1);
    });

    it(`${engine}: request.when is read for each ally ($self the obligated party)`, () => {
      const r = run(scenario('\n        request: { chance: 1, when: { not: { relation: { between: [$self, $actor], atLeast: tension } } } }'), engine);
      expect(r.ledger('X').slice(0, 2)).toEqual(['judged', 'invoked']);
      const hostile = scenario('\n        request: { chance: 1, when: { relation: { between: [$target, $actor], atLeast: nuclear } } }');
      for (const who of ['X', 'Y', 'Z']) expect(run(hostile, engine).ledger(who)).toEqual(['judged', 'unrequested']);
    });
  }

  it('a clause first judging later in the war reads the request already made, even for a coalition partner\'s war', () => {
    // Z's pact enters into force on day 2, when C (whose attack on day 1 opened a war episode of
    // its own, alongside A's) strikes again: Z judges that casus and reads the day-1 request.
    const late = scenario('\n        request: { chance: ask }', {
      coalition: true,
      second: `
  - id: q
    name: Later pact
    parties: [V, Z]
    inForce: 2025-01-08
    obligations:
      - id: art3
        type: defense
        obligated: [Z]
        beneficiaries: [V]
        casus: { armedAttack: { on: party, by: non_party } }
        response: { atLeast: diplomatic }
        request: { chance: ask }`,
    }).replace('      - { at: 2, effect: { armedAttack: { by: A, on: V, intensity: 5 } } }', '      - { at: 2, effect: { armedAttack: { by: C, on: V, intensity: 5 } } }');
    for (const engine of ['batch', 'reference'] as const) {
      let asked = 0;
      for (let i = 0; i < 60; i++) {
        const r = run(late, engine, i);
        const z = r.s.events.filter((e) => e.kind === 'obligation' && r.model.obligations[e.ref]!.key === 'q/art3@Z').map((e) => e.detail);
        // Not yet in force on day 1 (the casus would have been met), judged on day 2.
        expect(z.slice(0, 2)).toEqual(['not_in_force', 'not_in_force']);
        const j = z.indexOf('judged');
        expect(j).toBeGreaterThan(0);
        const x = r.ledger('X')[1];
        expect(z[j + 1] === 'unrequested').toBe(x === 'unrequested');
        expect(r.draws('request:V')).toHaveLength(1);
        if (x !== 'unrequested') asked++;
      }
      expect(asked).toBeGreaterThan(0);
      expect(asked).toBeLessThan(60);
    }
  });

  it('adds a source of its own: no other source\'s draws move (common random numbers)', () => {
    for (let i = 0; i < 20; i++) {
      const plain = run(scenario(''), 'batch', i);
      const asked = run(scenario('\n        request: { chance: 1 }'), 'batch', i);
      expect(asked.ledger('X')).toEqual(plain.ledger('X'));
      for (const who of ['X', 'Y', 'Z']) expect(asked.draws(`obligation:p/art3@${who}`)).toEqual(plain.draws(`obligation:p/art3@${who}`));
      expect(plain.model.sources).not.toContain('request:V');
      // Left unrequested, the obligation's judgment number is drawn all the same.
      const none = run(scenario('\n        request: { chance: 0 }'), 'batch', i);
      for (const who of ['X', 'Y', 'Z']) expect(none.draws(`obligation:p/art3@${who}`)).toEqual(plain.draws(`obligation:p/art3@${who}`).slice(0, 1));
    }
  });

  it('a person playing the attacked party is asked once, for every ally, and their answer binds them all', () => {
    const asks: string[] = [];
    const decider: Decider = (q) => { if (q.kind === 'request') { asks.push(`${q.actor} ${q.key} ${q.options.join('/')}`); return 1; } return undefined; };
    const r = run(scenario('\n        request: { chance: 1 }'), 'reference', 0, decider);
    expect(asks).toEqual(['V request:V request/no_request']);
    for (const who of ['X', 'Y', 'Z']) expect(r.ledger(who)).toEqual(['judged', 'unrequested']);
    const b = run(scenario('\n        request: { chance: 1 }'), 'batch', 0, decider);
    expect(b.s.events.map((e) => e.detail)).toEqual(r.s.events.map((e) => e.detail));
  });

  it('an unmet casus claimed as a pretext needs no request', () => {
    const pretext = scenario('\n        request: { chance: 0 }\n        judgment: { pretext: 1 }').replace('by: non_party', 'by: [C]');
    expect(run(pretext, 'batch').ledger('X').slice(0, 2)).toEqual(['judged:unmet', 'invoked:pretext']);
  });
});

/** Two hostile acts on V in one tick, outside any war: each act is its own occasion to ask. */
const acts = `
version: "1.4"
id: req-acts
title: Request per act
clock: { start: 2025-01-06, tick: day, horizon: 3 }
actors:
  V: { name: Victim }
  X: { name: Ally X }
  A: { name: Attacker }
  C: { name: Second actor }
pacts:
  - id: p
    name: Pact
    parties: [V, X]
    inForce: 2000-01-01
    obligations:
      - id: art3
        type: consultation
        obligated: [X]
        beneficiaries: [V]
        casus: { hostileAct: { on: party, by: non_party } }
        response: { atLeast: consult }
        request: { chance: 0.5 }
situations:
  s:
    title: two acts on V in one tick
    inject:
      - { at: 1, effect: { hostileAct: { by: A, on: V, kind: cyber_operation } } }
      - { at: 1, effect: { hostileAct: { by: C, on: V, kind: interdiction } } }
outcomes:
  consulted: { when: { obligation: { pact: p, state: [honoured] } } }
`;

describe('a request outside any war episode', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`${engine}: two acts in one tick ask once each (two numbers of request:V), not once for the tick`, () => {
      const r = run(acts, engine);
      expect(r.draws('request:V')).toHaveLength(2);
    });
  }
});
