import type { Rule } from './context.js';
import { dayOf } from '../../model/calendar.js';

/** The last day the calendar writes (ISO dates have four-digit years). */
const LAST_DAY = '9999-12-31';

/** A run lasts at least one tick, and its last tick starts on a day the calendar can write. */
export const clock: Rule = {
  name: 'clock',
  check(s, ctx) {
    const { start, tick, horizon } = s.clock;
    if (horizon < 1) {
      ctx.report({ code: 'E_HORIZON', path: ['clock', 'horizon'], expected: 'an integer ≥ 1 (ticks)', received: String(horizon), message: `the horizon must be at least 1 tick, got ${horizon}` });
      return;
    }
    // Month ticks are counted in months (a date past 9999 cannot be written to compare with).
    const [y, m] = start.split('-').map(Number) as [number, number];
    const past = tick === 'month' ? y * 12 + (m - 1) + horizon > 9999 * 12 + 11 : dayOf(start) + horizon * (tick === 'week' ? 7 : 1) > dayOf(LAST_DAY);
    if (past) {
      ctx.report({
        code: 'E_HORIZON', path: ['clock', 'horizon'], expected: `a last tick starting by ${LAST_DAY}`, received: String(horizon),
        message: `the horizon of ${horizon} ${tick}s from ${start} runs past ${LAST_DAY}, the last day the calendar can write`,
      });
    }
  },
};
