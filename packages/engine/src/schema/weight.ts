import { z } from 'zod';
import { Id, num, oneOf, type Num } from './primitives.js';
import { ActorPair, ActorRef } from './refs.js';
import { Condition } from './condition.js';

/**
 * One term of a linear predictor: a coefficient times a quantity read from the state.
 * `rung` is the ordinal index of a relation's rung (0 = lowest), `posture` an actor's highest rung,
 * `war` and `condition` are 0 or 1.
 */
export const Term = z.strictObject({
  coef: num(),
  variable: Id.optional(),
  rung: ActorPair.optional(),
  posture: ActorRef.optional(),
  war: ActorPair.optional(),
  condition: Condition.optional(),
}).check((ctx) => {
  const v = ctx.value as Record<string, unknown>;
  const present = ['variable', 'rung', 'posture', 'war', 'condition'].filter((k) => v[k] !== undefined);
  if (present.length !== 1) {
    ctx.issues.push({ code: 'custom', input: ctx.value, message: 'expected a term with coef and exactly one of: variable, rung, posture, war, condition', params: { code: 'E_ONE_KEY' } });
  }
});
export type Term = z.infer<typeof Term>;

export const Linear = z.strictObject({
  intercept: num().default(0),
  terms: z.array(Term).default([]),
});

/**
 * A state-dependent non-negative number: a constant (or parameter), a logistic of a linear
 * predictor (in (0, 1), for probabilities), or a linear predictor clamped at 0 (for weights and
 * rate multipliers).
 */
export type Weight = Num | { logistic: z.infer<typeof Linear> } | { linear: z.infer<typeof Linear> & { min?: number | undefined; max?: number | undefined } };

export const Weight: z.ZodType<Weight> = z.union([
  num(0),
  oneOf({
    logistic: Linear.optional(),
    linear: Linear.extend({ min: z.number().min(0).optional(), max: z.number().optional() }).optional(),
  }, 'a weight'),
]) as unknown as z.ZodType<Weight>;
