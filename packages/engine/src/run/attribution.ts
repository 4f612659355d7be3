import { truncate, type RunState } from './state.js';
import { recv } from './effects.js';
import { allyTie } from '../model/by-class.js';
import { WAR_NONE } from '../model/model.js';
import { otherSide, SIDE_DEFENDER, SIDE_INITIATOR, SIDE_NAMES, SIDE_NONE } from './episodes.js';

/*
 * Who is the aggressor, judged over the whole war. A use of force (an armed attack of MID level 4
 * or more, or an escalation into war) belongs to a war episode:
 *
 *   1. a response made under an obligation belongs to the episode of the casus it answers, and the
 *      responding ally takes the side of the party it defends (collective self-defence when that
 *      party is the defender);
 *   2. otherwise, to the open episode the pair is already fighting in;
 *   2b. (format 1.7) otherwise, for an attack made `inAidOf` a state that is fighting the target, to
 *      that state's war, on its side: collective self-defence without a treaty (Charter Art. 51)
 *      when that state is the defender, a co-belligerent of the aggressor when it began the war;
 *   3. otherwise, to an open episode in which the two already stand on opposite sides (an ally that
 *      took a side by sending materiel, then fights); when the target is fighting an ally of the
 *      attacker there, the attacker comes to that ally's aid (engine 0.14.0), as in rule 4;
 *   4. otherwise, to an open episode in which the target is fighting an ally of the attacker (the
 *      attacker comes to that ally's aid and takes its side: collective self-defence when the ally
 *      is the defender, a co-belligerent of the aggressor when it began the war), or in which the
 *      attacker is fighting an ally of the target (the war widens to the alliance: the DPRK,
 *      struck first by the US, hitting the ROK stays the defending side) — unless the scenario reads
 *      Art. 51 strictly (`episodes.allyStruck: new_war`, format 1.7): then an ally struck before it
 *      took any side is the victim of a new war (rule 5); so is one struck by an act that cannot
 *      answer the war (engine 0.14.0, `answersWar`). The first case is aid, and lasts as
 *      long as the ally's war, as under rule 2b. An ally is what a casus
 *      `by: { alliedWith }` reads (model/by-class.ts `allyTie`): parties that day to a pact in force
 *      with a defence or offense duty between them, or a pair declared `alignment: ally`. A partner
 *      (the US and Ukraine) is neither, so a US strike on the DPRK is not drawn into the DPRK's war
 *      in Ukraine;
 *   5. otherwise it opens a new episode, with the attacker as its initiator.
 *
 * A pair leaves its episode when it falls back to the crisis rung or below. An episode ends when no
 * pair fights in it on its own account; the allies whose fighting existed only because of it then
 * withdraw, continue on their own account, or decide (their obligation's `onCasusEnd`).
 */

/**
 * Puts a use of force by `by` against `on` (pair `p`) into its episode and returns the episode.
 * `onBehalf` is the obligation whose response this is (-1: none) and `casusEpisode` the episode of
 * the casus it answers; `aid` the state the attacker says it comes to the aid of (-1: none). Records
 * an `episode` event when a state joins a war (under an obligation, in aid of a state, or as an ally).
 */
