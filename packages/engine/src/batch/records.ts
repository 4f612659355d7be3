import type { Model } from '../model/model.js';
import type { RunState } from '../run/state.js';
import { SIDE_DEFENDER, SIDE_INITIATOR } from '../run/episodes.js';

/** A war episode of one run, in a per-run record: who began it, the two sides, from and to (ticks). */
export interface RecordEpisode {
  id: number;
  initiator: string;
  victim: string;
  initiatorSide: string[];
  defenderSide: string[];
  start: number;
  /** Tick it ended; null while it was still going at the end of the run. */
  end: number | null;
}

/**
 * One tidy row per run, for pandas, R or DuckDB: the run, its seed, parameter values drawn, each
 * outcome's first-hit tick (null if never), each actor's highest rung at the end, and its status.
 */
export interface RunRecord {
  run: number;
  seed: number | string;
  draw: number | null;
  parameters: Record<string, number>;
  status: 'ok' | 'error';
  error: string | null;
  outcomes: Record<string, number | null>;
  posture: Record<string, string>;
  events: number;
  /** The run's war episodes (see docs/semantics.md, "War episodes"). */
  episodes: RecordEpisode[];
}

export function runRecord(m: Model, s: RunState, run: number, seed: number | string, draw: number, parameters: Record<string, number>): RunRecord {
  const outcomes: Record<string, number | null> = {};
  m.outcomes.forEach((o, i) => { outcomes[o.id] = s.outcomeTick[i]! >= 0 ? s.outcomeTick[i]! : null; });
  const posture: Record<string, string> = {};
  m.actors.forEach((a, i) => { posture[a.id] = m.rungs[s.posture(i)]!.id; });
  return {
    run, seed, draw: draw >= 0 ? draw : null, parameters, status: s.status === 'error' ? 'error' : 'ok', error: s.error ?? null,
    outcomes, posture, events: s.events.length, episodes: recordEpisodes(m, s),
  };
}

function recordEpisodes(m: Model, s: RunState): RecordEpisode[] {
  const eps = s.episodes;
  const out: RecordEpisode[] = [];
  for (let e = 0; e < eps.count; e++) {
    const initiatorSide: string[] = [];
    const defenderSide: string[] = [];
    for (let a = 0; a < m.actors.length; a++) {
      const side = eps.sideOf(e, a);
      if (side === SIDE_INITIATOR) initiatorSide.push(m.actors[a]!.id);
      else if (side === SIDE_DEFENDER) defenderSide.push(m.actors[a]!.id);
    }
    out.push({
      id: e, initiator: m.actors[eps.initiator[e]!]!.id, victim: m.actors[eps.victim[e]!]!.id, initiatorSide, defenderSide,
      start: eps.startTick[e]!, end: eps.endTick[e]! >= 0 ? eps.endTick[e]! : null,
    });
  }
  return out;
}

/**
 * Episodes as one CSV cell: `ID:INITIATOR-SIDE>DEFENDER-SIDE@START-END` joined by `;`, each side's
 * members joined by `+` with the initiator (or victim) first, END empty while still open — e.g.
 * `3:USA+ROK>PRK+RUS@94-`.
 */
export function episodesCell(list: readonly RecordEpisode[]): string {
  const side = (lead: string, all: readonly string[]): string => [lead, ...all.filter((a) => a !== lead)].join('+');
  return list.map((e) => `${e.id}:${side(e.initiator, e.initiatorSide)}>${side(e.victim, e.defenderSide)}@${e.start}-${e.end ?? ''}`).join(';');
}

/** CSV header for records of a model (outcome and posture columns flattened). */
export function csvHeader(m: Model, parameterNames: readonly string[]): string {
  return ['run', 'seed', 'draw', ...parameterNames.map((p) => `param_${p}`), 'status', 'error', ...m.outcomes.map((o) => `outcome_${o.id}`), ...m.actors.map((a) => `posture_${a.id}`), 'events', 'episodes'].join(',');
}

export function csvRow(r: RunRecord, parameterNames: readonly string[]): string {
  const cell = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [r.run, r.seed, r.draw, ...parameterNames.map((p) => r.parameters[p]), r.status, r.error, ...Object.values(r.outcomes), ...Object.values(r.posture), r.events, episodesCell(r.episodes)].map(cell).join(',');
}
