/**
 * The check the focused form properties share (forms-1-12, forms-1-13): a run of one scenario is
 * the same on the batch and the reference engine, and a run saved by one engine at any tick,
 * through JSON, and finished by the other ends as the uninterrupted run.
 */
import { expect } from 'vitest';
import { compile, masterSeedOf, simulate, simulateFrom, Simulator, validateScenarioData, type Model, type RunResult } from '@casus/engine';

/** A scenario given as data, loaded (its issues thrown, with their paths) and compiled. */
export function compileData(data: Record<string, unknown>): Model {
  const r = validateScenarioData(data);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return compile(r.scenario);
}

/** A run's result without the engine that produced it, for comparing the two. */
export function comparable(r: RunResult): Omit<RunResult, 'engine'> {
  const { engine: _engine, ...rest } = r;
  return rest;
}

/** Asserts both invariants for run `seed` of `situation`, the snapshot taken after tick `at`. */
export function expectEnginesAgree(model: Model, seed: number, at: number, situation: string): void {
  const opts = { seed, trace: true, recordDraws: true, situation } as const;
  expect(comparable(simulate(model, { ...opts, engine: 'batch' }))).toEqual(comparable(simulate(model, { ...opts, engine: 'reference' })));
  const sim = new Simulator(model, { engine: 'batch' });
  sim.reset(masterSeedOf(seed), 0, { situation });
  for (let t = 0; t < at && sim.step(); t++);
  const snap = JSON.parse(JSON.stringify(sim.snapshot()));
  const whole = simulate(model, { seed, trace: true, situation, engine: 'reference' });
  expect(comparable(simulateFrom(model, snap, { seed, trace: true, engine: 'reference' }))).toEqual(comparable(whole));
}
