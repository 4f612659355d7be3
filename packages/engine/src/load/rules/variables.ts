import type { Num } from '../../schema/index.js';
import type { PathSegment } from '../issue.js';
import { intervalText, supportOf } from './support.js';
import type { Rule, RuleContext } from './context.js';
import type { Scenario } from '../../schema/index.js';

/**
 * A variable's bounds are in order and its initial value and baseline lie within them, whether
 * written as numbers or as parameters (every value the parameter can take); so do the start
 * values situations give.
 */
export const variables: Rule = {
  name: 'variables',
  check(s, ctx) {
    for (const [id, v] of Object.entries(s.variables)) {
      const at = ['variables', id];
      if (!(v.min < v.max)) {
        ctx.report({ code: 'E_RANGE', path: [...at, 'max'], received: String(v.max), expected: `a number above min (${v.min})`, message: `variable "${id}" has max ${v.max} not above min ${v.min}` });
        continue;
      }
      within(s, ctx, v.initial, [...at, 'initial'], v.min, v.max, id);
      if (v.baseline !== undefined) within(s, ctx, v.baseline, [...at, 'baseline'], v.min, v.max, id);
    }
    for (const [sid, sit] of Object.entries(s.situations)) {
      for (const [id, value] of Object.entries(sit.variables ?? {})) {
        const v = s.variables[id];
        if (v !== undefined && v.min < v.max) within(s, ctx, value, ['situations', sid, 'variables', id], v.min, v.max, id);
      }
    }
  },
};

function within(s: Scenario, ctx: RuleContext, value: Num, path: PathSegment[], min: number, max: number, id: string): void {
  const bounds = `[${min}, ${max}]`;
  if (typeof value === 'number') {
    if (value < min || value > max) ctx.report({ code: 'E_RANGE', path, received: String(value), expected: `a number in ${bounds}`, message: `expected a number in ${bounds} (the bounds of "${id}"), got ${value}` });
    return;
  }
  const p = s.parameters[value.param];
  if (p === undefined) return; // reported by the parameters rule
  const support = supportOf(p);
  if (support.ok && (support.min < min || support.max > max)) {
    const can = intervalText(support.min, support.max);
    ctx.report({ code: 'E_PARAM_RANGE', path, received: can, expected: bounds, message: `parameter "${value.param}" can take ${can === 'any number' ? 'values of any size' : `values in ${can}`}, outside the bounds of "${id}" ${bounds}` });
  }
}
