import { TABLES } from '../machines/host.js';
import type { ByRule, ObligationInfo } from '../model/model.js';
import { inClass } from '../model/by-class.js';
import { RESPONSE_LEVEL_NAMES, WAR_NONE } from '../model/model.js';
import { liesWithin } from '../model/regions.js';
import { inSpells, spellAt } from '../model/parties.js';
import { JUDGED_SLOTS, type RunState } from './state.js';
import type { SimEvent } from './event.js';
import { dayFor, emit, PRIORITY, queueItem, recv, type InternalEffect } from './effects.js';
import { onInitiatorSide, takeSide } from './attribution.js';
import { checkDuties, recordBreaches } from './duties.js';
import { otherSide, SIDE_INITIATOR, SIDE_NONE } from './episodes.js';
import { unitFloat } from '../rng/xor128.js';

/** Response details made once (`honoured:forces`, …): the same string every time, whose hash is known. */
const HONOURED_DETAIL = RESPONSE_LEVEL_NAMES.map((l) => `honoured:${l}`);
const DEFECTED_DETAIL = RESPONSE_LEVEL_NAMES.map((l) => `defected:${l}`);
const MOOT_DETAIL = RESPONSE_LEVEL_NAMES.map((l) => `moot:${l}`);
/** A pretext's response whose `pretextWhen` no longer holds when it falls due: moot, told apart in the story. */
const PRETEXT_LAPSED_DETAIL = RESPONSE_LEVEL_NAMES.map((l) => `moot:${l}:pretext`);
/** (engine 0.16.0) A forces response whose fight has stopped while its war goes on (see applyResponse). */
const FIGHT_STOPPED_DETAIL = RESPONSE_LEVEL_NAMES.map((l) => `moot:${l}:stopped`);

const ST = {
  dormant: TABLES.obligation.state('dormant'),
  notInForce: TABLES.obligation.state('not_in_force'),
  judged: TABLES.obligation.state('judged'),
  invoked: TABLES.obligation.state('invoked'),
  lapsed: TABLES.obligation.state('lapsed'),
  denied: TABLES.obligation.state('denied'),
  unrequested: TABLES.obligation.state('unrequested'),
};
const EV = {
  casus: TABLES.obligation.event('CASUS'),
  invoke: TABLES.obligation.event('INVOKE'),
  deny: TABLES.obligation.event('DENY'),
  honour: TABLES.obligation.event('HONOUR'),
  defect: TABLES.obligation.event('DEFECT'),
  lapse: TABLES.obligation.event('LAPSE'),
  enterForce: TABLES.obligation.event('ENTER_FORCE'),
  moot: TABLES.obligation.event('MOOT'),
  unrequested: TABLES.obligation.event('UNREQUESTED'),
};

/** The judgment's third outcome: a met casus the attacked party did not ask help for (run/request.ts). */
export const UNREQUESTED = 2;

/**
 * True when obligation `o` can take up a casus between `enemy` and `beneficiary`: it is neither
 * lapsed, out of force nor in the middle of a judgment, and it has not already judged this same
 * war. One judgment per war episode: further attacks in an open episode by an attacker on a
 * beneficiary already judged in it are not new casus, whatever other casus were judged since (a
 * second attacker or beneficiary in between); once the episode has ended, the next attack is. For
 * casus outside any episode (threats, signals) the relation decides: judged again unless it is the
 * last one judged and the relation stood above the crisis rung at that judgment and has stayed
 * there since (`rungBefore` is its rung before the act).
 */
function free(s: RunState, o: number, enemy: number, beneficiary: number, rungBefore: number, episode: number): boolean {
  const st = s.obligationState(o);
  if (st === ST.lapsed || st === ST.judged || st === ST.invoked || st === ST.notInForce) return false;
  const key = enemy * s.model.actors.length + beneficiary;
  // Judged once a war, even by a duty that is dormant again: a pretext its party would not act on
  // (engine 0.16.0, `UNWILLING`) leaves the duty dormant with the war judged.
  if (st === ST.dormant) return !(episode >= 0 && judgedIn(s, o, key, episode));
  if (deniedThisTick(s, o, st, beneficiary)) return false;
  if (episode >= 0 && judgedIn(s, o, key, episode)) return false;
  if (s.obligationCasus[o] !== key) return true;
  if (episode >= 0 && s.obligationEpisodeId[o]! >= 0) return true;
  const above = s.obligationAboveCrisis[o]!;
  return !(rungBefore > s.model.crisisRung && above >= 0 && above === s.pairDescents[s.pair(enemy, beneficiary)]);
}

/** Whether obligation `o` has judged casus `key` in episode `episode`, and that episode is still open. */
function judgedIn(s: RunState, o: number, key: number, episode: number): boolean {
  return holds(s, o, episode * s.model.actors.length ** 2 + key, episode);
}

/**
 * Whether obligation `o` let pass a pretext for casus `key` in open episode `episode` (engine
 * 0.15.0): the chance of claiming one is a judgment of the war, drawn once for each attacker and
 * protected party in it, as a met casus is judged once; drawn again at each strike, a pretext of
 * chance p was claimed in a war of k strikes with chance 1 − (1 − p)^k. Kept in the list of judged
 * casus as a negative entry (−1 − entry), which no met casus matches: an attack that later meets the
 * clause in the same war is judged as any other.
 */
function declinedIn(s: RunState, o: number, key: number, episode: number): boolean {
  return holds(s, o, -1 - (episode * s.model.actors.length ** 2 + key), episode);
}

function holds(s: RunState, o: number, entry: number, episode: number): boolean {
  if (!s.episodes.isOpen(episode)) return false;
  for (let k = o * JUDGED_SLOTS, end = k + s.obligationJudgedCount[o]!; k < end; k++) if (s.obligationJudged[k] === entry) return true;
  return false;
}

/**
 * Remembers that obligation `o` has judged casus `key` in episode `episode` (a judgment, or an
 * attacker joining a coalition). Entries of episodes that have ended are dropped first, so the list
 * holds only casus of open wars; when it is still full the oldest goes.
 */
function rememberJudged(s: RunState, o: number, key: number, episode: number): void {
  if (episode < 0 || judgedIn(s, o, key, episode)) return;
  remember(s, o, episode * s.model.actors.length ** 2 + key);
}

/** Remembers that obligation `o` let pass a pretext for casus `key` in episode `episode` (see {@link declinedIn}). */
function rememberDeclined(s: RunState, o: number, key: number, episode: number): void {
  if (episode < 0 || declinedIn(s, o, key, episode)) return;
  remember(s, o, -1 - (episode * s.model.actors.length ** 2 + key));
}

function remember(s: RunState, o: number, entry: number): void {
  const nn = s.model.actors.length ** 2;
  const base = o * JUDGED_SLOTS;
  let count = 0;
  for (let k = base, end = base + s.obligationJudgedCount[o]!; k < end; k++) {
    const kept = s.obligationJudged[k]!;
    if (s.episodes.isOpen(Math.floor((kept >= 0 ? kept : -1 - kept) / nn))) s.obligationJudged[base + count++] = kept;
  }
  if (count === JUDGED_SLOTS) {
    for (let k = base + 1; k < base + JUDGED_SLOTS; k++) s.obligationJudged[k - 1] = s.obligationJudged[k]!;
    count--;
  }
  s.obligationJudged[base + count++] = entry;
  s.obligationJudgedCount[o] = count;
}

