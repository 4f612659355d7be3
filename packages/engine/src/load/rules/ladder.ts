import type { Rule } from './context.js';

/**
 * A declared ladder has at least one rung, and every rung above its crisis rung (by default the
 * third) has a de-escalation hazard: without one a run that climbs there could never come down.
 */
export const ladder: Rule = {
  name: 'ladder',
  check(s, ctx) {
    const l = s.ladder;
    if (l === undefined) return;
    if (l.rungs.length === 0) {
      ctx.report({ code: 'E_EMPTY_LADDER', path: ['ladder', 'rungs'], expected: 'at least one rung', received: 'an empty list', message: 'the ladder has no rungs' });
      return;
    }
    const crisisIndex = l.crisis === undefined ? 2 : l.rungs.findIndex((r) => r.id === l.crisis);
    if (crisisIndex < 0) return; // an unknown crisis rung is reported by the references rule
    const crisis = l.rungs[crisisIndex]?.id;
    l.rungs.forEach((r, i) => {
      if (i <= crisisIndex || r.deescalation !== undefined) return;
      ctx.report({
        code: 'E_LADDER_DEESCALATION', path: ['ladder', 'rungs', i], expected: 'a deescalation rate',
        message: `rung "${r.id}" is above the crisis rung "${crisis}" and needs a deescalation rate`,
        hint: 'add deescalation: { per: year, value: … }',
      });
    });
  },
};
