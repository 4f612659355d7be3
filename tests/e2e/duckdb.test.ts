// Invariant: per-run records written as Parquet (`--runs-out runs.parquet`) read in DuckDB — a
// client users already have, through its npm package — with a type per column that does not depend
// on the data (a column holding only nulls is still BIGINT, DATE or VARCHAR), first-hit dates that
// are the clock's start plus the tick, the clock in the file's metadata, and the headline
// probability of result.json reproduced exactly from the rows.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../packages/cli/src/main.js';
import type { ResultDocument } from '../../packages/cli/src/batch/result-file.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TWO_STATES = 'packages/engine/test/scenarios/two-states.yaml';

async function casus(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runCli(argv, { stdout: () => {}, stderr: (s) => { stderr += s; }, cwd: ROOT, env: {}, isTTY: false });
  return { code, stderr };
}

describe('per-run records as Parquet, read by DuckDB', () => {
  let dir: string;
  let db: DuckDBConnection;
  let result: ResultDocument;
  const rows = async (sql: string): Promise<Record<string, unknown>[]> => (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casus-duckdb-'));
    for (const [name, extra] of [['plain', ['--nominal']], ['nested', ['--parameter-draws', '3']]] as const) {
      const r = await casus(['run', TWO_STATES, '--runs', '1500', '--seed', '11', '--workers', '2', '--quiet', ...extra,
        '--out', join(dir, `${name}.json`), '--runs-out', join(dir, `${name}.parquet`)]);
      expect(r.code, r.stderr).toBe(0);
    }
    result = JSON.parse(readFileSync(join(dir, 'plain.json'), 'utf8')) as ResultDocument;
    db = await (await DuckDBInstance.create(':memory:')).connect();
  }, 120_000);

  afterAll(() => {
    db?.closeSync();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reproduces every outcome probability of result.json exactly', async () => {
    const n = result.aggregates.runs;
    for (const [id, o] of Object.entries(result.aggregates.outcomes)) {
      const [row] = await rows(`SELECT count(*) FILTER (WHERE outcome_${id} IS NOT NULL) AS hits, count(*) AS n,
        count(*) FILTER (WHERE outcome_${id} IS NOT NULL) / count(*) AS p FROM '${join(dir, 'plain.parquet')}'`);
      expect({ id, hits: Number(row!.hits), n: Number(row!.n) }).toEqual({ id, hits: o.hits, n });
      expect(row!.p).toBe(o.hits / n);
    }
  });

  it('types columns by what they mean, the same in both files, even when all null', async () => {
    const types = async (file: string) => Object.fromEntries((await rows(`DESCRIBE SELECT * FROM '${join(dir, file)}'`)).map((r) => [r.column_name, r.column_type]));
    const plain = await types('plain.parquet');
    const nested = await types('nested.parquet');
    expect(plain).toMatchObject({
      run: 'BIGINT', seed: 'VARCHAR', draw: 'BIGINT', status: 'VARCHAR', error: 'VARCHAR',
      outcome_clash: 'BIGINT', outcome_clash_date: 'DATE', posture_A: 'VARCHAR', events: 'BIGINT',
    });
    expect(nested).toEqual({ ...plain, param_ally_reliability: 'DOUBLE' });
    // `draw` and `error` hold nothing in the plain batch, and are typed all the same.
    const [nulls] = await rows(`SELECT count(draw) AS draws, count(error) AS errors FROM '${join(dir, 'plain.parquet')}'`);
    expect(nulls).toEqual({ draws: '0', errors: '0' });
  });

  it('gives first-hit dates as the clock start plus the tick, and the clock in the metadata', async () => {
    const [check] = await rows(`SELECT count(*) FILTER (WHERE outcome_clash_date <> DATE '2025-01-06' + 7 * outcome_clash::INTEGER) AS wrong,
      count(*) FILTER (WHERE (outcome_clash IS NULL) <> (outcome_clash_date IS NULL)) AS mismatched,
      count(outcome_clash_date) AS dated FROM '${join(dir, 'plain.parquet')}'`);
    expect(check).toEqual({ wrong: '0', mismatched: '0', dated: String(result.aggregates.outcomes.clash!.hits) });
    const meta = Object.fromEntries((await rows(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${join(dir, 'plain.parquet')}')`)).map((r) => [r.k, r.v]));
    expect(JSON.parse(String(meta['casus.clock']))).toEqual({ start: '2025-01-06', tick: 'week', horizon: 52 });
    expect(result.manifest.clock).toEqual({ start: '2025-01-06', tick: 'week', horizon: 52 });
  });
});
