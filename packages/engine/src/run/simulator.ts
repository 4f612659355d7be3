import type { Model } from '../model/model.js';
import { TABLES, TableHost, XStateHost } from '../machines/host.js';
import { baselineWithoutPanel, WAR_NONE } from '../model/model.js';
import { RunState, truncate, type PendingDecision, type PendingEffect, type TickProgram } from './state.js';
import type { Decider } from './decision.js';
import { applyEffect, decisionLapses, PRIORITY, queueItem, type InternalEffect } from './effects.js';
import { openInitialEpisodes, relationsAtWar, settleEpisodes } from './attribution.js';
import { beginTick, deescalationHazards, scheduleDeescalation } from './tick.js';
import { applyJudgment, applyResponse, chooseJudgment, chooseResponse, releaseDeferred, releaseAwaited, responseOptions, responsePending, startState, UNREQUESTED } from './obligations.js';
import { requested } from './request.js';
import { applyOption, chooseOption, hearAgain, stillHeard } from './doctrine.js';
import { applyVotes, applyWithdrawal, chooseVote, chooseWithdrawal, seatedMembers, SPONSOR_OPTIONS, VOTES } from './council.js';
import { decide, personChoice } from './decide.js';
import { checkAll } from './record.js';
import { firstTickNotBegun, startTriggerClocks } from './trigger-clock.js';
import { compileTick } from '../compiler/tick-program.js';
import { restoreSnapshot, takeSnapshot, type RunSnapshot } from './snapshot.js';
import type { Effect } from '../schema/effect.js';
import { countMetricTicks } from './metrics.js';

export type EngineKind = 'reference' | 'batch';

/**
 * Called with every round of decisions once all its choices are drawn and before any is applied
 * (the run is then between two of its own steps, with nothing half-applied: a snapshot taken here
 * can be continued with other choices by {@link Simulator.finishFromRound}). Batch-internal: the
 * rare-event estimator branches here (batch/branching.ts).
 */
export type RoundHook = (round: readonly PendingDecision[], choices: unknown[]) => void;

/** Thrown by a round hook to abandon the line being simulated (caught by whoever started it). */
export const STOP_LINE: unique symbol = Symbol('casus:stop-line');

export interface SimulatorOptions {
  /** `batch` (default): compiled machine tables. `reference`: xstate's own `transition`. */
  readonly engine?: EngineKind;
  /** Stop a run when one tick records more events than this (a runaway cascade). */
  readonly maxEventsPerTick?: number;
  /**
   * Batch engine only: run the scenario compiled to specialised code (compiler/), where the
   * environment allows code generation (default true). False, or where `new Function` is refused
   * (a strict content-security policy), interprets the compiled model's tables instead. Results
   * are identical either way.
   */
  readonly compiled?: boolean;
}

/** An event a facilitator injects at a tick, beyond the scenario's situations. */
export interface Inject {
  readonly tick: number;
  readonly effects: readonly Effect[];
  readonly note?: string;
}

export interface RunOptions {
  readonly situation?: string | undefined;
  /** Events injected by hand (a seminar's white cell), with cause `inject:white-cell#N`. */
  readonly injects?: readonly Inject[] | undefined;
  readonly decider?: Decider | undefined;
  /** Log every random draw (source, value) for the differential check between engines. */
  readonly recordDraws?: boolean | undefined;
  /**
   * Batch-internal: events that nothing takes notice of where they are recorded are counted, not
   * recorded (run/record.ts `countUnrecorded`). The outcomes, aggregates and per-run records are
   * those of a run that records them (tests/properties/lean.test.ts); its list of events is not.
   */
  readonly lean?: boolean | undefined;
}

/**
 * A run restored from a snapshot saved inside a round of decisions is in the middle of a tick whose
 * round (the decisions and their choices, which the snapshot does not hold) is still to be applied:
 * stepping on would begin that tick again.
 */
const INSIDE_A_ROUND = 'this run was saved inside a round of decisions: continue it with Simulator.finishFromRound and that round';

/** No white-cell injects: one shared empty list rather than a new one every run. */
const NO_INJECTS: readonly Inject[] = Object.freeze([]);

