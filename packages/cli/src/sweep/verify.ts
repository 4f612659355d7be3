/**
 * `casus verify SWEEP-DIR` (batch/verification.ts has what it finds).
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';
import { CodedError } from '../batch/errors.js';
import { capWorkers } from '../batch/options.js';
import { checkSeedScheme, countsCheck, engineVersions, fmt, type Verification, type VerifyOptions } from '../batch/verification.js';
import { resolveSimulatedScenario } from '../report/scenario-source.js';
import { wholeNumber } from './options.js';
import { readSweepDir } from './sweep-dir.js';
import { runSweepJob } from './sweep-job.js';

/**
 * Verifies a sweep or sensitivity directory (`casus sweep|sensitivity … --out DIR`, a shard of one,
 * or a merge of shards): its design points as its manifest lists them, simulated again with the same
 * runs, and every point's aggregates compared byte for byte with `aggregates.json`. The manifest is
 * the whole set-up (points and their values, runs per point, fixed values, seed, engine, situation),
 * so nothing needs setting up from a command line.
 */
export async function verifySweepDir(input: string, io: CliIo, options: VerifyOptions = {}): Promise<Verification> {
  if (options.records !== undefined || options.sample !== undefined) {
    throw new CodedError('E_OPTION_CONFLICT', `${input} is a sweep directory: --runs-file and --sample check a batch's per-run records; a sweep is checked point by point without them`, EXIT.usage);
  }
  const dir = resolve(io.cwd, input);
  const read = readSweepDir(dir);
  if (!read.ok) throw new CodedError('E_VERIFY_FORMAT', `${input} is not a finished sweep or sensitivity directory: ${read.reason}`, EXIT.invalid);
  const m = read.manifest;
  checkSeedScheme(m.seedScheme, m.kind);
  const resolved = resolveSimulatedScenario({ id: m.scenario.id, sha256: m.scenario.sha256, overrides: m.fixed, command: m.replay }, { cwd: io.cwd, resultPath: join(dir, 'manifest.json'), scenarioOption: options.scenario });
  const r = m.pointRange;
  const which = r.from === 0 && r.to === r.total ? `its ${r.total} design point${r.total === 1 ? '' : 's'}` : `design points ${r.from}–${r.to - 1} of ${r.total}`;
  options.note?.(`verifying ${input}: a ${m.kind} of ${m.scenario.id} (seed ${String(m.seed)}), ${which} × ${fmt(m.runsPerPoint)} runs; scenario ${resolved.source.name} (found from ${resolved.how}; SHA-256 matches)`);
  const workers = options.workers === undefined ? undefined : wholeNumber('--workers', String(options.workers), 1, 512);
  const job = await runSweepJob({
    scenario: resolved.scenario, seed: m.seed, runs: m.runsPerPoint, engine: m.engine, situation: m.situation ?? undefined, fixed: m.fixed,
    points: m.points, pointRange: { from: m.pointRange.from, to: m.pointRange.to }, manifest: m, out: undefined, resume: false,
    workers: workers === undefined ? availableParallelism() : capWorkers(workers, io), rampWorkers: workers === undefined, quiet: options.quiet ?? false,
  }, io);
  const aggregates = countsCheck({ points: read.aggregates.points }, { points: job.points });
  const points = m.pointRange.to - m.pointRange.from;
  return {
    kind: m.kind, points, identical: aggregates.identical,
    runs: { from: 0, to: points * m.runsPerPoint, total: points * m.runsPerPoint }, simulated: job.simulatedHere,
    workers: job.workers, durationMs: job.durationMs, aggregates, records: null,
    engineVersion: engineVersions(m.engineVersion),
  };
}

