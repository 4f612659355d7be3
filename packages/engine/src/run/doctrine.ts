import type { DoctrineDecision, PendingDecision, RunState } from './state.js';
import type { SimEvent } from './event.js';
import { dayFor, emit, PRIORITY, recv } from './effects.js';
import { unitFloat } from '../rng/xor128.js';

/** A recorded event reaches every decision point listening for its kind; matching ones are collected. */
export function onEvent(s: RunState, ev: SimEvent): void {
  const list = s.model.listeners.get(ev.kind);
  if (!list) return;
  for (const i of list) {
    const dp = s.model.decisionPoints[i]!;
    if (dp.by && !dp.by.includes(ev.actor)) continue;
    if (dp.on && !dp.on.includes(ev.target)) continue;
    if (dp.kind !== undefined && dp.kind !== ev.detail && !ev.detail.startsWith(`${dp.kind}:`)) continue;
    if (ev.intensity < dp.minIntensity) continue;
    if (dp.when && !dp.when(s, dp.actor, ev.actor, ev.target)) continue;
    hear(s, i, ev.actor, ev.target, ev.seq);
  }
}

/**
 * Puts an occasion of decision point `point` to the round being collected — unless that round
 * already holds one of the same point: then it waits for the next round (`hearAgain`). A point is
 * decided once a round. (Engine 0.17.0) Before, two occasions in one round — two DPRK nuclear
 * strikes in a week, two allied strikes each weighed by China — were both decided on the same
 * state, so a point written to be taken once (`not: { happened: … }`, a variable set by its
 * effect) was taken twice: the US answered one nuclear use with two nuclear strikes (korea-2024,
 * judgments, seed 1, run 15934).
 */
export function hear(s: RunState, point: number, actor: number, target: number, parent: number): void {
  if (pending(s.decisions, point) || pending(s.heardAgain, point)) { s.heardAgain.push({ type: 'doctrine', point, actor, target, parent }); return; }
  s.decisions.push({ type: 'doctrine', point, actor, target, parent });
}

/** Whether `list` holds an occasion of decision point `point`: a later one waits behind it, so occasions are decided in the order they came. */
function pending(list: readonly PendingDecision[], point: number): boolean {
  for (let k = 0; k < list.length; k++) {
    const x = list[k]!;
    if (x.type === 'doctrine' && x.point === point) return true;
  }
  return false;
}

/**
 * Puts the occasions that waited (see {@link hear}) to the round being collected, in the order
 * they came, again at most one a point. Called by settle once a round's effects are applied; each
 * occasion's `when` is read when its round comes ({@link stillHeard}).
 */
export function hearAgain(s: RunState): void {
  const waiting = s.heardAgain.splice(0, s.heardAgain.length);
  // Taken out first, so each is compared with the round being collected and with those put back before it.
  for (const w of waiting) hear(s, w.point, w.actor, w.target, w.parent);
}

/**
 * Whether an occasion of a decision point still fits its `when` when its round comes, read on the
 * state the tick has reached (and on the day of the event it answers, as the round dates it).
 * (Engine 0.17.0) A condition is read when the event is heard and again here: between the two, the
 * effects of the round before may have changed what it asks. Before, China decided to enter a
 * war against the ROK it had entered a moment earlier, heard on an allied strike made before its
 * first entry was carried out (korea-2024, judgments, seed 1, run 1045), and the US answered it
 * twice the same way.
 */
export function stillHeard(s: RunState, d: DoctrineDecision): boolean {
  const dp = s.model.decisionPoints[d.point]!;
  return !dp.when || dp.when(s, dp.actor, d.actor, d.target);
}

/**
 * The doctrine's choice: one option, drawn with probability proportional to its weight read from
 * the current state. One draw per decision. Returns -1 when every weight is zero (nothing is done).
 */
export function chooseOption(s: RunState, point: number, actor: number, target: number): number {
  const dp = s.model.decisionPoints[point]!;
  const u = unitFloat(s.drawBits(dp.source));
  let total = 0;
  const n = dp.options.length;
  const w = s.weightScratch.length >= n ? s.weightScratch : (s.weightScratch = new Float64Array(n));
  // The compiled scenario's weights (compiler/doctrine-program.ts) are the closures' numbers, without a closure per term.
  const generated = s.program?.optionWeights;
  if (generated !== undefined) generated(s, point, actor, target, w);
  else for (let k = 0; k < n; k++) w[k] = dp.options[k]!.weight(s, dp.actor, actor, target);
  for (let k = 0; k < n; k++) { const x = w[k]!; w[k] = x > 0 ? x : 0; total += w[k]!; }
  if (!(total > 0)) return -1;
  let acc = 0;
  const x = u * total;
  for (let k = 0; k < n; k++) { acc += w[k]!; if (x < acc) return k; }
  return n - 1;
}

/** Applies a doctrine choice: records the decision and queues the chosen option's effects. */
export function applyOption(s: RunState, point: number, option: number, actor: number, target: number, parent: number): void {
  if (option < 0) return;
  const dp = s.model.decisionPoints[point]!;
  const opt = dp.options[option]!;
  const cause = opt.cause;
  // A decision taken on an event of a war — a use of force, a judgment, an ally joining — is taken
  // in that war: its uses of force are dropped if the war has ended before they are carried out
  // (attribution.ts `decisionMoot`), as a treaty response's are. An event that ends a war (a
  // ceasefire, a de-escalation, an ally's casus ending) raises decisions about what comes after.
  const episode = parent >= 0 ? warOf(s.events[parent]!) : -1;
  const seq = recv(s, 'decision', cause, parent, dp.actor, target, -1, 0, false, opt.id, -1, -1, point, '', episode);
  emit(s, opt.effects, dp.actor, actor, target, cause, seq, PRIORITY.follow, s.tick, dayFor(s, s.tick), s.program !== undefined ? s.program.effects.optionBase[point]![option]! : -1);
}

/** The war episode a decision raised by `ev` is taken in: the event's own, unless the event ends a war. */
function warOf(ev: SimEvent): number {
  if (ev.episode < 0 || ev.kind === 'ceasefire' || ev.kind === 'peace' || ev.kind === 'deescalation') return -1;
  if (ev.kind === 'episode' && !ev.detail.startsWith('joined')) return -1;
  return ev.episode;
}
