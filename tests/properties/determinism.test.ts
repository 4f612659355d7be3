// Invariant: a run is a pure function of (scenario, seed, run index, situation): repeating it, or running it on a Simulator after any other runs (in any order, with or without situations, even after runs that stopped with an error), gives the identical result and draws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, masterSeedOf, runResult, simulate, Simulator, type EngineKind, type Model, type RunResult, type Scenario } from '@casus/engine';
import { runs, validScenario } from './arbitrary-scenario.js';

interface RunSpec { runIndex: number; situation: string | undefined }

/** A run on a fresh Simulator: the baseline nothing can have leaked into. */
function fresh(model: Model, seed: number | string, spec: RunSpec, engine: EngineKind, maxEventsPerTick: number): { result: RunResult; log: number[] } {
  const result = simulate(model, { seed, runIndex: spec.runIndex, situation: spec.situation, trace: true, recordDraws: true, engine, maxEventsPerTick });
  const log = new Simulator(model, { engine, maxEventsPerTick }).run(masterSeedOf(seed), spec.runIndex, { situation: spec.situation, recordDraws: true }).drawLog!.slice();
  return { result, log };
}

function onShared(sim: Simulator, seed: number | string, spec: RunSpec): { result: RunResult; log: number[] } {
  const state = sim.run(masterSeedOf(seed), spec.runIndex, { situation: spec.situation, recordDraws: true });
  return { result: runResult(sim.model, state, seed, true), log: state.drawLog!.slice() };
}

/** Adds a situation `probe` that injects a signal (always recorded) at a given tick. */
function withProbe(scenario: Scenario, at: number): Scenario {
  return {
    ...scenario,
    situations: { ...scenario.situations, probe: { title: 'probe', inject: [{ at, effect: [{ signal: { kind: 'probe-signal' } }] }] } },
  };
}

const seedArb = fc.oneof(fc.nat({ max: 2 ** 32 - 1 }), fc.string({ minLength: 1, maxLength: 6 }));

describe('determinism', () => {
  it('the same inputs give the same result, run twice', () => {
    fc.assert(fc.property(validScenario(), seedArb, fc.nat({ max: 1000 }), fc.constantFrom<EngineKind>('batch', 'reference'), ({ scenario }, seed, runIndex, engine) => {
      const situation = 'crisis' in scenario.situations ? 'crisis' : undefined;
      for (const sit of [undefined, situation]) {
        const opts = { seed, runIndex, situation: sit, trace: true, recordDraws: true, engine } as const;
        // Once from the scenario (compiled inside), once from a compiled model.
        expect(simulate(compile(scenario), opts)).toEqual(simulate(scenario, opts));
      }
    }), { numRuns: runs(40) });
  });

  it('run k on a reused Simulator equals run k alone, whatever ran before it and in whatever order', () => {
    const arb = validScenario().chain((v) => fc.record({
      v: fc.constant(v),
      seed: seedArb,
      engine: fc.constantFrom<EngineKind>('batch', 'reference'),
      // A low cascade bound makes some runs stop mid-tick with queued effects and pending decisions.
      maxEventsPerTick: fc.constantFrom(10_000, 10_000, 6),
      specs: fc.uniqueArray(fc.nat({ max: 30 }), { minLength: 2, maxLength: 6 }).chain((indices) => fc.tuple(
        ...indices.map((runIndex) => fc.boolean().map((s): RunSpec => ({ runIndex, situation: s && 'crisis' in v.scenario.situations ? 'crisis' : undefined }))),
      )),
      order: fc.nat(),
    }));
    fc.assert(fc.property(arb, ({ v, seed, engine, maxEventsPerTick, specs, order }) => {
      const model = compile(v.scenario);
      const baseline = specs.map((spec) => fresh(model, seed, spec, engine, maxEventsPerTick));
      const sim = new Simulator(model, { engine, maxEventsPerTick });
      // In order 0..k-1 ...
      specs.forEach((spec, k) => {
        const got = onShared(sim, seed, spec);
        expect(got.result, `run ${spec.runIndex} (in order)`).toEqual(baseline[k]!.result);
        expect(got.log, `draws of run ${spec.runIndex} (in order)`).toEqual(baseline[k]!.log);
      });
      // ... then reversed, then rotated, on the same Simulator.
      const rotated = specs.map((_, k) => (k + order) % specs.length);
      for (const k of [...specs.keys()].reverse().concat(rotated)) {
        const got = onShared(sim, seed, specs[k]!);
        expect(got.result, `run ${specs[k]!.runIndex} (reordered)`).toEqual(baseline[k]!.result);
        expect(got.log, `draws of run ${specs[k]!.runIndex} (reordered)`).toEqual(baseline[k]!.log);
      }
    }), { numRuns: runs(40) });
  });

  it('situation injects are deterministic and land at their tick with their cause', () => {
    fc.assert(fc.property(validScenario(), seedArb, fc.nat({ max: 100 }), fc.nat({ max: 9 }), ({ scenario }, seed, runIndex, at) => {
      const s = withProbe(scenario, at);
      const model = compile(s);
      const a = simulate(model, { seed, runIndex, situation: 'probe', trace: true, recordDraws: true });
      const b = simulate(model, { seed, runIndex, situation: 'probe', trace: true, recordDraws: true, engine: 'reference' });
      expect(a).toEqual({ ...b, engine: 'batch' });
      if (a.status !== 'ok') return;
      const injected = a.events!.filter((e) => e.cause === 'inject:probe#0');
      expect(injected).toHaveLength(1);
      expect(injected[0]).toMatchObject({ tick: at, kind: 'signal', detail: 'probe-signal', parent: null });
      // On a Simulator that ran the same run without the situation first, the result is unchanged.
      const sim = new Simulator(model);
      sim.run(masterSeedOf(seed), runIndex);
      expect(runResult(model, sim.run(masterSeedOf(seed), runIndex, { situation: 'probe', recordDraws: true }), seed, true)).toEqual(a);
    }), { numRuns: runs(40) });
  });
});
