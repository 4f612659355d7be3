import { EXIT, paint, type CliIo, type Paint } from '../io.js';
import { EXIT_RUN_STOPPED } from '../replay-run.js';
import { formatPointChange } from '../number-format.js';
import { machine } from '../batch/manifest.js';
import { shellWord } from '../batch/replay.js';
import { percent, shortNumber, textTable } from './format.js';
import { analyseSensitivity, sensitivityTable, type SensitivityResult } from './sensitivity.js';
import { leftOutNote, planSensitivity, type SensitivityCommandOptions, type SensitivityPlan } from './sensitivity-plan.js';
import { prepareSweepDir, SWEEP_FILES, writeSweepDir } from './sweep-dir.js';
import { runSweepJob } from './sweep-job.js';
import { toParquet } from './parquet.js';
import { METRIC_FILES, metricFiles, metricTable, sweepTable, toCsv, toNdjson } from './tables.js';
import { reportJobFooter } from './footer.js';

/** The ranking files a sensitivity directory adds to the sweep files. */
export const SENSITIVITY_FILES = { csv: 'sensitivity.csv', ndjson: 'sensitivity.ndjson', parquet: 'sensitivity.parquet' } as const;

/**
 * The body of `casus sensitivity` (commands/sensitivity.ts declares its options and loads this
 * file when it runs). Resolves to the exit code.
 */
export async function sensitivityCommand(file: string, opts: SensitivityCommandOptions, io: CliIo): Promise<number> {
  const started = new Date();
  const plan = planSensitivity(file, opts, io);
  const leftOut = leftOutNote(plan.skipped, plan.scenarioArg);
  if (!plan.quiet && leftOut !== undefined) io.stderr(`casus: note: ${leftOut}\n`);
  if (plan.out !== undefined) prepareSweepDir(plan.out.dir, plan.out.shown, plan.resume, plan.restart);
  const m = plan.manifest;
  const job = await runSweepJob({
    scenario: plan.request.scenario, seed: plan.request.seed, runs: plan.runs, engine: plan.engine, situation: plan.request.situation,
    fixed: plan.request.parameters, points: plan.points, pointRange: m.pointRange, manifest: m,
    out: plan.out, resume: plan.resume, workers: plan.workers, rampWorkers: plan.rampWorkers, quiet: plan.quiet,
  }, io);
  if (job.reason === 'interrupted') {
    io.stderr(`casus: interrupted after ${job.points.length} of ${plan.points.length} design points${job.checkpoint ? `; checkpoint saved to ${job.checkpoint}` : ''}\n`);
    if (plan.out !== undefined) io.stderr(`casus: resume with: ${m.replay} ${['--out', plan.out.shown, '--resume'].map(shellWord).join(' ')}\n`);
    return EXIT.interrupted;
  }
  const aggregates = new Map(job.points.map((p) => [p.index, p.aggregates]));
  const results = analyseSensitivity(m, aggregates);
  io.stdout(`${formatSensitivity(plan, results, paint(io)).join('\n')}\n`);

  const errors = reportJobFooter(job, plan.quiet, io);
  if (plan.out !== undefined) {
    const points = sweepTable(m, plan.points, job.points.map((p) => p.aggregates));
    const metrics = metricTable(m, plan.points, job.points.map((p) => p.aggregates));
    const ranking = sensitivityTable(results);
    const finished = new Date();
    writeSweepDir(plan.out.dir, {
      manifest: m,
      aggregates: job.points,
      files: [
        [SENSITIVITY_FILES.csv, toCsv(ranking)], [SENSITIVITY_FILES.ndjson, toNdjson(ranking)], [SENSITIVITY_FILES.parquet, toParquet(ranking)],
        [SWEEP_FILES.csv, toCsv(points)], [SWEEP_FILES.ndjson, toNdjson(points)], [SWEEP_FILES.parquet, toParquet(points)],
        ...metricFiles(metrics, toParquet),
      ],
      provenance: {
        command: `${m.replay} ${[...(plan.rampWorkers ? [] : ['--workers', String(plan.workers)]), '--out', plan.out.shown, ...(plan.resume ? ['--resume'] : [])].map(shellWord).join(' ')}`,
        startedAt: started.toISOString(), finishedAt: finished.toISOString(), durationMs: finished.getTime() - started.getTime(),
        machine: machine(), workers: job.workers, ...(plan.resume ? { resumedAtChunk: job.resumedAtChunk } : {}),
      },
    });
    if (!plan.quiet) io.stderr(`casus: wrote ${plan.out.shown} (${SENSITIVITY_FILES.csv}, ${SENSITIVITY_FILES.ndjson}, ${SENSITIVITY_FILES.parquet}, ${SWEEP_FILES.csv}, ${SWEEP_FILES.ndjson}, ${SWEEP_FILES.parquet}, ${metrics ? `${Object.values(METRIC_FILES).join(', ')}, ` : ''}${SWEEP_FILES.aggregates}, ${SWEEP_FILES.manifest}, ${SWEEP_FILES.provenance})\n`);
  }
  return errors > 0 ? EXIT_RUN_STOPPED : EXIT.ok;
}

