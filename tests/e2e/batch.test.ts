// Invariant: a batch killed at any moment — kill -9, or Ctrl-C (SIGINT, exit 130) — resumes from
// its checkpoint with --resume to exactly the result of an uninterrupted batch: byte-identical
// aggregates and byte-identical per-run records; `casus verify` finds the checkpoint's runs
// identical when simulated again. Runs the real `casus` process.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../packages/cli/src/main.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'packages/cli/src/bin.ts');
const TWO_STATES = 'packages/engine/test/scenarios/two-states.yaml';
const BATCH = ['run', TWO_STATES, '--runs', '60000', '--seed', 'resume-e2e', '--quiet'];

interface Exit { code: number | null; signal: NodeJS.Signals | null; stderr: string }

function start(args: string[]): { child: ChildProcess; exit: Promise<Exit> } {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', BIN, ...args], {
    cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exit = new Promise<Exit>((done) => child.on('exit', (code, signal) => done({ code, signal, stderr })));
  return { child, exit };
}

/** Runs a command line in a shell, from the repository root, with node_modules/.bin on the PATH. */
function startShell(line: string): { child: ChildProcess; exit: Promise<Exit> } {
  const child = spawn('sh', ['-c', line], {
    cwd: ROOT, env: { ...process.env, NO_COLOR: '1', PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}` }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exit = new Promise<Exit>((done) => child.on('exit', (code, signal) => done({ code, signal, stderr })));
  return { child, exit };
}

/** Waits until the checkpoint shows at least `chunks` merged chunks (and the batch still runs). */
async function checkpointReached(out: string, chunks: number, exit: Promise<Exit>): Promise<void> {
  let exited = false;
  void exit.then(() => { exited = true; });
  for (;;) {
    if (exited) throw new Error('the batch finished before it could be interrupted');
    try {
      const doc = JSON.parse(readFileSync(`${out}.partial`, 'utf8')) as { checkpoint: { nextChunk: number } };
      if (doc.checkpoint.nextChunk >= chunks) return;
    } catch {
      // not there yet, or (never, being atomic) half-written
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

const resultOf = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { partial?: boolean; manifest: unknown; aggregates: unknown };

let dir: string;
let reference: { aggregates: string; manifest: unknown; records: Buffer };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casus-e2e-batch-'));
  const io = { stdout: () => {}, stderr: () => {}, cwd: ROOT, env: {}, isTTY: false };
  const code = await runCli([...BATCH, '--workers', '1', '--out', join(dir, 'reference.json'), '--runs-out', join(dir, 'reference.ndjson')], io);
  expect(code).toBe(0);
  const doc = resultOf(join(dir, 'reference.json'));
  reference = { aggregates: JSON.stringify(doc.aggregates), manifest: doc.manifest, records: readFileSync(join(dir, 'reference.ndjson')) };
});

afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

/**
 * Resumes the batch `name` — with `pasted`, the resume line exactly as casus printed it, run by a
 * shell with the installed `casus` on the PATH; else with a command of our own — and checks the
 * result is the uninterrupted one.
 */
async function resumeAndCompare(name: string, pasted?: string): Promise<void> {
  const out = join(dir, `${name}.json`);
  const records = join(dir, `${name}.ndjson`);
  const resumed = pasted === undefined ? start([...BATCH, '--workers', '2', '--out', out, '--runs-out', records, '--resume']) : startShell(pasted);
  const r = await resumed.exit;
  expect(r.code, r.stderr).toBe(0);
  const doc = resultOf(out);
  expect(doc.partial).toBeUndefined();
  expect(JSON.stringify(doc.aggregates)).toBe(reference.aggregates);
  expect(doc.manifest).toEqual(reference.manifest);
  expect(readFileSync(records).equals(reference.records)).toBe(true);
  expect(existsSync(`${out}.partial`)).toBe(false);
  expect(existsSync(`${records}.partial`)).toBe(false);
}

// The two cases run side by side, each with one worker, to keep the suite short.
describe.concurrent('resuming an interrupted batch (real process)', () => {
  it('after kill -9, --resume (with 2 workers) gives the uninterrupted aggregates and records', async () => {
    const out = join(dir, 'killed.json');
    const run = start([...BATCH, '--workers', '1', '--out', out, '--runs-out', join(dir, 'killed.ndjson')]);
    await checkpointReached(out, 5, run.exit);
    run.child.kill('SIGKILL');
    expect((await run.exit).signal).toBe('SIGKILL');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(dir, 'killed.ndjson'))).toBe(false);
    expect(resultOf(`${out}.partial`).partial).toBe(true);
    // The checkpoint's runs, simulated again by `casus verify`, give its aggregates (and it is left as it was).
    const before = readFileSync(`${out}.partial`);
    const verified = await start(['verify', `${out}.partial`, '--workers', '1']).exit;
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stderr).toMatch(/^casus: verifying .*killed\.json\.partial: two-states \(seed resume-e2e\), runs 0–[\d,]+ of 60,000;/);
    expect(readFileSync(`${out}.partial`).equals(before)).toBe(true);
    await resumeAndCompare('killed');
  });

  it('Ctrl-C (SIGINT) saves a partial result, exits 130 and prints the resume line; --resume completes it', async () => {
    const out = join(dir, 'stopped.json');
    const run = start([...BATCH, '--workers', '1', '--out', out, '--runs-out', join(dir, 'stopped.ndjson')]);
    await checkpointReached(out, 5, run.exit);
    run.child.kill('SIGINT');
    const r = await run.exit;
    expect(r.code).toBe(130);
    const line = /^casus: resume with: (casus run .*--resume)$/m.exec(r.stderr)?.[1];
    expect(line, r.stderr).toBeDefined();
    const partial = resultOf(`${out}.partial`);
    expect(partial.partial).toBe(true);
    expect(existsSync(out)).toBe(false);
    // The line works as printed: pasted into a shell where `casus` is the installed command.
    await resumeAndCompare('stopped', line);
  });
});
