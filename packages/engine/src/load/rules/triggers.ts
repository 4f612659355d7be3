import type { Rule, RuleContext } from './context.js';
import type { Scenario } from '../../schema/index.js';
import { DAYS_PER } from '../../model/calendar.js';
import { intervalText, supportOf } from './support.js';

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
      if (t.rate !== undefined && t.scale === undefined) rateIsRule(s, ctx, i);
    });
  },
};

/** A tick passes without a firing at chance e^−(rate·tick) or less: below 1% the rate stands for a rule. */
const RULE_ABOVE = 0.99;

/**
 * A rate so high that the trigger fires at nearly every tick where its `when` holds (1 a day on a
 * weekly clock: 1 − e^−7) is a rule written as a chance — a clock, an exit "at once" — and lets one
 * tick in so many pass unseen, at random (korea-2024's war clock until 5 December 2026). A
 * warning: the file means what it says. Triggers with a `scale` are left alone, since the scale
 * may bring the chance down.
 */
function rateIsRule(s: Scenario, ctx: RuleContext, i: number): void {
  const t = s.triggers[i]!;
  const rate = t.rate!;
  const perTick = DAYS_PER[s.clock.tick] / DAYS_PER[rate.per];
  let lowest: number;
  let received: string;
  if (typeof rate.value === 'number') {
    lowest = rate.value;
    received = String(rate.value);
  } else {
    const p = s.parameters[rate.value.param];
    if (p === undefined) return; // reported by the parameters rule
    const support = supportOf(p);
    if (!support.ok) return;
    lowest = support.min;
    received = intervalText(support.min, support.max);
  }
  const chance = 1 - Math.exp(-lowest * perTick);
  if (!(chance >= RULE_ABOVE)) return;
  const missed = Math.exp(-lowest * perTick);
  const oneIn = missed > 0 ? Math.round(1 / missed) : Infinity;
  const passes = Number.isFinite(oneIn) ? `; one tick in about ${oneIn.toLocaleString('en-US')} passes without it, at random` : '';
  ctx.report({
    code: 'W_RATE_IS_RULE', severity: 'warning', path: ['triggers', i, 'rate', 'value'], received, expected: `a chance below ${RULE_ABOVE * 100}% a ${s.clock.tick}`,
    message: `trigger "${t.id}" fires with chance ${(chance * 100).toFixed(chance < 0.99995 ? 2 : 4)}% or more at every ${s.clock.tick} its condition holds: a rule written as a rate${passes}`,
    hint: 'for a rule, write `every: tick` (with its `when`), or `becomes` for a change of state (format 1.16)',
  });
}