export function attributeForce(s: RunState, by: number, on: number, p: number, onBehalf: number, casusEpisode: number, parent: number, cause: string, aid = -1): number {
  const eps = s.episodes;
  targetPlaced = false;
  if (onBehalf >= 0 && eps.isOpen(casusEpisode)) {
    const e = casusEpisode;
    const beneficiary = s.obligationCasus[onBehalf]! % s.model.actors.length;
    let side = eps.sideOf(e, by);
    const joining = side === SIDE_NONE;
    if (joining) {
      side = eps.sideOf(e, beneficiary) || SIDE_DEFENDER;
      eps.setSide(e, by, side);
    }
    // A response's target is the casus's attacker or a coalition partner of it: it attacked the
    // beneficiary, so placing it on the other side is no drawing-in (targetPlaced stays false).
    if (eps.sideOf(e, on) === SIDE_NONE) eps.setSide(e, on, otherSide(side));
    const before = s.pairEpisode[p]!;
    if (before !== e) {
      s.pairEpisode[p] = e;
      s.pairJoinedBy[p] = onBehalf;
      // The pair's own fight is now part of the casus's war; its old episode may be left empty.
      if (before >= 0) s.leaving.push(before, s.events.length);
    } else if (s.pairJoinedBy[p]! < -1) {
      // A state that came to the aid of the beneficiary (rules 2b, 4) and now answers its casus
      // under a treaty: its fight is the treaty's from now on, ended by the clause's onCasusEnd.
      s.pairJoinedBy[p] = onBehalf;
    }
    if (joining) {
      recv(s, 'episode', cause, parent, by, beneficiary, -1, 0, false, `joined:${SIDE_NAMES[side]}`, -1, -1, onBehalf, '', e);
    }
    return e;
  }
  const current = s.pairEpisode[p]!;
  if (current >= 0 && eps.isOpen(current)) {
    if (eps.sideOf(current, by) === SIDE_NONE) eps.setSide(current, by, otherSide(eps.sideOf(current, on) || SIDE_DEFENDER));
    if (eps.sideOf(current, on) === SIDE_NONE) { eps.setSide(current, on, otherSide(eps.sideOf(current, by))); targetPlaced = true; }
    return current;
  }
  if (aid >= 0 && aid !== by && aid !== on) {
    const e = aidedWar(s, aid, on, by);
    if (e >= 0) {
      const side = eps.sideOf(e, aid);
      const joining = eps.sideOf(e, by) === SIDE_NONE;
      if (joining) eps.setSide(e, by, side);
      s.pairEpisode[p] = e;
      // Fighting only as long as the aided state's war lasts (see settleEpisodes).
      s.pairJoinedBy[p] = aidJoin(by);
      // `joined:SIDE:aid`: by its own decision in aid of `aid`, which need not be an ally.
      if (joining) recv(s, 'episode', cause, parent, by, aid, -1, 0, false, `joined:${SIDE_NAMES[side]}:aid`, -1, -1, -1, '', e);
      return e;
    }
  }
  for (let e = eps.count - 1; e >= 0; e--) {
    if (!eps.isOpen(e)) continue;
    const a = eps.sideOf(e, by);
    const b = eps.sideOf(e, on);
    if (a !== SIDE_NONE && b !== SIDE_NONE && a !== b) {
      s.pairEpisode[p] = e;
      // (engine 0.14.0) Striking a state that fights an ally of the attacker in this war is coming
      // to that ally's aid, as under rule 4's first case, though the attacker was already in the
      // war (the US, at war with the DPRK under Art. III, answering China's attack on the ROK): it
      // lasts as long as the war. Before, it was a fight on the pair's own account, which kept the
      // war open by itself and wound down by hazard while the ally fought on.
      s.pairJoinedBy[p] = allyFighting(s, e, by, on) >= 0 ? aidJoin(by) : -1;
      return e;
    }
  }
  for (let e = eps.count - 1; e >= 0; e--) {
    if (!eps.isOpen(e)) continue;
    const sb = eps.sideOf(e, by);
    const so = eps.sideOf(e, on);
    // (a) coming to the aid of an ally that is fighting the target; (b) the war widening to an
    // ally of a state the attacker is fighting.
    const joiner = sb === SIDE_NONE && so !== SIDE_NONE ? by : so === SIDE_NONE && sb !== SIDE_NONE ? on : -1;
    // The strict reading (episodes.allyStruck: new_war): an ally struck before it took any side is
    // the victim of a new armed attack, so the strike falls to rule 5. So is one struck by an act
    // that answers nothing in this war (engine 0.14.0, `answersWar`).
    if (joiner < 0 || (joiner === on && (s.model.allyStruckNewWar || !answersWar(s, e, parent, cause)))) continue;
    const foe = joiner === by ? on : by;
    const v = allyFighting(s, e, joiner, foe);
    if (v < 0) continue;
    const side = eps.sideOf(e, v);
    eps.setSide(e, joiner, side);
    if (joiner === on) targetPlaced = true;
    s.pairEpisode[p] = e;
    // An ally that comes to the aid of another by its own decision fights only as long as that
    // ally's war lasts, as aid without a treaty does (rule 2b); a state drawn in by being attacked
    // fights on its own account.
    s.pairJoinedBy[p] = joiner === by ? aidJoin(by) : -1;
    // `joined:SIDE:attacked`: the joiner is the state attacked, drawn into the war on its ally's side (rule 4, second case).
    recv(s, 'episode', cause, parent, joiner, v, -1, 0, false, joiner === by ? `joined:${SIDE_NAMES[side]}` : `joined:${SIDE_NAMES[side]}:attacked`, -1, -1, -1, '', e);
    return e;
  }
  const e = eps.open(by, on, s.tick, s.events.length);
  s.pairEpisode[p] = e;
  s.pairJoinedBy[p] = -1;
  return e;
}

