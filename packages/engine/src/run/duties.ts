import { WAR_NONE, type Model, type ObligationInfo } from '../model/model.js';
import type { RunState } from './state.js';
import { recv } from './effects.js';
import { decide } from './decide.js';
import { byMatches, inForceNow } from './obligations.js';
import { SIDE_DEFENDER, SIDE_INITIATOR } from './episodes.js';
import { unitFloat } from '../rng/xor128.js';

/** Which negative duties an act of each category would breach. */
const BREACHES: Readonly<Record<'hostile' | 'sanctions' | 'vote' | 'alliance' | 'basing' | 'support', readonly string[]>> = {
  hostile: ['nonaggression', 'neutrality'],
  // Arms sent to a state fighting the beneficiary (a treaty response at `materiel`): support.
  support: ['neutrality'],
  sanctions: ['no_sanctions'],
  vote: ['no_sanctions'],
  alliance: ['no_hostile_alliance', 'neutrality'],
  basing: ['no_hostile_territory', 'neutrality'],
};

/**
 * Checks the negative duties an act by `by` against `against` would breach. For each one in force,
 * the actor respects it (the act is suppressed) with the duty's reliability, or breaches it; both
 * are recorded in the ledger. Returns true when the act goes ahead.
 *
 * A breach is a fact about an act that happened: the duties the actor chose to break are recorded
 * only once the act is known to go ahead. When a later duty holds the act back, the earlier choices
 * to break theirs are dropped — the ledger shows the one duty respected, none breached. With
 * `partOfAct`, the act has more checks to pass (arms for a coalition's every enemy): breaches stay
 * pending for {@link recordBreaches} after the last, and a respected duty at any check drops them all.
 *
 * Only current parties bear and enjoy them: `by` must be a party that day (the duty binds), and
 * `against` a party or a named non-party beneficiary.
 *
 * This is the acting party's own choice at the moment it acts, so it is drawn at once rather than
 * collected with the tick's other decisions. Self-defence is no breach: force against an actor
 * that made an armed attack on `by` ({@link selfDefence}) is not checked. A UN vote breaches a
 * sanctions duty only when the duty's scope covers UN measures.
 */
export function checkDuties(s: RunState, category: keyof typeof BREACHES, by: number, against: number, parent: number, partOfAct = false): boolean {
  const m = s.model;
  if (m.dutiesByActor[by]!.length === 0) return true;
  // No duty toward `against` of this category (the common case): nothing to check, self-defence or not.
  const duties = dutiesAgainst(m, category, by, against);
  if (duties.length === 0) return true;
  // Self-defence is no breach: force against an armed attacker, or (arms) support for others
  // fighting the state that attacked the party.
  if ((category === 'hostile' || category === 'support') && selfDefence(s, by, against)) return true;
  let go = true;
  for (let k = 0; k < duties.length; k++) {
    const d = duties[k]!;
    const o = m.obligations[d]!;
    if (!s.protects(d, against)) continue;
    // Neutrality binds only while the party it protects is at war with a third state (ATOP's
    // "neutrality": no support for a state attacking the partner; the 1939 German–Soviet Art. II,
    // "should one … become the object of belligerent action by a third Power"): at peace it forbids
    // nothing, at war it forbids joining the war against the partner, aligning against it and
    // lending territory against it.
    // (1.11) `unprovoked`: only a war the beneficiary did not begin calls neutrality into play;
    // (1.12) `enemies`: only a war with a state of the class ("a third Great Power").
    if (o.type === 'neutrality' && !atWarWithThird(s, o, against, by)) continue;
    // (1.11) `unprovoked`: a beneficiary waging a war it began is not protected — resistance to its
    // aggression, the party's own or in aid of its victims, breaches nothing (Locarno 1925 Art. 2);
    // (1.12) with named victims, only a war begun against one of them (Reinsurance 1887 Art. I).
    if (o.unprovoked && wagesWarItBegan(s, o, against, by)) continue;
    // Binding that day is the test; a duty its party joined or rejoined inside the tick comes
    // into force on that day, before it is kept or broken.
    if (!inForceNow(s, d, s.curDay, parent)) continue;
    if (keepsDuty(s, d, by, against, parent, () => `${o.type} duty (${m.pacts[o.pact]!.name}${o.article ? `, ${o.article}` : ''}) toward ${m.actors[against]!.id}: respect it or breach it?`)) { go = false; break; }
  }
  if (!partOfAct) recordBreaches(s);
  return go;
}

