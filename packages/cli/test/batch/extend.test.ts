// Invariant: `casus run FILE --runs N --extend OLD.json` simulates only the runs OLD lacks and
// writes exactly the N-run batch's result — manifest and aggregates byte for byte — for a batch at
// fixed parameter values and for --parameter-draws extended by more draws; anything else (the
// default design over the judgments, another batch, a shard or checkpoint, options that decide the
// run count) is refused before anything is simulated.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aggregatesOf, cli, readResult, removeTempDirs, tempDir, TUTORIAL } from './helpers.js';

afterAll(removeTempDirs);

const manifestOf = (path: string): string => JSON.stringify(readResult(path).manifest);

describe('casus run --extend', () => {
  it('gives the larger batch byte for byte, simulating only the runs the old file lacks', async () => {
    const dir = tempDir();
    const designs: string[][] = [
      ['--nominal', '--seed', '8'],
      ['--parameter-draws', '3', '--seed', 'draws'],
    ];
    for (const [i, design] of designs.entries()) {
      // --parameter-draws K with --runs M: K × M runs; extending takes more draws of the same M runs.
      const nested = design.includes('--parameter-draws');
      const small = nested ? ['--runs', '120'] : ['--runs', '700'];
      const large = nested ? ['--runs', '120', ...design.map((d) => (d === '3' ? '5' : d))] : ['--runs', '1900', ...design];
      const base = ['run', TUTORIAL, '--workers', '1', '--quiet'];
      const old = await cli([...base, ...small, ...design, '--out', join(dir, `old${i}.json`)]);
      expect(old.code, old.stderr).toBe(0);
      const whole = await cli([...base, ...large, '--out', join(dir, `whole${i}.json`), '--runs-out', join(dir, `whole${i}.ndjson`)]);
      const more = await cli(['run', TUTORIAL, ...large, '--workers', '2', '--extend', join(dir, `old${i}.json`), '--out', join(dir, `more${i}.json`), '--runs-out', join(dir, `more${i}.ndjson`)]);
      expect(more.code, more.stderr).toBe(0);
      expect(manifestOf(join(dir, `more${i}.json`))).toBe(manifestOf(join(dir, `whole${i}.json`)));
      expect(aggregatesOf(join(dir, `more${i}.json`))).toBe(aggregatesOf(join(dir, `whole${i}.json`)));
      // The summary is the larger batch's; stderr counts only the runs simulated now.
      expect(more.stdout).toBe(whole.stdout);
      const added = nested ? 240 : 1200;
      expect(more.stderr).toMatch(new RegExp(`^casus: ${added.toLocaleString('en-US')} runs in `, 'm'));
      // The records file holds the added runs' records: the larger batch's last lines.
      const wholeLines = readFileSync(join(dir, `whole${i}.ndjson`), 'utf8').trimEnd().split('\n');
      expect(readFileSync(join(dir, `more${i}.ndjson`), 'utf8').trimEnd().split('\n')).toEqual(wholeLines.slice(wholeLines.length - added));
      expect(readResult(join(dir, `more${i}.json`)).provenance.command).toMatch(/ --extend \S+old\d\.json/);
    }
  }, 120_000);

  it('refuses what it cannot extend, before simulating anything', async () => {
    const dir = tempDir();
    const base = ['run', TUTORIAL, '--workers', '1', '--quiet'];
    await cli([...base, '--runs', '400', '--nominal', '--out', join(dir, 'old.json')]);
    await cli([...base, '--runs', '400', '--nominal', '--shard', '0/2', '--out', join(dir, 'shard.json')]);
    const doc = JSON.parse(readFileSync(join(dir, 'old.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'partial.json'), JSON.stringify({ ...doc, partial: true }));
    const cases: [string[], number, RegExp][] = [
      [['--runs', '1000', '--extend', join(dir, 'old.json')], 2, /the default design over the judgments is sized from --runs .*\[E_EXTEND_DESIGN\]/],
      [['--runs', '1000', '--nominal', '--seed', '2', '--extend', join(dir, 'old.json')], 1, /is not the start of this batch: manifest\.seed is 1 in the file but 2 for this batch \[E_EXTEND_MISMATCH\]/],
      [['--runs', '1000', '--nominal', '--set', 'clash_rate=0.5', '--extend', join(dir, 'old.json')], 1, /is not the start of this batch: manifest\.scenario\.sha256 .*\[E_EXTEND_MISMATCH\]/],
      [['--runs', '400', '--nominal', '--extend', join(dir, 'old.json')], 1, /already holds 400 runs; --runs asks for 400 in all \[E_EXTEND_MISMATCH\]/],
      [['--runs', '1000', '--nominal', '--extend', join(dir, 'shard.json')], 1, /holds runs 0–199 of 400 \(a shard\): extend a finished whole batch .*\[E_EXTEND_MISMATCH\]/],
      [['--runs', '1000', '--nominal', '--extend', join(dir, 'partial.json')], 1, /\(a checkpoint or a batch stopped early\).*\[E_EXTEND_MISMATCH\]/],
      [['--runs', '1000', '--nominal', '--extend', join(dir, 'nothing.json')], 2, /--extend .*nothing\.json: cannot read it \(ENOENT\) \[E_EXTEND_FORMAT\]/],
      [['--runs', '1000', '--nominal', '--shard', '1/2', '--extend', join(dir, 'old.json')], 2, /cannot be combined with --shard \[E_OPTION_CONFLICT\]/],
      [['--precision', '0.05', '--extend', join(dir, 'old.json')], 2, /cannot be combined with --precision \[E_OPTION_CONFLICT\]/],
    ];
    for (const [args, code, message] of cases) {
      const r = await cli([...base, ...args, '--out', join(dir, 'new.json')]);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
    // Another scenario is named by its id, the manifest's first field, not by a field that sorts first.
    const other = await cli(['run', TUTORIAL.replace('tutorial.yaml', 'korea-2010.yaml'), '--workers', '1', '--quiet', '--runs', '1000', '--nominal', '--extend', join(dir, 'old.json'), '--out', join(dir, 'new.json')]);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/is not the start of this batch: manifest\.scenario\.id is "tutorial" in the file but "korea-2010" for this batch \(and \d+ more\) \[E_EXTEND_MISMATCH\]/);
  });
});