/**
 * A pact whose in-force date has come (on `day`, which may lie inside the tick) moves out of
 * `not_in_force` the obligations that bind that day: those of every party but one that accedes
 * later. So, for a party's own dates, does its accession, or its rejoining (out of `lapsed`: a
 * later spell of membership; the run never reaches here for a pact that has ended, whose
 * obligations bind no day after its end).
 */
export function enterForce(s: RunState, pact: number, parent: number, day = s.curDay): void {
  for (const o of s.model.obligations) {
    if (o.pact !== pact || !outOfForce(s.obligationState(o.index)) || !s.obligationBinds(o.index, day)) continue;
    bringIntoForce(s, o, parent);
  }
}

/** Not bound now: before the pact or the party's first spell (`not_in_force`), or after a spell (`lapsed`). */
const outOfForce = (st: number): boolean => st === ST.notInForce || st === ST.lapsed;

/** Obligation `o` enters into force (its pact's date, or its party's accession or rejoining, has come). */
function bringIntoForce(s: RunState, o: ObligationInfo, parent: number): void {
  // Rejoining starts the duty afresh: nothing of a casus judged in an earlier spell carries over
  // (its level, its enemy, its war, its pretext, the invocation a queued response belongs to).
  if (s.obligationState(o.index) === ST.lapsed) forgetCasus(s, o.index);
  s.send('obligation', o.index, EV.enterForce);
  recv(s, 'obligation', `pact:${s.model.pacts[o.pact]!.id}`, parent, o.obligated, -1, -1, 0, false, 'in_force', -1, -1, o.index, '', -1);
}

/** Clears what obligation `i` remembers of its last casus, as at the start of a run. */
function forgetCasus(s: RunState, i: number): void {
  const n = s.model.actors.length;
  s.obligationLevel[i] = -1;
  s.obligationCasus[i] = -1;
  s.obligationEpisodeId[i] = -1;
  s.obligationPretext[i] = 0;
  s.obligationCasusEvent[i] = -1;
  s.obligationCoEnemies.fill(0, i * n, (i + 1) * n);
  s.obligationJudgedCount[i] = 0;
}

/**
 * Whether a response queued by the invocation `invocation` still belongs to obligation `i`'s
 * current casus. Only a party that left and rejoined while it was due breaks the link: its duty
 * lapsed (the pending response dropped with it) and may since have been invoked afresh, with a
 * response of its own.
 */
export function responsePending(s: RunState, i: number, invocation: number): boolean {
  const inv = s.events[invocation];
  return inv !== undefined && inv.parent === s.obligationCasusEvent[i];
}

/** Obligation `o` lapses, whatever its state (its pact ended, or its party left). */
function lapse(s: RunState, o: ObligationInfo): void {
  s.send('obligation', o.index, EV.lapse);
  recv(s, 'obligation', `pact:${s.model.pacts[o.pact]!.id}`, -1, o.obligated, -1, -1, 0, false, 'lapsed', -1, -1, o.index, '', -1);
}

/**
 * The start of a tick for a pact whose parties join or leave on their own dates (the pact
 * itself in force and not lapsed): the duties of a party whose spell has ended lapse, as every
 * duty does when the whole pact lapses (whether dormant, judging, invoked or answered; the fate
 * `lapsed`, cause `pact:ID`); those of a party whose accession day has come, or that has come back
 * for a later spell, enter into force. A gap between two spells that no start of a tick falls in
 * is not seen here (the acts dated inside it still find the party out: {@link inForceNow}).
 */
export function membership(s: RunState, pact: number): void {
  for (const o of s.model.obligations) {
    if (o.pact !== pact) continue;
    const st = s.obligationState(o.index);
    const binds = s.obligationBinds(o.index, s.day);
    if (binds) { if (outOfForce(st)) bringIntoForce(s, o, -1); }
    // Out of a spell: lapsed, once it has been in one (before the first, it stays not in force).
    else if (st !== ST.lapsed && s.day >= o.fromDay) lapse(s, o);
  }
}

/**
 * The machine state an obligation starts a run in on `day`: dormant inside a spell of its party
 * (and the pact's life), `not_in_force` before the first, `lapsed` after one (between two spells,
 * or for good).
 */
export function startState(o: ObligationInfo, day: number): number {
  if (day < o.fromDay) return ST.notInForce;
  return inSpells(o.spells, day) ? ST.dormant : ST.lapsed;
}

/**
 * Whether obligation `i` can judge an act dated `day`: its pact is in force that day (bringing it
 * into force first if the day has come within the tick). If not, and the casus would have been met,
 * the fate `not_in_force` is recorded, once per war episode.
 */
function inForceFor(s: RunState, i: number, day: number, met: boolean, enemy: number, episode: number, parent: number): boolean {
  if (inForceNow(s, i, day, parent)) return true;
  if (episode >= 0 && s.obligationNotInForce[i] === episode) return false;
  if (!met) return false;
  notInForce(s, i, enemy, episode, parent);
  return false;
}

/**
 * Whether obligation `i` binds on `day` (its pact in force, its party a party), bringing it into
 * force first if that day has come within the tick (a party joining or rejoining inside it).
 */
export function inForceNow(s: RunState, i: number, day: number, parent: number): boolean {
  if (!s.obligationBinds(i, day)) return false;
  if (outOfForce(s.obligationState(i))) enterForce(s, s.model.obligations[i]!.pact, parent, day);
  return true;
}

/** Records the fate `not_in_force` of obligation `i` for this episode. */
function notInForce(s: RunState, i: number, enemy: number, episode: number, parent: number): void {
  const o = s.model.obligations[i]!;
  s.obligationNotInForce[i] = episode;
  recv(s, 'obligation', o.cause, parent, o.obligated, enemy, -1, 0, false, 'not_in_force', -1, -1, i, '', episode);
}

/** Whether a pretext may be claimed now: the clause allows one, and its `pretextWhen` holds. */
function pretextAllowed(s: RunState, o: ObligationInfo, enemy: number, beneficiary: number): boolean {
  return o.pretext > 0 && (!o.pretextWhen || o.pretextWhen(s, o.obligated, enemy, beneficiary));
}

/** Whether `a` is a party to `o`'s pact on `day` (a state before its accession or after it left is not). */
function partyOf(s: RunState, o: ObligationInfo, a: number, day: number): boolean {
  return s.isParty(o.pact, a, day);
}

/** Whether actor `a`, who did an act on `day`, is one the clause's `by` names (a class is judged on that day). */
export function byMatches(s: RunState, o: ObligationInfo, rule: ByRule, a: number, day: number): boolean {
  if (rule === 'any') return true;
  if (rule === 'non_party') return !partyOf(s, o, a, day);
  if (rule === 'party') return partyOf(s, o, a, day) && a !== o.obligated;
  if ('kind' in rule) return inClass(s.model, rule, a, day, s);
  return rule.includes(a);
}

/**
 * Whether obligation `i` covers `b` on `day` as the party it acts for: the protected party (for an
 * offense duty, the attacking party it joins) must be one that day. An attack on a state before
 * its accession is no casus of the pact, as a war begun before entry into force is none.
 */
