import { RESPONSE_LEVELS } from '../../schema/index.js';
import { CHECKED_AT_ACT } from '../../model/model.js';
import { partyIds } from '../../model/parties.js';
import type { Rule } from './context.js';
import { declaresAtLeast } from '../feature-versions.js';

/** Duties an actor keeps by not acting (and `un_cooperation`, a voting stance): no casus, no one attacked. */
const NEGATIVE_TYPES: ReadonlySet<string> = new Set(['neutrality', 'nonaggression', 'no_hostile_alliance', 'no_hostile_territory', 'no_sanctions', 'un_cooperation', 'no_separate_peace']);


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
      const ids = partyIds(p);
      const parties = new Set(ids);
      const notParty = (ids: readonly string[] | undefined, field: (string | number)[]) => ids?.forEach((id, k) => {
        if (parties.has(id) || !Object.prototype.hasOwnProperty.call(s.actors, id)) return;
        ctx.report({ code: 'E_NOT_PARTY', path: [...at, ...field, k], received: JSON.stringify(id), expected: `a party to ${p.id} (${ids.join(', ')})`, message: `${id} is not a party to pact "${p.id}"` });
      });
      notParty(o.obligated, ['obligated']);
      // (1.8) A pact of one party is a unilateral undertaking (a guarantee): its duties protect the
      // states they name, and by default ("the other parties") would protect no one.
      if (ids.length === 1 && (o.beneficiaries === undefined || o.beneficiaries.every((b) => parties.has(b)))) {
        ctx.report({
          code: 'E_REQUIRED', path: o.beneficiaries === undefined ? at : [...at, 'beneficiaries'], anchor: 'key',
          expected: 'beneficiaries: the states the undertaking protects, other than its one party',
          message: `pact "${p.id}" has one party (${ids[0]}), a unilateral undertaking: this duty protects no one unless it names its beneficiaries`,
          hint: 'name them, e.g. beneficiaries: [POL] for the British guarantee to Poland of 31 March 1939',
        });
      }
      // On an offense duty `on` names the states the partner attacks, which are not its fellow parties.
      if (Array.isArray(o.casus?.armedAttack?.on) && o.type !== 'offense') notParty(o.casus.armedAttack.on, ['casus', 'armedAttack', 'on']);
      if (Array.isArray(o.casus?.threat?.on)) notParty(o.casus.threat.on, ['casus', 'threat', 'on']);
      if (Array.isArray(o.casus?.signal?.on)) notParty(o.casus.signal.on, ['casus', 'signal', 'on']);
      if (Array.isArray(o.casus?.hostileAct?.on)) notParty(o.casus.hostileAct.on, ['casus', 'hostileAct', 'on']);

      // A request is the attacked party's: only a duty to come to its aid, or to consult with it,
      // can wait for one (Rio Treaty Art. 3(2)); a negative duty or an offensive one has no
      // attacked party to ask, and a clause with no casus is never called on.
      if (o.request !== undefined) {
        const why = NEGATIVE_TYPES.has(o.type) ? `a ${o.type} duty has no casus and no attacked party to ask for help`
          : o.type === 'offense' ? 'an offense duty joins a party\'s attack: there is no attacked party to ask for help'
            : o.casus === undefined ? 'the duty has no casus, so no one is ever attacked under it' : undefined;
        if (why !== undefined) {
          ctx.report({
            code: 'E_REQUEST_CLAUSE', path: [...at, 'request'], anchor: 'key', received: o.type,
            expected: 'a defense or consultation duty with a casus',
            message: `request: ${why}`,
            hint: 'remove request, or put it on the defense or consultation duty that answers the attack',
          });
        }
      }

      // A negative duty binds at the act: it has no casus to meet, no response to make and nothing
      // to judge, so those clauses would be read by no rule — refused rather than silently ignored.
      // An error from format 1.11; a warning in a file that declares an older version, which stays valid.
      const strict = declaresAtLeast(s.version, '1.11');
      if (CHECKED_AT_ACT.has(o.type)) {
        for (const clause of ['casus', 'response', 'judgment'] as const) {
          if (o[clause] === undefined) continue;
          ctx.report({
            code: strict ? 'E_DUTY_CLAUSE' : 'W_DUTY_CLAUSE', ...(strict ? {} : { severity: 'warning' as const }), path: [...at, clause], anchor: 'key', received: o.type,
            expected: 'a defense, offense or consultation duty',
            message: `${clause}: a ${o.type} duty binds whenever the act it forbids is done; it has no ${clause === 'casus' ? 'casus that calls it into play' : clause === 'response' ? 'response to make' : 'casus to judge'}`,
            hint: o.type === 'nonaggression' || o.type === 'neutrality'
              ? `remove ${clause}; for a duty that protects the beneficiary only in a war it did not begin, write unprovoked: true (format 1.11)`
              : `remove ${clause}`,
          });
        }
      }
      if (o.type === 'offense' && o.casus?.armedAttack?.minEnemies !== undefined) {
        ctx.report({
          code: 'E_DUTY_CLAUSE', path: [...at, 'casus', 'armedAttack', 'minEnemies'], anchor: 'key', received: o.type,
          expected: 'a defense or consultation duty',
          message: 'minEnemies: an offense duty joins a party\'s attack; it has no attacked party whose enemies to count',
          hint: 'remove minEnemies, or put it on the defense duty that answers the attack',
        });
      }
      if (o.unprovoked !== undefined && o.type !== 'nonaggression' && o.type !== 'neutrality') {
        ctx.report({
          code: 'E_DUTY_CLAUSE', path: [...at, 'unprovoked'], anchor: 'key', received: o.type,
          expected: 'a nonaggression or neutrality duty',
          message: `unprovoked: only a nonaggression or neutrality duty can lapse toward a beneficiary that began its war, not a ${o.type} duty`,
          hint: o.type === 'defense' || o.type === 'consultation' || o.type === 'offense'
            ? 'for a duty that answers only an attack the party did not provoke, write casus: { armedAttack: { unprovoked: true } }'
            : 'remove unprovoked',
        });
      }

      // (1.12) A condition narrows an act the casus names; alone, it names none.
      if (o.casus?.when !== undefined && o.casus.armedAttack === undefined && o.casus.threat === undefined && o.casus.signal === undefined && o.casus.hostileAct === undefined) {
        ctx.report({
          code: 'E_REQUIRED', path: [...at, 'casus'], anchor: 'key',
          expected: 'armedAttack, threat, signal or hostileAct beside when',
          message: 'casus: when narrows the acts a casus names, but this casus names none, so nothing can call the duty into play',
          hint: 'add the act, e.g. casus: { armedAttack: { on: party }, when: … }',
        });
      }
      // (1.13) Waiting is for an armed attack's condition, read while its war lasts.
      if (o.casus?.awaitWhen === true && (o.casus.when === undefined || o.casus.armedAttack === undefined)) {
        const missing = o.casus.when === undefined ? 'when' : 'armedAttack';
        ctx.report({
          code: 'E_REQUIRED', path: [...at, 'casus', 'awaitWhen'], received: 'true',
          expected: `${missing} beside awaitWhen`,
          message: missing === 'when'
            ? 'awaitWhen: an attack would wait for the clause\'s condition, but the casus has no when'
            : 'awaitWhen: an armed attack waits in its war for the clause\'s condition, but the casus names no armed attack (threats and acts are read at the act)',
          hint: missing === 'when' ? 'add the condition, e.g. when: { council: { kind: condemnation, target: $actor, result: [vetoed, failed] } }, or remove awaitWhen' : 'add armedAttack, or remove awaitWhen',
        });
      }
      if (o.type === 'offense' && o.casus?.armedAttack?.supportedBy !== undefined) {
        ctx.report({
          code: 'E_DUTY_CLAUSE', path: [...at, 'casus', 'armedAttack', 'supportedBy'], anchor: 'key', received: o.type,
          expected: 'a defense or consultation duty',
          message: 'supportedBy: an offense duty joins a party\'s own attack; who supports the attacker is for the duties that answer it',
          hint: 'remove supportedBy, or put it on the defense duty that answers the attack',
        });
      }
      if (o.casus?.armedAttack?.menace === true && o.casus.armedAttack.supportedBy === undefined) {
        ctx.report({
          code: 'E_REQUIRED', path: [...at, 'casus', 'armedAttack', 'menace'], received: 'true',
          expected: 'supportedBy beside menace',
          message: 'menace: it says that a threat counts as support, but the casus asks for no supporter',
          hint: 'add supportedBy (supportedBy: [RUS] for "supported by Russia … by military measures which constitute a menace"), or remove menace',
        });
      }
      if (o.casus?.armedAttack?.sameWar === true && (o.casus.armedAttack.minEnemies ?? 1) < 2) {
        ctx.report({
          code: 'E_REQUIRED', path: [...at, 'casus', 'armedAttack', 'sameWar'], received: 'true',
          expected: 'minEnemies of 2 or more beside sameWar',
          message: 'sameWar: it says which enemies minEnemies counts, but the casus asks for no more than one',
          hint: 'add minEnemies: 2 ("should any other Power join in hostilities against that ally"), or remove sameWar',
        });
      }
      if ((o.response?.against === 'supporter' || o.response?.against === 'both') && o.casus?.armedAttack?.supportedBy === undefined) {
        ctx.report({
          code: 'E_REQUIRED', path: [...at, 'response', 'against'], received: o.response.against,
          expected: 'a casus armedAttack.supportedBy naming the states that support the attacker',
          message: `against: ${o.response.against}, but the casus names no supporter: write casus: { armedAttack: { supportedBy: … } }`,
          hint: 'name the supporter (supportedBy: [DEU] for "by Italy supported by Germany"), or remove against',
        });
      }
      // (1.14) A no_separate_peace duty may name the enemies a separate truce with which it forbids.
      if (o.enemies !== undefined && o.type !== 'neutrality' && o.type !== 'no_separate_peace') {
        ctx.report({
          code: 'E_DUTY_CLAUSE', path: [...at, 'enemies'], anchor: 'key', received: o.type,
          expected: 'a neutrality or no_separate_peace duty',
          message: `enemies: only a neutrality duty (called into play by the beneficiary's war with a third state) or a no_separate_peace duty (a truce with some enemies) names enemies, not a ${o.type} duty`,
          hint: o.type === 'defense' || o.type === 'consultation'
            ? 'to name who must attack, write casus: { armedAttack: { by: … } }'
            : 'remove enemies',
        });
      }

      // (1.15) Consent to a separate truce is a term of a no_separate_peace clause only.
      if (o.consent !== undefined && o.type !== 'no_separate_peace') {
        ctx.report({
          code: 'E_DUTY_CLAUSE', path: [...at, 'consent'], anchor: 'key', received: o.type,
          expected: 'a no_separate_peace duty',
          message: `consent: only a no_separate_peace duty ("no separate peace except by mutual consent") is lifted by the partners' consent, not a ${o.type} duty`,
          hint: 'remove consent',
        });
      }

      // (1.16) Which partners a truce leaves behind is a term of a no_separate_peace clause only.
      if (o.partners !== undefined && o.type !== 'no_separate_peace') {
        ctx.report({
          code: 'E_DUTY_CLAUSE', path: [...at, 'partners'], anchor: 'key', received: o.type,
          expected: 'a no_separate_peace duty',
          message: `partners: only a no_separate_peace duty leaves partners behind in a war, not a ${o.type} duty`,
          hint: 'remove partners',
        });
      }

      const r = o.response;
      if (r === undefined) return;
      const pretext = o.judgment?.pretext;
      const canPretext = pretext !== undefined && (typeof pretext === 'number' ? pretext > 0 : pretext.max > 0);
      const warWeight = r.levels?.war;
      const canWar = r.atLeast === 'war' || (warWeight !== undefined && (typeof warWeight === 'number' ? warWeight > 0 : warWeight.max > 0));
      const cap = o.judgment?.pretextAtMost;
      if (canPretext && canWar && (cap === undefined || cap === 'war')) {
        ctx.report({
          code: 'W_PRETEXT_UNCAPPED', severity: 'warning', path: [...at, 'judgment', 'pretext'],
          message: 'a pretext (a casus claimed though unmet as coded) can carry a war-level response: an attack on the enemy\'s homeland with no casus',
          hint: 'cap it, e.g. judgment: { pretextAtMost: materiel }, or say when a pretext may be claimed with pretextWhen',
        });
      }
      if (r.onCasusEnd === 'decide') {
        for (const actor of o.obligated ?? ids) {
          const points = s.doctrine[actor] ?? [];
          if (points.some((dp) => dp.on.event === 'episode')) continue;
          ctx.report({
            code: 'W_CASUS_END_UNHANDLED', severity: 'warning', path: [...at, 'response', 'onCasusEnd'],
            message: `onCasusEnd: decide, but ${actor} has no doctrine decision point on episode events: it will fight on after the war it joined has ended`,
            hint: 'add a decision point with on: { event: episode, kind: casus_ended, by: $self }, or use withdraw or continue',
          });
        }
      }
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