/** Records the breaches pending at an act that goes ahead, in the order they were chosen. */
export function recordBreaches(s: RunState): void {
  const b = s.pendingBreaches;
  if (b.length === 0) return;
  for (let k = 0; k < b.length; k += 4) recv(s, 'duty', `duty:${s.model.obligations[b[k]!]!.key}`, b[k + 3]!, b[k + 1]!, b[k + 2]!, -1, 0, false, 'breached', -1, -1, b[k]!, '', -1);
  b.length = 0;
}

/**
 * The acting party's choice at the act: it respects duty `d` toward `against` with the duty's
 * reliability (one draw) or breaches it — asked of a seminar's decider when there is one. A
 * respect is recorded at once and drops the act's pending breaches (the act does not happen); a
 * breach waits in `pendingBreaches` until the act is known to go ahead. True when it respects it.
 */
function keepsDuty(s: RunState, d: number, by: number, against: number, parent: number, prompt: () => string): boolean {
  const m = s.model;
  const o = m.obligations[d]!;
  const u = unitFloat(s.drawBits(o.source));
  s.decisionRound++;
  const chosen = u < o.reliability ? 0 : 1;
  // Without a decider the model's choice stands: no request (options, prompt) is built.
  const respect = (!s.decider ? chosen : decide(s, { kind: 'duty', actor: m.actors[by]!.id, key: o.key, options: ['respect', 'breach'], chosen, prompt: prompt() })) === 0;
  if (respect) {
    s.pendingBreaches.length = 0;
    recv(s, 'duty', `duty:${o.key}`, parent, by, against, -1, 0, false, 'respected', -1, -1, d, '', -1);
  } else {
    s.pendingBreaches.push(d, by, against, parent);
  }
  return respect;
}

/**
 * (1.11) Whether the truce of `a` and `b` may go ahead under either side's `no_separate_peace`
 * duties ({@link separatePeaceAllowed}, each side's in turn): one act, so a breach by the first is
 * recorded only if the second does not hold the truce back.
 */
export function checkSeparatePeace(s: RunState, a: number, b: number, together: readonly number[], parent: number): boolean {
  const go = separatePeaceAllowed(s, a, b, together, parent) && separatePeaceAllowed(s, b, a, together, parent);
  if (go) recordBreaches(s);
  return go;
}

/**
 * (1.11) Whether `by` may make a ceasefire or peace with `enemy` under its `no_separate_peace`
 * duties: for each such duty in force — (1.14) whose `enemies`, if it names them, include `enemy` on
 * the day — that protects a party still fighting `enemy` — in an open war
 * episode above the crisis rung, or at the war rung — whose own pair with `enemy` is not among
 * `together` (the pairs the same truce ends), the actor respects it with the duty's reliability
 * (the truce does not happen) or breaches it (a separate peace); one draw and one `duty` event per
 * duty, against the first such party; a breach stays pending ({@link recordBreaches}). True when
 * the truce may go ahead.
 */
function separatePeaceAllowed(s: RunState, by: number, enemy: number, together: readonly number[], parent: number): boolean {
  const m = s.model;
  const duties = m.dutiesByActor[by]!;
  for (let k = 0; k < duties.length; k++) {
    const d = duties[k]!;
    const o = m.obligations[d]!;
    if (o.type !== 'no_separate_peace') continue;
    // (1.14) A clause that names its enemies ("with Germany or any other State associated with her
    // in acts of aggression in Europe") leaves a truce with any other free.
    if (o.enemies !== 'any' && !byMatches(s, o, o.enemies, enemy, s.curDay)) continue;
    let ally = leftFighting(s, d, by, enemy, together, 0);
    if (ally < 0 || !inForceNow(s, d, s.curDay, parent)) continue;
    // (1.15) "Except by mutual consent": each partner left fighting is asked in turn; the first
    // that refuses is the one the duty is then kept or broken toward. All agreeing, the truce
    // breaches nothing under this duty.
    if (o.consent >= 0) {
      while (ally >= 0 && consents(s, d, by, ally, enemy, parent)) ally = leftFighting(s, d, by, enemy, together, o.beneficiaries.indexOf(ally) + 1);
      if (ally < 0) continue;
    }
    if (keepsDuty(s, d, by, ally, parent, () => `no separate peace (${m.pacts[o.pact]!.name}${o.article ? `, ${o.article}` : ''}): ${m.actors[ally]!.id} is still at war with ${m.actors[enemy]!.id} — make peace without it, or not?`)) return false;
  }
  return true;
}

