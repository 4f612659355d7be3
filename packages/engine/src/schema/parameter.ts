import { z } from 'zod';

const Basis = z.enum(['data', 'judgment', 'placeholder']);

const common = {
  basis: Basis,
  rationale: z.string().optional(),
  source: z.string().optional(),
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
  value: z.number().optional(),
  uniform: z.tuple([z.number(), z.number()]).optional().describe('[min, max]'),
  beta: z.tuple([z.number().positive(), z.number().positive()]).optional().describe('[alpha, beta]'),
  triangular: z.tuple([z.number(), z.number(), z.number()]).optional().describe('[min, mode, max]'),
  normal: z.strictObject({ mean: z.number(), sd: z.number().positive(), min: z.number().optional(), max: z.number().optional() }).optional()
    .describe('a normal, truncated to [min, max] when given'),
  discrete: z.strictObject({ values: z.array(z.number()).min(1), weights: z.array(z.number().min(0)).optional() }).optional(),
}).check((ctx) => {
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
