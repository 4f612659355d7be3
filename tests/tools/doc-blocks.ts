// The fenced blocks of a Markdown document, each classified as what a reader does with it: commands
// to paste, the output of a command, an excerpt of one, a copy of a file, or a block that is not run
// — and the last only because the document says so. Used by tests/e2e/docs-as-run.test.ts (and the
// opt-in fresh-clone test), which runs every command of README.md and docs/cli.md as printed.
//
// A block is classified by what precedes it:
//   "… (`casus ARGS` …):" then the block            output: exactly what `casus ARGS` prints
//   <!-- doc-test: excerpt of casus ARGS -->         consecutive lines of what `casus ARGS` prints
//   <!-- doc-test: transcript -->                    `$ ` lines are commands, run in turn, each
//                                                    followed by what it prints (stdout, then
//                                                    stderr), the directory it runs in shown as
//                                                    /home/me
//   <!-- doc-test: file PATH -->                     the content of the file PATH in the repository
//   <!-- doc-test: fresh clone only: REASON -->      commands run only by `pnpm test:fresh-clone`
//   <!-- doc-test: synopsis -->                      a command's usage, not a command
//   <!-- doc-test: not run: REASON -->               a command that cannot run here, with why
//   a `bash`/`sh`/`shell` block without a marker     commands, each run as printed
// Any other block without a language, or with a shell language, is unclassified: the test fails, so a
// new example cannot be skipped silently. Blocks in other languages (yaml, ts, json, markdown) are
// not shell examples and are left to their own tests.
import { typedLines } from './cli-doc-examples.js';

export type DocBlock =
  | { readonly kind: 'output'; readonly command: string; readonly shown: string; readonly line: number; readonly start: number; readonly end: number }
  | { readonly kind: 'excerpt'; readonly command: string; readonly shown: string; readonly line: number; readonly start: number; readonly end: number }
  | { readonly kind: 'commands'; readonly commands: readonly string[]; readonly line: number; readonly freshCloneOnly?: string }
  | { readonly kind: 'transcript'; readonly steps: readonly { readonly command: string; readonly shown: string }[]; readonly line: number; readonly start: number; readonly end: number }
  | { readonly kind: 'file'; readonly path: string; readonly shown: string; readonly line: number }
  | { readonly kind: 'not-run'; readonly reason: string; readonly line: number }
  | { readonly kind: 'other-language'; readonly language: string; readonly line: number }
  | { readonly kind: 'unclassified'; readonly text: string; readonly line: number };

