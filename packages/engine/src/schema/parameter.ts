import { z } from 'zod';
import { choice } from './primitives.js';

const Basis = choice(['data', 'judgment', 'placeholder'] as const, {
  data: 'estimated from data (cite it in source)',
  judgment: 'an expert judgment (give the reasoning in rationale)',
  placeholder: 'a stand-in value not yet backed by data or judgment; reports flag it',
});

const common = {
  basis: Basis.describe('where the figure comes from'),
  rationale: z.string().optional().describe('why this value or distribution (kept as data: YAML comments are lost)'),
  source: z.string().optional().describe('a source id or a citation'),
  nominal: z.number().optional().describe('value used when parameters are not drawn; default: the mean'),
  levels: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/), z.number()).optional()
    .describe('named values a seminar or a sweep can pick by name, e.g. { low: 0.3, high: 0.9 }'),
};

/**
 * A named uncertain input: a fixed value or a distribution, with the basis of the judgment and its
 * source kept as data (YAML comments are lost when parsed). Exactly one of value, uniform, beta,
 * triangular, normal, discrete.
 */
export const Parameter = z.strictObject({
  ...common,
  value: z.number().optional().describe('a fixed value'),
  uniform: z.tuple([z.number(), z.number()]).optional().describe('[min, max]: uniform between the bounds'),
  beta: z.tuple([z.number().positive(), z.number().positive()]).optional().describe('[alpha, beta]: a beta distribution on [0, 1], both shapes > 0'),
  triangular: z.tuple([z.number(), z.number(), z.number()]).optional().describe('[min, mode, max]: a triangular distribution'),
  normal: z.strictObject({
    mean: z.number().describe('the mean'),
    sd: z.number().positive().describe('the standard deviation (> 0)'),
    min: z.number().optional().describe('lower truncation bound'),
    max: z.number().optional().describe('upper truncation bound'),
  }).optional()
    .describe('a normal, truncated to [min, max] when given'),
  discrete: z.strictObject({
    values: z.array(z.number()).min(1).describe('the values it can take'),
    weights: z.array(z.number().min(0)).optional().describe('their relative weights, one per value; default: equal'),
  }).optional().describe('one of a list of values'),
}).describe('a named uncertain input: exactly one of value, uniform, beta, triangular, normal, discrete').check((ctx) => {
  const v = ctx.value as Record<string, unknown>;
  const kinds = ['value', 'uniform', 'beta', 'triangular', 'normal', 'discrete'].filter((k) => v[k] !== undefined);
  if (kinds.length !== 1) {
    ctx.issues.push({
      code: 'custom', input: ctx.value, params: { code: 'E_ONE_KEY' },
      message: kinds.length === 0
        ? 'expected exactly one of: value, uniform, beta, triangular, normal, discrete'
        : `expected exactly one distribution, found ${kinds.join(', ')}`,
    });
  }
});
export type Parameter = z.infer<typeof Parameter>;
