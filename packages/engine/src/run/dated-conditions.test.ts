// A `date` condition reads the day of the effect being applied, which a dated inject can place
// inside its tick, as `pactInForce` and `party` do: an outcome asking for an attack on or after a
// Thursday holds at an attack dated that Thursday in a weekly tick that began on the Monday, and
// its cause is the attack. A de-escalation drawn for a tick is dated with the tick's first day, not
// with the day of whatever the tick applied last (an unrelated dated inject). The same on both engines.
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

const DEESCALATION = `version: "1.5"
id: deesc
title: de-escalation dated after a dated inject
clock: { start: 2024-01-01, tick: week, horizon: 3 }
ladder:
  crisis: crisis
  rungs:
    - { id: peace }
    - { id: tension }
    - { id: crisis, intensity: 3 }
    - { id: clash, intensity: 4, deescalation: { per: week, value: 0.999 } }
    - { id: war, intensity: 5, war: true, deescalation: { per: year, value: 0 } }
  responses: { diplomatic: tension, materiel: crisis, forces: war, war: war }
actors:
  A: { name: A }
  B: { name: B }
variables:
  x: { initial: 0 }
relations:
  - { between: [A, B], rung: clash, initiator: A }
situations:
  s:
    title: s
    inject:
      - { at: 2024-01-05, effect: { signal: { kind: protest, by: B, on: A } } }
      - { at: 2024-01-12, effect: { signal: { kind: protest, by: B, on: A } } }
      - { at: 2024-01-20, effect: { signal: { kind: protest, by: B, on: A } } }
outcomes:
  early: { when: { all: [ { relation: { between: [A, B], atMost: crisis } }, { date: { before: 2024-01-17 } } ] } }
`;

describe('a de-escalation hazard', () => {
  for (const withLateInject of [true, false]) {
    const text = withLateInject ? DEESCALATION : DEESCALATION.replace('      - { at: 2024-01-20, effect: { signal: { kind: protest, by: B, on: A } } }\n', '');
    const loaded = loadScenario(text, { filename: 'deesc.yaml' });
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
    for (const engine of ['batch', 'reference'] as const) {
      it(`is dated with its tick's first day, ${withLateInject ? 'after' : 'without'} a dated inject later in the tick (${engine})`, () => {
        const r = simulate(loaded.scenario, { seed: 1, situation: 's', trace: true, engine });
        const down = r.events!.find((e) => e.kind === 'deescalation')!;
        expect(down.date).toBe('2024-01-15');
        expect(r.outcomes.early).toMatchObject({ tick: 2, event: down.seq });
      });
    }
  }
});
