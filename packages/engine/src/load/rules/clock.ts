import type { Rule } from './context.js';

/** A run lasts at least one tick. */
export const clock: Rule = {
  name: 'clock',
  check(s, ctx) {
    if (s.clock.horizon < 1) {
      ctx.report({ code: 'E_HORIZON', path: ['clock', 'horizon'], expected: 'an integer ≥ 1 (ticks)', received: String(s.clock.horizon), message: `the horizon must be at least 1 tick, got ${s.clock.horizon}` });
    }
  },
};