/**
 * The day whose memberships decide whether an act on `day` concerns the pact: the day itself while
 * the pact is in force; its first day before it, its last day after it has lapsed or been
 * terminated. So a state that was a party when the treaty ended is the one the treaty would have
 * protected (the act records `not_in_force`, whether the pact ended on its written date or by a
 * notice), while a state not a party of a pact still in force is outside it (nothing recorded).
 */
function membershipDay(s: RunState, p: number, day: number): number {
  const start = s.model.pacts[p]!.inForceDay;
  const end = s.pactEnd[p]!;
  return day < start ? start : day >= end ? end - 1 : day;
}

/** Whether an act on `b` is no concern of obligation `i`'s pact: `b` was not a party (see {@link membershipDay}). */
function outsider(s: RunState, i: number, b: number, day: number): boolean {
  const p = s.model.obligations[i]!.pact;
  return s.model.pacts[p]!.staggered && !covers(s, i, b, membershipDay(s, p, day));
}

export function covers(s: RunState, i: number, b: number, day: number): boolean {
  const o = s.model.obligations[i]!;
  return o.type === 'offense' ? partyOf(s, o, b, day) : s.protects(i, b, day);
}

/**
 * Whether the party a response is owed to is still covered on `day` without having left since the
 * casus was judged: a withdrawal releases the others from what they owed it (VCLT Art. 70(1)(a)),
 * and rejoining makes new ties, not a revival of the old debt — one spell must hold both days.
 */
function coveredThrough(s: RunState, i: number, b: number, day: number): boolean {
  if (!covers(s, i, b, day)) return false;
  const m = s.model;
  const o = m.obligations[i]!;
  let spells: readonly number[];
  if (o.type === 'offense') {
    const pact = m.pacts[o.pact]!;
    spells = pact.partySpells[pact.parties.indexOf(b)]!;
  } else spells = o.beneficiarySpells[o.beneficiaries.indexOf(b)]!;
  if (spells.length === 2) return true;
  const judged = s.events[s.obligationCasusEvent[i]!];
  return judged === undefined || spellAt(spells, judged.day) === spellAt(spells, day);
}

function within(s: RunState, region: number, ancestor: number): boolean {
  return liesWithin(s.model.regions, region, ancestor);
}

/**
 * Whether an armed attack meets an obligation's casus foederis as coded: who was attacked, by
 * whom, where, how hard, and (if the clause asks) whether it left the party in a state of war it
 * did not start.
 */
export function casusMet(s: RunState, o: ObligationInfo, ev: SimEvent, beneficiary: number, enemy: number, withWhen = true): boolean {
  const c = o.casus!;
  if (ev.intensity < c.minIntensity) return false;
  if (o.type === 'offense') {
    if (c.on !== 'party' && !c.on.includes(ev.target)) return false;
  } else if (!byMatches(s, o, c.by, ev.actor, ev.day)) return false;
  if (c.regions && !regionCovered(s, o, c.regions, ev)) return false;
  const p = s.pair(enemy, beneficiary);
  if (c.stateOfWar && s.rung[p]! < s.model.warRung) return false;
  if (c.unprovoked) {
    // Art. 51: the attacked party must not stand on the side that began the war episode the
    // attack belongs to — an ally's collective self-defence against an aggressor is no casus for
    // the aggressor's allies. Outside any episode (force short of MID 4), the pair's own record.
    if (ev.episode >= 0) { if (onInitiatorSide(s, ev.episode, beneficiary)) return false; }
    else if (s.warStatus(p) !== WAR_NONE && s.initiator[p] === beneficiary) return false;
  }
  if (c.minEnemies > 1 && o.type !== 'offense' && enemiesNamed(s, o, c.by, beneficiary, ev, c.unprovoked, c.sameWar ? ev.episode : -2) < c.minEnemies) return false;
  // (1.12) The clause's own condition, on the state as the act left it.
  if (withWhen && o.casusWhen !== undefined && !o.casusWhen(s, o.obligated, enemy, beneficiary)) return false;
  return true;
}

/**
 * (1.11) The states `by` names (judged on the attack's day) that the attacked party is fighting
 * after the attack, the attacker included, in any of its wars: a state whose pair with it is in an
 * open war episode above the crisis rung, the two on opposite sides; outside any episode, one at
 * the war rung with it. With `unprovoked`, only wars the attacked party did not begin count.
 */
function enemiesNamed(s: RunState, o: ObligationInfo, rule: ByRule, beneficiary: number, ev: SimEvent, unprovoked: boolean, war: number): number {
  let n = 0;
  for (let x = 0; x < s.model.actors.length; x++) if (enemyNamed(s, o, rule, beneficiary, x, ev.day, unprovoked, war)) n++;
  return n;
}

/**
 * Whether `x` is one of the enemies {@link enemiesNamed} counts for `beneficiary` on `day`; `war`
 * (1.12 `sameWar`): only in that war episode (-1: in none), or -2 for any of its wars.
 */
function enemyNamed(s: RunState, o: ObligationInfo, rule: ByRule, beneficiary: number, x: number, day: number, unprovoked: boolean, war: number): boolean {
  if (x === beneficiary) return false;
  const m = s.model;
  const eps = s.episodes;
  const p = s.pair(x, beneficiary);
  const e = s.pairEpisode[p]!;
  if (war !== -2 && (war < 0 || e !== war)) return false;
  let fighting: boolean;
  if (e >= 0 && eps.isOpen(e)) {
    const side = eps.sideOf(e, beneficiary);
    fighting = s.rung[p]! > m.crisisRung && side !== SIDE_NONE && eps.sideOf(e, x) === otherSide(side) && !(unprovoked && side === SIDE_INITIATOR);
  } else {
    fighting = s.rung[p]! >= m.warRung && !(unprovoked && s.initiator[p] === beneficiary);
  }
  return fighting && byMatches(s, o, rule, x, day);
}

/**
 * (1.12) A casus that needs several enemies (`minEnemies`) is the war with all of them: the other
 * enemies it counted join the casus just judged as a coalition, so the response acts against each
 * ("the casus foederis will arise simultaneously", Triple Alliance Art. III).
 */
function joinCountedEnemies(s: RunState, i: number, enemy: number, beneficiary: number, episode: number, parent: number): void {
  const o = s.model.obligations[i]!;
  const c = o.casus!;
  for (let x = 0; x < s.model.actors.length; x++) {
    if (x === enemy || x === o.obligated || !enemyNamed(s, o, c.by, beneficiary, x, s.curDay, c.unprovoked, c.sameWar ? episode : -2)) continue;
    joinCoalition(s, i, true, x, beneficiary, episode, parent);
  }
}

/** Whether the attack's place meets one of the clause's regions (a loop: no closure per attack). */
function regionCovered(s: RunState, o: ObligationInfo, regions: NonNullable<NonNullable<ObligationInfo['casus']>['regions']>, ev: SimEvent): boolean {
  const admin = ev.region >= 0 ? s.model.regions[ev.region]!.administrator : -1;
  for (let k = 0; k < regions.length; k++) {
    const cl = regions[k]!;
    if ((cl.region < 0 || (ev.region >= 0 && within(s, ev.region, cl.region)))
      && (cl.administeredBy === -1
        || (cl.administeredBy === 'attacked' ? admin === ev.target
          : cl.administeredBy === 'any_party' ? admin >= 0 && partyOf(s, o, admin, ev.day) : admin === cl.administeredBy))) return true;
  }
  return false;
}

