// The examples of docs/cli.md — each "(`casus ARGS`…):" followed by a fenced block — and how to
// run one for real, in this process, from the repository root. Used by the docs test (which fails
// when an output drifts) and by update-cli-docs.ts (which rewrites them).
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../packages/cli/src/main.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface DocExample {
  /** The command's arguments, after `casus`. */
  readonly args: string;
  /** The output the docs show. */
  readonly shown: string;
  /** Where the block's content starts and ends in the document. */
  readonly start: number;
  readonly end: number;
}

const EXAMPLE = /\(`casus ([^`]+)`[^)]*\):\n\n```\n([\s\S]*?)\n```/g;

export function docExamples(doc: string): DocExample[] {
  return [...doc.matchAll(EXAMPLE)].map((m) => {
    const start = m.index! + m[0].indexOf('```\n') + 4;
    return { args: m[1]!, shown: m[2]!, start, end: start + m[2]!.length };
  });
}

/**
 * The commands typed in a shown `casus play` session: what follows the prompt (`…> `) on the lines
 * that are prompts (they start in the first column).
 */
export function typedLines(shown: string): string[] {
  return shown.split('\n').flatMap((line) => {
    const m = /^\S.*?> (.+)$/.exec(line);
    return m === null ? [] : [m[1]!];
  });
}

/** Runs an example as a user would (no colour, not a terminal) and returns its stdout. */
export async function runExample(example: DocExample): Promise<string> {
  let stdout = '';
  const argv = example.args.split(' ');
  const sink = new Writable({ write(chunk: Buffer | string, _encoding, done) { stdout += chunk.toString(); done(); } });
  const interactive = argv[0] === 'play'
    ? { input: Readable.from([typedLines(example.shown).map((l) => `${l}\n`).join('')]), output: sink, terminal: false }
    : undefined;
  await runCli(argv, { stdout: (s) => { stdout += s; }, stderr: () => {}, cwd: ROOT, env: {}, isTTY: false, interactive });
  return stdout.replace(/\n$/, '');
}
