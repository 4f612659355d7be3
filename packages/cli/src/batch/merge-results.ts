import { canonicalAggregates, mergeInto, type Aggregates } from '@casus/engine';
import { canonicalJson } from './canonical-json.js';
import type { BatchErrorCode } from './errors.js';
import type { Manifest } from './manifest.js';
import type { ResultDocument } from './result-file.js';
import type { RunRange } from './shard.js';

/** A result document and the name to call it by in messages (its file name). */
export interface NamedResult {
  readonly name: string;
  readonly doc: ResultDocument;
}

export type MergeOutcome =
  | { ok: true; manifest: Manifest; aggregates: Aggregates; sources: { name: string; runs: Manifest['runs'] }[] }
  | { ok: false; code: BatchErrorCode; message: string; missing?: RunRange[] };

/**
 * Merges results of one batch exactly: checks they describe the same batch (scenario hash, seed,
 * seed scheme, engine and its version, options, total), that their run ranges do not overlap and
 * leave no gap (with `complete`, that they cover every run [0, total)), then adds their aggregates
 * in range order and returns the canonical form. Argument order never matters, and merging in any
 * grouping gives the same bytes. Refusals come back as values with a stable code.
 */
export function mergeResults(inputs: readonly NamedResult[], options: { complete: boolean }): MergeOutcome {
  if (inputs.length === 0) return { ok: false, code: 'E_MERGE_FORMAT', message: 'nothing to merge' };
  const partial = inputs.find((i) => i.doc.partial);
  if (partial) {
    return { ok: false, code: 'E_MERGE_PARTIAL', message: `${partial.name} is a partial result (an interrupted batch's checkpoint, or one stopped by --fail-fast or --max-failed); finish it with --resume first` };
  }
  const first = inputs[0]!;
  for (const other of inputs.slice(1)) {
    const a = first.doc.manifest;
    const b = other.doc.manifest;
    const refuse = (code: BatchErrorCode, what: string, x: unknown, y: unknown): MergeOutcome => ({
      ok: false, code, message: `${first.name} and ${other.name} are not parts of the same batch: ${what} ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`,
    });
    if (a.scenario.sha256 !== b.scenario.sha256) return refuse('E_MERGE_SCENARIO', 'resolved scenario sha256', a.scenario.sha256, b.scenario.sha256);
    if (a.seed !== b.seed) return refuse('E_MERGE_SEED', 'seed', a.seed, b.seed);
    if (a.seedScheme !== b.seedScheme) {
      return {
        ok: false, code: 'E_MERGE_SEED_SCHEME',
        message: `${first.name} (seed scheme ${a.seedScheme}) and ${other.name} (seed scheme ${b.seedScheme}) drew their random numbers under different schemes, so their runs are not parts of one batch; rerun the part made by the other Casus version with this one`,
      };
    }
    if (a.engineVersion !== b.engineVersion) return refuse('E_MERGE_ENGINE_VERSION', 'engine version', a.engineVersion, b.engineVersion);
    if (a.engine !== b.engine) return refuse('E_MERGE_ENGINE', 'engine', a.engine, b.engine);
    if (canonicalJson(a.options) !== canonicalJson(b.options)) {
      return { ok: false, code: 'E_MERGE_OPTIONS', message: `${first.name} and ${other.name} are not parts of the same batch: ${optionDifferences(first.name, a.options, other.name, b.options)}` };
    }
    if (a.runs.total !== b.runs.total) return refuse('E_MERGE_OPTIONS', 'total runs', a.runs.total, b.runs.total);
  }

  const total = first.doc.manifest.runs.total;
  const sorted = [...inputs].sort((x, y) => x.doc.manifest.runs.from - y.doc.manifest.runs.from || x.doc.manifest.runs.to - y.doc.manifest.runs.to);
  const nonEmpty = sorted.filter((i) => i.doc.manifest.runs.to > i.doc.manifest.runs.from);
  for (let k = 1; k < nonEmpty.length; k++) {
    const p = nonEmpty[k - 1]!;
    const q = nonEmpty[k]!;
    if (q.doc.manifest.runs.from < p.doc.manifest.runs.to) {
      return { ok: false, code: 'E_MERGE_OVERLAP', message: `${p.name} (runs ${range(p.doc.manifest.runs)}) and ${q.name} (runs ${range(q.doc.manifest.runs)}) overlap: each run must come from exactly one result` };
    }
  }
  const missing: RunRange[] = [];
  let at = options.complete ? 0 : nonEmpty[0]?.doc.manifest.runs.from ?? 0;
  for (const i of nonEmpty) {
    if (i.doc.manifest.runs.from > at) missing.push({ from: at, to: i.doc.manifest.runs.from });
    at = Math.max(at, i.doc.manifest.runs.to);
  }
  if (options.complete && at < total) missing.push({ from: at, to: total });
  if (missing.length > 0) {
    return {
      ok: false, code: 'E_MERGE_GAP', missing,
      message: `the results do not cover ${options.complete ? `every run [0, ${total})` : 'a contiguous range'}: missing runs ${missing.map(range).join(', ')}`,
    };
  }

  const aggregates = structuredClone(sorted[0]!.doc.aggregates);
  for (const i of sorted.slice(1)) mergeInto(aggregates, i.doc.aggregates);
  const from = nonEmpty[0]?.doc.manifest.runs.from ?? 0;
  const to = nonEmpty.length > 0 ? nonEmpty[nonEmpty.length - 1]!.doc.manifest.runs.to : from;
  return {
    ok: true,
    manifest: { ...first.doc.manifest, runs: { from: options.complete ? 0 : from, to: options.complete ? total : to, total } },
    aggregates: canonicalAggregates(aggregates),
    sources: sorted.map((i) => ({ name: i.name, runs: i.doc.manifest.runs })),
  };
}