/** An armed attack: every obligation whose casus it may be is put up for judgment. */
export function onArmedAttack(s: RunState, ev: SimEvent): void {
  const m = s.model;
  considerAttack(s, ev, m.casusByBeneficiary[ev.target]!, false);
  considerAttack(s, ev, m.casusByBeneficiary[ev.actor]!, true);
}

/** The obligations of `list` (defensive ones, or with `offense` offensive ones) consider an armed attack. */
function considerAttack(s: RunState, ev: SimEvent, list: readonly number[], offense: boolean): void {
  for (let k = 0; k < list.length; k++) considerCasus(s, ev, list[k]!, offense);
}

/**
 * Obligation `i` (listed for the attack's target, or with `offense` for its actor) considers an
 * armed attack. Shared with the generated follow-up of an attack whose actors and intensity are
 * known where the code is generated (compiler/record-program.ts), which calls it for the
 * obligations that can take notice and {@link casusInForce} for those that cannot meet the casus.
 */
export function considerCasus(s: RunState, ev: SimEvent, i: number, offense: boolean): void {
  const m = s.model;
  const o = m.obligations[i]!;
  if (!o.casus || (o.type === 'offense') !== offense) return;
  const beneficiary = offense ? ev.actor : ev.target;
  const enemy = offense ? ev.target : ev.actor;
  if (o.obligated === enemy || o.obligated === beneficiary) return;
  if (o.casus.on !== 'party' && !offense && !o.casus.on.includes(beneficiary)) return;
  // An attack below the clause's intensity meets no casus, and a clause with no pretext to claim
  // has nothing to judge: what is left of the steps below is bringing the pact into force.
  if (ev.intensity < o.casus.minIntensity && !(o.pretext > 0)) { casusInForce(s, ev, i, beneficiary); return; }
  // Only a pact with membership dates can leave a listed beneficiary uncovered on some day.
  if (outsider(s, i, beneficiary, ev.day)) return;
  const supportedBy = o.casus.supportedBy;
  // inForceFor, with the casus judged only when the pact is not in force and the fate not yet recorded.
  if (!inForceNow(s, i, ev.day, ev.seq)) {
    if (!(ev.episode >= 0 && s.obligationNotInForce[i] === ev.episode) && casusMet(s, o, ev, beneficiary, enemy)
      && (supportedBy === undefined || supporterOf(s, o, ev.episode, enemy, beneficiary, ev.day) >= 0)) notInForce(s, i, enemy, ev.episode, ev.seq);
    return;
  }
  const met = casusMet(s, o, ev, beneficiary, enemy);
  // (1.13) `awaitWhen`: an attack in a war that meets all but the clause's condition waits there for
  // it (releaseAwaited), as one without support yet does — neither judged now nor claimed.
  if (!met && o.casus.awaitWhen && ev.episode >= 0 && casusMet(s, o, ev, beneficiary, enemy, false)) {
    awaitCasus(s, i, enemy, beneficiary, ev.from, ev.episode, ev.seq);
    return;
  }
  let against = enemy;
  let rungBefore = ev.from;
  if (met && supportedBy !== undefined) {
    // (1.12) "By Italy supported by Germany": met only with a supporter on the attacker's side;
    // without one yet, the attack waits in its war for support to come (releaseAwaited) — it
    // is neither judged now nor claimed as a pretext, which would judge it twice.
    const supporter = supporterOf(s, o, ev.episode, enemy, beneficiary, ev.day);
    if (supporter < 0) { awaitCasus(s, i, enemy, beneficiary, ev.from, ev.episode, ev.seq); return; }
    if (o.againstSupporter) { against = supporter; rungBefore = s.rung[s.pair(supporter, beneficiary)]!; }
  }
  const pretext = !met && pretextAllowed(s, o, against, beneficiary) && !declinedIn(s, i, against * m.actors.length + beneficiary, ev.episode);
  if (!free(s, i, against, beneficiary, rungBefore, ev.episode)) {
    if (!joinCoalition(s, i, met, against, beneficiary, ev.episode, ev.seq) && (met || pretext)) deferCasus(s, i, met, against, beneficiary, rungBefore, ev.episode, ev.seq);
    return;
  }
  if (!met && !pretext) return;
  s.decisions.push({ type: 'judge', obligation: i, met, enemy: against, beneficiary, rungBefore, episode: ev.episode, parent: ev.seq });
}

/**
 * (1.12) The first state (in actor order) that clause `o`'s `supportedBy` names on `day` and that
 * stands on `attacker`'s side of war episode `e` — other than the attacker, the attacked party and
 * the obligated party — or -1. Standing on a side is the episodes' record: a state fighting there,
 * or one that took the side by arming it under a treaty (a response at `materiel`). An attack
 * outside any episode (below MID 4) has no war to be supported in.
 */
function supporterOf(s: RunState, o: ObligationInfo, e: number, attacker: number, beneficiary: number, day: number): number {
  if (e < 0 || !s.episodes.isOpen(e)) return -1;
  const side = s.episodes.sideOf(e, attacker);
  if (side === SIDE_NONE) return -1;
  const c = o.casus!;
  const n = s.model.actors.length;
  // (1.12 `menace`) Or one that has threatened the attacked party since the war began and does
  // not stand on its side.
  const since = c.menace ? s.episodes.startTick[e]! : -1;
  const theirs = c.menace ? s.episodes.sideOf(e, beneficiary) : SIDE_NONE;
  for (let x = 0; x < n; x++) {
    if (x === attacker || x === beneficiary || x === o.obligated) continue;
    const xSide = s.episodes.sideOf(e, x);
    const supports = xSide === side || (c.menace && xSide !== theirs && s.threatTick[x * n + beneficiary]! >= since && s.threatTick[x * n + beneficiary]! >= 0);
    if (supports && byMatches(s, o, c.supportedBy!, x, day)) return x;
  }
  return -1;
}

/**
 * (1.12) An attack that meets obligation `i`'s clause but for support — or (1.13, `awaitWhen`) but
 * for its condition — waits, in its war, for what it lacks (once per attack and war).
 */
function awaitCasus(s: RunState, i: number, attacker: number, beneficiary: number, rungBefore: number, episode: number, parent: number): void {
  if (episode < 0) return;
  const list = s.awaitingSupport;
  for (let k = 0; k < list.length; k++) {
    const d = list[k]!;
    if (d.obligation === i && d.enemy === attacker && d.beneficiary === beneficiary && d.episode === episode) return;
  }
  list.push({ type: 'judge', obligation: i, met: true, enemy: attacker, beneficiary, rungBefore, episode, parent });
  if (s.model.obligations[i]!.casusWhen !== undefined) s.awaitingWhen = true;
}

/**
 * (1.12) Attacks waiting for support whose attacker has found a supporter since — a state the
 * clause names that has taken its side of the war (joined the fighting, or armed it under a
 * treaty) — and (1.13) whose clause's condition holds now, are put up for judgment, against the
 * supporter when the response says so; those whose war has ended, or whose duty no longer binds,
 * are dropped. Called by settle when a round has nothing else to decide — on every tick while one
 * waits for a condition (`awaitingWhen`); the judgment's parent is the attack.
 */
