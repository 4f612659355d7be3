import { stats, summarise, summariseComparison, summariseMetricComparison, type Aggregates, type Comparison, type OutcomeComparison, type Scenario } from '@casus/engine';
import { describeChanges, type DescribedChange } from '../../scenario-diff.js';
import { ChartRenderer, INK, MUTED, PALETTE } from '../charts.js';
import { shortTitle } from '../context.js';
import { badge, esc, figure, fmtInt, longDate, pct, percentAxis, percentTicks, pp, table, titledId } from '../html.js';
import { formatValue, formatValueInterval } from '../../number-format.js';
import type { ReportPage, Section } from '../page.js';
import { resolveSimulatedScenario } from '../scenario-source.js';
import { COMPARE_FORMAT, parseCompareDocument, type CompareDocument, type CompareVariantManifest } from '../../compare/result-file.js';
import type { ReportEnv, ReportKind } from './kind.js';

/** One side of a comparison, for the page: a label and what it ran. */
export interface CompareVariant {
  readonly label: string;
  /** The scenario argument as typed in the compare command. */
  readonly file: string;
  readonly scenario: { readonly id: string; readonly title: string; readonly sha256: string };
  readonly overrides: Readonly<Record<string, number>>;
}

/** A comparison file as the report reads it: the file's counts and the two variants, labelled. */
export interface CompareInput {
  readonly doc: CompareDocument;
  readonly comparison: Comparison;
  readonly variants: readonly [CompareVariant, CompareVariant];
}

/**
 * Labels for the two variants: the scenario argument, with the overrides that set it apart (those
 * not shared with the other side), e.g. `tutorial · ally_reliability=0.95`.
 */
function labels(a: CompareVariantManifest, b: CompareVariantManifest): [string, string] {
  const own = (x: CompareVariantManifest, y: CompareVariantManifest) => Object.entries(x.overrides).filter(([k, v]) => y.overrides[k] !== v).map(([k, v]) => `${k}=${v}`);
  const name = (x: CompareVariantManifest) => x.file.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json)$/i, '');
  const la = [name(a), ...own(a, b)].join(' · ');
  const lb = [name(b), ...own(b, a)].join(' · ');
  return la === lb ? [`A: ${la}`, `B: ${lb}`] : [la, lb];
}

/** Parses and shape-checks a `casus-compare` file, and labels its variants. */
export function parseCompare(text: string): { ok: true; doc: CompareInput } | { ok: false; reason: string } {
  const parsed = parseCompareDocument(text);
  if (!parsed.ok) return parsed;
  const doc = parsed.doc;
  const [la, lb] = labels(doc.manifest.a, doc.manifest.b);
  const variant = (v: CompareVariantManifest, label: string): CompareVariant => ({ label, file: v.file, scenario: v.scenario, overrides: v.overrides });
  return { ok: true, doc: { doc, comparison: doc.comparison, variants: [variant(doc.manifest.a, la), variant(doc.manifest.b, lb)] } };
}

/** A variant's scenario, when it can be found and matches its hash; undefined otherwise. */
function scenarioOf(v: CompareVariant, env: ReportEnv): Scenario | undefined {
  try {
    return resolveSimulatedScenario({ id: v.scenario.id, sha256: v.scenario.sha256, path: v.file, overrides: v.overrides }, { cwd: env.cwd, resultPath: env.inputPath }).scenario;
  } catch {
    return undefined;
  }
}

/** Outcome and (1.10) metric titles from a variant's scenario (ids where it was not found). */
function titlesFor(scenario: Scenario | undefined, of: 'outcomes' | 'metrics' = 'outcomes'): Map<string, string> {
  return new Map(Object.entries(scenario?.[of] ?? {}).map(([id, o]) => [id, o.title ?? id] as const));
}

