// An offense duty joins a partner's attack; its casus's `armedAttack.on` names the states that
// attack must be made on — states outside the pact ("if the other Party attacks Germany"). The
// loader used to hold `on` to the pact's parties, as on a defense duty, so such a clause could not
// be written, while one naming a fellow party could (engine 0.13.0). Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';

function scenario(attacked: string): string {
  return `version: "1.13"
id: offense-target
title: an offensive duty limited to attacks on one outside state
clock: { start: 2025-03-03, tick: day, horizon: 3 }
${CALM_LADDER}
actors:
  P: { name: P }
  Q: { name: Q }
  X: { name: X }
  Y: { name: Y }
pacts:
  - id: pq
    name: P–Q offensive alliance
    parties: [P, Q]
    inForce: 2000-01-01
    obligations:
      - { id: join, type: offense, obligated: [P], casus: { armedAttack: { by: party, on: [X] } }, response: { atLeast: war } }
situations:
  event:
    title: Q attacks ${attacked}
    inject: [{ at: 1, effect: { armedAttack: { by: Q, on: ${attacked}, intensity: war } } }]
outcomes:
  p_joins: { when: { relation: { between: [P, ${attacked}], atLeast: war } } }
`;
}

describe('an offense duty limited to attacks on a named outside state', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`is met by the partner's attack on that state and by no other (${engine})`, () => {
      for (const [attacked, joins] of [['X', true], ['Y', false]] as const) {
        const loaded = loadScenario(scenario(attacked), { filename: 'o.yaml' });
        if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
        const r = simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true, engine });
        expect(r.events!.some((e) => e.kind === 'obligation' && e.detail === 'judged'), attacked).toBe(joins);
        expect(r.outcomes.p_joins!.tick !== null, attacked).toBe(joins);
      }
    });
  }
});
