import { CliError } from '../context.js';
import { EXIT } from '../io.js';

/** Stable codes of `casus compare`'s user errors, documented in docs/errors.md. Tests assert the code. */
export const COMPARE_ERROR_CODES = [
  /** One scenario and no --set/--vs: A and B would be the same. */
  'E_COMPARE_NOTHING',
  /** A bad `--set`/`--vs`: not name=value, an unknown parameter, or not a number. */
  'E_COMPARE_OVERRIDE',
  /** Two scenarios with no outcome in common: nothing to pair. */
  'E_COMPARE_UNRELATED',
  /** `--situation` missing from one of the scenarios. */
  'E_COMPARE_SITUATION',
  /** More than two scenario files. */
  'E_COMPARE_ARGS',
  /** A bad --runs, --workers or --engine value. */
  'E_COMPARE_OPTION',
] as const;

export type CompareErrorCode = (typeof COMPARE_ERROR_CODES)[number];

/** A bad `casus compare` command line: exit 2, printed as `casus: message [E_CODE]`. */
export class CompareError extends CliError {
  constructor(override readonly code: CompareErrorCode, readonly detail: string) {
    super(`${detail} [${code}]`, EXIT.usage);
    this.name = 'CompareError';
  }
}
