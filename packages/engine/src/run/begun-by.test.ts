// (1.13) `relation.begunBy`: two states at war in a war one side began — the episode's side that
// first used force, the attribution a casus's `unprovoked` reads — so doctrine and outcomes can
// tell an ally that was attacked from one that struck first. Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';

/** A attacks B on day 1; `later` are the injects after it; the outcomes test `begunBy`. */
function scenario(later: string[], doctrine = ''): string {
  return `version: "1.13"
id: begun-by
title: who began the war
clock: { start: 2025-03-03, tick: day, horizon: 6 }
${CALM_LADDER}
actors:
  A: { name: A }
  B: { name: B }
  C: { name: C }
  X: { name: X }
${doctrine}situations:
  event:
    title: A attacks B
    inject:
      - { at: 1, effect: { armedAttack: { by: A, on: B, intensity: war } } }
${later.map((l) => `      - ${l}\n`).join('')}outcomes:
  a_began: { when: { relation: { between: [A, B], begunBy: A } } }
  b_began: { when: { relation: { between: [B, A], begunBy: B } } }
  c_fights_a_war_a_began: { when: { relation: { between: [C, A], begunBy: A } } }
  c_began: { when: { relation: { between: [C, A], begunBy: C } } }
`;
}

function run(text: string, engine: 'batch' | 'reference'): { reached: string[]; signals: string[] } {
  const loaded = loadScenario(text, { filename: 'b.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const r = simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true, engine });
  return {
    reached: Object.entries(r.outcomes).filter(([, o]) => o.tick !== null).map(([id]) => id).sort(),
    signals: r.events!.filter((e) => e.kind === 'signal').map((e) => `${e.detail}@${e.tick}`),
  };
}

describe('a relation begun by one side (format 1.13)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`names the side that first used force, for every pair of its war (${engine})`, () => {
      expect(run(scenario([]), engine).reached).toEqual(['a_began']);
      // C comes to B's aid: its war with A is one A's side began, not C's.
      expect(run(scenario(['{ at: 2, effect: { armedAttack: { by: C, on: A, intensity: war, inAidOf: B } } }']), engine).reached)
        .toEqual(['a_began', 'c_fights_a_war_a_began']);
      // C strikes A in a war of its own: the episode is A's and B's; C's pair with A opens one C began.
      expect(run(scenario(['{ at: 3, effect: { ceasefire: { between: [A, B] } } }', '{ at: 4, effect: { armedAttack: { by: C, on: A, intensity: war } } }']), engine).reached)
        .toEqual(['a_began', 'c_began']);
    });

    it(`binds roles in a doctrine: X answers only an attack by a state that began its war (${engine})`, () => {
      const doctrine = `doctrine:
  X:
    - id: answer
      on: { event: armedAttack, minIntensity: 4 }
      when: { relation: { between: [$target, $actor], begunBy: $actor } }
      options: [{ id: protest, weight: 1, effect: { signal: { kind: protest, by: X, on: $actor } } }]
`;
      // A's attack: A began it. B's answer on day 2 is in the war A began: no protest.
      expect(run(scenario(['{ at: 2, effect: { armedAttack: { by: B, on: A, intensity: war } } }'], doctrine), engine).signals).toEqual(['protest@1']);
    });
  }
});
