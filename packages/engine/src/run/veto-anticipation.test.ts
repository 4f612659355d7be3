// Invariant: a sponsor that reads the Council before a vote (`anticipation`) expects a veto only
// where one can happen: enough votes in favour *and* a permanent member against (Charter Art.
// 27(3); a "no" on a draft short of the votes is no veto — the draft fails). The chance it reads is
// the exact probability of that event over the members' independent votes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile, resolveParameters } from '../model/compile.js';
import { masterSeedOf } from '../rng/index.js';
import { vetoChance } from './council.js';
import { Simulator } from './simulator.js';

interface Member { readonly permanent: boolean; readonly yes: number; readonly no: number; readonly abstain: number }

function scenario(members: readonly Member[], minYes: number, anticipation = ''): string {
  return `
version: "1.9"
id: anticipation
title: A sponsor reads the Council
clock: { start: 2018-04-09, tick: day, horizon: 1 }
actors:
  T: { name: Target }
${members.map((_, k) => `  M${k}: { name: M${k} }`).join('\n')}
council:
  rule: { minYes: ${minYes}, permanentVeto: true }
  ${anticipation}
  seats: [${members.map((m, k) => `{ actor: M${k}${m.permanent ? ', permanent: true' : ''} }`).join(', ')}]
  policies: [${members.map((m, k) => `{ member: M${k}, rules: [{ vote: { yes: ${m.yes}, no: ${m.no}, abstain: ${m.abstain} } }] }`).join(', ')}]
situations:
  vote: { title: a draft, inject: [{ at: 0, effect: { draft: { kind: condemnation, target: T, sponsor: M0 } } }] }
outcomes:
  voted: { when: { happened: { event: draftResult } } }
`;
}

function run(yaml: string) {
  const r = loadScenario(yaml);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const m = compile(r.scenario, resolveParameters(r.scenario));
  return new Simulator(m, {}).run(masterSeedOf(1), 0, { situation: 'vote' });
}

/** P(at least minYes in favour and some permanent member against), by listing every way the members can vote. */
function bruteForce(members: readonly Member[], minYes: number): number {
  let p = 0;
  const n = members.length;
  for (let code = 0; code < 3 ** n; code++) {
    let c = code;
    let prob = 1;
    let yes = 0;
    let permanentNo = false;
    for (const m of members) {
      const total = m.yes + m.no + m.abstain;
      const v = c % 3;
      c = Math.floor(c / 3);
      prob *= (v === 0 ? m.yes : v === 1 ? m.no : m.abstain) / total;
      if (v === 0) yes++;
      if (v === 1 && m.permanent) permanentNo = true;
    }
    if (yes >= minYes && permanentNo) p += prob;
  }
  return p;
}

describe('veto anticipation (council.ts vetoChance)', () => {
  it('a draft short of the votes is put to the vote and fails, not shelved as a veto expected (Syria draft, 14 April 2018)', () => {
    // Russia's draft condemning the strikes on Syria: 3 in favour, 8 against (the US, the UK and
    // France among them), 4 abstaining — failed, and counted as no veto.
    const members: Member[] = [
      { permanent: true, yes: 1, no: 0, abstain: 0 }, // RUS, the sponsor
      { permanent: true, yes: 1, no: 0, abstain: 0 }, // CHN
      { permanent: true, yes: 0, no: 1, abstain: 0 }, // USA
      { permanent: true, yes: 0, no: 1, abstain: 0 }, // GBR
      { permanent: true, yes: 0, no: 1, abstain: 0 }, // FRA
      { permanent: false, yes: 1, no: 0, abstain: 0 }, // BOL
      ...Array.from({ length: 5 }, (): Member => ({ permanent: false, yes: 0, no: 1, abstain: 0 })),
      ...Array.from({ length: 4 }, (): Member => ({ permanent: false, yes: 0, no: 0, abstain: 1 })),
    ];
    const s = run(scenario(members, 9, 'anticipation: { vetoExpectedAbove: 0.5, forceVote: 0 }'));
    expect(vetoChance(s, 0)).toBe(0);
    const result = s.events.find((e) => e.kind === 'draftResult')!;
    expect(result.detail).toBe('failed:condemnation');
    expect([result.from, result.to]).toEqual([3, 8]);
    // The same draft with nine in favour would be vetoed: then the sponsor expects it, and shelves it.
    const nine = members.map((m, k): Member => (k >= 6 && k < 12 ? { permanent: false, yes: 1, no: 0, abstain: 0 } : m));
    const shelved = run(scenario(nine, 9, 'anticipation: { vetoExpectedAbove: 0.5, forceVote: 0 }'));
    expect(vetoChance(shelved, 0)).toBe(1);
    expect(shelved.events.find((e) => e.kind === 'draftResult')!.detail).toContain('shelved');
  });

  it('reads the exact chance of enough votes in favour and a permanent member against', () => {
    const member = fc.record({ permanent: fc.boolean(), yes: fc.integer({ min: 0, max: 3 }), no: fc.integer({ min: 0, max: 3 }), abstain: fc.integer({ min: 0, max: 3 }) })
      .filter((m) => m.yes + m.no + m.abstain > 0);
    // At least one permanent seat: a veto rule without one is refused (E_COUNCIL_P5).
    const council = fc.array(member, { minLength: 1, maxLength: 6 }).filter((ms) => ms.some((m) => m.permanent));
    fc.assert(fc.property(council, fc.integer({ min: 1, max: 6 }), (members, k) => {
      const minYes = Math.min(k, members.length);
      const s = run(scenario(members, minYes));
      // The sponsor (the first member, M0) votes for its own draft whatever its policy.
      const asSponsor = members.map((m, k): Member => (k === 0 ? { ...m, yes: 1, no: 0, abstain: 0 } : m));
      expect(vetoChance(s, 0)).toBeCloseTo(bruteForce(asSponsor, minYes), 12);
    }), { numRuns: 80 });
  });
});
