// (Engine 0.14.0) Rule 4's second case — the war widens to an ally of the state the attacker fights —
// holds for an act that can answer that war. In one tick U strikes D (opening a war U began) and D
// fires on U's ally R. When D decided to fire on R before U's strike (an incident D planned that week,
// carried out after the strike because events are applied in the order they were decided), or on a
// provocation of its own drawn later, the fire answers nothing in U's war: R is the victim of a new
// war D began. When the fire is D's answer to U's strike, or a scripted inject, R is drawn in on
// U's side as before. korea-2024's run 13674 (seed 1, over the judgments) had the ROK named the side
// that began the war by the first ordering. Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';

/** U's strike on D comes from trigger `launch`'s signal; `plan`, `doctrineD` and `later` vary D's fire on R. */
function scenario(opts: { planAt: number; answer: 'plan' | 'strike'; inject?: boolean }): string {
  const on = opts.answer === 'plan' ? '{ event: signal, kind: plan, by: D }' : '{ event: armedAttack, by: U, on: D }';
  return `version: "1.14"
id: answers-war
title: an ally struck the week the war began
clock: { start: 2025-03-03, tick: week, horizon: 4 }
${CALM_LADDER}
actors:
  U: { name: U }
  D: { name: D }
  R: { name: R }
relations:
  - { between: [U, R], alignment: ally }
triggers:
  - { id: launch, at: [1], effect: { signal: { kind: launch, by: D } } }
  - { id: plan, at: [${opts.planAt}], effect: { signal: { kind: plan, by: D } } }
doctrine:
  U:
    - id: answer-launch
      on: { event: signal, kind: launch, by: D }
      options: [{ id: strike, weight: 1, effect: { armedAttack: { by: U, on: D, intensity: 4 } } }]
${opts.inject ? '' : `  D:
    - id: fire
      on: ${on}
      options: [{ id: fire_on_r, weight: 1, effect: { armedAttack: { by: D, on: R, intensity: 5 } } }]
`}situations:
  event:
    title: a launch week
${opts.inject ? `    inject:\n      - { at: 2, effect: { armedAttack: { by: D, on: R, intensity: 5 } } }\n` : '    inject: []\n'}outcomes:
  r_side_began: { when: { relation: { between: [R, D], begunBy: R } } }
  d_began: { when: { relation: { between: [D, R], begunBy: D } } }
`;
}

function reached(text: string, engine: 'batch' | 'reference'): { outcomes: string[]; episodes: string[] } {
  const loaded = loadScenario(text, { filename: 'a.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.code} ${i.message}`).join('\n'));
  const r = simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true, engine });
  return {
    outcomes: Object.entries(r.outcomes).filter(([, o]) => o.tick !== null).map(([id]) => id).sort(),
    episodes: r.episodes!.map((e) => `${e.initiator}→${e.victim} [${e.sides.initiator.join(',')} | ${e.sides.defender.join(',')}]`),
  };
}

describe('an ally struck by an act that answers nothing in the war (engine 0.14.0)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`an incident decided before the strike, carried out after it, opens a war D began (${engine})`, () => {
      const r = reached(scenario({ planAt: 1, answer: 'plan' }), engine);
      expect(r.outcomes).toEqual(['d_began']);
      expect(r.episodes).toEqual(['U→D [U | D]', 'D→R [D | R]']);
    });

    it(`so does a provocation of D's own drawn a week into the war (${engine})`, () => {
      expect(reached(scenario({ planAt: 2, answer: 'plan' }), engine).outcomes).toEqual(['d_began']);
    });

    it(`D's answer to the strike draws R into U's war, on U's side (${engine})`, () => {
      const r = reached(scenario({ planAt: 1, answer: 'strike' }), engine);
      expect(r.outcomes).toEqual(['r_side_began']);
      expect(r.episodes).toEqual(['U→D [U,R | D]']);
    });

    it(`a scripted fire on R a week into the war is read as the author's course: drawn in (${engine})`, () => {
      expect(reached(scenario({ planAt: 1, answer: 'plan', inject: true }), engine).outcomes).toEqual(['r_side_began']);
    });
  }
});
