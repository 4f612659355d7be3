import type { Effect } from '../schema/effect.js';
import type { RegionRef } from '../schema/refs.js';
import { TABLES } from '../machines/host.js';
import { WAR_DECLARED, WAR_HOSTILITIES, WAR_NONE } from '../model/model.js';
import { addMonths, dayOf, isoOf } from '../model/calendar.js';
import type { RunState } from './state.js';
import type { SimEvent } from './event.js';
import { record, recordAt, recordEvent, type EventFields } from './record.js';
import { checkDuties, checkSeparatePeace } from './duties.js';
import { notify } from './listeners.js';
import { createDraft, holdVetoDebate } from './council.js';
import { giveNotice } from './denunciation.js';
import { scheduleDeescalation } from './tick.js';
import { attributeForce, decisionMoot, endedWarOf, inOpenWar, leaveEpisode, opener, pairsInEpisode, responseMoot } from './attribution.js';

const REL = {
  open: TABLES.relation.event('OPEN_HOSTILITIES'),
  declare: TABLES.relation.event('DECLARE'),
  ceasefire: TABLES.relation.event('CEASEFIRE'),
  peace: TABLES.relation.event('PEACE'),
};
const REG = { impose: TABLES.regime.event('IMPOSE'), lift: TABLES.regime.event('LIFT') };
/** A mandate's end when it has none (model/compile). */
const FAR_FUTURE = 2 ** 31 - 1;

/** Queue priorities: injected events first, then triggers, then everything that follows from them. */
export const PRIORITY = { inject: 0, trigger: 1, follow: 2, hazard: 3 } as const;

/**
 * Queues the effects of a trigger, inject, decision or rule, with role bindings and cause: as one
 * item holding the list, at as many consecutive serials as it has effects. Nothing can come
 * between them in the queue's order: an item queued while they are applied is due no earlier
 * (every rule queues for the current tick or later) and at the follow-up priority or later (only
 * the start of a tick queues injects and triggers), and takes a later serial. So settle applies
 * them in a row, as it would have popped them one by one, without an item each.
 */
export function emit(s: RunState, effects: readonly Effect[], self: number, actor: number, target: number, cause: string, parent: number, priority: number, tick = s.tick, day = dayFor(s, tick), compiledAt = -1): void {
  if (effects.length === 0) return;
  queueItem(s, tick, priority, effects[0], -1, self, actor, target, cause, parent, day, -1, compiledAt, effects.length > 1 ? effects : undefined);
}

/** Queues one item, reusing a spare item object when there is one (settle hands them back). */
export function queueItem(s: RunState, tick: number, priority: number, effect: Effect | undefined, respond: number, self: number, actor: number, target: number,
  cause: string, parent: number, day: number, episode: number, compiled = -1, more: readonly Effect[] | undefined = undefined): void {
  const q = s.queue;
  const serial = more === undefined ? q.nextSerial() : q.nextSerials(more.length);
  const it = q.reuse();
  if (it === undefined) { q.push({ tick, priority, serial, effect, respond, self, actor, target, cause, parent, day, episode, compiled, more }); return; }
  it.tick = tick; it.priority = priority; it.serial = serial; it.effect = effect; it.respond = respond; it.self = self; it.actor = actor;
  it.target = target; it.cause = cause; it.parent = parent; it.day = day; it.episode = episode; it.compiled = compiled; it.more = more;
  q.push(it);
}

/** The day an effect queued now for `tick` is dated: the current effect's day, or that tick's first day. */
export function dayFor(s: RunState, tick: number): number {
  if (tick === s.tick) return s.curDay;
  const days = s.model.clock.days;
  return days[Math.min(tick, days.length - 1)]!;
}

export function rec(s: RunState, kind: SimEvent['kind'], cause: string, parent: number, f: EventFields): number {
  return record(s, kind, cause, parent, f, notify);
}

