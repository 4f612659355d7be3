import { Option } from 'commander';
import { scenarioJsonSchema, variantJsonSchema } from '@casus/engine';
import type { RegisterCommand } from '../context.js';

/** `casus schema [--draft 07|2020-12] [--variant]`: the JSON Schema of the scenario format (or of a variant file), for editors. */
export const registerSchema: RegisterCommand = (program, { io }) => {
  program
    .command('schema')
    .description('print the JSON Schema of the scenario format (for editors and other tools)')
    .addHelpText('after', '\nExit codes: 0 ok; 2 a bad option. See docs/errors.md.\n')
    .addOption(new Option('--draft <draft>', 'JSON Schema draft').choices(['2020-12', '07']).default('2020-12'))
    .option('--variant', 'the schema of a variant file (one that extends another): sections optional, null deletes, the Council patched by member')
    .action((opts: { draft: '2020-12' | '07'; variant?: boolean }) => {
      const target = opts.draft === '07' ? 'draft-07' : 'draft-2020-12';
      const schema = opts.variant ? variantJsonSchema(target) : scenarioJsonSchema(target);
      io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
    });
};
