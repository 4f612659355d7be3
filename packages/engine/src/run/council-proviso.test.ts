// The proviso of Charter Art. 27(3) (docs/semantics.md, "The Security Council"): under Chapter VI
// (or Art. 52(3)) a member that is a party to the dispute abstains — an obligatory abstention on
// the record, never a veto, its draw made as always; under Chapter VII, for a procedural decision,
// or with the rule's `partiesAbstain: false`, it votes as its policy says. And a vote rule whose
// weights, given by parameters, all read 0 makes the member abstain. Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile, resolveParameters } from '../model/compile.js';
import { simulate } from './simulate.js';

const scenario = (o: { under?: string; kind?: string; partiesAbstain?: boolean; weights?: string } = {}): string => `
version: "1.6"
id: proviso
title: Art. 27(3)
clock: { start: 2025-01-06, tick: week, horizon: 2 }
parameters:
  w: { value: 0, basis: placeholder, rationale: a weight that reads 0 }
actors:
  P: { name: "a permanent member, party to the dispute" }
  Q: { name: the other party }
  E: { name: an elected member }
  F: { name: another elected member }
  G: { name: a sponsor outside the Council }
council:
  rule: { minYes: 1${o.partiesAbstain !== undefined ? `, partiesAbstain: ${o.partiesAbstain}` : ''} }
  seats: [{ actor: P, permanent: true }, { actor: E }, { actor: F }]
  policies:
    - { member: P, rules: [{ vote: { no: 1 } }] }
    - { member: E, rules: [{ vote: ${o.weights ?? '{ yes: 1 }'} }] }
    - { member: F, rules: [{ vote: { yes: 1, abstain: 1 } }] }
situations:
  s:
    title: a draft on the dispute
    inject: [{ at: 1, effect: { draft: { kind: ${o.kind ?? 'condemnation'}, target: Q, sponsor: G, dispute: [P, Q]${o.under ? `, under: ${o.under}` : ''} } } }]
outcomes:
  voted: { when: { happened: { event: draftResult } } }
`;

function result(text: string, engine: 'batch' | 'reference', seed = 5) {
  const loaded = loadScenario(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const r = simulate(compile(loaded.scenario, resolveParameters(loaded.scenario)), { seed, runIndex: 0, engine, trace: true, situation: 's' });
  return r.events!.find((e) => e.kind === 'draftResult')!;
}

describe('the proviso of Art. 27(3)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`${engine}: under Chapter VI the permanent party abstains, so its "no" is no veto`, () => {
      const ev = result(scenario({ under: 'chapter_vi' }), engine);
      expect(ev.detail).toBe('adopted:condemnation');
      expect(ev.votes).toBe('P:abstain_obligatory E:yes F:' + ev.votes!.split('F:')[1]);
      expect(ev.tally).toMatchObject({ no: 0, obligatory: 1 });
      expect(ev.text).toMatch(/abstaining, (1 of them )?as a party to the dispute bound to abstain by Art. 27\(3\)/);
    });
    it(`${engine}: Art. 52(3) as Chapter VI; Chapter VII, no basis, a procedural vote or partiesAbstain: false leave the veto`, () => {
      expect(result(scenario({ under: 'article_52_3' }), engine).votes).toContain('P:abstain_obligatory');
      for (const o of [{ under: 'chapter_vii' }, {}, { under: 'chapter_vi', partiesAbstain: false }]) {
        const ev = result(scenario(o), engine);
        expect(ev.detail).toBe('vetoed:condemnation');
        expect(ev.votes).toContain('P:no');
        expect(ev.tally!.obligatory).toBeUndefined();
      }
      // A procedural decision knows no veto, and no proviso: P's "no" stands as a "no".
      expect(result(scenario({ under: 'chapter_vi', kind: 'agenda' }), engine).votes).toContain('P:no');
    });
  }
  it('a sponsor reading the Council expects no veto from a permanent member bound to abstain', () => {
    const withAnticipation = (under: string): string => scenario({ under }).replace('  seats:', '  anticipation: { vetoExpectedAbove: 0.5, forceVote: 0 }\n  seats:');
    for (const engine of ['batch', 'reference'] as const) {
      expect(result(withAnticipation('chapter_vi'), engine).detail).toBe('adopted:condemnation');
      expect(result(withAnticipation('chapter_vii'), engine).detail).toBe('shelved:condemnation');
    }
  });
  it('the other members vote the same with or without the proviso, seed after seed (draws unchanged)', () => {
    for (let seed = 0; seed < 20; seed++) {
      const a = result(scenario({ under: 'chapter_vi' }), 'batch', seed).votes!.split(' ').slice(1);
      const b = result(scenario({ under: 'chapter_vii' }), 'batch', seed).votes!.split(' ').slice(1);
      expect(a).toEqual(b);
    }
  });
});

describe('vote weights that all read 0', () => {
  it('a rule whose weights are parameters reading 0 makes the member abstain, in both engines', () => {
    for (const engine of ['batch', 'reference'] as const) {
      const ev = result(scenario({ weights: '{ yes: w, no: w }' }), engine);
      expect(ev.votes).toContain('E:abstain');
    }
  });
});
