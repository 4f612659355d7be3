import { compile, resolveParameters, Simulator, type Decider, type DecisionRequest, type EngineKind, type Inject, type Model, type Scenario } from '@casus/engine';

/**
 * Thrown by a session's decider when a played actor must decide and no answer is recorded: the
 * replay stops there and the session asks the person. The engine has already drawn the model's own
 * choice, so asking never shifts anyone's random numbers.
 */
export class AwaitDecision extends Error {
  constructor(readonly request: DecisionRequest, readonly occurrence: number) {
    super(`${request.actor} must decide ${request.key} at tick ${request.tick}`);
    this.name = 'AwaitDecision';
  }
}

/** Thrown by a decider to end a replay where it stands (not an error of the run). */
export class StopReplay extends Error {
  constructor() {
    super('replay stopped');
    this.name = 'StopReplay';
  }
}

/** Where a decision arises in a run: its tick, the deciding actor, its source key, and which time in that tick. */
export interface DecisionPlace {
  readonly tick: number;
  readonly actor: string;
  readonly key: string;
  readonly occurrence: number;
}

/** The map key of a decision's place. */
export function placeKey(p: DecisionPlace): string {
  return `${p.tick}\u0000${p.actor}\u0000${p.key}\u0000${p.occurrence}`;
}

/** A parameter change, in force from `tick` on. */
export interface Change {
  readonly tick: number;
  readonly name: string;
  readonly value: number;
}

/** Everything people did to a run: answers (by place), white-cell injects and parameter changes. */
export interface Course {
  /** Option id chosen, by {@link placeKey}. */
  readonly answers: ReadonlyMap<string, string>;
  readonly injects: readonly Inject[];
  /** In the order they were made (a later change of the same name and tick wins). */
  readonly changes: readonly Change[];
}

/** How a replay treats a played actor's decision that has no recorded answer. */
export type Unanswered = 'stop' | 'model';

/**
 * A decider that gives the recorded answers of the played actors and, for a decision without
 * one, stops the run (`stop`, by throwing {@link AwaitDecision}) or leaves it to the model
 * (`model`). A decision with a single option is never asked. One decider per replay: it counts
 * the occurrences of each (tick, actor, key) as the run meets them.
 */
