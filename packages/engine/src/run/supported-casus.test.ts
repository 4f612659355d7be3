// (1.12) A casus met only when the attacker is supported by a state the clause names
// (`armedAttack.supportedBy`: one on its side of the attack's war), with support that may come after
// the attack, in the same war; and a response against the supporter (`response.against: supporter`)
// or the attacker (the default). Both engines; a run saved while an attack waits for support and
// restored continues as the uninterrupted run. Conformance FR92 pins the Franco-Russian text.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile } from '../model/compile.js';
import { masterSeedOf } from '../rng/hash.js';
import { Simulator } from './simulator.js';
import { runResult } from './result.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';
import { XB_TREATY } from '../../test/xb-treaty.js';

/**
 * X protects B against A supported by S; S arms A under a treaty `within` ticks after A's attack
 * (never, when `within` is undefined). `extra` injects more, after the attack on day 2.
 */
function scenario(o: { against?: 'attacker' | 'supporter' | 'both'; within?: number; extra?: string; horizon?: number; atLeast?: string; pretext?: boolean }): string {
  return `version: "1.12"
id: supported-casus
title: an attack supported by a third state
clock: { start: 2025-03-03, tick: day, horizon: ${o.horizon ?? 6} }
${CALM_LADDER}
actors:
  X: { name: X }
  B: { name: B }
  A: { name: A }
  S: { name: S }
${XB_TREATY}
      - { id: duty, type: defense, obligated: [X], casus: { armedAttack: { by: [A], supportedBy: [S] } }, response: { atLeast: ${o.atLeast ?? 'war'}${o.against ? `, against: ${o.against}` : ''} }${o.pretext ? ', judgment: { pretext: 1 }' : ''} }
${o.within === undefined ? '' : `  - id: sa
    name: S–A treaty
    parties: [S, A]
    inForce: 2000-01-01
    obligations:
      - { id: arms, type: offense, obligated: [S], casus: { armedAttack: { by: party } }, response: { atLeast: materiel, within: ${o.within} } }
`}situations:
  event:
    title: A attacks B
    inject:
      - { at: 1, effect: { armedAttack: { by: A, on: B, intensity: war } } }
${o.extra ?? ''}
outcomes:
  x_at_war: { when: { posture: { actor: X, atLeast: war } } }
`;
}

