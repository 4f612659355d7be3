// Invariant: the batch engine (compiled tables) and the reference engine (xstate's own transition) give identical runs — events with causes, outcomes, final state, and every random draw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { compile, loadScenario, masterSeedOf, simulate, Simulator, type Decider } from '@casus/engine';
import { bundledScenarios } from './bundled.js';
import { runs, validScenario } from './arbitrary-scenario.js';
import { comparable } from './engines-agree.js';

/** A person at the table: a deterministic choice from what is asked (or the model's, when it returns undefined). */
const player: Decider = (req) => {
  const h = (req.tick * 31 + req.key.length * 7 + req.chosen + req.kind.length) % (req.options.length + 1);
  return h === req.options.length ? undefined : h;
};

const seedArb = fc.oneof(fc.nat({ max: 2 ** 32 - 1 }), fc.string({ minLength: 1, maxLength: 8 }));
const runArb = fc.record({ seed: seedArb, runIndex: fc.oneof(fc.nat({ max: 50 }), fc.nat({ max: 2 ** 40 })), useSituation: fc.boolean(), play: fc.boolean() });

describe('batch and reference engines', () => {
  it('give identical full traces on random scenarios, seeds, run indices, situations and players', () => {
    fc.assert(fc.property(validScenario(), fc.array(runArb, { minLength: 1, maxLength: 3 }), ({ scenario }, specs) => {
      const model = compile(scenario);
      const batch = new Simulator(model, { engine: 'batch' });
      const reference = new Simulator(model, { engine: 'reference' });
      for (const { seed, runIndex, useSituation, play } of specs) {
        const situation = useSituation && 'crisis' in scenario.situations ? 'crisis' : undefined;
        const decider = play ? player : undefined;
        const opts = { seed, runIndex, trace: true, recordDraws: true, situation, decider } as const;
        const b = simulate(model, { ...opts, engine: 'batch' });
        const r = simulate(model, { ...opts, engine: 'reference' });
        expect(b.engine).toBe('batch');
        expect(r.engine).toBe('reference');
        expect(comparable(b)).toEqual(comparable(r));
        expect(b.draws).toBeGreaterThanOrEqual(0);

        // The draw logs themselves, (source, value) pair by pair, from Simulators reused across runs.
        const master = masterSeedOf(seed);
        const bLog = batch.run(master, runIndex, { situation, decider, recordDraws: true }).drawLog!.slice();
        const rLog = reference.run(master, runIndex, { situation, decider, recordDraws: true }).drawLog!.slice();
        expect(bLog).toEqual(rLog);
        expect(bLog.length / 2).toBe(b.draws);
      }
    }), { numRuns: runs(150) });
  });

  it('agree on the example scenarios, run after run', () => {
    for (const file of ['../../packages/engine/test/scenarios/two-states.yaml', '../../packages/scenarios/scenarios/tutorial.yaml']) {
      const loaded = loadScenario(readFileSync(new URL(file, import.meta.url), 'utf8'));
      if (!loaded.ok) throw new Error(`${file} does not load`);
      const situations = [undefined, ...Object.keys(loaded.scenario.situations)];
      for (let runIndex = 0; runIndex < 40; runIndex++) {
        const situation = situations[runIndex % situations.length];
        const opts = { seed: 'examples', runIndex, trace: true, recordDraws: true, situation } as const;
        expect(comparable(simulate(loaded.scenario, { ...opts, engine: 'batch' })), `${file} run ${runIndex}`)
          .toEqual(comparable(simulate(loaded.scenario, { ...opts, engine: 'reference' })));
      }
    }
  });
});

describe('the scenario compiler', () => {
  // Invariant: the batch engine gives the same runs compiled to code (compiler/) as interpreting
  // its tables, the fallback where code generation is not allowed.
  it('compiled and interpreted batch engines give identical draw logs and states on random scenarios', () => {
    fc.assert(fc.property(validScenario(), fc.array(runArb, { minLength: 1, maxLength: 3 }), ({ scenario }, specs) => {
      const model = compile(scenario);
      const compiled = new Simulator(model, { engine: 'batch' });
      const interpreted = new Simulator(model, { engine: 'batch', compiled: false });
      expect(compiled.state.program).toBeDefined();
      expect(interpreted.state.program).toBeUndefined();
      for (const { seed, runIndex, useSituation, play } of specs) {
        const situation = useSituation && 'crisis' in scenario.situations ? 'crisis' : undefined;
        const decider = play ? player : undefined;
        const master = masterSeedOf(seed);
        const a = compiled.run(master, runIndex, { situation, decider, recordDraws: true });
        const aLog = a.drawLog!.slice();
        const aEvents = a.events.map((e) => ({ ...e }));
        const aOutcomes = Array.from(a.outcomeTick);
        const b = interpreted.run(master, runIndex, { situation, decider, recordDraws: true });
        expect(b.drawLog).toEqual(aLog);
        expect(b.events).toEqual(aEvents);
        expect(Array.from(b.outcomeTick)).toEqual(aOutcomes);
      }
    }), { numRuns: runs(100) });
  });
});

describe('every bundled scenario', () => {
  // Invariant: on each shipped scenario the batch engine (compiled to code) and the reference
  // engine (xstate, interpreted) give identical whole traces, draws included.
  it('batch (compiled) and reference engines agree run after run', () => {
    for (const { id, scenario, situations } of bundledScenarios()) {
      const n = id === 'tutorial' ? 30 : 8;
      for (let runIndex = 0; runIndex < n; runIndex++) {
        const situation = situations[runIndex % situations.length];
        const opts = { seed: 'bundled', runIndex, trace: true, recordDraws: true, situation } as const;
        expect(comparable(simulate(scenario, { ...opts, engine: 'batch' })), `${id} run ${runIndex}`)
          .toEqual(comparable(simulate(scenario, { ...opts, engine: 'reference' })));
      }
    }
  });
});
