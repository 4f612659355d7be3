import { suggestionHint } from '../did-you-mean.js';
import { paramUses } from './param-refs.js';
import { intervalText, supportOf, type Support } from './support.js';
import type { Rule } from './context.js';

/**
 * Parameters are well formed (a uniform's bounds in order, a discrete's weights matching its
 * values, a nominal value the distribution can take), every reference names a declared parameter,
 * and every value the parameter can take fits the field that uses it: a beta fits a probability,
 * an untruncated normal fits no bounded field; named `levels` (which a seminar or sweep may pick)
 * count as values it can take. A parameter nobody uses is a warning.
 */
export const parameters: Rule = {
  name: 'parameters',
  check(s, ctx) {
    const supports = new Map<string, Support>();
    for (const [name, p] of Object.entries(s.parameters)) {
      const support = supportOf(p);
      supports.set(name, withLevels(support, Object.values(p.levels ?? {})));
      if (!support.ok) {
        ctx.report({ code: 'E_DISTRIBUTION', path: ['parameters', name, support.field], message: support.message });
      } else if (p.nominal !== undefined && (p.nominal < support.min || p.nominal > support.max || (support.values !== undefined && !support.values.includes(p.nominal)))) {
        ctx.report({
          code: 'E_DISTRIBUTION', path: ['parameters', name, 'nominal'], received: String(p.nominal), expected: intervalText(support.min, support.max),
          message: `nominal value ${p.nominal} is not a value the distribution can take (${intervalText(support.min, support.max)})`,
        });
      }
    }
    const used = new Set<string>();
    for (const { ref, path } of paramUses(s)) {
      used.add(ref.param);
      const support = supports.get(ref.param);
      if (support === undefined) {
        const hint = suggestionHint(ref.param, supports.keys());
        ctx.report({
          code: 'E_UNKNOWN_PARAMETER', path, received: JSON.stringify(ref.param),
          expected: `a number${ref.min > -Infinity || ref.max < Infinity ? ` in ${intervalText(ref.min, ref.max)}` : ''} or the name of a declared parameter`,
          message: `unknown parameter "${ref.param}": not declared in parameters`,
          ...(hint === undefined ? {} : { hint }),
        });
        continue;
      }
      if (!support.ok) continue;
      if (support.min < ref.min || support.max > ref.max) {
        const field = intervalText(ref.min, ref.max);
        const can = intervalText(support.min, support.max);
        ctx.report({
          code: 'E_PARAM_RANGE', path, expected: field, received: can,
          message: `parameter "${ref.param}" can take ${support.min === support.max ? `the value ${can}` : can === 'any number' ? 'values of any size' : `values in ${can}`}, but this field accepts ${field}`,
          hint: support.max === Infinity || support.min === -Infinity ? 'truncate the distribution with min and max' : 'narrow the distribution',
        });
      }
    }
    for (const name of supports.keys()) {
      if (used.has(name)) continue;
      ctx.report({ code: 'W_UNUSED_PARAMETER', severity: 'warning', path: ['parameters', name], anchor: 'key', message: `parameter "${name}" is never used` });
    }
  },
};

/** Widens a support to the named levels a seminar or sweep may set the parameter to. */
function withLevels(support: Support, levels: readonly number[]): Support {
  if (!support.ok || levels.length === 0) return support;
  return { ok: true, min: Math.min(support.min, ...levels), max: Math.max(support.max, ...levels) };
}
