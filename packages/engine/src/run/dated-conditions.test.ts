// A `date` condition reads the day of the effect being applied, which a dated inject can place
// inside its tick, as `pactInForce` and `party` do: an outcome asking for an attack on or after a
// Thursday holds at an attack dated that Thursday in a weekly tick that began on the Monday, and
// its cause is the attack. The same on both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';

const TEXT = `
version: "1.0"
id: dated
title: A date inside a tick
clock: { start: 2025-01-06, tick: week, horizon: 4 }
actors:
  A: { name: Aland }
  B: { name: Borduria }
relations:
  - { between: [A, B], rung: tension }
situations:
  thursday:
    title: B attacks A on Thursday 9 January
    inject: [{ at: 2025-01-09, effect: { armedAttack: { by: B, on: A, intensity: 4 } } }]
outcomes:
  attack_from_wednesday: { when: { all: [ { happened: { event: armedAttack, by: B } }, { date: { from: 2025-01-08 } } ] } }
  attack_before_wednesday: { when: { all: [ { happened: { event: armedAttack, by: B } }, { date: { before: 2025-01-08 } } ] } }
`;

describe('a date condition inside a tick', () => {
  const loaded = loadScenario(TEXT, { filename: 'dated.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  for (const engine of ['batch', 'reference'] as const) {
    it(`reads the day of the event (${engine})`, () => {
      const r = simulate(loaded.scenario, { seed: 1, situation: 'thursday', trace: true, engine });
      const attack = r.events!.find((e) => e.kind === 'armedAttack')!;
      expect(attack.date).toBe('2025-01-09');
      expect(attack.tick).toBe(0);
      expect(r.outcomes.attack_from_wednesday).toMatchObject({ tick: 0, event: attack.seq });
      expect(r.outcomes.attack_before_wednesday!.tick).toBeNull();
    });
  }
});
