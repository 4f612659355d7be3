import type { RegisterCommand } from '../context.js';
import { CliError } from '../context.js';
import { didYouMean } from '../did-you-mean.js';
import { EXIT, paint } from '../io.js';
import { addRunIdentityOptions, choices, DEFAULT_SEED, resolveRunRequest, type RunIdentityOptions } from '../run-request.js';

interface ExplainOptions extends RunIdentityOptions {
  outcome?: string;
}

/**
 * `casus explain FILE --seed S --run K [--situation NAME] [--outcome NAME] [--set name=value …]`:
 * replays one run (on the reference engine unless told otherwise) and tells why each outcome
 * happened — the chain of events from the root to the event after which it held — or, for an
 * outcome not reached, what came closest. Ends with the replay line. Exit codes as for `run`.
 */
export const registerExplain: RegisterCommand = (program, { io, setExitCode }) => {
  const command = program
    .command('explain')
    .description('replay one run and tell why each outcome happened, event by event back to its root')
    .argument('<file>', 'scenario file (YAML or JSON) or bundled scenario id');
  addRunIdentityOptions(command, 'reference')
    .option('--outcome <name>', 'explain only this outcome')
    .addHelpText('after', `
Give the same --seed, --run, --situation and --set as the run to explain (its replay line has them).
Seeds: an integer in [0, 2^32) is used as a number, any other text as a string seed. Default seed: ${DEFAULT_SEED}.
The reference engine (the specification) replays the run unless --engine batch is given; both give
the same trace.

Exit codes: 0 ok; 1 invalid scenario; 2 bad command line, unreadable file, unknown situation,
parameter or outcome; 3 the run stopped with an error. See docs/errors.md.
`)
    .action(async (file: string, opts: ExplainOptions) => {
      const [{ formatExplanation }, { replayCommand }, { EXIT_RUN_STOPPED, replayRun }] = await Promise.all([
        import('../explanation.js'), import('../replay-line.js'), import('../replay-run.js'),
      ]);
      const req = resolveRunRequest(file, opts, io);
      if (opts.outcome !== undefined && !Object.hasOwn(req.scenario.outcomes, opts.outcome)) {
        const names = Object.keys(req.scenario.outcomes);
        throw new CliError(`unknown outcome "${opts.outcome}"${didYouMean(opts.outcome, names)}; ${req.scenario.id} has ${choices(names)}`, EXIT.usage, 'E_OUTCOME_UNKNOWN');
      }
      const run = replayRun(req);
      const extra = opts.outcome !== undefined ? ['--outcome', opts.outcome] : [];
      const replay = `replay: ${replayCommand('explain', req, { defaultEngine: 'reference', extra })}`;
      io.stdout(`${[...formatExplanation(run, req, opts.outcome, paint(io)), '', replay].join('\n')}\n`);
      if (run.result.status === 'error') {
        io.stderr(`casus: the run stopped with an error: ${run.result.error}\n`);
        setExitCode(EXIT_RUN_STOPPED);
      }
    });
};
