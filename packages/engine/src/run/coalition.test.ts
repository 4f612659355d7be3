// A coalition's later attackers join the casus judged (run/obligations.ts `joinCoalition`): the
// response answers every one of them; the next casus, with one attacker, answers that one alone
// (the judgment clears the obligation's row of co-enemies, which a coalition marks). All three
// engines: the reference, the batch engine interpreting its tables, and the batch engine compiled.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile } from '../model/compile.js';
import { Simulator, type SimulatorOptions } from './simulator.js';
import { describeEvent } from './narrate.js';

const TEXT = `
version: "1.5"
id: coalition
title: Coalition
clock: { start: 2025-01-01, tick: day, horizon: 12 }
actors:
  G: { name: G }
  B: { name: B }
  X: { name: X }
  Y: { name: Y }
  Z: { name: Z }
pacts:
  - id: p
    name: Pact
    parties: [G, B]
    inForce: 1990-01-01
    obligations:
      - { id: def, type: defense, obligated: [G], casus: { armedAttack: { minIntensity: 4 } }, response: { atLeast: war, levels: { war: 1 } }, reliability: 1 }
situations:
  s:
    title: s
    inject:
      - { at: 1, effect: { armedAttack: { by: X, on: B, intensity: 5 } } }
      - { at: 1, effect: { armedAttack: { by: Y, on: B, intensity: 5 } } }
      - { at: 6, effect: { armedAttack: { by: Z, on: B, intensity: 5 } } }
outcomes:
  w: { when: { relation: { between: [B, X], atLeast: war } } }
`;

const ENGINES: Record<string, SimulatorOptions> = {
  reference: { engine: 'reference' }, interpreted: { engine: 'batch', compiled: false }, compiled: { engine: 'batch' },
};

describe('a coalition joined to a casus', () => {
  for (const [name, options] of Object.entries(ENGINES)) {
    it(`${name}: the response answers the coalition, the next casus its own attacker only`, () => {
      const loaded = loadScenario(TEXT);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
      const model = compile(loaded.scenario);
      const id = (a: number): string => model.actors[a]!.id;
      const s = new Simulator(model, options).run(7, 0, { situation: 's' });
      expect(s.status).toBe('done');
      const fates = s.events.filter((e) => e.kind === 'obligation').map((e) => `${e.tick} ${e.detail} ${id(e.target)}`);
      expect(fates).toContain('1 coalition Y');
      const struck = s.events.filter((e) => e.kind === 'armedAttack' && id(e.actor) === 'G').map((e) => id(e.target));
      // The first casus (X, joined by Y) answered against both; the second (Z) against Z alone.
      expect(struck).toEqual(['X', 'Y', 'Z']);
    });
  }
});

// Two states threatening one party in the same tick are one casus for a consultation clause on
// threats (the Soviet Union and Cuba toward the United States, 22 Oct 1962: the Rio Treaty's
// Art. 6; conformance RR-82, RR-83). The story tells the second as a threat joining the casus,
// not as an attack.
const THREATS = `
version: "1.5"
id: threat-coalition
title: Threat coalition
clock: { start: 1962-10-21, tick: day, horizon: 3 }
actors:
  USA: { name: United States }
  ARG: { name: Argentina }
  SUN: { name: USSR }
  CUB: { name: Cuba }
pacts:
  - id: rio
    name: Rio Treaty
    parties: [USA, ARG]
    inForce: 1948-12-03
    obligations:
      - { id: art6, type: consultation, casus: { threat: { on: party } }, response: { atLeast: consult } }
situations:
  s:
    title: s
    inject:
      - { at: 1962-10-22, effect: { threat: { by: SUN, on: USA } } }
      - { at: 1962-10-22, effect: { threat: { by: CUB, on: USA } } }
outcomes:
  w: { when: { relation: { between: [USA, SUN], atLeast: war } } }
`;

describe('a coalition of threats', () => {
  for (const [name, options] of Object.entries(ENGINES)) {
    it(`${name}: the second threatener joins the casus, and the story calls its act a threat`, () => {
      const loaded = loadScenario(THREATS);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
      const model = compile(loaded.scenario);
      const s = new Simulator(model, options).run(7, 0, { situation: 's' });
      expect(s.status).toBe('done');
      const argentina = s.events.filter((e) => e.kind === 'obligation' && model.obligations[e.ref]!.key === 'rio/art6@ARG');
      expect(argentina.map((e) => e.detail)).toEqual(['judged', 'invoked', 'coalition', 'honoured:consult']);
      const joined = argentina.find((e) => e.detail === 'coalition')!;
      expect(describeEvent(model, joined)).toBe('ARG counts CUB\'s threat as part of the same casus (a coalition): Rio Treaty (consultation)');
    });
  }
});

// The same during a response delay: a consultation answered two days later, the second threat a day
// after the first. A second attacker then joins the casus; before, a second threatener (or a second
// actor of a signal or hostile act) on the same party was dropped without a trace — neither joined
// nor put up for judgment later.
const DELAYED = THREATS
  .replace('response: { atLeast: consult } }', 'response: { atLeast: consult, within: 2 } }')
  .replace('{ at: 1962-10-22, effect: { threat: { by: CUB, on: USA } } }', '{ at: 1962-10-23, effect: { threat: { by: CUB, on: USA } } }')
  .replace('horizon: 3', 'horizon: 5');
const DELAYED_ACTS = DELAYED
  .replace('casus: { threat: { on: party } }', 'casus: { hostileAct: { kinds: [cyber_operation], on: party } }')
  .replace('threat: { by: SUN, on: USA }', 'hostileAct: { by: SUN, on: USA, kind: cyber_operation }')
  .replace('threat: { by: CUB, on: USA }', 'hostileAct: { by: CUB, on: USA, kind: cyber_operation }');

describe('a coalition joined during the response delay', () => {
  for (const [what, text] of [['threat', DELAYED], ['hostile act', DELAYED_ACTS]] as const) {
    for (const [name, options] of Object.entries(ENGINES)) {
      it(`${name}: a second ${what} on the same party joins the pending casus`, () => {
        const loaded = loadScenario(text);
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
        const model = compile(loaded.scenario);
        const s = new Simulator(model, options).run(7, 0, { situation: 's' });
        expect(s.status).toBe('done');
        const argentina = s.events.filter((e) => e.kind === 'obligation' && model.obligations[e.ref]!.key === 'rio/art6@ARG');
        expect(argentina.map((e) => `${e.tick} ${e.detail}`)).toEqual(['1 judged', '1 invoked', '2 coalition', '3 honoured:consult']);
        expect(describeEvent(model, argentina[2]!)).toBe(`ARG counts CUB's ${what} as part of the same casus (a coalition): Rio Treaty (consultation)`);
      });
    }
  }
});
