/**
 * Extending a finished batch (`casus run FILE --runs N --extend OLD.json`): the runs OLD.json
 * holds are not simulated again. Run r of a batch is the same simulation whatever the batch's size
 * when the design does not depend on the size — a batch at fixed parameter values (`--nominal`, or
 * a scenario with nothing to draw), or `--parameter-draws K` extended by more draws of the same runs
 * each — so runs [0, M) of an N-run batch are OLD's M runs, and only [M, N) are simulated. Their
 * aggregates are added to OLD's (merging is exact), and the result is byte for byte the N-run
 * batch's: its manifest, aggregates and replay line are those of `casus run FILE --runs N`.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Aggregates } from '@casus/engine';
import { EXIT } from '../io.js';
import { chunkSizeFor } from './chunks.js';
import { CodedError } from './errors.js';
import { diff } from './json-diff.js';
import { buildManifest, type Manifest } from './manifest.js';
import type { BatchPlan } from './options.js';
import { parseResult } from './result-file.js';

/** What an extension starts from: the old file's aggregates and the first run it lacks. */
export interface Extension {
  /** The old result, as given and resolved. */
  readonly file: string;
  readonly path: string;
  /** Runs [0, from) are the old file's. */
  readonly from: number;
  readonly aggregates: Aggregates;
}

/**
 * The plan of `plan`'s batch that simulates only the runs `file` lacks: its range starts where the
 * old file's ends, and its aggregates start from the old file's. Refuses (nothing simulated) a file
 * that is not a finished whole batch (E_EXTEND_FORMAT, E_EXTEND_MISMATCH), a design that depends on
 * the run count (E_EXTEND_DESIGN), and a file of another batch: another scenario, seed, option or
 * engine version, or as many runs already (E_EXTEND_MISMATCH, naming the first difference).
 */
export function extendPlan(plan: BatchPlan, file: string, cwd: string): BatchPlan & { readonly extend: Extension } {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CodedError('E_EXTEND_FORMAT', `--extend ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, EXIT.usage);
  }
  const parsed = parseResult(text);
  if (!parsed.ok) throw new CodedError('E_EXTEND_FORMAT', `--extend ${file} is not a casus result file: ${parsed.reason}`, EXIT.invalid);
  const old = parsed.doc;
  const m = old.manifest;
  if (old.partial === true || m.runs.from !== 0 || m.runs.to !== m.runs.total) {
    throw new CodedError('E_EXTEND_MISMATCH', `--extend ${file} holds runs ${m.runs.from}–${m.runs.to - 1} of ${m.runs.total}${old.partial === true ? ' (a checkpoint or a batch stopped early)' : ' (a shard)'}: extend a finished whole batch (finish it with --resume, or merge the shards, first)`, EXIT.invalid);
  }
  if (plan.judgments === 'judgments') {
    throw new CodedError('E_EXTEND_DESIGN', `--extend: the default design over the judgments is sized from --runs (${plan.parameterDraws} draws × ${plan.runs} runs for --runs ${plan.requestedRuns}), so a larger batch draws other parameter values for the same runs; extend a batch at fixed values (--nominal) or one with --parameter-draws K by more draws`, EXIT.usage);
  }
  const from = m.runs.total;
  if (from >= plan.total) {
    throw new CodedError('E_EXTEND_MISMATCH', `--extend ${file} already holds ${from.toLocaleString('en-US')} runs; --runs asks for ${plan.total.toLocaleString('en-US')} in all`, EXIT.invalid);
  }
  // The old file must be this batch's first `from` runs: the manifest a batch of that size would
  // write (with as many draws as it holds, in a nested design), engine version included.
  const drawsThen = plan.parameterDraws > 0 ? from / plan.runs : 0;
  if (plan.parameterDraws > 0 && !Number.isInteger(drawsThen)) {
    throw new CodedError('E_EXTEND_MISMATCH', `--extend ${file} holds ${from} runs, not a whole number of draws of ${plan.runs} runs: give its --runs (runs per draw) and more --parameter-draws`, EXIT.invalid);
  }
  const then: Manifest = buildManifest({ ...plan, parameterDraws: drawsThen, total: from }, { from: 0, to: from });
  const found = diff(m, then, 'manifest');
  if (found.count > 0) {
    const d = found.list[0]!;
    throw new CodedError('E_EXTEND_MISMATCH', `--extend ${file} is not the start of this batch: ${d.path} is ${JSON.stringify(d.file)} in the file but ${JSON.stringify(d.now)} for this batch${found.count > 1 ? ` (and ${found.count - 1} more)` : ''}`, EXIT.invalid);
  }
  const range = { from, to: plan.range.to };
  return { ...plan, range, chunkSize: chunkSizeFor(range.to - range.from), extend: { file, path, from, aggregates: old.aggregates } };
}
