// A Council ceasefire with `compliance` below 1 is obeyed only with that chance (one draw from the
// `council:compliance` stream); a defied ceasefire is a `ceasefire_defied` signal and the war goes
// on. Without `compliance` nothing is drawn and an adopted ceasefire is always obeyed.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile, resolveParameters } from '../model/compile.js';
import { masterSeedOf } from '../rng/index.js';
import { simulate } from './simulate.js';
import { Simulator, type EngineKind } from './simulator.js';

const scenario = (compliance: string): string => `
version: "1.0"
id: cf
title: Ceasefire compliance
clock: { start: 2025-01-06, tick: week, horizon: 3 }
parameters:
  obey: { beta: [1, 1], basis: judgment, rationale: test }
actors:
  A: { name: A }
  B: { name: B }
  P: { name: P }
relations:
  - { between: [A, B], rung: war, war: hostilities, initiator: A }
council:
  rule: { minYes: 1, permanentVeto: true }
  seats: [{ actor: P, permanent: true }]
  policies: [{ member: P, rules: [{ kind: ceasefire, vote: { yes: 1 } }] }]
situations:
  s:
    title: a ceasefire draft
    inject: [{ at: 1, effect: { draft: { kind: ceasefire, between: [A, B], sponsor: P${compliance} } } }]
outcomes:
  war: { when: { relation: { between: [A, B], war: true } } }
`;

function runOnce(text: string, engine: EngineKind, run = 0): { defied: boolean; atWar: boolean } {
  const r = loadScenario(text);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const model = compile(r.scenario, resolveParameters(r.scenario));
  const s = new Simulator(model, { engine }).run(masterSeedOf(7), run, { situation: 's' });
  const defied = s.events.some((e) => e.kind === 'signal' && e.detail === 'ceasefire_defied');
  const atWar = !s.events.some((e) => e.kind === 'ceasefire');
  return { defied, atWar };
}

describe('ceasefire compliance (council.ts)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`${engine}: compliance 0 is always defied, 1 (or none) always obeyed`, () => {
      expect(runOnce(scenario(', compliance: 0'), engine)).toMatchObject({ defied: true, atWar: true });
      expect(runOnce(scenario(', compliance: 1'), engine)).toMatchObject({ defied: false, atWar: false });
      expect(runOnce(scenario(''), engine)).toMatchObject({ defied: false, atWar: false });
    });
    it(`${engine}: a parameter of 0.5 is obeyed in about half the runs`, () => {
      let obeyed = 0;
      for (let run = 0; run < 400; run++) {
        const o = runOnce(scenario(', compliance: obey'), engine, run);
        expect(o.defied).toBe(o.atWar);
        if (!o.atWar) obeyed++;
      }
      expect(obeyed / 400).toBeGreaterThan(0.4);
      expect(obeyed / 400).toBeLessThan(0.6);
    });
  }
  it('a story names no defier: compliance is drawn for the pair, not for a side', () => {
    const r = loadScenario(scenario(', compliance: 0'));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const run = simulate(r.scenario, { seed: 7, situation: 's', trace: true });
    const defied = run.events!.find((e) => e.detail === 'ceasefire_defied')!;
    expect(defied.actor).toBe('A');
    expect(defied.text).toBe('the ceasefire between A and B is not obeyed: the fighting goes on');
  });
  it('both engines agree run by run', () => {
    for (let run = 0; run < 50; run++) {
      expect(runOnce(scenario(', compliance: obey'), 'reference', run)).toEqual(runOnce(scenario(', compliance: obey'), 'batch', run));
    }
  });
});
