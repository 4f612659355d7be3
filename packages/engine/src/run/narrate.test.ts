// The story names an armed act by its MID hostility level: a use of force or war is an attack, a
// display of force (MID 3: a show of force at the line) or a threat (MID 2) is not. Before, every
// level read "attacks", and korea-2024's stories had the DPRK "attack" the ROK at every show of force.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';

const TEXT = `version: "1.13"
id: narrate
title: acts at each level
clock: { start: 2025-03-03, tick: day, horizon: 5 }
${CALM_LADDER}
regions:
  line: { name: the line, administeredBy: B }
actors:
  A: { name: A }
  B: { name: B, territory: line }
situations:
  event:
    title: acts
    inject:
      - { at: 1, effect: { armedAttack: { by: A, on: B, in: line, intensity: 2 } } }
      - { at: 2, effect: { armedAttack: { by: A, on: B, in: line, intensity: 3 } } }
      - { at: 3, effect: { armedAttack: { by: A, on: B, in: line, intensity: 4 } } }
outcomes:
  o: { when: { relation: { between: [A, B], atLeast: clash } } }
`;

describe('the story of an armed act', () => {
  it('calls a threat, a display of force and a use of force by their names', () => {
    const loaded = loadScenario(TEXT, { filename: 'n.yaml' });
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
    const r = simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true });
    expect(r.events!.filter((e) => e.kind === 'armedAttack').map((e) => e.text.replace(/;.*$/, ''))).toEqual([
      'A threatens force against B in line (intensity 2)',
      'A makes a display of force against B in line (intensity 3)',
      'A attacks B in line (intensity 4)',
    ]);
  });
});
