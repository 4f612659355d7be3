// (Engine 0.11.0) Arms a party owes under a treaty (a response at `materiel`) lend support to the
// state it arms: a neutrality duty toward a state that state fights may hold them back — toward the
// enemy the response answers, or any other enemy of its coalition — unless the enemy attacked the
// arming party itself (self-defence). Both engines. Conformance GS39-07 pins the 1939 text.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';

/** X owes T arms when T is attacked; X is neutral toward `neutralToward`; `attacks` happen on day 1. */
function scenario(neutralToward: string, attacks: readonly string[]): string {
  return `version: "1.12"
id: arms-neutrality
title: arms owed under one treaty, neutrality under another
clock: { start: 2025-03-03, tick: day, horizon: 4 }
${CALM_LADDER}
actors:
  X: { name: X }
  T: { name: T }
  B: { name: B }
  C: { name: C }
pacts:
  - id: xt
    name: X–T arms treaty
    parties: [X, T]
    inForce: 2000-01-01
    obligations:
      - { id: arms, type: defense, obligated: [X], casus: { armedAttack: { on: [T] } }, response: { atLeast: materiel } }
  - id: neutral
    name: X's neutrality
    parties: [X, ${neutralToward}]
    inForce: 2000-01-01
    obligations:
      - { id: neutrality, type: neutrality, obligated: [X] }
situations:
  event:
    title: attacks
    inject:
${attacks.map((a) => `      - { at: 1, effect: { armedAttack: { ${a}, intensity: war } } }`).join('\n')}
outcomes:
  o: { when: { relation: { between: [X, B], atLeast: crisis } } }
`;
}

function run(text: string, engine: 'batch' | 'reference') {
  const loaded = loadScenario(text, { filename: 'a.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const r = simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true, engine });
  const rung = (a: string, b: string) => r.final.relations.find((p) => p.between.includes(a) && p.between.includes(b))?.rung ?? 'peace';
  return {
    duties: r.events!.filter((e) => e.kind === 'duty').map((e) => `${e.target} ${e.detail}`),
    honoured: r.events!.some((e) => e.kind === 'obligation' && e.detail === 'honoured:materiel'),
    xb: rung('X', 'B'), xc: rung('X', 'C'),
  };
}

describe('arms owed under a treaty and neutrality', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`are held back by neutrality toward the state they would be used against (${engine})`, () => {
      expect(run(scenario('B', ['by: B, on: T']), engine)).toEqual({ duties: ['B respected'], honoured: true, xb: 'peace', xc: 'peace' });
      // Toward another state: nothing to check, the arms go (X's relation with the enemy lifted to crisis).
      expect(run(scenario('C', ['by: B, on: T']), engine)).toEqual({ duties: [], honoured: true, xb: 'crisis', xc: 'peace' });
    });

    it(`are checked toward every enemy of a coalition (${engine})`, () => {
      // B and C attack T together: one casus; X's neutrality toward C holds back the arms for T.
      expect(run(scenario('C', ['by: B, on: T', 'by: C, on: T']), engine)).toEqual({ duties: ['C respected'], honoured: true, xb: 'peace', xc: 'peace' });
    });

    it(`are not checked against a state that attacked the arming party itself (${engine})`, () => {
      // B attacks T and X: arming T against B is support in X's own self-defence.
      const r = run(scenario('B', ['by: B, on: X', 'by: B, on: T']), engine);
      expect(r.duties).toEqual([]);
      expect(r.honoured).toBe(true);
    });
  }
});
