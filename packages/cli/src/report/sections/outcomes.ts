import { selectRare, stats, summariseRare, type RareEstimate } from '@casus/engine';
import { INK, MUTED, OUTCOME_COLOURS } from '../charts.js';
import type { Hinge, ResultContext } from '../context.js';
import { badge, emptyNote, esc, figure, fmtInt, pct, percentAxis, table } from '../html.js';
import type { Section } from '../page.js';
import { formatPercent } from '../../number-format.js';

/** The heat map's one colour (a conditional probability), shaded by opacity. */
const HEAT = '#1f5f8f';

/** The badge of an outcome whose top paths hinge on judgment or placeholder parameters ('' when none). */
export function hingeBadge(h: Hinge | undefined): string {
  if (!h || h.flag === undefined) return '';
  const names = h.parameters.map((p) => `${p.name} (${p.basis})`).join(', ');
  return badge(h.flag === 'placeholder' ? '⚑ hinges on placeholders' : '⚑ hinges on judgment', h.flag,
    `Its most frequent causal paths, carrying ${Math.round(h.share * 100)}% of its runs, depend on ${names}`);
}

/**
 * The rare-event estimates of a `--rare` batch for the outcomes it reports on (named, or below its
 * threshold), and the estimator's name; undefined for any other batch, or one counted `--given` an
 * outcome (the estimates are unconditional).
 */
export function rareFigures(ctx: ResultContext): { estimator: 'branching' | 'levels'; mark: string; byId: Map<string, RareEstimate>; all: RareEstimate[] } | undefined {
  const doc = ctx.doc;
  const rare = doc.manifest.options.rare;
  const all = summariseRare(doc.aggregates);
  if (!rare || !all || doc.manifest.options.given) return undefined;
  const ids = selectRare(doc.aggregates, rare.outcomes, rare.below ?? undefined);
  const estimator = doc.aggregates.branching ? 'branching' : 'levels';
  return { estimator, mark: estimator === 'branching' ? 'ᵇ' : 'ˢ', byId: new Map(all.filter((e) => ids.includes(e.id)).map((e) => [e.id, e])), all };
}

/** An outcome's probability and interval: the rare-event estimate's where there is one, else the summary's. */
function figuresOf(o: { id: string; p: number; lo: number; hi: number }, rare: ReturnType<typeof rareFigures>): { p: number; lo: number; hi: number; mark: string } {
  const e = rare?.byId.get(o.id);
  return e ? { p: e.p, lo: e.lo, hi: e.hi, mark: rare!.mark } : { p: o.p, lo: o.lo, hi: o.hi, mark: '' };
}

/** The outcomes at a glance: one card per outcome, big probability first. */
export function glance(ctx: ResultContext): string {
  const runs = ctx.summary.runs;
  const rare = rareFigures(ctx);
  const cards = ctx.summary.outcomes.map((raw, i) => {
    const f = figuresOf(raw, rare);
    const o = { ...raw, p: f.p, lo: f.lo, hi: f.hi };
    const colour = OUTCOME_COLOURS[i % OUTCOME_COLOURS.length]!;
    const width = Number.isFinite(o.p) ? Math.max(o.p > 0 ? 1.5 : 0, o.p * 100) : 0;
    return `<div class="card"><div class="big">${pct(o.p, runs)}${f.mark ? `<sup title="rare-event estimate">${f.mark}</sup>` : ''}</div>`
      + `<div class="what" title="${esc(ctx.title(o.id))}">${esc(ctx.shortTitle(o.id))}</div>`
      + `<div class="meter"><span style="width:${width.toFixed(2)}%;background:${colour}"></span></div>`
      + `<div class="ci">${runs > 0 ? `simulation error<br>${pct(o.lo, runs).replace('%', '')}–${pct(o.hi, runs)}` : 'no runs counted'}</div>`
      + `<div class="flags">${hingeBadge(ctx.hinges.get(o.id))}</div></div>`;
  });
  return `<div class="glance" id="glance">${cards.join('')}</div>`;
}

