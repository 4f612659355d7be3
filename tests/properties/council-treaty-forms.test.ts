// Invariant: the random scenarios the differential and determinism properties run reach the 1.6
// forms — a notice of denunciation given, one taking effect (a party withdrawn, a pact terminated)
// and an obligatory abstention of a party to a dispute on the record — and the 1.7 forms (a notice
// taking effect at the end of a term renewed tacitly, or held back to the end of a minimum period
// that bars the exit), vetoes and the 1.9 form (the General Assembly's debate of a veto), and two
// 1.12 forms (an attack supported by a third state, neutrality limited to some enemies), so those
// properties are not passed vacuously for them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, simulate } from '@casus/engine';
import { validScenario } from './arbitrary-scenario.js';

describe('the random scenarios reach the 1.6 forms', () => {
  it('notices of denunciation, their effect, and obligatory abstentions occur', () => {
    const seen = { notice: 0, withdrawn: 0, terminated: 0, obligatory: 0, termEnd: 0, exitBar: 0, vetoed: 0, debate: 0 };
    const samples = fc.sample(validScenario(), { numRuns: 1000, seed: 16 });
    for (const { scenario } of samples) {
      const model = compile(scenario);
      const clauses = scenario.pacts.map((p) => p.denunciation);
      for (const runIndex of [0, 1]) {
        const r = simulate(model, { seed: 7, runIndex, trace: true, situation: 'crisis' in scenario.situations ? 'crisis' : undefined });
        for (const ev of r.events ?? []) {
          if (ev.kind === 'pact' && (ev.detail === 'notice' || ev.detail === 'withdrawn' || ev.detail === 'terminated')) seen[ev.detail]++;
          // A notice put off to 2025-06-01, in the generator a term's end or 65 years from 1960-06-01;
          // for a term, also its taking effect then.
          const clause = ev.kind === 'pact' && ev.effective === '2025-06-01' ? clauses[ev.ref ?? -1] : undefined;
          if (clause?.term !== undefined && ev.detail !== 'notice') seen.termEnd++;
          else if (clause?.afterYearsBars === 'exit' && ev.detail === 'notice') seen.exitBar++;
          if (ev.kind === 'draftResult' && ev.votes?.includes(':abstain_obligatory')) seen.obligatory++;
          if (ev.kind === 'draftResult' && ev.detail?.startsWith('vetoed:')) seen.vetoed++;
          if (ev.kind === 'assembly') seen.debate++;
        }
      }
    }
    expect(seen.notice).toBeGreaterThan(20);
    // A notice taking effect inside a short run is rare: 5 of 2,000 runs at this seed (engine 0.11.0's generator).
    expect(seen.withdrawn).toBeGreaterThan(2);
    expect(seen.terminated).toBeGreaterThan(5);
    expect(seen.obligatory).toBeGreaterThan(5);
    expect(seen.termEnd).toBeGreaterThan(2);
    expect(seen.exitBar).toBeGreaterThan(2);
    // Vetoes: before the sample's last rule for every draft, 2 in 1,000 scenarios. The count moves
    // with every change of the generator: 13 at seed 16 and 27 at seed 17 once it drew a
    // no-separate-peace duty's `partners` (format 1.16), above 20 before.
    expect(seen.vetoed).toBeGreaterThan(10);
    expect(seen.debate).toBeGreaterThan(5);
  });

  it('neutrality duties, some limited to some enemies, are checked (1.12)', () => {
    const seen = { neutrality: 0, limited: 0 };
    const samples = fc.sample(validScenario(), { numRuns: 1000, seed: 16 });
    for (const { scenario } of samples) {
      const model = compile(scenario);
      for (const runIndex of [0, 1]) {
        const r = simulate(model, { seed: 7, runIndex, trace: true, situation: 'crisis' in scenario.situations ? 'crisis' : undefined });
        for (const ev of r.events ?? []) {
          const o = ev.ref !== undefined && ev.kind === 'duty' ? model.obligations[ev.ref] : undefined;
          if (o === undefined) continue;
          if (o.type === 'neutrality') {
            seen.neutrality++;
            if (o.enemies !== 'any' || o.unprovokedAgainst !== 'any') seen.limited++;
          }
        }
      }
    }
    // The general generator reaches them seldom (tests/properties/forms-1-12.test.ts aims at them
    // and at the other 1.12 forms): at seed 16, 18 neutrality duties checked, 8 of them limited. A
    // supported casus it reaches about once in a thousand scenarios (2 at seed 16 before the
    // generator gained `every: tick`, format 1.16; none at seeds 16–19 since), too seldom for a
    // fixed sample to pin: forms-1-12 asserts over 100 of them.
    expect(seen.neutrality).toBeGreaterThan(10);
    expect(seen.limited).toBeGreaterThan(2);
  });
});
