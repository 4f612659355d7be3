import { Option, type Command } from 'commander';
import type { RegisterCommand } from '../context.js';
import { CliError } from '../context.js';
import { EXIT, paint } from '../io.js';
import { SUMMARY_SECTIONS } from '../batch/format-summary.js';
import type { BatchCommandOptions } from '../batch/options.js';
import { addRunIdentityOptions, DEFAULT_SEED, positiveCount, resolveRunRequest, type RunIdentityOptions } from '../run-request.js';

/** The parsed options of `casus run`, with the scenario argument; batch mode gets the same. */
export type RunCommandOptions = BatchCommandOptions & RunIdentityOptions & {
  /** The scenario argument as typed: a path or a bundled id. */
  readonly file: string;
  readonly runs: number;
  readonly json?: boolean | undefined;
};

/** Options that only mean something for a batch: giving one runs a batch even with --runs 1. */
const BATCH_ONLY = ['given', 'workers', 'parameterDraws', 'nominal', 'precision', 'relPrecision', 'outcome', 'metricPrecision', 'rare', 'rareLevels', 'maxRuns', 'out', 'runsOut', 'shard', 'shardCount', 'resume', 'extend', 'failFast', 'maxFailed', 'quiet', 'detail', 'sections'] as const;


/**
 * Declares the batch-only options of `casus run` (the shared ones — --runs, --seed, --set,
 * --situation, --engine, --json — are declared with the command). Commander turns them into the
 * camel-cased members of {@link BatchCommandOptions}.
 */
function addBatchOptions(command: Command): Command {
  return command
    .option('--given <outcome>', 'batch: count only the runs where this outcome happened (all runs are still simulated)')
    .option('--workers <k>', 'worker threads that simulate the batch (1 is one worker thread; default: this thread, and worker threads beside it up to the number of cores while the work left is long enough to gain from them)')
    .option('--parameter-draws <k>', 'nested design: K parameter draws, each with --runs runs on common random numbers')
    .option('--precision <p>', 'run chunk by chunk until every outcome\'s 95% half-width is at most P (e.g. 0.01)')
    .option('--max-runs <m>', 'with --precision, --rel-precision or --metric-precision: the most runs to spend (default: --runs)')
    .option('--rel-precision <r>', 'run chunk by chunk until the 95% half-width of each --outcome (or --rare) outcome is at most R times its probability (e.g. 0.1 for ±10%)')
    .option('--outcome <id...>', 'the outcomes --rel-precision applies to')
    .option('--metric-precision <id=h...>', 'run chunk by chunk until each named metric\'s mean is known to ±H (95% half-width, in the metric\'s units; e.g. launch_days=0.2)')
    .option('--nominal', 'fix every parameter at its nominal value (the default draws the uncertain parameters: the probability over the judgments)')
    .option('--rare <id...>', 'estimate these rare outcomes by branching at the decisions that start or join a war (nominal parameters)')
    .option('--rare-below <p>', 'also estimate so every outcome whose estimate is above 0 and below P (e.g. 0.005)')
    .option('--rare-levels <spec>', 'estimate them by multilevel splitting on the escalation score instead, with these levels score:factor,… (e.g. 1:6,2:15)')
    .option('--out <file>', 'write the result (manifest, exact aggregates, provenance) to FILE, atomically; {shard} becomes the shard index')
    .option('--runs-out <file>', 'write one record per run to FILE (.ndjson/.jsonl, .csv or .parquet), in run order')
    .option('--shard <i/n>', 'run shard i of n (0-based): runs [floor(i·N/n), floor((i+1)·N/n))')
    .option('--shard-count <n>', 'run one of n shards, its index taken from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX')
    .option('--resume', 'continue an interrupted batch from OUT.partial (same options and --out)')
    .option('--restart', 'discard the checkpoint OUT.partial of an interrupted batch and start afresh (without it, casus refuses to overwrite one)')
    .option('--extend <file>', 'a finished result of this batch\'s first runs (fewer than --runs): simulate only the runs it lacks (fixed parameters, or more --parameter-draws)')
    .option('--fail-fast', 'stop at the first run that fails (default: record it and go on)')
    .option('--max-failed <n>', 'stop once more than N runs have failed (default: record every failure and go on)')
    .addOption(new Option('--quiet', 'no progress bar or timing line'))
    .option('--detail', 'batch: print every section of the summary (the default fits a screen)')
    .option('--sections <list>', `batch: add these sections to the summary, comma-separated: ${SUMMARY_SECTIONS.join(', ')}`);
}