export async function outcomesSection(ctx: ResultContext): Promise<Section> {
  const { summary, tickDates } = ctx;
  const runs = summary.runs;
  const draws = ctx.doc.manifest.options.parameterDraws > 0;
  const rare = rareFigures(ctx);
  const rows = summary.outcomes.map((o, i) => {
    const f = figuresOf(o, rare);
    return {
      label: ctx.shortTitle(o.id), id: o.id, order: i, p: Number.isFinite(f.p) ? f.p : 0, lo: f.lo, hi: f.hi,
      text: `${pct(f.p, runs)}${f.mark}`, tip: `${o.id}: ${pct(f.p, runs)} (95% ${pct(f.lo, runs)} – ${pct(f.hi, runs)}), ${f.mark ? 'rare-event estimate; ' : ''}${fmtInt(o.hits)} of ${fmtInt(runs)} runs`,
    };
  });
  const maxHi = Math.max(0.01, ...rows.map((r) => r.hi));
  const domainMax = Math.min(1, maxHi * 1.12 + 0.02);
  const svg = await ctx.charts.render({
    width: 600,
    height: { step: 28 },
    data: { values: rows },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: rows.map((r) => r.label), title: null, axis: { labelFontSize: 12, labelColor: INK, labelPadding: 8 } },
    },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 3, height: { band: 0.62 } },
        encoding: {
          x: { field: 'p', type: 'quantitative', scale: { domain: [0, domainMax] }, axis: percentAxis({ tickCount: 6, grid: true }), title: 'probability; whisker: 95% interval (simulation error)' },
          color: { field: 'label', type: 'nominal', legend: null, scale: { domain: rows.map((r) => r.label), range: rows.map((_r, i) => OUTCOME_COLOURS[i % OUTCOME_COLOURS.length]!) } },
          tooltip: { field: 'tip' },
        },
      },
      { mark: { type: 'rule', color: INK, strokeWidth: 1.4 }, encoding: { x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' } } },
      { mark: { type: 'tick', color: INK, thickness: 1.4, size: 9 }, encoding: { x: { field: 'lo', type: 'quantitative' } } },
      { mark: { type: 'tick', color: INK, thickness: 1.4, size: 9 }, encoding: { x: { field: 'hi', type: 'quantitative' } } },
      { mark: { type: 'text', align: 'left', dx: 7, fontSize: 12, fontWeight: 600, color: INK }, encoding: { x: { field: 'hi', type: 'quantitative' }, text: { field: 'text' } } },
    ],
  }, draws ? 'Outcome probabilities over the judgments with 95% intervals, the parameter draw as unit (simulation error)' : 'Outcome probabilities with 95% Wilson intervals (simulation error)');

  const date = (t: number | null): string => (t === null ? '—' : tickDates[t] ?? `tick ${t}`);
  const head = ['Outcome', 'P', 'Simulation error (95%)', 'Runs', ...(draws ? ['Across draws (10th–90th)'] : []), 'First reached: median (quartiles)', 'Flags'];
  const body = summary.outcomes.map((raw) => {
    const f = figuresOf(raw, rare);
    const o = { ...raw, p: f.p, lo: f.lo, hi: f.hi };
    return [
    `${esc(ctx.title(o.id))}<span class="sub mono">${esc(o.id)}</span>`,
    `<strong>${pct(o.p, runs)}</strong>${f.mark ? `<sup title="rare-event estimate">${f.mark}</sup>` : ''}`,
    runs > 0 ? `${pct(o.lo, runs)} – ${pct(o.hi, runs)}` : '—',
    fmtInt(o.hits),
    ...(draws ? [o.p10 === null ? '—' : `${pct(o.p10, runs)} – ${pct(o.p90!, runs)}`] : []),
    o.median === null ? '—' : `${date(o.median)}<span class="sub">${date(o.q1)} – ${date(o.q3)}</span>`,
    hingeBadge(ctx.hinges.get(o.id)),
    ];
  });
  const numeric = [false, true, true, true, ...(draws ? [true] : []), false, false];
  return {
    id: 'outcomes',
    title: 'Outcome probabilities',
    lede: draws
      ? `How often each outcome happened in ${fmtInt(runs)} runs over ${fmtInt(ctx.doc.manifest.options.parameterDraws)} draws of the uncertain parameters: the <strong>probability over the judgments</strong>. The whisker is a 95% interval that takes the parameter draw (and the seed) as its unit: <strong>simulation error</strong> only — it shrinks with more runs. How far the judgments move each probability is the spread across parameter draws, in its own section.`
      : `How often each outcome happened in ${fmtInt(runs)} runs. The whisker is a 95% Wilson interval: <strong>simulation error</strong> only — it shrinks with more runs and says nothing about whether the scenario's judgments are right.`,
    html: figure(svg, `Bars: share of runs in which the outcome happened at least once in the run (to the end of its last tick, which starts on ${esc(tickDates[tickDates.length - 1] ?? 'the horizon')}). Whiskers: 95% interval for that share from simulation error alone.`)
      + table(head, body, numeric) + (rare ? rareTable(rare, ctx) : ''),
  };
}