/** The state every run of one situation starts from (see `Simulator.startOf`). */
interface StartImage {
  /** The bytes of `RunState.startBlock` at the start of a run, before its draws. */
  readonly block: Uint8Array;
  /** The relations above the crisis rung, whose de-escalation waits are drawn at the start. */
  readonly stepsDown: Int32Array;
  /** The relations above the crisis rung, the wars under way at the start (openInitialEpisodes). */
  readonly atWar: Int32Array;
  /** Each trigger's `becomes` condition at the start (1 holds), the value its edge is read against on the first tick. */
  readonly triggerLast: Uint8Array;
}

/**
 * Runs a compiled model, one run after another on the same state arrays. `run` is a pure function
 * of (model, master seed, run index, options): it re-initialises everything it reads.
 */
export class Simulator {
  readonly state: RunState;

  constructor(readonly model: Model, options: SimulatorOptions = {}) {
    const host = options.engine === 'reference' ? new XStateHost() : new TableHost();
    this.state = new RunState(model, host, options.maxEventsPerTick ?? 10_000);
    if (options.engine !== 'reference' && options.compiled !== false) this.state.program = compileTick(model);
  }

  /** Re-initialises the state for run `runIndex` of the batch seeded with `masterSeed`. */
  reset(masterSeed: number, runIndex: number, options: RunOptions = {}): RunState {
    const s = this.state;
    const m = this.model;
    if (options.situation !== undefined && !m.situations.has(options.situation)) {
      throw new Error(`unknown situation "${options.situation}"; the scenario has: ${[...m.situations.keys()].join(', ') || 'none'}`);
    }
    s.masterSeed = masterSeed;
    s.runIndex = runIndex;
    s.situation = options.situation;
    s.injects = options.injects ?? NO_INJECTS;
    s.decider = options.decider;
    s.drawLog = options.recordDraws ? [] : undefined;
    s.lean = options.lean === true;
    s.roundHook = undefined;
    s.status = 'running';
    s.error = undefined;
    // A run stopped by an error inside a tick (a runaway cascade) left its phase behind.
    s.phase = 0;
    s.tick = 0;
    s.nextTick = 0;
    s.day = m.clock.days[0]!;
    s.curDay = s.day;
    s.clearLists();
    s.queue.clear();
    s.streams.reset(masterSeed, runIndex);

    // What every run of the situation starts from, worked out on its first run (see startOf): one
    // image of every array set to the start (RunState.startBlock).
    const start = this.startOf(options.situation);
    s.startBlock.set(start.block);
    s.startMachines(s.starts);
    openInitialEpisodes(s, start.atWar);
    s.nextDeescalation = 2 ** 31 - 1;
    for (let k = 0; k < start.stepsDown.length; k++) scheduleDeescalation(s, start.stepsDown[k]!);
    startTriggerClocks(s, 0);
    // Each edge trigger's condition at the start, and the outcomes that hold at the start, were
    // worked out in startOf: conditions read the state alone (never a draw, the run's index or its
    // clocks), and the state they read here is the image's, so they are the same every run of a
    // situation. The outcomes come with the image (outcomeTick, outcomeEvent); the edges are
    // copied (31 bytes in korea-2024: a loop, not the built-in `set`, a call into C++).
    const last = start.triggerLast;
    for (let i = 0; i < last.length; i++) s.triggerLast[i] = last[i]!;
    return s;
  }

