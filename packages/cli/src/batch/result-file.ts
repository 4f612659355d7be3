import type { Aggregates } from '@casus/engine';
import type { Manifest, Provenance } from './manifest.js';
import type { RecordsFormat } from './options.js';

export const RESULT_FORMAT = 'casus-result';
export const RESULT_VERSION = 1;

/** Where an interrupted batch stands: enough to resume it exactly. */
export interface Checkpoint {
  /** Index of the first chunk not yet in the aggregates (chunks count from the range's start). */
  nextChunk: number;
  chunkSize: number;
  /** The per-run records file being written, and how many of its bytes belong to the merged chunks. */
  records: { path: string; tempPath: string; format: RecordsFormat; bytes: number } | null;
}

/**
 * A result file (`--out`): the manifest (what was simulated), the exact aggregates, and the
 * provenance (how, when, where). Only `manifest` and `aggregates` are compared or merged.
 * A checkpoint (`OUT.partial`) is the same document with `partial: true` and a `checkpoint`.
 */
export interface ResultDocument {
  format: typeof RESULT_FORMAT;
  version: typeof RESULT_VERSION;
  partial?: true;
  manifest: Manifest;
  aggregates: Aggregates;
  provenance: Provenance;
  checkpoint?: Checkpoint;
}

/** The text of a result file: stable key order, two-space indent, a final newline. */
export function serialiseResult(doc: ResultDocument): string {
  return `${JSON.stringify(inFileOrder(doc), null, 2)}\n`;
}

/**
 * The text of a checkpoint (`OUT.partial`): the same document on one line. A checkpoint is
 * rewritten after every merged chunk; a batch over the judgments makes it megabytes, and the
 * indentation (one line per count) is three quarters of them: the text is made, encoded and
 * dropped as garbage by the main thread each time (docs/performance.md, Memory, fourth pass).
 */
export function serialiseCheckpoint(doc: ResultDocument): string {
  return `${JSON.stringify(inFileOrder(doc))}\n`;
}

function inFileOrder(doc: ResultDocument): ResultDocument {
  return {
    format: doc.format,
    version: doc.version,
    ...(doc.partial ? { partial: true as const } : {}),
    manifest: doc.manifest,
    aggregates: doc.aggregates,
    provenance: doc.provenance,
    ...(doc.checkpoint ? { checkpoint: doc.checkpoint } : {}),
  };
}

export type ParsedResult = { ok: true; doc: ResultDocument } | { ok: false; reason: string };

/** Parses and shape-checks a result file's text. */
export function parseResult(text: string): ParsedResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON (${(error as Error).message})` };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, reason: 'not a JSON object' };
  const d = data as Record<string, unknown>;
  if (d.format !== RESULT_FORMAT) return { ok: false, reason: `format is ${JSON.stringify(d.format)}, expected "${RESULT_FORMAT}"` };
  if (d.version !== RESULT_VERSION) return { ok: false, reason: `version ${JSON.stringify(d.version)} is not supported (this casus reads version ${RESULT_VERSION})` };
  const m = d.manifest as Partial<Manifest> | undefined;
  if (typeof m !== 'object' || m === null) return { ok: false, reason: 'no manifest' };
  const r = m.runs;
  if (typeof r !== 'object' || r === null || ![r.from, r.to, r.total].every((n) => Number.isSafeInteger(n)) || r.from < 0 || r.to < r.from || r.to > r.total) {
    return { ok: false, reason: 'manifest.runs must be { from, to, total } with 0 ≤ from ≤ to ≤ total' };
  }
  if (typeof m.scenario !== 'object' || m.scenario === null || typeof m.scenario.sha256 !== 'string') return { ok: false, reason: 'manifest.scenario.sha256 is missing' };
  if (typeof m.options !== 'object' || m.options === null) return { ok: false, reason: 'manifest.options is missing' };
  const a = d.aggregates as Partial<Aggregates> | undefined;
  if (typeof a !== 'object' || a === null || typeof a.runs !== 'number' || typeof a.outcomes !== 'object') return { ok: false, reason: 'no aggregates' };
  return { ok: true, doc: data as ResultDocument };
}

/** The checkpoint file of a result path. */
export function checkpointPath(out: string): string {
  return `${out}.partial`;
}

/** The command that produced the result: for a merge, the command of its first shard. */
export function commandOf(doc: ResultDocument): string | undefined {
  const p = doc.provenance as { command?: unknown; sources?: unknown } | undefined;
  const command = typeof p?.command === 'string' ? p.command : undefined;
  if (command !== undefined && /^casus merge\b/.test(command) && Array.isArray(p?.sources)) {
    const first = (p.sources as { provenance?: { command?: unknown } | null }[])[0]?.provenance?.command;
    if (typeof first === 'string') return first;
  }
  return command;
}
