import type { Issue, Scenario } from '@casus/engine';
import { issueLines } from '../issue-lines.js';
import { CliError, type RegisterCommand } from '../context.js';
import { EXIT, paint } from '../io.js';
import { loadScenarioText, readScenarioArg } from '../read-scenario.js';

/**
 * `casus validate FILE…`: loads each scenario (a file, or a bundled id) and prints every issue
 * located in the file, or one ✔ line per valid scenario. `--strict` adds the strict rules
 * (rules/strict.ts in the engine): bare numbers where a named parameter belongs are errors.
 * Exit 0 when all are valid, 1 when any is
 * invalid, 2 when a file cannot be read (the other files are still checked).
 */
export const registerValidate: RegisterCommand = (program, { io, setExitCode }) => {
  program
    .command('validate')
    .description('check scenario files (or bundled scenario ids) and report their problems with line and column (the YAML text, then the structure, then the rules between ids, each stage once the one before is clean)')
    .addHelpText('after', '\nExit codes: 0 every file valid (warnings allowed); 1 a file is invalid or not text; 2 a file cannot be read or a bad option. See docs/errors.md.\n')
    .argument('<files...>', 'scenario files (YAML or JSON) or bundled scenario ids')
    .option('--json', 'print a JSON array of { file, ok, issues } instead of text')
    .option('--strict', 'also require every weight, rate, scale and probability to name a parameter, placeholders to have a spread and every parameter a rationale or source (E_BARE_NUMBER, E_PLACEHOLDER_SPREAD, E_PARAMETER_BASIS)')
    .action((files: string[], opts: { json?: boolean; strict?: boolean }) => {
      const colors = paint(io);
      const report: { file: string; ok: boolean; issues: Issue[] }[] = [];
      for (const arg of files) {
        let source;
        try {
          source = readScenarioArg(arg, io.cwd);
        } catch (error) {
          if (!(error instanceof CliError)) throw error;
          io.stderr(`casus: ${error.message}\n`);
          setExitCode(error.exitCode);
          continue;
        }
        const result = loadScenarioText(source, io.cwd, { strict: opts.strict === true });
        const issues = result.ok ? result.warnings : result.issues;
        report.push({ file: source.name, ok: result.ok, issues });
        if (!result.ok) setExitCode(EXIT.invalid);
        if (opts.json) continue;
        // Issue lines start with file:line:col, as compilers print them, so editors and grep find them.
        for (const line of issueLines(issues)) io.stdout(`${line}\n`);
        const warnings = count(issues.filter((i) => i.severity === 'warning').length, 'warning');
        if (result.ok) {
          io.stdout(`${colors.green('✔')} ${source.name}: valid — ${summary(result.scenario)}${warnings === '' ? '' : `, ${warnings}`}\n`);
        } else {
          const errors = count(issues.filter((i) => i.severity === 'error').length, 'error');
          io.stdout(`${colors.red('✖')} ${source.name}: invalid — ${[errors, warnings].filter((s) => s !== '').join(', ')}\n`);
        }
      }
      if (opts.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    });
};

function summary(s: Scenario): string {
  return [
    count(Object.keys(s.actors).length, 'actor', true),
    count(s.pacts.length, 'pact', true),
    count(s.triggers.length, 'trigger', true),
    count(Object.keys(s.outcomes).length, 'outcome', true),
  ].join(', ');
}

function count(n: number, noun: string, always = false): string {
  if (n === 0 && !always) return '';
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
