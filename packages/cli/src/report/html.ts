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

/** A name for a table's first column: the title with the id under it, or the id alone when it has no title of its own. */
export function titledId(id: string, title: string): string {
  return title === id ? `<code>${idHtml(id)}</code>` : `${esc(title)}<br><code>${idHtml(id)}</code>`;
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
 * The axis of a probability in a chart, labelled as number-format.ts labels ticks: Vega chooses the
 * ticks and d3's `%` format, given no precision, takes the decimals from their step
 * (number-format.ts, tickDecimals), so no two ticks read alike and no non-zero tick reads `0%`; zero reads
 * `0%`. `extra` adds Vega-Lite axis properties (tickCount, grid, …).
 */
export function percentAxis(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: '%', labelExpr: "datum.value === 0 ? '0%' : datum.label", ...extra };
}

/**
 * Tick values and their labels for a percentage axis over [lo, hi] chosen here rather than by Vega
 * (a difference axis that must include zero): a "nice" step (1, 2 or 5 × a power of ten) giving
 * about `count` ticks, each labelled by number-format.ts's formatTick (`casusTick` in a chart's
 * expressions; `signed` puts a + on positive values).
 */
export function percentTicks(lo: number, hi: number, count = 5, signed = false): { values: number[]; labelExpr: string; step: number } {
  const span = hi - lo;
  const step = !(span > 0) || !Number.isFinite(span)
    ? 0
    : [1, 2, 5, 10].map((m) => m * 10 ** Math.floor(Math.log10(span / count))).find((m) => m >= span / count)!;
  const values: number[] = [];
  if (step === 0) values.push(Number.isFinite(lo) ? lo : 0);
  else for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) values.push(Number(v.toPrecision(12)) === 0 ? 0 : Number(v.toPrecision(12)));
  return { values, step, labelExpr: `casusTick(datum.value, ${step}, ${signed})` };
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