  /**
   * What every run of a situation starts from — it depends on the model, the situation and the
   * first day alone: the relations, variables and baselines, obligations' and regimes' states,
   * each actor's posture, and the relations above the crisis rung (the others have no
   * de-escalation to wait for). Worked out into the state on the situation's first run and kept,
   * so later runs copy it.
   */
  private startOf(situation: string | undefined): StartImage {
    const key = situation ?? '';
    const known = this.starts.get(key);
    if (known !== undefined) return known;
    const s = this.state;
    const m = this.model;
    const st = s.starts;
    s.rung.set(m.initialRung);
    s.initiator.set(m.initialInitiator);
    st.relation.set(m.initialWar);
    const sit = situation !== undefined ? m.situations.get(situation)! : undefined;
    if (sit) {
      for (const r of sit.relations ?? []) {
        const p = s.pair(m.actorIndex.get(r.between[0])!, m.actorIndex.get(r.between[1])!);
        s.rung[p] = r.rung !== undefined ? m.rungIndex.get(r.rung)! : 0;
        st.relation[p] = r.war === 'declared' ? 2 : r.war === 'hostilities' ? 1 : WAR_NONE;
        s.initiator[p] = r.initiator !== undefined ? m.actorIndex.get(r.initiator)! : -1;
      }
    }
    for (let v = 0; v < m.variables.length; v++) {
      const info = m.variables[v]!;
      s.vars[v] = sit && info.id in sit.variables ? sit.variables[info.id]! : info.initial;
      s.baseline[v] = info.baseline;
    }
    // Each party's duties by its own dates: lapsed once it has left, not in force before it joined.
    for (const o of m.obligations) {
      st.obligation[o.index] = startState(o, s.day);
    }
    for (let p = 0; p < m.pacts.length; p++) s.pactLapsed[p] = s.day >= m.pacts[p]!.lapsedDay ? 1 : 0;
    s.regimeMember.fill(0);
    for (const g of m.regimes) {
      st.regime[g.index] = TABLES.regime.state(g.initialState);
      const monitored = g.monitored && s.day <= g.mandateUntilDay;
      s.regimeMonitored[g.index] = monitored ? 1 : 0;
      s.regimeMonitoredUntil[g.index] = g.mandateUntilDay;
      if (g.monitored) s.baseline[g.variable] = monitored ? g.baselineWith : baselineWithoutPanel(g, s.day);
      for (const a of g.members) s.regimeMember[g.index * m.actors.length + a] = 1;
    }
    for (let a = 0; a < m.actors.length; a++) s.peak[a] = s.posture(a);
    const stepsDown: number[] = [];
    for (let p = 0; p < m.pairA.length; p++) {
      const r = s.rung[p]!;
      if (r > m.crisisRung && !(m.rungs[r]!.deescalation <= 0)) stepsDown.push(p);
    }
    // What every run starts from whatever the situation: no duty invoked, no request, nothing
    // fired, counted or reached yet, every trigger in its initial state, each relation's start
    // and peak its start rung, no de-escalation waiting.
    s.obligationLevel.fill(-1);
    s.obligationCasus.fill(-1);
    s.obligationEpisodeId.fill(-1);
    s.obligationPretext.fill(0);
    s.obligationNotInForce.fill(-1);
    s.obligationCasusEvent.fill(-1);
    s.obligationCoEnemies.fill(0);
    s.obligationJudgedCount.fill(0);
    s.requestOccasion.fill(-1);
    s.requestTick.fill(-1);
    s.requestAnswer.fill(-1);
    s.requestActAnswer.fill(-1);
    s.triggerFires.fill(0);
    s.triggerCoolUntil.fill(0);
    s.counters.fill(0);
    s.metricTicks.fill(0);
    s.outcomeTick.fill(-1);
    s.outcomeEvent.fill(-1);
    st.trigger.fill(TABLES.trigger.initial);
    s.pairStart.set(s.rung);
    s.pairPeak.set(s.rung);
    s.rungArrivals.fill(0);
    s.deescalateAt.fill(-1);
    s.deescalating.fill(0);
    // No relation in an episode yet, none joined, none stepped down (openInitialEpisodes then puts
    // the wars under way at the start into theirs, on every run).
    s.pairEpisode.fill(-1);
    s.pairJoinedBy.fill(-1);
    s.pairDescents.fill(0);
    // The conditions at the start, on the state every run of the situation starts from: the
    // machines started and the wars under way opened as the reset does, and in the reset's order
    // (edges before outcomes: an edge's condition may read an outcome, not yet reached then). At
    // the start every outcome is checked: anything may already hold.
    const atWar = relationsAtWar(s);
    s.startMachines(st);
    openInitialEpisodes(s, atWar);
    const triggerLast = new Uint8Array(m.triggers.length);
    for (const tr of m.triggers) triggerLast[tr.index] = tr.becomes && tr.becomes(s, -1, -1, -1) ? 1 : 0;
    checkAll(s);
    const start: StartImage = { block: s.startBlock.slice(), stepsDown: Int32Array.from(stepsDown), atWar, triggerLast };
    this.starts.set(key, start);
    return start;
  }

  private readonly starts = new Map<string, StartImage>();

