import { Command, CommanderError } from 'commander';
import { FORMAT_VERSION } from '@casus/engine';
import { COMMANDS } from './commands/index.js';
import { CliError } from './context.js';
import { EXIT, type CliIo } from './io.js';
import { CLI_VERSION } from './version.js';

export type { CliIo } from './io.js';

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
    .exitOverride()
    .showHelpAfterError('(run casus --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(s),
    });
  const ctx = { io, setExitCode: (code: number) => { exitCode = Math.max(exitCode, code); } };
  for (const register of COMMANDS) register(program, ctx);
  program.commands.forEach((c) => c.exitOverride().configureOutput(program.configureOutput()));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; anything else commander rejects is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      io.stderr(`casus: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (io.env.CASUS_DEBUG ? error.stack ?? error.message : error.message) : String(error);
    io.stderr(`casus: internal error (a bug in Casus; please report it): ${detail}\n`);
    return EXIT.internal;
  }
}