/** The estimator of a `--rare` batch: its name, and per rare outcome the estimate, the work and what plain runs would have needed. */
function rareTable(rare: NonNullable<ReturnType<typeof rareFigures>>, ctx: ResultContext): string {
  const agg = ctx.doc.aggregates;
  const how = rare.estimator === 'branching'
    ? `<strong>branching at the decisions that start or join a war</strong> (${fmtInt(agg.branching!.branches)} branches): when a war-making option with a chance p ≤ ${agg.branching!.below} is about to be decided, the run is continued once more with that option forced, with weight p`
    : `<strong>multilevel splitting on the escalation score</strong>, levels ${esc(agg.splitting!.levels.map((l) => `${l.score}:${l.factor}`).join(', ') || 'none')} (${fmtInt(agg.splitting!.copies)} copies)`;
  const head = ['Outcome', 'P', 'Simulation error (95%)', '± relative', 'Roots with hits', 'Work (runs)', 'Plain runs for this precision', 'Speed-up'];
  const body = rare.all.filter((e) => rare.byId.has(e.id)).map((e) => [
    `${esc(ctx.title(e.id))}<span class="sub mono">${esc(e.id)}</span>`,
    `<strong>${(e.p * 100).toFixed(4)}%</strong>`,
    `${(e.lo * 100).toFixed(4)}% – ${(e.hi * 100).toFixed(4)}%`,
    e.p > 0 ? `±${((stats.Z95 * e.se / e.p) * 100).toFixed(1)}%` : '—',
    `${fmtInt(e.hitRoots)} / ${fmtInt(e.roots)}`,
    fmtInt(Math.round(e.work)),
    e.plainRuns === null ? '—' : fmtInt(Math.round(e.plainRuns)),
    e.speedup === null ? '—' : `${e.speedup.toFixed(1)}×`,
  ]);
  return `<p>${rare.mark} Rare-event estimate, by ${how}. An unbiased estimate with exact weights; its 95% interval takes the root run as unit. Work counts every simulated tick of every line in whole runs; “plain runs” would give the same standard error. The run counts in the table above are the roots' own runs.</p>`
    + table(head, body, [false, true, true, true, true, true, true, true]);
}

