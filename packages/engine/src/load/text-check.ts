import type { Issue } from './issue.js';

/**
 * Control characters YAML 1.2 does not allow in a document (all of C0 but tab, line feed and
 * carriage return; DEL), and U+FFFD, the character a UTF-8 decoder puts where bytes were not
 * UTF-8. Either means the file is not a text scenario (a binary, another encoding).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

/**
 * One E_NOT_TEXT issue, located at the first offending character, when `text` is not text; else
 * undefined. Checked before YAML parsing so a binary file gets one line, not hundreds of issues.
 */
export function checkText(text: string): Omit<Issue, 'file'> | undefined {
  const m = NOT_TEXT.exec(text);
  if (m === null) return undefined;
  const before = text.slice(0, m.index);
  const line = before.split('\n').length;
  const column = m.index - before.lastIndexOf('\n');
  const ch = m[0];
  const what = ch === '\uFFFD'
    ? 'bytes that are not UTF-8 (shown as U+FFFD)'
    : `the control character U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}${ch === '\u0000' ? ' (NUL)' : ''}`;
  return {
    code: 'E_NOT_TEXT', severity: 'error', path: [], line, column,
    message: `not a text file: it holds ${what}; a scenario is UTF-8 YAML or JSON text`,
  };
}
