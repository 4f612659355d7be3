// (Engine 0.13.0) A breach is a fact about an act that happened. When one act meets several negative
// duties, the party chooses at each in turn; the first it respects holds the act back, and the
// duties it had chosen to break before that one are then not breached — the ledger shows the
// respected duty alone. Before, such an act left a `breached` event for an attack, an arms delivery
// or a separate peace that never took place. Three acts: an attack under two non-aggression pacts,
// arms for a state two enemies attack, and a truce both sides' no-separate-peace duties bear on.
// Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';

function run(text: string, engine: 'batch' | 'reference') {
  const loaded = loadScenario(text, { filename: 'held.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const r = simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true, engine });
  const rung = (a: string, b: string): string => r.final.relations.find((p) => p.between.includes(a) && p.between.includes(b))?.rung ?? 'peace';
  return { duties: r.events!.filter((e) => e.kind === 'duty').map((e) => `${e.cause.replace('duty:', '').replace(/@.*/, '')} ${e.detail}`), rung };
}

/** A has a non-aggression duty toward B under each of two pacts, then attacks B. */
function attack(first: number, second: number): string {
  return `version: "1.5"
id: held-attack
title: one attack, two non-aggression pacts
clock: { start: 2025-03-03, tick: day, horizon: 3 }
${CALM_LADDER}
actors:
  A: { name: A }
  B: { name: B }
pacts:
  - { id: one, name: First pact, parties: [A, B], inForce: 2000-01-01, obligations: [{ id: na, type: nonaggression, obligated: [A], reliability: ${first} }] }
  - { id: two, name: Second pact, parties: [A, B], inForce: 2000-01-01, obligations: [{ id: na, type: nonaggression, obligated: [A], reliability: ${second} }] }
situations:
  event:
    title: A attacks B
    inject: [{ at: 1, effect: { armedAttack: { by: A, on: B, intensity: war } } }]
outcomes:
  war: { when: { relation: { between: [A, B], atLeast: war } } }
`;
}

/** X owes T arms; X is neutral toward B under one pact and toward C under another; B and C attack T. */
function arms(towardB: number, towardC: number): string {
  return `version: "1.12"
id: held-arms
title: arms for a state two enemies attack, neutrality toward each
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
  - { id: nb, name: X–B neutrality, parties: [X, B], inForce: 2000-01-01, obligations: [{ id: n, type: neutrality, obligated: [X], reliability: ${towardB} }] }
  - { id: nc, name: X–C neutrality, parties: [X, C], inForce: 2000-01-01, obligations: [{ id: n, type: neutrality, obligated: [X], reliability: ${towardC} }] }
situations:
  event:
    title: B and C attack T
    inject:
      - { at: 1, effect: { armedAttack: { by: B, on: T, intensity: war } } }
      - { at: 1, effect: { armedAttack: { by: C, on: T, intensity: war } } }
outcomes:
  o: { when: { relation: { between: [X, B], atLeast: crisis } } }
`;
}

/** A and E make peace while A's ally B still fights E and E's ally F still fights A. */
function truce(aKeeps: number, eKeeps: number): string {
  return `version: "1.11"
id: held-truce
title: a truce two no-separate-peace duties bear on
clock: { start: 2025-03-03, tick: day, horizon: 4 }
${CALM_LADDER}
actors:
  A: { name: A }
  B: { name: B }
  E: { name: E }
  F: { name: F }
pacts:
  - { id: ab, name: A–B declaration, parties: [A, B], inForce: 2000-01-01, obligations: [{ id: together, type: no_separate_peace, obligated: [A], reliability: ${aKeeps} }] }
  - { id: ef, name: E–F declaration, parties: [E, F], inForce: 2000-01-01, obligations: [{ id: together, type: no_separate_peace, obligated: [E], reliability: ${eKeeps} }] }
situations:
  event:
    title: two against two; A and E make peace
    inject:
      - { at: 1, effect: { armedAttack: { by: E, on: A, intensity: war } } }
      - { at: 1, effect: { armedAttack: { by: E, on: B, intensity: war } } }
      - { at: 1, effect: { armedAttack: { by: F, on: A, intensity: war } } }
      - { at: 2, effect: { peace: { between: [A, E] } } }
outcomes:
  o: { when: { relation: { between: [A, E], atLeast: war } } }
`;
}

describe('an act held back by one duty breaches none', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`an attack the second pact holds back breaches the first one's duty in no record (${engine})`, () => {
      const held = run(attack(0, 1), engine);
      expect(held.duties).toEqual(['two/na respected']);
      expect(held.rung('A', 'B')).toBe('peace');
      const made = run(attack(0, 0), engine);
      expect(made.duties).toEqual(['one/na breached', 'two/na breached']);
      expect(made.rung('A', 'B')).toBe('war');
      // Held back at the first: the second is never asked.
      expect(run(attack(1, 0), engine).duties).toEqual(['one/na respected']);
    });

    it(`arms a duty toward one enemy holds back breach none toward the other (${engine})`, () => {
      expect(run(arms(0, 1), engine).duties).toEqual(['nc/n respected']);
      const sent = run(arms(0, 0), engine);
      expect(sent.duties).toEqual(['nb/n breached', 'nc/n breached']);
      expect(sent.rung('X', 'B')).toBe('crisis');
    });

    it(`a truce the other side's duty holds back is no separate peace of the first side (${engine})`, () => {
      const held = run(truce(0, 1), engine);
      expect(held.duties).toEqual(['ef/together respected']);
      expect(held.rung('A', 'E')).toBe('war');
      const made = run(truce(0, 0), engine);
      expect(made.duties).toEqual(['ab/together breached', 'ef/together breached']);
      expect(made.rung('A', 'E')).toBe('crisis');
    });
  }
});