/** {@link rec} with every field given in order (actor, target, region, intensity, nuclear, detail, from, to, ref, votes, episode): no object of fields. */
export function recv(s: RunState, kind: SimEvent['kind'], cause: string, parent: number, actor: number, target: number, region: number,
  intensity: number, nuclear: boolean, detail: string, from: number, to: number, ref: number, votes: string, episode: number): number {
  return recordEvent(s, kind, cause, parent, actor, target, region, intensity, nuclear, detail, from, to, ref, votes, episode, notify);
}

function who(s: RunState, ref: string, self: number, actor: number, target: number): number {
  if (ref === '$self') return self;
  if (ref === '$actor') return actor;
  if (ref === '$target') return target;
  return s.model.actorIndex.get(ref) ?? -1;
}

function where(s: RunState, ref: RegionRef | undefined, defaultActor: number, self: number, actor: number, target: number): number {
  if (ref === undefined) return defaultActor >= 0 ? s.model.actors[defaultActor]!.territory : -1;
  if (typeof ref === 'string') return s.model.regionIndex.get(ref) ?? -1;
  const a = who(s, ref.territoryOf, self, actor, target);
  return a >= 0 ? s.model.actors[a]!.territory : -1;
}

/**
 * Moves a relation to a rung and keeps its war status in step: reaching the war rung opens
 * hostilities (with `initiator` as the side that began them), falling below it ends them; a
 * declared war outlives a ceasefire. Returns true when anything changed.
 */
export function setRung(s: RunState, p: number, to: number, initiator: number): boolean {
  const m = s.model;
  const from = s.rung[p]!;
  let changed = false;
  if (to !== from) {
    s.rung[p] = to;
    changed = true;
    const a = m.pairA[p]!;
    const b = m.pairB[p]!;
    if (to > s.peak[a]!) s.peak[a] = to;
    if (to > s.peak[b]!) s.peak[b] = to;
    if (to > s.pairPeak[p]!) s.pairPeak[p] = to;
    scheduleDeescalation(s, p);
    if (to <= m.crisisRung && from > m.crisisRung) leaveEpisode(s, p);
  }
  const war = s.warStatus(p);
  if (to >= m.warRung && war === WAR_NONE) {
    s.send('relation', p, REL.open);
    s.initiator[p] = initiator;
    changed = true;
  } else if (to >= m.warRung && from < m.warRung && war === WAR_DECLARED) {
    // A legal state of war (an armistice) flaring into active hostilities: who reopened them is
    // what `unprovoked` clauses and the allies' attribution turn on.
    s.initiator[p] = initiator;
  } else if (to < m.warRung && war === WAR_HOSTILITIES) {
    s.send('relation', p, REL.ceasefire);
    changed = true;
  }
  return changed;
}

/**
 * Effects the engine itself queues as consequences of decisions and votes; never written in a
 * scenario file. `join`: an obligated party enters hostilities on the side of the attacked, the
 * enemy keeping the role of the side that began them; `tighten` / `renew`: a Council decision on a
 * sanctions regime.
 */
export interface InternalEffect extends Effect {
  join?: { by: number; against: number; to: number } | undefined;
  /** A response made under an obligation, in the war episode of the casus it answers. */
  onBehalf?: { obligation: number; episode: number } | undefined;
  /**
   * A co-belligerent leaving a war whose episode has ended: its obligation's `onCasusEnd: withdraw`,
   * or (1.15, obligation -1) aid by its own decision under `episodes.aidEnds: withdraw`, `aider` the state leaving.
   */
  withdraw?: { pair: number; obligation: number; episode: number; aider?: number } | undefined;
  tighten?: { regime: number } | undefined;
  renew?: { regime: number } | undefined;
  /** (1.9) The General Assembly's debate of the veto of a draft (res. 76/262); (1.12) in emergency special session `session` (-1: none). */
  debate?: { draft: number; vetoDay: number; session: number } | undefined;
}