/**
 * `casus run FILE [--seed S] [--run K] [--situation NAME] [--engine batch|reference] [--json]
 * [--set name=value …]`: one seeded run told as a story, tick by tick, ending with a summary and a
 * replay line; or its RunResult as JSON. `--runs N` with N > 1 hands over to batch mode.
 * Exit 0, or 3 when the run stopped with an error (a runaway cascade).
 */
export const registerRun: RegisterCommand = (program, { io, setExitCode }) => {
  const command = program
    .command('run')
    .description('run a scenario: one seeded run told as a story (or, with --runs N, a batch)')
    .argument('<file>', 'scenario file (YAML or JSON) or bundled scenario id');
  addRunIdentityOptions(command, 'batch')
    .option('--runs <n>', 'number of runs; above 1 runs a batch and prints a summary', positiveCount('--runs'), 1)
    .option('--json', 'one run: print the RunResult with its full trace as JSON, and nothing else, on stdout; a batch: its summary as JSON');
  addBatchOptions(command)
    .addHelpText('after', `
Seeds: --seed 42 (an integer in [0, 2^32)) is used as a number; any other text (--seed exercise-3)
is used as a string seed. Both are accepted by the engine and replay exactly. Default seed: ${DEFAULT_SEED}.

Exit codes: 0 ok; 1 invalid scenario; 2 bad command line, unreadable file, unknown situation or
parameter; 3 the run stopped with an error (a runaway cascade), or some runs of a batch failed;
130 a batch interrupted by Ctrl-C (with --out, its checkpoint is kept for --resume). See docs/cli.md
and docs/errors.md.
`);
  command.action(async (file: string, raw: Omit<RunCommandOptions, 'file'>) => {
    const opts: RunCommandOptions = { ...raw, file };
    if (opts.runs > 1 || BATCH_ONLY.some((k) => opts[k] !== undefined)) {
      if (command.getOptionValueSource('run') === 'cli') {
        throw new CliError('--run picks one run and cannot be combined with a batch (--runs N > 1 or a batch-only option); a batch\'s summary gives the replay line of any of its runs', EXIT.usage, 'E_OPTION_CONFLICT');
      }
      // The batch machinery (worker pool, checkpoints, output files) is loaded only for a batch.
      const { runBatchCommand } = await import('./run-batch.js');
      setExitCode(await runBatchCommand(opts, io));
      return;
    }
    const [{ replayRun, EXIT_RUN_STOPPED }, { replayCommand }, { formatStory }] = await Promise.all([
      import('../replay-run.js'), import('../replay-line.js'), import('../story.js'),
    ]);
    const req = resolveRunRequest(file, opts, io);
    const run = replayRun(req);
    const replay = `replay: ${replayCommand('run', req, { defaultEngine: 'batch' })}`;
    if (opts.json) {
      io.stdout(`${JSON.stringify(run.result, null, 2)}\n`);
    } else {
      const colors = paint(io);
      io.stdout(`${[...formatStory(run, req, colors), replay].join('\n')}\n`);
    }
    if (run.result.status === 'error') {
      io.stderr(`casus: the run stopped with an error: ${run.result.error}\n${opts.json ? `${replay}\n` : ''}`);
      setExitCode(EXIT_RUN_STOPPED);
    }
  });
};
