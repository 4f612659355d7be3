import { basename } from 'node:path';
import { listScenarios } from '@casus/scenarios';
import { CliError, type RegisterCommand } from '../context.js';
import { EXIT, paint } from '../io.js';
import { loadBaseOf, loadScenarioText, readScenarioArg } from '../read-scenario.js';
import { describeChanges, formatScenarioDiff } from '../scenario-diff.js';
import { resolveRunRequest } from '../run-request.js';
import { formatScenarioOverview } from '../scenario-overview.js';

/**
 * `casus list [--detail] [--json]`: the bundled scenarios, by id, with their titles; with
 * `--detail`, each one's situations, parameters (law, range, basis, levels), outcomes and pacts.
 * `casus show FILE|ID`: the same detail for one scenario, bundled or not.
 */
export const registerList: RegisterCommand = (program, { io }) => {
  program
    .command('list')
    .description('list the bundled scenarios (use an id wherever a scenario file is expected)')
    .addHelpText('after', '\nExit codes: 0 ok; 1 a bundled scenario does not load (--detail). See docs/errors.md.\n')
    .option('--json', 'print a JSON array of { id, title, path }')
    .option('--detail', 'also list each scenario\'s situations, parameters (law, range, basis), outcomes and pacts')
    .action((opts: { json?: boolean; detail?: boolean }) => {
      const scenarios = listScenarios();
      if (opts.json) {
        io.stdout(`${JSON.stringify(scenarios, null, 2)}\n`);
        return;
      }
      if (opts.detail) {
        const blocks = scenarios.map((s) => {
          const source = readScenarioArg(s.path, io.cwd);
          const loaded = loadScenarioText({ ...source, name: basename(s.path) }, io.cwd);
          if (!loaded.ok) throw new CliError(`${s.id}: the bundled scenario does not load; run casus validate ${s.id}`, EXIT.invalid, 'E_SCENARIO_INVALID');
          return formatScenarioOverview(loaded.scenario, basename(s.path), paint(io)).join('\n');
        });
        io.stdout(`${blocks.join('\n\n')}\n`);
        return;
      }
      const width = Math.max(0, ...scenarios.map((s) => s.id.length));
      for (const s of scenarios) io.stdout(`${s.id.padEnd(width)}  ${s.title}\n`);
    });

  program
    .command('show')
    .description('show one scenario: its situations, parameters (law, range, basis, levels), outcomes and pacts')
    .argument('<file>', 'scenario file (YAML or JSON) or bundled scenario id')
    .addHelpText('after', '\nExit codes: 0 ok; 1 invalid scenario; 2 unreadable file or unknown id. See docs/errors.md.\n')
    .action((file: string) => {
      const req = resolveRunRequest(file, { seed: 1, run: 0, engine: 'batch', situation: undefined, set: undefined }, io);
      const lines = formatScenarioOverview(req.scenario, req.source.name, paint(io));
      // A variant says what it changes from its base, as casus compare does.
      const base = loadBaseOf(req.source, io.cwd);
      if (base !== undefined) {
        const changes = describeChanges(base.scenario, req.scenario);
        lines.push(...(changes.length === 0
          ? [`  extends     ${base.name}, and changes nothing in it`]
          : formatScenarioDiff(changes, paint(io), { limit: 40, heading: `extends     ${base.name}; what it changes` }).map((l) => `  ${l}`)));
      }
      io.stdout(`${lines.join('\n')}\n`);
    });
};
