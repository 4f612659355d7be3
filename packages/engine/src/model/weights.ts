import type { Weight, Term } from '../schema/weight.js';
import type { Quantity } from './model.js';
import { compileCondition } from './conditions.js';
import { actorRef, bindActor, lookup, type CompileContext } from './context.js';
import { WAR_NONE } from './model.js';
import { exp } from '../rng/math.js';

/** Compiles a weight (constant, logistic or clamped linear predictor) into a closure. */
export function compileWeight(w: Weight, ctx: CompileContext): Quantity {
  if (typeof w === 'number' || 'param' in w) {
    const v = ctx.value(w as number);
    return () => v;
  }
  if ('logistic' in w && w.logistic) {
    const lin = linear(w.logistic.intercept, w.logistic.terms, ctx);
    // The engine's own exp: Math.exp may round differently across JavaScript engines.
    return (s, a, b, t) => 1 / (1 + exp(-lin(s, a, b, t)));
  }
  const spec = (w as { linear: { intercept: number | { param: string }; terms: Term[]; min?: number | undefined; max?: number | undefined } }).linear;
  const lin = linear(spec.intercept, spec.terms, ctx);
  const lo = spec.min ?? 0;
  const hi = spec.max ?? Infinity;
  return (s, a, b, t) => Math.min(hi, Math.max(lo, lin(s, a, b, t)));
}

/** True when a weight cannot change during a run, so a hazard can be precomputed. */
export function isConstantWeight(w: Weight): boolean {
  return typeof w === 'number' || 'param' in w;
}

function linear(intercept: number | { param: string }, terms: readonly Term[], ctx: CompileContext): Quantity {
  const c0 = ctx.value(intercept as number);
  const parts = terms.map((term) => compileTerm(term, ctx));
  return (s, a, b, t) => {
    let x = c0;
    for (const p of parts) x += p(s, a, b, t);
    return x;
  };
}

function compileTerm(term: Term, ctx: CompileContext): Quantity {
  const coef = ctx.value(term.coef);
  if (term.variable !== undefined) {
    const v = lookup(ctx.variableIndex, term.variable, 'variable');
    return (s) => coef * s.vars[v]!;
  }
  if (term.rung || term.war) {
    const pair = (term.rung ?? term.war)!;
    const x = actorRef(ctx, pair[0]);
    const y = actorRef(ctx, pair[1]);
    const n = ctx.nActors;
    const isWar = term.war !== undefined;
    return (s, self, actor, target) => {
      const a = bindActor(x, self, actor, target);
      const b = bindActor(y, self, actor, target);
      if (a < 0 || b < 0 || a === b) return 0;
      const p = ctx.pairOf[a * n + b]!;
      return coef * (isWar ? (s.warStatus(p) !== WAR_NONE ? 1 : 0) : s.rung[p]!);
    };
  }
  if (term.posture !== undefined) {
    const x = actorRef(ctx, term.posture);
    return (s, self, actor, target) => {
      const a = bindActor(x, self, actor, target);
      return a < 0 ? 0 : coef * s.posture(a);
    };
  }
  const cond = compileCondition(term.condition!, ctx);
  return (s, a, b, t) => (cond(s, a, b, t) ? coef : 0);
}

/**
 * An upper bound of a weight over every state, by interval arithmetic over its terms: variables
 * stay within their bounds, rungs and postures within the ladder, wars and conditions are 0 or 1;
 * a logistic is below 1; a clamped linear predictor below its `max`. Lets a trigger skip evaluating
 * its scale on ticks when even the largest hazard could not fire.
 */
export function weightUpperBound(w: Weight, ctx: CompileContext, variableMax: (v: number) => [number, number], topRung: number): number {
  if (typeof w === 'number' || 'param' in w) return ctx.value(w as number);
  if ('logistic' in w && w.logistic) return 1;
  const spec = (w as { linear: { intercept: number | { param: string }; terms: Term[]; min?: number | undefined; max?: number | undefined } }).linear;
  let hi = ctx.value(spec.intercept as number);
  for (const t of spec.terms) {
    const coef = ctx.value(t.coef);
    let range: [number, number];
    if (t.variable !== undefined) range = variableMax(lookup(ctx.variableIndex, t.variable, 'variable'));
    else if (t.rung || t.posture !== undefined) range = [0, topRung];
    else range = [0, 1];
    hi += Math.max(coef * range[0], coef * range[1]);
  }
  return Math.max(spec.min ?? 0, spec.max === undefined ? hi : Math.min(hi, spec.max));
}
