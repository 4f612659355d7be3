import type { Command } from 'commander';
import type { CliIo } from './io.js';

/** What a command's action gets: the outside world, and a way to set the process's exit code. */
export interface CommandContext {
  readonly io: CliIo;
  setExitCode(code: number): void;
}

/**
 * Adds one command to the program. Each command lives in its own file under commands/ and is
 * listed once in commands/index.ts.
 */
export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

/**
 * A user error with its exit code and stable code: printed as one line, `casus: message [E_CODE]`,
 * never with a stack trace. (Subclasses that put the code in the message themselves pass none.)
 */
export class CliError extends Error {
  /** The stable code (`E_…`), for programs: the library's `BatchError` carries it on. */
  readonly code: string | undefined;

  constructor(message: string, readonly exitCode: number, code?: string) {
    super(code === undefined ? message : `${message} [${code}]`);
    this.name = 'CliError';
    this.code = code;
  }
}