  /** Advances one tick; returns false once the horizon has been simulated. */
  step(): boolean {
    const s = this.state;
    if (s.phase !== 0) throw new Error(INSIDE_A_ROUND);
    const t = s.nextTick;
    if (s.status !== 'running' || t > this.model.clock.horizon) { if (s.status === 'running') s.status = 'done'; return false; }
    s.decisionRound = 0;
    beginTick(s, t);
    s.phase = 1;
    // Most ticks of a long run are quiet: nothing due, no decision, no de-escalation to draw.
    if (due(s)) settle(s);
    if (s.nextDeescalation <= s.tick) deescalationHazards(s);
    s.phase = 2;
    if (due(s)) settle(s);
    s.phase = 0;
    if (s.metricTicks.length > 0) countMetricTicks(s);
    return this.endTick();
  }

  private endTick(): boolean {
    const s = this.state;
    s.nextTick = s.tick + 1;
    if (s.tick === this.model.clock.horizon) { s.status = 'done'; return false; }
    return true;
  }

  /**
   * Continues a run saved inside a round of decisions (see {@link RoundHook}) with the round's
   * choices `choices`: applies them, finishes the tick where it was left, and runs to the horizon.
   */
  finishFromRound(round: readonly PendingDecision[], choices: unknown[]): RunState {
    const s = this.state;
    try {
      applyRound(s, round, choices);
      settle(s);
      if (s.phase === 1) {
        deescalationHazards(s);
        s.phase = 2;
        settle(s);
      }
      s.phase = 0;
      if (s.metricTicks.length > 0) countMetricTicks(s);
      if (this.endTick()) this.toHorizon();
    } catch (err) {
      if (err === STOP_LINE) throw err;
      s.status = 'error';
      s.error = err instanceof Error ? err.message : String(err);
    }
    return s;
  }

  /** Saves the run between two ticks (see {@link RunSnapshot}). */
  snapshot(): RunSnapshot {
    return takeSnapshot(this.state);
  }

  /**
   * Continues from a saved run. Options apply from here on (a decider, further injects); the
   * situation is the snapshot's.
   */
  restore(snapshot: RunSnapshot, options: Omit<RunOptions, 'situation'> = {}): RunState {
    const s = this.state;
    restoreSnapshot(s, snapshot);
    s.lean = false;
    s.decider = options.decider;
    s.injects = options.injects ?? [];
    s.drawLog = options.recordDraws ? [] : undefined;
    return s;
  }

  /**
   * From the current tick on, draws new luck: every stream re-keyed to (masterSeed, runIndex), as
   * if the rest of the run were run `runIndex` of another batch. Used to ask "what are the odds from
   * here?" with many continuations of one state.
   */
  reseed(masterSeed: number, runIndex: number): void {
    const s = this.state;
    s.masterSeed = masterSeed;
    s.runIndex = runIndex;
    s.streams.reset(masterSeed, runIndex);
    // Pending de-escalation waits were drawn with the old luck: draw them again from now. The wait
    // is geometric (memoryless), so redrawing from the current tick keeps its law.
    s.nextDeescalation = 2 ** 31 - 1;
    for (let p = 0; p < s.deescalateAt.length; p++) if (s.deescalateAt[p]! >= 0) scheduleDeescalation(s, p);
    // Candidate ticks too (memoryless as well), from the first tick not yet begun.
    startTriggerClocks(s, firstTickNotBegun(s));
  }

  /** Steps until the horizon (or an error); returns the state. */
  finish(): RunState {
    const s = this.state;
    try {
      this.toHorizon();
    } catch (err) {
      if (err === STOP_LINE) throw err;
      s.status = 'error';
      s.error = err instanceof Error ? err.message : String(err);
    }
    return s;
  }

  /**
   * `while (this.step());` — by the scenario's generated run loop when it is compiled (the same
   * steps, without a call per tick: compiler/tick-program.ts `runSource`).
   */
  private toHorizon(): void {
    if (this.state.phase !== 0) throw new Error(INSIDE_A_ROUND);
    const program = this.state.program;
    if (program !== undefined) program.runTicks(this.state, settle, program.beginTick);
    else while (this.step());
  }

