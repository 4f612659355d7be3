// A trigger written `every: tick` (format 1.16) is a rule, not a chance: it fires at every tick at
// which its `when` holds, with `cooldown` and `limit` as for any trigger, and draws no number. A
// rate standing in for it (1 a day, a weekly chance of 1 − e^−7) let one tick in about 1,100 pass.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';

const scenario = (extra: string): string => `
version: "1.16"
id: every-tick
title: A clock that ticks while a war lasts
clock: { start: 2025-01-06, tick: week, horizon: 9 }
${CALM_LADDER}
actors:
  A: { name: Aland }
  B: { name: Borduria }
relations:
  - { between: [A, B], rung: tension }
variables:
  weeks: { min: 0, max: 100, initial: 0 }
triggers:
  - id: war
    at: [2]
    effect: { armedAttack: { by: B, on: A, intensity: 5 } }
  - id: peace
    at: [6]
    effect: { ceasefire: { between: [A, B] } }
  - id: clock
    every: tick
    when: { relation: { between: [A, B], atLeast: war } }
${extra}    effect: { variable: { id: weeks, add: 1 } }
outcomes:
  war: { when: { relation: { between: [A, B], atLeast: war } } }
`;

function clockTicks(extra: string, engine: 'batch' | 'reference', seed = 1): number[] {
  const loaded = loadScenario(scenario(extra), { filename: 'every-tick.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const r = simulate(loaded.scenario, { seed, trace: true, engine });
  return r.events!.filter((e) => e.cause === 'trigger:clock' && e.kind === 'variable').map((e) => e.tick);
}

describe('a trigger at every tick (format 1.16)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`fires at each tick its condition holds, whatever the seed (${engine})`, () => {
      // War from the attack at tick 2 (the clock looks at the start of a tick, so from tick 3) to
      // the ceasefire at tick 6.
      for (const seed of [1, 2, 3]) expect(clockTicks('', engine, seed)).toEqual([3, 4, 5, 6]);
    });
    it(`keeps its cooldown and its limit (${engine})`, () => {
      // A cooldown of c ticks: again c ticks after a firing at the earliest.
      expect(clockTicks('    cooldown: 2\n', engine)).toEqual([3, 5]);
      expect(clockTicks('    limit: 3\n', engine)).toEqual([3, 4, 5]);
    });
  }
});