/** The printed ranking: per outcome, its parameters by |swing|, with the SRC and the fit's R². Deterministic. */
export function formatSensitivity(plan: SensitivityPlan, results: readonly SensitivityResult[], colors: Paint): string[] {
  const m = plan.manifest;
  const runs = plan.runs;
  const k = plan.parameters.length;
  const out = [
    `${m.scenario.title} (${plan.request.source.name})`,
    [`${k} parameter${k === 1 ? '' : 's'}`, `${m.points.length} design points × ${runs.toLocaleString('en-US')} runs`, `seed ${m.seed}`, `engine ${m.engine}`, m.seedScheme, 'common random numbers',
      ...(m.situation ? [`situation ${m.situation}`] : [])].join(' · '),
    ...(Object.keys(m.fixed).length > 0 ? [`fixed: ${Object.entries(m.fixed).map(([n, v]) => `${n} = ${shortNumber(v)}`).join(', ')}`] : []),
    '',
    colors.dim('One at a time: P(low) and P(high) with the parameter at its low and high end, the others at their nominal values; swing = P(high) − P(low).'),
    colors.dim(`Global: standardised regression coefficient (SRC) of P on the parameters over ${plan.lhsPoints} Latin-hypercube points within the same ends; R² = share of the variation the linear fit explains.`),
    colors.dim('Ends: the 10th and 90th percentiles of each distribution unless given with --range. Probabilities carry simulation error (about ±1/√runs).'),
  ];
  const pp = (x: number | null): string => (x === null ? '—' : formatPointChange(x));
  const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;
  for (const { id, title } of m.outcomes) {
    if (plan.outcomes.length > 0 && !plan.outcomes.includes(id)) continue;
    const rows = results.filter((r) => r.outcome === id);
    const first = rows[0]!;
    out.push('', colors.dim(`${id}${title !== id ? ` — ${title}` : ''}`));
    const never = rows.every((r) => r.pLow === 0 && r.pHigh === 0) && first.base === 0;
    out.push(`  base P ${percent(first.base, runs)} · R² ${first.r2 === null ? '— (P did not vary)' : first.r2.toFixed(2)}`);
    if (never) { out.push('  never happened at the base or the ends in these runs: no ranking'); continue; }
    const lines: string[][] = [['rank', 'parameter', 'low → high', 'P(low)', 'P(high)', 'swing', 'SRC']];
    for (const r of plan.top > 0 ? rows.slice(0, plan.top) : rows) {
      lines.push([String(r.rank), r.parameter, `${shortNumber(r.lowValue)} → ${shortNumber(r.highValue)}`, percent(r.pLow, runs), percent(r.pHigh, runs), pp(r.swing), signed(r.src)]);
    }
    out.push(...textTable(lines, [true, false, false, true, true, true, true]));
    if (plan.top > 0 && rows.length > plan.top) out.push(colors.dim(`  … ${rows.length - plan.top} more (--top 0 prints all; sensitivity.csv holds all)`));
  }
  out.push('', `Replay this analysis: ${m.replay}`);
  return out;
}
