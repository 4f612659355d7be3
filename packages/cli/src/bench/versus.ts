/**
 * `pnpm bench:versus --base DIR`: this build's engine against another build of it, for claims
 * like "this change makes korea-2024 1.3× faster" on a machine that other work shares.
 *
 * DIR is a copy of an earlier `packages/engine/dist`, placed where its own imports resolve — e.g.
 * before changing the engine, `cp -r packages/engine/dist packages/engine/node_modules/.base-dist`.
 * The two builds never share a process (one process loading both biases the second one loaded):
 * each repetition starts one process per build, in turn, each warming up and then timing `--runs`
 * runs on CPU time. It prints every repetition, the ratio of the medians, and whether the two builds'
 * canonical aggregates are identical (a hash of them) — a faster engine must compute the same numbers.
 *
 * Options: `--scenario ID` (korea-2024), `--runs N` (6,000), `--draws K` (0: nominal values; K > 0:
 * K parameter draws, the runs inside the first), `--reps R` (5), `--seed S` (2026).
 * A benchmark: it prints figures and asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Engine from '@casus/engine';
import { SCENARIO_DIR, scenarioResolver } from '@casus/scenarios';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => { const i = args.indexOf(`--${name}`); return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback; };

interface Measured { rate: number; hash: string }

/** In a child: load the engine at `entry`, warm up, time `runs` runs, print one JSON line. */
async function child(entry: string): Promise<void> {
  const E = (await import(pathToFileURL(entry).href)) as typeof Engine;
  const id = opt('scenario', 'korea-2024');
  const runs = Number(opt('runs', '6000'));
  const draws = Number(opt('draws', '0'));
  const loaded = E.loadScenario(readFileSync(join(SCENARIO_DIR, `${id}.yaml`), 'utf8'), { filename: `${id}.yaml`, resolve: scenarioResolver({ baseDir: SCENARIO_DIR }) });
  if (!loaded.ok) throw new Error(`${id} does not load`);
  const ctx = new E.BatchContext(loaded.scenario, { seed: Number(opt('seed', '2026')), runs: draws > 0 ? draws * 1_000_000 : 1e9, parameterDraws: draws });
  const agg = ctx.empty();
  ctx.runRange(agg, 0, Math.max(1000, Math.floor(runs / 5)));
  const cpu = (): number => { const u = process.cpuUsage(); return u.user + u.system; };
  const t0 = cpu();
  for (let r = 100_000; r < 100_000 + runs; r += 500) ctx.runRange(agg, r, Math.min(100_000 + runs, r + 500));
  const seconds = (cpu() - t0) / 1e6;
  const hash = createHash('sha256').update(JSON.stringify(E.canonicalAggregates(agg))).digest('hex').slice(0, 12);
  process.stdout.write(`${JSON.stringify({ rate: runs / seconds, hash } satisfies Measured)}\n`);
}

const median = (xs: readonly number[]): number => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };
const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');

function parent(): void {
  const baseDir = opt('base', '');
  if (!baseDir) {
    process.stderr.write('usage: pnpm bench:versus --base DIR [--scenario ID] [--runs N] [--draws K] [--reps R] [--seed S]\n  DIR: a copy of an earlier packages/engine/dist where its imports resolve, e.g. packages/engine/node_modules/.base-dist\n');
    process.exitCode = 2;
    return;
  }
  const entries = { base: join(resolve(baseDir), 'index.js'), current: fileURLToPath(new URL('../../../engine/dist/index.js', import.meta.url)) };
  const reps = Number(opt('reps', '5'));
  const self = fileURLToPath(import.meta.url);
  const got: Record<'base' | 'current', Measured[]> = { base: [], current: [] };
  for (let k = 0; k < reps; k++) {
    // Alternate which build goes first, so a trend in the machine's load favours neither.
    for (const which of k % 2 === 0 ? (['base', 'current'] as const) : (['current', 'base'] as const)) {
      const r = spawnSync(process.execPath, [self, '--child', entries[which], ...args], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`the ${which} build failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
      got[which].push(JSON.parse(r.stdout.trim().split('\n').pop()!) as Measured);
    }
  }
  const b = got.base.map((m) => m.rate), c = got.current.map((m) => m.rate);
  console.log(`${opt('scenario', 'korea-2024')}, ${opt('runs', '6000')} runs${Number(opt('draws', '0')) > 0 ? ` inside draw 0 of ${opt('draws', '0')}` : ' at the nominal values'}, ${reps} repetitions, runs/s of CPU time`);
  console.log(`base:    ${b.map(fmt).join('  ')}  (median ${fmt(median(b))})`);
  console.log(`current: ${c.map(fmt).join('  ')}  (median ${fmt(median(c))})`);
  console.log(`current / base: ${(median(c) / median(b)).toFixed(2)}×`);
  const hashes = new Set([...got.base, ...got.current].map((m) => m.hash));
  console.log(hashes.size === 1 ? `aggregates identical (${[...hashes][0]})` : `aggregates DIFFER: ${[...hashes].join(', ')}`);
}

const at = args.indexOf('--child');
if (at >= 0) await child(args[at + 1]!);
else parent();
