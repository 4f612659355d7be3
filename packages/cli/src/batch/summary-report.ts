import { escalationLayout, summarise, summariseSplitting, widestHalfWidth, widestRelativeHalfWidth } from '@casus/engine';
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
export function summaryReport(plan: SummaryPlan, job: Pick<BatchJobResult, 'context' | 'manifest' | 'aggregates' | 'reason'>, pilotWork = 0): SummaryReport {
  const model = job.context.design.model(plan.parameterDraws > 0 ? 0 : -1);
  const summary = summarise(job.aggregates, model.rungs.map((r) => r.id), undefined, escalationLayout(model));
  const tickDates = Array.from(model.clock.days, (day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
  const failures = job.aggregates.errors.slice(0, 10).map((e) => ({ run: e.run, message: e.message, replay: runReplayLine(plan, job.context.design, e.run) }));
  const from = job.manifest.runs.from;
  const last = Math.max(from, job.manifest.runs.to - 1);
  const oneRun = plan.parameterDraws > 0
    ? `${runReplayLine(plan, job.context.design, from)}   (run ${from}; a nested design's run sets its draw's parameter values)`
    : `${runReplayHint(plan)}   (K = ${from.toLocaleString('en-US')} … ${last.toLocaleString('en-US')})`;
  return {
    scenarioName: plan.scenarioName,
    manifest: job.manifest,
    summary,
    outcomeTitles: Object.fromEntries(model.outcomes.map((o) => [o.id, o.title])),
    tickDates,
    rungs: model.rungs.map((r) => r.id),
    stop: job.reason,
    precision: { reached: job.aggregates.runs > 0 ? widestHalfWidth(job.aggregates) : 0.5, target: plan.precision ?? null },
    parameterDraws: plan.parameterDraws,
    ...(plan.judgments !== undefined ? { judgments: { mode: plan.judgments, nominalBecause: plan.nominalBecause ?? null } } : {}),
    relativePrecision: plan.relativePrecision === undefined ? null : {
      target: plan.relativePrecision.target, outcomes: [...plan.relativePrecision.outcomes],
      reached: widestRelativeHalfWidth(job.aggregates, plan.relativePrecision.outcomes),
    },
    rare: plan.rare === undefined || job.aggregates.splitting === undefined ? null : {
      outcomes: [...plan.rare.outcomes],
      levels: plan.rare.plan.levels.map((l) => ({ ...l })),
      pilotWork,
      estimates: summariseSplitting(job.aggregates.splitting).map((e) => {
        const work = e.work + pilotWork;
        return { ...e, work, speedup: e.plainRuns !== null && work > 0 ? e.plainRuns / work : null };
      }),
    },
    failures,
    replay: { batch: batchReplayLine(plan), oneRun },
  };
}
