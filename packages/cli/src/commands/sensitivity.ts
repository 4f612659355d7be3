import type { RegisterCommand } from '../context.js';
import { addSharedSweepOptions, collect } from '../sweep/command-options.js';
import type { SensitivityCommandOptions } from '../sweep/sensitivity-plan.js';

/**
 * `casus sensitivity FILE [--parameters a,b,c] [--range name=lo:hi …] [--points N] --runs N …`:
 * ranks parameters by their effect on each outcome — one-at-a-time (a tornado: each parameter at
 * its low and high end, the others nominal) and globally (standardised regression coefficients
 * over a Latin hypercube, with R²) — every point on common random numbers. Prints the ranking per
 * outcome; with --out DIR writes it (sensitivity.csv/.ndjson) beside the sweep files of its design.
 * Exit codes as for `casus sweep`.
 */
export const registerSensitivity: RegisterCommand = (program, { io, setExitCode }) => {
  const command = program
    .command('sensitivity')
    .description('rank parameters by their effect on each outcome: a tornado (one at a time) and standardised regression over a Latin hypercube')
    .argument('<file>', 'scenario file (YAML or JSON) or bundled scenario id')
    .option('--parameters <a,b,c>', 'parameters to analyse (default: every parameter with basis judgment or placeholder)', collect)
    .option('--range <name=lo:hi>', 'the low and high end of a parameter (default: its 10th and 90th percentiles; level names allowed; repeatable)', collect)
    .option('--points <n>', 'Latin-hypercube points of the global measure (default: max(20, 2·(parameters + 1)))')
    .option('--outcome <id>', 'print only these outcomes (repeatable or comma-separated; the files hold all)', collect)
    .option('--top <n>', 'print the first N parameters of each outcome\'s ranking (default: 10; 0: all; the files hold all)');
  addSharedSweepOptions(command, 'write the analysis to directory DIR (sensitivity.csv/.ndjson/.parquet, sweep.csv/.ndjson/.parquet, aggregates.json, manifest.json, provenance.json)')
    .addHelpText('after', `
Exit codes: 0 ok; 1 invalid scenario; 2 bad option (E_SENSITIVITY_PARAMETER, E_OPTION_VALUE, …);
3 some runs failed; 130 interrupted (resume with the same command and --resume). See docs/cli.md.
`);
  command.action(async (file: string, opts: SensitivityCommandOptions) => {
    const { sensitivityCommand } = await import('../sweep/sensitivity-command.js');
    setExitCode(await sensitivityCommand(file, opts, io));
  });
};