  /** One whole run. A run that throws ends with status `error` and the message; nothing escapes. */
  run(masterSeed: number, runIndex: number, options: RunOptions = {}): RunState {
    this.reset(masterSeed, runIndex, options);
    const s = this.finish();
    // A lean run that failed is run again recording every event (the same run: it is a function
    // of its seed and index), so that its error names every cause, as a full run's does.
    if (s.status === 'error' && s.unrecorded > 0) {
      this.reset(masterSeed, runIndex, { ...options, lean: false });
      return this.finish();
    }
    return s;
  }
}

/** Whether {@link settle} has anything to do: an effect due by now, or decisions collected. */
function due(s: RunState): boolean {
  const top = s.queue.peek();
  return (top !== undefined && top.tick <= s.tick) || s.decisions.length > 0 || s.awaitingWhen;
}

/**
 * Drains the tick: apply every queued effect due now; then resolve all collected decisions as one
 * round — every choice is made on the same state before any is applied — and repeat until quiet.
 */
function settle(s: RunState): void {
  const q = s.queue;
  // The scenario compiled: its own effects are specialised functions (compiler/effect-program.ts).
  const fx = s.program?.effects;
  for (;;) {
    for (let it = q.peek(); it !== undefined && it.tick <= s.tick; it = q.peek()) {
      q.pop();
      s.curDay = it.day;
      if (it.effect) {
        // A decision overtaken by the end of its war lapses with all its effects (effects.ts `decisionLapses`).
        if (!(it.parent >= 0 && decisionLapses(s, it.effect, it.more, it.self, it.actor, it.target, it.cause, it.parent))) {
          applyQueued(s, fx, it.effect, it.compiled, it);
          // The rest of a list emitted together, in a row: nothing can come between them (see
          // run/effects.ts `emit`), but what a popped item is followed by still follows each.
          const more = it.more;
          if (more !== undefined) {
            for (let j = 1; j < more.length; j++) {
              if (s.leaving.length > 0) settleEpisodes(s, queueWithdrawal);
              s.curDay = it.day;
              applyQueued(s, fx, more[j]!, it.compiled >= 0 ? it.compiled + j : -1, it);
            }
          }
        }
      }
      else if (it.respond >= 0 && responsePending(s, it.respond, it.parent)) s.decisions.push({ type: 'respond', obligation: it.respond, parent: it.parent });
      q.release(it);
      if (s.leaving.length > 0) settleEpisodes(s, queueWithdrawal);
    }
    // Occasions of a decision point that came while its last round held one (doctrine.ts `hear`).
    if (s.heardAgain.length > 0) hearAgain(s);
    if (s.decisions.length === 0 && s.deferred.length > 0) releaseDeferred(s);
    if (s.decisions.length === 0 && s.awaitingSupport.length > 0) releaseAwaited(s);
    if (s.decisions.length === 0) return;
    const round = s.decisions;
    s.decisions = s.decisionSpare;
    s.decisionRound++;
    resolve(s, round);
    truncate(round, 0);
    s.decisionSpare = round;
  }
}

/**
 * Applies one queued effect: a compiled one is found by the position it was queued with (the very
 * object must be there: a restored snapshot holds copies, which are applied by applyEffect like
 * any other).
 */
function applyQueued(s: RunState, fx: TickProgram['effects'] | undefined, effect: Effect, k: number, it: PendingEffect): void {
  const f = fx !== undefined && k >= 0 && fx.effects[k] === effect ? fx.fns[k] : undefined;
  if (f !== undefined) f(s, it.self, it.actor, it.target, it.cause, it.parent);
  else applyEffect(s, effect, it.self, it.actor, it.target, it.cause, it.parent);
}

/** A co-belligerent withdraws from a war whose episode ended: queued as an internal effect. */
function queueWithdrawal(s: RunState, pair: number, obligation: number, episode: number, parent: number, aider = -1): void {
  // (1.15) obligation -1: aid by `aider`'s own decision, under `episodes.aidEnds: withdraw`.
  const who = obligation >= 0 ? s.model.obligations[obligation]!.obligated : aider;
  const effect: InternalEffect = { withdraw: obligation >= 0 ? { pair, obligation, episode } : { pair, obligation, episode, aider } };
  queueItem(s, s.tick, PRIORITY.follow, effect, -1, who, who, -1, obligation >= 0 ? s.model.obligations[obligation]!.cause : 'episode:aid-ended', parent, s.curDay, episode);
}