export function answeringDecider(course: Course, played: ReadonlySet<string>, unanswered: Unanswered, observe?: (request: DecisionRequest, occurrence: number, answer: string | undefined) => void): Decider {
  const seen = new Map<string, number>();
  return (request) => {
    if (!played.has(request.actor) || request.options.length < 2) return undefined;
    const base = `${request.tick}\u0000${request.actor}\u0000${request.key}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const answer = course.answers.get(placeKey({ tick: request.tick, actor: request.actor, key: request.key, occurrence }));
    observe?.(request, occurrence, answer);
    if (answer !== undefined) {
      const index = request.options.indexOf(answer);
      if (index < 0) {
        throw new Error(`the recorded answer "${answer}" of ${request.actor} to ${request.key} at tick ${request.tick} is not one of its options (${request.options.join(', ')}); the session does not fit this scenario`);
      }
      return index;
    }
    if (unanswered === 'model') return undefined;
    throw new AwaitDecision(request, occurrence);
  };
}

/**
 * Compiled models and their simulators, one per set of parameter values in force, so re-simulating
 * a session from tick 0 after every action costs only the stepping.
 */
export class Worlds {
  private readonly models = new Map<string, Model>();
  private readonly simulators = new Map<string, Simulator>();

  constructor(readonly scenario: Scenario, readonly base: Readonly<Record<string, number>>) {}

  /** The overrides in force at `tick`: the base ones, then every change made from a tick ≤ `tick`, in order. */
  overridesAt(changes: readonly Change[], tick: number): Record<string, number> {
    const out: Record<string, number> = { ...this.base };
    for (const c of changes) if (c.tick <= tick) out[c.name] = c.value;
    return out;
  }

  model(overrides: Readonly<Record<string, number>>): Model {
    const key = overridesKey(overrides);
    let m = this.models.get(key);
    if (m === undefined) {
      m = compile(this.scenario, resolveParameters(this.scenario, overrides));
      this.models.set(key, m);
    }
    return m;
  }

  simulator(engine: EngineKind, overrides: Readonly<Record<string, number>>): Simulator {
    const key = `${engine}\u0000${overridesKey(overrides)}`;
    let sim = this.simulators.get(key);
    if (sim === undefined) {
      sim = new Simulator(this.model(overrides), { engine });
      this.simulators.set(key, sim);
    }
    return sim;
  }
}

function overridesKey(overrides: Readonly<Record<string, number>>): string {
  return JSON.stringify(Object.keys(overrides).sort().map((k) => [k, overrides[k]]));
}

/** The run a session identifies: master seed (already hashed), run index, situation. */
export interface RunIdentity {
  readonly master: number;
  readonly runIndex: number;
  readonly situation: string | undefined;
}

/** Where a replay got to: the simulator holding the state (owned by {@link Worlds}; read it before the next replay), and the decision it stopped at. */
export interface Replayed {
  readonly sim: Simulator;
  readonly pending: AwaitDecision | undefined;
}

/**
 * Re-simulates a run from tick 0 until `until` ticks are done, the run ends, or a played actor
 * must take a decision that has no recorded answer (with `unanswered: 'stop'`).
 */
export function replay(worlds: Worlds, engine: EngineKind, id: RunIdentity, course: Course, played: ReadonlySet<string>, until: number, unanswered: Unanswered): Replayed {
  const decider = answeringDecider(course, played, unanswered);
  const sim = worlds.simulator(engine, worlds.overridesAt(course.changes, 0));
  sim.reset(id.master, id.runIndex, { situation: id.situation, decider, injects: course.injects });
  return stepUntil(worlds, engine, sim, course, until, decider);
}

/**
 * Steps a simulator until `until` ticks are done (or the run ends, or a decision is awaited).
 * Before a tick from which a parameter changes, the run is saved and restored into the model
 * compiled with the new values: same state, same random streams, other judgments from here on.
 */
export function stepUntil(worlds: Worlds, engine: EngineKind, start: Simulator, course: Pick<Course, 'injects' | 'changes'>, until: number, decider: Decider | undefined): Replayed {
  let sim = start;
  while (sim.state.status === 'running' && sim.state.nextTick < until) {
    const t = sim.state.nextTick;
    if (t > 0 && course.changes.some((c) => c.tick === t)) {
      const next = worlds.simulator(engine, worlds.overridesAt(course.changes, t));
      if (next !== sim) {
        next.restore(sim.snapshot(), { decider, injects: course.injects });
        sim = next;
      }
    }
    try {
      sim.step();
    } catch (error) {
      if (error instanceof AwaitDecision) return { sim, pending: error };
      if (error instanceof StopReplay) return { sim, pending: undefined };
      // As Simulator.finish does: a runaway cascade ends the run with its message.
      sim.state.status = 'error';
      sim.state.error = error instanceof Error ? error.message : String(error);
    }
  }
  return { sim, pending: undefined };
}

/** A played actor's decision in the round a session waits on, with its recorded answer if it has one. */
export interface OpenDecision {
  readonly request: DecisionRequest;
  readonly occurrence: number;
  /** The option already given (it takes effect with the rest of the round), or undefined. */
  readonly answer: string | undefined;
}

/**
 * Every played actor's decision of the round that `pending` (the first unanswered one) belongs to,
 * answered or not, in the order the engine takes them. All of a round's decisions are chosen on
 * the same state before any is applied (DecisionRequest.round), so they can be asked at once and
 * answered in any order; decisions of a later round of the tick can only be known once this one
 * is complete. Found by replaying to the end of the round with the model standing in for the
 * missing answers; the replay is stopped before anything of a later round is asked.
 */
export function openRound(worlds: Worlds, engine: EngineKind, id: RunIdentity, course: Course, played: ReadonlySet<string>, pending: AwaitDecision): OpenDecision[] {
  const { tick, round } = pending.request;
  const found: OpenDecision[] = [];
  const inner = answeringDecider(course, played, 'model', (request, occurrence, answer) => {
    if (request.tick === tick && request.round === round) found.push({ request, occurrence, answer });
  });
  const decider: Decider = (request) => {
    if (request.tick > tick || (request.tick === tick && request.round > round)) throw new StopReplay();
    return inner(request);
  };
  const sim = worlds.simulator(engine, worlds.overridesAt(course.changes, 0));
  sim.reset(id.master, id.runIndex, { situation: id.situation, decider, injects: course.injects });
  stepUntil(worlds, engine, sim, course, tick + 1, decider);
  return found;
}
