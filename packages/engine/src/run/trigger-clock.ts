/**
 * When a stochastic trigger gets a chance to fire: thinning (Lewis–Shedler) in discrete time.
 *
 * A trigger with per-tick hazard p(state) ≤ q, where q is the hazard of the largest rate it can
 * reach (its constant hazard, or `hazardPerTick(maxRate)` from the interval bound of its scale),
 * has *candidate* ticks that are Bernoulli(q) trials, one a tick, independent of the state; it
 * fires at a candidate tick with probability p/q. Every tick it thus fires with probability
 * q · p/q = p, the law of one Bernoulli(p) trial a tick, while the engine only looks at it on its
 * candidate ticks: waiting times between candidates are geometric, drawn once per candidate.
 *
 * Numbers are keyed (see `rng/keyed.ts`): candidate k's waiting time is number 2k of the trigger's
 * source, its acceptance number is number 2k + 1. Candidate ticks depend only on (seed, run,
 * trigger, q), never on what happens in the run, so two variants of a scenario share them.
 *
 * @module
 */
import type { Model } from '../model/model.js';
import { hazardPerTick } from '../model/compile.js';
import { hashString, sourceSeed } from '../rng/hash.js';
import { keyedBits } from '../rng/keyed.js';
import { unitFloat } from '../rng/xor128.js';
import { log, logOneMinusUnit } from '../rng/math.js';
import type { RunState } from './state.js';

/** Bounds at or above this give a candidate every tick (q = 1): part of the seed scheme. */
export const CANDIDATE_EVERY_TICK_ABOVE = 0.5;

/** Never: a candidate tick past any horizon. */
export const NO_CANDIDATE = 2 ** 31 - 1;

/**
 * The calendar of candidate ticks: word `t · W + ⌊i / 32⌋` of `RunState.triggerDue` has bit
 * `i mod 32` set when trigger `i`'s next candidate may fall at tick `t` (W = {@link dueWords}).
 * The compiled start of a tick reads its tick's words once and visits only the triggers whose bit
 * is set, so a tick where no trigger has a candidate costs no look at any of them.
 *
 * A set bit is a hint, never the rule: the trigger is still at its candidate only when
 * `triggerNext[i] === t`. So a bit left from an earlier run or an earlier clock (a run stopped by
 * an error, a reseed) costs one look and changes nothing, and the words are cleared only as their
 * tick is read. What must never happen is a candidate without its bit: every write of
 * `triggerNext` marks it (the compiled code after `passCandidate`, {@link restartTriggerClock} with
 * {@link markDue}), and a restored run marks them all ({@link markAllDue}).
 */
export function dueWords(triggers: number): number {
  return Math.max(1, Math.ceil(triggers / 32));
}

/** Marks tick `t` as a possible candidate of trigger `i` (ticks past the horizon are never read). */
export function markDue(s: RunState, i: number, t: number): void {
  if (t > s.model.clock.horizon + 1) return;
  s.triggerDue[t * s.dueWords + (i >> 5)] |= 1 << (i & 31);
}

/** Marks every trigger's next candidate tick, after `triggerNext` was written wholesale (a restored run). */
export function markAllDue(s: RunState): void {
  for (let i = 0; i < s.triggerNext.length; i++) markDue(s, i, s.triggerNext[i]!);
}

/**
 * The first tick whose start has not run yet: where a clock restarted now (a reseed, a run restored
 * into a model with another bound) places its first candidate. Between two ticks that is
 * `nextTick`. Inside a tick (a run saved within a round of decisions and continued) it is the next
 * tick: the current tick's triggers have been looked at already and its calendar words read and
 * cleared, so a candidate placed there would never be seen and the trigger would stay silent for
 * the rest of the run. Candidates are independent Bernoulli(q) trials, one a tick, so starting
 * them at the next tick keeps their law.
 */
export function firstTickNotBegun(s: RunState): number {
  return s.phase !== 0 ? s.tick + 1 : s.nextTick;
}

/** Per-trigger constants of the candidate process, computed once per compiled model. */
export interface TriggerClock {
  /** Probability that a tick is a candidate (0 for triggers that are not stochastic). */
  readonly q: Float64Array;
  readonly logOneMinusQ: Float64Array;
  /** FNV-1a hash of each trigger's source name, as signed int32 (the same bits: see rng/hash `mixBits`). */
  readonly hash: Int32Array;
}

