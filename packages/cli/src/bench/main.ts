/**
 * `pnpm bench`: the speed figures of docs/performance.md, measured on the compiled build.
 *
 * 1. In this thread, runs per second of the batch engine compiled to code (compiler/), the same
 *    engine interpreting its tables (the fallback where code generation is refused) and the
 *    reference engine (xstate's own `transition`), for the tutorial and korea-2024, with all
 *    aggregates and causal paths on (`BatchContext.runRange`). Wall-clock and CPU-time figures:
 *    on a shared machine the CPU-time one is the steadier.
 *    Then compiled against interpreted taken in turn (interleaved), on plain batches and on
 *    korea-2024's judgments design (40 parameter draws, the command's default).
 * 2. A hand-written loop of the tutorial (hand-loop.ts) beside the engine, in this process, with
 *    the ratio.
 * 3. The real command, `casus run korea-2024 --runs N --quiet --out …`, with 1 and 2 workers: wall
 *    time (start-up included), runs per second, what the second worker adds and the peak resident
 *    set size of the whole process (main thread and workers) from /usr/bin/time.
 * 4. The command as typed for the batches a seminar runs, `casus run korea-2024 --runs N --out …`
 *    without `--workers` (one worker, more as the work left pays for them): 2,000, 20,000 and
 *    100,000 runs, the whole process's wall time and the workers it used.
 * 5. `casus --version` from the build: start-up time, median of 5.
 *
 * The load average is printed first: other work on the machine slows every figure.
 * Options: `--runs N` for part 3 (default 1,000,000), `--quick` (smaller counts, for a smoke test).
 * Benchmarks print figures; they assert nothing and are not part of the test suite.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BatchContext, loadScenario, type Scenario } from '@casus/engine';
import { SCENARIO_DIR, scenarioResolver } from '@casus/scenarios';
import { HAND_OUTCOMES, HAND_TICKS, handLoop } from './hand-loop.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const cliRuns = runsArg >= 0 ? Number(args[runsArg + 1]) : quick ? 20_000 : 1_000_000;

function scenario(id: string): Scenario {
  const r = loadScenario(readFileSync(join(SCENARIO_DIR, `${id}.yaml`), 'utf8'), { filename: `${id}.yaml`, resolve: scenarioResolver({ baseDir: SCENARIO_DIR }) });
  if (!r.ok) throw new Error(`${id} does not load`);
  return r.scenario;
}

interface Speed { wall: number; cpu: number }

/** Times `body(n)` doing `n` runs: runs per wall-clock second and per CPU second of this process. */
function timed(runs: number, body: () => void): Speed {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  body();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { wall: runs / wall, cpu: runs / ((c.user + c.system) / 1e6) };
}

type Engine = 'compiled' | 'tables' | 'reference';

/** Runs per second of one engine in this thread: warm up with short chunks, then time chunks of 1,000. */
function inThread(s: Scenario, engine: Engine, runs: number): Speed {
  const ctx = new BatchContext(s, { seed: 2026, runs: 1e9, engine: engine === 'reference' ? 'reference' : 'batch', compiled: engine === 'compiled' });
  const agg = ctx.empty();
  const warm = Math.max(50, Math.floor(runs / 20));
  for (let c = 0; c < 10; c++) ctx.runRange(agg, c * warm, (c + 1) * warm);
  const from = 10 * warm;
  const chunk = Math.min(1000, runs);
  return timed(runs, () => { for (let r = from; r < from + runs; r += chunk) ctx.runRange(agg, r, Math.min(from + runs, r + chunk)); });
}

const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
const both = (s: Speed): string => `${fmt(s.wall)} | ${fmt(s.cpu)}`;

