import { compile, masterSeedOf, resolveParameters, runResult, Simulator, type Model, type RunResult, type RunState } from '@casus/engine';
import type { RunRequest } from './run-request.js';

/** A run that ended with status `error` (a cascade past the per-tick bound): exit code 3 (docs/errors.md). */
export const EXIT_RUN_STOPPED = 3;

/** One replayed run: the compiled model, the final state (with every event) and the plain result. */
export interface ReplayedRun {
  readonly model: Model;
  readonly state: RunState;
  /** Exactly what `simulate(scenario, { …, trace: true })` returns for the same request. */
  readonly result: RunResult;
}

/**
 * Runs one seeded run, keeping the model and state beside the result so the story can show
 * details the plain trace folds into text (Council votes, rungs before and after).
 */
export function replayRun(req: RunRequest): ReplayedRun {
  const model = compile(req.scenario, resolveParameters(req.scenario, req.parameters));
  const sim = new Simulator(model, { engine: req.engine });
  const state = sim.run(masterSeedOf(req.seed), req.runIndex, { situation: req.situation });
  return { model, state, result: runResult(model, state, req.seed, true) };
}
