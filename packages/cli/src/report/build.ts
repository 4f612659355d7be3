import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CliError } from '../context.js';
import { EXIT } from '../io.js';
import { writeFileAtomic } from '../batch/atomic-file.js';
import { formatError } from './errors.js';
import { REPORT_KINDS, type ReportEnv } from './kinds/index.js';
import { renderPage } from './page.js';

export interface ReportOptions {
  readonly cwd: string;
  /** The input file as typed. */
  readonly input: string;
  readonly scenario?: string | undefined;
  readonly storyRuns: number;
  readonly note?: (message: string) => void;
  readonly warn?: (message: string) => void;
}

/**
 * Builds the HTML report of a result, comparison or sweep file: reads it, picks the kind by its
 * `format`, builds the page and lays it out. Throws a CliError for an unreadable file (exit 2) or
 * one that is not a Casus result (E_REPORT_FORMAT, exit 1).
 */
export async function buildReport(opts: ReportOptions): Promise<string> {
  const given = resolve(opts.cwd, opts.input);
  // A sweep directory is read through its manifest.
  const path = isDirectory(given) ? join(given, 'manifest.json') : given;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const e = error as { code?: string; message?: string };
    throw new CliError(`cannot read ${opts.input}: ${e.code && !String(e.message).startsWith(e.code) ? `${e.code}: ` : ''}${e.message ?? String(error)}`, EXIT.usage, 'E_READ');
  }
  let format: unknown;
  try {
    format = (JSON.parse(text) as { format?: unknown } | null)?.format;
  } catch (error) {
    throw formatError(`${opts.input} is not JSON (${(error as Error).message}); casus report reads the result file of casus run --out, casus compare or casus sweep`);
  }
  const kind = REPORT_KINDS.find((k) => k.format === format);
  if (!kind) {
    throw formatError(`${opts.input} is not a file casus report can read: its format is ${JSON.stringify(format ?? null)}, expected one of ${REPORT_KINDS.map((k) => `"${k.format}"`).join(', ')}`);
  }
  const parsed = kind.parse(text, path);
  if (!parsed.ok) throw formatError(`${opts.input} is not a valid ${kind.format} file: ${parsed.reason}`);
  const env: ReportEnv = { cwd: opts.cwd, inputPath: path, scenarioOption: opts.scenario, storyRuns: opts.storyRuns, note: opts.note ?? (() => {}), warn: opts.warn ?? (() => {}) };
  return withoutLocalPaths(renderPage(await kind.build(parsed.doc, env)));
}

/**
 * The page with every absolute local path (a scenario file, an --out in a recorded command line)
 * cut to its file name: a report is shared, and the directories of the machine that made it are
 * nobody's business and would not resolve anywhere else. A path starts after a space, `>`, `(`,
 * a quote or `=` and has at least one directory; URLs (`scheme://`) and tags are left alone.
 */
export function withoutLocalPaths(html: string): string {
  return html.replace(/(^|[\s>("'=])(?:\/[\w.@+~-]+)+\/([\w.@+~-]+)/g, (_m, before: string, file: string) => `${before}${file}`);
}

/**
 * The default output: `report.html` next to the input (`runs/result.json` → `runs/report.html`);
 * inside it when the input is a sweep directory.
 */
export function defaultReportPath(input: string, cwd: string): string {
  const path = resolve(cwd, input);
  return join(isDirectory(path) ? path : dirname(path), 'report.html');
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Writes the report atomically (temporary file, then rename). */
export function writeReport(path: string, html: string): void {
  writeFileAtomic(path, html);
}
