import { Command, CommanderError } from 'commander';
import { FORMAT_VERSION } from '@casus/engine';
import { COMMANDS } from './commands/index.js';
import { CliError } from './context.js';
import { alternatives, didYouMean } from './did-you-mean.js';
import { EXIT, type CliIo } from './io.js';
import { CLI_VERSION } from './version.js';

export type { CliIo } from './io.js';

/** Commander's codes, as the stable codes of docs/errors.md. */
const COMMANDER_CODES: Readonly<Record<string, string>> = {
  'commander.unknownCommand': 'E_UNKNOWN_COMMAND',
  'commander.unknownOption': 'E_UNKNOWN_OPTION',
  'commander.missingArgument': 'E_MISSING_ARGUMENT',
  'commander.optionMissingArgument': 'E_MISSING_ARGUMENT',
  'commander.missingMandatoryOptionValue': 'E_MISSING_ARGUMENT',
  'commander.invalidArgument': 'E_OPTION_VALUE',
  'commander.conflictingOption': 'E_OPTION_CONFLICT',
};

/**
 * `error: unknown option '--bogus'\n(Did you mean --seed?)` → one line in the casus style, with a
 * code; commander's `(Did you mean one of --run, --runs?)` reads `(did you mean "--run" or "--runs"?)`.
 */
function commanderMessage(error: CommanderError): string {
  const text = error.message.replace(/^error: /, '')
    .replace(/\n\(Did you mean (?:one of )?(.*)\?\)/, (_, names: string) => ` (did you mean ${alternatives(names.split(', '))}?)`)
    .replaceAll('\n', ' ').trim();
  return `${text}; see casus --help [${COMMANDER_CODES[error.code] ?? 'E_USAGE'}]`;
}

/**
 * Runs the `casus` command line and resolves to its exit code. Everything it reads and writes
 * goes through `io`, so tests call it directly; it never calls process.exit and never prints a
 * stack trace for a user error (set CASUS_DEBUG=1 to see one for an internal error).
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('casus')
    .description(`Seeded Monte Carlo simulation of alliances, the Security Council, sanctions and escalation (scenario format ${FORMAT_VERSION}).`)
    .version(CLI_VERSION, '-V, --version')
    .addHelpText('after', `
Every command prints its result on stdout and its diagnostics on stderr. Exit codes: 0 ok;
1 invalid input (a scenario, a result file); 2 bad command line or a file that cannot be read or
written; 3 some runs failed; 70 a bug in Casus; 130 interrupted. Errors end in a stable code
([E_…], docs/errors.md). casus help COMMAND shows a command's options and its exit codes.
`)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      // Commander's own errors are printed below, in the style of every other error.
      outputError: () => {},
    });
  const ctx = { io, setExitCode: (code: number) => { exitCode = Math.max(exitCode, code); } };
  for (const register of COMMANDS) register(program, ctx);
  program.commands.forEach((c) => c.exitOverride().configureOutput(program.configureOutput()));

  try {
    // `casus help frob` would print the top help and exit 0: say the command does not exist.
    const names = program.commands.map((c) => c.name());
    if (argv[0] === 'help' && argv[1] !== undefined && !names.includes(argv[1])) {
      throw new CliError(`unknown command '${argv[1]}'${didYouMean(argv[1], names)}; the commands are ${names.join(', ')}`, EXIT.usage, 'E_UNKNOWN_COMMAND');
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; anything else commander rejects is a usage error.
      if (error.exitCode === 0) return EXIT.ok;
      if (error.code !== 'commander.help') io.stderr(`casus: ${commanderMessage(error)}\n`);
      return EXIT.usage;
    }
    if (error instanceof CliError) {
      // Every user error carries a code; one raised without its own gets the generic one of its exit code.
      const coded = /\[E_[A-Z_]+\]$/.test(error.message) ? error.message : `${error.message} [${error.exitCode === EXIT.invalid ? 'E_INVALID' : 'E_USAGE'}]`;
      io.stderr(`casus: ${coded}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (io.env.CASUS_DEBUG ? error.stack ?? error.message : error.message) : String(error);
    io.stderr(`casus: internal error (a bug in Casus; please report it): ${detail}\n`);
    return EXIT.internal;
  }
}
