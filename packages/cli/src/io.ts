/**
 * Everything the CLI may touch of the outside world besides files: output streams, the working
 * directory, the environment and whether stdout is a terminal. Tests pass a fake; only bin.ts
 * passes the real process.
 */
export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  /** Whether stderr is a terminal (progress bars go there); when absent, `isTTY` stands in. */
  stderrIsTTY?: boolean;
  /**
   * Lets a long command handle Ctrl-C (SIGINT) itself, e.g. to save a checkpoint; returns a
   * function that removes the handler. While a handler is installed the process does not exit on
   * Ctrl-C by itself. Absent in tests that do not need it.
   */
  onInterrupt?(handler: () => void): () => void;
  /**
   * The streams an interactive command (`play`) reads lines from and draws its prompt on, and
   * whether they are a terminal. Absent in tests that drive `play`'s loop directly.
   */
  interactive?: { readonly input: NodeJS.ReadableStream; readonly output: NodeJS.WritableStream; readonly terminal: boolean } | undefined;
}

/** Exit codes, documented in docs/errors.md. */
export const EXIT = {
  ok: 0,
  /** A scenario (or other input) is invalid. */
  invalid: 1,
  /** Bad command line, or a file that cannot be read or written. */
  usage: 2,
  /** A bug in Casus: an unexpected exception (70 is EX_SOFTWARE in sysexits.h). */
  internal: 70,
  /** Stopped by Ctrl-C (128 + SIGINT), after saving what can be resumed. */
  interrupted: 130,
} as const;

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it. */
export function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}

/** ANSI colouring that is a no-op when colour is off. */
export interface Paint {
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
}

/** The colours to use for this output: real ones for a terminal, plain text otherwise. */
export function paint(io: CliIo): Paint {
  const on = useColor(io);
  const wrap = (open: number, close: number) => (s: string) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { green: wrap(32, 39), red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22) };
}
