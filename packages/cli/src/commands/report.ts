import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, type RegisterCommand } from '../context.js';
import { EXIT } from '../io.js';
import { checkOutputFile, writeOutputKeeping } from '../output-path.js';
import { DEFAULT_STORY_RUNS } from '../report/stories.js';

interface ReportOptions {
  out?: string;
  scenario?: string;
  storyRuns: number;
  quiet?: boolean;
}

function parseStoryRuns(text: string): number {
  const n = /^\d+$/.test(text.replaceAll('_', '')) ? Number(text.replaceAll('_', '')) : NaN;
  if (!Number.isSafeInteger(n) || n > 10_000_000) throw new CliError(`--story-runs expects a whole number of runs (0 to 10,000,000), got "${text}"`, EXIT.usage, 'E_OPTION_VALUE');
  return n;
}

/**
 * `casus report RESULT.json [--out report.html] [--scenario FILE] [--story-runs N]`: one
 * self-contained HTML file (inline CSS and SVG charts, no scripts, loads nothing) from a batch
 * result, a comparison or a sweep. Written atomically; default `report.html` next to the input.
 * Exit 0; 1 when the file is not a Casus result or the scenario found is not the one simulated;
 * 2 when a file cannot be read or written, or the scenario cannot be found.
 */
export const registerReport: RegisterCommand = (program, { io }) => {
  program
    .command('report')
    .description('write a self-contained HTML report (charts, causal paths, stories, assumptions) of a result, comparison or sweep')
    .addHelpText('after', '\nExit codes: 0 written; 1 not a result (E_REPORT_FORMAT) or another scenario (E_REPORT_SCENARIO_MISMATCH); 2 unreadable or unwritable file, or no scenario found (E_REPORT_SCENARIO). See docs/errors.md.\n')
    .argument('<result>', 'a result file (casus run --runs N --out FILE), a comparison, or a sweep or sensitivity directory')
    .option('--out <file>', 'where to write the report (default: report.html next to the result)')
    .option('--scenario <file>', 'the scenario that was simulated (default: found from the result\'s command line or bundled id, and checked against its SHA-256)')
    .option('--story-runs <n>', 'runs to replay, at most, to find one story per causal path', parseStoryRuns, DEFAULT_STORY_RUNS)
    .option('--quiet', 'print nothing on success')
    .addHelpText('after', `
The report opens in any browser without a network: charts are inline SVG rendered here with
Vega-Lite, and nothing is loaded from anywhere. Intervals are 95% Wilson intervals labelled
"simulation error". See docs/cli.md (casus report).
`)
    .action(async (input: string, opts: ReportOptions) => {
      // The report's renderer (Vega-Lite and Vega among it) is loaded only when a report is written.
      const { buildReport, defaultReportPath } = await import('../report/build.js');
      const out = opts.out !== undefined ? resolve(io.cwd, opts.out) : defaultReportPath(input, io.cwd);
      checkOutputFile('--out', out);
      const html = await buildReport({
        cwd: io.cwd, input, scenario: opts.scenario, storyRuns: opts.storyRuns,
        note: (m) => { if (!opts.quiet) io.stderr(`casus: ${m}\n`); },
        warn: (m) => io.stderr(`casus: warning: ${m}\n`),
      });
      if (existsSync(out) && !opts.quiet) io.stderr(`casus: note: replacing ${out}\n`);
      writeOutputKeeping(out, html);
      if (!opts.quiet) io.stderr(`casus: wrote ${out} (${Math.round(Buffer.byteLength(html) / 1024)} KB)\n`);
    });
};