console.log(`# Casus benchmark — node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores`);
console.log(`load average at start (1, 5, 15 min): ${loadavg().map((x) => x.toFixed(1)).join(', ')} — above ${availableParallelism()} means other work shares the cores\n`);
console.log('## Engines in one thread (runs/s, all aggregates and causal paths on)\n');
console.log('| scenario | engine | runs/s (wall) | runs/s (CPU) |');
console.log('|---|---|---|---|');
for (const id of ['tutorial', 'korea-2024']) {
  const s = scenario(id);
  const n = (e: Engine): number => (e === 'reference' ? (quick ? 200 : id === 'tutorial' ? 5_000 : 600) : quick ? 5_000 : id === 'tutorial' ? 200_000 : 40_000);
  const row = {} as Record<Engine, Speed>;
  for (const e of ['compiled', 'tables', 'reference'] as const) {
    row[e] = inThread(s, e, n(e));
    console.log(`| ${id} | ${e === 'compiled' ? 'batch, compiled to code' : e === 'tables' ? 'batch, tables interpreted' : 'reference (xstate)'} | ${both(row[e])} |`);
  }
}
console.log('\n### Compiled against interpreted, interleaved (chunks of 500 runs taken in turn, so both see the same load)\n');
console.log('| scenario | compiled runs/s (CPU) | interpreted runs/s (CPU) | ratio |');
console.log('|---|---|---|---|');
for (const id of ['tutorial', 'korea-2024']) {
  const s = scenario(id);
  const make = (compiled: boolean): { ctx: BatchContext; agg: ReturnType<BatchContext['empty']> } => {
    const ctx = new BatchContext(s, { seed: 2026, runs: 1e9, compiled });
    return { ctx, agg: ctx.empty() };
  };
  const a = make(true), b = make(false);
  const chunk = 500;
  const total = quick ? 4_000 : id === 'tutorial' ? 200_000 : 30_000;
  for (let r = 0; r < 10 * chunk; r += chunk) { a.ctx.runRange(a.agg, r, r + chunk); b.ctx.runRange(b.agg, r, r + chunk); }
  let ca = 0, cb = 0;
  for (let r = 100_000; r < 100_000 + total; r += chunk) {
    ca += chunk / timed(chunk, () => a.ctx.runRange(a.agg, r, r + chunk)).cpu;
    cb += chunk / timed(chunk, () => b.ctx.runRange(b.agg, r, r + chunk)).cpu;
  }
  console.log(`| ${id} | ${fmt(total / ca)} | ${fmt(total / cb)} | ${(cb / ca).toFixed(2)}× |`);
}

console.log('\n### korea-2024 over the judgments (40 parameter draws × 500 runs, the command\'s default design), interleaved\n');
{
  // Every draw is its own compiled model; the generated code is shared by all of them (compiler/code.ts).
  const s = scenario('korea-2024');
  const per = quick ? 50 : 500;
  const make = (compiled: boolean): { ctx: BatchContext; agg: ReturnType<BatchContext['empty']> } => {
    const ctx = new BatchContext(s, { seed: 2026, runs: per, parameterDraws: 40, compiled });
    return { ctx, agg: ctx.empty() };
  };
  const a = make(true), b = make(false);
  let ca = 0, cb = 0;
  for (let d = 0; d < 40; d++) {
    ca += per / timed(per, () => a.ctx.runRange(a.agg, d * per, (d + 1) * per)).cpu;
    cb += per / timed(per, () => b.ctx.runRange(b.agg, d * per, (d + 1) * per)).cpu;
  }
  console.log('| compiled runs/s (CPU) | interpreted runs/s (CPU) | ratio |');
  console.log('|---|---|---|');
  console.log(`| ${fmt(40 * per / ca)} | ${fmt(40 * per / cb)} | ${(cb / ca).toFixed(2)}× |`);
}

