import type { Effect } from '../schema/effect.js';
import { dayAfterMonths, dayOf, isoOf } from '../model/calendar.js';
import { partyOn } from '../model/parties.js';
import type { DenunciationInfo } from '../model/model.js';
import { NO_NOTICE, type RunState } from './state.js';
import { recordEvent } from './record.js';
import { notify } from './listeners.js';
import { lapsePact, membership } from './obligations.js';

/**
 * Denunciation during a run (format 1.6): a party gives notice (`denounce` effect), stays bound
 * through the notice period, and ceases to be a party on the day the notice takes effect — as the
 * treaties word it: "any Party may cease to be a Party one year after its notice of denunciation
 * has been given" (NATO Art. 13; SEATO Art. X; ANZUS Art. X), "the present Treaty shall cease to
 * be in force with respect to such State, but shall remain in full force and effect with respect
 * to all the other High Contracting Parties" (Rio Treaty Art. 25, two years). A notice that leaves
 * fewer than two parties ends the pact for both (US–Japan Art. X, US–ROK Art. VI: "the Treaty
 * shall terminate one year after such notice"). Format 1.7 ties the day to a term renewed tacitly
 * (USSR–DPRK 1961, Warsaw Treaty Art. 11) or holds it back to the end of a minimum period (modified
 * Brussels Treaty Art. XII): {@link noticeTakesEffect}. docs/semantics.md, "Denunciation".
 *
 * State (RunState): `partyLeave[pact × actors + actor]`, the day the notice takes effect (the first
 * day out); `partyLeft`, 1 once that has been recorded, 2 for the other party of a pact the notice
 * terminates (it leaves with the pact, with no event of its own); `pactEnd[pact]`, the day the pact
 * ends (its written `lapsed`, or the day such a notice ends it). Membership reads them (RunState `isParty`, `obligationBinds`, `protects`,
 * `pactInForce`), so an act dated on or after that day finds the party out, even inside a tick.
 * Every run starts with none (RunState `clearLists`).
 */

/** The cause of what a notice does when it takes effect. */
const causeOf = (s: RunState, p: number, a: number): string => `denunciation:${s.model.pacts[p]!.id}@${s.model.actors[a]!.id}`;

/** The day `months` after ISO date `iso` (a period never cut short), or {@link NO_NOTICE} past the calendar's last day. */
function dayAfter(iso: string, months: number): number {
  return dayAfterMonths(iso, months) ?? NO_NOTICE;
}

/**
 * The day a notice given on `day` takes effect, the party's first day out: `noticeMonths` later,
 * but (1.7) no earlier than the end of a minimum period that bars the exit (modified Brussels
 * Treaty Art. XII: notice may run during the fifty years, the exit waits for their end), and, for
 * a pact with a term renewed tacitly, at the end of the first term — the initial one or a renewal —
 * that ends on or after that day. The texts (USSR–DPRK 1961, Warsaw Treaty Art. 11, Soviet–Japanese
 * Neutrality Pact Art. 3) speak only of a notice given in time for the end of the current term; a
 * notice too late for it is read as counting for the next end, the reading that does not throw a
 * notice away (docs/semantics.md, "Denunciation"). A term ends on the anniversary of entry into
 * force, which is the party's first day out. `named` (1.8): a later day the notice itself names,
 * which the effect waits for. {@link NO_NOTICE} when the day falls past year 9999.
 */
export function noticeTakesEffect(c: DenunciationInfo, day: number, named?: number): number {
  let earliest = dayAfter(isoOf(day), c.noticeMonths);
  if (earliest === NO_NOTICE) return NO_NOTICE;
  if (earliest < c.exitFromDay) earliest = c.exitFromDay;
  // (1.8) A notice may name a later day for its effect (a term's end on or after it, for a term).
  if (named !== undefined && earliest < named) earliest = named;
  const t = c.term;
  if (t === undefined) return earliest;
  // Term k (0 the initial one) ends years + k·renewalYears after entry into force: estimate the
  // first k whose end is on or after `earliest` from the elapsed years, then step to it exactly
  // (the ends are increasing, and the estimate is off by at most one either way).
  const end = (k: number): number => dayAfter(t.inForce, 12 * (t.years + k * t.renewalYears));
  const elapsed = (earliest - dayOf(t.inForce)) / 365.2425;
  let k = Math.max(0, Math.ceil((elapsed - t.years) / t.renewalYears));
  while (k > 0 && end(k - 1) >= earliest) k--;
  while (end(k) < earliest) k++;
  return end(k);
}

/**
 * A `denounce` effect: the party gives notice on the effect's day. Nothing happens (no event, as for
 * any effect that changes nothing) when the pact has no denunciation clause, is not in force, cannot
 * yet be denounced (`afterYears` barring the notice), when the actor is not a party that day, or
 * when it has already given notice: a second notice neither restarts nor shortens the period (nor,
 * for a term, moves its effect to another term's end).
 */
export function giveNotice(s: RunState, e: Effect, self: number, actor: number, target: number, cause: string, parent: number): void {
  const spec = e.denounce!;
  const m = s.model;
  const p = m.pactIndex.get(spec.pact);
  if (p === undefined) return;
  const pact = m.pacts[p]!;
  const clause = pact.denunciation;
  const by = spec.by === '$self' ? self : spec.by === '$actor' ? actor : spec.by === '$target' ? target : m.actorIndex.get(spec.by) ?? -1;
  const day = s.curDay;
  if (spec.revoke === true) { revokeNotice(s, p, by, cause, parent); return; }
  if (clause === undefined || by < 0 || day < clause.fromDay || !s.pactInForce(p, day) || !s.isParty(p, by, day)) return;
  const n = m.actors.length;
  if (s.partyLeave[p * n + by] !== NO_NOTICE) return;
  const effective = noticeTakesEffect(clause, day, spec.effective === undefined ? undefined : dayOf(spec.effective));
  // Past the calendar's last year (a term of centuries from a pact of the far future): nothing to record.
  if (effective === NO_NOTICE) return;
  s.noticeGiven = 1;
  s.partyLeave[p * n + by] = effective;
  endIfTooFew(s, p, by, effective);
  recordEvent(s, 'pact', cause, parent, by, -1, -1, 0, false, 'notice', day, effective, p, '', -1, notify);
}