export function releaseAwaited(s: RunState): void {
  const list = s.awaitingSupport;
  let kept = 0;
  for (let k = 0; k < list.length; k++) {
    const d = list[k]!;
    const st = s.obligationState(d.obligation);
    if (!s.episodes.isOpen(d.episode) || st === ST.lapsed || st === ST.notInForce) continue;
    const o = s.model.obligations[d.obligation]!;
    const needsSupport = o.casus!.supportedBy !== undefined;
    const supporter = needsSupport ? supporterOf(s, o, d.episode, d.enemy, d.beneficiary, s.curDay) : -1;
    // (1.12) Support found, the clause's own condition must hold then too; else the attack waits on.
    if ((needsSupport && supporter < 0) || (o.casusWhen !== undefined && !o.casusWhen(s, o.obligated, d.enemy, d.beneficiary))) { list[kept++] = d; continue; }
    const enemy = o.againstSupporter ? supporter : d.enemy;
    // The attacker's pair as it stood before the attack; the supporter's as it stands now.
    const rungBefore = o.againstSupporter ? s.rung[s.pair(enemy, d.beneficiary)]! : d.rungBefore;
    if (!free(s, d.obligation, enemy, d.beneficiary, rungBefore, d.episode)) {
      if (!joinCoalition(s, d.obligation, true, enemy, d.beneficiary, d.episode, d.parent)) deferCasus(s, d.obligation, true, enemy, d.beneficiary, rungBefore, d.episode, d.parent);
      continue;
    }
    s.decisions.push({ type: 'judge', obligation: d.obligation, met: true, enemy, beneficiary: d.beneficiary, rungBefore, episode: d.episode, parent: d.parent });
  }
  list.length = kept;
  let when = false;
  for (let k = 0; k < kept && !when; k++) when = s.model.obligations[list[k]!.obligation]!.casusWhen !== undefined;
  s.awaitingWhen = when;
}

/**
 * What is left of {@link considerCasus} for an attack below the clause's intensity when the clause
 * has no pretext to claim: no casus is met, so no `not_in_force` is recorded, no coalition joined
 * and nothing put up for judgment; only the pact's coming into force on the attack's day (a party
 * joining inside the tick) remains — for a beneficiary the obligation covers that day.
 */
export function casusInForce(s: RunState, ev: SimEvent, i: number, beneficiary: number): void {
  if (outsider(s, i, beneficiary, ev.day)) return;
  inForceNow(s, i, ev.day, ev.seq);
}

/** A threat of armed aggression: consultation clauses with a threat casus are put up for judgment. */
export function onThreat(s: RunState, ev: SimEvent): void {
  const m = s.model;
  for (const i of m.threatByBeneficiary[ev.target]!) {
    const o = m.obligations[i]!;
    const t = o.threat!;
    if (o.obligated === ev.actor) continue;
    if (t.on !== 'party' && !t.on.includes(ev.target)) continue;
    if (outsider(s, i, ev.target, ev.day)) continue;
    const rungBefore = s.rung[s.pair(ev.actor, ev.target)]!;
    const met = byMatches(s, o, t.by, ev.actor, ev.day) && (o.casusWhen === undefined || o.casusWhen(s, o.obligated, ev.actor, ev.target));
    if (!inForceFor(s, i, ev.day, met, ev.actor, -1, ev.seq)) continue;
    if (!met && !pretextAllowed(s, o, ev.actor, ev.target)) continue;
    // A second state threatening the same party while the duty is busy with the first joins its
    // casus (a coalition), as a second attacker does; a threat to another party waits its turn.
    if (!free(s, i, ev.actor, ev.target, rungBefore, -1)) {
      if (!joinCoalition(s, i, met, ev.actor, ev.target, -1, ev.seq)) deferCasus(s, i, met, ev.actor, ev.target, rungBefore, -1, ev.seq);
      continue;
    }
    s.decisions.push({ type: 'judge', obligation: i, met, enemy: ev.actor, beneficiary: ev.target, rungBefore, episode: -1, parent: ev.seq });
  }
}

/**
 * A named provocation (a signal) or a non-military hostile act: clauses with a casus on such acts
 * are put up for judgment. An act aimed at no one in particular (a nuclear test) concerns every
 * beneficiary of a clause whose `on` is `any`; it is judged once, for the first of them.
 */
export function onAct(s: RunState, ev: SimEvent): void {
  const m = s.model;
  const list = m.actsByKind.get(ev.kind);
  if (!list || list.length === 0) return;
  for (const i of list) {
    const o = m.obligations[i]!;
    if (o.obligated === ev.actor) continue;
    for (let k = 0; k < o.acts.length; k++) {
      const c = o.acts[k]!;
      if (c.event !== ev.kind) continue;
      if (c.kinds && !c.kinds.includes(ev.detail)) continue;
      if (actClause(s, ev, i, k)) break;
    }
  }
}

/**
 * Act clause `k` of obligation `i`, whose event and kinds match `ev`: is the act aimed at a
 * beneficiary it covers, by an enemy, while the pact binds? Then it is put up for judgment. Returns
 * true when the obligation is done with this act (judged, or not bound now), false to try its next
 * clause. Shared with the generated follow-up of an event (compiler/record-program.ts).
 */
export function actClause(s: RunState, ev: SimEvent, i: number, k: number): boolean {
  const o = s.model.obligations[i]!;
  const c = o.acts[k]!;
  let beneficiary: number;
  const day = membershipDay(s, o.pact, ev.day);
  if (ev.target >= 0) {
    if (ev.target === o.obligated || !s.protects(i, ev.target, day)) return false;
    if (c.on !== 'party' && c.on !== 'any' && !c.on.includes(ev.target)) return false;
    beneficiary = ev.target;
  } else {
    if (c.on !== 'any') return false;
    // The first beneficiary protected that day (the first written, unless it has left or not yet joined).
    beneficiary = -1;
    for (const b of o.beneficiaries) if (s.protects(i, b, day)) { beneficiary = b; break; }
    if (beneficiary < 0) return false;
  }
  const enemy = ev.actor;
  if (enemy < 0 || enemy === beneficiary) return false;
  const rungBefore = s.rung[s.pair(enemy, beneficiary)]!;
  const met = byMatches(s, o, c.by, enemy, ev.day) && (o.casusWhen === undefined || o.casusWhen(s, o.obligated, enemy, beneficiary));
  if (!inForceFor(s, i, ev.day, met, enemy, -1, ev.seq)) return true;
  if (!free(s, i, enemy, beneficiary, rungBefore, -1)) {
    // As for threats and attacks: another actor against the same party joins the pending casus.
    if (!joinCoalition(s, i, met, enemy, beneficiary, -1, ev.seq) && (met || pretextAllowed(s, o, enemy, beneficiary))) deferCasus(s, i, met, enemy, beneficiary, rungBefore, -1, ev.seq);
    return true;
  }
  if (!met && !pretextAllowed(s, o, enemy, beneficiary)) return false;
  s.decisions.push({ type: 'judge', obligation: i, met, enemy, beneficiary, rungBefore, episode: -1, parent: ev.seq });
  return true;
}

/**
 * The model's judgment: invoke a met casus (0) unless it denies it (1); claim an unmet one as a
 * pretext (0) or let it pass (1), in which case nothing is recorded.
 */
