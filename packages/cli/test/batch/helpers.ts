import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, type CliIo } from '../../src/main.js';
import type { ResultDocument } from '../../src/batch/result-file.js';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const TWO_STATES = 'packages/engine/test/scenarios/two-states.yaml';
export const TUTORIAL = 'packages/scenarios/scenarios/tutorial.yaml';
export const HAZARD = 'packages/cli/test/batch/fixtures/hazard.yaml';
export const RUNAWAY = 'packages/cli/test/batch/fixtures/runaway.yaml';

export interface CliOutcome { code: number; stdout: string; stderr: string }

/** Runs `casus ARGS…` in this process, from the repository root, with a fake terminal-less io. */
export async function cli(argv: string[], io: Partial<CliIo> = {}): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    cwd: ROOT,
    env: {},
    isTTY: false,
    ...io,
  });
  return { code, stdout, stderr };
}

const made: string[] = [];

/** A fresh temporary directory, removed by {@link removeTempDirs} (call it in afterAll). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casus-batch-'));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function readResult(path: string): ResultDocument {
  return JSON.parse(readFileSync(path, 'utf8')) as ResultDocument;
}

/** The bytes compared for invariance: the aggregates, serialised. */
export function aggregatesOf(path: string): string {
  return JSON.stringify(readResult(path).aggregates);
}
