import { RESPONSE_LEVELS } from '../../schema/index.js';
import type { Rule } from './context.js';

const rank = (level: string) => (RESPONSE_LEVELS as readonly string[]).indexOf(level);

/**
 * Obligations are coherent with their pact and their response: those bearing the duty and the
 * parties a casus names are parties to the pact; the weights of response `levels` are for levels
 * at or above `atLeast` and not all zero; a defector's `shortfall` is below `atLeast`.
 */
export const obligations: Rule = {
  name: 'obligations',
  check(s, ctx) {
    s.pacts.forEach((p, i) => p.obligations.forEach((o, j) => {
      const at = ['pacts', i, 'obligations', j];
      const parties = new Set(p.parties);
      const notParty = (ids: readonly string[] | undefined, field: (string | number)[]) => ids?.forEach((id, k) => {
        if (parties.has(id) || !Object.prototype.hasOwnProperty.call(s.actors, id)) return;
        ctx.report({ code: 'E_NOT_PARTY', path: [...at, ...field, k], received: JSON.stringify(id), expected: `a party to ${p.id} (${p.parties.join(', ')})`, message: `${id} is not a party to pact "${p.id}"` });
      });
      notParty(o.obligated, ['obligated']);
      if (Array.isArray(o.casus?.armedAttack?.on)) notParty(o.casus.armedAttack.on, ['casus', 'armedAttack', 'on']);
      if (Array.isArray(o.casus?.threat?.on)) notParty(o.casus.threat.on, ['casus', 'threat', 'on']);

      const r = o.response;
      if (r === undefined) return;
      const floor = rank(r.atLeast);
      const levels = Object.entries(r.levels ?? {});
      for (const [level] of levels) {
        if (rank(level) >= floor) continue;
        ctx.report({ code: 'E_RESPONSE_LEVELS', path: [...at, 'response', 'levels', level], anchor: 'key', expected: `a level at or above ${r.atLeast}`, received: level, message: `level "${level}" is below atLeast (${r.atLeast}) and can never be chosen` });
      }
      if (levels.length > 0 && levels.every(([, w]) => w === 0)) {
        ctx.report({ code: 'E_RESPONSE_LEVELS', path: [...at, 'response', 'levels'], message: 'every response level has weight 0' });
      }
      if (r.shortfall !== 'none' && rank(r.shortfall) >= floor) {
        ctx.report({ code: 'E_RESPONSE_LEVELS', path: [...at, 'response', 'shortfall'], expected: `none or a level below ${r.atLeast}`, received: r.shortfall, message: `a defecting party's shortfall (${r.shortfall}) must be below the response it owes (${r.atLeast})` });
      }
    }));
  },
};
