import { listScenarios } from '@casus/scenarios';
import type { RegisterCommand } from '../context.js';

/** `casus list`: the bundled scenarios, by id, with their titles. */
export const registerList: RegisterCommand = (program, { io }) => {
  program
    .command('list')
    .description('list the bundled scenarios (use an id wherever a scenario file is expected)')
    .option('--json', 'print a JSON array of { id, title, path }')
    .action((opts: { json?: boolean }) => {
      const scenarios = listScenarios();
      if (opts.json) {
        io.stdout(`${JSON.stringify(scenarios, null, 2)}\n`);
        return;
      }
      const width = Math.max(0, ...scenarios.map((s) => s.id.length));
      for (const s of scenarios) io.stdout(`${s.id.padEnd(width)}  ${s.title}\n`);
    });
};