type Options = Manifest['options'];

/** How a batch drew its parameter values, in words. */
function designWords(o: Options): string {
  if (o.parameterDraws === 0) return 'a nominal batch';
  return o.drawLuck === 'independent' ? 'a batch over the judgments' : 'a nested design with shared luck (--parameter-draws)';
}

/** An option's value in a message: `none` for an absent one, JSON (cut short) otherwise. */
function optionValue(v: unknown): string {
  if (v === null || v === undefined) return 'none';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** The options that decide a batch besides its design, with the command-line option that sets each. */
const OPTION_NAMES: readonly [keyof Options, string][] = [
  ['situation', '--situation'], ['given', '--given'], ['precision', '--precision'], ['relativePrecision', '--rel-precision'],
  ['metricPrecision', '--metric-precision'], ['rare', '--rare'],
];

/**
 * Which options two manifests differ in, said in words: `a.json is a nominal batch, b.json is a
 * batch over the judgments (parameterDraws 0 vs 40, …)`, `--situation: none in a.json, "invasion" in
 * b.json`. Every difference is named, the design first.
 */
export function optionDifferences(aName: string, a: Options, bName: string, b: Options): string {
  const parts: string[] = [];
  const same = (x: unknown, y: unknown): boolean => canonicalJson(x ?? null) === canonicalJson(y ?? null);
  const designKeys = (['parameterDraws', 'runsPerDraw', 'drawLuck'] as const).filter((k) => !same(a[k], b[k]));
  if (designKeys.length > 0) {
    const da = designWords(a);
    const db = designWords(b);
    const fields = designKeys.map((k) => `${k} ${optionValue(a[k])} vs ${optionValue(b[k])}`).join(', ');
    parts.push(da === db ? `each is ${da}, with other draws (${fields})` : `${aName} is ${da}, ${bName} is ${db} (${fields})`);
  }
  for (const [key, flag] of OPTION_NAMES) {
    if (!same(a[key], b[key])) parts.push(`${flag}: ${optionValue(a[key])} in ${aName}, ${optionValue(b[key])} in ${bName}`);
  }
  return parts.length > 0 ? parts.join('; ') : 'their options differ';
}

function range(r: RunRange): string {
  return `[${r.from}, ${r.to})`;
}
