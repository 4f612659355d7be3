/**
 * `node packages/cli/dist/bench/threads.js [--workers K] -- COMMAND ARGS…`: runs a command and
 * prints the CPU time of each of its threads, for the whole-command figures of a machine that other
 * work shares (wall-clock time is noise there; a thread's CPU seconds are not). Linux only: it reads
 * `/proc/PID/task/TID/stat` every 0.1 s while the command runs.
 *
 * With `--workers K` it sums the K threads that used the most CPU as "workers", and tells apart the
 * main thread (TID = PID) and the rest (V8's compiler and GC threads, libuv); "workers stop apart"
 * is the time between the workers' last CPU ticks — how long one waited for the other at the end.
 * A benchmark: it prints figures and asserts nothing.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
if (dash < 0 || dash === args.length - 1) {
  console.error('usage: threads.js [--workers K] -- COMMAND ARGS…');
  process.exit(2);
}
const workersAt = args.indexOf('--workers');
const workers = workersAt >= 0 && workersAt < dash ? Number(args[workersAt + 1]) : 0;
const [command, ...commandArgs] = args.slice(dash + 1) as [string, ...string[]];

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux this runs on
interface ThreadSample { name: string; ticks: number; lastActive: number }
const threads = new Map<number, ThreadSample>();

const started = performance.now();
const child = spawn(command, commandArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
const pid = child.pid!;

function sample(): void {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  const now = (performance.now() - started) / 1000;
  for (const tid of tids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue;
    }
    // The name is in parentheses and may hold spaces; utime and stime are fields 14 and 15.
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const known = threads.get(Number(tid));
    if (known === undefined) threads.set(Number(tid), { name, ticks, lastActive: now });
    else if (ticks !== known.ticks) { known.ticks = ticks; known.lastActive = now; }
  }
}

const timer = setInterval(sample, 100);
child.on('exit', (code) => {
  clearInterval(timer);
  const wall = (performance.now() - started) / 1000;
  const cpu = (t: ThreadSample): number => t.ticks / TICKS_PER_SECOND;
  const all = [...threads].sort((a, b) => a[0] - b[0]);
  console.log(`exit ${code}, wall ${wall.toFixed(2)} s (last sample before the exit is at most 0.1 s old)`);
  for (const [tid, t] of all) if (t.ticks > 0) console.log(`  thread ${tid} ${tid === pid ? '(main)' : ''} ${t.name}: ${cpu(t).toFixed(2)} CPU-s, last active at ${t.lastActive.toFixed(2)} s`);
  const total = all.reduce((s, [, t]) => s + cpu(t), 0);
  if (workers > 0) {
    const main = threads.get(pid);
    const busiest = all.filter(([tid]) => tid !== pid).sort((a, b) => b[1].ticks - a[1].ticks).slice(0, workers).map(([, t]) => t);
    const inWorkers = busiest.reduce((s, t) => s + cpu(t), 0);
    const stops = busiest.map((t) => t.lastActive);
    const mainCpu = main === undefined ? 0 : cpu(main);
    console.log(`CPU s: all ${total.toFixed(1)}, workers ${inWorkers.toFixed(1)}, main ${mainCpu.toFixed(2)}, other threads ${(total - inWorkers - mainCpu).toFixed(1)}; workers stop apart ${(Math.max(...stops) - Math.min(...stops)).toFixed(2)} s`);
  } else {
    console.log(`CPU s: all ${total.toFixed(1)}`);
  }
});
