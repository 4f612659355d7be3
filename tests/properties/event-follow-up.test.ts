// Invariant: the follow-up generated for each compiled effect of a scenario (its event's kind,
// detail and known actors decided when the code is generated, and outcomes left out when the event
// changes nothing they read) marks every outcome at the same tick and event, counts the same
// `happened` counters, counts the same ticks for the `ticks` metrics (read at the end of a tick in
// the generated run loop and in Simulator.step) and collects the same decisions as the engine
// interpreting its tables.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, masterSeedOf, Simulator, type Model } from '@casus/engine';
import { bundledScenarios } from './bundled.js';
import { runs, validScenario } from './arbitrary-scenario.js';

/** Runs `runIndices` on the compiled and the interpreted batch engine and compares what outcomes and counters saw. */
function agree(model: Model, master: number, runIndices: Iterable<number>, situation: string | undefined, label: string): void {
  const compiled = new Simulator(model, { engine: 'batch' });
  const interpreted = new Simulator(model, { engine: 'batch', compiled: false });
  for (const runIndex of runIndices) {
    const a = compiled.run(master, runIndex, { situation });
    const seen = { status: a.status, ticks: Array.from(a.outcomeTick), events: Array.from(a.outcomeEvent), counters: Array.from(a.counters), metricTicks: Array.from(a.metricTicks), n: a.events.length };
    const b = interpreted.run(master, runIndex, { situation });
    expect({ status: b.status, ticks: Array.from(b.outcomeTick), events: Array.from(b.outcomeEvent), counters: Array.from(b.counters), metricTicks: Array.from(b.metricTicks), n: b.events.length }, `${label} run ${runIndex}`).toEqual(seen);
  }
}

describe('the follow-up of a compiled effect', () => {
  it('marks outcomes at the same event as the interpreted engine on random scenarios', () => {
    fc.assert(fc.property(validScenario(), fc.nat({ max: 2 ** 32 - 1 }), fc.boolean(), ({ scenario }, seed, useSituation) => {
      const situation = useSituation && 'crisis' in scenario.situations ? 'crisis' : undefined;
      agree(compile(scenario), seed, [0, 1, 2, 3, 4, 5], situation, scenario.id);
    }), { numRuns: runs(120) });
  });

  it('marks outcomes at the same event as the interpreted engine on every bundled scenario', () => {
    for (const { id, scenario, situations } of bundledScenarios()) {
      const model = compile(scenario);
      situations.forEach((situation, k) => {
        const from = 1000 * k;
        agree(model, masterSeedOf('follow-up'), Array.from({ length: id === 'tutorial' ? 200 : 60 }, (_, i) => from + i), situation, `${id}${situation ? `/${situation}` : ''}`);
      });
    }
  });
});
