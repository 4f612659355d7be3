import { CliError } from '../context.js';
import { EXIT } from '../io.js';

/** Stable codes of `casus report` errors, documented in docs/cli.md. Tests assert the code. */
export const REPORT_ERROR_CODES = ['E_REPORT_FORMAT', 'E_REPORT_SCENARIO', 'E_REPORT_SCENARIO_MISMATCH'] as const;
export type ReportErrorCode = (typeof REPORT_ERROR_CODES)[number];

/** A report error: `casus: message [E_CODE]`, exit 1 (bad input) or 2 (missing file). */
export class ReportError extends CliError {
  constructor(override readonly code: ReportErrorCode, readonly detail: string, exitCode: number) {
    super(`${detail} [${code}]`, exitCode);
    this.name = 'ReportError';
  }
}

/** The file is not a result, comparison or sweep this casus can report on: exit 1. */
export const formatError = (message: string): ReportError => new ReportError('E_REPORT_FORMAT', message, EXIT.invalid);
/** The scenario that was simulated cannot be found: exit 2 (give --scenario). */
export const scenarioError = (message: string): ReportError => new ReportError('E_REPORT_SCENARIO', message, EXIT.usage);
/** The scenario found is not the one that was simulated (its SHA-256 differs): exit 1. */
export const mismatchError = (message: string): ReportError => new ReportError('E_REPORT_SCENARIO_MISMATCH', message, EXIT.invalid);
