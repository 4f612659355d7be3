import { CliError } from '../context.js';
import { EXIT } from '../io.js';

/**
 * Stable codes of the errors only sweeps and sensitivity analyses raise, documented in
 * docs/errors.md. (Option, shard, resume and merge errors reuse the batch codes of
 * batch/errors.ts.) Tests assert the code, never the wording.
 */
export const SWEEP_ERROR_CODES = [
  // a --vary spec that cannot be read, names no parameter, repeats one, or does not fit the design
  'E_VARY',
  // a --parameters or --range entry of `casus sensitivity` that cannot be analysed
  'E_SENSITIVITY_PARAMETER',
] as const;

export type SweepErrorCode = (typeof SWEEP_ERROR_CODES)[number];

/** A user error of a sweep with a stable code, printed like the batch ones: `casus: message [E_CODE]`. */
export class SweepError extends CliError {
  constructor(override readonly code: SweepErrorCode, readonly detail: string, exitCode: number = EXIT.usage) {
    super(`${detail} [${code}]`, exitCode);
    this.name = 'SweepError';
  }
}
