import { Option } from 'commander';
import { scenarioJsonSchema } from '@casus/engine';
import type { RegisterCommand } from '../context.js';

/** `casus schema [--draft 07|2020-12]`: the JSON Schema of the scenario format, for editors. */
export const registerSchema: RegisterCommand = (program, { io }) => {
  program
    .command('schema')
    .description('print the JSON Schema of the scenario format (for editors and other tools)')
    .addHelpText('after', '\nExit codes: 0 ok; 2 a bad option. See docs/errors.md.\n')
    .addOption(new Option('--draft <draft>', 'JSON Schema draft').choices(['2020-12', '07']).default('2020-12'))
    .action((opts: { draft: '2020-12' | '07' }) => {
      const schema = scenarioJsonSchema(opts.draft === '07' ? 'draft-07' : 'draft-2020-12');
      io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
    });
};
