import { JUDGED_SLOTS, NO_NOTICE, type RunState, type PendingEffect, type PendingJudgment, type DoctrineDecision, type DraftRecord } from './state.js';
import type { SimEvent } from './event.js';
import type { MachineKind } from '../machines/definitions.js';
import { SEED_SCHEME } from '../rng/streams.js';
import { firstTickNotBegun, markAllDue, restartTriggerClock } from './trigger-clock.js';
import type { EpisodeRecord } from './episodes.js';

/**
 * A run saved between two ticks, as plain JSON-ready data: enough to continue it exactly
 * (`Simulator.restore`) or to branch from it with other luck (`Simulator.reseed`). A snapshot can be
 * restored into a simulator of the same scenario compiled with other parameter values, which is
 * how a facilitator changes a judgment in the middle of a seminar.
 */
export interface RunSnapshot {
  readonly format: 'casus-run-snapshot';
  readonly version: 2;
  readonly scenario: string;
  readonly tick: number;
  readonly nextTick: number;
  readonly day: number;
  readonly masterSeed: number;
  readonly runIndex: number;
  readonly situation: string | null;
  readonly status: RunState['status'];
  readonly error: string | null;
  readonly arrays: Record<string, number[]>;
  readonly machines: Record<MachineKind, number[]>;
  readonly drafts: DraftRecord[];
  readonly events: SimEvent[];
  readonly queue: PendingEffect[];
  readonly serial: number;
  readonly streams: ReturnType<RunState['streams']['save']>;
  /** Each trigger's candidate probability when the run was saved (see run/trigger-clock). */
  readonly triggerQ: number[];
  readonly episodes: EpisodeRecord[];
  /** Casus waiting for a busy duty (engine 0.8.1; absent: none). */
  readonly deferred?: PendingJudgment[];
  /** (1.12) Attacks waiting for support (absent when none). */
  readonly awaitingSupport?: PendingJudgment[];
  /**
   * (Engine 0.17.0) Occasions of a decision point waiting for the next round (run/doctrine.ts
   * `hear`): only inside a round, where branching saves a run. Absent when none.
   */
  readonly heardAgain?: DoctrineDecision[];
  /**
   * Saved inside a round of decisions (batch/branching.ts): which settle of the tick was under way,
   * the events recorded in the tick so far and the tick's round count. Absent (0) between ticks.
   */
  readonly phase?: number;
  readonly eventsThisTick?: number;
  readonly decisionRound?: number;
}

const ARRAYS = [
  'rung', 'initiator', 'deescalateAt', 'rungArrivals', 'peak', 'pairStart', 'pairPeak', 'vars', 'baseline', 'obligationLevel', 'obligationCasus',
  'obligationCasusEvent', 'obligationCoEnemies', 'regimeMonitoredUntil', 'regimeMonitored', 'regimeMember', 'triggerFires', 'triggerCoolUntil',
  'triggerLast', 'triggerKey', 'triggerNext', 'triggerCandidate', 'pactLapsed', 'counters', 'outcomeTick', 'outcomeEvent',
  'obligationEpisodeId', 'obligationPretext', 'obligationNotInForce', 'pairEpisode', 'pairJoinedBy', 'pairDescents', 'obligationAboveCrisis',
] as const;
/** Arrays added later: a snapshot saved before them is restored with their start values. */
const LATER_ARRAYS = [['requestOccasion', -1], ['requestTick', -1], ['requestDraw', 0], ['requestAnswer', -1], ['requestActDraw', 0], ['requestActAnswer', -1],
  ['obligationJudged', 0], ['obligationJudgedCount', 0], ['metricTicks', 0], ['partyLeave', NO_NOTICE], ['partyLeft', 0], ['pactEnd', NO_NOTICE], ['threatTick', -1]] as const;
const KINDS: MachineKind[] = ['relation', 'obligation', 'draft', 'regime', 'trigger'];

export function takeSnapshot(s: RunState): RunSnapshot {
  if (s.decisions.length > 0) throw new Error('a run can only be saved between ticks');
  const arrays: Record<string, number[]> = {};
  for (const k of ARRAYS) arrays[k] = Array.from(s[k] as ArrayLike<number>);
  for (const [k] of LATER_ARRAYS) arrays[k] = Array.from(s[k]);
  const machines = {} as Record<MachineKind, number[]>;
  for (const k of KINDS) {
    const n = s.host.count(k);
    const list: number[] = [];
    for (let i = 0; i < n; i++) list.push(s.host.state(k, i));
    machines[k] = list;
  }
  return {
    format: 'casus-run-snapshot', version: 2, scenario: s.model.scenario.id,
    tick: s.tick, nextTick: s.nextTick, day: s.day, masterSeed: s.masterSeed, runIndex: s.runIndex,
    situation: s.situation ?? null, status: s.status, error: s.error ?? null,
    arrays, machines,
    drafts: structuredClone(s.drafts), events: s.events.map((e) => ({ ...e })),
    queue: savedQueue(s.queue.toArray()), serial: s.queue.peekSerial(),
    streams: s.streams.save(),
    triggerQ: Array.from(s.clock.q),
    episodes: s.episodes.save(),
    ...(s.deferred.length > 0 ? { deferred: s.deferred.map((d) => ({ ...d })) } : {}),
    ...(s.awaitingSupport.length > 0 ? { awaitingSupport: s.awaitingSupport.map((d) => ({ ...d })) } : {}),
    ...(s.heardAgain.length > 0 ? { heardAgain: s.heardAgain.map((d) => ({ ...d })) } : {}),
    ...(s.phase !== 0 ? { phase: s.phase, eventsThisTick: s.eventsThisTick, decisionRound: s.decisionRound } : {}),
  };
}

