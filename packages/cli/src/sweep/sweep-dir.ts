import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Aggregates } from '@casus/engine';
import { writeFileAtomic } from '../batch/atomic-file.js';
import { canonicalJson } from '../batch/canonical-json.js';
import { CodedError, usageError } from '../batch/errors.js';
import type { Provenance } from '../batch/manifest.js';
import { checkOutputDirectory } from '../output-path.js';
import { SWEEP_FORMAT, SWEEP_VERSION, serialiseManifest, sweepDifferences, type SweepManifest } from './manifest.js';
import { METRIC_FILES } from './tables.js';

/** The files of a sweep directory. `manifest.json` is written last: its presence marks a complete directory. */
export const SWEEP_FILES = {
  manifest: 'manifest.json',
  aggregates: 'aggregates.json',
  provenance: 'provenance.json',
  csv: 'sweep.csv',
  ndjson: 'sweep.ndjson',
  parquet: 'sweep.parquet',
  checkpoint: 'checkpoint.json',
} as const;

export const SWEEP_AGGREGATES_FORMAT = 'casus-sweep-aggregates';
export const SWEEP_CHECKPOINT_FORMAT = 'casus-sweep-checkpoint';

/** `aggregates.json`: the exact aggregates of each design point the directory holds, by point index. */
export interface SweepAggregatesDocument {
  format: typeof SWEEP_AGGREGATES_FORMAT;
  version: typeof SWEEP_VERSION;
  points: { index: number; aggregates: Aggregates }[];
}

/** `checkpoint.json`: where an interrupted sweep stands, enough to resume it exactly. */
export interface SweepCheckpoint {
  format: typeof SWEEP_CHECKPOINT_FORMAT;
  version: typeof SWEEP_VERSION;
  manifest: SweepManifest;
  chunkSize: number;
  /** The first chunk (of the directory's point range) not yet merged. */
  nextChunk: number;
  /** Aggregates of every point begun: complete ones, and the point in progress so far. */
  points: { index: number; aggregates: Aggregates }[];
}

/**
 * Makes the output directory ready. Starting afresh (not resuming), an old `manifest.json` is
 * removed first, so a directory whose files are being replaced never looks complete. A checkpoint
 * of an interrupted run is not thrown away by a rerun that forgot `--resume`: without `restart`
 * it is refused (`E_CHECKPOINT_EXISTS`) before anything in the directory is touched.
 */
