import type { RegisterCommand } from '../context.js';
import { CliError } from '../context.js';
import { EXIT, paint } from '../io.js';
import { replayCommand } from '../replay-line.js';
import { EXIT_RUN_STOPPED, replayRun } from '../replay-run.js';
import { addRunIdentityOptions, DEFAULT_SEED, resolveRunRequest, type RunIdentityOptions } from '../run-request.js';
import { formatStory } from '../story.js';
import { addBatchOptions, runBatchCommand, type BatchCommandOptions } from './run-batch.js';

/** The parsed options of `casus run`, with the scenario argument; batch mode gets the same. */
export type RunCommandOptions = BatchCommandOptions & RunIdentityOptions & {
  /** The scenario argument as typed: a path or a bundled id. */
  readonly file: string;
  readonly runs: number;
  readonly json?: boolean | undefined;
};

/** Options that only mean something for a batch: giving one runs a batch even with --runs 1. */
const BATCH_ONLY = ['given', 'workers', 'parameterDraws', 'nominal', 'precision', 'relPrecision', 'outcome', 'rare', 'rareLevels', 'maxRuns', 'out', 'runsOut', 'shard', 'shardCount', 'resume', 'failFast', 'quiet', 'detail', 'sections'] as const;

function parseRuns(text: string): number {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new CliError(`--runs expects a positive integer, got "${text}"`, EXIT.usage, 'E_OPTION_VALUE');
  return n;
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
    .option('--runs <n>', 'number of runs; above 1 runs a batch and prints a summary', parseRuns, 1)
    .option('--json', 'one run: print the RunResult with its full trace as JSON, and nothing else, on stdout; a batch: its summary as JSON');
  addBatchOptions(command)
    .addHelpText('after', `
Seeds: --seed 42 (an integer in [0, 2^32)) is used as a number; any other text (--seed exercise-3)
is used as a string seed. Both are accepted by the engine and replay exactly. Default seed: ${DEFAULT_SEED}.

Exit codes: 0 ok; 1 invalid scenario; 2 bad command line, unreadable file, unknown situation or
parameter; 3 the run stopped with an error (a runaway cascade). See docs/cli.md and docs/errors.md.
`);
  command.action(async (file: string, raw: Omit<RunCommandOptions, 'file'>) => {
    const opts: RunCommandOptions = { ...raw, file };
    if (opts.runs > 1 || BATCH_ONLY.some((k) => opts[k] !== undefined)) {
      if (command.getOptionValueSource('run') === 'cli') {
        throw new CliError('--run picks one run and cannot be combined with a batch (--runs N > 1 or a batch-only option); a batch\'s summary gives the replay line of any of its runs', EXIT.usage, 'E_OPTION_CONFLICT');
      }
      setExitCode(await runBatchCommand(opts, io));
      return;
    }
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
