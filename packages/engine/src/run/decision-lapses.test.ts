// (engine 0.16.0) A doctrine decision overtaken by the end of its war lapses as a whole when one of
// its uses of force would be moot (effects.ts `decisionLapses`): none of its effects is carried
// out, whatever their order — also when the force is a second step on a pair that an earlier
// effect of the same list moves (a review found the check reading the pair's rung from before the
// list, so the first step was carried out and only the second dropped).
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';

const text = (effects: string): string => `version: "1.16"
id: lapses
title: A decision overtaken by a ceasefire
clock: { start: 2025-03-03, tick: week, horizon: 4 }
${CALM_LADDER}
actors:
  X: { name: X }
  B: { name: B }
  E: { name: E }
variables:
  answered: { min: 0, max: 10, initial: 0 }
doctrine:
  X:
    - id: answer
      on: { event: armedAttack, by: B, on: E, minIntensity: 5 }
      options:
        - { id: go, weight: 1, effect: ${effects} }
situations:
  event:
    title: E invades B; B strikes back the next week, and a ceasefire of the whole war follows at once
    inject:
      - { at: 1, effect: { armedAttack: { by: E, on: B, intensity: war } } }
      - { at: 2, effect: [ { armedAttack: { by: B, on: E, intensity: war } }, { ceasefire: { between: [E, B], scope: episode } } ] }
outcomes:
  o: { when: { tick: { gte: 1 } } }
`;

/** What X's decision left on record from the week of the ceasefire on. */
function after(effects: string, engine: 'batch' | 'reference'): string[] {
  const loaded = loadScenario(text(effects), { filename: 'lapses.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const r = simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true, engine });
  return r.events!.filter((e) => e.tick >= 2 && (e.actor === 'X' || e.kind === 'variable'))
    .map((e) => `${e.kind}${e.detail ? ` ${e.detail}` : ''}${e.kind === 'escalation' ? ` ${e.from}→${e.to}` : ''}`);
}

const LISTS = {
  'two steps on one pair, the second a use of force': '[ { variable: { id: answered, add: 1 } }, { escalate: { between: [X, E], steps: 1 } }, { escalate: { between: [X, E], steps: 2 } } ]',
  'a display of force, then a step into a clash': '[ { variable: { id: answered, add: 1 } }, { armedAttack: { by: X, on: E, intensity: 3 } }, { escalate: { between: [X, E], steps: 1 } } ]',
  'a count, then a war-level strike': '[ { variable: { id: answered, add: 1 } }, { armedAttack: { by: X, on: E, intensity: war } } ]',
};

describe('a decision overtaken by the end of its war lapses whole (engine 0.16.0)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    for (const [what, list] of Object.entries(LISTS)) {
      it(`${what} (${engine})`, () => {
        expect(after(list, engine)).toEqual(['decision go', 'episode moot']);
      });
    }
    it(`a list with no use of force is carried out, war or no war (${engine})`, () => {
      expect(after('[ { variable: { id: answered, add: 1 } }, { escalate: { between: [X, E], steps: 1 } } ]', engine))
        .toEqual(['decision go', 'variable answered', 'escalation peace→tension']);
    });
  }
});
