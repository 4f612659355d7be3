import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { formatTick } from '../number-format.js';

/**
 * Charts for the report: a Vega-Lite spec is compiled to Vega and rendered to an SVG string in
 * Node (`renderer: 'none'`, `view.toSVG()`): no canvas, no browser, no network. The SVG is inlined
 * in the page, so the report opens anywhere without loading anything.
 */

/**
 * The sans-serif of charts and text: Helvetica or Arial, or a font with Arial's metrics (Liberation
 * Sans on Linux), so the widths estimated below hold wherever the report is opened. System fonts
 * only: the report loads nothing.
 */
export const SANS = '"Helvetica Neue", Helvetica, Arial, "Liberation Sans", "Nimbus Sans", system-ui, sans-serif';

// Advance widths of Helvetica/Arial, in thousandths of an em, for ASCII 32–126.
const WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
  278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,
  611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
  556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** Width in pixels of `text` set in Helvetica/Arial at `size` px (bold about 7% wider). */
export function textWidth(text: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += c >= 32 && c <= 126 ? WIDTHS[c - 32]! : c === 0x2026 || c === 0x2014 ? 1000 : c === 0x2192 || c === 0x21c4 ? 1000 : 600;
  }
  return (w / 1000) * size * (bold ? 1.07 : 1);
}

// Without a canvas Vega guesses every glyph at 0.8 em, which truncates labels and pads axes far
// too much; measure with the metrics of the font the page asks for instead.
(vega as unknown as { textMetrics: { width: (item: { fontSize?: number; fontWeight?: string | number }, text: unknown) => number } }).textMetrics.width = (item, text) => {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  return textWidth(text == null ? '' : String(text).trim(), size, bold);
};

// Axis labels in expressions (`labelExpr: "casusTick(datum.value, step, signed)"`) use the command
// line's own number formatter, not a d3 format of their own.
vega.expressionFunction('casusTick', (value: number, step: number, signed: boolean) => formatTick(value, step, signed));

export const INK = '#1f2430';
export const MUTED = '#5b6270';
export const RULE = '#d8d4cb';
export const GRID = '#ebe7df';
/** The paper a hand-drawn chart paints (node discs, text halos): the page's chart background in either scheme. */
export const PAPER = '#ffffff';

/**
 * Charts follow the page's colour scheme. They are drawn once, in the light scheme's neutrals; in
 * the dark scheme these rules repaint exactly those neutrals — ink, muted text, rules, grid, and
 * the paper of separators and halos — with the page's own colours, so a chart is light-on-dark on
 * a dark page, never a light panel. Data colours (outcomes, fates, rungs) keep their meaning in both
 * schemes. White text on a dark cell (\`#fff\`, not {@link PAPER}) stays white.
 */
export const CHART_SCHEME_CSS = '@media (prefers-color-scheme:dark){'
  + `svg [fill="${INK}"]{fill:var(--ink)}svg [stroke="${INK}"]{stroke:var(--ink)}`
  + `svg [fill="${MUTED}"]{fill:var(--muted)}svg [stroke="${MUTED}"]{stroke:var(--muted)}`
  + `svg [stroke="${RULE}"]{stroke:var(--chart-rule)}svg [stroke="${GRID}"]{stroke:var(--rule)}`
  + `svg [fill="${PAPER}"]{fill:var(--chart-bg)}svg [stroke="${PAPER}"],svg [stroke="#fff"]{stroke:var(--chart-bg)}}`;

/** Categorical colours, muted enough to sit on paper, distinct enough for twelve outcomes. */
export const PALETTE = [
  '#2f6f9f', '#d1603d', '#3f8f5b', '#8a5fb0', '#c9a227', '#1f9e9b',
  '#b0476d', '#6b7a8f', '#e08e45', '#4c5fd5', '#7f9c3a', '#9c6b4e',
];

/**
 * The colours that name outcomes, one each, the same in every chart of a page: no green, amber or
 * red, which mean basis (data, judgment, placeholder), honoured response levels and bad fates
 * (defected, vetoed, breached) elsewhere on the page.
 */
export const OUTCOME_COLOURS = [
  '#2f6f9f', '#8a5fb0', '#1f9e9b', '#b0476d', '#4c5fd5', '#6b7a8f',
  '#9c6b4e', '#3b7f7d', '#a25bb5', '#39457a', '#c0608c', '#5e7f9c',
];

/** Response levels of an honoured obligation, weakest to strongest (greens, darker = stronger). */
export const LEVEL_COLOURS: Record<string, string> = {
  consult: '#b5dbbd', diplomatic: '#86c495', materiel: '#55a46e', forces: '#2f7d4f', war: '#144d2c',
};

/** Fates and results. */
export const FATE = {
  denied: '#9b9488', defected: '#c2412d', pending: '#e4dfd5', respected: '#3f8f5b', breached: '#c2412d', consented: '#7a9cc6',
  adopted: '#3f8f5b', vetoed: '#c2412d', failed: '#d9a437', withdrawn: '#b9b2a6',
  shelved: '#8c8577', presidential: '#6aa2c8', press: '#a9cde3', blocked: '#7a3b69',
} as const;

const RUNG_ANCHORS = ['#e3e9ef', '#f2d9a0', '#eeae68', '#e0774f', '#b8322a', '#5b1020'];

