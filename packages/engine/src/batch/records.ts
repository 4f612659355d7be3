import type { Model } from '../model/model.js';
import type { RunState } from '../run/state.js';

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
}

export function runRecord(m: Model, s: RunState, run: number, seed: number | string, draw: number, parameters: Record<string, number>): RunRecord {
  const outcomes: Record<string, number | null> = {};
  m.outcomes.forEach((o, i) => { outcomes[o.id] = s.outcomeTick[i]! >= 0 ? s.outcomeTick[i]! : null; });
  const posture: Record<string, string> = {};
  m.actors.forEach((a, i) => { posture[a.id] = m.rungs[s.posture(i)]!.id; });
  return {
    run, seed, draw: draw >= 0 ? draw : null, parameters, status: s.status === 'error' ? 'error' : 'ok', error: s.error ?? null,
    outcomes, posture, events: s.events.length,
  };
}

/** CSV header for records of a model (outcome and posture columns flattened). */
export function csvHeader(m: Model, parameterNames: readonly string[]): string {
  return ['run', 'seed', 'draw', ...parameterNames.map((p) => `param_${p}`), 'status', 'error', ...m.outcomes.map((o) => `outcome_${o.id}`), ...m.actors.map((a) => `posture_${a.id}`), 'events'].join(',');
}

export function csvRow(r: RunRecord, parameterNames: readonly string[]): string {
  const cell = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [r.run, r.seed, r.draw, ...parameterNames.map((p) => r.parameters[p]), r.status, r.error, ...Object.values(r.outcomes), ...Object.values(r.posture), r.events].map(cell).join(',');
}
