// Invariant: the batch aggregates' interned causal-path key (batch/aggregates.ts `causalPathKey`)
// is the causal path of run/result.ts joined — on random scenarios and on korea-2024, whose paths
// pass through war episodes (the `episode:begun-by-…` step) — and the same path gives the same key
// run after run, whatever was interned before.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, loadScenario, masterSeedOf, PATH_SEPARATOR, Simulator, causalPath, type Model } from '@casus/engine';
import { resolveScenario, scenarioResolver } from '@casus/scenarios';
import { causalPathKey } from '../../packages/engine/src/batch/aggregates.js';
import { runs, validScenario } from './arbitrary-scenario.js';

/** Checks every outcome event of `n` runs; returns how many paths it compared. */
function check(model: Model, seed: number, from: number, n: number): number {
  const sim = new Simulator(model, { engine: 'batch' });
  let compared = 0;
  for (let r = from; r < from + n; r++) {
    const s = sim.run(seed, r);
    for (let i = 0; i < model.outcomes.length; i++) {
      const ev = s.outcomeEvent[i]!;
      if (s.outcomeTick[i]! < 0 || ev < 0) continue;
      expect(causalPathKey(s, ev)).toBe(causalPath(s, ev).join(PATH_SEPARATOR));
      compared++;
    }
  }
  return compared;
}

describe('interned causal paths', () => {
  it('equal the joined causal path on random scenarios', () => {
    fc.assert(fc.property(validScenario(), fc.nat({ max: 2 ** 32 - 1 }), ({ scenario }, seed) => {
      check(compile(scenario), seed, 0, 20);
    }), { numRuns: runs(60) });
  });

  it('equal the joined causal path on korea-2024, episodes included', () => {
    const found = resolveScenario('korea-2024')!;
    const loaded = loadScenario(found.text, { filename: 'korea-2024.yaml', resolve: scenarioResolver() });
    if (!loaded.ok) throw new Error('korea-2024 does not load');
    const model = compile(loaded.scenario);
    const compared = check(model, masterSeedOf(7), 0, 1500);
    // Enough paths to mean something, some through a judged casus of a war episode.
    expect(compared).toBeGreaterThan(1000);
    const sim = new Simulator(model, { engine: 'batch' });
    let episodic = 0;
    for (let r = 0; r < 1500; r++) {
      const s = sim.run(masterSeedOf(7), r);
      for (let i = 0; i < model.outcomes.length; i++) {
        const ev = s.outcomeEvent[i]!;
        if (ev >= 0 && causalPathKey(s, ev).includes('episode:begun-by-')) episodic++;
      }
    }
    expect(episodic).toBeGreaterThan(0);
  });
});
