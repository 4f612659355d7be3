// Opt-in (pnpm test:slurm, as root): stands up a one-node, two-CPU Slurm cluster on this machine
// from Debian's slurm-wlm and munge, runs the submit and merge lines printed in
// docs/cluster/slurm-array.sh exactly as written (the script itself, unchanged, with `casus` on the
// PATH), and checks the merged aggregates are byte-identical to one process's. Skipped unless CASUS_SLURM=1. Installs slurm-wlm and munge with apt-get if missing.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../packages/cli/src/main.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCENARIO = join(ROOT, 'packages/engine/test/scenarios/two-states.yaml');
// tsx by its file URL: the jobs run in a submit directory outside the repository, where a bare
// `--import tsx` would not resolve.
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const CASUS = `${process.execPath} --conditions=source --import ${TSX} ${join(ROOT, 'packages/cli/src/bin.ts')}`;
const RUNS = 30000;
const SEED = 'slurm-77';

const daemons: ChildProcess[] = [];
let dir: string;
let env: NodeJS.ProcessEnv;

function have(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function start(command: string, args: string[]): void {
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
  child.on('exit', (code) => { if (code !== 0 && code !== null) console.error(`${command} exited ${code}: ${err.slice(-2000)}`); });
  daemons.push(child);
}

async function until(what: string, test: () => boolean, seconds: number): Promise<void> {
  for (let waited = 0; waited < seconds * 10; waited++) {
    if (test()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.runIf(process.env.CASUS_SLURM === '1')('Slurm job array (one-node cluster on this machine)', () => {
  beforeAll(async () => {
    if (process.getuid?.() !== 0) throw new Error('the Slurm test runs slurmctld and slurmd as root (SlurmUser=root); run it as root');
    if (!['slurmctld', 'slurmd', 'sbatch', 'munged', 'mungekey'].every(have)) {
      execFileSync('sh', ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y slurm-wlm munge'], { stdio: 'ignore' });
    }
    dir = mkdtempSync(join(tmpdir(), 'casus-slurm-'));
    for (const d of ['munge', 'state', 'spool', 'log', 'results']) mkdirSync(join(dir, d));
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'munge'), 0o755);
    const key = join(dir, 'munge', 'munge.key');
    execFileSync('mungekey', ['--create', `--keyfile=${key}`]);
    chmodSync(key, 0o400);
    const socket = join(dir, 'munge', 'munge.socket');
    const node = hostname().split('.')[0]!;
    const port = 20000 + Math.floor(Math.random() * 9000);
    writeFileSync(join(dir, 'slurm.conf'), [
      'ClusterName=casus-test', `SlurmctldHost=${node}`, 'SlurmUser=root', 'SlurmdUser=root',
      `SlurmctldPort=${port}`, `SlurmdPort=${port + 1}`,
      'AuthType=auth/munge', 'CredType=cred/munge', `AuthInfo=socket=${socket}`,
      `StateSaveLocation=${join(dir, 'state')}`, `SlurmdSpoolDir=${join(dir, 'spool')}`,
      `SlurmctldPidFile=${join(dir, 'slurmctld.pid')}`, `SlurmdPidFile=${join(dir, 'slurmd.pid')}`,
      `SlurmctldLogFile=${join(dir, 'log', 'slurmctld.log')}`, `SlurmdLogFile=${join(dir, 'log', 'slurmd.log')}`,
      'ProctrackType=proctrack/linuxproc', 'TaskPlugin=task/none', 'JobAcctGatherType=jobacct_gather/none',
      'AccountingStorageType=accounting_storage/none', 'SchedulerType=sched/backfill', 'SelectType=select/cons_tres',
      'SelectTypeParameters=CR_Core', 'MpiDefault=none', 'ReturnToService=2',
      `NodeName=${node} CPUs=2 State=UNKNOWN`, `PartitionName=casus Nodes=${node} Default=YES MaxTime=INFINITE State=UP`, '',
    ].join('\n'));
    writeFileSync(join(dir, 'cgroup.conf'), 'CgroupPlugin=autodetect\nIgnoreSystemd=yes\n');
    env = { ...process.env, SLURM_CONF: join(dir, 'slurm.conf') };

    start('munged', ['-F', '-f', `--key-file=${key}`, `--socket=${socket}`, `--pid-file=${join(dir, 'munge', 'munged.pid')}`,
      `--log-file=${join(dir, 'log', 'munged.log')}`, `--seed-file=${join(dir, 'munge', 'munged.seed')}`]);
    await until('munged', () => existsSync(socket), 10);
    start('slurmctld', ['-D', '-f', join(dir, 'slurm.conf')]);
    start('slurmd', ['-D', '-f', join(dir, 'slurm.conf')]);
    await until('the node to be idle', () => spawnSync('sinfo', ['-h', '-o', '%t'], { env, encoding: 'utf8' }).stdout.trim() === 'idle', 60);
  }, 600_000);

  afterAll(async () => {
    // Stop only the daemons this test started, by their process ids.
    for (const d of daemons.reverse()) {
      if (d.exitCode !== null || d.signalCode !== null) continue;
      const exited = new Promise((r) => d.once('exit', r));
      d.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (d.exitCode === null && d.signalCode === null) d.kill('SIGKILL');
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the documented submit and merge lines, run as printed, equal one process, byte for byte', async () => {
    // The two command lines from the script's own header, unchanged: the array as the script
    // declares it (16 tasks, one CPU each, no --cpus-per-task), then the merge job after it.
    const script = readFileSync(join(ROOT, 'docs/cluster/slurm-array.sh'), 'utf8');
    const lines = script.split('\n').filter((l) => /^#\s+(jobid=\$\(sbatch|sbatch )/.test(l)).map((l) => l.replace(/^#\s+/, ''));
    expect(lines).toHaveLength(2);
    expect(script).not.toMatch(/^#SBATCH --cpus-per-task/m);
    const tasks = Number(/^#SBATCH --array=0-(\d+)$/m.exec(script)![1]) + 1;

    // A submit directory outside the repository (the logs land there), with the docs beside it as
    // in a checkout, and `casus` on the PATH as after the README's set-up; CASUS is not set.
    const work = join(dir, 'work');
    const bin = join(dir, 'bin');
    mkdirSync(work);
    mkdirSync(bin);
    symlinkSync(join(ROOT, 'docs'), join(work, 'docs'));
    writeFileSync(join(bin, 'casus'), `#!/bin/sh\nexec ${CASUS} "$@"\n`, { mode: 0o755 });
    const results = join(dir, 'results');
    const jobEnv: NodeJS.ProcessEnv = { ...env, PATH: `${bin}:${env.PATH ?? ''}`, SCENARIO, RUNS: String(RUNS), SEED, OUT: results };
    delete jobEnv.CASUS;
    const submitted = spawnSync('bash', ['-euo', 'pipefail', '-c', lines.join('\n')], { cwd: work, env: jobEnv, encoding: 'utf8', timeout: 60_000 });
    expect(submitted.status, `${submitted.stdout}${submitted.stderr}`).toBe(0);

    const merged = join(results, 'all.json');
    // Done when the queue is empty, or when the merge job can never start (a task failed).
    const settled = () => {
      const reasons = spawnSync('squeue', ['-h', '-o', '%r'], { env, encoding: 'utf8' }).stdout.trim();
      return reasons === '' || reasons.split('\n').every((r) => r === 'DependencyNeverSatisfied');
    };
    await until('the array and the merge job to finish', settled, 500);
    const logs = readdirSync(work).filter((f) => f.endsWith('.log') || f.endsWith('.out'))
      .map((f) => `--- ${f}\n${readFileSync(join(work, f), 'utf8')}`).join('\n');
    expect(existsSync(merged), logs).toBe(true);
    for (let i = 0; i < tasks; i++) expect(existsSync(join(results, `shard-${i}.json`)), `shard ${i}`).toBe(true);

    const io = { stdout: () => {}, stderr: () => {}, cwd: ROOT, env: {}, isTTY: false };
    expect(await runCli(['run', SCENARIO, '--runs', String(RUNS), '--seed', SEED, '--quiet', '--out', join(dir, 'one.json')], io)).toBe(0);
    const all = JSON.parse(readFileSync(merged, 'utf8')) as { aggregates: unknown; manifest: unknown };
    const one = JSON.parse(readFileSync(join(dir, 'one.json'), 'utf8')) as { aggregates: unknown; manifest: unknown };
    expect(JSON.stringify(all.aggregates)).toBe(JSON.stringify(one.aggregates));
    expect(all.manifest).toEqual(one.manifest);
  }, 600_000);
});
