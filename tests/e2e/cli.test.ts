// The real `casus` binary, spawned as users run it: each command's happy path and one error path,
// with the exit code and the lines a user or a script relies on. Kept fast (a few processes in
// parallel) so it runs with every test run.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'packages/cli/src/bin.ts');
const TWO_STATES = 'packages/engine/test/scenarios/two-states.yaml';

interface Result { code: number; stdout: string; stderr: string }

/** Runs `casus ARGS…` from the repository root (or `cwd`) with the sources, through tsx. */
function casus(args: string[], cwd = ROOT): Promise<Result> {
  return new Promise((done) => {
    execFile(process.execPath, ['--conditions=source', '--import', 'tsx', BIN, ...args], {
      cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined }, timeout: 20_000,
    }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      done({ code, stdout, stderr });
    });
  });
}

const lastLine = (s: string) => s.trimEnd().split('\n').at(-1);

describe('casus (real process)', () => {
  it('validate: a valid scenario exits 0, an invalid one exits 1 with file:line:col', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casus-e2e-'));
    writeFileSync(join(dir, 'broken.yaml'), 'version: "0.1"\nid: broken\ntitle: Broken\nclock: { start: 2025-01-06, tick: week, horizon: 4 }\nactors:\n  A: { name: Aland }\noutcomes:\n  o: { when: { relation: { between: [A, Z], war: true } } }\n');
    const [ok, bad] = await Promise.all([casus(['validate', TWO_STATES]), casus(['validate', join(dir, 'broken.yaml')])]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('two-states.yaml: valid');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/broken\.yaml:8:\d+ outcomes\.o\.when\.relation\.between/);
  });

  it('run: tells a story ending with the replay line; an unknown file exits 2 with one line', async () => {
    const [story, json, missing] = await Promise.all([
      casus(['run', TWO_STATES, '--seed', '42', '--situation', 'invasion']),
      casus(['run', TWO_STATES, '--seed', '42', '--situation', 'invasion', '--json']),
      casus(['run', 'no-such-scenario.yaml']),
    ]);
    expect(story.code).toBe(0);
    expect(story.stdout).toMatch(/^tick 2 · 2025-01-20$/m);
    expect(story.stdout).toContain('★ OUTCOME clash reached (2025-01-20)');
    expect(lastLine(story.stdout)).toBe(`replay: casus run ${TWO_STATES} --seed 42 --run 0 --situation invasion`);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ scenario: 'two-states', seed: 42, runIndex: 0, situation: 'invasion', status: 'ok' });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^casus: cannot read no-such-scenario\.yaml/);
  });

  it('explain: prints the chain to the outcome; an unknown outcome exits 2 listing the valid ones', async () => {
    const [explained, unknown] = await Promise.all([
      casus(['explain', TWO_STATES, '--seed', '42', '--run', '0', '--situation', 'invasion', '--outcome', 'clash']),
      casus(['explain', TWO_STATES, '--outcome', 'war']),
    ]);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toMatch(/#0 +B attacks A in aland \(intensity 5\).*\[inject:invasion#0\] +◀ clash holds from here/);
    // The war the chain's use of force belongs to: who began it, and when.
    expect(explained.stdout).toMatch(/\n {2}war episode 0: begun by B against A \(sides: B \| A, C\) — tick 2 · 2025-01-20, #0; ended /);
    expect(lastLine(explained.stdout)).toBe(`replay: casus explain ${TWO_STATES} --seed 42 --run 0 --situation invasion --outcome clash`);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('casus: unknown outcome "war"; two-states has these: clash, ally_intervenes, sanctions_vetoed [E_OUTCOME_UNKNOWN]\n');
  });

  it('run --run K --of N replays run K of the default batch over the judgments, with its drawn values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casus-e2e-'));
    const records = join(dir, 'runs.ndjson');
    const batch = await casus(['run', 'tutorial', '--runs', '200', '--seed', '42', '--workers', '1', '--quiet', '--runs-out', records]);
    expect(batch.code).toBe(0);
    expect(batch.stdout).toContain('Replay one run:    casus run tutorial --seed 42 --run K --of 200   (K = 0 … 199)');
    const rows = readFileSync(records, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { run: number; draw: number; outcomes: Record<string, number | null> });
    // Runs of two different draws, each reaching an outcome: the replay must meet the batch's ticks.
    const picks = [rows.find((r) => r.draw === 1 && r.outcomes.clash !== null)!, rows.find((r) => r.draw > 1 && r.outcomes.clash !== null)!];
    const [one, two, nominal] = await Promise.all([
      ...picks.map((r) => casus(['run', 'tutorial', '--seed', '42', '--run', String(r.run), '--of', '200', '--json'])),
      casus(['run', 'tutorial', '--seed', '42', '--run', String(picks[0]!.run)]),
    ]);
    for (const [k, res] of [one!, two!].entries()) {
      const out = JSON.parse(res.stdout) as { outcomes: Record<string, { tick: number | null }> };
      expect(Object.fromEntries(Object.entries(out.outcomes).map(([o, v]) => [o, v.tick])), `run ${picks[k]!.run}`).toEqual(picks[k]!.outcomes);
    }
    // Without --of the story says its values are nominal and how to get the batch's.
    expect(nominal.stdout).toContain('parameters: nominal values (3 uncertain; run K of a batch over the judgments drew its own: add --of N');
    const story = await casus(['run', 'tutorial', '--seed', '42', '--run', String(picks[0]!.run), '--of', '200']);
    // The draw is numbered as the records number it, from 0, in the story and in explain alike.
    expect(story.stdout).toMatch(new RegExp(`parameters: as drawn for run \\d+ of the 200-run batch over the judgments \\(parameter draw #${picks[0]!.draw} of \\d+, numbered from 0\\)`));
    const explained = await casus(['explain', 'tutorial', '--seed', '42', '--run', String(picks[0]!.run), '--of', '200']);
    expect(explained.stdout).toContain(`(parameter draw #${picks[0]!.draw} of `);
    expect(lastLine(story.stdout)).toBe(`replay: casus run tutorial --seed 42 --run ${picks[0]!.run} --of 200`);
    const beyond = await casus(['run', 'tutorial', '--seed', '42', '--run', '200', '--of', '200']);
    expect(beyond.code).toBe(2);
    expect(beyond.stderr).toContain('--run 200 is not a run of a batch of 200 runs');
  });

  it('a shard of a batch over the judgments says how many draws its figures cover', async () => {
    const [shard, whole] = await Promise.all([
      casus(['run', 'tutorial', '--runs', '400', '--seed', '42', '--shard', '0/4', '--workers', '1', '--quiet']),
      casus(['run', 'tutorial', '--runs', '400', '--seed', '42', '--workers', '1', '--quiet']),
    ]);
    expect(shard.stdout).toContain('10 parameter draws × 40 runs · runs 0–99 of 400');
    expect(shard.stdout).toContain('Only 3 of the 10 parameter draws have runs in these figures: P, the judgments columns and the drivers cover those draws only.');
    expect(whole.stdout).not.toContain('parameter draws have runs in these figures');
  });
});