/** Applies one queued effect: changes the state and records what changed (nothing if nothing did). */
export function applyEffect(s: RunState, e: InternalEffect, self: number, actor: number, target: number, cause: string, parent: number): void {
  const m = s.model;
  if (e.join) {
    const { by, against, to } = e.join;
    const p = s.pair(by, against);
    const from = s.rung[p]!;
    if (to <= from && (to < m.warRung || s.warStatus(p) !== WAR_NONE)) return;
    const ob = e.onBehalf;
    if (to > m.crisisRung && responseMoot(s, ob, by, against, parent, cause)) return;
    if (to >= m.warRung && !checkDuties(s, 'hostile', by, against, parent)) return;
    const episode = to > m.crisisRung ? attributeForce(s, by, against, p, ob ? ob.obligation : -1, ob ? ob.episode : -1, parent, cause) : -1;
    // The enemy began the pair's war, unless the ally joined the side that began the episode.
    if (setRung(s, p, Math.max(from, to), opener(s, episode, against, by))) recv(s, 'escalation', cause, parent, by, against, -1, 0, false, '', from, s.rung[p]!, p, '', episode);
    return;
  }
  if (e.withdraw) {
    const { pair: p, obligation } = e.withdraw;
    const from = s.rung[p]!;
    if (from <= m.crisisRung) return;
    const leaving = obligation >= 0 ? m.obligations[obligation]!.obligated : e.withdraw.aider!;
    const war = s.warStatus(p);
    setRung(s, p, m.crisisRung, -1);
    // A war declared only as the response to this casus ends with it.
    if (war === WAR_DECLARED) s.send('relation', p, REL.peace);
    const enemy = m.pairA[p] === leaving ? m.pairB[p]! : m.pairA[p]!;
    recv(s, 'ceasefire', cause, parent, leaving, enemy, -1, 0, false, obligation >= 0 ? 'casus_ended' : 'aid_ended', from, s.rung[p]!, p, '', e.withdraw.episode);
    return;
  }
  if (e.tighten) {
    const r = e.tighten.regime;
    const regime = m.regimes[r]!;
    const st = TABLES.regime.states[s.regimeState(r)];
    if ((st === 'proposed' || st === 'lifted') && s.send('regime', r, REG.impose) >= 0) {
      recv(s, 'sanctions', cause, parent, -1, regime.target, -1, 0, false, 'in_force', -1, -1, r, '', -1);
    }
    const v = regime.variable;
    const before = s.vars[v]!;
    const x = Math.min(m.variables[v]!.max, before + regime.tightenBy);
    if (x !== before) { s.vars[v] = x; recv(s, 'variable', cause, parent, -1, -1, -1, 0, false, m.variables[v]!.id, before, x, v, '', -1); }
    return;
  }
  if (e.renew) {
    const r = e.renew.regime;
    const regime = m.regimes[r]!;
    // A renewal extends the mandate from its current end, as the resolutions do (res. 1928 of 7 Jun
    // 2010: to 12 Jun 2011; res. 1985: to 12 Jun 2012). A mandate that has already run out by the
    // vote's day is restored from that day. A mandate without an end stays without one.
    const end = s.regimeMonitoredUntil[r]!;
    const was = s.regimeMonitored[r]! !== 0 && s.curDay <= end;
    const from = was ? end : s.curDay;
    if (from < FAR_FUTURE) s.regimeMonitoredUntil[r] = dayOf(addMonths(isoOf(from), regime.renewalMonths));
    s.regimeMonitored[r] = 1;
    s.baseline[regime.variable] = regime.baselineWith;
    recv(s, 'monitoring', cause, parent, -1, regime.target, -1, 0, false, was ? 'renewed' : 'restored', -1, -1, r, '', -1);
    return;
  }
  if (e.debate) {
    // A snapshot saved before 1.12 holds no session: a debate of its own.
    holdVetoDebate(s, e.debate.draft, e.debate.vetoDay, e.debate.session ?? -1, cause, parent);
    return;
  }
  if (e.armedAttack) {
    const a = e.armedAttack;
    const by = who(s, a.by, self, actor, target);
    const on = who(s, a.on, self, actor, target);
    if (by < 0 || on < 0 || by === on) return;
    const region = where(s, a.in, on, self, actor, target);
    const aid = a.inAidOf === undefined ? -1 : who(s, a.inAidOf, self, actor, target);
    armedAttack(s, by, on, region, a.intensity, a.nuclear ?? false, a.declare ?? false, attackRung(m, a.intensity, a.nuclear ?? false), aid, e.onBehalf, cause, parent);
    return;
  }
  if (e.hostileAct) { applyHostileAct(s, e, self, actor, target, cause, parent); return; }
  if (e.threat) { applyThreat(s, e, self, actor, target, cause, parent); return; }
  if (e.escalate || e.deescalate) { applyMove(s, e, self, actor, target, cause, parent); return; }
  if (e.ceasefire || e.peace) { applyTruce(s, e, self, actor, target, cause, parent); return; }
  if (e.variable) {
    const v = m.variableIndex.get(e.variable.id)!;
    const info = m.variables[v]!;
    const before = s.vars[v]!;
    let x = e.variable.set !== undefined ? num(s, e.variable.set) : before + (e.variable.add !== undefined ? num(s, e.variable.add) : 0);
    x = Math.min(info.max, Math.max(info.min, x));
    if (x === before) return;
    s.vars[v] = x;
    recv(s, 'variable', cause, parent, -1, -1, -1, 0, false, info.id, before, x, v, '', -1);
    return;
  }
  if (e.draft) { applyDraft(s, e, self, actor, target, cause, parent); return; }
  if (e.sanctions) { applySanctions(s, e, self, actor, target, cause, parent); return; }
  if (e.signal) {
    const by = e.signal.by !== undefined ? who(s, e.signal.by, self, actor, target) : -1;
    const on = e.signal.on !== undefined ? who(s, e.signal.on, self, actor, target) : -1;
    recv(s, 'signal', cause, parent, by, on, -1, 0, false, e.signal.kind, -1, -1, -1, '', -1);
    return;
  }
  if (e.alliance) { applyAlliance(s, e, self, actor, target, cause, parent); return; }
  if (e.basing) { applyBasing(s, e, self, actor, target, cause, parent); return; }
  if (e.denounce) { giveNotice(s, e, self, actor, target, cause, parent); return; }
}

