// (format 1.17) A response at level `war` strikes the enemy's territory and, by default, declares
// war; a clause written `declares: false` fights without declaring, as every state answering a war
// since 1945 has: the attack is recorded without the declaration and the pair is at war in fact
// (`hostilities`), not in law, so the war ends with the fighting. Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';
import { XB_TREATY } from '../../test/xb-treaty.js';

const TEXT = (declares: string): string => `version: "1.17"
id: declares
title: A war-level response with or without a declaration of war
clock: { start: 2025-03-03, tick: day, horizon: 4 }
${CALM_LADDER}
actors:
  X: { name: X }
  B: { name: B }
  E: { name: E }
${XB_TREATY}
      - { id: duty, type: defense, obligated: [X], casus: { armedAttack: { on: party, minIntensity: 5 } }, response: { atLeast: war${declares} } }
situations:
  event:
    title: E attacks B
    inject:
      - { at: 1, effect: { armedAttack: { by: E, on: B, intensity: war } } }
outcomes:
  o: { when: { tick: { gte: 1 } } }
`;

function strike(declares: string, engine: 'batch' | 'reference') {
  const loaded = loadScenario(TEXT(declares), { filename: 'declares.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const r = simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true, engine });
  const attack = r.events!.find((e) => e.kind === 'armedAttack' && e.cause.startsWith('obligation:'));
  const xe = r.final.relations.find((p) => p.between.includes('X') && p.between.includes('E'));
  return { struck: attack !== undefined, declared: attack?.detail === 'declared', war: xe?.war, rung: xe?.rung };
}

describe('a war-level response with or without a declaration (format 1.17)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`declares war by default, and not when the clause says declares: false (${engine})`, () => {
      expect(strike('', engine)).toEqual({ struck: true, declared: true, war: 'declared', rung: 'war' });
      expect(strike(', declares: true', engine)).toEqual({ struck: true, declared: true, war: 'declared', rung: 'war' });
      expect(strike(', declares: false', engine)).toEqual({ struck: true, declared: false, war: 'hostilities', rung: 'war' });
    });
  }
});
