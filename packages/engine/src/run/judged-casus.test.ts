// One judgment per casus and war episode (run/obligations.ts `free`): an obligation remembers every
// casus (attacker × beneficiary) it judged in an open episode, not only the last, up to
// JUDGED_SLOTS of them; past that the oldest is forgotten and would be judged again (the bound
// semantics.md states). All three engines: the reference, the batch engine interpreting its
// tables, and the batch engine compiled.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile } from '../model/compile.js';
import { Simulator, type SimulatorOptions } from './simulator.js';
import { JUDGED_SLOTS } from './state.js';

const N = JUDGED_SLOTS + 1;
const B = Array.from({ length: N }, (_, k) => `B${k + 1}`);
/** X attacks B1 … B17 on days 1 … 17, then B2 again (day 18) and B1 again (day 19). */
const ATTACKS = [...B, B[1]!, B[0]!];

const TEXT = `
version: "1.5"
id: judged
title: Judged casus
clock: { start: 2025-01-01, tick: day, horizon: ${ATTACKS.length + 1} }
actors:
  G: { name: G }
  X: { name: X }
${B.map((b) => `  ${b}: { name: ${b} }`).join('\n')}
pacts:
  - id: p
    name: Pact
    parties: [G, ${B.join(', ')}]
    inForce: 1990-01-01
    obligations:
      - { id: def, type: defense, casus: { armedAttack: { minIntensity: 4 } }, response: { atLeast: consult, levels: { consult: 1 } } }
situations:
  s:
    title: s
    inject:
${ATTACKS.map((b, k) => `      - { at: ${k + 1}, effect: { armedAttack: { by: X, on: ${b}, intensity: 5 } } }`).join('\n')}
outcomes:
  w: { when: { relation: { between: [B1, X], atLeast: war } } }
`;

const ENGINES: Record<string, SimulatorOptions> = {
  reference: { engine: 'reference' }, interpreted: { engine: 'batch', compiled: false }, compiled: { engine: 'batch' },
};

describe('casus judged in an open war episode', () => {
  for (const [name, options] of Object.entries(ENGINES)) {
    it(`${name}: each judged once with others between, up to ${JUDGED_SLOTS} of them`, () => {
      const loaded = loadScenario(TEXT);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
      const model = compile(loaded.scenario);
      const s = new Simulator(model, options).run(7, 0, { situation: 's' });
      expect(s.status).toBe('done');
      const attacks = s.events.filter((e) => e.kind === 'armedAttack');
      expect(attacks).toHaveLength(ATTACKS.length);
      // One war: X fights the allies of the state it first attacked (semantics.md, rule 4).
      expect(new Set(attacks.map((a) => a.episode))).toEqual(new Set([0]));
      const g = model.actorIndex.get('G')!;
      const judgedAt = new Set(s.events.filter((e) => e.kind === 'obligation' && e.detail === 'judged' && e.actor === g).map((e) => e.parent));
      const judged = attacks.map((a) => judgedAt.has(a.seq));
      // G's duty: every beneficiary's first attack is judged; B2 again is not (remembered, 15 casus judged
      // since); B1 again is, the oldest of 17 having been forgotten.
      expect(judged).toEqual([...B.map(() => true), false, true]);
    });
  }
});
