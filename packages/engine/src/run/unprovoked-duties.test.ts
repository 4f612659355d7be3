// (1.11) A nonaggression or neutrality duty written `unprovoked: true` protects its beneficiary only
// in a war it did not begin: while the beneficiary wages a war it began (it stands on the side that
// began an open war episode), acts against it by a party not on that side go unchecked. Neutrality
// so written is called into play only by a war the beneficiary did not begin ("despite its peaceful
// attitude", the 1926 Berlin Treaty Art. 2). Without `unprovoked` both bind as before. Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';
import { XB_TREATY } from '../../test/xb-treaty.js';

/** X is bound toward B by one duty; T and B go to war (`first` begins it), then X strikes B. */
function scenario(type: 'neutrality' | 'nonaggression', unprovoked: boolean | string, first: 'T' | 'B', strike = 'armedAttack: { by: X, on: B, intensity: war }', enemies?: string): string {
  // (1.12) A string is the YAML of `unprovoked` naming actors or a class.
  const clause = (unprovoked === false ? '' : `, unprovoked: ${unprovoked === true ? 'true' : unprovoked}`) + (enemies !== undefined ? `, enemies: ${enemies}` : '');
  return `version: "1.12"
id: unprovoked-duty
title: a duty toward a beneficiary that began its war, or did not
clock: { start: 2025-03-03, tick: day, horizon: 4 }
${CALM_LADDER}
actors:
  X: { name: X }
  B: { name: B }
  T: { name: T, tags: [great_power] }
  U: { name: U }
${XB_TREATY}
      - { id: duty, type: ${type}, obligated: [X], reliability: 1${clause} }
situations:
  event:
    title: a war between T and B, then X acts against B
    inject:
      - { at: 1, effect: { armedAttack: { by: ${first}, on: ${first === 'T' ? 'B' : 'T'}, intensity: war } } }
      - { at: 2, effect: { ${strike} } }
outcomes:
  x_b_war: { when: { relation: { between: [X, B], atLeast: war } } }
`;
}

function verdicts(text: string, engine: 'batch' | 'reference'): { duties: string[]; xAtWarWithB: boolean } {
  const loaded = loadScenario(text, { filename: 'u.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const r = simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true, engine });
  return { duties: r.events!.filter((e) => e.kind === 'duty').map((e) => e.detail ?? ''), xAtWarWithB: r.outcomes.x_b_war!.tick !== null };
}

describe('negative duties written unprovoked (format 1.11)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`neutrality: binds while the beneficiary was attacked, not while it wages a war it began (${engine})`, () => {
      expect(verdicts(scenario('neutrality', true, 'T'), engine)).toEqual({ duties: ['respected'], xAtWarWithB: false });
      expect(verdicts(scenario('neutrality', true, 'B'), engine)).toEqual({ duties: [], xAtWarWithB: true });
      // Without it, neutrality binds in any war of the beneficiary's (the 1939 German–Soviet Art. II).
      expect(verdicts(scenario('neutrality', false, 'B'), engine)).toEqual({ duties: ['respected'], xAtWarWithB: false });
    });

    it(`neutrality: alignments and territory against an aggressor go unchecked too (${engine})`, () => {
      for (const strike of ['alliance: { by: X, with: T, against: B }', 'basing: { host: X, user: T, against: B }']) {
        expect(verdicts(scenario('neutrality', true, 'T', strike), engine).duties).toEqual(['respected']);
        expect(verdicts(scenario('neutrality', true, 'B', strike), engine).duties).toEqual([]);
      }
    });

    it(`non-aggression: resistance to the beneficiary's aggression is not checked, an attack on it at peace is (${engine})`, () => {
      expect(verdicts(scenario('nonaggression', true, 'B'), engine)).toEqual({ duties: [], xAtWarWithB: true });
      expect(verdicts(scenario('nonaggression', true, 'T'), engine)).toEqual({ duties: ['respected'], xAtWarWithB: false });
      expect(verdicts(scenario('nonaggression', false, 'B'), engine)).toEqual({ duties: ['respected'], xAtWarWithB: false });
      // No war at all: the duty binds (the beneficiary began nothing).
      const peace = scenario('nonaggression', true, 'B').replace('      - { at: 1, effect: { armedAttack: { by: B, on: T, intensity: war } } }\n', '');
      expect(verdicts(peace, engine)).toEqual({ duties: ['respected'], xAtWarWithB: false });
    });

    it(`a party on the aggressor's own side that turns on it is still bound (${engine})`, () => {
      // X joins B's war against T (in aid of B), then strikes B: it stands on B's side, so the
      // exception for resistance to B's aggression is not its to claim.
      const text = scenario('nonaggression', true, 'B').replace(
        '      - { at: 2, effect: { armedAttack: { by: X, on: B, intensity: war } } }',
        '      - { at: 2, effect: { armedAttack: { by: X, on: T, intensity: war, inAidOf: B } } }\n      - { at: 3, effect: { armedAttack: { by: X, on: B, intensity: war } } }',
      );
      expect(verdicts(text, engine)).toEqual({ duties: ['respected'], xAtWarWithB: false });
    });
  }
});