export function prepareSweepDir(dir: string, shown: string, resume: boolean, restart: boolean): void {
  checkOutputDirectory('--out', dir, shown);
  if (!resume && !restart && existsSync(join(dir, SWEEP_FILES.checkpoint))) {
    throw new CodedError('E_CHECKPOINT_EXISTS', `${join(shown, SWEEP_FILES.checkpoint)} holds the checkpoint of an interrupted run: pass --resume to continue it, or --restart to discard it and start afresh`);
  }
  try {
    // The directory itself, never missing parents (the policy of output-path.ts).
    if (!existsSync(dir)) mkdirSync(dir);
    if (!resume) {
      rmSync(join(dir, SWEEP_FILES.manifest), { force: true });
      // A metrics table left by an earlier sweep of a scenario with metrics would not be this one's.
      for (const name of Object.values(METRIC_FILES)) rmSync(join(dir, name), { force: true });
    }
  } catch (error) {
    throw new CodedError('E_OUTPUT_PATH', `--out ${shown}: cannot write to it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/**
 * Writes a finished sweep directory, each file atomically (temporary file, fsync, rename): the
 * aggregates, the tables (`files`, in order), the provenance, and the manifest last; then removes
 * the checkpoint.
 */
export function writeSweepDir(dir: string, o: {
  manifest: SweepManifest;
  aggregates: SweepAggregatesDocument['points'];
  /** Each table file's name and content: text, or bytes (Parquet). */
  files: readonly (readonly [string, string | Uint8Array])[];
  provenance: Provenance;
}): void {
  const doc: SweepAggregatesDocument = { format: SWEEP_AGGREGATES_FORMAT, version: SWEEP_VERSION, points: o.aggregates };
  try {
    writeFileAtomic(join(dir, SWEEP_FILES.aggregates), `${JSON.stringify(doc)}\n`);
    for (const [name, content] of o.files) {
      writeFileAtomic(join(dir, name), content);
    }
    writeFileAtomic(join(dir, SWEEP_FILES.provenance), `${JSON.stringify(o.provenance, null, 2)}\n`);
    writeFileAtomic(join(dir, SWEEP_FILES.manifest), serialiseManifest(o.manifest));
  } catch (error) {
    // The work is done and its checkpoint (written as it went) holds it: --resume writes the files.
    const kept = existsSync(join(dir, SWEEP_FILES.checkpoint)) ? `; the work is kept in ${join(dir, SWEEP_FILES.checkpoint)}: rerun with --resume to write the files` : '';
    throw new CodedError('E_OUTPUT_WRITE', `cannot write ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})${kept}`);
  }
  rmSync(join(dir, SWEEP_FILES.checkpoint), { force: true });
}

/** The text of `checkpoint.json`. */
export function serialiseSweepCheckpoint(cp: Omit<SweepCheckpoint, 'format' | 'version'>): string {
  return `${JSON.stringify({ format: SWEEP_CHECKPOINT_FORMAT, version: SWEEP_VERSION, ...cp })}\n`;
}

/**
 * Reads the checkpoint of `dir` for --resume and checks it belongs to this very sweep (the same
 * manifest: scenario hash, seed, design, points, runs, range …, and chunk size). Throws
 * E_RESUME_NO_CHECKPOINT when there is none, E_RESUME_MISMATCH when it is another sweep's.
 */
export function readSweepCheckpoint(dir: string, shown: string, expected: SweepManifest, chunkSize: number): SweepCheckpoint {
  const path = join(dir, SWEEP_FILES.checkpoint);
  if (!existsSync(path)) {
    throw usageError('E_RESUME_NO_CHECKPOINT', `--resume: no checkpoint ${join(shown, SWEEP_FILES.checkpoint)} to resume from (it is written while a sweep with --out ${shown} runs, and removed when it completes)`);
  }
  let cp: SweepCheckpoint;
  try {
    cp = JSON.parse(readFileSync(path, 'utf8')) as SweepCheckpoint;
  } catch (error) {
    throw usageError('E_RESUME_MISMATCH', `--resume: ${path} is not a sweep checkpoint: ${(error as Error).message}`);
  }
  if (cp?.format !== SWEEP_CHECKPOINT_FORMAT || cp.version !== SWEEP_VERSION || typeof cp.manifest !== 'object' || !Array.isArray(cp.points)) {
    throw usageError('E_RESUME_MISMATCH', `--resume: ${path} is not a sweep checkpoint of this version`);
  }
  const differences = sweepDifferences(cp.manifest, expected).map((d) => d.what);
  if (canonicalJson(cp.manifest.pointRange) !== canonicalJson(expected.pointRange)) differences.push(`design points ${JSON.stringify(cp.manifest.pointRange)} ≠ ${JSON.stringify(expected.pointRange)}`);
  if (cp.chunkSize !== chunkSize) differences.push(`chunk size ${cp.chunkSize} ≠ ${chunkSize}`);
  if (differences.length === 0 && canonicalJson(cp.manifest) !== canonicalJson(expected)) differences.push('manifests differ');
  if (differences.length > 0) {
    throw new CodedError('E_RESUME_MISMATCH', `--resume: ${path} belongs to a different sweep (${differences.join('; ')}); rerun with the original options, or with --restart instead of --resume to discard it and start afresh`);
  }
  return cp;
}

export type ReadSweep =
  | { ok: true; manifest: SweepManifest; aggregates: SweepAggregatesDocument; provenance: unknown }
  | { ok: false; partial: boolean; reason: string };

/** Reads a sweep directory written by `casus sweep` (for `casus merge`). Never throws. */
export function readSweepDir(dir: string): ReadSweep {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  if (!existsSync(join(dir, SWEEP_FILES.manifest))) {
    return existsSync(join(dir, SWEEP_FILES.checkpoint))
      ? { ok: false, partial: true, reason: 'an unfinished sweep (it has a checkpoint but no manifest.json); finish it with --resume first' }
      : { ok: false, partial: false, reason: 'no manifest.json (not a sweep directory, or one whose sweep never finished)' };
  }
  try {
    const manifest = read(SWEEP_FILES.manifest) as SweepManifest;
    if (manifest?.format !== SWEEP_FORMAT) return { ok: false, partial: false, reason: `manifest.json has format ${JSON.stringify(manifest?.format)}, expected "${SWEEP_FORMAT}"` };
    if (manifest.version !== SWEEP_VERSION) return { ok: false, partial: false, reason: `version ${JSON.stringify(manifest.version)} is not supported (this casus reads version ${SWEEP_VERSION})` };
    const r = manifest.pointRange;
    if (typeof r !== 'object' || r === null || ![r.from, r.to, r.total].every(Number.isSafeInteger) || r.from < 0 || r.to < r.from || r.to > r.total || r.total !== manifest.points?.length) {
      return { ok: false, partial: false, reason: 'manifest.pointRange must be { from, to, total } with 0 ≤ from ≤ to ≤ total = the number of points' };
    }
    const aggregates = read(SWEEP_FILES.aggregates) as SweepAggregatesDocument;
    if (aggregates?.format !== SWEEP_AGGREGATES_FORMAT || !Array.isArray(aggregates.points)) return { ok: false, partial: false, reason: 'aggregates.json is missing or not a sweep aggregates file' };
    const indices = aggregates.points.map((p) => p.index);
    const expected = Array.from({ length: r.to - r.from }, (_, k) => r.from + k);
    if (canonicalJson(indices) !== canonicalJson(expected)) return { ok: false, partial: false, reason: `aggregates.json holds points ${JSON.stringify(indices)}, not the manifest's [${r.from}, ${r.to})` };
    const provenance = existsSync(join(dir, SWEEP_FILES.provenance)) ? read(SWEEP_FILES.provenance) : null;
    return { ok: true, manifest, aggregates, provenance };
  } catch (error) {
    return { ok: false, partial: false, reason: (error as Error).message };
  }
}

/** Whether a `casus merge` argument names a directory (a sweep shard) rather than a result file. */
export function isSweepDirArgument(arg: string, cwd: string): boolean {
  const path = resolve(cwd, arg);
  return existsSync(path) && statSync(path).isDirectory();
}
