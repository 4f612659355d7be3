import { Option, type Command } from 'commander';
import { EXIT, paint, type CliIo } from '../io.js';
import { EXIT_RUN_STOPPED } from '../replay-run.js';
import { runBatchJob } from '../batch/batch-job.js';
import { formatSummary, parseSections, summaryJson, SUMMARY_SECTIONS, type SummaryView } from '../batch/format-summary.js';
import { summaryReport } from '../batch/summary-report.js';
import { planBatch, type BatchCommandOptions, type BatchPlan } from '../batch/options.js';
import { batchReplayLine, shellWord } from '../batch/replay.js';

export type { BatchCommandOptions } from '../batch/options.js';

/**
 * Declares the batch-only options of `casus run` (run.ts declares the shared ones: --runs, --seed,
 * --set, --situation, --engine, --json). Commander turns them into the camel-cased members of
 * {@link BatchCommandOptions}.
 */
export function addBatchOptions(command: Command): Command {
  return command
    .option('--given <outcome>', 'batch: count only the runs where this outcome happened (all runs are still simulated)')
    .option('--workers <k>', 'worker threads for a batch (default: the number of cores; 1 runs in this thread)')
    .option('--parameter-draws <k>', 'nested design: K parameter draws, each with --runs runs on common random numbers')
    .option('--precision <p>', 'run chunk by chunk until every outcome\'s 95% half-width is at most P (e.g. 0.01)')
    .option('--max-runs <m>', 'with --precision or --rel-precision: the most runs to spend (default: --runs)')
    .option('--rel-precision <r>', 'run chunk by chunk until the 95% half-width of each --outcome (or --rare) outcome is at most R times its probability (e.g. 0.1 for ±10%)')
    .option('--outcome <id...>', 'the outcomes --rel-precision applies to')
    .option('--nominal', 'fix every parameter at its nominal value (the default draws the uncertain parameters: the probability over the judgments)')
    .option('--rare <id...>', 'estimate these rare outcomes by branching at the decisions that start or join a war (nominal parameters)')
    .option('--rare-below <p>', 'also estimate so every outcome whose estimate is above 0 and below P (e.g. 0.005)')
    .option('--rare-levels <spec>', 'estimate them by multilevel splitting on the escalation score instead, with these levels score:factor,… (e.g. 1:6,2:15)')
    .option('--out <file>', 'write the result (manifest, exact aggregates, provenance) to FILE, atomically; {shard} becomes the shard index')
    .option('--runs-out <file>', 'write one record per run to FILE (.ndjson/.jsonl, .csv or .parquet), in run order')
    .option('--shard <i/n>', 'run shard i of n (0-based): runs [floor(i·N/n), floor((i+1)·N/n))')
    .option('--shard-count <n>', 'run one of n shards, its index taken from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX')
    .option('--resume', 'continue an interrupted batch from OUT.partial (same options and --out)')
    .option('--fail-fast', 'stop at the first run that fails (default: record it and go on)')
    .addOption(new Option('--quiet', 'no progress bar or timing line'))
    .option('--detail', 'batch: print every section of the summary (the default fits a screen)')
    .option('--sections <list>', `batch: add these sections to the summary, comma-separated: ${SUMMARY_SECTIONS.join(', ')}`);
}

/**
 * `casus run FILE --runs N …` with N > 1 (or any batch-only option): a Monte Carlo batch. Prints
 * the summary (or JSON with --json) to stdout, timings to stderr. Exit 0; 3 when any run failed;
 * 130 after Ctrl-C (a checkpoint is kept with --out); 2 for bad options. Resolves to the exit code.
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
      io.stderr(`casus: interrupted after ${job.manifest.runs.to - job.manifest.runs.from} of ${plan.range.to - plan.range.from} runs; checkpoint saved to ${job.wrote.checkpoint}\n`);
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
