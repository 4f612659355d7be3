// Invariant: every example runs as a user would run it — a separate Node process importing the
// packages by name (`@casus/engine`, `@casus/scenarios`) — and prints what its header promises.
// Small run counts (CASUS_EXAMPLE_RUNS) keep this quick; the figures themselves are not pinned.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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
    const examples = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(examples.sort()).toEqual(['compare-treaty.ts', 'russian-intervention.ts', 'stream-records.ts', 'sweep.ts']);
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

  it('sweep.ts prints the tidy table: 6 points × 4 outcomes', () => {
    const r = run('sweep.ts', 30);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('point,ally_reliability,clash_rate,outcome,runs,hits,probability,lo,hi');
    expect(lines).toHaveLength(1 + 6 * 4);
    expect(lines[1]).toMatch(/^0,0\.5,0\.3,clash,30,\d+,/);
  });
});
