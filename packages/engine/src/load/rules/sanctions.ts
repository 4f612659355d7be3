import type { Rule } from './context.js';

/**
 * A regime's thresholds make a band (it erodes below one and is restored above the other, which
 * is not lower), and its enforcement variable is bounded within [0, 1] as the thresholds assume.
 * Monitoring outside the Council ends no earlier than it begins, and its ids are unique.
 */
export const sanctions: Rule = {
  name: 'sanctions',
  check(s, ctx) {
    s.sanctions.forEach((r, i) => {
      if (typeof r.erodesBelow === 'number' && typeof r.restoresAbove === 'number' && r.erodesBelow > r.restoresAbove) {
        ctx.report({ code: 'E_RANGE', path: ['sanctions', i, 'restoresAbove'], received: String(r.restoresAbove), expected: `a number ≥ erodesBelow (${r.erodesBelow})`, message: `restoresAbove (${r.restoresAbove}) is below erodesBelow (${r.erodesBelow})` });
      }
      (r.monitoring?.outside ?? []).forEach((o, j) => {
        if (o.until !== undefined && o.until < o.from) {
          ctx.report({ code: 'E_RANGE', path: ['sanctions', i, 'monitoring', 'outside', j, 'until'], received: o.until, expected: `a date on or after from (${o.from})`, message: `monitoring "${o.id}" ends (${o.until}) before it begins (${o.from})` });
        }
      });
      const ids = (r.monitoring?.outside ?? []).map((o) => o.id);
      ids.forEach((id, j) => {
        if (ids.indexOf(id) !== j) ctx.report({ code: 'E_DUPLICATE_ID', path: ['sanctions', i, 'monitoring', 'outside', j, 'id'], received: JSON.stringify(id), message: `monitoring mechanism "${id}" appears twice in regime "${r.id}"` });
      });
      const v = s.variables[r.enforcement];
      if (v !== undefined && (v.min < 0 || v.max > 1)) {
        ctx.report({ code: 'E_RANGE', path: ['sanctions', i, 'enforcement'], received: `[${v.min}, ${v.max}]`, expected: 'a variable bounded within [0, 1]', message: `enforcement variable "${r.enforcement}" ranges over [${v.min}, ${v.max}], not within [0, 1]` });
      }
    });
  },
};