/**
 * Whether the last {@link attributeForce} put its target on a side (the target was in no side of
 * the episode before that use of force). Read at once by {@link opener}; the engine is one thread
 * and nothing runs between the two calls.
 */
let targetPlaced = false;

/**
 * The open war episode in which `aid` is fighting `foe` (their pair in it, above the crisis rung, on
 * opposite sides), when `joiner` does not already stand on `foe`'s side in it; else -1: a state
 * cannot come to the aid of one that is not fighting, and a claim of aid then changes nothing.
 */
function aidedWar(s: RunState, aid: number, foe: number, joiner: number): number {
  const eps = s.episodes;
  const e = s.pairEpisode[s.pair(aid, foe)]!;
  if (e < 0 || !eps.isOpen(e) || s.rung[s.pair(aid, foe)]! <= s.model.crisisRung) return -1;
  const side = eps.sideOf(e, aid);
  if (side === SIDE_NONE || eps.sideOf(e, foe) !== otherSide(side)) return -1;
  const own = eps.sideOf(e, joiner);
  return own === SIDE_NONE || own === side ? e : -1;
}

/**
 * (engine 0.14.0) Whether a use of force whose cause is event `parent` (`cause` its own cause id)
 * can answer war episode `e`, as rule 4's second case needs: the war widens to an ally of the state
 * the attacker fights because the attack is part of that fight. It can when one of its causes
 * belongs to the war (a strike of it, a decision taken in it, a casus judged in it) or when it is
 * scripted (its first cause an inject: the author's course speaks for itself). An act whose causes
 * all lie outside the war cannot be an answer to it: an incident planned before the war began and
 * carried out the same week, after the first strike (events are applied in the order they were
 * decided), or a provocation of the attacker's own drawn later by a trigger, is a new armed attack
 * on the ally (rule 5). Parents precede their events, so the walk ends.
 */
function answersWar(s: RunState, e: number, parent: number, cause: string): boolean {
  let root = cause;
  for (let k = parent; k >= 0;) {
    const ev = s.events[k]!;
    if (ev.episode === e) return true;
    root = ev.cause;
    k = ev.parent;
  }
  return root.startsWith('inject:');
}

/** An ally of `joiner` on the side opposite `foe` that is fighting `foe` in episode `e`, or -1. */
function allyFighting(s: RunState, e: number, joiner: number, foe: number): number {
  const m = s.model;
  const eps = s.episodes;
  const opposite = otherSide(eps.sideOf(e, foe));
  for (let v = 0; v < m.actors.length; v++) {
    if (v === joiner || v === foe || eps.sideOf(e, v) !== opposite) continue;
    const vp = s.pair(v, foe);
    if (s.pairEpisode[vp] === e && s.rung[vp]! > m.crisisRung && allyTie(m, joiner, v, s.curDay, s) !== -1) return v;
  }
  return -1;
}

/**
 * A response under an obligation whose war ended between the decision and the act (a ceasefire in
 * the same tick) is not carried out: bound to its cause, it would otherwise start a war of its own.
 * Records an `episode` event `moot` and returns true.
 */
