import { TABLES } from '../machines/host.js';
import { hashString, mixBits, sourceSeed } from '../rng/hash.js';
import { keyedBits } from '../rng/keyed.js';
import { log } from '../rng/math.js';
import { hazardPerTick } from '../model/compile.js';
import { baselineWithoutPanel } from '../model/model.js';
import type { RunState } from './state.js';
import { dayFor, emit, PRIORITY, queueItem, rec } from './effects.js';
import { checkOutcomes } from './record.js';
import { enterForce, lapsePact, membership } from './obligations.js';
import { noticesFallDue } from './denunciation.js';
import { passCandidate, triggerBits } from './trigger-clock.js';
import { unitFloat } from '../rng/xor128.js';
import { RESPONSE_LEVELS } from '../schema/vocabulary.js';

const TR = {
  armed: TABLES.trigger.state('armed'),
  cooldown: TABLES.trigger.state('cooldown'),
  fire: TABLES.trigger.event('FIRE'),
  cool: TABLES.trigger.event('COOL'),
  rearm: TABLES.trigger.event('REARM'),
  spend: TABLES.trigger.event('SPEND'),
};
const RG = {
  inForce: TABLES.regime.state('in_force'),
  eroding: TABLES.regime.state('eroding'),
  erode: TABLES.regime.event('ERODE'),
  restore: TABLES.regime.event('RESTORE'),
};
const DEESCALATION_HASH = hashString('hazard:deescalation');

/**
 * The start of a tick: pacts lapse (or enter into force), parties join or leave, monitoring mandates run out, variables revert toward their
 * baselines, regimes erode or recover, then triggers fire and situation injects are queued.
 */
export function beginTick(s: RunState, t: number): void {
  // The scenario compiled to straight-line code (compiler/tick-program.ts), when there is one.
  if (s.program !== undefined) { s.program.beginTick(s, t); return; }
  const m = s.model;
  s.tick = t;
  s.day = m.clock.days[t]!;
  s.curDay = s.day;
  s.eventsThisTick = 0;

  for (let p = 0; p < m.pacts.length; p++) {
    if (!s.pactLapsed[p] && s.day >= m.pacts[p]!.lapsedDay) { s.pactLapsed[p] = 1; lapsePact(s, p); }
    else if (t > 0 && m.clock.days[t - 1]! < m.pacts[p]!.inForceDay && s.pactInForce(p)) enterForce(s, p, -1);
    // A denunciation clause costs nothing per tick until a notice has been given in the run: a
    // pact without written dates changes membership only when a notice takes effect.
    const pact = m.pacts[p]!;
    if (pact.denunciation !== undefined && s.noticeGiven !== 0) noticesFallDue(s, p);
    if ((pact.dated || (pact.staggered && s.noticeGiven !== 0)) && !s.pactLapsed[p] && s.pactInForce(p)) membership(s, p);
  }
  for (let r = 0; r < m.regimes.length; r++) {
    const g = m.regimes[r]!;
    if (s.regimeMonitored[r] && s.day > s.regimeMonitoredUntil[r]!) {
      s.regimeMonitored[r] = 0;
      s.baseline[g.variable] = baselineWithoutPanel(g, s.day);
      rec(s, 'monitoring', `mandate:${g.id}`, -1, { detail: 'lapsed', ref: r, target: g.target });
    }
    if (t > 0 && g.outside.length > 0) outsideMonitoring(s, r, t);
  }
  if (t > 0) {
    for (let v = 0; v < m.variables.length; v++) {
      const info = m.variables[v]!;
      if (info.keep < 1) s.vars[v] = s.baseline[v]! + (s.vars[v]! - s.baseline[v]!) * info.keep;
    }
  }
  for (let r = 0; r < m.regimes.length; r++) {
    const g = m.regimes[r]!;
    const st = s.regimeState(r);
    const x = s.vars[g.variable]!;
    if (st === RG.inForce && x < g.erodesBelow) {
      s.send('regime', r, RG.erode);
      rec(s, 'sanctions', `drift:${m.variables[g.variable]!.id}`, -1, { detail: 'eroding', ref: r, target: g.target });
    } else if (st === RG.eroding && x >= g.restoresAbove) {
      s.send('regime', r, RG.restore);
      rec(s, 'sanctions', `drift:${m.variables[g.variable]!.id}`, -1, { detail: 'in_force', ref: r, target: g.target });
    }
  }
  checkOutcomes(s, -1, 'tick');

  fireTriggers(s, t);
  queueInjects(s, t);
}

