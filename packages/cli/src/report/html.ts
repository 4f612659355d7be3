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
  return `<div class="table-wrap"><table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h, i) => `<th${c(i)}>${h}</th>`).join('')}</tr></thead>`
    + `<tbody>${rows.map((r) => `<tr>${r.map((cell, i) => `<td${c(i)}>${cell}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`;
}

/** A figure: a chart (inline SVG) with a caption. */
export function figure(svg: string, caption: string, cls = ''): string {
  return `<figure class="chart${cls ? ` ${cls}` : ''}">${svg}<figcaption>${caption}</figcaption></figure>`;
}

/** A note for a section that has nothing to show for this result, saying why. */
export function emptyNote(text: string): string {
  return `<p class="empty">${text}</p>`;
}