export function responseMoot(s: RunState, onBehalf: { obligation: number; episode: number } | undefined, by: number, on: number, parent: number, cause: string): boolean {
  if (!onBehalf || onBehalf.episode < 0 || s.episodes.isOpen(onBehalf.episode)) return false;
  recv(s, 'episode', cause, parent, by, on, -1, 0, false, 'moot', -1, -1, onBehalf.obligation, '', onBehalf.episode);
  return true;
}

/**
 * The same rule for a doctrine's use of force: a decision taken on an event of a war episode that
 * was open when the choice was made (doctrine.ts `applyOption` records it as the decision's
 * episode) is not carried out once that war has ended — a Council ceasefire applied in the same
 * tick, between the choice and the act. Without this, a decision to enter a war would open a new
 * war of its own, begun by the state that meant to join the old one.
 */
export function decisionMoot(s: RunState, by: number, on: number, parent: number, cause: string): boolean {
  if (endedWarOf(s, parent) < 0) return false;
  const d = s.events[parent]!;
  // The decision itself ended that war (its own ceasefire or de-escalation, listed first): nothing
  // overtook it, and the order of its effects must not decide whether the rest is carried out.
  if (endedBy(s, d.seq, d.episode)) return false;
  // The force still belongs to a war under way between the two (rules 2 and 3): it opens nothing new.
  if (inOpenWar(s, by, on)) return false;
  recv(s, 'episode', cause, parent, by, on, -1, 0, false, 'moot', -1, -1, -1, '', d.episode);
  return true;
}

/**
 * The war episode in which doctrine decision `parent` (an event index) was taken, when that war has
 * ended since; else -1 (not a decision, taken outside a war, or its war still open).
 */
export function endedWarOf(s: RunState, parent: number): number {
  if (parent < 0) return -1;
  const d = s.events[parent]!;
  return d.kind === 'decision' && d.episode >= 0 && !s.episodes.isOpen(d.episode) ? d.episode : -1;
}

/** Whether an effect of decision `seq` recorded the end of a pair's fight in episode `e`. */
function endedBy(s: RunState, seq: number, e: number): boolean {
  for (let k = seq + 1; k < s.events.length; k++) {
    const ev = s.events[k]!;
    if (ev.parent === seq && ev.episode === e && (ev.kind === 'ceasefire' || ev.kind === 'peace' || ev.kind === 'deescalation')) return true;
  }
  return false;
}

/** Whether `by` and `on` fight each other in an open episode, or stand on its opposite sides. */
export function inOpenWar(s: RunState, by: number, on: number): boolean {
  const eps = s.episodes;
  if (eps.isOpen(s.pairEpisode[s.pair(by, on)]!)) return true;
  for (let e = eps.count - 1; e >= 0; e--) {
    if (!eps.isOpen(e)) continue;
    const a = eps.sideOf(e, by), b = eps.sideOf(e, on);
    if (a !== SIDE_NONE && b !== SIDE_NONE && a !== b) return true;
  }
  return false;
}

/**
 * Who began the pair's war when a use of force by `by` on `on` in episode `e` (just attributed by
 * {@link attributeForce}) opens it: the attacker, unless the attacker stands on the defending side
 * and its target already stood on the side that began the war — an ally coming to the victim's aid
 * (collective self-defence) answers the aggressor's war, it does not begin one, whether it comes
 * under a treaty or by its own decision. A target this very act drew into the war (rule 4's
 * second case, an ally of the side that began it, attacked while it had done nothing) did not
 * begin anything: the attacker did.
 */
export function opener(s: RunState, e: number, by: number, on: number): number {
  if (e < 0 || targetPlaced) return by;
  const eps = s.episodes;
  return eps.sideOf(e, by) === SIDE_DEFENDER && eps.sideOf(e, on) === SIDE_INITIATOR ? on : by;
}

/**
 * An ally honouring with materiel (arming the party it defends) takes that party's side in the
 * casus episode, so force it uses later in the same war is judged with that standing. Consulting
 * or protesting takes no side.
 */
