import { runResult, type DecisionRequest, type Model, type RunResult, type RunState } from '@casus/engine';

/** A decision a played actor must take now, and which time in its tick it arises (its place). */
export interface PendingDecision {
  readonly request: DecisionRequest;
  readonly occurrence: number;
}

/** An invoked obligation whose response falls due at a later tick. */
export interface ResponseDue {
  /** Index into `result.final.obligations`. */
  readonly obligation: number;
  readonly tick: number;
}

/**
 * What a session shows at one moment, as plain data: the run so far (every event with its cause,
 * the state of relations, obligations, drafts and regimes), where it stands and what it waits for.
 * Built right after a replay, so it does not depend on the simulator that produced it.
 */
export interface Frame {
  /** Ticks completed. With a decision pending, the run is inside tick `position`. */
  readonly position: number;
  /** The run reached its horizon (or stopped with an error): nothing more to advance. */
  readonly ended: boolean;
  readonly pending: PendingDecision | undefined;
  /** `runResult` of the state so far, with its trace (`events`). */
  readonly result: RunResult;
  readonly responsesDue: readonly ResponseDue[];
  /** Parameter values in force for the next tick to be simulated. */
  readonly parameters: Readonly<Record<string, number>>;
}

/** Reads a frame off a simulator's state (position, pending decision, result, responses due). */
export function buildFrame(model: Model, state: RunState, seed: number | string, pending: PendingDecision | undefined, parameters: Readonly<Record<string, number>>): Frame {
  const responsesDue: ResponseDue[] = [];
  for (const item of state.queue.toArray()) {
    if (item.respond >= 0) responsesDue.push({ obligation: item.respond, tick: item.tick });
  }
  return {
    position: pending !== undefined ? state.tick : state.nextTick,
    ended: pending === undefined && state.status !== 'running',
    pending,
    result: runResult(model, state, seed, true),
    responsesDue,
    parameters,
  };
}
