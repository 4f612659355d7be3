import type { Rule } from './context.js';
import { addMonths, dayOf } from '../../model/calendar.js';

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
    // A month tick past year 9999 cannot even be counted in months: compare whole years first.
    const last = tick === 'month' ? (horizon / 12 > 10_000 ? Infinity : dayOf(addMonths(start, horizon))) : dayOf(start) + horizon * (tick === 'week' ? 7 : 1);
    if (!(last <= dayOf(LAST_DAY))) {
      ctx.report({
        code: 'E_HORIZON', path: ['clock', 'horizon'], expected: `a last tick starting by ${LAST_DAY}`, received: String(horizon),
        message: `the horizon of ${horizon} ${tick}s from ${start} runs past ${LAST_DAY}, the last day the calendar can write`,
      });
    }
  },
};
