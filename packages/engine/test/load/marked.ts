/**
 * Inline YAML fixtures for loader tests: `»` marks where an issue is expected. The marker is
 * removed and its 1-based line and column returned; common indentation is stripped first so
 * fixtures can be indented with the test code.
 */
export function marked(source: string): { text: string; line: number; column: number } {
  const text = dedent(source);
  const at = text.indexOf('»');
  if (at < 0) throw new Error('fixture has no » marker');
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return { text: text.slice(0, at) + text.slice(at + 1), line, column };
}

export function dedent(source: string): string {
  const lines = source.replace(/^\n/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = Math.min(...indents);
  return lines.map((l) => l.slice(cut)).join('\n');
}