export const compareKind: ReportKind<CompareInput> = {
  format: COMPARE_FORMAT,
  parse: parseCompare,
  async build(doc, env) {
    const charts = new ChartRenderer();
    // Each variant's scenario, when it is found as it was simulated (its hash): titles, and what B changes.
    const [sa, sb] = [scenarioOf(doc.variants[0], env), scenarioOf(doc.variants[1], env)];
    const titles = new Map([...titlesFor(sb), ...titlesFor(sa)]);
    const title = (id: string) => titles.get(id) ?? id;
    const rows = summariseComparison(doc.comparison);
    const [va, vb] = doc.variants;
    const runs = doc.comparison.runs;
    const sections: Section[] = [await sideBySide(charts, rows, doc, title), await differences(charts, rows, va.label, vb.label, title)];
    if (doc.comparison.pairedMetrics !== undefined) {
      const metricTitles = new Map([...titlesFor(sb, 'metrics'), ...titlesFor(sa, 'metrics')]);
      sections.push(metricsSection(doc, (id) => metricTitles.get(id) ?? id));
    }
    sections.push(variantsSection(doc, sa !== undefined && sb !== undefined ? describeChanges(sa, sb) : undefined));
    const m = doc.doc.manifest;
    const p = doc.doc.provenance;
    const facts: [string, string][] = [
      ['Variant A', va.label], ['Variant B', vb.label], ['Paired runs', fmtInt(runs)], ['Seed', String(m.seed)],
      ['Engine', `${m.engine} · ${m.seedScheme} · v${m.engineVersion}`],
      ...(m.situation ? [['Situation', m.situation] as [string, string]] : []),
      ['Judgments', (m.parameterDraws ?? 0) > 0
        ? `over the judgments: ${fmtInt(m.parameterDraws!)} parameter draws × ${fmtInt(m.runsPerDraw ?? 0)} runs${m.drawLuck === 'shared' ? ' (shared luck)' : ''}; intervals with the draw as unit`
        : 'nominal: both variants at their nominal parameter values'],
      ...(typeof p?.finishedAt === 'string' ? [['Simulated', longDate(p.finishedAt)] as [string, string]] : []),
    ];
    const glanceCards = rows.map((r) => `<div class="card"><div class="what" title="${esc(title(r.id))}">${esc(shortTitle(title(r.id)))}</div>`
      + `<div class="big">${pp(r.diff)}</div><div class="ci">${pct(r.pA, runs)} → ${pct(r.pB, runs)} · 95% ${pp(r.lo)} to ${pp(r.hi)}</div>`
      + `<div class="meter"><span style="width:${Math.min(100, Math.abs(r.diff) * 100 * 4).toFixed(1)}%;background:${!r.distinguishable ? MUTED : r.diff > 0 ? DIRECTION.higher : DIRECTION.lower}"></span></div>`
      + `<div class="flags">${r.distinguishable ? badge(r.diff > 0 ? 'B higher' : 'B lower', r.diff > 0 ? 'warn' : 'info') : badge('no clear difference', 'neutral')}</div></div>`);
    return {
      kind: 'Casus · comparison on common random numbers',
      title: `${va.label} vs ${vb.label}`,
      description: 'The same runs — same seed, run indices and random streams — under two variants, so every difference below is the variants\' doing, not luck.',
      facts, warnings: [], glance: `<div class="glance">${glanceCards.join('')}</div>`, sections,
      colophon: `<p><strong>How to read the intervals.</strong> ${(m.parameterDraws ?? 0) > 0 ? 'Over the judgments, probabilities and differences are pooled over the parameter draws, and every interval takes the draw (and the seed block) as its unit; the difference\'s interval is widened to contain Newcombe\'s paired interval. ' : ''}Probabilities carry 95% Wilson intervals (simulation error)${(m.parameterDraws ?? 0) > 0 ? ' — draw-clustered here' : ''}. A difference B − A carries Newcombe's paired 95% interval: because run k of A and run k of B share their luck, it is narrower than two independent batches of the same size would give (the faint whisker); "tightening" is the ratio of the two widths. An interval that excludes zero means the variants differ beyond simulation error.</p>${typeof p?.command === 'string' ? `<p>Made by <code>${esc(p.command)}</code>.</p>` : ''}<p>Generated by <code>casus report</code>; the page is self-contained and loads nothing.</p>`,
    } satisfies ReportPage;
  },
};

