import type { Scenario } from '../schema/scenario.js';
import type { Model } from '../model/model.js';
import { compile, resolveParameters } from '../model/compile.js';
import { masterSeedOf } from '../rng/hash.js';
import { Simulator, type EngineKind, type Inject } from './simulator.js';
import type { RunSnapshot } from './snapshot.js';
import type { Decider } from './decision.js';
import { runResult, type RunResult } from './result.js';

export interface SimulateOptions {
  /** Master seed of the batch this run belongs to: a number in [0, 2^32) or any string. */
  readonly seed: number | string;
  /** Index of the run within the batch (default 0). */
  readonly runIndex?: number;
  /** Parameter overrides by name (when given a scenario rather than a compiled model). */
  readonly parameters?: Readonly<Record<string, number>>;
  /** Include every event, with its cause and a sentence, in the result. */
  readonly trace?: boolean;
  readonly engine?: EngineKind;
  /** Start from a named situation of the scenario. */
  readonly situation?: string;
  /** Take some decisions in place of the model (a seminar player). */
  readonly decider?: Decider;
  /** Count every random draw (the count is in `draws`; the differential tests compare them). */
  readonly recordDraws?: boolean;
  readonly maxEventsPerTick?: number;
  /** Events injected by hand at given ticks (a seminar's white cell). */
  readonly injects?: readonly Inject[];
}

function isModel(x: Scenario | Model): x is Model {
  return (x as Model).obligations !== undefined && (x as Model).scenario !== undefined;
}

/**
 * Runs one seeded run. A pure function: the same scenario, parameters, seed and run index give the
 * same result and trace on any machine, in any JavaScript engine.
 *
 * @example
 * const loaded = loadScenario(text, { filename: 'tutorial.yaml' });
 * if (loaded.ok) {
 *   const run = simulate(loaded.scenario, { seed: 42, runIndex: 7, trace: true });
 *   console.log(run.outcomes, run.events?.map((e) => e.text));
 * }
 */
export function simulate(input: Scenario | Model, options: SimulateOptions): RunResult {
  const model = isModel(input) ? input : compile(input, resolveParameters(input, options.parameters));
  const sim = new Simulator(model, {
    engine: options.engine ?? 'batch',
    ...(options.maxEventsPerTick !== undefined ? { maxEventsPerTick: options.maxEventsPerTick } : {}),
  });
  const s = sim.run(masterSeedOf(options.seed), options.runIndex ?? 0, {
    situation: options.situation, decider: options.decider, recordDraws: options.recordDraws, injects: options.injects,
  });
  return runResult(model, s, options.seed, options.trace ?? false);
}

/**
 * Continues a run saved with `Simulator.snapshot()` to the horizon. With `reseed`, the rest of the
 * run draws new luck as run `reseed.runIndex` would (for the odds from a given state); without it,
 * it continues exactly as the saved run would have.
 */
export function simulateFrom(model: Model, snapshot: RunSnapshot, options: Omit<SimulateOptions, 'seed' | 'runIndex' | 'situation' | 'parameters'> & { seed?: number | string; reseed?: { seed: number | string; runIndex: number } } = {}): RunResult {
  const sim = new Simulator(model, { engine: options.engine ?? 'batch', ...(options.maxEventsPerTick !== undefined ? { maxEventsPerTick: options.maxEventsPerTick } : {}) });
  sim.restore(snapshot, { decider: options.decider, recordDraws: options.recordDraws, injects: options.injects });
  if (options.reseed) sim.reseed(masterSeedOf(options.reseed.seed), options.reseed.runIndex);
  const s = sim.finish();
  return runResult(model, s, options.reseed?.seed ?? options.seed ?? snapshot.masterSeed, options.trace ?? false);
}