/**
 * Monitoring set up outside the Council begins or ends on its dates, with no vote: recorded, and
 * while no Council panel monitors, the regime's enforcement baseline follows it.
 */
export function outsideMonitoring(s: RunState, r: number, t: number): void {
  const g = s.model.regimes[r]!;
  const prev = s.model.clock.days[t - 1]!;
  for (const o of g.outside) {
    const started = prev < o.fromDay && s.day >= o.fromDay;
    const ended = prev <= o.toDay && s.day > o.toDay;
    if (started === ended) continue;
    if (!s.regimeMonitored[r]) s.baseline[g.variable] = baselineWithoutPanel(g, s.day);
    rec(s, 'monitoring', `monitoring:${g.id}/${o.id}`, -1, { detail: started ? 'outside_started' : 'outside_ended', ref: r, target: g.target });
  }
}

/** Queues the situation's injects and the white cell's that fall on tick `t`. */
export function queueInjects(s: RunState, t: number): void {
  // Most ticks of a situation have no inject of it: found by one array read (its ticks are marked
  // once per situation met), not by looking the situation up and walking its injects every tick.
  if (s.situation !== undefined && situationInjectsAt(s, t)) {
    const sit = s.model.situations.get(s.situation)!;
    const bases = s.program?.effects.injectBase.get(sit.id);
    sit.injects.forEach((inj, k) => {
      if (inj.tick === t) emit(s, inj.effects, -1, -1, -1, `inject:${sit.id}#${inj.index}`, -1, PRIORITY.inject, t, Math.max(s.day, inj.day), bases !== undefined ? bases[k]! : -1);
    });
  }
  if (s.injects.length > 0) s.injects.forEach((inj, k) => { if (inj.tick === t) emit(s, inj.effects, -1, -1, -1, `inject:white-cell#${k}`, -1, PRIORITY.inject); });
}

/** Whether the run's situation has an inject at tick `t`. */
function situationInjectsAt(s: RunState, t: number): boolean {
  let plan = s.injectTicks;
  if (plan === undefined || plan.situation !== s.situation) {
    const at = new Uint8Array(s.model.clock.horizon + 1);
    for (const inj of s.model.situations.get(s.situation!)!.injects) if (inj.tick >= 0 && inj.tick < at.length) at[inj.tick] = 1;
    plan = s.injectTicks = { situation: s.situation!, at };
  }
  return t < plan.at.length && plan.at[t] === 1;
}

/** Trigger `i` fires at tick `t`: its lifecycle steps (spent, cooling down or re-armed) and its effects are queued. */
export function fireTrigger(s: RunState, i: number, t: number): void {
  const tr = s.model.triggers[i]!;
  s.send('trigger', i, TR.fire);
  s.triggerFires[i]!++;
  if (s.triggerFires[i]! >= tr.limit) s.send('trigger', i, TR.spend);
  else if (tr.cooldown > 0) { s.send('trigger', i, TR.cool); s.triggerCoolUntil[i] = t + tr.cooldown; }
  else s.send('trigger', i, TR.rearm);
  emit(s, tr.effects, -1, -1, -1, tr.cause, -1, PRIORITY.trigger, s.tick, dayFor(s, s.tick), s.program !== undefined ? s.program.effects.triggerBase[i]! : -1);
}

/** Fires the triggers of `bits` (bit k: trigger `base + k`), lowest bit first: in declared order. */
export function fireDue(s: RunState, bits: number, base: number, t: number): void {
  for (let f = bits; f !== 0; f &= f - 1) fireTrigger(s, base + 31 - Math.clz32(f & -f), t);
}

/** Re-arms trigger `i` (its cooldown is over). */
export function rearmTrigger(s: RunState, i: number): void {
  s.send('trigger', i, TR.rearm);
}

