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
  const ev: SimEvent = {
    seq: s.events.length, tick: s.tick, day: s.curDay, kind, cause, parent,
    actor: f.actor ?? -1, target: f.target ?? -1, region: f.region ?? -1,
    intensity: f.intensity ?? 0, nuclear: f.nuclear ?? false,
    detail: f.detail ?? '', from: f.from ?? -1, to: f.to ?? -1, ref: f.ref ?? -1, votes: f.votes ?? '',
    episode: f.episode ?? -1,
  };
  s.events.push(ev);
  if (++s.eventsThisTick > s.maxEventsPerTick) throw cascadeError(s);
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
