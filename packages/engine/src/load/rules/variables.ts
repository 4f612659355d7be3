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
      if (v.reversion !== undefined) share(s, ctx, v.reversion.value, [...at, 'reversion', 'value'], v.reversion.per, id);
    }
    for (const [sid, sit] of Object.entries(s.situations)) {
      for (const [id, value] of Object.entries(sit.variables ?? {})) {
        const v = s.variables[id];
        if (v !== undefined && v.min < v.max) within(s, ctx, value, ['situations', sid, 'variables', id], v.min, v.max, id);
      }
    }
  },
};

/**
 * A reversion is the share of the gap to the baseline closed per unit of time: below 1. A share of
 * 1 or more closes the whole gap at every tick, whatever the unit — `per: year, value: 1.5` reads
 * as a reset every week, not as "faster than a year" — so where one can be drawn, the file says so.
 * A warning: such a file keeps its meaning, which may be the one meant (a reset each tick).
 */
function share(s: Scenario, ctx: RuleContext, value: Num, path: PathSegment[], per: string, id: string): void {
  const consequence = `a share of 1 or more closes the whole gap to the baseline at every tick — "${id}" would be reset each tick, not drift back over a ${per}`;
  const hint = `a share is below 1: for a gap that mostly closes within a ${per}, write e.g. 0.9; for a fast fade, a share per shorter unit (per: week)`;
  if (typeof value === 'number') {
    if (value >= 1) ctx.report({ code: 'W_REVERSION_SHARE', severity: 'warning', path, received: String(value), expected: 'a share in [0, 1)', message: `reversion ${value} per ${per}: ${consequence}`, hint });
    return;
  }
  const p = s.parameters[value.param];
  if (p === undefined) return; // reported by the parameters rule
  const support = supportOf(p);
  if (support.ok && support.max >= 1) {
    ctx.report({ code: 'W_REVERSION_SHARE', severity: 'warning', path, received: intervalText(support.min, support.max), expected: 'shares in [0, 1)', message: `parameter "${value.param}" can take ${intervalText(support.min, support.max)} as the reversion of "${id}" per ${per}: ${consequence}`, hint });
  }
}

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
