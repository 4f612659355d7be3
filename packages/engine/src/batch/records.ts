import type { Model } from '../model/model.js';
import type { RunState } from '../run/state.js';
import { tickDate } from '../model/calendar.js';

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
  events: number;
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
  return {
    run, seed, draw: draw >= 0 ? draw : null, parameters, status: s.status === 'error' ? 'error' : 'ok', error: s.error ?? null,
    outcomes, dates, posture, events: s.events.length,
  };
}

/**
 * The flat columns of records of a model, in order: the maps become one column per parameter
 * (`param_NAME`), per outcome (`outcome_ID`, the tick, then `outcome_ID_date`, its date) and per
 * actor (`posture_ACTOR`). CSV and Parquet share these names.
 */
export function recordColumns(m: Model, parameterNames: readonly string[]): string[] {
  return ['run', 'seed', 'draw', ...parameterNames.map((p) => `param_${p}`), 'status', 'error',
    ...m.outcomes.flatMap((o) => [`outcome_${o.id}`, `outcome_${o.id}_date`]), ...m.actors.map((a) => `posture_${a.id}`), 'events'];
}

/** A record's cells in `recordColumns` order (null for an empty cell). */
export function recordCells(r: RunRecord, parameterNames: readonly string[]): (string | number | null)[] {
  return [r.run, r.seed, r.draw, ...parameterNames.map((p) => r.parameters[p] ?? null), r.status, r.error,
    ...Object.keys(r.outcomes).flatMap((id) => [r.outcomes[id] ?? null, r.dates[id] ?? null]), ...Object.values(r.posture), r.events];
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