const SHELL = new Set(['', 'bash', 'sh', 'shell', 'console']);
// The marker is an HTML comment of its own, on the lines just before the fence (a `<!-- doc-test: … -->`
// quoted in running text is not one).
const MARKER = /(?:^|\n)<!--\s*doc-test:\s*((?:(?!-->)[\s\S])*?)\s*-->\s*$/;
const EXAMPLE_INTRO = /\(`casus ([^`]+)`[^)]*\):\n\n$/;

/**
 * The commands of a shell block, one per entry: lines joined across trailing backslashes; blank
 * lines and lines that are only a comment left out. Comments after a command stay: the shell
 * drops them, as it does when the line is pasted.
 */
export function shellCommands(text: string): string[] {
  const commands: string[] = [];
  let pending = '';
  for (const line of text.split('\n')) {
    const joined = pending + line;
    if (/\\$/.test(line)) {
      pending = `${joined.slice(0, -1)}\\\n`;
      continue;
    }
    pending = '';
    if (joined.trim() === '' || /^\s*#/.test(joined)) continue;
    commands.push(joined);
  }
  return commands;
}

/** The directory a transcript's commands run in, as the docs show it. */
export const TRANSCRIPT_HOME = '/home/me';

/** A transcript's commands (`$ ` lines), each with the lines it printed. */
export function transcriptSteps(text: string): { command: string; shown: string }[] {
  const steps: { command: string; shown: string[] }[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('$ ')) steps.push({ command: line.slice(2), shown: [] });
    else if (steps.length > 0) steps[steps.length - 1]!.shown.push(line);
  }
  return steps.map((s) => ({ command: s.command, shown: s.shown.join('\n') }));
}

/** A transcript as the docs print it: each command after `$ `, then its output. */
export function formatTranscript(steps: readonly { command: string; shown: string }[]): string {
  return steps.flatMap((s) => [`$ ${s.command}`, ...(s.shown === '' ? [] : [s.shown])]).join('\n');
}

interface Fence { readonly language: string; readonly text: string; readonly line: number; readonly start: number; readonly end: number; readonly before: string }

/** Every top-level fenced block, with the text between it and the block before. */
function fences(doc: string): Fence[] {
  const found: Fence[] = [];
  const lines = doc.split('\n');
  let offset = 0;
  let lastEnd = 0;
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(\S*)\s*$/.exec(lines[i]!);
    if (open === null) {
      offset += lines[i]!.length + 1;
      continue;
    }
    const fence = open[1]!;
    const headerEnd = offset + lines[i]!.length + 1;
    let j = i + 1;
    let contentEnd = headerEnd;
    while (j < lines.length && !new RegExp(`^${fence}\\s*$`).test(lines[j]!)) {
      contentEnd += lines[j]!.length + 1;
      j++;
    }
    if (j === lines.length) throw new Error(`line ${i + 1}: a fenced block that is never closed`);
    const end = Math.max(headerEnd, contentEnd - 1);
    found.push({ language: open[2]!, text: doc.slice(headerEnd, end), line: i + 1, start: headerEnd, end, before: doc.slice(lastEnd, offset) });
    offset = contentEnd + lines[j]!.length + 1;
    lastEnd = offset;
    i = j;
  }
  return found;
}

function classify(f: Fence): DocBlock {
  const marker = MARKER.exec(f.before)?.[1];
  const at = { line: f.line };
  if (marker !== undefined) {
    let m: RegExpExecArray | null;
    if (marker === 'synopsis') return { kind: 'not-run', reason: 'synopsis', ...at };
    if ((m = /^not run:\s*([\s\S]+)$/.exec(marker)) !== null) return { kind: 'not-run', reason: m[1]!, ...at };
    if ((m = /^excerpt of (casus [\s\S]+)$/.exec(marker)) !== null) return { kind: 'excerpt', command: m[1]!, shown: f.text, start: f.start, end: f.end, ...at };
    if (marker === 'transcript') return { kind: 'transcript', steps: transcriptSteps(f.text), start: f.start, end: f.end, ...at };
    if ((m = /^file (\S+)$/.exec(marker)) !== null) return { kind: 'file', path: m[1]!, shown: f.text, ...at };
    if ((m = /^fresh clone only:\s*([\s\S]+)$/.exec(marker)) !== null) return { kind: 'commands', commands: shellCommands(f.text), freshCloneOnly: m[1]!, ...at };
    if (marker === 'run') return { kind: 'commands', commands: shellCommands(f.text), ...at };
    throw new Error(`line ${f.line}: unknown doc-test marker "${marker}"`);
  }
  const example = EXAMPLE_INTRO.exec(f.before);
  if (example !== null && f.language === '') return { kind: 'output', command: `casus ${example[1]!}`, shown: f.text, start: f.start, end: f.end, ...at };
  if (!SHELL.has(f.language)) return { kind: 'other-language', language: f.language, ...at };
  if (f.language !== '') return { kind: 'commands', commands: shellCommands(f.text), ...at };
  return { kind: 'unclassified', text: f.text, ...at };
}

/** The document's fenced blocks, classified. Throws on an unclosed fence or an unknown marker. */
export function docBlocks(doc: string): DocBlock[] {
  return fences(doc).map(classify);
}

export type Checkout = 'working-tree' | 'fresh-clone';

/** One command to paste, with what the docs expect of it. */
export interface Step {
  readonly doc: string;
  readonly line: number;
  readonly command: string;
  readonly expect:
    | { readonly kind: 'works' }
    | { readonly kind: 'prints'; readonly shown: string }
    | { readonly kind: 'excerpt'; readonly shown: string }
    /** stdout then stderr, with the directory it ran in shown as TRANSCRIPT_HOME. */
    | { readonly kind: 'transcript'; readonly shown: string };
  /** Input typed at the command's prompt (a `casus play` example); none: end of input at once. */
  readonly stdin?: string;
}

/** The commands a reader pastes, in order, from a document's blocks. */
export function stepsOf(doc: string, blocks: readonly DocBlock[], checkout: Checkout): Step[] {
  return blocks.flatMap((b): Step[] => {
    switch (b.kind) {
      case 'commands':
        if (b.freshCloneOnly !== undefined && checkout !== 'fresh-clone') return [];
        return b.commands.map((command) => ({ doc, line: b.line, command, expect: { kind: 'works' } }));
      case 'transcript':
        return b.steps.map((s) => ({ doc, line: b.line, command: s.command, expect: { kind: 'transcript', shown: s.shown } }));
      case 'output':
        return [{
          doc, line: b.line, command: b.command, expect: { kind: 'prints', shown: b.shown },
          stdin: b.command.startsWith('casus play ') ? typedLines(b.shown).map((l) => `${l}\n`).join('') : undefined,
        }];
      case 'excerpt':
        return [{ doc, line: b.line, command: b.command, expect: { kind: 'excerpt', shown: b.shown } }];
      default:
        return [];
    }
  });
}

/** Whether `shown`'s lines occur, consecutively and whole, among `output`'s. */
export function hasExcerpt(output: string, shown: string): boolean {
  const lines = output.split('\n');
  const want = shown.split('\n');
  for (let i = 0; i + want.length <= lines.length; i++) {
    if (want.every((l, k) => lines[i + k] === l)) return true;
  }
  return false;
}