function load(text: string) {
  const loaded = loadScenario(text, { filename: 's.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  return loaded.scenario;
}

/** The duty's judged and honoured events (date, enemy), and whom X is at war with at the end. */
function story(text: string, engine: 'batch' | 'reference') {
  const r = simulate(load(text), { seed: 1, situation: 'event', trace: true, engine });
  const duty = r.events!.filter((e) => e.kind === 'obligation' && e.cause === 'obligation:xb/duty@X');
  return {
    duty: duty.map((e) => `${e.date} ${e.detail} ${e.target}`),
    xAtWarWith: r.final.relations.filter((p) => p.between.includes('X') && p.rung === 'war').map((p) => p.between.find((a) => a !== 'X')).sort(),
  };
}

describe('a casus met only when the attacker is supported (format 1.12)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`without support nothing is judged; support that comes with the attack or after it completes the casus (${engine})`, () => {
      expect(story(scenario({ against: 'supporter' }), engine)).toEqual({ duty: [], xAtWarWith: [] });
      expect(story(scenario({ against: 'supporter', within: 0 }), engine)).toEqual({
        duty: ['2025-03-04 judged S', '2025-03-04 invoked S', '2025-03-04 honoured:war S'], xAtWarWith: ['S'],
      });
      expect(story(scenario({ against: 'supporter', within: 3 }), engine).duty).toEqual(['2025-03-07 judged S', '2025-03-07 invoked S', '2025-03-07 honoured:war S']);
    });

    it(`the response acts against the attacker unless it names the supporter (${engine})`, () => {
      expect(story(scenario({ within: 0 }), engine)).toEqual({
        duty: ['2025-03-04 judged A', '2025-03-04 invoked A', '2025-03-04 honoured:war A'], xAtWarWith: ['A'],
      });
    });

    it(`forces against the supporter join the war it supports at the level that war has reached (${engine})`, () => {
      // S only arms A (its pair with B at crisis); the war A fights B is at the war rung.
      expect(story(scenario({ against: 'supporter', within: 0, atLeast: 'forces' }), engine)).toEqual({
        duty: ['2025-03-04 judged S', '2025-03-04 invoked S', '2025-03-04 honoured:forces S'], xAtWarWith: ['S'],
      });
    });

    it(`an attack waiting for support is not claimed as a pretext meanwhile: one judgment, when support comes (${engine})`, () => {
      expect(story(scenario({ against: 'supporter', within: 2, pretext: true }), engine)).toEqual({
        duty: ['2025-03-06 judged S', '2025-03-06 invoked S', '2025-03-06 honoured:war S'], xAtWarWith: ['S'],
      });
    });

    it(`an attack whose war ends before support comes is no casus when it does (${engine})`, () => {
      const ceasefire = '      - { at: 2, effect: { ceasefire: { between: [A, B] } } }';
      expect(story(scenario({ against: 'supporter', within: 3, extra: ceasefire }), engine)).toEqual({ duty: [], xAtWarWith: [] });
    });

    it(`a state fighting on the attacker's side supports it (${engine})`, () => {
      // S strikes B in aid of A: S takes A's side of the war; the response is against S.
      const aid = '      - { at: 2, effect: { armedAttack: { by: S, on: B, intensity: war, inAidOf: A } } }';
      expect(story(scenario({ against: 'supporter', extra: aid }), engine).duty).toEqual(['2025-03-05 judged S', '2025-03-05 invoked S', '2025-03-05 honoured:war S']);
    });
  }

  it('a run saved while an attack waits for support continues as the uninterrupted run, on both engines', () => {
    const model = compile(load(scenario({ against: 'supporter', within: 3 })));
    for (const engine of ['batch', 'reference'] as const) {
      const whole = simulate(model, { seed: 5, situation: 'event', trace: true, engine });
      const sim = new Simulator(model, { engine });
      sim.reset(masterSeedOf(5), 0, { situation: 'event' });
      for (let t = 0; t < 3; t++) sim.step();
      const snap = JSON.parse(JSON.stringify(sim.snapshot()));
      expect(snap.awaitingSupport).toHaveLength(1);
      const fresh = new Simulator(model, { engine });
      fresh.restore(snap);
      expect(runResult(model, fresh.finish(), 5, true)).toEqual(whole);
    }
  });
});

describe('support by menace (format 1.12, armedAttack.menace)', () => {
  /** X protects B against A supported by S, a threat by S counting as support; S threatens B on `threatDay`, A attacks B on day 2. */
  const text = (threatDay: number, menace = true): string => scenario({ against: 'both' }).replace(
    'supportedBy: [S] }', `supportedBy: [S]${menace ? ', menace: true' : ''} }`,
  ).replace('      - { at: 1, effect: { armedAttack: { by: A, on: B, intensity: war } } }', `      - { at: 2, effect: { armedAttack: { by: A, on: B, intensity: war } } }
      - { at: ${threatDay}, effect: { threat: { by: S, on: B } } }`);
  for (const engine of ['batch', 'reference'] as const) {
    it(`a threat during the war supports the attacker; one before it, or without menace, does not (${engine})`, () => {
      expect(story(text(3), engine)).toEqual({ duty: ['2025-03-06 judged A', '2025-03-06 coalition S', '2025-03-06 invoked A', '2025-03-06 honoured:war A'], xAtWarWith: ['A', 'S'] });
      expect(story(text(1), engine)).toEqual({ duty: [], xAtWarWith: [] });
      expect(story(text(3, false), engine)).toEqual({ duty: [], xAtWarWith: [] });
    });
  }
});
