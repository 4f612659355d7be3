import { formatIssue, type Issue } from '@casus/engine';

/** How many issues of one file are printed; the rest are counted (`--json` lists them all). */
export const MAX_ISSUES_SHOWN = 20;
/**
 * The longest issue line printed; longer ones lose their middle (the place, the code and the hint
 * stay). Long enough for the longest message the loader writes (about 600 characters with its
 * hint), so only a value quoted from a hostile or binary input is ever cut.
 */
export const MAX_LINE = 1200;

/**
 * A line of text safe for a terminal: control characters (which could move the cursor, clear the
 * screen or ring the bell) written as escapes, and a line longer than `max` characters cut in the
 * middle, so a hostile or binary input cannot flood or corrupt the terminal.
 */
export function printable(text: string, max = MAX_LINE): string {
  // eslint-disable-next-line no-control-regex
  const safe = text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).replaceAll('\n', '\\n');
  const chars = [...safe];
  if (chars.length <= max) return safe;
  // The end of an issue line is its code and hint: keep half the line for it.
  const tail = Math.floor(max / 2);
  const head = max - tail - 1;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/**
 * The lines that report a file's issues: the first {@link MAX_ISSUES_SHOWN}, each made printable,
 * then how many more there are.
 */
export function issueLines(issues: readonly Issue[], prefix: (issue: Issue) => string = () => ''): string[] {
  const lines = issues.slice(0, MAX_ISSUES_SHOWN).map((i) => `${prefix(i)}${printable(formatIssue(i))}`);
  const more = issues.length - MAX_ISSUES_SHOWN;
  if (more > 0) lines.push(`… and ${more} more issue${more === 1 ? '' : 's'} (casus validate --json lists them all)`);
  return lines;
}
