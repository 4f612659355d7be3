// (engine 0.15.0) A pretext is claimed only while `judgment.pretextWhen` holds, and carried out only
// if it still holds when the response falls due: claimed, then overtaken by the condition's end
// during the response delay, the response is moot (a story audit of korea-2024 found DPRK troops
// sent to Russia in the week after the DPRK's own war on the peninsula began). Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { describeEvent } from './narrate.js';
import { compile } from '../model/compile.js';
import { Simulator } from './simulator.js';
import { masterSeedOf } from '../rng/index.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';
import { XB_TREATY } from '../../test/xb-treaty.js';

/** X may claim a pretext for B while X is at peace with Z; E strikes B below the casus at tick 1; the response is due 2 ticks later. */
const text = (zWar: boolean, reliability = 1, zTick = 2): string => `version: "1.16"
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
      - { id: duty, type: defense, obligated: [X], reliability: ${reliability}, casus: { armedAttack: { on: party, minIntensity: 5 } }, response: { atLeast: materiel, within: 2 }, judgment: { pretext: 1, pretextAtMost: materiel, pretextWhen: { relation: { between: [X, Z], atMost: crisis } } } }
triggers:
  - { id: strike, at: [1], effect: { armedAttack: { by: E, on: B, intensity: 4 } } }
${zWar ? `  - { id: other-war, at: [${zTick}], effect: { armedAttack: { by: Z, on: X, intensity: 5 } } }\n` : ''}outcomes:
  o: { when: { tick: { gte: 1 } } }
`;

function fates(zWar: boolean, engine: 'batch' | 'reference', reliability = 1, zTick = 2): string[] {
  const loaded = loadScenario(text(zWar, reliability, zTick), { filename: 'p.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const r = simulate(loaded.scenario, { seed: 1, trace: true, engine });
  return r.events!.filter((e) => e.kind === 'obligation').map((e) => `${e.tick}:${e.detail ?? ''}`);
}

function story(engine: 'batch' | 'reference'): string[] {
  const loaded = loadScenario(text(true), { filename: 'p.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const model = compile(loaded.scenario);
  const s = new Simulator(model, { engine }).run(masterSeedOf(1), 0);
  return s.events.filter((e) => e.kind === 'obligation').map((e) => describeEvent(model, e));
}

describe('a pretext whose condition ends before its response (engine 0.15.0)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`is carried out while the condition holds, and moot once it does not (${engine})`, () => {
      expect(fates(false, engine)).toEqual(['1:judged:unmet', '1:invoked:pretext', '3:honoured:materiel']);
      expect(fates(true, engine)).toEqual(['1:judged:unmet', '1:invoked:pretext', '3:moot:materiel:pretext']);
      // (engine 0.16.0) A party that would not act claims no pretext: reliability is drawn with
      // the claim, so reliability 0 leaves nothing on record (before, a claim and a defection).
      expect(fates(true, engine, 0)).toEqual([]);
      expect(fates(false, engine, 0)).toEqual([]);
      // Ended in the same tick as the strike, after it and before the claim is judged: no claim.
      expect(fates(true, engine, 1, 1)).toEqual([]);
      // The story gives the reason: the pretext's condition, not the end of a war.
      expect(story(engine).at(-1)).toContain('is moot: the condition of its pretext no longer holds as it falls due');
    });
  }
});