export function takeSide(s: RunState, obligation: number): void {
  const e = s.obligationEpisodeId[obligation]!;
  if (!s.episodes.isOpen(e)) return;
  const o = s.model.obligations[obligation]!;
  const beneficiary = s.obligationCasus[obligation]! % s.model.actors.length;
  if (s.episodes.sideOf(e, o.obligated) === SIDE_NONE) s.episodes.setSide(e, o.obligated, s.episodes.sideOf(e, beneficiary) || SIDE_DEFENDER);
}

/**
 * Whether the attacked party began the war the attack belongs to, as an Art. 51 reading of an
 * `unprovoked` clause needs: it stands on the initiator's side of the episode.
 */
export function onInitiatorSide(s: RunState, episode: number, actor: number): boolean {
  return episode >= 0 && s.episodes.sideOf(episode, actor) === SIDE_INITIATOR;
}

/** Pair `p` has fallen to the crisis rung or below: it leaves its episode (settle finishes the job). */
export function leaveEpisode(s: RunState, p: number): void {
  // Counted for casus outside any episode: a threat judged during a crisis that has since ended is no bar.
  s.pairDescents[p]!++;
  const e = s.pairEpisode[p]!;
  if (e < 0) return;
  s.pairEpisode[p] = -1;
  s.pairJoinedBy[p] = -1;
  // The parent is the event about to be recorded for the change that made the pair leave.
  s.leaving.push(e, s.events.length);
}

/**
 * `pairJoinedBy` of a pair whose fight is `aider`'s aid to a state at war (rule 2b): below -1, so
 * it is no obligation and not a fight on the pair's own account.
 */
const aidJoin = (aider: number): number => -2 - aider;

/**
 * Ends the episodes that no pair fights in on its own account any more, and settles their
 * co-belligerents by their obligations' `onCasusEnd`; a state that came to another's aid (rule
 * 2b) and fights on after that war has ended fights its own war from then on, begun by itself.
 * Called by settle between effects.
 */
export function settleEpisodes(s: RunState, queueWithdrawal: (s: RunState, pair: number, obligation: number, episode: number, parent: number, aider?: number) => void): void {
  const m = s.model;
  while (s.leaving.length > 0) {
    const e = s.leaving.shift()!;
    const parent = Math.min(s.leaving.shift()!, s.events.length - 1);
    if (!s.episodes.isOpen(e)) continue;
    const pairs = pairsInEpisode(s, e);
    let direct = false;
    for (let k = 0; k < pairs.length && !direct; k++) {
      const q = pairs[k]!;
      if (s.pairJoinedBy[q] === -1 && s.rung[q]! > m.crisisRung) direct = true;
    }
    if (direct) continue;
    s.episodes.close(e, s.tick);
    // Each pair changes only its own entry below, so the list found before is the one to settle.
    // Made only when some aid is left to settle (most ends have none).
    let aided: number[] | undefined;
    for (let k = 0; k < pairs.length; k++) {
      const q = pairs[k]!;
      const i = s.pairJoinedBy[q]!;
      if (i === -1 || s.rung[q]! <= m.crisisRung) { s.pairEpisode[q] = -1; s.pairJoinedBy[q] = -1; continue; }
      if (i < -1) { (aided ??= []).push(q); continue; }
      const o = m.obligations[i]!;
      const ally = o.obligated;
      const enemy = m.pairA[q] === ally ? m.pairB[q]! : m.pairA[q]!;
      const cause = o.cause;
      if (o.onCasusEnd === 'withdraw') { queueWithdrawal(s, q, i, e, parent); continue; }
      // Continuing (or left to a decision) is the ally's own war from now on, begun by the ally.
      const ne = s.episodes.open(ally, enemy, s.tick, -1);
      s.pairEpisode[q] = ne;
      s.pairJoinedBy[q] = -1;
      beganBy(s, q, ally);
      recv(s, 'episode', cause, parent, ally, enemy, -1, 0, false, o.onCasusEnd === 'continue' ? 'continued' : 'casus_ended', -1, -1, i, '', ne);
    }
    if (aided !== undefined) settleAid(s, e, aided, parent, queueWithdrawal);
  }
}

