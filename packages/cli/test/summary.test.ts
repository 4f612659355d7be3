// Invariant: a batch's summary fits a screen by default (headline outcomes, the rarest outcomes'
// top paths, failures, replay lines) with every other section one option away, and `casus
// summary FILE` prints exactly what the batch printed, for merged and partial results too.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, removeTempDirs, tempDir, TUTORIAL } from './batch/helpers.js';

afterAll(removeTempDirs);

describe('the batch summary', () => {
  it('fits a screen for korea-2024 and names what it leaves out', async () => {
    const r = await cli(['run', 'korea-2024', '--runs', '1000', '--workers', '1', '--quiet']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    // The scenario's own metrics (six in korea-2024) are part of the headline: a table of a heading,
    // a header and a row each, after a blank line. The rest is at most 47 lines for korea-2024's 16
    // outcomes: 3 of heading, a blank, 2 + 16 + 2 of outcomes, a blank, 1 + 3 of drivers, a blank,
    // 1 + 3 × (1 + 2) of causal paths (how many paths an outcome shows depends on the runs), a blank,
    // 2 of failures, a blank and 3 of replay lines.
    const from = lines.findIndex((l) => l.startsWith('Metrics — '));
    expect(from).toBeGreaterThan(0);
    expect(lines.slice(from + 2, from + 8).map((l) => l.trim().split(/\s+/)[0])).toEqual(['launch_days', 'lethal_incidents', 'exchanges_of_fire', 'council_vetoes', 'weeks_korean_war', 'weeks_great_power_war']);
    expect(lines[from + 8]).toBe('');
    expect(lines.length - 9).toBeLessThanOrEqual(47);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(140);
    expect(r.stdout).toContain('Top causal paths');
    expect(r.stdout).toMatch(/^Replay this batch: casus run korea-2024 --runs 1000 --seed 1$/m);
    expect(r.stdout).not.toContain('Conditional probabilities');
    expect(lines.at(-1)).toMatch(/^More: --sections paths,drivers,conditionals,rungs,ledger,council/);
  }, 60_000);

  it('adds named sections, or all of them with --detail', async () => {
    const base = ['run', TUTORIAL, '--runs', '300', '--workers', '1', '--quiet'];
    const [some, all] = await Promise.all([cli([...base, '--sections', 'ledger,council']), cli([...base, '--detail'])]);
    expect(some.stdout).toContain('Obligations — counts over all runs');
    expect(some.stdout).toContain('Security Council drafts');
    expect(some.stdout).not.toContain('Highest rung reached');
    for (const heading of ['Most frequent causal paths', 'Conditional probabilities', 'Highest rung reached', 'Obligations', 'Security Council drafts']) {
      expect(all.stdout).toContain(heading);
    }
    expect(all.stdout).not.toContain('More: --sections');
  });

  it('refuses an unknown section with a suggestion', async () => {
    const r = await cli(['run', TUTORIAL, '--runs', '300', '--quiet', '--sections', 'ledgr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^casus: --sections: unknown section "ledgr" \(did you mean "ledger"\?\).*\[E_OPTION_VALUE\]\n$/);
  });
});

describe('casus summary', () => {
  it('prints what the batch printed, for a whole result and for a merge of shards', async () => {
    const dir = tempDir();
    const base = ['run', TUTORIAL, '--runs', '400', '--workers', '1', '--quiet'];
    const whole = await cli([...base, '--out', join(dir, 'r.json'), '--sections', 'ledger']);
    await cli([...base, '--shard', '0/2', '--out', join(dir, 's0.json')]);
    await cli([...base, '--shard', '1/2', '--out', join(dir, 's1.json')]);
    await cli(['merge', join(dir, 's0.json'), join(dir, 's1.json'), '--out', join(dir, 'm.json'), '--quiet']);
    const [again, merged] = await Promise.all([
      cli(['summary', join(dir, 'r.json'), '--sections', 'ledger']),
      cli(['summary', join(dir, 'm.json'), '--sections', 'ledger']),
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(whole.stdout);
    expect(merged.stdout).toBe(whole.stdout);
  });

  it('prints what a --rare batch printed, its replay line rerunning the same estimator', async () => {
    const dir = tempDir();
    for (const [name, extra] of [['b', ['--rare', 'ally_intervenes']], ['l', ['--rare', 'ally_intervenes', '--rare-levels', '1:2,2:2']], ['w', ['--rare-below', '0.05']]] as const) {
      const out = join(dir, `${name}.json`);
      const batch = await cli(['run', TUTORIAL, '--runs', '200', '--workers', '1', '--quiet', ...extra, '--out', out]);
      const again = await cli(['summary', out]);
      expect(again.code).toBe(0);
      expect(again.stdout).toBe(batch.stdout);
      expect(again.stdout).toContain(`Replay this batch: casus run ${TUTORIAL} --runs 200 --seed 1 ${extra.join(' ')}`);
    }
  });

  it('says a checkpoint is partial, and refuses a file that is not a result', async () => {
    const dir = tempDir();
    await cli(['run', TUTORIAL, '--runs', '400', '--workers', '1', '--quiet', '--out', join(dir, 'r.json')]);
    const doc = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'r.json.partial'), JSON.stringify({ ...doc, partial: true, checkpoint: { nextChunk: 1, chunkSize: 400, records: null } }));
    writeFileSync(join(dir, 'not.json'), '{"hello": 1}');
    const [partial, bad] = await Promise.all([cli(['summary', join(dir, 'r.json.partial')]), cli(['summary', join(dir, 'not.json')])]);
    expect(partial.code).toBe(0);
    expect(partial.stdout).toContain('Interrupted: these figures cover only the runs finished');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/\[E_SUMMARY_FORMAT\]\n$/);
  });
});
