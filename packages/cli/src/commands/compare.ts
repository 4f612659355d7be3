import { Option } from 'commander';
import type { RegisterCommand } from '../context.js';
import { writeOutputKeeping } from '../output-path.js';
import { shellWord } from '../batch/replay.js';
import { DEFAULT_COMPARE_RUNS, planCompare, type CompareCommandOptions } from '../compare/options.js';
import { EXIT, paint } from '../io.js';
import { DEFAULT_SEED } from '../run-request.js';

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * `casus compare FILE_A [FILE_B] [--set name=value …] [--vs name=value …] [--runs N] [--seed S]
 * [--workers K] [--situation NAME] [--engine batch|reference] [--json] [--out FILE] [--quiet]`:
 * runs two variants on common random numbers and prints, per outcome, both probabilities and the
 * paired difference B − A with its interval. Exit 0; 1 invalid scenario; 2 bad options; 130 Ctrl-C.
 */
export const registerCompare: RegisterCommand = (program, { io, setExitCode }) => {
  program
    .command('compare')
    .description('compare two variants on common random numbers: P(A), P(B) and the paired difference B − A')
    .addHelpText('after', '\nExit codes: 0 ok; 1 invalid scenario; 2 bad command line or unwritable --out (E_COMPARE_*, E_OUTPUT_PATH); 130 interrupted. See docs/errors.md.\n')
    .argument('<files...>', 'FILE_A [FILE_B]: scenario files or bundled ids (one file: A and B differ by --set/--vs)')
    .option('--set <name=value>', 'override a parameter of A (repeatable)', collect)
    .option('--vs <name=value>', 'override a parameter of B (repeatable)', collect)
    .option('--runs <n>', `paired runs (default: ${DEFAULT_COMPARE_RUNS.toLocaleString('en-US')})`)
    .option('--seed <seed>', `master seed shared by both variants (default: ${DEFAULT_SEED})`)
    .option('--workers <k>', 'worker threads (1 runs in this thread; default: this thread, and worker threads beside it up to the number of cores while the work left is long enough to gain from them)')
    .option('--situation <name>', 'start both variants from this situation')
    .addOption(new Option('--engine <engine>', 'engine that steps the runs').choices(['batch', 'reference']).default('batch'))
    .option('--nominal', 'both variants at their nominal parameter values (default: over the judgments, as casus run)')
    .option('--parameter-draws <k>', 'nested design with shared luck: K draws of the uncertain parameters × --runs paired runs each')
    .option('--precision <p>', 'stop once every paired difference B − A is known to ±P (95%; e.g. 0.01), at nominal values; --runs is then the most paired runs (default: 1,000,000)')
    .option('--json', 'print the comparison as JSON instead of text')
    .option('--out <file>', 'write the result (manifest, exact counts, provenance) to FILE, atomically')
    .option('--quiet', 'no progress bar, timing or "wrote" lines')
    .addHelpText('after', `
Examples:
  casus compare korea-2024 korea-2024-no-treaty --runs 20000
  casus compare tutorial --set ally_reliability=0.9 --vs ally_reliability=0.5

Run k of A and run k of B share their seed and random streams, so B − A is measured run by run.
By default (as casus run) the variants are compared over the judgments: draws of the uncertain
parameters × runs, intervals with the draw as unit; --nominal compares at the nominal values.
Intervals are simulation error only. See docs/cli.md#casus-compare.
`)
    .action(async (files: string[], opts: CompareCommandOptions) => {
      // The comparison's machinery is loaded only when it runs.
      const [{ runComparison }, { compareReport, formatCompare }, rf] = await Promise.all([
        import('../compare/execute.js'), import('../compare/report.js'), import('../compare/result-file.js'),
      ]);
      const { COMPARE_FORMAT, COMPARE_VERSION, compareManifest, compareProvenance, serialiseCompare } = rf;
      const plan = planCompare(files, opts, io);
      const job = await runComparison(plan, io);
      const report = compareReport(plan, job);
      io.stdout(plan.json ? `${JSON.stringify(report, null, 2)}\n` : formatCompare(report, paint(io)));
      const runs = job.comparison.runs;
      if (!plan.quiet && runs > 0) {
        const seconds = (job.finishedAt.getTime() - job.startedAt.getTime()) / 1000;
        io.stderr(`casus: ${runs.toLocaleString('en-US')} paired runs in ${seconds.toFixed(1)} s with ${job.workers} worker${job.workers === 1 ? '' : 's'}\n`);
      }
      if (job.reason === 'interrupted') {
        io.stderr(`casus: interrupted after ${runs.toLocaleString('en-US')} of ${plan.total.toLocaleString('en-US')} paired runs; nothing written\n`);
        setExitCode(EXIT.interrupted);
        return;
      }
      if (plan.out !== undefined) {
        // Without --workers the count was the ramp's: the line repeats the command as typed.
        const command = `${report.replay}${plan.rampWorkers ? '' : ` --workers ${plan.workers}`} --out ${shellWord(opts.out!)}`;
        writeOutputKeeping(plan.out, serialiseCompare({
          format: COMPARE_FORMAT, version: COMPARE_VERSION, manifest: compareManifest(plan, runs), comparison: job.comparison,
          provenance: compareProvenance(command, job.startedAt, job.finishedAt, job.workers),
        }));
        if (!plan.quiet) io.stderr(`casus: wrote ${opts.out}\n`);
      }
    });
};
