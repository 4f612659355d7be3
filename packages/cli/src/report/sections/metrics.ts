import { INK, OUTCOME_COLOURS } from '../charts.js';
import type { ResultContext } from '../context.js';
import { emptyNote, figure, fmtInt, pct, percentAxis, table, titledId } from '../html.js';
import type { Section } from '../page.js';
import { formatValue, formatValueInterval } from '../../number-format.js';

/**
 * (1.10) The scenario's metrics: a table of each mean with its interval and the values' spread, and
 * one histogram per metric of the runs that reported a value above 0 — most runs of a rare war
 * report 0 weeks of it, and a bar of 98% at 0 would flatten the shape of the rest, whose share the
 * table gives. Undefined for a scenario without metrics: the section is left out.
 */
export async function metricsSection(ctx: ResultContext): Promise<Section | undefined> {
  const { summary } = ctx;
  const metrics = summary.metrics;
  if (metrics.length === 0) return undefined;
  const title = (id: string): string => ctx.model.metrics.find((x) => x.id === id)?.title ?? id;
  const nested = summary.interval === 'draw-clustered';
  const lede = 'Numbers each run reports, as the scenario declares them: a count of events, or the ticks at whose end a condition held. '
    + (nested ? 'The mean is over the judgments (pooled over the parameter draws) with its 95% interval of simulation error, the draw as unit; the judgments column is the 10th–90th percentile of the per-draw mean.'
      : 'The mean per run with its 95% interval of simulation error (Student\'s t over the runs).')
    + ' Median, 90th percentile and largest are values runs reported.';
  const runs = summary.runs;
  if (runs === 0) return { id: 'metrics', title: 'Metrics', lede, html: emptyNote('No runs counted.') };
  const rows = metrics.map((x) => [
    titledId(x.id, title(x.id)), `<strong>${formatValue(x.mean)}</strong>`, formatValueInterval(x.lo, x.hi),
    fmtInt(x.median), fmtInt(x.p90), fmtInt(x.max), pct(x.positive, runs),
    ...(nested ? [x.p10 === null ? '—' : formatValueInterval(x.p10, x.p90Draws!)] : []),
  ]);
  const head = ['Metric', 'Mean per run', 'Simulation error (95%)', 'Median', '90th pct', 'Largest', 'Runs above 0', ...(nested ? ['Judgments: 10th–90th pct'] : [])];
  const counts = ctx.doc.aggregates.metrics ?? {};
  // One chart per metric (its own range and bins: a count of 0–5 and 104 weeks side by side would
  // share nothing), stacked.
  const charts = metrics.map((x) => ({ title: title(x.id), bins: bins(counts[x.id]?.runs ?? {}, runs) })).filter((c) => c.bins.length > 0);
  if (charts.length === 0) return { id: 'metrics', title: 'Metrics', lede, html: table(head, rows, head.map((_, i) => i > 0)) };
  const svg = await ctx.charts.render({
    vconcat: charts.map((c) => ({
      title: { text: c.title, anchor: 'start', fontSize: 12, color: INK },
      width: 600, height: 70,
      data: { values: c.bins },
      mark: { type: 'bar', color: OUTCOME_COLOURS[0], binSpacing: 1 },
      encoding: {
        x: { field: 'lo', type: 'quantitative', bin: 'binned', title: 'value reported by a run (above 0)', axis: { tickMinStep: 1, format: 'd' } },
        x2: { field: 'hi' },
        y: { field: 'share', type: 'quantitative', axis: percentAxis({ tickCount: 3 }), title: 'share of runs' },
        tooltip: [{ field: 'label', title: 'value' }, { field: 'shareText', title: 'share of runs' }],
      },
    })),
    spacing: 24,
  }, 'Distribution of each metric over the runs that reported more than 0');
  return {
    id: 'metrics', title: 'Metrics', lede,
    html: table(head, rows, head.map((_, i) => i > 0))
      + figure(svg, 'Each bar: the share of all runs that reported that value (or a value in that bin); runs that reported 0 are left out — their share is 100% less the table\'s "runs above 0".'),
  };
}

/**
 * The runs above 0 of a metric's histogram, in bins: one per value up to 40 values, else of a round
 * width (1, 2 or 5 times a power of ten) that makes at most 40. Shares of all runs.
 */
function bins(byValue: Readonly<Record<string, number>>, runs: number): { lo: number; hi: number; share: number; label: string; shareText: string }[] {
  const values = Object.entries(byValue).map(([v, n]) => [Number(v), n] as const).filter(([v, n]) => v > 0 && n > 0);
  if (values.length === 0) return [];
  const max = Math.max(...values.map(([v]) => v));
  let width = 1;
  for (let p = 1; Math.ceil(max / width) > 40; p *= 10) width = [1, 2, 5, 10].map((k) => k * p).find((w) => Math.ceil(max / w) <= 40) ?? 10 * p;
  const sums = new Map<number, number>();
  for (const [v, n] of values) { const b = Math.floor((v - 1) / width); sums.set(b, (sums.get(b) ?? 0) + n); }
  return [...sums].sort((a, b) => a[0] - b[0]).map(([b, n]) => {
    const lo = b * width + 1;
    const hi = lo + width - 1;
    return { lo: lo - 0.5, hi: hi + 0.5, share: n / runs, label: lo === hi ? String(lo) : `${lo}–${hi}`, shareText: pct(n / runs, runs) };
  });
}
