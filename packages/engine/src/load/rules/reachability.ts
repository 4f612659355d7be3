import { ROLES } from '../../schema/index.js';
import { partyIds } from '../../model/parties.js';
import { walkLogic } from './walk.js';
import type { Rule } from './context.js';

/**
 * Warns about an armed-attack casus foederis that nothing in the scenario can set off: no
 * trigger, inject or doctrine option makes an armed attack on anyone it protects. Stays silent
 * as soon as some attack's target is a role, since a role may stand for anyone.
 */
export const reachability: Rule = {
  name: 'reachability',
  check(s, ctx) {
    const targets = new Set<string>();
    walkLogic(s, { effect: (e) => { if (e.armedAttack !== undefined) targets.add(e.armedAttack.on); } });
    if ([...targets].some((t) => (ROLES as readonly string[]).includes(t))) return;
    s.pacts.forEach((p, i) => p.obligations.forEach((o, j) => {
      const attack = o.casus?.armedAttack;
      if (attack === undefined) return;
      const protectedIds = Array.isArray(attack.on) ? attack.on : (o.beneficiaries ?? partyIds(p));
      if (protectedIds.some((a) => targets.has(a))) return;
      ctx.report({
        code: 'W_CASUS_UNREACHABLE', severity: 'warning', path: ['pacts', i, 'obligations', j, 'casus', 'armedAttack'],
        message: `no trigger, inject or doctrine option makes an armed attack on ${protectedIds.join(' or ')}, so this casus foederis can never arise`,
      });
    }));
  },
};
