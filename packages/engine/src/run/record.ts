import type { RunState } from './state.js';
import type { EventKind, SimEvent } from './event.js';

export interface EventFields {
  actor?: number; target?: number; region?: number; intensity?: number; nuclear?: boolean;
  detail?: string; from?: number; to?: number; ref?: number; votes?: string; episode?: number;
}

/**
 * Appends an event to the run, counts it for `happened` conditions, tells the listeners (doctrine,
 * obligations) through `notify`, and checks the outcomes that have not yet held. Returns its seq.
 */
export function record(s: RunState, kind: EventKind, cause: string, parent: number, f: EventFields, notify: (s: RunState, ev: SimEvent) => void): number {
  return recordEvent(s, kind, cause, parent, f.actor ?? -1, f.target ?? -1, f.region ?? -1, f.intensity ?? 0, f.nuclear ?? false,
    f.detail ?? '', f.from ?? -1, f.to ?? -1, f.ref ?? -1, f.votes ?? '', f.episode ?? -1, notify);
}

/**
 * {@link record} with every field given (no object of fields): the hot paths call this.
 */
export function recordEvent(s: RunState, kind: EventKind, cause: string, parent: number, actor: number, target: number, region: number,
  intensity: number, nuclear: boolean, detail: string, from: number, to: number, ref: number, votes: string, episode: number,
  notify: (s: RunState, ev: SimEvent) => void): number {
  const ev = appendEvent(s, kind, cause, parent, actor, target, region, intensity, nuclear, detail, from, to, ref, votes, episode);
  // The scenario compiled to code: counters, outcomes and listeners in one generated function.
  if (s.program !== undefined) { s.program.recorded(s, ev); return ev.seq; }
  const counters = s.model.counters;
  const slots = s.model.countersByKind.get(kind);
  if (slots) {
    for (const k of slots) {
      const c = counters[k]!;
      if (c.actor >= 0 && c.actor !== ev.actor) continue;
      if (c.target >= 0 && c.target !== ev.target) continue;
      if (ev.intensity < c.minIntensity) continue;
      if (c.nuclear !== undefined && c.nuclear !== ev.nuclear) continue;
      if (c.detail !== undefined && c.detail !== ev.detail && !ev.detail.startsWith(`${c.detail}:`)) continue;
      s.counters[k]!++;
    }
  }
  checkOutcomes(s, ev.seq, kind);
  notify(s, ev);
  return ev.seq;
}

/**
 * {@link recordEvent} followed by `follow`, the generated follow-up of the one place that records
 * it (compiler/record-program.ts `compileRecordedAt`): a compiled effect of the scenario, whose
 * event's kind, detail and often actors are known when the code is generated. Undefined when
 * nothing takes notice of the event there.
 */
export function recordAt(s: RunState, follow: ((s: RunState, ev: SimEvent) => void) | undefined, kind: EventKind, cause: string, parent: number, actor: number, target: number,
  region: number, intensity: number, nuclear: boolean, detail: string, from: number, to: number, ref: number, episode: number): number {
  const ev = appendEvent(s, kind, cause, parent, actor, target, region, intensity, nuclear, detail, from, to, ref, '', episode);
  if (follow !== undefined) follow(s, ev);
  return ev.seq;
}

/**
 * An event that nothing takes notice of where it is recorded (no counter, outcome or listener: a
 * compiled effect whose follow-up is empty), in a lean run: counted in the tick's bound on events
 * (a runaway cascade stops as it would) and in the run's number of events, but not recorded. Nothing
 * reads it later either: a batch's aggregates read obligation, duty and Council events and the
 * causal paths of outcome events, and no event names it as its parent (its seq is never returned).
 * A traced run, a story, a seminar's or a rare-event batch's keeps every event; so does a lean run
 * that fails, run again (its error message names the causes of the tick's events).
 */
export function countUnrecorded(s: RunState): void {
  s.unrecorded++;
  // The message would miss the causes not recorded: the simulator runs a failed lean run again,
  // recording everything (run/simulator.ts `run`).
  if (++s.eventsThisTick > s.maxEventsPerTick) throw cascadeError(s);
}

/**
 * Appends an event to the run. Event objects are reused from run to run (`s.eventPool`): a run's
 * events are read while the run lasts (traces, stories and snapshots copy them), never after the
 * next reset.
 */
function appendEvent(s: RunState, kind: EventKind, cause: string, parent: number, actor: number, target: number, region: number,
  intensity: number, nuclear: boolean, detail: string, from: number, to: number, ref: number, votes: string, episode: number): SimEvent {
  const seq = s.events.length;
  const pool = s.eventPool;
  let ev = pool[seq];
  if (ev === undefined) {
    ev = { seq, tick: s.tick, day: s.curDay, kind, cause, parent, actor, target, region, intensity, nuclear, detail, from, to, ref, votes, episode };
    pool.push(ev);
  } else {
    ev.seq = seq; ev.tick = s.tick; ev.day = s.curDay; ev.kind = kind; ev.cause = cause; ev.parent = parent; ev.actor = actor; ev.target = target;
    ev.region = region; ev.intensity = intensity; ev.nuclear = nuclear; ev.detail = detail; ev.from = from; ev.to = to; ev.ref = ref; ev.votes = votes; ev.episode = episode;
  }
  s.events.push(ev);
  if (++s.eventsThisTick > s.maxEventsPerTick) throw cascadeError(s);
  return ev;
}

/**
 * Records the first tick (and the event) at which each outcome holds. Only outcomes whose
 * condition an event of this kind can change are re-checked (`tick`: the calendar and drift).
 */
export function checkOutcomes(s: RunState, seq: number, kind: string): void {
  const outcomes = s.model.outcomes;
  for (const o of s.model.outcomesByKind.get(kind)!) {
    if (s.outcomeTick[o]! >= 0) continue;
    if (outcomes[o]!.when(s, -1, -1, -1)) {
      s.outcomeTick[o] = s.tick;
      s.outcomeEvent[o] = seq;
    }
  }
}

/** The error a runaway cascade stops the run with, naming the causes that kept firing. */
export class CascadeError extends Error {
  override readonly name = 'CascadeError';
}

function cascadeError(s: RunState): CascadeError {
  const counts = new Map<string, number>();
  for (let i = s.events.length - 1; i >= 0 && s.events[i]!.tick === s.tick; i--) {
    const c = s.events[i]!.cause;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 4)
    .map(([c, n]) => `${c} (${n}×)`).join(', ');
  return new CascadeError(`more than ${s.maxEventsPerTick} events in tick ${s.tick}: a loop keeps firing — ${top}. Add a condition (e.g. a rung ceiling) that stops the cycle.`);
}

/** Checks every outcome (at the start of a run, when anything may already hold). */
export function checkAll(s: RunState): void {
  const outcomes = s.model.outcomes;
  for (let o = 0; o < outcomes.length; o++) {
    if (s.outcomeTick[o]! < 0 && outcomes[o]!.when(s, -1, -1, -1)) {
      s.outcomeTick[o] = s.tick;
      s.outcomeEvent[o] = -1;
    }
  }
}
