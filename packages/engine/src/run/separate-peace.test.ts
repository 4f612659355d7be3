// (1.11) A `no_separate_peace` duty ("the British, French, and Russian Governments mutually engage
// not to conclude peace separately during the present war", London, 5 September 1914): a ceasefire
// or peace of the obligated party with an enemy that a protected party is still fighting is
// checked — respected, the truce does not happen; breached, it does (as Russia's peace of
// Brest-Litovsk, 3 March 1918). A truce that ends the ally's fight too is no separate peace, and
// neither is one with an enemy the ally is not fighting. Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';

function scenario(reliability: number, truce: string, bFights = true, enemies?: string, consent?: number, cFights = false): string {
  return `version: "${consent !== undefined ? '1.15' : enemies === undefined ? '1.11' : '1.14'}"
id: separate-peace
title: peace together or not at all
clock: { start: 2025-03-03, tick: day, horizon: 4 }
${CALM_LADDER}
actors:
  A: { name: A }
  B: { name: B }
  E: { name: E }
  G: { name: G }
  C: { name: C }
relations:
  - { between: [A, B], alignment: ally }
pacts:
  - id: london
    name: Declaration not to make a separate peace
    parties: [A, B${cFights ? ', C' : ''}]
    inForce: 2000-01-01
    obligations:
      - { id: together, type: no_separate_peace, obligated: [A], reliability: ${reliability}${enemies === undefined ? '' : `, enemies: ${enemies}`}${consent === undefined ? '' : `, consent: ${consent}`} }
situations:
  event:
    title: E attacks A and B; A makes peace
    inject:
      - { at: 1, effect: { armedAttack: { by: E, on: A, intensity: war } } }
${bFights ? '      - { at: 1, effect: { armedAttack: { by: E, on: B, intensity: war } } }\n' : ''}${cFights ? '      - { at: 1, effect: { armedAttack: { by: E, on: C, intensity: war } } }\n' : ''}      - { at: 2, effect: { ${truce} } }
outcomes:
  a_at_war: { when: { relation: { between: [A, E], atLeast: war } } }
  b_at_war: { when: { relation: { between: [B, E], atLeast: war } } }
`;
}

function run(text: string, engine: 'batch' | 'reference') {
  const loaded = loadScenario(text, { filename: 'sp.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  expect(loaded.warnings).toEqual([]);
  const r = simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true, engine });
  const rung = (a: string, b: string): string => r.final.relations.find((x) => [...x.between].sort().join() === [a, b].sort().join())?.rung ?? 'peace';
  // A consent is the partner's act (actor the partner, target the party making peace): `consented:B`.
  return { duties: r.events!.filter((e) => e.kind === 'duty').map((e) => `${e.detail}:${e.detail === 'consented' ? e.actor : e.target}`), ae: rung('A', 'E'), be: rung('B', 'E') };
}

describe('no separate peace (format 1.11)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`a peace that leaves the ally fighting: respected, it does not happen; breached, it does (${engine})`, () => {
      expect(run(scenario(1, 'peace: { between: [A, E] }'), engine)).toEqual({ duties: ['respected:B'], ae: 'war', be: 'war' });
      expect(run(scenario(0, 'peace: { between: [A, E] }'), engine)).toEqual({ duties: ['breached:B'], ae: 'crisis', be: 'war' });
      expect(run(scenario(1, 'ceasefire: { between: [E, A] }'), engine)).toEqual({ duties: ['respected:B'], ae: 'war', be: 'war' });
    });
    it(`(1.14) a clause naming its enemies forbids a separate truce with them only (${engine})`, () => {
      // "with Germany or any other State associated with her in acts of aggression in Europe"
      // (the Anglo-Soviet Treaty, 1942, Art. II; conformance AS42): a truce with another enemy is free.
      expect(run(scenario(1, 'peace: { between: [A, E] }', true, '[G]'), engine)).toEqual({ duties: [], ae: 'crisis', be: 'war' });
      expect(run(scenario(1, 'peace: { between: [A, E] }', true, '[E, G]'), engine)).toEqual({ duties: ['respected:B'], ae: 'war', be: 'war' });
      expect(run(scenario(1, 'peace: { between: [A, E] }', true, '{ except: [G] }'), engine)).toEqual({ duties: ['respected:B'], ae: 'war', be: 'war' });
    });
    it(`(1.15) "except by mutual consent": the partners left fighting are asked first; all consenting, the truce breaches nothing (${engine})`, () => {
      // The Anglo-Soviet Treaty, 1942, Art. II ("not to negotiate or conclude except by mutual
      // consent any armistice or peace treaty"); the Pact of Steel, 1939, Art. V ("in full agreement").
      expect(run(scenario(1, 'peace: { between: [A, E] }', true, undefined, 1), engine)).toEqual({ duties: ['consented:B'], ae: 'crisis', be: 'war' });
      expect(run(scenario(1, 'peace: { between: [A, E] }', true, undefined, 0), engine)).toEqual({ duties: ['respected:B'], ae: 'war', be: 'war' });
      expect(run(scenario(0, 'peace: { between: [A, E] }', true, undefined, 0), engine)).toEqual({ duties: ['breached:B'], ae: 'crisis', be: 'war' });
      // Two partners left fighting: each must consent.
      expect(run(scenario(1, 'peace: { between: [A, E] }', true, undefined, 1, true), engine)).toEqual({ duties: ['consented:B', 'consented:C'], ae: 'crisis', be: 'war' });
    });
    it(`a ceasefire of the whole war, or with an enemy the ally is not fighting, is no separate peace (${engine})`, () => {
      expect(run(scenario(1, 'ceasefire: { between: [A, E], scope: episode }'), engine)).toEqual({ duties: [], ae: 'crisis', be: 'crisis' });
      expect(run(scenario(1, 'peace: { between: [A, E] }', false), engine)).toEqual({ duties: [], ae: 'crisis', be: 'peace' });
    });
  }
});
