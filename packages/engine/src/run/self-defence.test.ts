// Self-defence against a duty of non-aggression is read from the war episode's sides whenever the
// pair is in one, at any rung: the aggressor A has none against C, the ally that came to its
// victim B's aid (collective self-defence, UN Charter Art. 51), though C fired first on their own
// pair. So A's return fire on C is checked against A's duty toward C, and suppressed (reliability
// 1), whether the fighting is a clash (MID 4) or a war (5): before, the two rungs gave opposite
// answers. Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';

const TEXT = `version: "1.5"
id: sd-ally
title: an ally of the attacked state strikes the aggressor; the aggressor returns fire
clock: { start: 2025-03-03, tick: day, horizon: 4 }
${CALM_LADDER}
actors:
  A: { name: A }
  B: { name: B }
  C: { name: C }
pacts:
  - id: ac
    name: A–C non-aggression
    parties: [A, C]
    inForce: 2000-01-01
    obligations:
      - { id: na-a, type: nonaggression, obligated: [A], reliability: 1 }
relations:
  - { between: [B, C], alignment: ally }
situations:
  event:
    title: A attacks B; C strikes A; A returns fire on C
    inject:
      - { at: 1, effect: { armedAttack: { by: A, on: B, intensity: 4 } } }
      - { at: 2, effect: { armedAttack: { by: C, on: A, intensity: 4 } } }
      - { at: 3, effect: { armedAttack: { by: A, on: C, intensity: 4 } } }
outcomes:
  ac: { when: { relation: { between: [A, C], atLeast: clash } } }
  a_fires_on_c: { when: { happened: { event: armedAttack, by: A, on: C } } }
`;

describe('self-defence and an ally that came to the victim\'s aid', () => {
  for (const intensity of [4, 5]) {
    const text = intensity === 4 ? TEXT : TEXT.replace('by: C, on: A, intensity: 4', 'by: C, on: A, intensity: 5').replace('by: A, on: C, intensity: 4', 'by: A, on: C, intensity: 5');
    const loaded = loadScenario(text, { filename: 'sd.yaml' });
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
    for (const engine of ['batch', 'reference'] as const) {
      it(`checks the aggressor's fire on the ally against its duty, at intensity ${intensity} (${engine})`, () => {
        const r = simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true, engine });
        expect(r.events!.filter((e) => e.kind === 'duty').map((e) => e.detail)).toEqual(['respected']);
        expect(r.outcomes.a_fires_on_c!.tick).toBeNull();
      });
    }
  }
});
