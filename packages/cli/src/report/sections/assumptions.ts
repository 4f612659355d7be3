import type { Scenario } from '@casus/engine';
import type { ResultContext } from '../context.js';
import { parameterRefs } from '../causes.js';
import { badge, emptyNote, esc, idHtml, num, table } from '../html.js';
import type { Section } from '../page.js';

type Parameter = Scenario['parameters'][string];

/** Scenario free text with URL schemes dropped: shown, never linked, so the report loads nothing. */
export function plain(text: string): string {
  return esc(text.replace(/\bhttps?:\/\//gi, ''));
}

/** A parameter's distribution in words: `Beta(8, 2)`, `Uniform(0.25, 1)`, `0.5`. */
export function describeDistribution(p: Parameter): string {
  if (p.value !== undefined) return `fixed ${num(p.value)}`;
  if (p.beta) return `Beta(${num(p.beta[0])}, ${num(p.beta[1])})`;
  if (p.uniform) return `Uniform(${num(p.uniform[0])}, ${num(p.uniform[1])})`;
  if (p.triangular) return `Triangular(${p.triangular.map(num).join(', ')})`;
  if (p.normal) {
    const t = p.normal.min !== undefined || p.normal.max !== undefined ? ` on [${p.normal.min !== undefined ? num(p.normal.min) : '−∞'}, ${p.normal.max !== undefined ? num(p.normal.max) : '∞'}]` : '';
    return `Normal(${num(p.normal.mean)}, sd ${num(p.normal.sd)})${t}`;
  }
  if (p.discrete) {
    const w = p.discrete.weights;
    return `one of ${p.discrete.values.map((v, i) => `${num(v)}${w ? ` (w ${num(w[i] ?? 0)})` : ''}`).join(', ')}`;
  }
  return '—';
}

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9); presentation only, not part of any simulation.
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let a = c[0]!;
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * A small picture of a parameter's distribution (density, or bars for a discrete one), with the
 * value the batch used marked: an inline SVG 132 × 30.
 */
export function distributionSvg(p: Parameter, used: number | undefined): string {
  const W = 132;
  const H = 30;
  const base = H - 4;
  let lo: number;
  let hi: number;
  let density: ((x: number) => number) | undefined;
  let bars: { x: number; w: number }[] | undefined;
  if (p.beta) {
    const [a, b] = p.beta;
    lo = 0; hi = 1;
    const lb = logGamma(a) + logGamma(b) - logGamma(a + b);
    density = (x) => (x <= 0 || x >= 1 ? 0 : Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log(1 - x) - lb));
  } else if (p.uniform) {
    [lo, hi] = p.uniform;
    const pad = (hi - lo) * 0.08 || 1;
    lo -= pad; hi += pad;
    const [u0, u1] = p.uniform;
    density = (x) => (x >= u0 && x <= u1 ? 1 : 0);
  } else if (p.triangular) {
    const [a, m, b] = p.triangular;
    const pad = (b - a) * 0.06 || 1;
    lo = a - pad; hi = b + pad;
    density = (x) => (x < a || x > b ? 0 : x <= m ? (m === a ? 1 : (x - a) / (m - a)) : (b === m ? 1 : (b - x) / (b - m)));
  } else if (p.normal) {
    const { mean, sd } = p.normal;
    const min = p.normal.min ?? -Infinity;
    const max = p.normal.max ?? Infinity;
    lo = Math.max(min, mean - 3.2 * sd); hi = Math.min(max, mean + 3.2 * sd);
    const pad = (hi - lo) * 0.05;
    lo -= pad; hi += pad;
    density = (x) => (x < min || x > max ? 0 : Math.exp(-0.5 * ((x - mean) / sd) ** 2));
  } else if (p.discrete) {
    const vals = p.discrete.values;
    const ws = p.discrete.weights ?? vals.map(() => 1);
    lo = Math.min(...vals); hi = Math.max(...vals);
    const pad = (hi - lo) * 0.12 || 1;
    lo -= pad; hi += pad;
    const maxW = Math.max(...ws, 1e-12);
    bars = vals.map((x, i) => ({ x, w: (ws[i] ?? 0) / maxW }));
  } else {
    const v = p.value ?? 0;
    const pad = Math.abs(v) * 0.5 || 1;
    lo = v - pad; hi = v + pad;
  }
  const sx = (x: number) => ((x - lo) / (hi - lo || 1)) * (W - 4) + 2;
  let shape = '';
  if (density) {
    const n = 64;
    const xs = Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);
    const ys = xs.map((x) => density!(x));
    const maxY = Math.max(...ys.filter(Number.isFinite), 1e-12);
    const pts = xs.map((x, i) => `${sx(x).toFixed(1)},${(base - (Math.min(ys[i]!, maxY) / maxY) * (base - 3)).toFixed(1)}`);
    shape = `<path d="M${sx(lo).toFixed(1)},${base} L${pts.join(' L')} L${sx(hi).toFixed(1)},${base} Z" fill="#dbe6f0" stroke="#2f6f9f" stroke-width="1.2"/>`;
  } else if (bars) {
    shape = bars.map((b) => `<rect x="${(sx(b.x) - 2).toFixed(1)}" y="${(base - b.w * (base - 3)).toFixed(1)}" width="4" height="${(b.w * (base - 3)).toFixed(1)}" fill="#2f6f9f"/>`).join('');
  }
  const mark = used !== undefined && Number.isFinite(used) && used >= lo && used <= hi
    ? `<line x1="${sx(used).toFixed(1)}" x2="${sx(used).toFixed(1)}" y1="1" y2="${base + 2}" stroke="#c2412d" stroke-width="1.6"/>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="distribution"><line x1="2" x2="${W - 2}" y1="${base}" y2="${base}" stroke="#d8d4cb"/>${shape}${mark}</svg>`;
}

