import { CliError } from '../context.js';
import { EXIT } from '../io.js';

/** Stable codes of `casus serve`'s command-line errors, documented in docs/errors.md. Tests assert the code. */
export const SERVE_CLI_ERROR_CODES = [
  /** A bad --team or --as: not NAME=ACTORS, an unknown actor, an actor in two teams, teams not covering the played actors. */
  'E_SERVE_TEAM',
  /** A bad --port or --odds-runs value. */
  'E_SERVE_OPTION',
  /** The server cannot listen on --host:--port (in use, not allowed, no such address). */
  'E_SERVE_LISTEN',
  /** The session file or the server's file next to it cannot be read, or does not fit the options. */
  'E_SERVE_SESSION',
] as const;

export type ServeCliErrorCode = (typeof SERVE_CLI_ERROR_CODES)[number];

/** A bad `casus serve` command line: exit 2, printed as `casus: message [E_CODE]`. */
export class ServeCliError extends CliError {
  constructor(override readonly code: ServeCliErrorCode, readonly detail: string) {
    super(`${detail} [${code}]`, EXIT.usage);
    this.name = 'ServeCliError';
  }
}
