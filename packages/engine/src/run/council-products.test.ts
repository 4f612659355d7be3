// The Council's anticipation and products (council.ts): the veto chance a sponsor reads from the
// members' rules (enough votes in favour and a permanent member against) decides whether a draft is shelved; the draw from `council:anticipation`
// is made only when a veto is expected; a forced vote follows forceVote; statements fall back in
// order and an episode that issues nothing ends with no_product.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile, resolveParameters } from '../model/compile.js';
import { masterSeedOf } from '../rng/index.js';
import { Simulator, type EngineKind } from './simulator.js';

/**
 * Two permanent members, each voting yes or no with chance 0.5 on resolutions, one vote in favour
 * needed: a veto takes one yes and one no, P(veto) = 0.5 (two noes fail the draft, no veto; P would
 * read 0.75 if any permanent "no" counted). On statements P abstains and Q objects.
 */
const scenario = (o: { threshold: number; force: number | string; draft?: string }): string => `
version: "1.2"
id: cp
title: Council products
clock: { start: 2025-01-06, tick: week, horizon: 2 }
parameters:
  force_half: { value: 0.5, basis: judgment, rationale: test }
actors:
  P: { name: P }
  Q: { name: Q }
  T: { name: T }
council:
  rule: { minYes: 1, permanentVeto: true }
  anticipation: { vetoExpectedAbove: ${o.threshold}, forceVote: ${o.force} }
  seats: [{ actor: P, permanent: true }, { actor: Q, permanent: true }]
  policies:
    - { member: P, rules: [{ product: resolution, vote: { yes: 1, no: 1 } }, { vote: { abstain: 1 } }] }
    - { member: Q, rules: [{ product: resolution, vote: { yes: 1, no: 1 } }, { vote: { no: 1 } }] }
situations:
  s:
    title: a draft
    inject: [{ at: 0, effect: { draft: ${o.draft ?? '{ kind: condemnation, target: T, sponsor: P, fallback: [presidential_statement, press_statement] }'} } }]
outcomes:
  none: { when: { council: { result: no_product } } }
`;

function results(text: string, engine: EngineKind, run = 0): { results: string[]; draws: number } {
  const r = loadScenario(text);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const model = compile(r.scenario, resolveParameters(r.scenario));
  const s = new Simulator(model, { engine }).run(masterSeedOf(3), run, { situation: 's', recordDraws: true });
  return { results: s.events.filter((e) => e.kind === 'draftResult').map((e) => e.detail), draws: s.drawLog!.length / 2 };
}

describe('Council anticipation and products (council.ts)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`${engine}: P(veto) 0.5 read against the threshold: at 0.6 the draft goes to a vote (also at 0.7, which a chance of any permanent "no", 0.75, would pass); at 0.4 it is shelved, then Q blocks both statements`, () => {
      for (const threshold of [0.6, 0.7]) {
        const voted = results(scenario({ threshold, force: 0 }), engine).results;
        expect(voted).toHaveLength(1);
        expect(voted[0]).toMatch(/^(adopted|vetoed|failed):condemnation$/);
      }
      expect(results(scenario({ threshold: 0.4, force: 0 }), engine).results).toEqual([
        'shelved:condemnation', 'blocked:condemnation:presidential_statement', 'blocked:condemnation:press_statement', 'no_product:condemnation',
      ]);
    });
    it(`${engine}: no anticipation draw unless a veto is expected; forceVote 1 always votes`, () => {
      const low = results(scenario({ threshold: 0.6, force: 0 }), engine);
      const high = results(scenario({ threshold: 0.4, force: 1 }), engine);
      expect(high.results[0]).toMatch(/^(adopted|vetoed|failed):condemnation$/);
      // The forced vote costs one more draw (council:anticipation) than the unexpected-veto vote.
      expect(high.draws).toBe(low.draws + 1);
    });
    it(`${engine}: forceVote 0.5 puts an expected veto to a vote in about half the runs`, () => {
      let voted = 0;
      for (let run = 0; run < 400; run++) if (!results(scenario({ threshold: 0.4, force: 'force_half' }), engine, run).results[0]!.startsWith('shelved')) voted++;
      expect(voted / 400).toBeGreaterThan(0.4);
      expect(voted / 400).toBeLessThan(0.6);
    });
  }
  it('a draft statement needs no anticipation: Q objects and it is blocked; without a fallback the episode has no product', () => {
    expect(results(scenario({ threshold: 0.4, force: 0, draft: '{ kind: condemnation, target: T, product: press_statement }' }), 'batch').results)
      .toEqual(['blocked:condemnation:press_statement', 'no_product:condemnation']);
  });
  it('both engines agree run by run', () => {
    for (let run = 0; run < 40; run++) {
      const text = scenario({ threshold: 0.4, force: 'force_half' });
      expect(results(text, 'reference', run)).toEqual(results(text, 'batch', run));
    }
  });
});
