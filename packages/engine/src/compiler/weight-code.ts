/**
 * Weights (trigger scales, doctrine option weights) as JavaScript expressions over the run state
 * `s` and the role bindings, for the compiled batch engine. The expression performs the same
 * floating-point operations in the same order as the closure of model/weights.ts — the intercept,
 * then each term added in turn, then the logistic or the clamp — so the two give identical numbers,
 * bit for bit. A weight with a term the generator does not cover (a condition it cannot write as
 * code) returns undefined, and the caller keeps the closure, which stays the definition.
 *
 * @module
 */
import type { Model } from '../model/model.js';
import type { Weight, Term } from '../schema/weight.js';
import type { Num } from '../schema/primitives.js';
import { WAR_NONE } from '../model/model.js';
import { actorCode, CONDITION_HELPERS, conditionCode, LITERAL, type ConditionRoles } from './condition-code.js';
import { idx, num } from './code.js';
import { exp } from '../rng/math.js';
import type { RunState } from '../run/state.js';

/**
 * The expressions the role references stand for where the weight is evaluated: `self` is the
 * doctrine's owner (a literal) or `-1` for a trigger; `actor` and `target` a parameter name or `-1`.
 */
export type Roles = ConditionRoles;

/** A trigger's scale is read with no role bound. */
export const NO_ROLES: Roles = { self: '-1', actor: '-1', target: '-1' };

/**
 * The expression for weight `w`, or undefined. `lit` writes a value of the model (a coefficient
 * that may be a parameter) as a slot read (compiler/code.ts); the helpers `H.exp` (the engine's
 * own exponential), `H.pairTerm` and `H.postureTerm` must be in scope.
 */
export function weightCode(w: Weight, m: Model, roles: Roles, lit: (x: number) => string): string | undefined {
  const value = (n: Num): number => {
    if (typeof n === 'number') return n;
    const v = m.parameters[n.param];
    if (v === undefined) throw new Error(`unknown parameter "${n.param}"`);
    return v;
  };
  if (typeof w === 'number' || 'param' in w) return lit(value(w as Num));
  const actor = (ref: string): string | undefined => actorCode(ref, m, roles);
  const term = (t: Term): string | undefined => {
    const coef = lit(value(t.coef));
    if (t.variable !== undefined) {
      const v = m.variableIndex.get(t.variable);
      return v === undefined ? undefined : `${coef} * s.vars[${idx(v)}]`;
    }
    if (t.rung || t.war) {
      const pair = (t.rung ?? t.war)!;
      const a = actor(pair[0]);
      const b = actor(pair[1]);
      if (a === undefined || b === undefined) return undefined;
      const isWar = t.war !== undefined;
      // Two named actors: the pair is known now; otherwise the helper binds it as the closure does.
      if (LITERAL.test(a) && LITERAL.test(b)) {
        if (a === b) return '0';
        const p = idx(m.pairOf[Number(a) * m.actors.length + Number(b)]!);
        return isWar ? `${coef} * (s.machine.relation[${p}] !== ${num(WAR_NONE)} ? 1 : 0)` : `${coef} * s.rung[${p}]`;
      }
      return `H.pairTerm(s, ${coef}, ${a}, ${b}, ${isWar ? 'true' : 'false'})`;
    }
    if (t.posture !== undefined) {
      const a = actor(t.posture);
      return a === undefined ? undefined : `H.postureTerm(s, ${coef}, ${a})`;
    }
    const cond = conditionCode(t.condition!, m, lit, roles);
    return cond === undefined ? undefined : `(${cond} ? ${coef} : 0)`;
  };
  const linear = (intercept: Num, terms: readonly Term[]): string | undefined => {
    let x = lit(value(intercept));
    for (const t of terms) {
      const code = term(t);
      if (code === undefined) return undefined;
      x = `(${x} + ${code})`;
    }
    return x;
  };
  if ('logistic' in w && w.logistic) {
    const lin = linear(w.logistic.intercept, w.logistic.terms);
    return lin === undefined ? undefined : `(1 / (1 + H.exp(-${lin})))`;
  }
  const spec = (w as { linear: { intercept: Num; terms: Term[]; min?: number | undefined; max?: number | undefined } }).linear;
  const lin = linear(spec.intercept, spec.terms);
  return lin === undefined ? undefined : `Math.min(${num(spec.max ?? Infinity)}, Math.max(${num(spec.min ?? 0)}, ${lin}))`;
}

/** What weight expressions call: a relation or posture term whose actors are bound when it runs (as model/weights.ts reads them). */
export const WEIGHT_HELPERS = {
  exp, ...CONDITION_HELPERS,
  pairTerm(s: RunState, coef: number, a: number, b: number, isWar: boolean): number {
    if (a < 0 || b < 0 || a === b) return 0;
    const p = s.model.pairOf[a * s.model.actors.length + b]!;
    return coef * (isWar ? (s.warStatus(p) !== WAR_NONE ? 1 : 0) : s.rung[p]!);
  },
  postureTerm(s: RunState, coef: number, a: number): number {
    return a < 0 ? 0 : coef * s.posture(a);
  },
};
