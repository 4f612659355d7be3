// A trigger clock restarted inside a tick already begun (a run saved within a round of decisions,
// then reseeded, or restored into a model with another bound) starts its candidates at the next
// tick: the current tick's triggers have been looked at and its calendar words cleared, so a
// candidate placed there would silence the trigger for the rest of the run.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile, resolveParameters } from '../model/compile.js';

import { masterSeedOf } from '../rng/hash.js';
import { Simulator, type SimulatorOptions } from './simulator.js';
import { simulateFrom } from './simulate.js';
import type { PendingDecision } from './state.js';
import type { RunSnapshot } from './snapshot.js';
import { firstTickNotBegun } from './trigger-clock.js';

// A strike at tick 3 puts a decision to A (a round inside tick 3). `ping` has a hazard of
// 1 − e^−5 a week: its bound is raised to 1, a candidate every tick, so it fires nearly every tick.
// `rare` (hazard ≈ 0.26, geometric waits) has a bound below one half.
const YAML = `
version: "1.0"
id: clock-restart
title: A clock restarted inside a tick
clock: { start: 2025-01-06, tick: week, horizon: 30 }
parameters:
  ping_rate: { value: 5, basis: judgment, rationale: test }
actors: { A: { name: A }, B: { name: B } }
relations: [{ between: [A, B], rung: tension }]
doctrine:
  A:
    - id: answer
      on: { event: armedAttack, by: B, on: $self, minIntensity: 4 }
      options:
        - { id: protest, weight: 1, effect: { signal: { kind: protest, by: $self, on: $actor } } }
        - { id: ignore, weight: 1 }
triggers:
  - { id: strike, at: [3], effect: { armedAttack: { by: B, on: A, intensity: 4 } } }
  - { id: ping, rate: { per: week, value: ping_rate }, effect: { signal: { kind: ping, by: A } } }
  - { id: rare, rate: { per: week, value: 0.3 }, effect: { signal: { kind: rare, by: B } } }
outcomes:
  pinged_late: { when: { happened: { event: signal, kind: ping, atLeast: 20 } } }
`;
const loaded = loadScenario(YAML, { filename: 'clock-restart.yaml' });
if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('; '));
const scenario = loaded.scenario;
const model = compile(scenario);

const ENGINES: [string, SimulatorOptions][] = [
  ['batch, compiled', {}],
  ['batch, interpreted', { compiled: false }],
  ['reference', { engine: 'reference' }],
];

/** Runs run `run` and saves it inside its first round of decisions (tick 3), with the round. */
function saveInRound(options: SimulatorOptions, run: number): { snap: RunSnapshot; round: PendingDecision[]; choices: unknown[] } {
  const sim = new Simulator(model, options);
  sim.reset(masterSeedOf(7), run);
  let saved: { snap: RunSnapshot; round: PendingDecision[]; choices: unknown[] } | undefined;
  sim.state.roundHook = (round, choices) => {
    saved ??= { snap: sim.snapshot(), round: [...round], choices: [...choices] };
  };
  sim.finish();
  if (saved === undefined) throw new Error('no round of decisions');
  expect(saved.snap.tick).toBe(3);
  expect(saved.snap.phase).toBe(1);
  return saved;
}

/** Ticks at which trigger `id` fired in the state's events. */
function firings(sim: Simulator, id: string): number[] {
  return sim.state.events.filter((e) => e.cause === `trigger:${id}` && e.parent < 0).map((e) => e.tick);
}

