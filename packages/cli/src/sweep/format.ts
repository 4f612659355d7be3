import type { Paint } from '../io.js';
import { formatPercent, formatValue, formatValueInterval } from '../number-format.js';
import type { Table } from './tables.js';

/** A parameter value for reading (the files keep every digit): at most 4 significant digits. */
export function shortNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(4)));
}

/** A probability as a percentage (number-format.ts), `—` when undefined; `_runs` is kept for callers. */
export function percent(p: number | null, _runs?: number): string {
  return formatPercent(p);
}

/** Aligned text columns, two spaces apart, indented by two; `right[i]` right-aligns column i. */
export function textTable(rows: readonly (readonly string[])[], right: readonly boolean[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => `  ${r.map((c, i) => {
    const pad = widths[i]! - [...c].length;
    return right[i] ? ' '.repeat(pad) + c : c + ' '.repeat(pad);
  }).join('  ').trimEnd()}`);
}

/**
 * The printed sweep: per outcome, one line per design point with its parameter values (and level
 * names), the probability, its 95% Wilson interval (simulation error) and the hits. Deterministic:
 * no timings.
 */
export function formatSweepTable(t: Table, o: {
  parameters: readonly string[];
  outcomes: readonly { id: string; title: string }[];
  only: readonly string[];
  colors: Paint;
}): string[] {
  const col = (name: string): number => t.columns.indexOf(name);
  const [iPoint, iOutcome, iRuns, iHits, iP, iLo, iHi] = ['point', 'outcome', 'runs', 'hits', 'probability', 'lo', 'hi'].map(col) as [number, number, number, number, number, number, number];
  const paramCols = parameterColumns(t, o.parameters);
  const out: string[] = [];
  for (const outcome of o.outcomes) {
    if (o.only.length > 0 && !o.only.includes(outcome.id)) continue;
    const rows = t.rows.filter((r) => r[iOutcome] === outcome.id);
    if (rows.length === 0) continue;
    out.push('', o.colors.dim(`${outcome.id}${outcome.title !== outcome.id ? ` — ${outcome.title}` : ''}`));
    const lines: string[][] = [['point', ...paramCols.map((c) => c.name), 'P', 'simulation error (95%)', 'hits']];
    for (const r of rows) {
      const runs = r[iRuns] as number;
      lines.push([
        String(r[iPoint]),
        ...parameterCells(r, paramCols),
        percent(r[iP] as number | null, runs),
        runs === 0 ? '—' : `${percent(r[iLo] as number, runs)} – ${percent(r[iHi] as number, runs)}`,
        `${(r[iHits] as number).toLocaleString('en-US')}/${runs.toLocaleString('en-US')}`,
      ]);
    }
    out.push(...textTable(lines, [true, ...paramCols.map(() => true), true, true, true]));
  }
  return out;
}

/**
 * (1.10) The printed metrics of a sweep: per metric, one line per design point with its parameter
 * values, the mean per run, its 95% interval (simulation error) and the share of runs above 0.
 */
export function formatMetricTable(t: Table, o: {
  parameters: readonly string[];
  titles: Readonly<Record<string, { title?: string | undefined }>>;
  colors: Paint;
}): string[] {
  const col = (name: string): number => t.columns.indexOf(name);
  const [iPoint, iMetric, iRuns, iMean, iLo, iHi, iPos] = ['point', 'metric', 'runs', 'mean', 'lo', 'hi', 'positive'].map(col) as [number, number, number, number, number, number, number];
  const paramCols = parameterColumns(t, o.parameters);
  const ids = [...new Set(t.rows.map((r) => r[iMetric] as string))];
  const out: string[] = [];
  for (const id of ids) {
    const title = o.titles[id]?.title;
    out.push('', o.colors.dim(`${id}${title !== undefined && title !== id ? ` — ${title}` : ''}`));
    const lines: string[][] = [['point', ...paramCols.map((c) => c.name), 'mean', 'simulation error (95%)', '> 0']];
    for (const r of t.rows.filter((x) => x[iMetric] === id)) {
      const runs = r[iRuns] as number;
      lines.push([
        String(r[iPoint]),
        ...parameterCells(r, paramCols),
        r[iMean] === null ? '—' : formatValue(r[iMean] as number),
        runs === 0 || r[iLo] === null ? '—' : formatValueInterval(r[iLo] as number, r[iHi] as number),
        percent(r[iPos] as number | null, runs),
      ]);
    }
    out.push(...textTable(lines, [true, ...paramCols.map(() => true), true, true, true]));
  }
  return out;
}

/** Where each varied parameter's value (and level name) sits in a tidy table. */
function parameterColumns(t: Table, parameters: readonly string[]): { name: string; value: number; level: number }[] {
  return parameters.map((n) => ({ name: n, value: t.columns.findIndex((c) => c === n || c === `param_${n}`), level: t.columns.indexOf(`${n}_level`) }));
}

/** A row's parameter values for reading, each with its level name when it was varied by level. */
function parameterCells(r: readonly (number | string | null)[], cols: readonly { value: number; level: number }[]): string[] {
  return cols.map((c) => {
    const v = r[c.value];
    const level = c.level >= 0 ? r[c.level] : null;
    return `${typeof v === 'number' ? shortNumber(v) : '—'}${level !== null && level !== undefined ? ` (${String(level)})` : ''}`;
  });
}

/**
 * The note a sweep prints when no outcome's count differs between its points: with common random
 * numbers every point replays the same runs, so identical counts mean the parameters varied never
 * decided anything in these runs (a clause they set was rarely called on, or its answer never
 * changed an outcome) — worth saying, since identical tables otherwise read as a broken sweep.
 * Empty when something moved, or with fewer than two points.
 */
export function unmovedNote(t: Table, parameters: readonly string[]): string[] {
  const col = (name: string): number => t.columns.indexOf(name);
  const [iPoint, iOutcome, iHits] = ['point', 'outcome', 'hits'].map(col) as [number, number, number];
  const points = new Set(t.rows.map((r) => r[iPoint]));
  if (points.size < 2) return [];
  const first = new Map<unknown, unknown>();
  for (const r of t.rows) {
    const seen = first.get(r[iOutcome]);
    if (seen === undefined) first.set(r[iOutcome], r[iHits]);
    else if (seen !== r[iHits]) return [];
  }
  const names = parameters.join(', ');
  return ['', `note: no outcome moved across the ${points.size} points: in these runs ${names} never decided anything (the runs are the same at every point — common random numbers). \`casus run SCENARIO --sections ledger\` shows how often a clause is called on; a wider range or more runs may show an effect.`];
}