/**
 * The first of duty `d`'s beneficiaries, from its `from`-th on, that `by`'s truce with `enemy` would
 * leave fighting `enemy` — in an open war episode above the crisis rung, or at the war rung; (1.16)
 * with `partners: at_war`, also at war with it in law only (a declared war at any rung) — and whose
 * own pair with `enemy` is not among `together`; -1 for none.
 */
function leftFighting(s: RunState, d: number, by: number, enemy: number, together: readonly number[], from: number): number {
  const m = s.model;
  const list = m.obligations[d]!.beneficiaries;
  for (let i = from; i < list.length; i++) {
    const b = list[i]!;
    if (b === enemy || b === by || !s.protects(d, b)) continue;
    const p = s.pair(b, enemy);
    if (together.includes(p)) continue;
    if (s.rung[p]! >= m.warRung || (s.episodes.isOpen(s.pairEpisode[p]!) && s.rung[p]! > m.crisisRung)) return b;
    if (m.obligations[d]!.partnersAtWar && s.warStatus(p) !== WAR_NONE) return b;
  }
  return -1;
}

/**
 * (1.15) Whether `ally`, left fighting `enemy`, consents to `by`'s separate truce under duty `d`:
 * with the clause's `consent` chance (one draw from the duty's numbers), or as a seminar's decider
 * for `ally` answers. A consent is recorded at once (`duty` event `consented`, actor `ally`, target
 * `by`); a refusal records nothing, the duty's keeping or breach following.
 */
function consents(s: RunState, d: number, by: number, ally: number, enemy: number, parent: number): boolean {
  const m = s.model;
  const o = m.obligations[d]!;
  const u = unitFloat(s.drawBits(o.source));
  s.decisionRound++;
  const chosen = u < o.consent ? 0 : 1;
  const agree = (!s.decider ? chosen : decide(s, {
    kind: 'duty', actor: m.actors[ally]!.id, key: o.key, options: ['consent', 'refuse'], chosen,
    prompt: `no separate peace except by consent (${m.pacts[o.pact]!.name}${o.article ? `, ${o.article}` : ''}): ${m.actors[by]!.id} asks to make peace with ${m.actors[enemy]!.id} while ${m.actors[ally]!.id} is still at war with it — consent, or refuse?`,
  })) === 0;
  if (agree) recv(s, 'duty', `duty:${o.key}`, parent, ally, by, -1, 0, false, 'consented', -1, -1, d, '', -1);
  return agree;
}

/**
 * Whether force by `by` against `against` is self-defence (UN Charter Art. 51): `against` made an
 * armed attack on `by` — the war episode the two are fighting in (opened by any use of force of MID 4
 * or more, the engine's armed attack, below the war rung too) has `against` on the side that began
 * it and `by` on the side it was used against — or `against` opened the hostilities between them.
 */
function selfDefence(s: RunState, by: number, against: number): boolean {
  const p = s.pair(by, against);
  // In a war episode the sides decide, whatever the rung: an aggressor has no self-defence against
  // an ally that came to its victim's aid, though that ally fired first on their own pair.
  const e = s.pairEpisode[p]!;
  if (s.episodes.isOpen(e)) return s.episodes.sideOf(e, against) === SIDE_INITIATOR && s.episodes.sideOf(e, by) === SIDE_DEFENDER;
  return s.warStatus(p) !== WAR_NONE && s.initiator[p] === against;
}

/**
 * Whether `a`, the beneficiary of neutrality duty `o`, is the object of belligerent action by a
 * state other than `except` that the duty's `enemies` names on the day: at war with it (the war
 * rung or above) or fighting it in an open war episode (a use of force of MID 4 or more). With
 * `unprovoked`, a war `a` began does not count — in an open episode `a` stands on the side that
 * began it; outside one, `a` opened the hostilities — unless it was begun against a state the
 * clause does not name (the episode's victim; outside one, the other of the pair).
 */
