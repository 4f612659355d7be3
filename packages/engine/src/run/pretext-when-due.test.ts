// (engine 0.15.0) A pretext is claimed only while `judgment.pretextWhen` holds, and carried out only
// if it still holds when the response falls due: claimed, then overtaken by the condition's end
// during the response delay, the response is moot (a story audit of korea-2024 found DPRK troops
// sent to Russia in the week after the DPRK's own war on the peninsula began). Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';
import { XB_TREATY } from '../../test/xb-treaty.js';

/** X may claim a pretext for B while X is at peace with Z; E strikes B below the casus at tick 1; the response is due 2 ticks later. */
const text = (zWar: boolean): string => `version: "1.16"
id: pretext-when-due
title: a pretext overtaken before its response
clock: { start: 2025-03-03, tick: day, horizon: 5 }
${CALM_LADDER}
actors:
  X: { name: X }
  B: { name: B }
  E: { name: E }
  Z: { name: Z }
${XB_TREATY}
      - { id: duty, type: defense, obligated: [X], casus: { armedAttack: { on: party, minIntensity: 5 } }, response: { atLeast: materiel, within: 2 }, judgment: { pretext: 1, pretextAtMost: materiel, pretextWhen: { relation: { between: [X, Z], atMost: crisis } } } }
triggers:
  - { id: strike, at: [1], effect: { armedAttack: { by: E, on: B, intensity: 4 } } }
${zWar ? '  - { id: other-war, at: [2], effect: { armedAttack: { by: Z, on: X, intensity: 5 } } }\n' : ''}outcomes:
  o: { when: { tick: { gte: 1 } } }
`;

function fates(zWar: boolean, engine: 'batch' | 'reference'): string[] {
  const loaded = loadScenario(text(zWar), { filename: 'p.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const r = simulate(loaded.scenario, { seed: 1, trace: true, engine });
  return r.events!.filter((e) => e.kind === 'obligation').map((e) => `${e.tick}:${e.detail ?? ''}`);
}

describe('a pretext whose condition ends before its response (engine 0.15.0)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`is carried out while the condition holds, and moot once it does not (${engine})`, () => {
      expect(fates(false, engine)).toEqual(['1:judged:unmet', '1:invoked:pretext', '3:honoured:materiel']);
      expect(fates(true, engine)).toEqual(['1:judged:unmet', '1:invoked:pretext', '3:moot:materiel']);
    });
  }
});
