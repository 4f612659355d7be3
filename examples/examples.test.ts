// Invariant: every example — the scripts here and the programs in docs/library.md — runs as a user
// would run it: a separate Node process importing the packages by name (`@casus/engine`,
// `@casus/scenarios`), printing what it promises. Small run counts (CASUS_EXAMPLE_RUNS) keep this
// quick; the figures themselves are not pinned.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function run(example: string, runs: number): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', `examples/${example}`], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, CASUS_EXAMPLE_RUNS: String(runs), NO_COLOR: '1' }, timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('examples/', () => {
  it('every example opens with a header comment saying what it shows, and imports the packages by name', () => {
    const examples = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('.'));
    expect(examples.sort()).toEqual(['compare-treaty.ts', 'parallel-batch.ts', 'russian-intervention.ts', 'stream-records.ts', 'sweep.ts']);
    for (const f of examples) {
      const text = readFileSync(new URL(f, import.meta.url), 'utf8');
      expect(text, f).toMatch(/^\/\*\*\n \* What it shows: /);
      expect(text, f).not.toMatch(/from '\.{1,2}\//);
      expect(text, f).toContain("from '@casus/engine'");
    }
  });

  it('russian-intervention.ts prints the probability of Russian intervention with its interval', () => {
    const r = run('russian-intervention.ts', 60);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('60 runs, seed 42, russia_art4_reliability = 0.95');
    expect(r.stdout).toMatch(/^russian_intervention: P = \d+\.\d\d% \(95% interval \d+\.\d\d% – \d+\.\d\d%, simulation error\), \d+ of 60 runs$/m);
  });

  it('stream-records.ts streams one JSON record per run, in run order', () => {
    const r = run('stream-records.ts', 25);
    expect(r.status, r.stderr).toBe(0);
    const records = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { run: number; seed: number; outcomes: Record<string, number | null> });
    expect(records.map((x) => x.run)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(Object.keys(records[0]!.outcomes)).toEqual(['clash', 'ally_intervenes', 'nonaggression_breached', 'sanctions_vetoed']);
  });

  it('compare-treaty.ts compares korea-2024 with its no-treaty variant on common random numbers', () => {
    const r = run('compare-treaty.ts', 40);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('korea-2024 (A) vs korea-2024-no-treaty (B): 40 paired runs');
    expect(r.stdout).toMatch(/^russian_intervention +A +\d+\.\d\d% +B +\d+\.\d\d% +B − A /m);
  });

  it('parallel-batch.ts runs a batch on two workers and as two merged shards, with identical results', () => {
    const r = run('parallel-batch.ts', 400);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^tutorial: 400 runs on 2 workers, seed 7, casus-keyed-v2 \(complete\)$/m);
    expect(r.stdout).toContain('two shards merged: aggregates identical, per-run records identical');
    expect(r.stdout).toContain('verified: 400 runs simulated again identical; a sample of 50 runs\' records identical');
  });

  it('sweep.ts prints the tidy table: 6 points × 4 outcomes', () => {
    const r = run('sweep.ts', 30);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('point,ally_reliability,clash_rate,outcome,runs,hits,probability,lo,hi');
    expect(lines).toHaveLength(1 + 6 * 4);
    expect(lines[1]).toMatch(/^0,0\.5,0\.3,clash,30,\d+,/);
  });
});

/** Runs a program's text as a module in examples/ (where the packages resolve by name). */
function runProgram(name: string, text: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const file = new URL(`.${name}.tmp.ts`, import.meta.url);
  writeFileSync(file, text);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', fileURLToPath(file)], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (status) => { rmSync(file, { force: true }); resolve({ status, stdout, stderr }); });
  });
}

describe('docs/library.md', () => {
  it('every `ts run` program in it runs and exits 0', async () => {
    const doc = readFileSync(new URL('../docs/library.md', import.meta.url), 'utf8');
    const programs = [...doc.matchAll(/```ts run\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(programs.length).toBeGreaterThanOrEqual(9);
    const results = await Promise.all(programs.map((p, i) => runProgram(`library-doc-${i}`, p)));
    results.forEach((r, i) => expect(r.status, `program ${i} of docs/library.md:\n${programs[i]}\n${r.stderr}`).toBe(0));
    // The merge example says what it proves.
    expect(results.at(-1)!.stdout.trim()).toBe('true');
  });
});
