// Invariant: both actors of a pair fighting in a war episode stand on a side of that episode, so the
// pairs of an episode are found among its sided actors (run/attribution.ts `pairsInEpisode`, which
// ending an episode and an episode-wide ceasefire read) exactly as a scan of every pair finds them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, masterSeedOf, Simulator, type Model, type RunState } from '@casus/engine';
import { bundledScenarios } from './bundled.js';
import { pairsInEpisode } from '../../packages/engine/src/run/attribution.js';
import { runs, validScenario } from './arbitrary-scenario.js';

/** What is wrong with the run's episodes now: a pair in an episode with an unsided actor, or a list that differs from the scan. */
function faults(s: RunState): string[] {
  const m = s.model;
  const out: string[] = [];
  for (let q = 0; q < s.pairEpisode.length; q++) {
    const e = s.pairEpisode[q]!;
    if (e < 0) continue;
    for (const a of [m.pairA[q]!, m.pairB[q]!]) {
      if (s.episodes.sideOf(e, a) === 0) out.push(`tick ${s.tick}: pair ${q} in episode ${e}, ${m.actors[a]!.id} on no side`);
    }
  }
  for (let e = 0; e < s.episodes.count; e++) {
    const scan: number[] = [];
    for (let q = 0; q < s.pairEpisode.length; q++) if (s.pairEpisode[q] === e) scan.push(q);
    const found = pairsInEpisode(s as Parameters<typeof pairsInEpisode>[0], e);
    if (found.join() !== scan.join()) out.push(`tick ${s.tick}: episode ${e} pairs ${found.join()} against ${scan.join()}`);
  }
  return out;
}

/** Steps each run tick by tick on both engines and collects the faults seen after each tick. */
function check(model: Model, master: number, runIndices: Iterable<number>, situation: string | undefined): string[] {
  const out: string[] = [];
  for (const engine of ['batch', 'reference'] as const) {
    const sim = new Simulator(model, { engine });
    for (const r of runIndices) {
      const s = sim.reset(master, r, { situation });
      out.push(...faults(s).map((f) => `${engine} run ${r} ${f}`));
      try {
        while (sim.step()) out.push(...faults(s).map((f) => `${engine} run ${r} ${f}`));
      } catch (err) {
        // A runaway cascade stops the run there, as Simulator.finish stops it.
        if (!(err instanceof Error && err.name === 'CascadeError')) throw err;
      }
      out.push(...faults(s).map((f) => `${engine} run ${r} ${f}`));
    }
  }
  return out;
}

describe('pairs in a war episode', () => {
  it('have both actors on a side of it, on random scenarios', () => {
    fc.assert(fc.property(validScenario(), fc.nat({ max: 2 ** 32 - 1 }), fc.boolean(), ({ scenario }, seed, useSituation) => {
      const situation = useSituation && 'crisis' in scenario.situations ? 'crisis' : undefined;
      expect(check(compile(scenario), seed, [0, 1, 2, 3], situation)).toEqual([]);
    }), { numRuns: runs(100) });
  });

  it('have both actors on a side of it, on every bundled scenario', () => {
    for (const { id, scenario, situations } of bundledScenarios()) {
      const model = compile(scenario);
      situations.forEach((situation, k) => {
        const from = 1000 * k;
        expect(check(model, masterSeedOf('episode-pairs'), Array.from({ length: 15 }, (_, i) => from + i), situation), `${id}${situation ? `/${situation}` : ''}`).toEqual([]);
      });
    }
  });
});
