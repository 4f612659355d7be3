/*
 * The one way Casus prints probabilities, intervals and differences — run, compare, sweep,
 * sensitivity, play and the HTML report all call these. The rules:
 * - between 10% and 90%, one decimal (`34.5%`);
 * - below 10% (and above 90%), two significant digits of the distance to 0% (or 100%): `0.11%`,
 *   `0.095%`, `99.89%`, so a non-zero share never prints as `0.0%` and a share below one never
 *   as `100.0%`; exactly 0 and 1 print as `0%` and `100%`;
 * - an interval gets as many decimals as its ends need to differ: a non-degenerate interval never
 *   collapses to a point (`0.10% – 0.20%`, never `0.1% – 0.1%`);
 * - a difference in percentage points is signed (`+2.4 pp`, `−0.038 pp`) and, when non-zero, never
 *   rounds to zero;
 * - the ticks of a chart's percentage axis, multiples of one step, all get the decimals that step
 *   needs ({@link tickDecimals}: `0.2%, 0.4%, 0.6%`, never `0%, 0%, 1%`), and zero reads `0%`.
 */

const MAX_DECIMALS = 8;

/** Decimals of a percentage that show two significant digits of its distance to 0 or 100. */
function decimalsFor(p: number): number {
  const x = p * 100;
  const distance = Math.min(x, 100 - x);
  if (distance >= 10) return 1;
  if (distance <= 0) return 0;
  return Math.min(MAX_DECIMALS, Math.max(1, 1 - Math.floor(Math.log10(distance))));
}

function fixed(p: number, decimals: number): string {
  if (p === 0) return '0';
  if (p === 1) return '100';
  return (p * 100).toFixed(decimals);
}

/** A probability in [0, 1] as a percentage, `—` for NaN or null. */
export function formatPercent(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return '—';
  return `${fixed(p, decimalsFor(p))}%`;
}

/**
 * The two ends of an interval, each as a percentage with its own significant digits, more when
 * needed for the ends to differ when they do. Returns `[lo, hi]` without `%`, for callers that write
 * `lo – hi%` or `[lo, hi]`.
 */
export function intervalEnds(lo: number, hi: number): [string, string] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return ['—', '—'];
  let extra = 0;
  let a = fixed(lo, decimalsFor(lo));
  let b = fixed(hi, decimalsFor(hi));
  while (a === b && lo !== hi && extra < MAX_DECIMALS) {
    extra++;
    a = fixed(lo, decimalsFor(lo) + extra);
    b = fixed(hi, decimalsFor(hi) + extra);
  }
  return [a, b];
}

/** `0.10% – 0.20%`: an interval of probabilities, never collapsed to a point unless it is one. */
export function formatInterval(lo: number, hi: number): string {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return '—';
  const [a, b] = intervalEnds(lo, hi);
  return `${a}% – ${b}%`;
}

/** `0.11% [0.08, 0.15]`: a probability with its interval in brackets (percent). */
export function formatPercentWithInterval(p: number, lo: number, hi: number): string {
  if (!Number.isFinite(p)) return '—';
  const [a, b] = intervalEnds(lo, hi);
  return `${formatPercent(p)} [${a}, ${b}]`;
}

/**
 * A difference of two probabilities in percentage points, signed: `+2.4 pp`, `−0.038 pp`, `0 pp`.
 * Non-zero differences keep two significant digits below 1 pp, so they never read as zero.
 */
export function formatPointChange(d: number, unit = ' pp'): string {
  if (!Number.isFinite(d)) return '—';
  if (d === 0) return `0${unit}`;
  const v = Math.abs(d * 100);
  const decimals = v >= 1 ? 1 : Math.min(MAX_DECIMALS, 1 - Math.floor(Math.log10(v)));
  return `${d > 0 ? '+' : '−'}${v.toFixed(decimals)}${unit}`;
}

/** A non-negative width in percentage points (`±0.42`), with two significant digits below 1 pp. */
export function formatPoints(w: number): string {
  if (!Number.isFinite(w)) return '—';
  if (w === 0) return '0';
  const v = Math.abs(w * 100);
  const decimals = v >= 1 ? 1 : Math.min(MAX_DECIMALS, 1 - Math.floor(Math.log10(v)));
  return v.toFixed(decimals);
}

/**
 * Decimals for the percentage labels of axis ticks spaced `step` apart (a probability): just enough
 * that neighbouring ticks never read alike and no non-zero tick reads as zero. The report's charts
 * label their axes by this rule (d3's `%` format without a precision applies the same formula to
 * the ticks Vega chooses: precisionFixed(step) − 2).
 */
export function tickDecimals(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  return Math.min(MAX_DECIMALS, Math.max(0, -Math.floor(Math.log10(step * 100) + 1e-9)));
}

/** A tick of a percentage axis spaced `step` apart: `0%`, `0.2%`, `−1.5%` (`+1.5%` when signed). */
export function formatTick(value: number, step: number, signed = false): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0%';
  const text = `${Math.abs(value * 100).toFixed(tickDecimals(step))}%`;
  return value < 0 ? `−${text}` : signed ? `+${text}` : text;
}

/** Decimals that give `x` three significant digits (none from 100 up). */
function valueDecimals(x: number): number {
  const a = Math.abs(x);
  if (a >= 100 || a === 0) return 0;
  return Math.min(MAX_DECIMALS, 2 - Math.floor(Math.log10(a)));
}

/** A mean or another real value (not a probability): three significant digits, grouped from 1,000 (`0.0123`, `1.23`, `12,346`). */
export function formatValue(x: number): string {
  if (!Number.isFinite(x)) return '—';
  return x.toLocaleString('en-US', { minimumFractionDigits: valueDecimals(x), maximumFractionDigits: valueDecimals(x) });
}

/** `1.19 – 1.27`: an interval of values, with the decimals its ends need to differ when they do. */
export function formatValueInterval(lo: number, hi: number): string {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return '—';
  let decimals = valueDecimals(Math.max(Math.abs(lo), Math.abs(hi)));
  const at = (x: number): string => x.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  while (at(lo) === at(hi) && lo !== hi && decimals < MAX_DECIMALS) decimals++;
  return `${at(lo)} – ${at(hi)}`;
}
