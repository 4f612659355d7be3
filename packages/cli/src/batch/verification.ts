/**
 * What `casus verify` finds, for every kind of output it checks (a batch's result file and
 * per-run records: batch/verify.ts; a comparison: compare/verify.ts; a sweep or sensitivity
 * directory: sweep/verify.ts), and the checks they share: the random-number scheme, a set-up that
 * must write the very manifest of the file, counts compared byte for byte.
 *
 * @module
 */
import { engineVersion } from './manifest.js';
import { SEED_SCHEME } from '@casus/engine';
import { EXIT } from '../io.js';
import { canonicalJson, sha256 } from './canonical-json.js';
import { CodedError } from './errors.js';
import { diff, type Difference } from './json-diff.js';
import type { RecordsFormat } from './options.js';
import type { RunRange } from './shard.js';

export { diff, MAX_DIFFERENCES, type Difference } from './json-diff.js';

/** The aggregates simulated again against the file's. */
export interface AggregatesCheck {
  /** Byte for byte the same (canonical JSON), the run range included. */
  readonly identical: boolean;
  /** The first {@link MAX_DIFFERENCES} differing values, in document order, and how many in all. */
  readonly differences: readonly Difference[];
  readonly differing: number;
  /** SHA-256 of the canonical JSON of the aggregates: the file's, and as simulated again. */
  readonly sha256: { readonly file: string; readonly now: string };
}

/** One per-run record that differs: its run (null for a CSV header or a Parquet file as a whole) and both lines. */
export interface RecordDifference {
  readonly run: number | null;
  readonly file: string | null;
  readonly now: string | null;
}

/** A per-run records file simulated again (every run, or a sample) against its lines. */
export interface RecordsCheck {
  readonly file: string;
  readonly format: RecordsFormat;
  /** Records compared (a CSV header not counted). */
  readonly checked: number;
  readonly identical: boolean;
  readonly differences: readonly RecordDifference[];
  readonly differing: number;
}

/** What verifying a result found. */
export interface Verification {
  /** What was verified: a batch's result file, a comparison's, or a sweep or sensitivity directory (with its design points). */
  readonly kind: 'batch' | 'compare' | 'sweep' | 'sensitivity';
  /** Sweeps: the design points simulated again. */
  readonly points?: number;
  /** Everything compared is identical. */
  readonly identical: boolean;
  /** The runs the file holds. */
  readonly runs: RunRange & { readonly total: number };
  /** Runs simulated again: all of them, or the sample. */
  readonly simulated: number;
  /** Threads that simulated (as `provenance.workers`). */
  readonly workers: number;
  readonly durationMs: number;
  /** Null for a sample, which compares per-run records only. */
  readonly aggregates: AggregatesCheck | null;
  readonly records: RecordsCheck | null;
  /** The engine version that made the file, and this one. */
  readonly engineVersion: { readonly file: string; readonly now: string };
}

/** What to check besides the aggregates. */
export interface VerifyOptions {
  /** The scenario that was simulated, when it cannot be found from the result (a path or a bundled id). */
  readonly scenario?: string | undefined;
  readonly workers?: number | string | undefined;
  /** The batch's per-run records (`--runs-out`): compared too, line by line. */
  readonly records?: string | undefined;
  /** Only this many runs, spread over the file's, simulated again and their records compared (needs `records`). */
  readonly sample?: number | undefined;
  readonly quiet?: boolean | undefined;
  /** Told, in words, what is about to be simulated again and how its scenario was found. */
  readonly note?: ((line: string) => void) | undefined;
}

/** `n` written with thousands separators, as every message of the command. */
export function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

/** Refuses an output simulated under another random-number scheme: its runs cannot be simulated again here. */
export function checkSeedScheme(scheme: unknown, what: string): void {
  if (scheme !== SEED_SCHEME) {
    throw new CodedError('E_VERIFY_SEED_SCHEME', `the ${what} was simulated under the random-number scheme ${JSON.stringify(scheme)}; this casus draws under ${SEED_SCHEME}, so its runs cannot be simulated again here (use the casus that made it)`, EXIT.invalid);
  }
}

/**
 * Refuses an output whose set-up, made again, would not write its manifest (`file` against `now`,
 * both without what may differ): it cannot be simulated again, whatever its results. `what` names
 * it: `batch this result records`.
 */
export function checkSetUp(file: unknown, now: unknown, what: string): void {
  const found = diff(file, now, 'manifest');
  if (found.count === 0) return;
  const d = found.list[0]!;
  throw new CodedError('E_VERIFY_REPLAY', `cannot set up the ${what} again: ${d.path} is ${JSON.stringify(d.file)} in the file but ${JSON.stringify(d.now)} as set up here${found.count > 1 ? ` (and ${found.count - 1} more)` : ''}`, EXIT.invalid);
}

/** Counts as the file holds them against the same counts made again: value by value, and their hashes. */
export function countsCheck(file: unknown, now: unknown): AggregatesCheck {
  const found = diff(file, now, '');
  const hashes = { file: sha256(canonicalJson(file)), now: sha256(canonicalJson(now)) };
  return { identical: found.count === 0 && hashes.file === hashes.now, differences: found.list, differing: found.count, sha256: hashes };
}

/** The engine version that made an output (as its manifest records it), and this one. */
export function engineVersions(recorded: unknown): Verification['engineVersion'] {
  return { file: typeof recorded === 'string' ? recorded : 'unknown', now: engineVersion() };
}
