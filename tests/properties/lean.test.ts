// Invariant: a lean run — a plain batch's, where an event nothing takes notice of is counted, not
// recorded — gives what a run that records every event gives: the same outcomes, final state,
// random draws, batch aggregates, per-run records and runaway-cascade errors, on random scenarios
// and on every bundled one. (The whole-trace properties of differential.test.ts run the other way:
// a traced run records every event.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, masterSeedOf, Simulator, type RunState } from '@casus/engine';
import { accumulate, canonicalAggregates, emptyAggregates, runRecord } from '@casus/engine/batch';
import { bundledScenarios } from './bundled.js';
import { runs, validScenario } from './arbitrary-scenario.js';

/** What a batch reads of a finished run, and its draws. */
function seen(s: RunState): unknown {
  return {
    status: s.status, error: s.error, outcomeTick: Array.from(s.outcomeTick), rung: Array.from(s.rung), vars: Array.from(s.vars),
    peak: Array.from(s.peak), counters: Array.from(s.counters), draws: s.drawLog!.slice(),
    record: runRecord(s.model, s, s.runIndex, 'lean', -1, {}),
  };
}

const seedArb = fc.oneof(fc.nat({ max: 2 ** 32 - 1 }), fc.string({ minLength: 1, maxLength: 8 }));
const runArb = fc.record({ seed: seedArb, runIndex: fc.nat({ max: 10_000 }), useSituation: fc.boolean() });

describe('lean runs', () => {
  it('read as runs that record every event, on random scenarios, with and without a runaway cascade', () => {
    let unrecorded = 0;
    let cascades = 0;
    fc.assert(fc.property(validScenario(), fc.array(runArb, { minLength: 1, maxLength: 4 }), fc.constantFrom(1_000_000, 2, 3, 5), ({ scenario }, specs, bound) => {
      const model = compile(scenario);
      const lean = new Simulator(model, { maxEventsPerTick: bound });
      const full = new Simulator(model, { maxEventsPerTick: bound });
      const aggLean = emptyAggregates(model);
      const aggFull = emptyAggregates(model);
      for (const { seed, runIndex, useSituation } of specs) {
        const situation = useSituation && 'crisis' in scenario.situations ? 'crisis' : undefined;
        const master = masterSeedOf(seed);
        const a = lean.run(master, runIndex, { situation, lean: true, recordDraws: true });
        unrecorded += a.unrecorded;
        if (a.status === 'error') cascades++;
        const aSeen = seen(a);
        accumulate(aggLean, model, a);
        const b = full.run(master, runIndex, { situation, recordDraws: true });
        expect(b.unrecorded).toBe(0);
        expect(seen(b)).toEqual(aSeen);
        accumulate(aggFull, model, b);
      }
      expect(JSON.stringify(canonicalAggregates(aggLean))).toBe(JSON.stringify(canonicalAggregates(aggFull)));
    }), { numRuns: runs(150) });
    // Not vacuous: events went unrecorded, and runs stopped as runaway cascades, in these scenarios.
    expect(unrecorded).toBeGreaterThan(0);
    expect(cascades).toBeGreaterThan(0);
  });

  it('read as runs that record every event, on every bundled scenario and situation', () => {
    for (const { id, scenario, situations } of bundledScenarios()) {
      const model = compile(scenario);
      const lean = new Simulator(model);
      const full = new Simulator(model);
      const aggLean = emptyAggregates(model);
      const aggFull = emptyAggregates(model);
      let unrecorded = 0;
      const n = id === 'tutorial' ? 200 : 40;
      for (let runIndex = 0; runIndex < n; runIndex++) {
        const situation = situations[runIndex % situations.length];
        const master = masterSeedOf(2026);
        const a = lean.run(master, runIndex, { situation, lean: true, recordDraws: true });
        unrecorded += a.unrecorded;
        const aSeen = seen(a);
        accumulate(aggLean, model, a);
        const b = full.run(master, runIndex, { situation, recordDraws: true });
        expect(seen(b), `${id} run ${runIndex}`).toEqual(aSeen);
        accumulate(aggFull, model, b);
      }
      expect(JSON.stringify(canonicalAggregates(aggLean)), id).toBe(JSON.stringify(canonicalAggregates(aggFull)));
      if (id === 'korea-2024') expect(unrecorded / n).toBeGreaterThan(10);
    }
  });
});
