import type { Model } from '../model/model.js';
import type { RunState } from '../run/state.js';
import { tickDate } from '../model/calendar.js';
import { SIDE_DEFENDER, SIDE_INITIATOR } from '../run/episodes.js';
import { metricValues } from '../run/metrics.js';

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
 * outcome's first-hit tick (null if never) and the calendar date of that tick, each actor's
 * highest rung at the end, and its status.
 */
export interface RunRecord {
  run: number;
  seed: number | string;
  draw: number | null;
  parameters: Record<string, number>;
  status: 'ok' | 'error';
  error: string | null;
  outcomes: Record<string, number | null>;
  /** The ISO date (`YYYY-MM-DD`) of each outcome's first-hit tick, null if it never happened. */
  dates: Record<string, string | null>;
  posture: Record<string, string>;
  /**
   * (1.10) Each metric's value for the run, by id in declared order; null in a failed run (its
   * counts stopped part-way). Absent when the scenario declares no metrics.
   */
  metrics?: Record<string, number | null>;
  events: number;
  /** The run's war episodes (see docs/semantics.md, "War episodes"). */
  episodes: RecordEpisode[];
}

export function runRecord(m: Model, s: RunState, run: number, seed: number | string, draw: number, parameters: Record<string, number>): RunRecord {
  const outcomes: Record<string, number | null> = {};
  const dates: Record<string, string | null> = {};
  m.outcomes.forEach((o, i) => {
    const tick = s.outcomeTick[i]!;
    outcomes[o.id] = tick >= 0 ? tick : null;
    dates[o.id] = tick >= 0 ? tickDate(m, tick) : null;
  });
  const posture: Record<string, string> = {};
  m.actors.forEach((a, i) => { posture[a.id] = m.rungs[s.posture(i)]!.id; });
  const failed = s.status === 'error';
  return {
    run, seed, draw: draw >= 0 ? draw : null, parameters, status: failed ? 'error' : 'ok', error: s.error ?? null,
    outcomes, dates, posture,
    ...(m.metrics.length > 0 ? { metrics: metricValues(s) } : {}),
    events: s.events.length + s.unrecorded, episodes: recordEpisodes(m, s),
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

/**
 * The flat columns of records of a model, in order: the maps become one column per parameter
 * (`param_NAME`), per outcome (`outcome_ID`, the tick, then `outcome_ID_date`, its date) and per
 * actor (`posture_ACTOR`), per metric (`metric_ID`), and the war episodes as one cell (`episodes`, see `episodesCell`). CSV and
 * Parquet share these names.
 */
export function recordColumns(m: Model, parameterNames: readonly string[]): string[] {
  return ['run', 'seed', 'draw', ...parameterNames.map((p) => `param_${p}`), 'status', 'error',
    ...m.outcomes.flatMap((o) => [`outcome_${o.id}`, `outcome_${o.id}_date`]), ...m.actors.map((a) => `posture_${a.id}`),
    ...m.metrics.map((x) => `metric_${x.id}`), 'events', 'episodes'];
}

/** A record's cells in `recordColumns` order (null for an empty cell). */
export function recordCells(r: RunRecord, parameterNames: readonly string[]): (string | number | null)[] {
  return [r.run, r.seed, r.draw, ...parameterNames.map((p) => r.parameters[p] ?? null), r.status, r.error,
    ...Object.keys(r.outcomes).flatMap((id) => [r.outcomes[id] ?? null, r.dates[id] ?? null]), ...Object.values(r.posture),
    ...Object.values(r.metrics ?? {}), r.events, episodesCell(r.episodes)];
}

/** CSV header for records of a model (the columns of `recordColumns`). */
export function csvHeader(m: Model, parameterNames: readonly string[]): string {
  return recordColumns(m, parameterNames).join(',');
}

export function csvRow(r: RunRecord, parameterNames: readonly string[]): string {
  const cell = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return recordCells(r, parameterNames).map(cell).join(',');
}
