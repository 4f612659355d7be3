import type { Num } from '../schema/primitives.js';
import type { CounterInfo } from './model.js';

/** What condition and weight compilation needs to know: ids → indices, parameter values, counters. */
export interface CompileContext {
  readonly actorIndex: ReadonlyMap<string, number>;
  readonly rungIndex: ReadonlyMap<string, number>;
  readonly variableIndex: ReadonlyMap<string, number>;
  readonly pactIndex: ReadonlyMap<string, number>;
  readonly regimeIndex: ReadonlyMap<string, number>;
  readonly outcomeIndex: ReadonlyMap<string, number>;
  /** Obligation instances by `pact` index, with their obligation id and obligated actor. */
  readonly obligationsOfPact: readonly (readonly { index: number; id: string; obligated: number }[])[];
  readonly pairOf: Int32Array;
  readonly nActors: number;
  readonly counters: CounterInfo[];
  readonly value: (n: Num) => number;
  /** The actor the compiled expression belongs to, when known at compile time (doctrine owner). */
  readonly owner: number;
}

/** Thrown for scenario mistakes the loader's rules should have caught; carries the id at fault. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
}

export const ROLE_SELF = -2;
export const ROLE_ACTOR = -3;
export const ROLE_TARGET = -4;

/** An actor reference as an index, or a role code resolved when the expression runs. */
export function actorRef(ctx: CompileContext, ref: string): number {
  if (ref === '$self') return ctx.owner >= 0 ? ctx.owner : ROLE_SELF;
  if (ref === '$actor') return ROLE_ACTOR;
  if (ref === '$target') return ROLE_TARGET;
  const i = ctx.actorIndex.get(ref);
  if (i === undefined) throw new ModelError(`unknown actor "${ref}"`);
  return i;
}

/** Resolves a compiled actor reference against the role bindings of one evaluation. */
export function bindActor(ref: number, self: number, actor: number, target: number): number {
  return ref >= 0 ? ref : ref === ROLE_SELF ? self : ref === ROLE_ACTOR ? actor : ref === ROLE_TARGET ? target : -1;
}

export function lookup(map: ReadonlyMap<string, number>, id: string, what: string): number {
  const i = map.get(id);
  if (i === undefined) throw new ModelError(`unknown ${what} "${id}"`);
  return i;
}