/** Cumulative probability of each outcome over time, from the per-tick first-hit histograms. */
export async function timelineSection(ctx: ResultContext): Promise<Section> {
  const { summary, tickDates, doc } = ctx;
  const runs = summary.runs;
  const reached = summary.outcomes.filter((o) => o.hits > 0);
  const lede = 'For each date, the share of runs in which the outcome had already happened (the first time it held). The shaded band is the 95% simulation-error interval at that date.';
  if (runs === 0 || reached.length === 0) {
    return { id: 'timeline', title: 'Over time', lede, html: emptyNote('No outcome happened in any run, so there is no curve to draw.') };
  }
  const order = new Map(summary.outcomes.map((o, i) => [o.id, i] as const));
  const values: { date: string; label: string; order: number; p: number; lo: number; hi: number }[] = [];
  for (const o of reached) {
    const ticks = doc.aggregates.outcomes[o.id]!.ticks;
    let cum = 0;
    ticks.forEach((n, t) => {
      cum += n;
      const w = stats.wilson(cum, runs);
      values.push({ date: tickDates[t]!, label: ctx.shortTitle(o.id), order: order.get(o.id)!, p: w.p, lo: w.lo, hi: w.hi });
    });
  }
  const colours = reached.map((o) => OUTCOME_COLOURS[order.get(o.id)! % OUTCOME_COLOURS.length]!);
  const labels = reached.map((o) => ctx.shortTitle(o.id));
  const color = { field: 'label', type: 'nominal', scale: { domain: labels, range: colours }, title: null };
  const x = { field: 'date', type: 'temporal', title: null, axis: { format: '%b %Y', labelAngle: 0, tickCount: 6, grid: false } };
  const layers = (single: boolean) => [
    { mark: { type: 'area', opacity: 0.16, interpolate: 'step-after' }, encoding: { x, y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' }, color: single ? color : { ...color, legend: null } } },
    {
      mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
      encoding: {
        x,
        y: { field: 'p', type: 'quantitative', title: single ? 'share of runs' : null, axis: percentAxis({ tickCount: 4, minExtent: 40 }) },
        color: single ? { ...color, legend: { orient: 'bottom', columns: 3, symbolType: 'stroke', symbolStrokeWidth: 3 } } : { ...color, legend: null },
      },
    },
  ];
  let svg: string;
  if (reached.length <= 6) {
    svg = await ctx.charts.render({ width: 740, height: 280, data: { values }, layer: layers(true) }, 'Cumulative probability of each outcome over time');
  } else {
    svg = await ctx.charts.render({
      data: { values },
      facet: { field: 'label', type: 'nominal', sort: labels, title: null, header: { labelFontSize: 12, labelPadding: 4 } },
      columns: 3,
      spec: { width: 232, height: 100, layer: layers(false) },
      resolve: { scale: { y: 'independent' } },
      config: { facet: { spacing: 22 } },
    }, 'Cumulative probability of each outcome over time');
  }
  const unreached = summary.outcomes.filter((o) => o.hits === 0).map((o) => esc(ctx.shortTitle(o.id)));
  return {
    id: 'timeline', title: 'Over time', lede,
    html: figure(svg, `${reached.length > 6 ? 'Each panel has its own vertical scale, so rare outcomes stay readable; compare levels in the probabilities above. ' : ''}The curve ends at the outcome's probability by the horizon (${esc(tickDates[tickDates.length - 1] ?? '')}).${unreached.length > 0 ? ` Never reached: ${unreached.join(', ')}.` : ''}`),
  };
}

/** Spread of each outcome's probability across parameter draws (nested designs). */
export async function spreadSection(ctx: ResultContext): Promise<Section> {
  const { summary, doc } = ctx;
  const draws = doc.aggregates.draws.filter((d) => d.runs > 0);
  const lede = 'Uncertainty from the judgments, not from simulation: the batch drew K sets of parameter values from their distributions and ran every set on the same random numbers. Each dot is one draw\'s probability; the thick bar spans the 10th to 90th percentile across draws; the diamond is the pooled probability.';
  if (draws.length === 0) {
    return {
      id: 'spread', title: 'Spread across parameter draws', lede,
      html: emptyNote(`This batch used one set of parameter values (their nominal values${Object.keys(ctx.resolved.overrides).length > 0 ? ' and the overrides' : ''}), so it cannot show how much the judgments move the results. Run a nested design — <code>casus run ${esc(ctx.resolved.arg)} --runs 2000 --parameter-draws 20 --out result.json</code> — to see the spread here.`),
    };
  }
  const order = new Map(summary.outcomes.map((o, i) => [o.id, i] as const));
  const dots = draws.flatMap((d) => summary.outcomes.map((o) => ({ label: ctx.shortTitle(o.id), order: order.get(o.id)!, p: (d.hits[o.id] ?? 0) / d.runs, draw: d.index })));
  const bands = summary.outcomes.map((o) => ({ label: ctx.shortTitle(o.id), order: order.get(o.id)!, p: o.p, p10: o.p10 ?? 0, p90: o.p90 ?? 0 }));
  const y = { field: 'label', type: 'nominal', sort: bands.map((b) => b.label), title: null, axis: { labelFontSize: 12, labelColor: INK, labelPadding: 8, grid: true } };
  const svg = await ctx.charts.render({
    width: 600, height: { step: 30 },
    layer: [
      { data: { values: bands }, mark: { type: 'rule', strokeWidth: 9, color: '#c9d8e6', strokeCap: 'round' }, encoding: { y, x: { field: 'p10', type: 'quantitative', axis: percentAxis(), title: 'probability by parameter draw' }, x2: { field: 'p90' } } },
      { data: { values: dots }, mark: { type: 'circle', size: 22, opacity: 0.55, color: MUTED }, encoding: { y, x: { field: 'p', type: 'quantitative' }, yOffset: { field: 'draw', type: 'quantitative', scale: { range: [9, 21] }, } } },
      { data: { values: bands }, mark: { type: 'point', shape: 'diamond', filled: true, size: 90, color: INK }, encoding: { y, x: { field: 'p', type: 'quantitative' } } },
    ],
  }, 'Spread of outcome probabilities across parameter draws');
  const runs = summary.runs;
  const rows = summary.outcomes.map((o) => {
    const ps = draws.map((d) => (d.hits[o.id] ?? 0) / d.runs);
    return [esc(ctx.title(o.id)), `<strong>${pct(o.p, runs)}</strong>`, o.p10 === null ? '—' : `${pct(o.p10, runs)} – ${pct(o.p90!, runs)}`, `${pct(Math.min(...ps), runs)} – ${pct(Math.max(...ps), runs)}`];
  });
  return {
    id: 'spread', title: 'Spread across parameter draws', lede,
    html: figure(svg, `${draws.length} parameter draws × ${fmtInt(doc.manifest.options.runsPerDraw ?? 0)} runs each. A wide bar means the outcome's probability depends on values the scenario can only judge; a narrow one, that the judgments matter little for it.`)
      + table(['Outcome', 'Pooled P', '10th – 90th percentile across draws', 'Lowest – highest draw'], rows, [false, true, true, true]),
  };
}

/** A heat-map cell: the percentage as number-format.ts prints it, without the % sign (the axis says %). */
function cellText(p: number): string {
  return formatPercent(p).replace('%', '');
}

/** P(B | A) for each pair of outcomes, as a heat map. */
export async function conditionalSection(ctx: ResultContext): Promise<Section> {
  const { summary } = ctx;
  const runs = summary.runs;
  const lede = 'If outcome A happened in a run, how often did B happen too (at any time in that run)? Each row is a condition A, each column an outcome B; the number is P(B | A) over the runs where A happened. Rows with few such runs carry wide simulation error — hover a cell for its interval.';
  const reached = summary.outcomes.filter((o) => o.hits > 0);
  if (reached.length < 2) return { id: 'conditional', title: 'If one outcome happens…', lede, html: emptyNote('Fewer than two outcomes happened, so there is nothing to condition on.') };
  const order = new Map(summary.outcomes.map((o, i) => [o.id, i] as const));
  const cells = summary.conditional.filter((c) => c.givenHits > 0).map((c) => ({
    a: ctx.shortTitle(c.given), b: ctx.shortTitle(c.outcome), ao: order.get(c.given)!, bo: order.get(c.outcome)!,
    p: c.p, text: cellText(c.p), tip: `P(${c.outcome} | ${c.given}) = ${pct(c.p, runs)}, 95% ${pct(c.lo, runs)} – ${pct(c.hi, runs)}, ${c.both} of ${c.givenHits} runs`,
  }));
  const labels = summary.outcomes.map((o) => ctx.shortTitle(o.id));
  const size = summary.outcomes.length > 8 ? 38 : 48;
  const svg = await ctx.charts.render({
    data: { values: cells },
    width: { step: size }, height: { step: size * 0.72 },
    encoding: {
      x: { field: 'b', type: 'nominal', sort: labels, title: 'then B (%)', axis: { orient: 'top', labelAngle: -40, labelAlign: 'left', domain: false, ticks: false, labelColor: INK, labelLimit: 200 } },
      y: { field: 'a', type: 'nominal', sort: labels, title: 'if A', axis: { labelColor: INK, labelLimit: 220 } },
    },
    layer: [
      // One blue, as opaque as P is high, over the chart's own background: the same reading in
      // the light and the dark scheme. Above 75% the cell is dark enough for white text.
      { mark: { type: 'rect', stroke: '#fff', strokeWidth: 1.5, cornerRadius: 2, color: HEAT }, encoding: { opacity: { field: 'p', type: 'quantitative', scale: { domain: [0, 1], range: [0.06, 1] }, legend: null }, tooltip: { field: 'tip' } } },
      { mark: { type: 'text', fontSize: 10.5 }, encoding: { text: { field: 'text' }, color: { condition: { test: 'datum.p > 0.75', value: '#fff' }, value: INK } } },
    ],
  }, 'Conditional probabilities P(B | A)');
  return { id: 'conditional', title: 'If one outcome happens…', lede, html: figure(svg, `Numbers are percentages. Empty cells: A never happened. The diagonal is left out. The deeper the blue, the higher P(B | A): clear at 0%, deep blue at 100%.`) };
}
