// (engine 0.16.0) A forces response joins the protected party's fight at the level it has reached;
// when a ceasefire has brought that fight to the crisis rung or below while the war goes on between
// others, there is nothing to join and the response is moot (`moot:forces:stopped`), honoured or
// defected to a forces shortfall alike. Against a supporter (1.12) the fight is the war it
// supports, so a supporter by menace, which takes no side, does not make the response moot while
// that war goes on. Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';
import { XB_TREATY } from '../../test/xb-treaty.js';

/** E attacks B and B's ally Z at war level; a ceasefire of E and B alone follows; X's response falls due after it. */
const STOPPED = (response: string, reliability: number): string => `version: "1.16"
id: fight-stopped
title: A forces response after the fight it would join has stopped
clock: { start: 2025-03-03, tick: day, horizon: 5 }
${CALM_LADDER}
actors:
  X: { name: X }
  B: { name: B }
  E: { name: E }
  Z: { name: Z }
${XB_TREATY}
      - { id: duty, type: defense, obligated: [X], reliability: ${reliability}, casus: { armedAttack: { on: party, minIntensity: 5 } }, response: { ${response}, within: 2 } }
relations:
  - { between: [B, Z], alignment: ally }
situations:
  event:
    title: E attacks B and Z; E and B cease fire the next day
    inject:
      - { at: 1, effect: [ { armedAttack: { by: E, on: B, intensity: war } }, { armedAttack: { by: E, on: Z, intensity: war } } ] }
      - { at: 2, effect: { ceasefire: { between: [E, B] } } }
outcomes:
  o: { when: { tick: { gte: 1 } } }
`;

/** A attacks B; S supports A by menace (a threat on B); X answers against the supporter. */
const MENACE = (against: string): string => `version: "1.12"
id: menace
title: A response against a supporter by menace
clock: { start: 2025-03-03, tick: day, horizon: 6 }
${CALM_LADDER}
actors:
  X: { name: X }
  B: { name: B }
  A: { name: A }
  S: { name: S }
${XB_TREATY}
      - { id: duty, type: defense, obligated: [X], casus: { armedAttack: { by: [A], supportedBy: [S], menace: true } }, response: { atLeast: forces, against: ${against} } }
situations:
  event:
    title: A attacks B, S threatens B
    inject:
      - { at: 2, effect: { armedAttack: { by: A, on: B, intensity: war } } }
      - { at: 3, effect: { threat: { by: S, on: B } } }
outcomes:
  o: { when: { tick: { gte: 1 } } }
`;

function fates(text: string, engine: 'batch' | 'reference'): { fates: string[]; xe: string | undefined } {
  const loaded = loadScenario(text, { filename: 'f.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const r = simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true, engine });
  const xe = r.final.relations.find((p) => p.between.includes('X') && p.between.includes('E'));
  return { fates: r.events!.filter((e) => e.kind === 'obligation').map((e) => e.detail ?? ''), xe: xe?.rung };
}

describe('a forces response whose fight has stopped (engine 0.16.0)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`is moot when honoured, the war going on between others (${engine})`, () => {
      const r = fates(STOPPED('atLeast: forces', 1), engine);
      expect(r.fates).toEqual(['judged', 'invoked', 'moot:forces:stopped']);
      expect(r.xe ?? 'peace').toBe('peace');
    });
    it(`is moot when defected to a forces shortfall, which would send forces too (${engine})`, () => {
      const r = fates(STOPPED('atLeast: war, shortfall: forces', 0), engine);
      expect(r.fates).toEqual(['judged', 'invoked', 'moot:forces:stopped']);
      expect(r.xe ?? 'peace').toBe('peace');
    });
    it(`does not touch a war-level response, which strikes the enemy's territory (${engine})`, () => {
      expect(fates(STOPPED('atLeast: war', 1), engine).fates).toEqual(['judged', 'invoked', 'honoured:war']);
    });
    for (const against of ['supporter', 'both']) {
      it(`is not moot against a supporter by menace while the war it supports goes on (against: ${against}, ${engine})`, () => {
        const r = fates(MENACE(against), engine);
        expect(r.fates.some((f) => f.startsWith('moot'))).toBe(false);
        expect(r.fates.some((f) => f.startsWith('honoured'))).toBe(true);
      });
    }
  }
});
