// The record of a vote names every member's vote in seat order. Texts of Councils of up to 26
// members are made once and kept (a base-4 code of the votes identifies them); a larger body is not
// cached and must still be recorded whole, in the same order, run after run.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile, resolveParameters } from '../model/compile.js';
import { masterSeedOf } from '../rng/index.js';
import { Simulator, type EngineKind } from './simulator.js';

const council = (members: number): string => {
  const ids = Array.from({ length: members }, (_, k) => `M${k}`);
  return `
version: "1.0"
id: big
title: A large body
clock: { start: 2025-01-06, tick: week, horizon: 2 }
actors:
  A: { name: A }
${ids.map((id) => `  ${id}: { name: ${id} }`).join('\n')}
council:
  rule: { minYes: ${Math.ceil(members / 2)}, permanentVeto: false }
  seats: [${ids.map((id) => `{ actor: ${id} }`).join(', ')}]
  policies: [${ids.map((id, k) => `{ member: ${id}, rules: [{ kind: condemnation, vote: { ${k % 3 === 0 ? 'yes: 1, no: 1' : k % 3 === 1 ? 'yes: 1' : 'abstain: 1'} } }] }`).join(', ')}]
situations:
  s:
    title: a draft
    inject: [{ at: 1, effect: { draft: { kind: condemnation, target: A, sponsor: M1 } } }]
outcomes:
  adopted: { when: { happened: { event: draftResult } } }
`;
};

function votes(members: number, engine: EngineKind, run: number): string {
  const r = loadScenario(council(members));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const sim = new Simulator(compile(r.scenario, resolveParameters(r.scenario)), { engine });
  const s = sim.run(masterSeedOf(3), run, { situation: 's' });
  const result = s.events.find((e) => e.kind === 'draftResult');
  if (result === undefined) throw new Error('no vote');
  return result.votes;
}

describe('vote records (council.ts)', () => {
  for (const members of [26, 27]) {
    it(`${members} members: every vote in seat order, the batch engine as the reference, run after run`, () => {
      for (let run = 0; run < 6; run++) {
        const text = votes(members, 'batch', run);
        const parts = text.split(' ');
        expect(parts.map((p) => p.split(':')[0])).toEqual(Array.from({ length: members }, (_, k) => `M${k}`));
        for (const [k, p] of parts.entries()) {
          const vote = p.split(':')[1];
          expect(k % 3 === 0 ? ['yes', 'no'] : [k % 3 === 1 ? 'yes' : 'abstain']).toContain(vote);
        }
        expect(text).toBe(votes(members, 'reference', run));
      }
    });
  }
});

/**
 * A member's shield is asked only of a rule that turns on it (council.ts `matchingRule`): S shields
 * P by its policy, U by a duty to cooperate at the UN; each votes by its `shielded` rule on drafts on
 * the partner and by its `other` rule otherwise, and by a rule for any target before either.
 */
const SHIELD = `
version: "1.0"
id: shield
title: Shields
clock: { start: 2025-01-06, tick: week, horizon: 2 }
actors:
  P: { name: P }
  O: { name: O }
  S: { name: S }
  U: { name: U }
  F: { name: F }
  N: { name: a sponsor outside the Council }
pacts:
  - id: coop
    name: Cooperation
    parties: [U, P]
    inForce: 2000-01-01
    obligations:
      - { id: un, type: un_cooperation, obligated: [U], beneficiaries: [P] }
council:
  rule: { minYes: 1, permanentVeto: false }
  seats: [{ actor: S }, { actor: U }, { actor: F }]
  policies:
    - { member: S, shield: [P], rules: [{ kind: sanctions, target: shielded, vote: { no: 1 } }, { kind: sanctions, target: other, vote: { yes: 1 } }] }
    - { member: U, rules: [{ kind: sanctions, target: shielded, vote: { no: 1 } }, { kind: sanctions, target: other, vote: { yes: 1 } }] }
    - { member: F, shield: [P], rules: [{ kind: sanctions, vote: { abstain: 1 } }, { kind: sanctions, target: shielded, vote: { no: 1 } }] }
situations:
  on_partner: { title: on the partner, inject: [{ at: 1, effect: { draft: { kind: sanctions, target: P, sponsor: N } } }] }
  on_other: { title: on another, inject: [{ at: 1, effect: { draft: { kind: sanctions, target: O, sponsor: N } } }] }
outcomes:
  voted: { when: { happened: { event: draftResult } } }
`;

describe('shielded partners (council.ts)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`${engine}: the shielded rule on a draft on the partner (by policy or by UN cooperation), the other rule otherwise, a rule for any target first`, () => {
      const r = loadScenario(SHIELD);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      const model = compile(r.scenario, resolveParameters(r.scenario));
      const vote = (situation: string): string => new Simulator(model, { engine }).run(masterSeedOf(5), 0, { situation }).events.find((e) => e.kind === 'draftResult')!.votes;
      expect(vote('on_partner')).toBe('S:no U:no F:abstain');
      expect(vote('on_other')).toBe('S:yes U:yes F:abstain');
    });
  }
});