/** Colours for a ladder of `n` rungs, calm to hot (the default six use the anchors as they are). */
export function rungColours(n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [RUNG_ANCHORS[0]!];
  return Array.from({ length: n }, (_, i) => {
    const x = (i / (n - 1)) * (RUNG_ANCHORS.length - 1);
    const k = Math.min(RUNG_ANCHORS.length - 2, Math.floor(x));
    return mix(RUNG_ANCHORS[k]!, RUNG_ANCHORS[k + 1]!, x - k);
  });
}

function mix(a: string, b: string, t: number): string {
  const p = (s: string, i: number) => parseInt(s.slice(1 + 2 * i, 3 + 2 * i), 16);
  const c = [0, 1, 2].map((i) => Math.round(p(a, i) + (p(b, i) - p(a, i)) * t).toString(16).padStart(2, '0'));
  return `#${c.join('')}`;
}

/** The house style, applied to every Vega-Lite chart. */
export const THEME = {
  background: null,
  font: SANS,
  padding: { left: 4, right: 12, top: 8, bottom: 4 },
  view: { stroke: null },
  axis: {
    labelColor: MUTED, labelFontSize: 11, labelFont: SANS,
    titleColor: MUTED, titleFontSize: 11, titleFontWeight: 500, titleFont: SANS, titlePadding: 8,
    domainColor: RULE, tickColor: RULE, gridColor: GRID, labelLimit: 260,
  },
  axisY: { domain: false, ticks: false },
  legend: { labelColor: MUTED, titleColor: MUTED, labelFontSize: 11, titleFontSize: 11, titleFontWeight: 500, symbolStrokeWidth: 0, symbolOpacity: 1, labelLimit: 260, orient: 'bottom', direction: 'horizontal', columns: 4 },
  header: { labelColor: INK, labelFontSize: 12, labelFontWeight: 600, titleColor: MUTED, labelFont: SANS, labelAnchor: 'start', labelLimit: 320 },
  title: { color: INK, fontSize: 13, fontWeight: 600, anchor: 'start', font: SANS },
  text: { font: SANS, fontSize: 11, color: INK },
  bar: { color: PALETTE[0] },
  line: { strokeWidth: 2 },
  range: { category: PALETTE },
} as const;

/** Vega-Lite's warnings (e.g. merged sort orders) are about the spec, not the user's data: keep stderr clean. */
const SILENT = {
  level(): number { return 0; },
  error(): typeof SILENT { return SILENT; },
  warn(): typeof SILENT { return SILENT; },
  info(): typeof SILENT { return SILENT; },
  debug(): typeof SILENT { return SILENT; },
} as unknown as NonNullable<Parameters<typeof compile>[1]>['logger'];

/**
 * Renders the charts of one report. Ids inside each SVG (clip paths, gradients) get a prefix
 * unique in the page, since many charts share one document, and deterministic, so the same result
 * gives the same bytes.
 */
export class ChartRenderer {
  private count = 0;

  /** A fresh id prefix, for hand-drawn SVGs that define ids of their own. */
  nextPrefix(): string {
    return `c${++this.count}`;
  }

  /** Renders a Vega-Lite spec (the house theme merged into its config) to an SVG string. */
  async render(spec: Record<string, unknown>, label: string): Promise<string> {
    const full = { ...spec, config: { ...THEME, ...(spec.config as object | undefined) } } as unknown as TopLevelSpec;
    const compiled = compile(full, { logger: SILENT }).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Error });
    try {
      return finishSvg(await view.toSVG(), label, this.nextPrefix());
    } finally {
      view.finalize();
    }
  }
}

/**
 * Prefixes every id of an SVG (and the references to it) so several SVGs can share a document;
 * adds a role and an accessible label; drops fixed width and height so CSS can scale it.
 */
export function finishSvg(svg: string, label: string, prefix: string): string {
  // Vega numbers clip paths with a process-wide counter: renumber them in order of appearance so
  // the same chart always gives the same bytes.
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `${prefix}-${ids.size + 1}`);
  let out = svg;
  if (ids.size > 0) {
    out = out
      .replace(/(\sid=")([^"]+)(")/g, (m, a: string, id: string, b: string) => (ids.has(id) ? `${a}${ids.get(id)}${b}` : m))
      .replace(/url\(#([^)]+)\)/g, (m, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : m))
      .replace(/(href="#)([^"]+)(")/g, (m, a: string, id: string, b: string) => (ids.has(id) ? `${a}${ids.get(id)}${b}` : m));
  }
  // Vega puts a datum's fields in aria-label; a field named `tip` becomes the mark's tooltip.
  out = out.replace(/<(path|rect|circle|text)(\s[^>]*?)aria-label="([^"]*?tip: ([^"]*))"([^>]*?)\/>/g,
    (_m, tag: string, before: string, labelText: string, tip: string, after: string) => `<${tag}${before}aria-label="${labelText}"${after}><title>${tip}</title></${tag}>`);
  const width = /^<svg[^>]*\swidth="([\d.]+)"/.exec(out)?.[1];
  // --w: the drawn width, so a narrow screen can keep the chart near its size (and its text readable).
  return out.replace(/^<svg /, `<svg role="img" aria-label="${escAttr(label)}" ${width ? `style="max-width:${width}px;--w:${width}px" ` : ''}`);
}

function escAttr(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
}
