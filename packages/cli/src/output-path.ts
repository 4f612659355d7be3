import { closeSync, existsSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from './batch/atomic-file.js';
import { CodedError } from './batch/errors.js';
import { EXIT } from './io.js';

/*
 * One policy for every command's outputs (docs/errors.md, "Output files"):
 * - every output path is checked before any work starts: its directory must exist and accept a new
 *   file, and a file must not be asked to go where a directory is (and the reverse);
 * - Casus creates what it is asked to write — a file, or a sweep's own directory — but never a
 *   missing parent directory (a typo would otherwise scatter results in new folders);
 * - a write that fails after the work is done keeps the result in a fallback file it names.
 */

/** Why an output path cannot be used, or undefined when it can; `dir` is the directory the file goes in. */
function directoryProblem(dir: string): string | undefined {
  if (!existsSync(dir)) return `the directory ${dir} does not exist; create it first (casus never creates parent directories)`;
  if (!statSync(dir).isDirectory()) return `${dir} is not a directory`;
  // Root passes access(2) checks on read-only mounts (/proc), so try to create a file for real.
  const probe = join(dir, `.casus-probe-${process.pid}-${Date.now()}`);
  try {
    closeSync(openSync(probe, 'wx'));
  } catch (error) {
    return `cannot create files in ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  } finally {
    rmSync(probe, { force: true });
  }
  return undefined;
}

/**
 * Checks that a file can be written at `path` (absolute) before any work is done: throws
 * E_OUTPUT_PATH (exit 2) for a missing or unwritable directory, or a directory where the file goes.
 * `flag` names the option in the message (`--out`).
 */
export function checkOutputFile(flag: string, path: string): void {
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new CodedError('E_OUTPUT_PATH', `${flag} ${path} is a directory; give a file name (e.g. ${join(path, defaultName(flag))})`, EXIT.usage);
  }
  const problem = directoryProblem(dirname(path));
  if (problem !== undefined) throw new CodedError('E_OUTPUT_PATH', `${flag} ${path}: ${problem}`, EXIT.usage);
}

/**
 * Checks that a command writing a directory (a sweep) can use `dir`: an existing directory that
 * accepts files, or a new one whose parent exists and accepts it. Throws E_OUTPUT_PATH (exit 2).
 */
export function checkOutputDirectory(flag: string, dir: string, shown = dir): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new CodedError('E_OUTPUT_PATH', `${flag} ${shown} is a file; this command writes a directory (e.g. ${flag} sweep/)`, EXIT.usage);
    const problem = directoryProblem(dir);
    if (problem !== undefined) throw new CodedError('E_OUTPUT_PATH', `${flag} ${shown}: ${problem}`, EXIT.usage);
    return;
  }
  const problem = directoryProblem(dirname(resolve(dir)));
  if (problem !== undefined) throw new CodedError('E_OUTPUT_PATH', `${flag} ${shown}: ${problem}`, EXIT.usage);
}

/**
 * Why writing `path` (absolute) failed, in terms of the path the user gave: a missing or unusable
 * directory is named as such, and the operating system's reason otherwise. Never the temporary file
 * an atomic write goes through (`.x.json.tmp-…`), which the user did not name.
 */
export function writeFailure(path: string, error: unknown): string {
  if (existsSync(path) && statSync(path).isDirectory()) return `${path} is a directory; give a file name`;
  const problem = directoryProblem(dirname(path));
  if (problem !== undefined) return problem;
  const code = (error as NodeJS.ErrnoException).code;
  return code !== undefined ? `${REASONS[code] ?? 'the system refused it'} (${code})` : (error as Error).message;
}

/** The operating system's reasons a write fails, in words. */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device', EDQUOT: 'the disk quota is used up', EISDIR: 'it is a directory',
  ENAMETOOLONG: 'the name is too long', EIO: 'an input/output error',
};

function defaultName(flag: string): string {
  if (flag === '--runs-out') return 'runs.csv';
  if (flag === '--session') return 'session.json';
  if (flag === '--transcript') return 'transcript.md';
  return 'result.json';
}

/** Where a result that could not be written is kept instead: the system's temporary directory. */
export function fallbackPath(path: string, fallbackDir: string = tmpdir()): string {
  return join(fallbackDir, `casus-kept-${process.pid}-${basename(path)}`);
}

/**
 * Writes a finished command's output atomically. Should that fail (the disk filled, the directory
 * went away after the up-front check), the content is written to a fallback file and the error
 * E_OUTPUT_WRITE (exit 2) names it, so work already done is never lost.
 */
export function writeOutputKeeping(path: string, content: string | Uint8Array, fallbackDir?: string): void {
  try {
    writeFileAtomic(path, content);
  } catch (error) {
    throw keptError(path, content, error, fallbackDir);
  }
}

/** The E_OUTPUT_WRITE error for a failed write of `path`, after saving `content` to a fallback file. */
export function keptError(path: string, content: string | Uint8Array, error: unknown, fallbackDir?: string): CodedError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  const fallback = fallbackPath(path, fallbackDir);
  try {
    writeFileAtomic(fallback, content);
  } catch {
    return new CodedError('E_OUTPUT_WRITE', `cannot write ${path} (${reason}), nor the fallback ${fallback}`, EXIT.usage);
  }
  return new CodedError('E_OUTPUT_WRITE', `cannot write ${path} (${reason}); the result is kept in ${fallback}`, EXIT.usage);
}
