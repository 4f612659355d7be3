import { existsSync, readFileSync } from 'node:fs';
import { canonicalJson } from './canonical-json.js';
import { CodedError, usageError } from './errors.js';
import type { Manifest } from './manifest.js';
import { checkpointPath, parseResult, type ResultDocument } from './result-file.js';

/**
 * Reads the checkpoint of `out` for --resume and checks it belongs to this very batch: same
 * scenario hash, seed, scheme, engine and version, options, range start and total, chunk size.
 * Throws E_RESUME_NO_CHECKPOINT when there is none, E_RESUME_MISMATCH when it is another batch's.
 */
export function readCheckpoint(out: string, expected: Manifest, chunkSize: number): ResultDocument {
  const path = checkpointPath(out);
  if (!existsSync(path)) {
    throw usageError('E_RESUME_NO_CHECKPOINT', `--resume: no checkpoint ${path} to resume from (it is written while a batch with --out ${out} runs, and removed when it completes)`);
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw usageError('E_RESUME_NO_CHECKPOINT', `--resume: cannot read ${path}: ${(error as Error).message}`);
  }
  const parsed = parseResult(text);
  if (!parsed.ok) throw usageError('E_RESUME_MISMATCH', `--resume: ${path} is not a checkpoint: ${parsed.reason}`);
  const doc = parsed.doc;
  if (!doc.partial || !doc.checkpoint) throw usageError('E_RESUME_MISMATCH', `--resume: ${path} is not a checkpoint (no "checkpoint" member)`);
  if (doc.manifest.seedScheme !== expected.seedScheme) {
    throw new CodedError('E_RESUME_MISMATCH', `--resume: ${path} was made under seed scheme ${doc.manifest.seedScheme} (another Casus version) and this Casus draws under ${expected.seedScheme}; its runs cannot be continued: rerun with --restart instead of --resume to discard it and start afresh`);
  }
  const differences = manifestDifferences(doc.manifest, expected, { ignoreRunsTo: true });
  if (doc.checkpoint.chunkSize !== chunkSize) differences.push(`chunk size ${doc.checkpoint.chunkSize} ≠ ${chunkSize}`);
  if (differences.length > 0) {
    throw new CodedError('E_RESUME_MISMATCH', `--resume: ${path} belongs to a different batch (${differences.join('; ')}); rerun with the original options, or with --restart instead of --resume to discard it and start afresh`);
  }
  return doc;
}

/**
 * The fields in which two manifests differ, as readable phrases (empty when they describe the same
 * batch). `runs.to` is ignored on request (a checkpoint's prefix end).
 */
export function manifestDifferences(a: Manifest, b: Manifest, o: { ignoreRunsTo?: boolean } = {}): string[] {
  const out: string[] = [];
  if (a.scenario.sha256 !== b.scenario.sha256) out.push(`scenario sha256 ${a.scenario.sha256.slice(0, 12)}… ≠ ${b.scenario.sha256.slice(0, 12)}…`);
  if (a.seed !== b.seed) out.push(`seed ${JSON.stringify(a.seed)} ≠ ${JSON.stringify(b.seed)}`);
  if (a.seedScheme !== b.seedScheme) out.push(`seed scheme ${a.seedScheme} ≠ ${b.seedScheme}`);
  if (a.engine !== b.engine) out.push(`engine ${a.engine} ≠ ${b.engine}`);
  if (a.engineVersion !== b.engineVersion) out.push(`engine version ${a.engineVersion} ≠ ${b.engineVersion}`);
  if (canonicalJson(a.options) !== canonicalJson(b.options)) out.push(`options ${canonicalJson(a.options)} ≠ ${canonicalJson(b.options)}`);
  if (a.runs.total !== b.runs.total) out.push(`total runs ${a.runs.total} ≠ ${b.runs.total}`);
  if (a.runs.from !== b.runs.from) out.push(`first run ${a.runs.from} ≠ ${b.runs.from}`);
  if (!o.ignoreRunsTo && a.runs.to !== b.runs.to) out.push(`end of runs ${a.runs.to} ≠ ${b.runs.to}`);
  return out;
}