// (1.12) A duty limited to some enemies: `unprovoked` naming the victims of a war the beneficiary
// began that lift the protection, and a neutrality's `enemies`, the states a war with whom calls it
// into play (the Reinsurance Treaty, 1887, Art. I; conformance RE87).
describe('negative duties limited to some enemies (format 1.12)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`unprovoked naming actors or a class: only a war begun against one of them lifts the protection (${engine})`, () => {
      for (const type of ['nonaggression', 'neutrality'] as const) {
        // B began its war against T.
        expect(verdicts(scenario(type, '[T]', 'B'), engine)).toEqual({ duties: [], xAtWarWithB: true });
        expect(verdicts(scenario(type, '{ tag: great_power }', 'B'), engine)).toEqual({ duties: [], xAtWarWithB: true });
        expect(verdicts(scenario(type, '[U]', 'B'), engine)).toEqual({ duties: ['respected'], xAtWarWithB: false });
        expect(verdicts(scenario(type, '{ except: [T] }', 'B'), engine)).toEqual({ duties: ['respected'], xAtWarWithB: false });
        // A war B did not begin: the duty binds whatever the clause names.
        expect(verdicts(scenario(type, '[T]', 'T'), engine)).toEqual({ duties: ['respected'], xAtWarWithB: false });
      }
    });

    it(`neutrality with enemies: only a war with a state the clause names calls it into play (${engine})`, () => {
      expect(verdicts(scenario('neutrality', false, 'T', undefined, '[T]'), engine)).toEqual({ duties: ['respected'], xAtWarWithB: false });
      expect(verdicts(scenario('neutrality', false, 'T', undefined, '{ tag: great_power }'), engine)).toEqual({ duties: ['respected'], xAtWarWithB: false });
      expect(verdicts(scenario('neutrality', false, 'T', undefined, 'non_party'), engine)).toEqual({ duties: ['respected'], xAtWarWithB: false });
      expect(verdicts(scenario('neutrality', false, 'T', undefined, '[U]'), engine)).toEqual({ duties: [], xAtWarWithB: true });
      expect(verdicts(scenario('neutrality', false, 'T', undefined, '{ except: { tag: great_power } }'), engine)).toEqual({ duties: [], xAtWarWithB: true });
      // Both: a war with the named enemy that B began against a named victim does not call it into play.
      expect(verdicts(scenario('neutrality', '[T]', 'B', undefined, '[T]'), engine)).toEqual({ duties: [], xAtWarWithB: true });
      expect(verdicts(scenario('neutrality', '[U]', 'B', undefined, '[T]'), engine)).toEqual({ duties: ['respected'], xAtWarWithB: false });
    });
  }
});
