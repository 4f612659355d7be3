import type { Issue, IssueCode, PathSegment } from './issue.js';

/**
 * An issue before it is placed in a file: severity defaults to error, and `anchor: 'key'` says
 * the issue is about the key itself (unknown or forbidden key, duplicate id in a map) so the
 * location points at the key rather than at its value.
 */
export interface DraftIssue {
  code: IssueCode;
  path: PathSegment[];
  message: string;
  severity?: Issue['severity'];
  expected?: string;
  received?: string;
  hint?: string;
  anchor?: 'key' | 'value';
}

/** The text of a mismatch, from its data: `expected a number in [0, 1], got 1.4`. */
export function mismatch(expected: string, received: string): string {
  return `expected ${expected}, got ${received}`;
}
