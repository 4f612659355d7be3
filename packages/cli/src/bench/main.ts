/**
 * `pnpm bench`: the speed figures of docs/performance.md, measured on the compiled build.
 *
 * 1. In this thread, runs per second of the batch engine (compiled tables) and the reference engine
 *    (xstate's own `transition`), for the tutorial and the canonical scenario, causal paths on.
 * 2. The real command, `casus run korea-2024 --runs N --quiet --out …`, with 1 worker and with every
 *    core: wall time (start-up included), runs per second and the peak resident set size measured by
 *    /usr/bin/time (the whole process: main thread and workers).
 *
 * Options: `--runs N` for part 2 (default: 1,000,000), `--quick` (smaller counts, for a smoke test).
 * Benchmarks print figures; they assert nothing and are not part of the test suite.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BatchContext, loadScenario, type Scenario } from '@casus/engine';
import { SCENARIO_DIR, scenarioResolver } from '@casus/scenarios';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const cliRuns = runsArg >= 0 ? Number(args[runsArg + 1]) : quick ? 20_000 : 1_000_000;

function scenario(id: string): Scenario {
  const r = loadScenario(readFileSync(join(SCENARIO_DIR, `${id}.yaml`), 'utf8'), { filename: `${id}.yaml`, resolve: scenarioResolver({ baseDir: SCENARIO_DIR }) });
  if (!r.ok) throw new Error(`${id} does not load`);
  return r.scenario;
}

/** Runs per second of one engine in this thread: warm up with short chunks, then time a long one. */
function inThread(s: Scenario, engine: 'batch' | 'reference', runs: number): number {
  const ctx = new BatchContext(s, { seed: 2026, runs: 1e9, engine });
  const agg = ctx.empty();
  const warm = Math.max(50, Math.floor(runs / 20));
  for (let c = 0; c < 10; c++) ctx.runRange(agg, c * warm, (c + 1) * warm);
  const from = 10 * warm;
  const t0 = performance.now();
  ctx.runRange(agg, from, from + runs);
  return runs / ((performance.now() - t0) / 1000);
}

const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');

console.log(`# Casus benchmark — node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores\n`);
console.log('## Engines in one thread (runs/s, causal paths on)\n');
console.log('| scenario | batch engine | reference engine (xstate) | ratio |');
console.log('|---|---|---|---|');
for (const id of ['tutorial', 'korea-2024']) {
  const s = scenario(id);
  const batch = inThread(s, 'batch', quick ? 5_000 : id === 'tutorial' ? 200_000 : 30_000);
  const reference = inThread(s, 'reference', quick ? 200 : id === 'tutorial' ? 5_000 : 600);
  console.log(`| ${id} | ${fmt(batch)} | ${fmt(reference)} | ${(batch / reference).toFixed(1)}× |`);
}

const bin = fileURLToPath(new URL('../bin.js', import.meta.url));
if (!existsSync(bin)) throw new Error('run `pnpm build` first: the benchmark measures the compiled command');
console.log(`\n## The command: casus run korea-2024 --runs ${fmt(cliRuns)} (wall time includes start-up)\n`);
console.log('| workers | wall s | runs/s | peak RSS MB |');
console.log('|---|---|---|---|');
const dir = mkdtempSync(join(tmpdir(), 'casus-bench-'));
try {
  for (const workers of [...new Set([1, availableParallelism()])]) {
    const out = join(dir, `w${workers}.json`);
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'run', 'korea-2024', '--runs', String(cliRuns), '--seed', '2026', '--workers', String(workers), '--quiet', '--out', out], { encoding: 'utf8' });
    const wall = (performance.now() - t0) / 1000;
    if (r.status !== 0) { console.log(`| ${workers} | failed: ${r.stderr.trim().split('\n').slice(-2).join(' ')} | | |`); continue; }
    const rssKb = Number(r.stderr.trim().split('\n').pop());
    console.log(`| ${workers} | ${wall.toFixed(1)} | ${fmt(cliRuns / wall)} | ${(rssKb / 1024).toFixed(0)} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
