import { Option, type Command } from 'commander';

/** Collects a repeatable option's values in order. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Declares the options `casus sweep` and `casus sensitivity` share (see sweep/options.ts). */
export function addSharedSweepOptions(command: Command, outHelp: string): Command {
  return command
    .option('--runs <n>', 'runs at every design point, the same runs 0 … N−1 everywhere (default: 1000)')
    .option('--seed <seed>', 'master seed: an integer in [0, 2^32) is used as a number, any other text as a string seed (default: 1)')
    .option('--set <name=value>', 'fix a parameter at every point: a number or one of its named levels (repeatable)', collect)
    .option('--situation <name>', 'start every run from a named situation of the scenario')
    .addOption(new Option('--engine <engine>', 'engine that steps the runs (both give identical results)').choices(['batch', 'reference']))
    .option('--workers <k>', 'worker threads (1 runs in this thread; default: this thread, and worker threads beside it up to the number of cores while the work left is long enough to gain from them); never changes a result')
    .option('--out <dir>', outHelp)
    .option('--resume', 'continue an interrupted run from the checkpoint in --out DIR (same options)')
    .option('--restart', 'discard the checkpoint of an interrupted run in --out DIR and start afresh (without it, casus refuses to overwrite one)')
    .addOption(new Option('--quiet', 'no progress bar, timing or "wrote" lines'));
}
