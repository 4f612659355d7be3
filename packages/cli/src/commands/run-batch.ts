import { EXIT, paint, type CliIo } from '../io.js';
import { EXIT_RUN_STOPPED } from '../replay-run.js';
import { runBatchJob } from '../batch/batch-job.js';
import { formatSummary, parseSections, summaryJson, type SummaryView } from '../batch/format-summary.js';
import { summaryReport } from '../batch/summary-report.js';
import { planBatch, type BatchCommandOptions, type BatchPlan } from '../batch/options.js';
import { batchReplayLine, shellWord } from '../batch/replay.js';

/**
 * `casus run FILE --runs N …` with N > 1 (or any batch-only option): a Monte Carlo batch. Prints
 * the summary (or JSON with --json) to stdout, timings to stderr. Exit 0; 3 when any run failed;
 * 130 after Ctrl-C (a checkpoint is kept with --out); 2 for bad options. Resolves to the exit code.
 * run.ts loads this file, and the batch machinery with it, only when a batch runs.
 */
export async function runBatchCommand(opts: BatchCommandOptions, io: CliIo): Promise<number> {
  const view: SummaryView = { detail: opts.detail ?? false, sections: parseSections(opts.sections) };
  const plan = planBatch(opts, io);
  const job = await runBatchJob(plan, io);
  const report = summaryReport({ ...plan, scenarioName: plan.source.name }, job);
  io.stdout(plan.json ? `${JSON.stringify(summaryJson(report), null, 2)}\n` : formatSummary(report, paint(io), view));

  if (!plan.quiet && job.simulatedHere > 0) {
    const seconds = job.durationMs / 1000;
    io.stderr(`casus: ${job.simulatedHere.toLocaleString('en-US')} runs in ${seconds.toFixed(1)} s — ${Math.round(job.simulatedHere / Math.max(seconds, 1e-3)).toLocaleString('en-US')} runs/s with ${job.workers} worker${job.workers === 1 ? '' : 's'}\n`);
  }
  if (job.wrote.result && !plan.quiet) io.stderr(`casus: wrote ${job.wrote.result}${job.wrote.records ? ` and ${job.wrote.records}` : ''}\n`);
  else if (job.wrote.records && !plan.quiet) io.stderr(`casus: wrote ${job.wrote.records}\n`);

  if (job.wrote.failures !== undefined) {
    for (const f of job.wrote.failures) io.stderr(`casus: ${f} [E_OUTPUT_WRITE]\n`);
    return EXIT.usage;
  }
  if (job.reason === 'interrupted') {
    if (job.wrote.checkpoint) {
      io.stderr(`casus: interrupted after ${(job.manifest.runs.to - job.manifest.runs.from).toLocaleString('en-US')} of ${(plan.range.to - plan.range.from).toLocaleString('en-US')} runs; checkpoint saved to ${job.wrote.checkpoint}\n`);
      io.stderr(`casus: resume with: ${resumeLine(plan)}\n`);
    } else {
      io.stderr('casus: interrupted; nothing saved (give --out to keep a resumable checkpoint)\n');
    }
    return EXIT.interrupted;
  }
  return job.aggregates.failed > 0 ? EXIT_RUN_STOPPED : EXIT.ok;
}

function resumeLine(plan: BatchPlan): string {
  const extra = ['--out', plan.out!, ...(plan.runsOut !== undefined ? ['--runs-out', plan.runsOut] : []), '--resume'];
  return `${batchReplayLine(plan)} ${extra.map(shellWord).join(' ')}`;
}