/** A non-military hostile act (a cyber operation, an interdiction…) by one actor on another. */
export function applyHostileAct(s: RunState, e: Effect, self: number, actor: number, target: number, cause: string, parent: number): void {
  const h = e.hostileAct!;
  const by = who(s, h.by, self, actor, target);
  const on = who(s, h.on, self, actor, target);
  if (by < 0 || on < 0 || by === on) return;
  const region = where(s, h.in, on, self, actor, target);
  recv(s, 'hostileAct', cause, parent, by, on, region, 0, false, h.kind, -1, -1, s.pair(by, on), '', -1);
}

/** A threat of armed aggression. */
export function applyThreat(s: RunState, e: Effect, self: number, actor: number, target: number, cause: string, parent: number): void {
  const by = who(s, e.threat!.by, self, actor, target);
  const on = who(s, e.threat!.on, self, actor, target);
  if (by < 0 || on < 0 || by === on) return;
  // (1.12) A threat during a war may be support for the attacker (`armedAttack.menace`).
  if (s.model.menaceSupport) s.threatTick[by * s.model.actors.length + on] = s.tick;
  recv(s, 'threat', cause, parent, by, on, -1, 0, false, '', -1, -1, -1, '', -1);
}

/** A relation moved up (`escalate`) or down (`deescalate`) the ladder. */
export function applyMove(s: RunState, e: Effect, self: number, actor: number, target: number, cause: string, parent: number): void {
  const m = s.model;
  const spec = (e.escalate ?? e.deescalate)!;
  const up = e.escalate !== undefined;
  const a = who(s, spec.between[0], self, actor, target);
  const b = who(s, spec.between[1], self, actor, target);
  if (a < 0 || b < 0 || a === b) return;
  const p = s.pair(a, b);
  const from = s.rung[p]!;
  const to = moveTo(s, spec, up, from);
  if (up ? to <= from : to >= from) return;
  if (up && to > m.crisisRung && decisionMoot(s, a, b, parent, cause)) return;
  if (up && to >= m.warRung && !checkDuties(s, 'hostile', a, b, parent)) return;
  const episode = up && to > m.crisisRung ? attributeForce(s, a, b, p, -1, -1, parent, cause) : s.pairEpisode[p]!;
  if (setRung(s, p, to, up && to > m.crisisRung ? opener(s, episode, a, b) : a)) recv(s, up ? 'escalation' : 'deescalation', cause, parent, a, b, -1, 0, false, '', from, to, p, '', episode);
}