describe('a trigger clock restarted inside a tick', () => {
  it('is the next tick inside a tick, nextTick between ticks', () => {
    const sim = new Simulator(model);
    sim.reset(1, 0);
    expect(firstTickNotBegun(sim.state)).toBe(0);
    sim.step();
    expect(firstTickNotBegun(sim.state)).toBe(1);
    const { snap } = saveInRound({}, 0);
    sim.restore(snap);
    expect(firstTickNotBegun(sim.state)).toBe(4);
  });

  for (const [name, options] of ENGINES) {
    it(`reseeded inside a round, keeps firing after the tick (${name})`, () => {
      const { snap, round, choices } = saveInRound(options, 0);
      for (let k = 1; k <= 5; k++) {
        const sim = new Simulator(model, options);
        sim.restore(snap);
        sim.reseed(masterSeedOf(7), k);
        sim.finishFromRound(round, choices);
        expect(sim.state.status).toBe('done');
        // A candidate every tick with hazard 0.993: ticks 4 … 30 all but fire. Without the fix the
        // clock's first candidate fell on tick 3, already looked at, and `ping` never fired again.
        expect(firings(sim, 'ping').filter((t) => t > 3).length).toBeGreaterThan(20);
      }
    });
  }

  it('reseeded inside a round, every engine continues alike (the rare trigger included)', () => {
    const results = ENGINES.map(([, options]) => {
      const { snap, round, choices } = saveInRound(options, 2);
      const out: string[] = [];
      for (let k = 1; k <= 40; k++) {
        const sim = new Simulator(model, options);
        sim.restore(snap);
        sim.reseed(masterSeedOf(9), k);
        sim.finishFromRound(round, choices);
        out.push(`${firings(sim, 'ping').join(',')}|${firings(sim, 'rare').join(',')}`);
      }
      return out;
    });
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    // Over 40 continuations the rare trigger (q ≈ 0.26) has its first candidate at tick 4 in some:
    // placed on tick 3 before the fix, it would never have fired in those.
    expect(results[0]!.some((r) => r.split('|')[1]!.split(',').includes('4'))).toBe(true);
  });

  it('a run saved inside a round is not stepped on (that would begin its tick again): it ends with an error saying so', () => {
    for (const [, options] of ENGINES) {
      const { snap } = saveInRound(options, 0);
      const sim = new Simulator(model, options);
      sim.restore(snap);
      expect(() => sim.step()).toThrow(/inside a round of decisions.*finishFromRound/);
      const r = simulateFrom(model, snap, { engine: options.engine ?? 'batch', reseed: { seed: 7, runIndex: 1 } });
      expect(r.status).toBe('error');
      expect(r.error).toMatch(/finishFromRound/);
    }
  });

  it('a run stopped by an error inside a tick leaves nothing to the next run of the simulator', () => {
    for (const [, options] of ENGINES) {
      // One event a tick at most: a runaway at the first tick with two events.
      const sim = new Simulator(model, { ...options, maxEventsPerTick: 1 });
      expect(sim.run(7, 0).status).toBe('error');
      expect(sim.state.phase).not.toBe(0);
      sim.reset(7, 1);
      expect(sim.state.phase).toBe(0);
      sim.finish();
      expect(sim.state.error ?? '').not.toMatch(/inside a round/);
      expect(sim.state.tick).toBeGreaterThan(0);
    }
  });

  it('restored inside a round into a model with another bound, keeps firing (every engine)', () => {
    // ping_rate 0.5 a week: hazard ≈ 0.39, a bound below one half, so the clock restarts on restore.
    const slower = compile(scenario, resolveParameters(scenario, { ping_rate: 0.5 }));
    for (const [, options] of ENGINES) {
      for (let k = 0; k < 10; k++) {
        const { snap, round, choices } = saveInRound(options, k);
        const sim = new Simulator(slower, options);
        sim.restore(snap);
        sim.finishFromRound(round, choices);
        // Hazard 0.39 over ticks 4 … 30: silent in a continuation with probability 0.61^27 ≈ 2e-6.
        // Before the fix a first wait of 0 (probability 0.39) put the candidate on tick 3, and
        // the trigger never fired again.
        expect(firings(sim, 'ping').filter((t) => t > 3).length).toBeGreaterThan(0);
      }
    }
  });
});