/**
 * `by`'s notice takes effect on `effective`: when it would leave fewer than two parties, the pact
 * ends that day for the others too (marked as leaving with it, `partyLeft` 2).
 */
function endIfTooFew(s: RunState, p: number, by: number, effective: number): void {
  const pact = s.model.pacts[p]!;
  const n = s.model.actors.length;
  // The parties left once it is out: a pact of one party is no treaty, so it ends for the other too.
  const others = pact.parties.filter((a) => a !== by && s.isParty(p, a, effective));
  if (others.length >= 2) return;
  s.pactEnd[p] = Math.min(s.pactEnd[p]!, effective);
  for (const a of pact.parties) {
    if (a === by || s.partyLeave[p * n + a]! <= effective) continue;
    s.partyLeave[p * n + a] = effective;
    s.partyLeft[p * n + a] = 2;
  }
}

/**
 * (1.8) `by` revokes its notice before it takes effect (Vienna Convention Art. 68: a notification
 * "may be revoked at any time before it takes effect"): it stays a party as if it had given none.
 * A termination the notice would have brought is undone, and the other notices still pending are
 * read again in the order they take effect, so one that now leaves too few parties ends the pact
 * on its own day. Nothing happens (no event) when `by` has no notice of its own pending: none
 * given, one already in effect, or the pact ending by another's notice. A party whose own later
 * notice was overtaken by an earlier termination keeps the termination's day, not its own (the
 * state keeps one day per party): revoke the notice that terminates first only when no other party
 * has given a later one, or give that later notice again.
 */
function revokeNotice(s: RunState, p: number, by: number, cause: string, parent: number): void {
  const m = s.model;
  const n = m.actors.length;
  const pact = m.pacts[p]!;
  if (by < 0) return;
  const k = p * n + by;
  const was = s.partyLeave[k]!;
  if (was === NO_NOTICE || s.partyLeft[k] !== 0 || was <= s.curDay) return;
  s.partyLeave[k] = NO_NOTICE;
  // Undo any termination, then read again the notices still pending, earliest effect first.
  if (s.pactEnd[p]! < pact.lapsedDay) {
    s.pactEnd[p] = pact.lapsedDay;
    for (const a of pact.parties) {
      if (s.partyLeft[p * n + a] !== 2) continue;
      s.partyLeave[p * n + a] = NO_NOTICE;
      s.partyLeft[p * n + a] = 0;
    }
  }
  const pending = pact.parties.filter((a) => s.partyLeft[p * n + a] === 0 && s.partyLeave[p * n + a] !== NO_NOTICE)
    .sort((a, b) => s.partyLeave[p * n + a]! - s.partyLeave[p * n + b]! || a - b);
  for (const a of pending) if (s.pactEnd[p]! > s.partyLeave[p * n + a]!) endIfTooFew(s, p, a, s.partyLeave[p * n + a]!);
  recordEvent(s, 'pact', cause, parent, by, -1, -1, 0, false, 'revoked', s.curDay, was, p, '', -1, notify);
}

/**
 * The start of a tick, for a pact with a denunciation clause: notices whose day has come take
 * effect. A pact the notice terminates lapses (`pact` event `terminated`, then every duty's
 * `lapsed`); otherwise the party leaves (`pact` event `withdrawn`) and its duties lapse, as a
 * written last day of membership makes them lapse (run/obligations.ts `membership`).
 */
export function noticesFallDue(s: RunState, p: number): void {
  const m = s.model;
  const n = m.actors.length;
  const pact = m.pacts[p]!;
  // A pact that has already ended (its written `lapsed` date, or an earlier termination) has no
  // party left to withdraw: a notice still pending then changes nothing. (The start of a tick
  // lapses a pact on its written date before this is called, so `pactEnd` reached here is a
  // termination by notice.)
  if (s.pactLapsed[p]) return;
  if (s.pactEnd[p]! <= s.day) {
    s.pactLapsed[p] = 1;
    for (const a of pact.parties) {
      const k = p * n + a;
      if (s.partyLeft[k] !== 0 || s.partyLeave[k]! > s.day) continue;
      s.partyLeft[k] = 1;
      recordEvent(s, 'pact', causeOf(s, p, a), -1, a, -1, -1, 0, false, 'terminated', -1, s.partyLeave[k]!, p, '', -1, notify);
    }
    lapsePact(s, p);
    return;
  }
  let left = false;
  for (const a of pact.parties) {
    const k = p * n + a;
    if (s.partyLeft[k] !== 0 || s.partyLeave[k]! > s.day) continue;
    s.partyLeft[k] = 1;
    // Out already by its written dates (its `to` came first): the notice has nothing left to end.
    if (!partyOn(pact, a, s.partyLeave[k]! - 1)) continue;
    left = true;
    recordEvent(s, 'pact', causeOf(s, p, a), -1, a, -1, -1, 0, false, 'withdrawn', -1, s.partyLeave[k]!, p, '', -1, notify);
  }
  if (left && !s.pactLapsed[p] && s.pactInForce(p)) membership(s, p);
}