function resolve(s: RunState, round: readonly PendingDecision[]): void {
  // A hook may keep the round's choices and continue the run with others (batch/branching.ts),
  // so it gets a list of its own; without one, the round's list is reused from round to round
  // (a round is applied before the next is chosen).
  const hook = s.roundHook;
  const choices = chooseRound(s, round, hook ? new Array(round.length) : s.choiceScratch);
  if (hook) hook(round, choices);
  applyRound(s, round, choices);
  if (!hook) truncate(choices, 0);
}

/**
 * Every decision of a round chosen on the same state (draws made, nothing applied yet), into `choices`.
 * The model's choice is made here; what a decider (a person, a script) is asked lives in
 * {@link askDecider}, out of this loop, so the loop stays small enough for the optimiser to inline
 * the choices (and their draws) into it.
 */
function chooseRound(s: RunState, round: readonly PendingDecision[], choices: unknown[]): unknown[] {
  for (let k = 0; k < round.length; k++) {
    const d = round[k]!;
    // Chosen on the day of the event it answers, as it is applied: weights, a request's `when`
    // and voting policies read that day (`date`, `pactInForce`, `party`), not the day of
    // whichever queued effect the tick applied last.
    dateDecision(s, d);
    let chosen: unknown;
    switch (d.type) {
      // (Engine 0.17.0) Its `when` read again on the round's state: an occasion it no longer fits lapses (doctrine.ts `stillHeard`).
      case 'doctrine': chosen = stillHeard(s, d) ? chooseOption(s, d.point, d.actor, d.target) : -1; break;
      case 'judge': {
        const c = chooseJudgment(s, d.obligation, d.met);
        // A clause acting on request: without one there is nothing for the party to judge (its
        // own number is drawn all the same, so a request never shifts the obligation's stream).
        if (d.met && s.model.obligations[d.obligation]!.request >= 0 && !requested(s, d.obligation, d.enemy, d.beneficiary, d.episode, d.parent)) { choices[k] = UNREQUESTED; continue; }
        chosen = c;
        break;
      }
      // chooseResponse's answer is the choice itself: { honour: true, level } or { honour: false, level: shortfall }.
      case 'respond': chosen = chooseResponse(s, d.obligation); break;
      case 'withdraw': chosen = chooseWithdrawal(s, d.draft); break;
      case 'vote': chosen = s.decider ? undefined : chooseVotes(s, d.draft); break;
    }
    choices[k] = s.decider ? askDecider(s, d, chosen) : chosen;
  }
  return choices;
}

/** Every seated member's vote on a draft, by its policy. */
function chooseVotes(s: RunState, draft: number): { members: readonly number[]; votes: number[] } {
  const members = seatedMembers(s);
  const votes = new Array<number>(members.length);
  for (let j = 0; j < members.length; j++) votes[j] = chooseVote(s, draft, members[j]!);
  return { members, votes };
}

/**
 * A decision put to the run's decider, with the model's choice `chosen` (a vote's members are
 * asked one by one, each with its model's vote): the decider's answer, in the form the round applies.
 */