/**
 * The fights of states that came to another's aid in a war that has just ended (`aided`, in pair
 * order), each still above the crisis rung. Such a fight is the aider's own war from then on, begun
 * by it (`continued`, cause `episode:aid-ended`) — unless an ally of the aider fights the same foe
 * in an open war, the one the foe's own aid has just become, say (engine 0.14.0): the aider then
 * goes on in that ally's aid, on its side (`joined:SIDE:aid`). So when the DPRK's war with the ROK
 * ends while China, which came to the DPRK's aid, fights on against the ROK, the US's fight with
 * China goes on as aid to the ROK in China's war, not as a war the US began. Fights that can join
 * such a war are settled first; when none can, the aid given to the side that began the ended war
 * becomes a war of its own first, so the result does not depend on pair order. (1.15) Under
 * `episodes.aidEnds: withdraw` an aid that can join no such war is withdrawn instead (a ceasefire,
 * detail `aid_ended`) and opens none.
 */
function settleAid(s: RunState, ended: number, aided: number[], parent: number, queueWithdrawal: (s: RunState, pair: number, obligation: number, episode: number, parent: number, aider?: number) => void): void {
  const m = s.model;
  while (aided.length > 0) {
    let joined = false;
    for (let k = 0; k < aided.length; k++) {
      const q = aided[k]!;
      const aider = -2 - s.pairJoinedBy[q]!;
      const foe = m.pairA[q] === aider ? m.pairB[q]! : m.pairA[q]!;
      const e = alliedWar(s, aider, foe);
      if (e < 0) continue;
      const v = allyFighting(s, e, aider, foe);
      const side = s.episodes.sideOf(e, v);
      s.episodes.setSide(e, aider, side);
      s.pairEpisode[q] = e;
      beganBy(s, q, s.episodes.sideOf(e, foe) === SIDE_INITIATOR ? foe : aider);
      recv(s, 'episode', 'episode:aid-ended', parent, aider, v, -1, 0, false, `joined:${SIDE_NAMES[side]}:aid`, -1, -1, -1, '', e);
      aided.splice(k, 1);
      joined = true;
      break;
    }
    if (joined) continue;
    // None can join a war yet: the aid of the side that began the ended war becomes a war of its own
    // first (China's fight with the ROK before the US's with China, which may then join it).
    let first = 0;
    while (first < aided.length && s.episodes.sideOf(ended, -2 - s.pairJoinedBy[aided[first]!]!) !== SIDE_INITIATOR) first++;
    const q = aided.splice(first < aided.length ? first : 0, 1)[0]!;
    const aider = -2 - s.pairJoinedBy[q]!;
    const foe = m.pairA[q] === aider ? m.pairB[q]! : m.pairA[q]!;
    // (1.15) `episodes.aidEnds: withdraw`: the aid ends with the war; the pair leaves any episode at
    // once (no later aid can join it as a war) and its ceasefire follows in the queue.
    if (m.aidWithdraws) {
      s.pairEpisode[q] = -1;
      s.pairJoinedBy[q] = -1;
      queueWithdrawal(s, q, -1, ended, parent, aider);
      continue;
    }
    const ne = s.episodes.open(aider, foe, s.tick, -1);
    s.pairEpisode[q] = ne;
    s.pairJoinedBy[q] = -1;
    beganBy(s, q, aider);
    recv(s, 'episode', 'episode:aid-ended', parent, aider, foe, -1, 0, false, 'continued', -1, -1, -1, '', ne);
  }
}

/** An open war in which an ally of `aider` fights `foe` and `aider` stands on no side or on the ally's, or -1. */
function alliedWar(s: RunState, aider: number, foe: number): number {
  const eps = s.episodes;
  for (let e = eps.count - 1; e >= 0; e--) {
    if (!eps.isOpen(e) || eps.sideOf(e, foe) === SIDE_NONE) continue;
    const v = allyFighting(s, e, aider, foe);
    if (v < 0) continue;
    const own = eps.sideOf(e, aider);
    if (own === SIDE_NONE || own === eps.sideOf(e, v)) return e;
  }
  return -1;
}