/** The rung an escalation or de-escalation of a relation now at rung `from` moves it to. */
function moveTo(s: RunState, spec: NonNullable<Effect['escalate']>, up: boolean, from: number): number {
  const m = s.model;
  const to = spec.to !== undefined ? m.rungIndex.get(spec.to)! : from + (up ? 1 : -1) * (spec.steps ?? 1);
  return Math.max(0, Math.min(m.rungs.length - 1, to));
}

/**
 * (engine 0.16.0) Whether a doctrine decision's effects, about to be applied together (`first`, or
 * all of `more` when there are several), lapse as a whole: the decision was taken in a war that has
 * ended since (a Council ceasefire applied in the same round, before it), and one of its uses of
 * force would open a new war (attribution.ts `decisionMoot`). None of its effects is then carried
 * out, whatever their order: the decision was one act. Before, only the use of force was dropped,
 * so what went with it — a counter of strikes, a flag that the US had answered nuclear use — was
 * set for a strike that never happened (korea-2024, run 6875 of 20,000: the US then never answered
 * a later nuclear use). Records the `episode` event `moot` of the first such use of force.
 */
export function decisionLapses(s: RunState, first: Effect, more: readonly Effect[] | undefined, self: number, actor: number, target: number, cause: string, parent: number): boolean {
  const war = endedWarOf(s, parent);
  if (war < 0) return false;
  const m = s.model;
  const n = more === undefined ? 1 : more.length;
  // The rung each pair will be at when an effect is reached: an escalation listed after a strike
  // on the same pair starts from where the strike leaves it (pairs, then rungs; a list is short).
  const at: number[] = [];
  const predicted = (p: number): number => { for (let k = 0; k < at.length; k += 2) if (at[k] === p) return at[k + 1]!; return s.rung[p]!; };
  const predict = (p: number, r: number): void => { for (let k = 0; k < at.length; k += 2) if (at[k] === p) { at[k + 1] = r; return; } at.push(p, r); };
  for (let j = 0; j < n; j++) {
    const e = more === undefined ? first : more[j]!;
    let by = -1, on = -1, force = false;
    if (e.armedAttack) {
      const x = e.armedAttack;
      by = who(s, x.by, self, actor, target);
      on = who(s, x.on, self, actor, target);
      if (by < 0 || on < 0 || by === on) continue;
      const to = attackRung(m, x.intensity, x.nuclear ?? false);
      force = x.intensity >= USE_OF_FORCE || to > m.crisisRung;
      const p = s.pair(by, on);
      if (to > predicted(p)) predict(p, to);
    } else if (e.escalate || e.deescalate) {
      const spec = (e.escalate ?? e.deescalate)!;
      by = who(s, spec.between[0], self, actor, target);
      on = who(s, spec.between[1], self, actor, target);
      if (by < 0 || on < 0 || by === on) continue;
      const p = s.pair(by, on);
      const from = predicted(p);
      const to = moveTo(s, spec, e.escalate !== undefined, from);
      force = e.escalate !== undefined && to > from && to > m.crisisRung;
      predict(p, to);
    }
    if (!force || inOpenWar(s, by, on)) continue;
    recv(s, 'episode', cause, parent, by, on, -1, 0, false, 'moot', -1, -1, -1, '', war);
    return true;
  }
  return false;
}

