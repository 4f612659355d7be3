import { Option } from 'commander';
import type { RegisterCommand } from '../context.js';
import { addSharedSweepOptions, collect } from '../sweep/command-options.js';
import type { SweepCommandOptions } from '../sweep/sweep-plan.js';

/**
 * `casus sweep FILE --vary name=values … [--design grid|lhs [--points N]] --runs N …`: runs N
 * seeded runs at every design point, on common random numbers (the same runs at every point), and
 * prints each outcome's probability per point. With --out DIR, writes the tidy table
 * (sweep.csv, sweep.ndjson), the exact per-point aggregates, the manifest and the provenance,
 * each atomically. Exit 0; 1 invalid scenario; 2 bad options (E_VARY …); 3 some runs failed;
 * 130 after Ctrl-C (resumable with --out and --resume).
 */
export const registerSweep: RegisterCommand = (program, { io, setExitCode }) => {
  const command = program
    .command('sweep')
    .description('run a scenario over a grid or Latin hypercube of parameter values, on common random numbers')
    .argument('<file>', 'scenario file (YAML or JSON) or bundled scenario id')
    .option('--vary <name=values>', '(required) a parameter to vary: name=from:to:count, name=a,b,c (numbers or level names) or name=lo:hi (repeatable)', collect)
    .addOption(new Option('--design <design>', 'grid: every combination of the values; lhs: a Latin hypercube over the ranges').choices(['grid', 'lhs']))
    .option('--points <n>', `lhs: number of design points (default: 20)`)
    .option('--shard <i/n>', 'run shard i of n (0-based) of the design points; merge the shards\' directories with casus merge')
    .option('--shard-count <n>', 'run one of n shards, its index taken from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX')
    .option('--outcome <id>', 'print only these outcomes (repeatable or comma-separated; the files hold all)', collect);
  addSharedSweepOptions(command, 'write the sweep to directory DIR (sweep.csv, sweep.ndjson, sweep.parquet, aggregates.json, manifest.json, provenance.json); {shard} becomes the shard index')
    .addHelpText('after', `
Every design point runs the same runs 0 … N−1 of the seed (common random numbers), so a point with
the nominal values gives exactly the aggregates of casus run FILE --runs N --seed S --nominal
(the parameters a sweep does not vary stay at their nominal values).

Exit codes: 0 ok; 1 invalid scenario; 2 bad option (E_VARY, E_OPTION_VALUE, …); 3 some runs failed;
130 interrupted (resume with the same command and --resume). See docs/cli.md.
`);
  command.action(async (file: string, opts: SweepCommandOptions) => {
    const { sweepCommand } = await import('../sweep/sweep-command.js');
    setExitCode(await sweepCommand(file, opts, io));
  });
};