/**
 * Triggers in declared order. A stochastic trigger is looked at on its candidate ticks only (see
 * run/trigger-clock): there it fires with probability p/q, p its hazard in the current state and q
 * the bound its candidates are drawn with.
 */
function fireTriggers(s: RunState, t: number): void {
  const m = s.model;
  const q = s.clock.q;
  for (const tr of m.triggers) {
    const i = tr.index;
    const candidate = s.triggerNext[i] === t ? passCandidate(s, i, t) : -1;
    let st = s.machine.trigger[i]!;
    if (st === TR.cooldown && t >= s.triggerCoolUntil[i]!) { s.send('trigger', i, TR.rearm); st = TR.armed; }
    let edge = false;
    if (tr.becomes) {
      const now = tr.becomes(s, -1, -1, -1);
      edge = now && !s.triggerLast[i];
      s.triggerLast[i] = now ? 1 : 0;
    }
    if (st !== TR.armed) continue;
    let fire = edge || (tr.scheduled.size > 0 && tr.scheduled.has(t));
    if (!fire && candidate >= 0) {
      // A constant hazard below one half is its own bound (q = p): every candidate fires. Above one
      // half every tick is a candidate (q = 1), so the candidate fires with probability p.
      if (tr.constantP >= 0) {
        fire = tr.constantP >= q[i]! || ((!tr.when || tr.when(s, -1, -1, -1)) && unitFloat(triggerBits(s, i, 2 * candidate + 1)) < tr.constantP);
      }
      else if (!tr.when || tr.when(s, -1, -1, -1)) {
        const x = tr.ratePerTick * tr.scale!(s, -1, -1, -1);
        // Accept with probability hazardPerTick(x) / q; 1 − e^(−x) ≤ x spares the exponential
        // whenever u·q is at or above x.
        const uq = unitFloat(triggerBits(s, i, 2 * candidate + 1)) * q[i]!;
        fire = uq < x && uq < hazardPerTick(x);
      }
    }
    if (!fire || (tr.when && !tr.when(s, -1, -1, -1))) continue;
    fireTrigger(s, i, t);
  }
}

/**
 * De-escalation: a relation above the crisis rung steps down one rung after a waiting time drawn
 * when it reached its rung — geometric with the rung's per-tick hazard `h`, i.e. exactly the law of
 * one Bernoulli(h) trial at the end of every tick (counting the tick it arrived). Drawing the wait
 * once instead of a number every tick keeps calm and long-running relations cheap.
 *
 * The number is keyed (rng/keyed) by (run, relation, tick, rung, how many times this relation has
 * changed rung so far) rather than taken from a running stream, so it depends neither on other sources' draws
 * nor on unrelated events: two variants of a scenario see the same number whenever the same
 * relation reaches the same rung at the same moment for the same time.
 */
export function scheduleDeescalation(s: RunState, p: number): void {
  const m = s.model;
  const r = s.rung[p]!;
  const h = r > m.crisisRung ? m.rungs[r]!.deescalation : 0;
  if (h <= 0) { s.deescalateAt[p] = -1; s.deescalating[p >> 5] &= ~(1 << (p & 31)); return; }
  const arrival = ++s.rungArrivals[p]!;
  // Words as signed int32 (rng/hash `mixBits`, the same bits as mix32): none is boxed between calls.
  const key = mixBits(mixBits(DEESCALATION_HASH, p), mixBits(s.tick * 64 + r, arrival));
  const u = unitFloat(keyedBits(sourceSeed(s.runKey(), key), 0));
  if (s.drawLog) s.drawLog.push(-1 - p, u);
  // u is in [0, 1); 1 - u in (0, 1] keeps the logarithm finite.
  const wait = h >= 1 ? 0 : Math.floor(log(1 - u) / log(1 - h));
  const due = s.tick + Math.min(wait, 1 << 30);
  s.deescalateAt[p] = due;
  s.deescalating[p >> 5] |= 1 << (p & 31);
  if (due < s.nextDeescalation) s.nextDeescalation = due;
}