/** A ceasefire (of the pair, or of every pair in its war episode) or a peace. */
export function applyTruce(s: RunState, e: Effect, self: number, actor: number, target: number, cause: string, parent: number): void {
  const m = s.model;
  const spec = (e.ceasefire ?? e.peace)!;
  const a = who(s, spec.between[0], self, actor, target);
  const b = who(s, spec.between[1], self, actor, target);
  if (a < 0 || b < 0 || a === b) return;
  const p = s.pair(a, b);
  const ep = s.pairEpisode[p]!;
  const pairs = e.ceasefire?.scope === 'episode' && ep >= 0 ? episodePairs(s, ep, p) : [p];
  for (const q of pairs) {
    const from = s.rung[q]!;
    const war = s.warStatus(q);
    const to = Math.min(from, m.crisisRung);
    // (1.11) A truce that leaves an ally fighting on alone is a separate peace its duties may forbid.
    if ((from > m.crisisRung || war !== WAR_NONE) && m.separatePeace
      && !checkSeparatePeace(s, m.pairA[q]!, m.pairB[q]!, pairs, parent)) continue;
    let changed = setRung(s, q, to, -1);
    if (e.peace && war !== WAR_NONE && s.warStatus(q) !== WAR_NONE) { s.send('relation', q, REL.peace); changed = true; }
    if (changed) recv(s, e.peace ? 'peace' : 'ceasefire', cause, parent, q === p ? a : m.pairA[q]!, q === p ? b : m.pairB[q]!, -1, 0, false, q === p ? '' : 'episode', from, to, q, '', ep);
  }
}

/** A draft tabled in the Council. */
export function applyDraft(s: RunState, e: Effect, self: number, actor: number, target: number, cause: string, parent: number): void {
  createDraft(s, e.draft!, self, actor, target, cause, parent);
}

/** A sanctions regime imposed or lifted, or joined or left by one actor. */
export function applySanctions(s: RunState, e: Effect, self: number, actor: number, target: number, cause: string, parent: number): void {
  const m = s.model;
  const r = m.regimeIndex.get(e.sanctions!.regime)!;
  const regime = m.regimes[r]!;
  const by = e.sanctions!.by !== undefined ? who(s, e.sanctions!.by, self, actor, target) : -1;
  const action = e.sanctions!.action;
  if (action === 'impose' || action === 'lift') {
    if (s.send('regime', r, action === 'impose' ? REG.impose : REG.lift) >= 0) {
      recv(s, 'sanctions', cause, parent, by, regime.target, -1, 0, false, action === 'impose' ? 'in_force' : 'lifted', -1, -1, r, '', -1);
    }
    return;
  }
  if (by < 0) return;
  const slot = r * m.actors.length + by;
  if (action === 'join') {
    if (s.regimeMember[slot]) return;
    if (!checkDuties(s, 'sanctions', by, regime.target, parent)) return;
    s.regimeMember[slot] = 1;
  } else {
    if (!s.regimeMember[slot]) return;
    s.regimeMember[slot] = 0;
  }
  recv(s, 'sanctions', cause, parent, by, regime.target, -1, 0, false, action, -1, -1, r, '', -1);
}

/** An alliance against an actor. */
export function applyAlliance(s: RunState, e: Effect, self: number, actor: number, target: number, cause: string, parent: number): void {
  const by = who(s, e.alliance!.by, self, actor, target);
  const against = who(s, e.alliance!.against, self, actor, target);
  const partner = who(s, e.alliance!.with, self, actor, target);
  if (by < 0 || against < 0) return;
  if (!checkDuties(s, 'alliance', by, against, parent)) return;
  recv(s, 'alliance', cause, parent, by, against, -1, 0, false, '', -1, -1, partner, '', -1);
}