export function restoreSnapshot(s: RunState, snap: RunSnapshot): void {
  if (snap.format === 'casus-run-snapshot' && (snap.version as number) === 1) {
    throw new Error(`the snapshot was saved by an older Casus (snapshot version 1, seed scheme casus-xor128-v1) and cannot be continued under seed scheme ${SEED_SCHEME}; start the run again`);
  }
  if (snap.format !== 'casus-run-snapshot' || snap.version !== 2) throw new Error('not a Casus run snapshot (format casus-run-snapshot, version 2)');
  if (snap.scenario !== s.model.scenario.id) throw new Error(`the snapshot is of scenario "${snap.scenario}", not "${s.model.scenario.id}"`);
  for (const k of ARRAYS) {
    const target = s[k] as unknown as { length: number; set(a: ArrayLike<number>): void };
    if (!snap.arrays[k] || snap.arrays[k].length !== target.length) throw new Error(`the snapshot does not fit this scenario or this engine version (${k})`);
    target.set(snap.arrays[k]!);
  }
  for (const [k, start] of LATER_ARRAYS) {
    const saved = snap.arrays[k];
    if (saved === undefined) { s[k].fill(start); continue; }
    if (saved.length !== s[k].length) throw new Error(`the snapshot does not fit this scenario or this engine version (${k})`);
    s[k].set(saved);
  }
  if (snap.arrays.pactEnd === undefined) s.model.pacts.forEach((pact, p) => { s.pactEnd[p] = pact.lapsedDay; });
  // Whether a notice was given is read back from the notices the snapshot keeps.
  s.noticeGiven = s.partyLeave.some((d) => d !== NO_NOTICE) ? 1 : 0;
  if (snap.arrays.obligationJudged === undefined) {
    // Saved by engine 0.6.0, which remembered only each obligation's last casus and its episode:
    // that one is what it had judged in an open war, so it is what the list starts from.
    const nn = s.model.actors.length ** 2;
    for (let o = 0; o < s.obligationCasus.length; o++) {
      if (s.obligationCasus[o]! < 0 || s.obligationEpisodeId[o]! < 0) continue;
      s.obligationJudged[o * JUDGED_SLOTS] = s.obligationEpisodeId[o]! * nn + s.obligationCasus[o]!;
      s.obligationJudgedCount[o] = 1;
    }
  }
  s.startMachines({ relation: snap.machines.relation, obligation: snap.machines.obligation, draft: snap.machines.draft, regime: snap.machines.regime, trigger: snap.machines.trigger });
  s.tick = snap.tick;
  s.nextTick = snap.nextTick;
  s.day = snap.day;
  s.masterSeed = snap.masterSeed;
  s.runIndex = snap.runIndex;
  s.situation = snap.situation ?? undefined;
  s.status = snap.status;
  s.error = snap.error ?? undefined;
  s.drafts.length = 0;
  s.drafts.push(...structuredClone(snap.drafts));
  s.events.length = 0;
  s.events.push(...snap.events.map((e) => ({ ...e })));
  // Snapshots are of runs that record every event (lean runs are a plain batch's, never saved).
  s.unrecorded = 0;
  s.decisions = [];
  s.queue.restore(structuredClone(snap.queue), snap.serial);
  s.streams.load(snap.streams);
  s.episodes.restore(snap.episodes ?? []);
  s.leaving.length = 0;
  s.deferred.length = 0;
  for (const d of snap.deferred ?? []) s.deferred.push({ ...d });
  s.awaitingSupport.length = 0;
  for (const d of snap.awaitingSupport ?? []) s.awaitingSupport.push({ ...d });
  s.heardAgain.length = 0;
  for (const d of snap.heardAgain ?? []) s.heardAgain.push({ ...d });
  s.awaitingWhen = s.awaitingSupport.some((d) => s.model.obligations[d.obligation]!.casusWhen !== undefined);
  s.curDay = s.day;
  s.phase = snap.phase ?? 0;
  s.eventsThisTick = snap.eventsThisTick ?? 0;
  s.decisionRound = snap.decisionRound ?? 0;
  // A lower bound is enough: the next scan recomputes it.
  s.nextDeescalation = 0;
  // Every restored wait marked for the scan (the marks are not saved: they follow from the waits).
  s.deescalating.fill(0);
  for (let p = 0; p < s.deescalateAt.length; p++) if (s.deescalateAt[p]! >= 0) s.deescalating[p >> 5] |= 1 << (p & 31);
  // Restored into a model compiled with other parameter values, a trigger may have another
  // candidate probability: its candidates from here on are drawn with the new one (memoryless).
  for (let i = 0; i < s.clock.q.length; i++) if (snap.triggerQ[i] !== s.clock.q[i]) restartTriggerClock(s, i, firstTickNotBegun(s));
  markAllDue(s);
}

/**
 * The queue as saved: an item standing for several effects emitted together (run/effects.ts
 * `emit`) is saved as the items it stands for, at its consecutive serials, so a snapshot holds one
 * effect an item whatever the engine's way of queueing them.
 */
function savedQueue(items: readonly PendingEffect[]): PendingEffect[] {
  const out: PendingEffect[] = [];
  for (const it of items) {
    const more = it.more;
    if (more === undefined) { out.push(structuredClone(it)); continue; }
    for (let j = 0; j < more.length; j++) {
      out.push(structuredClone({ ...it, serial: it.serial + j, effect: more[j], compiled: it.compiled >= 0 ? it.compiled + j : -1, more: undefined }));
    }
  }
  return out;
}
