import { EXIT, paint, type CliIo } from '../io.js';
import { uncertainParameters } from '../batch/judgments.js';
import { EXIT_RUN_STOPPED } from '../replay-run.js';
import { machine } from '../batch/manifest.js';
import { shellWord } from '../batch/replay.js';
import { formatMetricTable, formatSweepTable, shortNumber, unmovedNote } from './format.js';
import { prepareSweepDir, SWEEP_FILES, writeSweepDir } from './sweep-dir.js';
import { runSweepJob } from './sweep-job.js';
import type { PointEntry } from './manifest.js';
import { planSweep, type SweepCommandOptions, type SweepPlan } from './sweep-plan.js';
import { toParquet } from './parquet.js';
import { METRIC_FILES, metricFiles, metricTable, sweepTable, toCsv, toNdjson } from './tables.js';
import { reportJobFooter } from './footer.js';

/** `casus run` with a point's values: exactly the point's aggregates (common random numbers). */
function pointReplay(plan: SweepPlan, point: PointEntry): string {
  const r = plan.request;
  const values = { ...r.parameters, ...point.values };
  return [
    'casus', 'run', plan.scenarioArg, '--runs', String(plan.runs), '--seed', String(r.seed),
    ...Object.entries(values).flatMap(([k, v]) => ['--set', `${k}=${v}`]),
    // A point holds the parameters it does not vary at their nominal values; `casus run` would
    // draw the uncertain ones.
    ...(uncertainParameters(r.scenario, values).length > 0 ? ['--nominal'] : []),
    ...(r.situation !== undefined ? ['--situation', r.situation] : []),
    ...(plan.engine !== 'batch' ? ['--engine', plan.engine] : []),
  ].map(shellWord).join(' ');
}

/**
 * The body of `casus sweep` (commands/sweep.ts declares its options and loads this file when it
 * runs). Resolves to the exit code.
 */
export async function sweepCommand(file: string, opts: SweepCommandOptions, io: CliIo): Promise<number> {
  const started = new Date();
  const plan = planSweep(file, opts, io);
  if (plan.out !== undefined) prepareSweepDir(plan.out.dir, plan.out.shown, plan.resume, plan.restart);
  const job = await runSweepJob({
    scenario: plan.request.scenario, seed: plan.request.seed, runs: plan.runs, engine: plan.engine, situation: plan.request.situation,
    fixed: plan.request.parameters, points: plan.points, pointRange: plan.pointRange, manifest: plan.manifest,
    out: plan.out, resume: plan.resume, workers: plan.workers, rampWorkers: plan.rampWorkers, quiet: plan.quiet,
  }, io);
  const m = plan.manifest;
  const colors = paint(io);
  const count = plan.pointRange.to - plan.pointRange.from;

  if (job.reason === 'interrupted') {
    io.stderr(`casus: interrupted after ${job.points.length} of ${count} design points${job.checkpoint ? `; checkpoint saved to ${job.checkpoint}` : ''}\n`);
    if (plan.out !== undefined) io.stderr(`casus: resume with: ${m.replay} ${['--out', plan.out.shown, '--resume'].map(shellWord).join(' ')}\n`);
    else io.stderr('casus: nothing saved (give --out DIR to keep a resumable checkpoint)\n');
    return EXIT.interrupted;
  }

  const pointsHere = plan.points.filter((p) => p.index >= plan.pointRange.from && p.index < plan.pointRange.to);
  const table = sweepTable(m, pointsHere, job.points.map((p) => p.aggregates));
  const metrics = metricTable(m, pointsHere, job.points.map((p) => p.aggregates));
  const header = [
    `${m.scenario.title} (${plan.request.source.name})`,
    [`${m.design.type === 'grid' ? 'grid' : 'Latin hypercube'} of ${m.points.length} point${m.points.length === 1 ? '' : 's'} × ${plan.runs.toLocaleString('en-US')} runs`,
      `seed ${m.seed}`, `engine ${m.engine}`, m.seedScheme, 'common random numbers',
      ...(m.situation ? [`situation ${m.situation}`] : []),
      ...(count !== m.points.length ? [`points ${plan.pointRange.from}–${plan.pointRange.to - 1} (shard ${plan.shard!.index}/${plan.shard!.count})`] : [])].join(' · '),
    ...(Object.keys(m.fixed).length > 0 ? [`fixed: ${Object.entries(m.fixed).map(([k, v]) => `${k} = ${shortNumber(v)}`).join(', ')}`] : []),
  ];
  const lines = [
    ...header,
    '',
    colors.dim('Probability at each design point, with its 95% Wilson interval: simulation error only, not uncertainty in the judgments'),
    ...formatSweepTable(table, { parameters: m.parameters, outcomes: m.outcomes, only: plan.outcomes, colors }),
    ...unmovedNote(table, m.parameters),
    ...(metrics === undefined ? [] : [
      '', colors.dim('Metrics: mean per run at each design point, with its 95% interval (simulation error only)'),
      ...formatMetricTable(metrics, { parameters: m.parameters, titles: plan.request.scenario.metrics ?? {}, colors }),
    ]),
    '',
    `Replay this sweep: ${m.replay}`,
    `Replay one point:  ${pointReplay(plan, pointsHere[0] ?? plan.points[0]!)}   (point ${(pointsHere[0] ?? plan.points[0]!).index}; the same runs as in the sweep)`,
  ];
  io.stdout(`${lines.join('\n')}\n`);

  const errors = reportJobFooter(job, plan.quiet, io);
  if (plan.out !== undefined) {
    const finished = new Date();
    writeSweepDir(plan.out.dir, {
      manifest: m,
      aggregates: job.points,
      files: [[SWEEP_FILES.csv, toCsv(table)], [SWEEP_FILES.ndjson, toNdjson(table)], [SWEEP_FILES.parquet, toParquet(table)], ...metricFiles(metrics, toParquet)],
      provenance: {
        command: `${m.replay} ${[...(plan.rampWorkers ? [] : ['--workers', String(plan.workers)]), '--out', plan.out.shown, ...(plan.resume ? ['--resume'] : [])].map(shellWord).join(' ')}`,
        startedAt: started.toISOString(), finishedAt: finished.toISOString(), durationMs: finished.getTime() - started.getTime(),
        machine: machine(), workers: job.workers,
        ...(plan.shard !== undefined ? { shard: { index: plan.shard.index, count: plan.shard.count, source: plan.shard.source } } : {}),
        ...(plan.resume ? { resumedAtChunk: job.resumedAtChunk } : {}),
      },
    });
    if (!plan.quiet) io.stderr(`casus: wrote ${plan.out.shown} (${SWEEP_FILES.csv}, ${SWEEP_FILES.ndjson}, ${SWEEP_FILES.parquet}, ${metrics ? `${Object.values(METRIC_FILES).join(', ')}, ` : ''}${SWEEP_FILES.aggregates}, ${SWEEP_FILES.manifest}, ${SWEEP_FILES.provenance})\n`);
  }
  return errors > 0 ? EXIT_RUN_STOPPED : EXIT.ok;
}