/** Basing rights against an actor. */
export function applyBasing(s: RunState, e: Effect, self: number, actor: number, target: number, cause: string, parent: number): void {
  const host = who(s, e.basing!.host, self, actor, target);
  const against = who(s, e.basing!.against, self, actor, target);
  const user = who(s, e.basing!.user, self, actor, target);
  if (host < 0 || against < 0) return;
  if (!checkDuties(s, 'basing', host, against, parent)) return;
  recv(s, 'basing', cause, parent, host, against, -1, 0, false, '', -1, -1, user, '', -1);
}

/**
 * The lowest rung an armed attack of this intensity lifts a relation to (the nuclear rung for a
 * nuclear attack, the highest rung whose intensity it reaches): a constant of the effect.
 */
export function attackRung(m: RunState['model'], intensity: number, nuclear: boolean): number {
  let to = nuclear ? m.nuclearRung : -1;
  for (let r = 0; r < m.rungs.length; r++) if (m.rungs[r]!.intensity > 0 && intensity >= m.rungs[r]!.intensity && r > to) to = r;
  return to;
}

/**
 * An armed attack by `by` on `on` (resolved, distinct actors) in `region`: lifts the relation to at
 * least `rungTo` (see {@link attackRung}), puts it into its war episode and records it. `aid`: the
 * state the attacker comes to the aid of (`inAidOf`, -1: none; run/attribution.ts). `follow`:
 * null for the event's generic follow-up, else the one generated for the compiled effect that
 * made the attack (undefined: nothing takes notice; see run/record.ts `recordAt`).
 */
export function armedAttack(s: RunState, by: number, on: number, region: number, intensity: number, nuclear: boolean, declare: boolean, rungTo: number, aid: number,
  ob: InternalEffect['onBehalf'], cause: string, parent: number, follow: ((s: RunState, ev: SimEvent) => void) | undefined | null = null): void {
  const m = s.model;
  const force = intensity >= USE_OF_FORCE || rungTo > m.crisisRung;
  if (ob !== undefined ? responseMoot(s, ob, by, on, parent, cause) : force && decisionMoot(s, by, on, parent, cause)) return;
  if (!checkDuties(s, 'hostile', by, on, parent)) return;
  const p = s.pair(by, on);
  const from = s.rung[p]!;
  const to = rungTo > from ? rungTo : from;
  // A use of force belongs to a war episode, which says who began the war (see run/attribution).
  const episode = force || to > m.crisisRung ? attributeForce(s, by, on, p, ob ? ob.obligation : -1, ob ? ob.episode : -1, parent, cause, aid) : -1;
  // The side that opens hostilities is the attacker, unless a war is already under way or the
  // attacker comes to the victim's aid against the side that began the war.
  setRung(s, p, to, opener(s, episode, by, on));
  // The event says when the attack declared war, so the story can: a declaration outlives a
  // ceasefire, and the trace is otherwise silent about it.
  const declared = declare && s.warStatus(p) !== WAR_DECLARED;
  if (declared) s.send('relation', p, REL.declare);
  // An armed attack is recorded even when the rung does not move: it is itself a change (a casus).
  // A compiled effect of the scenario has its own follow-up of the event (compiler/effect-program.ts).
  const detail = declared ? 'declared' : '';
  if (follow !== null) recordAt(s, follow, 'armedAttack', cause, parent, by, on, region, intensity, nuclear, detail, from, s.rung[p]!, p, episode);
  else recv(s, 'armedAttack', cause, parent, by, on, region, intensity, nuclear, detail, from, s.rung[p]!, p, '', episode);
}

/** MID hostility level 4: the lowest level that is a use of force (and so part of a war episode). */
const USE_OF_FORCE = 4;

/** The pairs fighting in episode `e`, the named pair first, then the others in pair order. */
function episodePairs(s: RunState, e: number, first: number): number[] {
  const out = [first];
  const pairs = pairsInEpisode(s, e);
  for (let k = 0; k < pairs.length; k++) if (pairs[k] !== first) out.push(pairs[k]!);
  return out;
}

function num(s: RunState, n: number | { param: string }): number {
  return typeof n === 'number' ? n : s.model.parameters[n.param]!;
}
