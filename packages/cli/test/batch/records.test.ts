// Invariant: the per-run records and the aggregates tell the same story — every count in the
// aggregates (hits, first-hit ticks, both/before of each pair of outcomes) can be recomputed from
// the records — and records stream to disk in run order without memory growing with the runs.
import { readFileSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aggregatesOf, cli, readResult, tempDir, TWO_STATES, removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);

interface Rec { run: number; status: string; outcomes: Record<string, number | null>; posture: Record<string, string> }

describe('per-run records', () => {
  it('recompute the conditional counts (both, before), hits and tick histograms of the aggregates', async () => {
    const dir = tempDir();
    const r = await cli(['run', TWO_STATES, '--runs', '3000', '--seed', '5', '--workers', '2', '--quiet',
      '--out', join(dir, 'r.json'), '--runs-out', join(dir, 'runs.ndjson')]);
    expect(r.code, r.stderr).toBe(0);
    const records = readFileSync(join(dir, 'runs.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Rec);
    expect(records.map((x) => x.run)).toEqual([...Array(3000).keys()]);
    const agg = readResult(join(dir, 'r.json')).aggregates;
    const ids = Object.keys(agg.outcomes);
    for (const a of ids) {
      const hitsA = records.filter((x) => x.outcomes[a] !== null);
      expect(hitsA.length).toBe(agg.outcomes[a]!.hits);
      const ticks = new Array<number>(agg.outcomes[a]!.ticks.length).fill(0);
      for (const x of hitsA) ticks[x.outcomes[a]!]!++;
      expect(ticks).toEqual(agg.outcomes[a]!.ticks);
      for (const b of ids) {
        if (a === b) continue;
        const both = hitsA.filter((x) => x.outcomes[b] !== null);
        expect({ both: both.length, before: both.filter((x) => x.outcomes[a]! < x.outcomes[b]!).length }).toEqual(agg.pairs[a]![b]);
      }
    }
  });

  it('CSV holds the same runs as NDJSON, one row each, with a header naming the columns', async () => {
    const dir = tempDir();
    const common = ['run', TWO_STATES, '--runs', '400', '--seed', '5', '--workers', '1', '--quiet', '--parameter-draws', '2'];
    expect((await cli([...common, '--runs-out', join(dir, 'runs.csv')])).code).toBe(0);
    expect((await cli([...common, '--runs-out', join(dir, 'runs.jsonl')])).code).toBe(0);
    const [header, ...rows] = readFileSync(join(dir, 'runs.csv'), 'utf8').trimEnd().split('\n');
    expect(header).toBe('run,seed,draw,param_ally_reliability,status,error,outcome_clash,outcome_clash_date,outcome_ally_intervenes,outcome_ally_intervenes_date,outcome_sanctions_vetoed,outcome_sanctions_vetoed_date,posture_A,posture_B,posture_C,posture_D,posture_E,events,episodes');
    const json = readFileSync(join(dir, 'runs.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Rec & { draw: number; parameters: Record<string, number>; dates: Record<string, string | null> });
    expect(rows).toHaveLength(800);
    rows.forEach((row, i) => {
      const cells = row.split(',');
      const rec = json[i]!;
      expect(Number(cells[0])).toBe(rec.run);
      expect(Number(cells[2])).toBe(rec.draw);
      expect(Number(cells[3])).toBe(rec.parameters.ally_reliability);
      expect(cells[6]).toBe(rec.outcomes.clash === null ? '' : String(rec.outcomes.clash));
      expect(cells[7]).toBe(rec.dates.clash ?? '');
      // The date is the clock's start (2025-01-06, weekly ticks) plus the tick.
      if (rec.outcomes.clash !== null) expect(cells[7]).toBe(new Date(Date.UTC(2025, 0, 6 + 7 * rec.outcomes.clash)).toISOString().slice(0, 10));
    });
  });

  it('stream to disk with bounded memory: 200,000 runs in this thread', async () => {
    // A full collection before each sample, so the samples measure what is retained, not garbage.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const dir = tempDir();
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    const sampler = setInterval(() => { gc(); peak = Math.max(peak, process.memoryUsage().heapUsed - before); }, 250);
    const r = await cli(['run', TWO_STATES, '--runs', '200000', '--seed', '9', '--workers', '1', '--quiet', '--runs-out', join(dir, 'runs.ndjson'), '--out', join(dir, 'r.json')]);
    clearInterval(sampler);
    expect(r.code, r.stderr).toBe(0);
    const size = statSync(join(dir, 'runs.ndjson')).size;
    // ~47 MB of records (several times that as objects); the heap keeps at most a chunk or two.
    expect(size).toBeGreaterThan(40e6);
    expect(peak).toBeLessThan(15e6);
    expect(aggregatesOf(join(dir, 'r.json'))).toContain('"runs":200000');
  });
});
