import { escalationLayout, metricHalfWidth, selectRare, summarise, summariseRare, widestHalfWidth, widestRelativeHalfWidth, type Aggregates } from '@casus/engine';
import type { Manifest } from './manifest.js';
import type { BatchJobResult } from './batch-job.js';
import type { SummaryReport } from './format-summary.js';
import { runReplayHint, runReplayLine, batchReplayLine, type ReplayFacts } from './replay.js';
import type { BatchPlan } from './options.js';

/** What a summary needs of a batch's plan: its replay facts, and (for `casus run`) how judgments, precision and splitting were set. */
export type SummaryPlan = ReplayFacts & { readonly scenarioName: string } & Partial<Pick<BatchPlan, 'judgments' | 'nominalBecause' | 'relativePrecision' | 'rare'>>;

/**
 * The figures and words of a batch's summary, from its aggregates: what `casus run --runs N`
 * prints at the end, and `casus summary` prints for a result file.
 */
export function summaryReport(plan: SummaryPlan, job: Pick<BatchJobResult, 'context' | 'manifest' | 'aggregates' | 'reason'>): SummaryReport {
  const model = job.context.design.model(plan.parameterDraws > 0 ? 0 : -1);
  const summary = summarise(job.aggregates, model.rungs.map((r) => r.id), undefined, escalationLayout(model));
  const tickDates = Array.from(model.clock.days, (day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
  const failures = job.aggregates.errors.slice(0, 10).map((e) => ({ run: e.run, message: e.message, replay: runReplayLine(plan, job.context.design, e.run) }));
  const from = job.manifest.runs.from;
  const last = Math.max(from, job.manifest.runs.to - 1);
  const range = `(K = ${from.toLocaleString('en-US')} … ${last.toLocaleString('en-US')})`;
  // The default design over the judgments is rebuilt from its run count (`--of N`); an explicit
  // --parameter-draws design is not, so its line spells out run `from`'s drawn values.
  const oneRun = plan.judgments === 'judgments' && plan.requestedRuns !== undefined
    ? `${runReplayHint(plan)} --of ${plan.requestedRuns}   ${range}`
    : plan.parameterDraws > 0
      ? `${runReplayLine(plan, job.context.design, from)}   (run ${from}; a nested design's run sets its draw's parameter values)`
      : `${runReplayHint(plan)}   ${range}`;
  return {
    scenarioName: plan.scenarioName,
    manifest: job.manifest,
    summary,
    outcomeTitles: Object.fromEntries(model.outcomes.map((o) => [o.id, o.title])),
    metricTitles: Object.fromEntries(model.metrics.map((x) => [x.id, x.title])),
    tickDates,
    rungs: model.rungs.map((r) => r.id),
    stop: job.reason,
    precision: { reached: job.aggregates.runs > 0 ? widestHalfWidth(job.aggregates) : 0.5, target: plan.precision ?? null },
    parameterDraws: plan.parameterDraws,
    drawsWithRuns: job.aggregates.draws.filter((d) => d.runs > 0).length,
    ...(plan.judgments !== undefined ? { judgments: { mode: plan.judgments, nominalBecause: plan.nominalBecause ?? null } } : {}),
    relativePrecision: relativePrecisionOf(plan.relativePrecision ?? job.manifest.options.relativePrecision ?? undefined, job.aggregates),
    ...(job.manifest.options.metricPrecision !== undefined ? {
      metricPrecision: Object.entries(job.manifest.options.metricPrecision).map(([id, target]) => ({ id, target, reached: job.aggregates.runs > 0 ? metricHalfWidth(job.aggregates, id) : Infinity })),
    } : {}),
    rare: rareSection(job.manifest.options.rare ?? null, job.aggregates),
    failures,
    replay: { batch: batchReplayLine(plan), oneRun },
  };
}

function relativePrecisionOf(rp: { readonly target: number; readonly outcomes: readonly string[]; readonly below?: number | undefined } | undefined, agg: Aggregates): SummaryReport['relativePrecision'] {
  if (rp === undefined) return null;
  const outcomes = selectRare(agg, rp.outcomes, rp.below);
  return { target: rp.target, outcomes, reached: outcomes.length > 0 ? widestRelativeHalfWidth(agg, outcomes) : Infinity };
}

/** The rare-event section, from what the manifest records and the exact counts: the same for `casus run` and `casus summary`. */
function rareSection(rare: Manifest['options']['rare'], agg: Aggregates): SummaryReport['rare'] {
  const estimates = summariseRare(agg);
  if (!rare || !estimates) return null;
  return {
    estimator: agg.branching ? 'branching' : 'levels',
    outcomes: selectRare(agg, rare.outcomes, rare.below ?? undefined),
    below: rare.below ?? null,
    levels: rare.levels.map((l) => ({ ...l })),
    branches: agg.branching ? agg.branching.branches : agg.splitting!.copies,
    estimates,
  };
}