function atWarWithThird(s: RunState, o: ObligationInfo, a: number, except: number): boolean {
  const n = s.model.actors.length;
  const day = s.curDay;
  for (let x = 0; x < n; x++) {
    if (x === a || x === except) continue;
    const p = s.pair(a, x);
    const e = s.pairEpisode[p]!;
    const open = s.episodes.isOpen(e);
    if (!open && s.rung[p]! < s.model.warRung) continue;
    if (!byMatches(s, o, o.enemies, x, day)) continue;
    if (!o.unprovoked) return true;
    const began = open ? s.episodes.sideOf(e, a) === SIDE_INITIATOR : s.initiator[p] === a;
    if (!began || !byMatches(s, o, o.unprovokedAgainst, open ? s.episodes.victim[e]! : x, day)) return true;
  }
  return false;
}

/**
 * Whether `b`, the beneficiary of duty `o` written `unprovoked`, wages a war it began against a
 * state the clause names (for `unprovoked: true`, anyone), a war in which `by` is not on its side:
 * `b` stands on the side that began an open war episode, whose victim the clause names, that `by`
 * does not stand on that side of; or, outside any episode, `b` opened the hostilities of a pair at
 * the war rung with a state the clause names.
 */
function wagesWarItBegan(s: RunState, o: ObligationInfo, b: number, by: number): boolean {
  const n = s.model.actors.length;
  const day = s.curDay;
  for (let x = 0; x < n; x++) {
    if (x === b) continue;
    const p = s.pair(b, x);
    const e = s.pairEpisode[p]!;
    if (s.episodes.isOpen(e)) {
      if (s.episodes.sideOf(e, b) === SIDE_INITIATOR && s.episodes.sideOf(e, by) !== SIDE_INITIATOR
        && byMatches(s, o, o.unprovokedAgainst, s.episodes.victim[e]!, day)) return true;
    } else if (s.rung[p]! >= s.model.warRung && s.initiator[p] === b && byMatches(s, o, o.unprovokedAgainst, x, day)) {
      return true;
    }
  }
  return false;
}

const CATEGORIES = Object.keys(BREACHES) as (keyof typeof BREACHES)[];

/** Each category's place in `CATEGORIES` (its lists' index), found without a search at every act. */
const CATEGORY_INDEX = Object.fromEntries(CATEGORIES.map((c, k) => [c, k])) as Readonly<Record<keyof typeof BREACHES, number>>;
const NONE: readonly number[] = Object.freeze([]);

/**
 * Per model, category and ordered pair (by × nActors + against): the duties of `by` that an act of
 * the category against `against` could breach, in `dutiesByActor` order — those of a breached type
 * (and for a vote, a scope covering UN measures) naming `against` among their beneficiaries. What
 * is left to ask at the act depends on the day (membership spells, entry into force). Made once
 * per model: an act asks one list instead of testing every duty's type.
 */
const DUTY_LISTS = new WeakMap<Model, readonly (readonly (readonly number[])[])[]>();

function dutiesAgainst(m: Model, category: keyof typeof BREACHES, by: number, against: number): readonly number[] {
  let lists = DUTY_LISTS.get(m);
  if (lists === undefined) { lists = dutyLists(m); DUTY_LISTS.set(m, lists); }
  return lists[CATEGORY_INDEX[category]]![by * m.actors.length + against]!;
}

function dutyLists(m: Model): readonly (readonly (readonly number[])[])[] {
  const n = m.actors.length;
  return CATEGORIES.map((category) => {
    const types = BREACHES[category];
    const out: (readonly number[])[] = [];
    for (let by = 0; by < n; by++) {
      for (let against = 0; against < n; against++) {
        const list = m.dutiesByActor[by]!.filter((d) => {
          const o = m.obligations[d]!;
          return types.includes(o.type) && o.beneficiaries.includes(against) && !(category === 'vote' && o.scope !== 'any');
        });
        out.push(list.length > 0 ? list : NONE);
      }
    }
    return out;
  });
}
