import { summarise, sweepRows, type Aggregates } from '@casus/engine';
import type { PointEntry, SweepManifest } from './manifest.js';

/** One cell of a tidy table. */
export type Cell = number | string | null;

/** A tidy table: column names and rows of cells in that order. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** Names a parameter column must not take: the table's own columns, and the ranking's. */
const FIXED = ['point', 'outcome', 'runs', 'hits', 'probability', 'lo', 'hi', 'role', 'parameter', 'rank', 'src_rank', 'basis'];
/** (1.10) And, in the directory of a scenario with metrics, the metrics table's (both tables name a parameter alike). */
const METRIC_COLUMNS = ['metric', 'mean', 'median', 'p90', 'max', 'positive'];

/** The column of a parameter: its name, or `param_NAME` when the name is taken by a fixed column. */
export function parameterColumn(name: string, withMetrics = false): string {
  return FIXED.includes(name) || (withMetrics && METRIC_COLUMNS.includes(name)) || name.endsWith('_level') ? `param_${name}` : name;
}

/**
 * The tidy sweep table, one row per design point × outcome, in point order then the scenario's
 * outcome order: `point`, (for a sensitivity analysis `role` and `parameter`), one column per
 * parameter, `NAME_level` for parameters varied by level names, then `outcome`, `runs` (runs
 * counted), `hits`, `probability` and its 95% Wilson interval `lo`, `hi` (simulation error only).
 * A pure function of the manifest and the per-point aggregates, so equal inputs give equal bytes.
 */
export function sweepTable(manifest: SweepManifest, points: readonly PointEntry[], aggregates: readonly Aggregates[]): Table {
  const sensitivity = manifest.kind === 'sensitivity';
  const leveled = manifest.parameters.filter((n) => points.some((p) => p.levels?.[n] !== undefined));
  const withMetrics = aggregates[0]?.metrics !== undefined;
  const columns = [
    'point', ...(sensitivity ? ['role', 'parameter'] : []),
    ...manifest.parameters.map((n) => parameterColumn(n, withMetrics)), ...leveled.map((n) => `${n}_level`),
    'outcome', 'runs', 'hits', 'probability', 'lo', 'hi',
  ];
  const byIndex = new Map(points.map((p) => [p.index, p]));
  const rows: Cell[][] = [];
  for (const r of sweepRows({ points: points.map((p) => ({ index: p.index, values: p.values })), aggregates: [...aggregates] })) {
    const p = byIndex.get(r.point)!;
    rows.push([
      r.point, ...(sensitivity ? [p.role, p.parameter ?? null] : []),
      ...manifest.parameters.map((n) => p.values[n] ?? null), ...leveled.map((n) => p.levels?.[n] ?? null),
      r.outcome, r.runs, r.hits, finite(r.p), finite(r.lo), finite(r.hi),
    ]);
  }
  return { columns, rows };
}

/**
 * (1.10) The tidy metrics table, one row per design point × metric, in point order then the
 * scenario's metric order: the sweep table's point and parameter columns, then `metric`, `runs`,
 * `mean` and its 95% interval `lo`, `hi` (simulation error only; Student's t over the runs),
 * `median`, `p90`, `max` and `positive` (the share of runs above 0). Undefined when the scenario
 * declares no metrics. A pure function of the manifest and the per-point aggregates.
 */
export function metricTable(manifest: SweepManifest, points: readonly PointEntry[], aggregates: readonly Aggregates[]): Table | undefined {
  if (aggregates.length === 0 || aggregates[0]!.metrics === undefined) return undefined;
  const sensitivity = manifest.kind === 'sensitivity';
  const leveled = manifest.parameters.filter((n) => points.some((p) => p.levels?.[n] !== undefined));
  const columns = [
    'point', ...(sensitivity ? ['role', 'parameter'] : []),
    ...manifest.parameters.map((n) => parameterColumn(n, true)), ...leveled.map((n) => `${n}_level`),
    'metric', 'runs', 'mean', 'lo', 'hi', 'median', 'p90', 'max', 'positive',
  ];
  const rows: Cell[][] = [];
  points.forEach((p, k) => {
    for (const x of summarise(aggregates[k]!).metrics) {
      rows.push([
        p.index, ...(sensitivity ? [p.role, p.parameter ?? null] : []),
        ...manifest.parameters.map((n) => p.values[n] ?? null), ...leveled.map((n) => p.levels?.[n] ?? null),
        x.id, x.runs, finite(x.mean), finite(x.lo), finite(x.hi), finite(x.median), finite(x.p90), finite(x.max), finite(x.positive),
      ]);
    }
  });
  return { columns, rows };
}

/** The metrics table's three files (CSV, NDJSON, Parquet), none when the scenario declares no metrics. */
export function metricFiles(t: Table | undefined, parquet: (t: Table) => Uint8Array): [string, string | Uint8Array][] {
  if (t === undefined) return [];
  return [[METRIC_FILES.csv, toCsv(t)], [METRIC_FILES.ndjson, toNdjson(t)], [METRIC_FILES.parquet, parquet(t)]];
}

/** The metrics table's files in a sweep or sensitivity directory (1.10). */
export const METRIC_FILES = { csv: 'metrics.csv', ndjson: 'metrics.ndjson', parquet: 'metrics.parquet' } as const;

function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** CSV (RFC 4180): a header line, then one line per row; empty cell for null. */
export function toCsv(t: Table): string {
  const cell = (v: Cell): string => {
    if (v === null) return '';
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [t.columns.map(cell).join(','), ...t.rows.map((r) => r.map(cell).join(','))].join('\n') + '\n';
}

/** NDJSON: one flat JSON object per row, keys in column order. */
export function toNdjson(t: Table): string {
  return t.rows.map((r) => `${JSON.stringify(Object.fromEntries(t.columns.map((c, i) => [c, r[i] ?? null])))}\n`).join('');
}
