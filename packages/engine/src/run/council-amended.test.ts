// (1.11) The votes a draft needs can change on a date (`rule.amended`): the Charter's Art. 27 as
// amended in 1965 asked seven of eleven members before the Council's enlargement and nine of
// fifteen after it (1 January 1966). A draft is tallied, and a sponsor reads its veto chance,
// under the number of its own day. Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile, resolveParameters } from '../model/compile.js';
import { minYesOn } from '../model/model.js';
import { masterSeedOf } from '../rng/index.js';
import { vetoChance } from './council.js';
import { Simulator } from './simulator.js';

const P5 = ['CHN', 'FRA', 'GBR', 'USA', 'SUN'];
const ELECTED_1965 = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6'];
const ELECTED_1966 = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9', 'N10'];

/** A draft on `date` with the members of `yes` in favour, `no` against, the rest abstaining. */
function scenario(date: string, yes: readonly string[], no: readonly string[] = [], anticipation = ''): string {
  const all = [...P5, ...ELECTED_1965, ...ELECTED_1966];
  const vote = (id: string): string => (yes.includes(id) ? '{ yes: 1 }' : no.includes(id) ? '{ no: 1 }' : '{ abstain: 1 }');
  return `version: "1.11"
id: amended
title: Seven votes of eleven, then nine of fifteen
clock: { start: ${date}, tick: day, horizon: 1 }
actors:
  T: { name: Target }
${all.map((id) => `  ${id}: { name: ${id} }`).join('\n')}
council:
  rule: { minYes: 7, permanentVeto: true, amended: [{ from: 1966-01-01, minYes: 9 }] }
  ${anticipation}
  seats: [${[
    ...P5.map((id) => `{ actor: ${id}, permanent: true }`),
    ...ELECTED_1965.map((id) => `{ actor: ${id}, to: 1965-12-31 }`),
    ...ELECTED_1966.map((id) => `{ actor: ${id}, from: 1966-01-01 }`),
  ].join(', ')}]
  policies: [${all.map((id) => `{ member: ${id}, rules: [{ vote: ${vote(id)} }] }`).join(', ')}]
situations:
  vote: { title: a draft, inject: [{ at: 0, effect: { draft: { kind: condemnation, target: T, sponsor: CHN } } }] }
outcomes:
  voted: { when: { happened: { event: draftResult } } }
`;
}

function result(text: string, engine: 'batch' | 'reference') {
  const r = loadScenario(text, { filename: 'amended.yaml' });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  expect(r.warnings).toEqual([]);
  const m = compile(r.scenario, resolveParameters(r.scenario));
  const s = new Simulator(m, { engine }).run(masterSeedOf(1), 0, { situation: 'vote' });
  const ev = s.events.find((e) => e.kind === 'draftResult')!;
  return { detail: ev.detail, yes: ev.from, no: ev.to, state: s, model: m };
}

describe('a voting rule amended on a date (rule.amended)', () => {
  it('reads the number of votes in force on the day', () => {
    const { model } = result(scenario('1965-05-06', ['GBR']), 'batch');
    expect([minYesOn(model.council!, model.clock.days[0]! - 1), minYesOn(model.council!, Date.UTC(1966, 0, 1) / 86_400_000 - 1), minYesOn(model.council!, Date.UTC(1966, 0, 1) / 86_400_000)]).toEqual([7, 7, 9]);
  });
  for (const engine of ['batch', 'reference'] as const) {
    it(`seven in favour carry a draft of May 1965, not one of April 1966; ten do (${engine})`, () => {
      // Resolution 202 of 6 May 1965 was adopted with seven votes and four permanent members abstaining.
      const seven1965 = ['CHN', ...ELECTED_1965];
      expect(result(scenario('1965-05-06', seven1965), engine).detail).toBe('adopted:condemnation');
      const eight1966 = ['CHN', ...ELECTED_1966.slice(0, 7)];
      expect(result(scenario('1966-04-09', eight1966), engine)).toMatchObject({ detail: 'failed:condemnation', yes: 8 });
      expect(result(scenario('1966-04-09', ['CHN', 'GBR', ...ELECTED_1966.slice(0, 8)]), engine).detail).toBe('adopted:condemnation');
    });
    it(`a sponsor reads a veto only where the day's number can be reached (${engine})`, () => {
      const anticipation = 'anticipation: { vetoExpectedAbove: 0.5, forceVote: 0 }';
      // Seven in favour and a Soviet no: a veto in 1965 (shelved), a draft short of nine in 1966 (voted, failed).
      const y1965 = result(scenario('1965-05-06', ['CHN', ...ELECTED_1965], ['SUN'], anticipation), engine);
      expect(vetoChance(y1965.state, 0)).toBe(1);
      expect(y1965.detail).toContain('shelved');
      const y1966 = result(scenario('1966-04-09', ['CHN', ...ELECTED_1966.slice(0, 6)], ['SUN'], anticipation), engine);
      expect(vetoChance(y1966.state, 0)).toBe(0);
      expect(y1966.detail).toBe('failed:condemnation');
    });
  }
});
