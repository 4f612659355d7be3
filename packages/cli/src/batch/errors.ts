import { CliError } from '../context.js';
import { EXIT } from '../io.js';

/**
 * Stable codes of the batch and merge errors, documented in docs/errors.md. Tests assert the code,
 * never the wording.
 */
export const BATCH_ERROR_CODES = [
  // bad options
  'E_OPTION_VALUE', 'E_OPTION_CONFLICT', 'E_SHARD', 'E_SHARD_INDEX',
  'E_GIVEN_UNKNOWN', 'E_OUTCOME_UNKNOWN', 'E_METRIC_UNKNOWN',
  // outputs (output-path.ts)
  'E_OUTPUT_PATH', 'E_OUTPUT_WRITE',
  // casus summary
  'E_SUMMARY_FORMAT',
  // resume
  'E_RESUME_NO_CHECKPOINT', 'E_RESUME_MISMATCH', 'E_RESUME_RECORDS', 'E_CHECKPOINT_EXISTS',
  // merge
  'E_MERGE_FORMAT', 'E_MERGE_PARTIAL', 'E_MERGE_SCENARIO', 'E_MERGE_SEED', 'E_MERGE_SEED_SCHEME',
  'E_MERGE_ENGINE', 'E_MERGE_ENGINE_VERSION', 'E_MERGE_OPTIONS', 'E_MERGE_OVERLAP', 'E_MERGE_GAP',
  // extend
  'E_EXTEND_FORMAT', 'E_EXTEND_DESIGN', 'E_EXTEND_MISMATCH',
  // verify
  'E_VERIFY_FORMAT', 'E_VERIFY_SEED_SCHEME', 'E_VERIFY_REPLAY', 'E_VERIFY_RECORDS', 'E_VERIFY_MISMATCH',
] as const;

export type BatchErrorCode = (typeof BATCH_ERROR_CODES)[number];

/** A user error with a stable code, printed like a scenario issue: `casus: message [E_CODE]`. */
export class CodedError extends CliError {
  constructor(override readonly code: BatchErrorCode, readonly detail: string, exitCode: number = EXIT.usage) {
    super(`${detail} [${code}]`, exitCode);
    this.name = 'CodedError';
  }
}

/** A bad command-line value or combination: exit 2. */
export function usageError(code: BatchErrorCode, message: string): CodedError {
  return new CodedError(code, message, EXIT.usage);
}
