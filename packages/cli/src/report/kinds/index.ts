import { compareKind } from './compare.js';
import type { ReportKind } from './kind.js';
import { resultKind } from './result.js';
import { sweepKind } from './sweep.js';

export type { ReportEnv, ReportKind } from './kind.js';

/** Every kind of file `casus report` reads, by `format`. Add one line per new kind. */
export const REPORT_KINDS: readonly ReportKind<never>[] = [
  resultKind as ReportKind<never>,
  compareKind as ReportKind<never>,
  sweepKind as ReportKind<never>,
];