/** Every parameter: value or distribution, the value used, basis, rationale, source, and where it acts. */
export function assumptionsSection(ctx: ResultContext): Section {
  const s = ctx.scenario;
  const names = Object.keys(s.parameters);
  const lede = 'Every uncertain input of the scenario, as the author declared it: its distribution (the red line marks the value these runs used, unless the batch drew parameters), its basis — <em>data</em>, <em>judgment</em> or <em>placeholder</em> —, the rationale and the source. Numbers written inline in the scenario, not named as parameters, are not listed.';
  if (names.length === 0) return { id: 'assumptions', title: 'Assumptions', lede, html: emptyNote('The scenario names no parameters: every number is written inline.') };
  const usedBy = new Map<string, Set<string>>();
  const note = (where: string, value: unknown) => { for (const p of parameterRefs(value)) usedBy.set(p, (usedBy.get(p) ?? new Set()).add(where)); };
  for (const t of s.triggers) note(`trigger ${t.id}`, t);
  for (const pact of s.pacts) pact.obligations.forEach((o) => note(`${pact.id}${o.article ? ` ${o.article}` : ''} (${o.type})`, o));
  for (const [actor, points] of Object.entries(s.doctrine)) for (const p of points) note(`${actor} doctrine ${p.id}`, p);
  if (s.council) note('Council votes', s.council);
  for (const g of s.sanctions) note(`sanctions ${g.id}`, g);
  for (const [id, v] of Object.entries(s.variables)) note(`variable ${id}`, v);
  if (s.ladder) note('ladder', s.ladder);
  for (const [id, sit] of Object.entries(s.situations)) note(`situation ${id}`, sit);
  for (const [id, o] of Object.entries(s.outcomes)) note(`outcome ${id}`, o);
  // Whatever else names a parameter (a section added to the format later) still counts as a use.
  const { parameters: _declared, ...rest } = s;
  for (const p of parameterRefs(rest)) if (!usedBy.has(p)) note('the scenario', rest);
  const values = ctx.model.parameters as Readonly<Record<string, number>>;
  const drawn = ctx.doc.manifest.options.parameterDraws > 0;
  const counts = { data: 0, judgment: 0, placeholder: 0 };
  const rows = names.map((name) => {
    const p = s.parameters[name]!;
    counts[p.basis]++;
    const used = values[name];
    const overridden = Object.hasOwn(ctx.resolved.overrides, name);
    const levels = p.levels ? `<span class="sub">levels: ${Object.entries(p.levels).map(([k, v]) => `${esc(k)} ${num(v)}`).join(' · ')}</span>` : '';
    const usedText = drawn && !overridden && p.value === undefined ? 'drawn per draw' : used === undefined ? '—' : `${num(used)}${overridden ? '<span class="sub">set with --set</span>' : ''}`;
    const where = [...(usedBy.get(name) ?? [])];
    return [
      `<strong class="mono">${idHtml(name)}</strong>${levels}`,
      `<div class="dist">${distributionSvg(p, drawn && !overridden ? undefined : used)}</div><span class="sub">${esc(describeDistribution(p))}${p.nominal !== undefined ? ` · nominal ${num(p.nominal)}` : ''}</span>`,
      usedText,
      badge(p.basis, p.basis),
      `${p.rationale ? plain(p.rationale) : '<span class="sub">no rationale given</span>'}${where.length > 0 ? `<span class="sub">used by: ${where.map(esc).join(', ')}</span>` : '<span class="sub">not used</span>'}`,
      p.source ? plain(p.source) : '—',
    ];
  });
  const summary = `<p class="lede">${names.length} parameters: ${badge(`${counts.data} data`, 'data')} ${badge(`${counts.judgment} judgment`, 'judgment')} ${badge(`${counts.placeholder} placeholder`, 'placeholder')}</p>`;
  const sources = s.sources.length > 0
    ? '<h3>Sources</h3>' + table(['Id', 'Source', 'Where'], s.sources.map((src) => [`<span class="mono">${esc(src.id)}</span>`, plain(src.title), src.url ? `<span class="mono">${plain(src.url)}</span>` : src.note ? plain(src.note) : '—']))
    : '';
  return { id: 'assumptions', title: 'Assumptions', lede, html: summary + table(['Parameter', 'Distribution', 'Used', 'Basis', 'Rationale', 'Source'], rows, [false, false, true, false, false, false], 'assumptions') + sources };
}