function askDecider(s: RunState, d: PendingDecision, chosen: unknown): unknown {
  const m = s.model;
  switch (d.type) {
    case 'doctrine': {
      const dp = m.decisionPoints[d.point]!;
      const c = chosen as number;
      // No option to choose among, or none with a weight: nothing to ask.
      return dp.options.length === 0 || c < 0 ? c : decide(s, {
        kind: 'doctrine', actor: m.actors[dp.actor]!.id, key: dp.key, options: dp.options.map((o) => o.id), chosen: c,
        prompt: `${dp.id}: ${s.events[d.parent] ? summary(s, d.parent) : ''}`,
      });
    }
    case 'judge': {
      const o = m.obligations[d.obligation]!;
      const c = chosen as number;
      // The model's UNWILLING (a pretext it would claim but not act on) is put to a person as
      // let_pass; kept by the person, it stays UNWILLING, so a run with a decider that keeps every
      // model choice is the run without one.
      return personChoice(s, {
        kind: 'judge', actor: m.actors[o.obligated]!.id, key: o.key, options: d.met ? ['invoke', 'deny'] : ['invoke', 'let_pass'], chosen: Math.min(c, 1),
        prompt: `${m.pacts[o.pact]!.name}${o.article ? ` ${o.article}` : ''}: ${m.actors[d.enemy]!.id} against ${m.actors[d.beneficiary]!.id} — casus ${d.met ? 'met' : 'not met'} as coded`,
      }) ?? c;
    }
    case 'respond': {
      const o = m.obligations[d.obligation]!;
      const r = chosen as { honour: boolean; level: number };
      const options = responseOptions(o);
      const pick = decide(s, { kind: 'respond', actor: m.actors[o.obligated]!.id, key: o.key, options, chosen: r.honour ? r.level - o.atLeast : options.length - 1, prompt: `honour ${m.pacts[o.pact]!.name}${o.article ? ` ${o.article}` : ''}, and how far?` });
      return pick === options.length - 1 ? { honour: false, level: o.shortfall } : { honour: true, level: o.atLeast + pick };
    }
    case 'withdraw': {
      const dr = s.drafts[d.draft]!;
      return decide(s, {
        kind: 'withdraw', actor: dr.sponsor >= 0 ? m.actors[dr.sponsor]!.id : 'council', key: `draft#${d.draft}`, options: SPONSOR_OPTIONS, chosen: chosen as number,
        prompt: `${dr.kind} ${dr.product === 'resolution' ? 'draft resolution' : `draft ${dr.product.replace('_', ' ')}`}: put it to the ${dr.product === 'resolution' ? 'vote' : 'members'}, withdraw it, or shelve it (no vote: a veto is expected)?`,
      });
    }
    case 'vote': {
      const dr = s.drafts[d.draft]!;
      const members = seatedMembers(s);
      const votes = new Array<number>(members.length);
      for (let j = 0; j < members.length; j++) {
        const mem = members[j]!;
        votes[j] = decide(s, {
          kind: 'vote', actor: m.actors[mem]!.id, key: `draft#${d.draft}`, options: VOTES, chosen: chooseVote(s, d.draft, mem),
          prompt: dr.product === 'resolution' ? `${dr.kind} draft${dr.target >= 0 ? ` on ${m.actors[dr.target]!.id}` : ''}: your vote?`
            : `${dr.kind} draft ${dr.product.replace('_', ' ')}${dr.target >= 0 ? ` on ${m.actors[dr.target]!.id}` : ''}: agree (yes), object and block it (no), or stay silent?`,
        });
      }
      return { members, votes };
    }
  }
}

/** A decision is dated with the event it answers (which may lie inside the tick). */
function dateDecision(s: RunState, d: PendingDecision): void {
  s.curDay = d.parent >= 0 ? Math.max(s.day, s.events[d.parent]!.day) : s.day;
}

/** Applies a round's choices, in order. */
function applyRound(s: RunState, round: readonly PendingDecision[], choices: readonly unknown[]): void {
  const m = s.model;
  for (let k = 0; k < round.length; k++) {
    const d = round[k]!;
    dateDecision(s, d);
    switch (d.type) {
      case 'doctrine': applyOption(s, d.point, choices[k] as number, d.actor, d.target, d.parent); break;
      case 'judge': applyJudgment(s, d.obligation, choices[k] as number, d.met, d.enemy, d.beneficiary, d.rungBefore, d.episode, d.parent); break;
      case 'respond': {
        const c = choices[k] as { honour: boolean; level: number };
        const enemy = Math.floor(s.obligationCasus[d.obligation]! / m.actors.length);
        applyResponse(s, d.obligation, c.honour, c.level, enemy, d.parent);
        break;
      }
      case 'withdraw': applyWithdrawal(s, d.draft, choices[k] as number, d.parent); break;
      case 'vote': { const c = choices[k] as { members: readonly number[]; votes: number[] }; applyVotes(s, d.draft, c.members, c.votes, d.parent); break; }
    }
  }
}

function summary(s: RunState, seq: number): string {
  const ev = s.events[seq]!;
  const a = ev.actor >= 0 ? s.model.actors[ev.actor]!.id : '';
  const t = ev.target >= 0 ? s.model.actors[ev.target]!.id : '';
  return `${ev.kind}${a ? ` by ${a}` : ''}${t ? ` on ${t}` : ''}`;
}

