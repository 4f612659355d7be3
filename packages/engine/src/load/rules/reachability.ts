import { ROLES, type Obligation, type Pact } from '../../schema/index.js';
import { partyIds } from '../../model/parties.js';
import { walkLogic } from './walk.js';
import type { Rule } from './context.js';

/** Any actor: an attacker or target written as a role, which may stand for anyone. */
const ANYONE = '*';
const isRole = (id: string): boolean => (ROLES as readonly string[]).includes(id);

/**
 * Warns about an armed-attack casus foederis that nothing in the scenario can set off: no
 * trigger, inject or doctrine option makes an armed attack on anyone it protects, and no
 * obligation answering at `war` level (an armed attack with a declaration of war, on the enemy)
 * can either. Stays silent as soon as some attack's target may be anyone (a role).
 */
export const reachability: Rule = {
  name: 'reachability',
  check(s, ctx) {
    // Who may attack whom: the scenario's own attacks, then, to a fixed point, the attacks of
    // war-level responses to them (the 1939 pattern: the UK's war on Germany engages Italy).
    const attacks = new Set<string>();
    const targets = new Set<string>();
    const add = (by: string, on: string): void => {
      attacks.add(`${isRole(by) ? ANYONE : by}>${on}`);
      targets.add(isRole(on) ? ANYONE : on);
    };
    walkLogic(s, { effect: (e) => { if (e.armedAttack !== undefined) add(e.armedAttack.by, e.armedAttack.on); } });
    const answers = s.pacts.flatMap((p) => p.obligations.filter(canAnswerAtWar).map((o) => ({ p, o })));
    for (let grew = true; grew && !targets.has(ANYONE);) {
      const before = attacks.size;
      for (const { p, o } of answers) for (const [by, on] of warResponses(p, o, attacks)) add(by, on);
      grew = attacks.size > before;
    }
    if (targets.has(ANYONE)) return;
    s.pacts.forEach((p, i) => p.obligations.forEach((o, j) => {
      const attack = o.casus?.armedAttack;
      if (attack === undefined) return;
      const protectedIds = protectedBy(p, o);
      if (protectedIds.length === 0) return;
      if (o.type === 'offense') {
        // An offense duty is called by a party's own attack (on the named targets, or anyone).
        const allies = o.beneficiaries ?? partyIds(p);
        if ([...attacks].some((k) => { const [by, on] = k.split('>') as [string, string]; return (by === ANYONE || allies.includes(by)) && (attack.on === 'party' || attack.on.includes(on)); })) return;
        ctx.report({
          code: 'W_CASUS_UNREACHABLE', severity: 'warning', path: ['pacts', i, 'obligations', j, 'casus', 'armedAttack'],
          message: `no trigger, inject, doctrine option or war-level treaty response makes an armed attack by ${allies.join(' or ')}${attack.on === 'party' ? '' : ` on ${attack.on.join(' or ')}`}, so this casus foederis can never arise`,
        });
        return;
      }
      if (protectedIds.some((a) => targets.has(a))) return;
      ctx.report({
        code: 'W_CASUS_UNREACHABLE', severity: 'warning', path: ['pacts', i, 'obligations', j, 'casus', 'armedAttack'],
        message: `no trigger, inject, doctrine option or war-level treaty response makes an armed attack on ${protectedIds.join(' or ')}, so this casus foederis can never arise`,
      });
    }));
  },
};

/** Whom the casus protects: the parties it names, else the beneficiaries, else the parties (none for a unilateral undertaking that names no one: E_REQUIRED says so). */
const protectedBy = (p: Pact, o: Obligation): readonly string[] => {
  const on = o.casus?.armedAttack?.on;
  if (Array.isArray(on)) return on;
  const parties = partyIds(p);
  return o.beneficiaries ?? (parties.length > 1 ? parties : []);
};

/** Whether the duty may be answered by war: a level it may choose, or its shortfall. */
function canAnswerAtWar(o: Obligation): boolean {
  const r = o.response;
  if (r === undefined || (o.type !== 'defense' && o.type !== 'offense')) return false;
  return r.atLeast === 'war' || r.shortfall === 'war' || (r.levels !== undefined && Object.hasOwn(r.levels, 'war') && r.levels.war !== 0);
}

/**
 * The attacks (by, on) a war-level answer to the known attacks may make: a defence duty strikes
 * whoever attacked a protected party, an offense duty joins a party's attack on its target.
 * A casus other than an armed attack (a threat answered at war) may turn on anyone.
 */
function warResponses(p: Pact, o: Obligation, attacks: ReadonlySet<string>): [string, string][] {
  const casus = o.casus;
  const obligated = o.obligated ?? partyIds(p);
  if (casus?.armedAttack === undefined) return casus === undefined ? [] : obligated.map((x) => [x, ANYONE]);
  const protectedIds = protectedBy(p, o);
  // A pretext may claim an attack by anyone on a protected party: then `by` narrows nothing.
  const pretext = o.judgment?.pretext;
  const named = Array.isArray(casus.armedAttack.by) && (pretext === undefined || pretext === 0) ? casus.armedAttack.by as readonly string[] : undefined;
  const out: [string, string][] = [];
  for (const key of attacks) {
    const [by, on] = key.split('>') as [string, string];
    if (named !== undefined && by !== ANYONE && !named.includes(by)) continue;
    if (o.type === 'defense' && protectedIds.includes(on)) {
      const enemies = by === ANYONE ? (named ?? [ANYONE]) : [by];
      for (const x of obligated) for (const enemy of enemies) if (enemy !== x) out.push([x, enemy]);
    } else if (o.type === 'offense' && (casus.armedAttack.on === 'party' || casus.armedAttack.on.includes(on))) {
      for (const x of obligated) if (x !== on) out.push([x, on]);
    }
  }
  return out;
}