export function chooseJudgment(s: RunState, i: number, met: boolean): number {
  const o = s.model.obligations[i]!;
  const u = unitFloat(s.drawBits(o.source));
  if (met) return u >= o.deny ? 0 : 1;
  if (u >= o.pretext) return 1;
  // (engine 0.16.0) A pretext is claimed by a party that means to act on it: the clause's
  // reliability is drawn with the claim, and a claimed pretext is then honoured (chooseResponse).
  // Before, reliability was drawn at the response, so a claim could be followed by a defection —
  // a party saying the treaty applied and then breaking it (22 of China's 47 Art. II invocations
  // in korea-2024's 20,000 nominal runs). A party that would not act (UNWILLING) has judged the
  // war as a claim followed by a defection had: a later attack that meets the clause in the same
  // war is not judged again, so the chance that the duty acts in a war is the same as before.
  return unitFloat(s.drawBits(o.source)) < o.reliability ? 0 : UNWILLING;
}

/**
 * {@link chooseJudgment}'s answer for a pretext the party would claim but not act on: let pass,
 * and remembered as the war's judgment. Put to a decider as `let_pass`.
 */
export const UNWILLING = 3;

/**
 * Applies a judgment: invoke (0) or deny (1) a met casus — stepping the machine, recording both
 * steps and scheduling the response — or, for a clause that needs the attacked party's request,
 * leave it `unrequested` (2: none was made); claim (0) or let pass (1) an unmet one, letting it
 * pass leaving no trace.
 */
export function applyJudgment(s: RunState, i: number, choice: number, met: boolean, enemy: number, beneficiary: number, rungBefore: number, episode: number, parent: number): void {
  const o = s.model.obligations[i]!;
  if (!met && choice === UNWILLING) { rememberJudged(s, i, enemy * s.model.actors.length + beneficiary, episode); return; }
  if (!met && choice !== 0) { rememberDeclined(s, i, enemy * s.model.actors.length + beneficiary, episode); return; }
  // A pretext is claimed only while `pretextWhen` holds: the round may have ended it between the
  // attack and the claim (a ceasefire of the war it named, applied first). Nothing is claimed.
  if (!met && o.pretextWhen && !o.pretextWhen(s, o.obligated, enemy, beneficiary)) return;
  if (fightingBeneficiary(s, o.obligated, beneficiary)) return;
  if (!free(s, i, enemy, beneficiary, rungBefore, episode)) {
    // Judged in the same round as a casus on another protected party, applied first: this one
    // waits for the duty to be free, and is judged again then.
    if (!joinCoalition(s, i, met, enemy, beneficiary, episode, parent)) deferCasus(s, i, met, enemy, beneficiary, rungBefore, episode, parent);
    return;
  }
  const cause = o.cause;
  s.send('obligation', i, EV.casus);
  s.obligationCasus[i] = enemy * s.model.actors.length + beneficiary;
  s.obligationEpisodeId[i] = episode;
  rememberJudged(s, i, s.obligationCasus[i]!, episode);
  s.obligationAboveCrisis[i] = rungBefore > s.model.crisisRung ? s.pairDescents[s.pair(enemy, beneficiary)]! : -1;
  s.obligationPretext[i] = met ? 0 : 1;
  // A loop over the obligation's row (one number per actor; the built-in `fill` of a range costs
  // several times it), only when a coalition marked it (see joinCoalition).
  const n = s.model.actors.length;
  if (s.obligationCoEnemies[i * n + o.obligated]) for (let k = i * n, end = k + n; k < end; k++) s.obligationCoEnemies[k] = 0;
  const judged = recv(s, 'obligation', cause, parent, o.obligated, enemy, -1, 0, false, met ? 'judged' : 'judged:unmet', -1, -1, i, '', episode);
  s.obligationCasusEvent[i] = judged;
  if (met && o.casus !== undefined && o.casus.minEnemies > 1 && o.type !== 'offense') joinCountedEnemies(s, i, enemy, beneficiary, episode, judged);
  if (met && o.againstBoth) {
    // (1.12) `against: both`: the supporter joins the attacker's casus, one war in common against both.
    const supporter = supporterOf(s, o, episode, enemy, beneficiary, s.curDay);
    if (supporter >= 0) joinCoalition(s, i, true, supporter, beneficiary, episode, judged);
  }
  // Under a clause acting on request, the answer names the attacked party who asked (the story tells it).
  const asker = met && o.request >= 0 ? beneficiary : -1;
  if (choice === 0) {
    s.send('obligation', i, EV.invoke);
    const inv = recv(s, 'obligation', cause, judged, o.obligated, enemy, -1, 0, false, met ? 'invoked' : 'invoked:pretext', asker, -1, i, '', -1);
    const due = s.tick + o.within;
    queueItem(s, due, PRIORITY.follow, undefined, i, o.obligated, enemy, beneficiary, cause, inv, dayFor(s, due), episode);
  } else if (choice === UNREQUESTED) {
    s.send('obligation', i, EV.unrequested);
    recv(s, 'obligation', cause, judged, o.obligated, enemy, -1, 0, false, 'unrequested', beneficiary, -1, i, '', -1);
  } else {
    s.send('obligation', i, EV.deny);
    recv(s, 'obligation', cause, judged, o.obligated, enemy, -1, 0, false, met ? 'denied' : 'denied:unmet', asker, -1, i, '', -1);
  }
}

/**
 * The obligated party is itself fighting the party it would defend (their relation at the war rung,
 * in a state of war): it has no duty to judge attacks on its own enemy. Decided when the judgment
 * is applied, after every attack of the tick, so partners invading together (the Warsaw Treaty
 * states in Czechoslovakia, 1968, written as a war) do not judge one another (conformance W55-06).
 */
function fightingBeneficiary(s: RunState, obligated: number, beneficiary: number): boolean {
  const p = s.pair(obligated, beneficiary);
  return s.rung[p]! >= s.model.warRung && s.warStatus(p) !== WAR_NONE;
}

/**
 * A casus denied in this very tick is still the casus of every attack on the same beneficiary in
 * that tick: attackers acting together are judged once, so a coalition's later members join the denial
 * rather than draw a fresh judgment each (which would deny n attackers with chance p^n, not p). So
 * with a casus left unrequested in the tick: the attacked party asked no help against the coalition.
 */
function deniedThisTick(s: RunState, i: number, st: number, beneficiary: number): boolean {
  if ((st !== ST.denied && st !== ST.unrequested) || s.obligationCasus[i]! % s.model.actors.length !== beneficiary) return false;
  const judged = s.obligationCasusEvent[i]!;
  return judged >= 0 && s.events[judged]!.tick === s.tick;
}

/**
 * A second attacker on the same beneficiary while the obligation is still judging or invoked (a
 * coalition attacking in the same tick, or during the response delay): the clauses speak of an
 * attack "by any state or coalition of states" as one casus, so the attacker joins the pending
 * response instead of being dropped; in the tick of a denial, it joins the denial. Only a met
 * casus joins (a pretext is its own judgment).
 */
function joinCoalition(s: RunState, i: number, met: boolean, enemy: number, beneficiary: number, episode: number, parent: number): boolean {
  const n = s.model.actors.length;
  const st = s.obligationState(i);
  const casus = s.obligationCasus[i]!;
  if (!met || (st !== ST.judged && st !== ST.invoked && !deniedThisTick(s, i, st, beneficiary)) || casus % n !== beneficiary || Math.floor(casus / n) === enemy) return false;
  const o = s.model.obligations[i]!;
  // The obligated party is never its own enemy (the casus that reach here exclude it).
  if (s.obligationCoEnemies[i * n + enemy] || enemy === o.obligated) return true;
  s.obligationCoEnemies[i * n + enemy] = 1;
  // The row's slot of the obligated party itself marks a row with co-enemies: a judgment clears
  // the row and a response looks through it only then (most casus have one enemy).
  s.obligationCoEnemies[i * n + o.obligated] = 1;
  // Part of the casus judged: its later attacks in the same war are not judged on their own.
  rememberJudged(s, i, enemy * n + beneficiary, episode);
  recv(s, 'obligation', o.cause, parent, o.obligated, enemy, -1, 0, false, 'coalition', -1, -1, i, '', -1);
  return true;
}

