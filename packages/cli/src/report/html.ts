import { formatPercent, formatPointChange } from '../number-format.js';
/**
 * Small HTML helpers for the report. Every string that comes from a scenario, a result file or a
 * command line goes through {@link esc} (text and attribute values alike), so a scenario title
 * such as `<script>…` is shown, never run.
 */

/** Escapes text for HTML text content and double- or single-quoted attribute values (and XML). */
export function esc(value: string | number): string {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** An id as HTML that may break after `_`, `-` or `.` in a narrow table cell (`ally_<wbr>reliability`). */
export function idHtml(id: string): string {
  return esc(id).replace(/([_.-])/g, '$1<wbr>');
}

/** Joins HTML fragments, skipping empty ones (`false`, `null`, `undefined`, ''). */
export function join(parts: readonly (string | false | null | undefined)[], sep = ''): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(sep);
}

const int = new Intl.NumberFormat('en-US');

/** 12,345 */
export function fmtInt(n: number): string {
  return int.format(n);
}

/** A probability as a percentage, as the command line prints it (number-format.ts). */
export function pct(p: number, _runs = 0): string {
  return formatPercent(p);
}

/** A signed difference in percentage points: +1.2 pp, −0.4 pp. */
export function pp(d: number, _digits = 1): string {
  return formatPointChange(d);
}

/**
 * Tick values and a d3 format for a percentage axis over [lo, hi]: a "nice" step (1, 2 or 5 × a
 * power of ten) giving about `count` ticks, and just enough decimals that no two ticks read the
 * same (never "−1%, −1%, +0%"). `signed` puts a + on positive values (differences).
 */
export function percentTicks(lo: number, hi: number, count = 5, signed = false): { values: number[]; format: string } {
  const span = hi - lo;
  if (!(span > 0) || !Number.isFinite(span)) return { values: [lo], format: signed ? '+.0%' : '.0%' };
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((m) => m >= raw)!;
  const values: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) values.push(Number(v.toPrecision(12)) === 0 ? 0 : Number(v.toPrecision(12)));
  const decimals = Math.max(0, -Math.floor(Math.log10(step * 100) + 1e-9));
  return { values, format: `${signed ? '+' : ''}.${decimals}%` };
}

/** A number for a table: up to four significant digits, no trailing zeros. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x)) return fmtInt(x);
  return String(Number(x.toPrecision(4)));
}

/** `12 March 2025` from an ISO date. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[m - 1] ?? '?'} ${y}`;
}

/** A badge: a small coloured label. `tone` picks the colour class. */
export function badge(text: string, tone: 'data' | 'judgment' | 'placeholder' | 'neutral' | 'warn' | 'bad' | 'good' | 'info', title?: string): string {
  return `<span class="badge badge-${tone}"${title ? ` title="${esc(title)}"` : ''}>${esc(text)}</span>`;
}

/** A table from a header row and body rows of ready HTML cells; `numeric` marks right-aligned columns. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[] = [], cls = ''): string {
  const c = (i: number) => (numeric[i] ? ' class="num"' : '');
  // Focusable, so a keyboard can scroll a table wider than a narrow screen.
  return `<div class="table-wrap" tabindex="0"><table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h, i) => `<th${c(i)}>${h}</th>`).join('')}</tr></thead>`
    + `<tbody>${rows.map((r) => `<tr>${r.map((cell, i) => `<td${c(i)}>${cell}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`;
}

/**
 * A figure: a chart (inline SVG) with a caption. On a narrow screen the chart keeps a readable
 * size and scrolls sideways inside its box (focusable, so a keyboard can scroll it too); the page
 * itself never does.
 */
export function figure(svg: string, caption: string, cls = ''): string {
  return `<figure class="chart${cls ? ` ${cls}` : ''}"><div class="chart-scroll" tabindex="0">${svg}</div><figcaption>${caption}</figcaption></figure>`;
}

/** A note for a section that has nothing to show for this result, saying why. */
export function emptyNote(text: string): string {
  return `<p class="empty">${text}</p>`;
}