/**
 * One meaning per colour on the page: teal and orange are the variants A and B (side by side);
 * amber and blue are the direction of a difference (B higher, B lower), as on the cards' badges.
 */
const DIRECTION = { higher: '#b57a12', lower: '#2f6f9f' } as const;

async function sideBySide(charts: ChartRenderer, rows: readonly OutcomeComparison[], doc: CompareInput, title: (id: string) => string): Promise<Section> {
  const [va, vb] = doc.variants;
  const n = doc.comparison.runs;
  // Over the judgments each side's interval is its batch summary's (draw as unit), not Wilson's.
  const nested = (doc.comparison.pairedDraws?.length ?? 0) > 0;
  const clustered = (agg: Aggregates): Map<string, { p: number; lo: number; hi: number }> => new Map(summarise(agg).outcomes.map((o) => [o.id, { p: o.p, lo: o.lo, hi: o.hi }]));
  const ca = nested ? clustered(doc.comparison.a) : undefined;
  const cb = nested ? clustered(doc.comparison.b) : undefined;
  const values = rows.flatMap((r, i) => {
    const k = doc.comparison.paired[r.id]!;
    const ea = ca?.get(r.id) ?? wil(k.n11 + k.n10, n);
    const eb = cb?.get(r.id) ?? wil(k.n11 + k.n01, n);
    return [
      { label: shortTitle(title(r.id)), order: i, variant: va.label, vo: 0, ...ea, text: pct(ea.p, n) },
      { label: shortTitle(title(r.id)), order: i, variant: vb.label, vo: 1, ...eb, text: pct(eb.p, n) },
    ];
  });
  const colours = [PALETTE[5]!, PALETTE[1]!];
  const y = { field: 'label', type: 'nominal', sort: rows.map((r) => shortTitle(title(r.id))), title: null, axis: { labelColor: INK, labelPadding: 8, labelFontSize: 12 } };
  const yOffset = { field: 'variant', type: 'nominal', sort: [va.label, vb.label] };
  const svg = await charts.render({
    width: 600, height: { step: 44 },
    data: { values },
    encoding: { y, yOffset },
    layer: [
      { mark: { type: 'bar', cornerRadiusEnd: 3 }, encoding: { x: { field: 'p', type: 'quantitative', axis: percentAxis(), title: 'probability; whisker: 95% interval (simulation error)' }, color: { field: 'variant', type: 'nominal', scale: { domain: [va.label, vb.label], range: colours }, title: null, legend: { orient: 'bottom', symbolType: 'square' } } } },
      { mark: { type: 'rule', color: INK, strokeWidth: 1.2 }, encoding: { x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' } } },
      { mark: { type: 'text', align: 'left', dx: 6, fontSize: 11, color: INK }, encoding: { x: { field: 'hi', type: 'quantitative' }, text: { field: 'text' } } },
    ],
  }, 'Outcome probabilities under both variants');
  return {
    id: 'comparison', title: 'Both variants side by side',
    lede: `Probability of each outcome shared by both variants, over the same ${fmtInt(n)} runs.`,
    html: figure(svg, `${esc(va.label)} and ${esc(vb.label)}; whiskers are 95% ${nested ? 'intervals with the parameter draw as unit' : 'Wilson intervals'} for each probability alone (simulation error).`),
  };
}

/** (1.10) The metrics both variants declare: each mean with its interval, and the paired B − A. */
function metricsSection(doc: CompareInput, title: (id: string) => string): Section {
  const [va, vb] = doc.variants;
  const mean = (agg: Aggregates): Map<string, { mean: number; lo: number; hi: number }> => new Map(summarise(agg).metrics.map((x) => [x.id, x]));
  const ma = mean(doc.comparison.a);
  const mb = mean(doc.comparison.b);
  const signed = (v: number): string => (!Number.isFinite(v) ? '—' : v > 0 ? `+${formatValue(v)}` : v < 0 ? `−${formatValue(-v)}` : '0');
  const cell = (e: { mean: number; lo: number; hi: number } | undefined): string => (e === undefined ? '—' : `<strong>${formatValue(e.mean)}</strong> <span class="ci">${formatValueInterval(e.lo, e.hi)}</span>`);
  const rows = summariseMetricComparison(doc.comparison).map((x) => [
    titledId(x.id, title(x.id)), cell(ma.get(x.id)), cell(mb.get(x.id)),
    `<strong>${signed(x.diff)}</strong> <span class="ci">${signed(x.lo)} to ${signed(x.hi)}</span>`,
    x.distinguishable ? badge(x.diff > 0 ? 'B higher' : 'B lower', x.diff > 0 ? 'warn' : 'info') : badge('no clear difference', 'neutral'),
  ]);
  const nested = (doc.comparison.pairedDraws?.length ?? 0) > 0;
  return {
    id: 'metrics', title: 'Metrics',
    lede: `The numbers both scenarios report for each run: the mean per run under each variant (over its runs that did not fail), and B − A, the mean of the run-by-run differences over the pairs where neither run failed, each with its 95% interval (${nested ? 'the parameter draw as unit' : 'Student\'s t'}; simulation error only).`,
    html: table(['Metric', esc(va.label), esc(vb.label), 'B − A (95%)', ''], rows, [false, true, true, true, false]),
  };
}

function wil(hits: number, n: number): { p: number; lo: number; hi: number } {
  const w = stats.wilson(hits, n);
  return { p: Number.isFinite(w.p) ? w.p : 0, lo: w.lo, hi: w.hi };
}

async function differences(charts: ChartRenderer, rows: readonly OutcomeComparison[], a: string, b: string, title: (id: string) => string): Promise<Section> {
  const values = rows.map((r, i) => ({
    label: shortTitle(title(r.id)), order: i, diff: Number.isFinite(r.diff) ? r.diff : 0, lo: r.lo, hi: r.hi, ilo: r.independentLo, ihi: r.independentHi,
    text: pp(r.diff), sign: !r.distinguishable ? 'no clear difference' : r.diff > 0 ? 'B higher' : 'B lower',
  }));
  const y = { field: 'label', type: 'nominal', sort: values.map((v) => v.label), title: null, axis: { labelColor: INK, labelPadding: 8, labelFontSize: 12, grid: true } };
  // The axis spans every whisker and zero; its ticks are chosen here so that none read alike.
  const ends = values.flatMap((v) => [v.lo, v.hi, v.ilo, v.ihi, v.diff]).filter(Number.isFinite);
  const ticks = percentTicks(Math.min(0, ...ends), Math.max(0, ...ends), 6, true);
  const svg = await charts.render({
    width: 600, height: { step: 30 },
    layer: [
      { data: { values }, mark: { type: 'rule', color: '#d8d2c6', strokeWidth: 6, strokeCap: 'round' }, encoding: { y, x: { field: 'ilo', type: 'quantitative', axis: { values: ticks.values, labelExpr: ticks.labelExpr }, title: 'difference B − A' }, x2: { field: 'ihi' } } },
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: INK, strokeDash: [3, 3] }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
      { data: { values }, mark: { type: 'rule', strokeWidth: 2.2 }, encoding: { y, x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' }, color: { field: 'sign', type: 'nominal', scale: { domain: ['B higher', 'B lower', 'no clear difference'], range: [DIRECTION.higher, DIRECTION.lower, MUTED] }, title: null, legend: { orient: 'bottom', symbolType: 'stroke', symbolStrokeWidth: 3 } } } },
      { data: { values }, mark: { type: 'point', filled: true, size: 60 }, encoding: { y, x: { field: 'diff', type: 'quantitative' }, color: { field: 'sign', type: 'nominal' } } },
    ],
  }, 'Paired differences between the variants');
  const n = rows[0]?.n ?? 0;
  const body = rows.map((r) => [
    esc(shortTitle(title(r.id))), pct(r.pA, n), pct(r.pB, n), `<strong>${pp(r.diff)}</strong>`, ppRange(r.lo, r.hi), ppRange(r.independentLo, r.independentHi),
    Number.isFinite(r.tightening) ? `${(r.tightening * 100).toFixed(0)}%` : '—',
    r.distinguishable ? badge('differs', 'warn') : badge('within error', 'neutral'),
  ]);
  return {
    id: 'differences', title: 'Paired differences',
    lede: `The change from ${esc(a)} to ${esc(b)} in each outcome's probability, with Newcombe's paired 95% interval (dark whisker). The faint band is the interval two independent batches of the same size would have given: common random numbers buy the difference.`,
    html: figure(svg, 'Dashed line: no difference. A whisker that crosses it means the variants cannot be told apart at this number of runs.')
      + table(['Outcome', 'P (A)', 'P (B)', 'B − A', 'Paired 95%', 'If independent', 'Width vs independent', 'Verdict'], body, [false, true, true, true, true, true, true, false]),
  };
}

/** An interval of differences with the unit once: "−0.3 to +0.2 pp". */
function ppRange(lo: number, hi: number): string {
  return `${pp(lo).replace(/ pp$/, '')} to ${pp(hi)}`;
}

function variantsSection(doc: CompareInput, changes: readonly DescribedChange[] | undefined): Section {
  const rows = doc.variants.map((v, i) => [
    i === 0 ? 'A' : 'B', esc(v.label), `${esc(v.scenario.title)}<span class="sub mono">${esc(v.file)} · ${esc(v.scenario.sha256.slice(0, 12))}…</span>`,
    Object.keys(v.overrides).length > 0 ? Object.entries(v.overrides).map(([k, x]) => `<span class="mono">${esc(k)}=${esc(String(x))}</span>`).join('<br>') : '—',
  ]);
  const onlyA = Object.keys(doc.comparison.a.outcomes).filter((id) => !(id in doc.comparison.paired));
  const onlyB = Object.keys(doc.comparison.b.outcomes).filter((id) => !(id in doc.comparison.paired));
  return {
    id: 'variants', title: 'The variants',
    lede: 'What was compared. Outcomes present in only one variant cannot be paired and are left out above.',
    html: table(['Variant', 'Label', 'Scenario', 'Overrides'], rows)
      + (onlyA.length + onlyB.length > 0 ? `<p class="lede">Only in A: ${onlyA.map(esc).join(', ') || 'none'}. Only in B: ${onlyB.map(esc).join(', ') || 'none'}.</p>` : '')
      + changesHtml(changes),
  };
}

/**
 * What scenario B changes from scenario A, one row per item (the overrides are in the table
 * above): the section, the change, the item and what in it changed — the same words as `casus
 * compare` prints. Nothing for one scenario compared with itself; a note when a file was not found.
 */
function changesHtml(changes: readonly DescribedChange[] | undefined): string {
  if (changes === undefined) return '<p class="lede">What B changes from A is not shown: a scenario file was not found as it was simulated (its SHA-256 differs, or it has moved).</p>';
  if (changes.length === 0) return '';
  const rows = changes.map((c) => [esc(c.section), esc(c.change), c.id === '' ? '—' : `<span class="mono">${esc(c.id)}</span>`, c.change === 'changed' ? esc(c.text.slice(c.id === '' ? 0 : c.id.length + 2)) : '']);
  return `<h3>What B changes from A</h3><p class="lede">${changes.length} change${changes.length === 1 ? '' : 's'} between the two scenario files, section by section.</p>`
    + table(['Section', 'Change', 'Item', 'What changed'], rows);
}