/** The candidate probability of every trigger of `m`. */
export function triggerClock(m: Model): TriggerClock {
  const n = m.triggers.length;
  const q = new Float64Array(n);
  const logOneMinusQ = new Float64Array(n);
  const hash = new Int32Array(n);
  for (const tr of m.triggers) {
    const i = tr.index;
    hash[i] = hashString(m.sources[tr.source]!);
    if (!tr.stochastic) continue;
    // An unbounded scale (maxRate infinite or NaN) gives a candidate every tick.
    const bound = tr.constantP >= 0 ? tr.constantP : tr.maxRate >= 0 && tr.maxRate < Infinity ? hazardPerTick(tr.maxRate) : 1;
    // Above one half, a candidate every tick (q = 1, still a bound) is cheaper than waiting times.
    q[i] = bound >= CANDIDATE_EVERY_TICK_ABOVE ? 1 : bound;
    logOneMinusQ[i] = q[i]! > 0 && q[i]! < 1 ? log(1 - q[i]!) : 0;
  }
  return { q, logOneMinusQ, hash };
}

/**
 * Number `k` of trigger `i`'s source in this run, as its word (a signed int32): the number is
 * `unitFloat(word)`, computed by the caller where it is used; logged (as the number) when draws
 * are recorded. A word because V8 boxes a double returned from a call it did not inline, and the
 * start of a tick and the reset leave this one out often (as `RunState.drawBits`).
 */
export function triggerBits(s: RunState, i: number, k: number): number {
  const b = keyedBits(s.triggerKey[i]!, k);
  if (s.drawLog) s.drawLog.push(s.model.triggers[i]!.source, unitFloat(b));
  return b;
}

/**
 * Ticks from a candidate of trigger `i` to its next (geometric, from number `k` of its source). Integers in
 * and out: the floats (the number, q, log(1 − q)) stay inside, so a call not inlined boxes none of them.
 * Called only for 0 < q < 1 (the callers test it), so it is `geometricWait` (rng/keyed) without its
 * tests of q, with log(1 − u) taken from the word itself (`logOneMinusUnit`: the same bits as
 * `log(1 − unitFloat(word))`, without the round trip of a double through memory to read its exponent).
 */
function candidateWait(s: RunState, i: number, k: number): number {
  const w = Math.floor(logOneMinusUnit(triggerBits(s, i, k)) / s.clock.logOneMinusQ[i]!);
  return w < 1 << 30 ? w : 1 << 30;
}

/**
 * Keys every trigger's numbers to the run (master seed, run index) and draws the first candidate
 * tick at or after `from`. At the start of a run, and when a run is reseeded.
 */
export function startTriggerClocks(s: RunState, from: number): void {
  const key = s.runKey();
  const n = s.model.triggers.length;
  for (let i = 0; i < n; i++) {
    s.triggerKey[i] = sourceSeed(key, s.clock.hash[i]!);
    restartTriggerClock(s, i, from);
  }
}

/** Trigger `i`'s candidates start again at `from` (candidate 0), with the run's key already set. */
export function restartTriggerClock(s: RunState, i: number, from: number): void {
  const c = s.clock;
  s.triggerCandidate[i] = 0;
  if (!(c.q[i]! > 0)) { s.triggerNext[i] = NO_CANDIDATE; return; }
  const next = c.q[i]! >= 1 ? from : Math.min(NO_CANDIDATE, from + candidateWait(s, i, 0));
  s.triggerNext[i] = next;
  markDue(s, i, next);
}

/**
 * Trigger `i` is at its candidate tick `t`: returns the candidate's index k (its acceptance number
 * is number 2k + 1) and draws the next candidate tick. The compiled start of a tick marks it in
 * the calendar itself: kept out of here, this stays small enough for its draws to be inlined.
 */
export function passCandidate(s: RunState, i: number, t: number): number {
  const c = s.clock;
  const k = s.triggerCandidate[i]!;
  const next = k + 1;
  s.triggerCandidate[i] = next;
  s.triggerNext[i] = c.q[i]! >= 1 ? t + 1 : Math.min(NO_CANDIDATE, t + 1 + candidateWait(s, i, 2 * next));
  return k;
}