/**
 * The pair's own record of who began its war follows the episode it now fights in: it is what the
 * final relations and the story report, and what self-defence and `unprovoked` clauses read once
 * the pair fights outside any episode (a declared war flaring up again after a ceasefire).
 */
function beganBy(s: RunState, q: number, actor: number): void {
  if (s.warStatus(q) !== WAR_NONE) s.initiator[q] = actor;
}

/**
 * The pairs fighting in episode `e`, in pair order. Both actors of a pair in an episode stand on a
 * side of it — every place that puts a pair into an episode sides both its actors first (above,
 * {@link openInitialEpisodes}; a side once taken is never cleared) — so only the pairs between
 * the episode's sided actors (a few) are looked at, not every pair of the model (351 in
 * korea-2024). tests/properties/episode-pairs.test.ts holds every run to that invariant.
 */
export function pairsInEpisode(s: RunState, e: number): number[] {
  const m = s.model;
  const n = m.actors.length;
  const sided = SIDED;
  truncate(sided, 0);
  for (let a = 0; a < n; a++) if (s.episodes.sideOf(e, a) !== SIDE_NONE) sided.push(a);
  const out: number[] = [];
  for (let x = 0; x < sided.length; x++) {
    for (let y = x + 1; y < sided.length; y++) {
      const q = m.pairOf[sided[x]! * n + sided[y]!]!;
      if (s.pairEpisode[q] !== e) continue;
      // Insertion in pair order (a handful of pairs).
      let k = out.length;
      out.push(q);
      while (k > 0 && out[k - 1]! > q) { out[k] = out[k - 1]!; k--; }
      out[k] = q;
    }
  }
  return out;
}

/** Scratch for {@link pairsInEpisode}'s sided actors (read only inside it; one run at a time per thread). */
const SIDED: number[] = [];

/**
 * Wars under way at the start are episodes too. Pairs above the crisis rung are taken in pair
 * order; one whose actors already stand in an open episode (Russia and the DPRK against Ukraine)
 * joins it, the side taken from the one already there; otherwise it opens its own, begun by its
 * declared initiator (else the pair's first actor).
 */
export function openInitialEpisodes(s: RunState, atWar: Int32Array): void {
  const m = s.model;
  const eps = s.episodes;
  eps.reset();
  // `pairEpisode`, `pairJoinedBy` and `pairDescents` (-1, -1, 0 for every relation) come with the
  // start image the reset copies (Simulator.startOf): three calls of the built-in `fill` fewer a run,
  // a C++ call each. So does the list of relations above the crisis rung (`atWar`, in pair order):
  // the start rungs are the image's, the same every run of a situation, so scanning all 351 of
  // korea-2024's relations for its two wars on every reset found the same two every time.
  for (let k = 0; k < atWar.length; k++) {
    const p = atWar[k]!;
    const by = s.initiator[p]! >= 0 ? s.initiator[p]! : m.pairA[p]!;
    const on = by === m.pairA[p] ? m.pairB[p]! : m.pairA[p]!;
    let e = -1;
    for (let x = 0; x < eps.count && e < 0; x++) if (eps.sideOf(x, by) !== SIDE_NONE || eps.sideOf(x, on) !== SIDE_NONE) e = x;
    if (e < 0) e = eps.open(by, on, 0, -1);
    else if (eps.sideOf(e, by) === SIDE_NONE) eps.setSide(e, by, otherSide(eps.sideOf(e, on)));
    else if (eps.sideOf(e, on) === SIDE_NONE) eps.setSide(e, on, otherSide(eps.sideOf(e, by)));
    s.pairEpisode[p] = e;
  }
}

/** The relations above the crisis rung at the start (in pair order): those {@link openInitialEpisodes} puts into episodes. */
export function relationsAtWar(s: RunState): Int32Array {
  const out: number[] = [];
  for (let p = 0; p < s.model.pairA.length; p++) if (s.rung[p]! > s.model.crisisRung) out.push(p);
  return Int32Array.from(out);
}
