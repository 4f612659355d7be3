// (engine 0.12.0) An ally fighting under a treaty does not wind its war down by hazard while the
// party it defends is still fighting: its pair's wait runs out but is taken only once the defended
// party's fight has fallen to the crisis rung. A state that came to help without a treaty duty
// still winds down on its own. Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { XB_TREATY } from '../../test/xb-treaty.js';

/** Every rung above crisis steps down at the first look (a hazard of 1 a tick). */
const FAST_LADDER = `ladder:
  crisis: crisis
  rungs:
    - { id: peace }
    - { id: tension }
    - { id: crisis, intensity: 3 }
    - { id: clash, intensity: 4, deescalation: { per: day, value: 1000 } }
    - { id: war, intensity: 5, war: true, deescalation: { per: day, value: 1000 } }
  responses: { diplomatic: tension, materiel: crisis, forces: war, war: war }`;

/** E attacks B on day 1; X answers under a treaty (`treaty`) or strikes E in B's aid on its own. */
function scenario(treaty: boolean): string {
  return `version: "1.13"
id: ally-deescalation
title: an ally's war winding down
clock: { start: 2025-03-03, tick: day, horizon: 8 }
${FAST_LADDER}
actors:
  X: { name: X }
  B: { name: B }
  E: { name: E }
${XB_TREATY}
      - { id: duty, type: defense, obligated: [X], casus: { armedAttack: { on: party } }, response: { atLeast: forces, onCasusEnd: continue }, reliability: ${treaty ? 1 : 0} }
situations:
  event:
    title: E attacks B
    inject:
      - { at: 1, effect: { armedAttack: { by: E, on: B, intensity: war } } }
${treaty ? '' : '      - { at: 1, effect: { armedAttack: { by: X, on: E, intensity: war, inAidOf: B } } }\n'}outcomes:
  o: { when: { tick: { gte: 1 } } }
`;
}

/** The ticks at which each pair stepped down by hazard: `B–E@1`. */
function steps(text: string, engine: 'batch' | 'reference'): string[] {
  const loaded = loadScenario(text, { filename: 'a.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const r = simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true, engine });
  return r.events!.filter((e) => e.kind === 'deescalation' && e.cause === 'hazard:deescalation')
    .map((e) => `${[String(e.actor), String(e.target)].sort().join('–')}@${e.tick}`);
}

describe('an ally\'s war winds down with the war it joined (engine 0.12.0)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`under a treaty, waits for the defended party's fight to end (${engine})`, () => {
      // B–E: war → clash at tick 1, clash → crisis at tick 2; X–E only from tick 3, once B–E is at crisis.
      expect(steps(scenario(true), engine)).toEqual(['B–E@1', 'B–E@2', 'E–X@3', 'E–X@4']);
    });

    it(`without a treaty duty, winds down on its own (${engine})`, () => {
      expect(steps(scenario(false), engine)).toEqual(['E–X@1', 'B–E@1', 'E–X@2', 'B–E@2']);
    });
  }
});