/**
 * A casus that finds its duty busy with a casus on another protected party — judged in the same
 * round and applied first, or invoked and waiting out its response — is not lost: one judgment per
 * war episode for each attacker and protected party (docs/semantics.md, "Casus foederis"), so it
 * waits for the duty to be free and is then put up for judgment ({@link releaseDeferred}). A casus
 * on the same protected party is the coalition's (above) or the same casus again, never deferred.
 */
function deferCasus(s: RunState, i: number, met: boolean, enemy: number, beneficiary: number, rungBefore: number, episode: number, parent: number): void {
  const st = s.obligationState(i);
  if (st !== ST.judged && st !== ST.invoked) return;
  const n = s.model.actors.length;
  if (s.obligationCasus[i]! % n === beneficiary) return;
  const list = s.deferred;
  for (let k = 0; k < list.length; k++) {
    const d = list[k]!;
    if (d.obligation === i && d.enemy === enemy && d.beneficiary === beneficiary && d.episode === episode) return;
  }
  list.push({ type: 'judge', obligation: i, met, enemy, beneficiary, rungBefore, episode, parent });
}

/**
 * Puts up for judgment the deferred casus whose duty is free again, in the order they came; one
 * whose war has ended meanwhile, or whose duty no longer binds, is dropped (there is nothing left
 * to answer), and so is one that the duty, no longer busy, is still not free to judge. Called by
 * settle when a round has nothing else to decide.
 */
export function releaseDeferred(s: RunState): void {
  const list = s.deferred;
  let kept = 0;
  for (let k = 0; k < list.length; k++) {
    const d = list[k]!;
    const st = s.obligationState(d.obligation);
    if ((d.episode >= 0 && !s.episodes.isOpen(d.episode)) || st === ST.lapsed || st === ST.notInForce) continue;
    // A pretext let pass in the same war while this one waited is not drawn again.
    if (!d.met && declinedIn(s, d.obligation, d.enemy * s.model.actors.length + d.beneficiary, d.episode)) continue;
    if (free(s, d.obligation, d.enemy, d.beneficiary, d.rungBefore, d.episode)) { s.decisions.push(d); continue; }
    // Still busy: it waits. No longer busy but not free: the ordinary rules bar it (this casus
    // judged already in its war, a denial this tick…), as they would have without the wait.
    if (st === ST.judged || st === ST.invoked) list[kept++] = d;
  }
  list.length = kept;
}

/**
 * The model's response to an invoked duty: honoured with the obligation's reliability, at a level
 * drawn from its level weights; otherwise defected. Two draws always, so the stream stays aligned.
 * Returns `{ honour: true, level }` or `{ honour: false, level: shortfall }` (-1 for nothing), a
 * shared object: read it, never change it.
 */
export function chooseResponse(s: RunState, i: number): { readonly honour: boolean; readonly level: number } {
  const o = s.model.obligations[i]!;
  const u1 = unitFloat(s.drawBits(o.source));
  const u2 = unitFloat(s.drawBits(o.source));
  // A pretext's reliability was drawn with its claim (chooseJudgment).
  if (u1 >= o.reliability && !s.obligationPretext[i]) return DEFECTED[o.shortfall + 1]!;
  let level = o.atLeast;
  for (let l = o.atLeast; l < o.levelCumulative.length; l++) { if (u2 < o.levelCumulative[l]!) { level = l; break; } level = l; }
  return HONOURED[level]!;
}

/**
 * The answers {@link chooseResponse} gives, one object per level (defected: per shortfall level,
 * -1 first), made once and frozen: a round only reads its choices, so each response needs no
 * object of its own.
 */
const HONOURED = RESPONSE_LEVEL_NAMES.map((_, level) => Object.freeze({ honour: true, level }));
const DEFECTED = [-1, ...RESPONSE_LEVEL_NAMES.map((_, level) => level)].map((level) => Object.freeze({ honour: false, level }));

/** Options offered to a person responding to an invoked duty: each allowed level, then defection. */
export function responseOptions(o: ObligationInfo): string[] {
  const out: string[] = [];
  for (let l = o.atLeast; l < RESPONSE_LEVEL_NAMES.length; l++) out.push(`honour:${RESPONSE_LEVEL_NAMES[l]}`);
  out.push(o.shortfall >= 0 ? `defect:${RESPONSE_LEVEL_NAMES[o.shortfall]}` : 'defect');
  return out;
}

/** Applies a response: steps the machine, records the fate, and queues what the response does. */
export function applyResponse(s: RunState, i: number, honour: boolean, level: number, enemy: number, parent: number): void {
  const m = s.model;
  const o = m.obligations[i]!;
  if (s.obligationState(i) !== ST.invoked) return;
  const cause = o.cause;
  // A pretext carries at most the level the clause allows it.
  if (s.obligationPretext[i] && o.pretextAtMost >= 0 && level > o.pretextAtMost) level = o.pretextAtMost;
  const episode = s.obligationEpisodeId[i]!;
  const beneficiary = s.obligationCasus[i]! % m.actors.length;
  if (!coveredThrough(s, i, beneficiary, s.curDay)) {
    // The party it would act for has left the pact before the response fell due: nothing is owed
    // it any more (the duty itself binds on, toward the remaining parties). `from` names it.
    s.send('obligation', i, EV.moot);
    s.obligationLevel[i] = -1;
    recv(s, 'obligation', cause, parent, o.obligated, enemy, -1, 0, false, level >= 0 ? MOOT_DETAIL[level]! : 'moot', beneficiary, level, i, '', episode);
    return;
  }
  if (honour && level >= 0 && s.obligationPretext[i] && o.pretextWhen && !o.pretextWhen(s, o.obligated, enemy, beneficiary)) {
    // (engine 0.15.0) A pretext is claimed only while `pretextWhen` holds, and carried out only if
    // it still holds when the response falls due: the DPRK's troops for Russia, claimed before its
    // own war on the peninsula began, stay at home once it has.
    s.send('obligation', i, EV.moot);
    s.obligationLevel[i] = -1;
    recv(s, 'obligation', cause, parent, o.obligated, enemy, -1, 0, false, PRETEXT_LAPSED_DETAIL[level]!, -1, level, i, '', episode);
    return;
  }
  const ended = episode >= 0 && !s.episodes.isOpen(episode);
  if (level >= FORCES && episode >= 0 && (ended || (level === FORCES && fightStopped(s, i, enemy)))) {
    // Bound to its cause: the war it answered ended before the response fell due. (Engine 0.16.0)
    // So, for forces, which join the fight at the level it has reached, did the fight itself: the
    // protected party's war with the enemy brought down to crisis or below by a ceasefire, while
    // the episode stays open through another pair's fighting. Before, the response was recorded
    // as honoured at forces and did nothing (korea-2026 run 2608: the DPRK "honoured" Art. II for
    // China in the week China's war with the US ended).
    s.send('obligation', i, EV.moot);
    s.obligationLevel[i] = -1;
    recv(s, 'obligation', cause, parent, o.obligated, enemy, -1, 0, false, (ended ? MOOT_DETAIL : FIGHT_STOPPED_DETAIL)[level]!, -1, level, i, '', episode);
    return;
  }
  s.send('obligation', i, honour ? EV.honour : EV.defect);
  s.obligationLevel[i] = level;
  const fate = honour ? 'honoured' : 'defected';
  const seq = recv(s, 'obligation', cause, parent, o.obligated, enemy, -1, 0, false, level >= 0 ? (honour ? HONOURED_DETAIL : DEFECTED_DETAIL)[level]! : fate, -1, level, i, '', episode);
  if (honour && level === MATERIEL) {
    // Arming a side lends it support: a neutrality duty toward a state it fights (the enemy, or
    // another of a coalition) may hold the arms back (the 1939 German–Soviet Art. II, "shall in
    // no manner lend its support to this third Power"). Respected, nothing is sent and no side is
    // taken; the choice stands recorded.
    if (!armsMaySail(s, i, enemy, seq)) return;
    takeSide(s, i);
  }
  if (level <= 0) return;
  const n = m.actors.length;
  if (!s.obligationCoEnemies[i * n + o.obligated]) {
    // No coalition (see joinCoalition): the enemy alone.
    if (enemy >= 0 && enemy < n) respondAgainst(s, i, level, enemy, cause, seq);
    return;
  }
  for (let e = 0; e < n; e++) {
    if (e !== o.obligated && (e === enemy || s.obligationCoEnemies[i * n + e])) respondAgainst(s, i, level, e, cause, seq);
  }
}