const HONOURED = TABLES.obligation.state('honoured');
const FORCES = RESPONSE_LEVELS.indexOf('forces');

/**
 * Whether relation `p` is a fight a state joined for another's sake that still goes on, so it does
 * not wind down by hazard on its own:
 *  - (engine 0.12.0) an ally's fight under a treaty that still binds it: one of the pair honours a
 *    duty at `forces` or above against the other (the casus's enemy, or an enemy that joined it as
 *    a coalition) for a protected party still fighting that enemy above the crisis rung. It ends
 *    with the protected party's fight, and the ally then follows its `onCasusEnd`;
 *  - (engine 0.14.0) a state's aid to another at war, joined by its own decision (`inAidOf`, or
 *    striking the enemy of an ally: attribution rules 2b and 4), while that war's episode is open
 *    (some pair still fights in it on its own account). It ends with that war: it is then the
 *    aider's own war (`episode:aid-ended`), which winds down by hazard, or (1.15, `episodes.aidEnds:
 *    withdraw`) a ceasefire (run/attribution.ts `settleAid`). Before, such a pair stepped
 *    down on its own halfway through the war it had joined: in korea-2024, China's war with the US
 *    ended while the DPRK fought on.
 */
function heldByCasus(s: RunState, p: number): boolean {
  const m = s.model;
  if (s.pairJoinedBy[p]! < -1 && s.episodes.isOpen(s.pairEpisode[p]!)) return true;
  const n = m.actors.length;
  const a = m.pairA[p]!, b = m.pairB[p]!;
  for (let o = 0; o < m.obligations.length; o++) {
    const ob = m.obligations[o]!;
    const ally = ob.obligated;
    if (ally !== a && ally !== b) continue;
    if (s.obligationState(o) !== HONOURED || s.obligationLevel[o]! < FORCES) continue;
    const enemy = ally === a ? b : a;
    const casus = s.obligationCasus[o]!;
    if (casus < 0) continue;
    const beneficiary = casus % n;
    if (beneficiary === enemy || (Math.floor(casus / n) !== enemy && !s.obligationCoEnemies[o * n + enemy])) continue;
    if (s.rung[s.pair(beneficiary, enemy)]! > m.crisisRung) return true;
  }
  return false;
}

/**
 * Queues the de-escalations due at the end of this tick. Most ticks have none: the earliest due
 * tick is kept, and the relations are scanned only when it comes (and it is then recomputed).
 */
export function deescalationHazards(s: RunState): void {
  if (s.nextDeescalation > s.tick) return;
  const at = s.deescalateAt;
  const bits = s.deescalating;
  let next = 2 ** 31 - 1;
  // Queued as the scan finds them, in the order of the relations (queueing reads and changes
  // nothing the scan reads), each with the relation's own effect object: no list, no literal.
  // Only the relations whose bit is set, lowest first: the same relations in the same order as a
  // scan of all (the others have no wait, -1).
  for (let w = 0; w < bits.length; w++) {
    for (let left = bits[w]!; left !== 0; left &= left - 1) {
      const b = 31 - Math.clz32(left & -left);
      const p = (w << 5) | b;
      const d = at[p]!;
      // A wait that ran out after this tick's scan (a relation arriving during the last settle with
      // a zero wait) is taken at the next scan rather than lost.
      // Dated with the tick's first day, as the hazard is drawn for the tick: not with the day of
      // whatever the tick applied last (a dated inject's), which `date` conditions would then read.
      if (d >= 0 && d <= s.tick) {
        // (engines 0.12.0, 0.14.0) An ally fighting under a treaty, or in aid of a state at war,
        // leaves the war with the party it defends: its wait stays run out, and is taken at the
        // first scan after that party's fight (or war) ends.
        if (heldByCasus(s, p)) { if (s.tick + 1 < next) next = s.tick + 1; continue; }
        queueItem(s, s.tick, PRIORITY.hazard, s.deescalations[p], -1, -1, -1, -1, 'hazard:deescalation', -1, s.day, -1);
      }
      else if (d > s.tick) { if (d < next) next = d; }
      else bits[w] = bits[w]! & ~(1 << b);
    }
  }
  s.nextDeescalation = next;
}
