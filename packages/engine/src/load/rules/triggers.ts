import type { Rule } from './context.js';

/**
 * A trigger has a way to fire: a `rate`, scheduled dates (`at`), a yearly date or every tick (`every`), or a
 * condition that `becomes` true. `scale` multiplies a rate, so it needs one.
 */
export const triggers: Rule = {
  name: 'triggers',
  check(s, ctx) {
    s.triggers.forEach((t, i) => {
      if (t.rate === undefined && t.at === undefined && t.every === undefined && t.becomes === undefined) {
        ctx.report({ code: 'E_TRIGGER_SOURCE', path: ['triggers', i], expected: 'one of rate, at, every, becomes', message: `trigger "${t.id}" has no rate, at, every or becomes, so it can never fire` });
      }
      if (t.scale !== undefined && t.rate === undefined) {
        ctx.report({ code: 'E_TRIGGER_SOURCE', path: ['triggers', i, 'scale'], expected: 'a rate for scale to multiply', message: `trigger "${t.id}" has a scale but no rate to multiply` });
      }
    });
  },
};
