/**
 * What it shows: a batch on worker threads from a script, with the code `casus run` uses
 * (`@casus/cli/batch`, Node only): two workers, a result file and per-run records; then the same
 * batch as two shards merged exactly — identical aggregates and identical record bytes, whatever
 * the worker count or the sharding; last, the whole result verified as `casus verify` does: its
 * runs simulated again in this thread, and a sample of its per-run records.
 *
 *   node --conditions=source --import tsx examples/parallel-batch.ts [runs]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_SCHEME } from '@casus/engine';
import { mergeResults, parseResult, runParallelBatch, verifyBatchResult, type ResultDocument } from '@casus/cli/batch';

/** Runs: the first argument, else CASUS_EXAMPLE_RUNS (the tests set a small one), else 20_000. */
const runs = Number(process.argv[2] ?? process.env.CASUS_EXAMPLE_RUNS ?? 20_000);
const dir = mkdtempSync(join(tmpdir(), 'casus-example-'));
const read = (file: string): ResultDocument => {
  const parsed = parseResult(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.doc;
};

try {
  // The whole batch on two workers, as `casus run tutorial --runs N --seed 7 --workers 2 --out … --runs-out …`.
  const whole = await runParallelBatch({
    scenario: 'tutorial', runs, seed: 7, workers: 2,
    out: join(dir, 'whole.json'), runsOut: join(dir, 'whole.csv'),
  });
  console.log(`tutorial: ${runs} runs on ${whole.workers} workers, seed 7, ${SEED_SCHEME} (${whole.reason})`);
  for (const o of whole.summary.outcomes) {
    console.log(`${o.id.padEnd(24)} P = ${(100 * o.p).toFixed(2)}% [${(100 * o.lo).toFixed(2)}, ${(100 * o.hi).toFixed(2)}]`);
  }

  // The same batch as two shards (two machines, say), each in this thread, then merged.
  for (const index of [0, 1]) {
    await runParallelBatch({ scenario: 'tutorial', runs, seed: 7, workers: 1, shard: { index, count: 2 }, out: join(dir, `shard-${index}.json`), runsOut: join(dir, `shard-${index}.csv`) });
  }
  const merged = mergeResults([0, 1].map((i) => ({ name: `shard-${i}.json`, doc: read(join(dir, `shard-${i}.json`)) })), { complete: true });
  if (!merged.ok) throw new Error(merged.message);
  const sameAggregates = JSON.stringify(merged.aggregates) === JSON.stringify(read(join(dir, 'whole.json')).aggregates);
  const records = (f: string): string => readFileSync(join(dir, f), 'utf8');
  const [header, ...rest] = records('shard-1.csv').split('\n');
  const sameRecords = records('shard-0.csv') + rest.join('\n') === records('whole.csv') && header === records('whole.csv').split('\n')[0];
  console.log(`two shards merged: aggregates ${sameAggregates ? 'identical' : 'DIFFERENT'}, per-run records ${sameRecords ? 'identical' : 'DIFFERENT'}`);

  // The whole result verified: every run simulated again, then a sample of 50 runs' records.
  const all = await verifyBatchResult({ result: join(dir, 'whole.json'), workers: 1 });
  const sample = await verifyBatchResult({ result: join(dir, 'whole.json'), runsFile: join(dir, 'whole.csv'), sample: 50 });
  console.log(`verified: ${all.simulated} runs simulated again ${all.identical ? 'identical' : 'DIFFERENT'}; a sample of ${sample.simulated} runs' records ${sample.identical ? 'identical' : 'DIFFERENT'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
