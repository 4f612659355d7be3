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
  coef: num().describe('the coefficient multiplying the quantity'),
  variable: Id.optional().describe('the value of this variable'),
  rung: ActorPair.optional().describe('the rung index (0 = lowest) of the relation between these two actors'),
  posture: ActorRef.optional().describe('the actor\'s posture: the index of the highest rung among its relations'),
  war: ActorPair.optional().describe('1 if these two actors are in active hostilities, else 0'),
  condition: Condition.optional().describe('1 if the condition holds, else 0'),
}).describe('coef times one quantity read from the state').check((ctx) => {
  const v = ctx.value as Record<string, unknown>;
  const present = ['variable', 'rung', 'posture', 'war', 'condition'].filter((k) => v[k] !== undefined);
  if (present.length !== 1) {
    ctx.issues.push({ code: 'custom', input: ctx.value, message: 'expected a term with coef and exactly one of: variable, rung, posture, war, condition', params: { code: 'E_ONE_KEY' } });
  }
});
export type Term = z.infer<typeof Term>;

export const Linear = z.strictObject({
  intercept: num().default(0).describe('the constant term'),
  terms: z.array(Term).default([]).describe('terms added to the intercept'),
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
    logistic: Linear.optional().describe('1 / (1 + e^−x) of the linear predictor x: a number in (0, 1)'),
    linear: Linear.extend({
      min: z.number().min(0).optional().describe('lower clamp (default 0)'),
      max: z.number().optional().describe('upper clamp'),
    }).optional().describe('the linear predictor, clamped to [min, max]'),
  }, 'a weight'),
]).describe('a non-negative number or parameter, or { logistic: … } / { linear: … } read from the state') as unknown as z.ZodType<Weight>;