console.log('\n## A hand-written loop of the tutorial, side by side (one thread)\n');
{
  const s = scenario('tutorial');
  const ctx = new BatchContext(s, { seed: 2026, runs: 1e9 });
  const agg = ctx.empty();
  const hits = new Float64Array(HAND_OUTCOMES);
  const ticks = new Float64Array(HAND_TICKS);
  const n = quick ? 20_000 : 300_000;
  const chunk = 1000;
  for (let r = 0; r < 20_000; r += chunk) { ctx.runRange(agg, r, r + chunk); handLoop(2026, r, r + chunk, hits, ticks); }
  // Alternate the two in chunks so both see the same machine load.
  let engineCpu = 0, handCpu = 0, engineWall = 0, handWall = 0;
  for (let r = 100_000; r < 100_000 + n; r += chunk) {
    const e = timed(chunk, () => ctx.runRange(agg, r, r + chunk));
    const h = timed(chunk, () => handLoop(2026, r, r + chunk, hits, ticks));
    engineCpu += chunk / e.cpu; handCpu += chunk / h.cpu; engineWall += chunk / e.wall; handWall += chunk / h.wall;
  }
  console.log('| loop | runs/s (wall) | runs/s (CPU) |');
  console.log('|---|---|---|');
  console.log(`| engine, compiled (tutorial) | ${fmt(n / engineWall)} | ${fmt(n / engineCpu)} |`);
  console.log(`| hand-written loop (tutorial's rules, same random-number scheme) | ${fmt(n / handWall)} | ${fmt(n / handCpu)} |`);
  console.log(`\nratio hand / engine: ${(engineCpu / handCpu).toFixed(1)}× (CPU time), ${(engineWall / handWall).toFixed(1)}× (wall)`);
}

const bin = fileURLToPath(new URL('../bin.js', import.meta.url));
if (!existsSync(bin)) throw new Error('run `pnpm build` first: the benchmark measures the compiled command');
console.log(`\n## The command: casus run korea-2024 --runs ${fmt(cliRuns)} (over the judgments, its default; wall time includes start-up)\n`);
console.log('| workers | wall s | runs/s | peak RSS MB |');
console.log('|---|---|---|---|');
const dir = mkdtempSync(join(tmpdir(), 'casus-bench-'));
try {
  const perWorkers: Record<number, number> = {};
  for (const workers of [1, 2]) {
    const out = join(dir, `w${workers}.json`);
    const t0 = performance.now();
    // The command's default design: 40 draws over the judgments × runs / 40 (--nominal: one model).
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'run', 'korea-2024', '--runs', String(cliRuns), '--seed', '2026', '--workers', String(workers), '--quiet', '--out', out], { encoding: 'utf8' });
    const wall = (performance.now() - t0) / 1000;
    if (r.status !== 0) { console.log(`| ${workers} | failed: ${r.stderr.trim().split('\n').slice(-2).join(' ')} | | |`); continue; }
    const rssKb = Number(r.stderr.trim().split('\n').pop());
    perWorkers[workers] = cliRuns / wall;
    console.log(`| ${workers} | ${wall.toFixed(1)} | ${fmt(cliRuns / wall)} | ${(rssKb / 1024).toFixed(0)} |`);
  }
  if (perWorkers[1] && perWorkers[2]) console.log(`\nthe second worker adds ${(100 * (perWorkers[2] / perWorkers[1] - 1)).toFixed(0)}%`);

  console.log('\n## The command as typed, no --workers (what a seminar waits for; wall time of the whole process)\n');
  console.log('| runs | wall s | workers used |');
  console.log('|---|---|---|');
  for (const runs of quick ? [2_000] : [2_000, 20_000, 100_000]) {
    const out = join(dir, `typed-${runs}.json`);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, 'run', 'korea-2024', '--runs', String(runs), '--seed', '2026', '--out', out], { encoding: 'utf8' });
    const wall = (performance.now() - t0) / 1000;
    if (r.status !== 0) { console.log(`| ${fmt(runs)} | failed: ${r.stderr.trim().split('\n').slice(-2).join(' ')} | |`); continue; }
    const used = /with (\d+) workers?/.exec(r.stderr)?.[1] ?? '?';
    console.log(`| ${fmt(runs)} | ${wall.toFixed(2)} | ${used} |`);
  }

  console.log('\n## Start-up: casus --version from the build (median of 5)\n');
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    times.push((performance.now() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  console.log(`${times[2]!.toFixed(3)} s (min ${times[0]!.toFixed(3)}, max ${times[4]!.toFixed(3)})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nload average at the end: ${loadavg().map((x) => x.toFixed(1)).join(', ')}`);
