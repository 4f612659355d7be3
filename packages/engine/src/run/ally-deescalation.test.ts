// (engine 0.12.0) An ally fighting under a treaty does not wind its war down by hazard while the
// party it defends is still fighting: its pair's wait runs out but is taken only once the defended
// party's fight has fallen to the crisis rung. (Engine 0.14.0) Nor does a state that came to help
// by its own decision (`inAidOf`) while the war it joined goes on: the fight then becomes its own
// war (`episode:aid-ended`) and winds down from there. Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { XB_TREATY } from '../../test/xb-treaty.js';
import type { TraceEvent } from './result.js';

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
/** The head both scenarios share: eight days on the fast ladder, actors X, B, E and `more`. */
const head = (id: string, title: string, version = '1.13', more = ''): string => `version: "${version}"
id: ${id}
title: ${title}
clock: { start: 2025-03-03, tick: day, horizon: 8 }
${FAST_LADDER}
actors:
  X: { name: X }
  B: { name: B }
  E: { name: E }
${more}`;

function scenario(treaty: boolean): string {
  return `${head('ally-deescalation', 'an ally\'s war winding down')}${XB_TREATY}
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

/**
 * E attacks B; X strikes E in B's aid and C strikes B in E's aid; then X, already in the war,
 * strikes C: it comes to B's aid against C (attribution rule 3, engine 0.14.0).
 */
const COALITIONS = `${head('ally-deescalation-coalitions', 'two coalitions', '1.13', '  C: { name: C }\n')}relations:
  - { between: [X, B], alignment: ally }
situations:
  event:
    title: E attacks B, and each side's friend joins
    inject:
      - { at: 1, effect: { armedAttack: { by: E, on: B, intensity: war } } }
      - { at: 1, effect: { armedAttack: { by: X, on: E, intensity: war, inAidOf: B } } }
      - { at: 1, effect: { armedAttack: { by: C, on: B, intensity: war, inAidOf: E } } }
      - { at: 1, effect: { armedAttack: { by: X, on: C, intensity: war } } }
outcomes:
  o: { when: { tick: { gte: 1 } } }
`;

/** The run's events, traced. */
function events(text: string, engine: 'batch' | 'reference'): TraceEvent[] {
  const loaded = loadScenario(text, { filename: 'a.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  return simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true, engine }).events!;
}

/** The ticks at which each pair stepped down by hazard: `B–E@1`. */
function steps(text: string, engine: 'batch' | 'reference'): string[] {
  return events(text, engine).filter((e) => e.kind === 'deescalation' && e.cause === 'hazard:deescalation')
    .map((e) => `${[String(e.actor), String(e.target)].sort().join('–')}@${e.tick}`);
}

/** The aid that became the aider's own war: `X→E@2` (aider, foe, tick). */
function continued(text: string, engine: 'batch' | 'reference'): string[] {
  return events(text, engine).filter((e) => e.kind === 'episode' && e.cause === 'episode:aid-ended').map((e) => `${String(e.actor)}→${String(e.target)}@${e.tick}`);
}

describe('an ally\'s war winds down with the war it joined (engines 0.12.0, 0.14.0)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`under a treaty, waits for the defended party's fight to end (${engine})`, () => {
      // B–E: war → clash at tick 1, clash → crisis at tick 2; X–E only from tick 3, once B–E is at crisis.
      expect(steps(scenario(true), engine)).toEqual(['B–E@1', 'B–E@2', 'E–X@3', 'E–X@4']);
    });

    it(`in aid without a treaty duty, waits for the war it joined to end, then winds down as its own war (${engine})`, () => {
      // Before engine 0.14.0: ['E–X@1', 'B–E@1', 'E–X@2', 'B–E@2'], X leaving B's war halfway.
      expect(steps(scenario(false), engine)).toEqual(['B–E@1', 'B–E@2', 'E–X@3', 'E–X@4']);
      expect(continued(scenario(false), engine)).toEqual(['X→E@2']);
    });

    it(`a state already in the war that strikes its ally's enemy fights it until the war ends (${engine})`, () => {
      // Before engine 0.14.0 X–C was a fight of its own: ['C–X@1', 'B–E@1', …], and it kept the war
      // open after B and E had stopped. Now only B–E steps down by hazard while their war lasts;
      // then B–C (C's own war) and X–E (X's own), and X–C only once B–C has ended (X aids B in it).
      expect(steps(COALITIONS, engine)).toEqual(['B–E@1', 'B–E@2', 'E–X@3', 'B–C@3', 'E–X@4', 'B–C@4', 'C–X@5', 'C–X@6']);
      // When it ends, C's fight with B becomes C's own war; X's with C goes on in B's aid, in that
      // war, on B's side — not a war X began — and X's with E is X's own; once C's war with B has
      // ended too, what is left of X's with C is X's own (as any aid that outlives its war).
      const ev = events(COALITIONS, engine).filter((e) => e.cause === 'episode:aid-ended').map((e) => `${String(e.actor)} ${e.detail} ${String(e.target)}`);
      expect(ev).toEqual(['C continued B', 'X joined:defender:aid B', 'X continued E', 'X continued C']);
    });

    it(`(1.15) episodes.aidEnds: withdraw — every aid ends with the war it joined (${engine})`, () => {
      const text = COALITIONS.replace('version: "1.13"', 'version: "1.15"').replace('relations:\n', 'episodes: { aidEnds: withdraw }\nrelations:\n');
      // B–E steps down by hazard at 1 and 2; at 2 its war ends and the three aid pairs withdraw
      // (ceasefires `aid_ended`, each by the state that came to help), none becoming a war of its own.
      expect(steps(text, engine)).toEqual(['B–E@1', 'B–E@2']);
      const ends = events(text, engine).filter((e) => e.kind === 'ceasefire').map((e) => `${String(e.actor)}→${String(e.target)} ${e.detail}@${e.tick}`);
      expect(ends).toEqual(['C→B aid_ended@2', 'X→E aid_ended@2', 'X→C aid_ended@2']);
      expect(events(text, engine).filter((e) => e.detail === 'continued')).toEqual([]);
    });
  }
});