/** What a response at `level` does against one enemy: a strike on its territory, or joining the fight. */
function respondAgainst(s: RunState, i: number, level: number, enemy: number, cause: string, seq: number): void {
  const m = s.model;
  const o = m.obligations[i]!;
  const by = o.obligated;
  let effect: InternalEffect;
  const onBehalf = { obligation: i, episode: s.obligationEpisodeId[i]! };
  if (level === 4) {
    // (1.17) With a declaration of war unless the clause's party fights without one (`declares: false`).
    effect = { armedAttack: { by: m.actors[by]!.id, on: m.actors[enemy]!.id, in: { territoryOf: m.actors[enemy]!.id }, intensity: 5, declare: o.declares }, onBehalf };
  } else {
    let to = m.responseRung[level]!;
    if (to < 0) return;
    if (level === 3) {
      // Forces defend in place: the party joins the fight at the level it has reached, so a
      // clash that has already calmed down does not become a war through the ally's response.
      // (1.12) Against a supporter, the level the war it supports has reached.
      const beneficiary = s.obligationCasus[i]! % m.actors.length;
      to = Math.min(to, o.againstSupporter || o.againstBoth ? supportedWarRung(s, i, beneficiary, enemy) : s.rung[s.pair(beneficiary, enemy)]!);
    }
    effect = { join: { by, against: enemy, to }, onBehalf };
  }
  emit(s, [effect], by, by, enemy, cause, seq, PRIORITY.follow);
}

/**
 * Whether the fight a forces response of obligation `i` would join against `enemy` has stopped:
 * the rung {@link respondAgainst} would join at is the crisis rung or below. A coalition's
 * response (several enemies) is judged by all of them: it stops only when every fight has.
 */
function fightStopped(s: RunState, i: number, enemy: number): boolean {
  const m = s.model;
  const o = m.obligations[i]!;
  const n = m.actors.length;
  const beneficiary = s.obligationCasus[i]! % n;
  // Against a supporter (1.12), the fight is the war it supports, whether it supports by force or
  // by menace (a menacing supporter stands on no side, and its own rung with the party is no war).
  if (o.againstSupporter || o.againstBoth) return warAgainst(s, i, beneficiary) <= m.crisisRung;
  const rungWith = (e: number): number => s.rung[s.pair(beneficiary, e)]!;
  if (!s.obligationCoEnemies[i * n + o.obligated]) return enemy >= 0 && enemy < n && rungWith(enemy) <= m.crisisRung;
  for (let e = 0; e < n; e++) {
    if (e !== o.obligated && (e === enemy || s.obligationCoEnemies[i * n + e]) && rungWith(e) > m.crisisRung) return false;
  }
  return true;
}

/** The highest rung between `beneficiary` and a state on the other side of obligation `i`'s war (-1: none). */
function warAgainst(s: RunState, i: number, beneficiary: number): number {
  const e = s.obligationEpisodeId[i]!;
  if (e < 0 || !s.episodes.isOpen(e)) return -1;
  const b = s.episodes.sideOf(e, beneficiary);
  if (b === SIDE_NONE) return -1;
  let top = -1;
  for (let x = 0; x < s.model.actors.length; x++) {
    if (x !== beneficiary && s.episodes.sideOf(e, x) === otherSide(b)) top = Math.max(top, s.rung[s.pair(beneficiary, x)]!);
  }
  return top;
}

/**
 * (1.12) The highest rung between `beneficiary` and a state on `supporter`'s side of obligation
 * `i`'s war (the attacker it supports among them); the pair's own rung when that war has ended.
 */
function supportedWarRung(s: RunState, i: number, beneficiary: number, supporter: number): number {
  const e = s.obligationEpisodeId[i]!;
  let top = s.rung[s.pair(beneficiary, supporter)]!;
  if (e < 0 || !s.episodes.isOpen(e)) return top;
  const side = s.episodes.sideOf(e, supporter);
  if (side === SIDE_NONE) return top;
  for (let x = 0; x < s.model.actors.length; x++) {
    if (x !== beneficiary && s.episodes.sideOf(e, x) === side) top = Math.max(top, s.rung[s.pair(beneficiary, x)]!);
  }
  return top;
}

/**
 * Whether obligation `i`'s arms may go to the party it answers for: its neutrality duties toward
 * the enemy, and toward every other enemy of a coalition, are kept or breached at the act (one
 * `duty` event each that binds; breaches only if the arms go). False when one is respected.
 */
function armsMaySail(s: RunState, i: number, enemy: number, seq: number): boolean {
  const m = s.model;
  const o = m.obligations[i]!;
  const n = m.actors.length;
  // One act: a breach toward one enemy is recorded only once no duty toward another holds the arms back.
  if (enemy >= 0 && enemy < n && !checkDuties(s, 'support', o.obligated, enemy, seq, true)) return false;
  if (s.obligationCoEnemies[i * n + o.obligated]) {
    for (let e = 0; e < n; e++) {
      if (e !== o.obligated && e !== enemy && s.obligationCoEnemies[i * n + e] && !checkDuties(s, 'support', o.obligated, e, seq, true)) return false;
    }
  }
  recordBreaches(s);
  return true;
}

/** Response level `forces`: the lowest that uses force. */
const FORCES = 3;
/** Response level `materiel`: arming a side takes that side; consulting or protesting does not. */
const MATERIEL = 2;

/** Lapses every live obligation of a pact that has ended. */
export function lapsePact(s: RunState, pact: number): void {
  for (const o of s.model.obligations) {
    if (o.pact !== pact || s.obligationState(o.index) === ST.lapsed) continue;
    lapse(s, o);
  }
}
