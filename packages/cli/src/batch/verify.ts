/**
 * Verifying a result: the batch a result file records is set up again from its manifest, simulated
 * again here (with any worker count), and its aggregates compared byte for byte with the file's.
 * Casus promises the same aggregates for the same scenario, seed, options and runs on any machine,
 * worker count, sharding or resumption; this is that promise checked on a user's own file — after
 * a cluster run, on another machine, or before a figure is published.
 *
 * The batch is set up from the manifest, not from the recorded command line (which names files of
 * the machine it ran on): scenario and `--set` overrides as `casus report` finds them (checked
 * against the manifest's SHA-256), seed, engine, situation, conditioning, design and stopping
 * rule. The manifest the set-up batch would write must then equal the file's: a batch that cannot
 * be set up again is refused as such (E_VERIFY_REPLAY), never reported as a difference of results.
 *
 * @module
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { canonicalAggregates } from '@casus/engine';
import { CliError } from '../context.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';
import { runBatchJob, simulatorInit } from './batch-job.js';
import { ChunkSimulator } from './chunk-simulator.js';
import { requestedRuns } from './judgments.js';
import { CodedError } from './errors.js';
import { buildManifest, type Manifest } from './manifest.js';
import { planBatch, recordsFormatOf, type BatchCommandOptions, type BatchPlan, type RecordsFormat } from './options.js';
import { commandOf, parseResult, type ResultDocument } from './result-file.js';
import type { RunRange } from './shard.js';
import {
  checkSeedScheme, checkSetUp, countsCheck, engineVersions, fmt, MAX_DIFFERENCES,
  type RecordDifference, type RecordsCheck, type Verification, type VerifyOptions,
} from './verification.js';
import { resolveSimulatedScenario, shellWords, type ResolvedScenario } from '../report/scenario-source.js';
import { COMPARE_FORMAT } from '../compare/result-file.js';
import { verifyComparison } from '../compare/verify.js';
import { isSweepDirArgument } from '../sweep/sweep-dir.js';
import { verifySweepDir } from '../sweep/verify.js';

export * from './verification.js';
export { verifyComparison } from '../compare/verify.js';
export { verifySweepDir } from '../sweep/verify.js';

/**
 * The `casus run` options that set up again the batch `doc` records, with its scenario found as
 * `resolved`. `--runs` is read from the manifest's design; where the manifest leaves it open (the
 * cap of a batch that stopped on precision, `--runs` as typed for the default design over the
 * judgments) the recorded command line decides, and the manifest check catches a wrong guess.
 */
export function replayOptions(doc: ResultDocument, resolved: ResolvedScenario, workers?: number | string): BatchCommandOptions {
  const m = doc.manifest;
  const o = m.options;
  const command = commandOf(doc);
  const words = command === undefined ? [] : shellWords(command);
  const typed = (flag: string): string | undefined => {
    const at = words.indexOf(flag);
    return at >= 0 ? words[at + 1] : undefined;
  };
  // Results of older versions may lack the later options: absent is unused.
  const precision = o.precision ?? null;
  const rel = o.relativePrecision ?? null;
  const rare = o.rare ?? null;
  const metric = o.metricPrecision ?? null;
  const stopsEarly = precision !== null || rel !== null || metric !== null;
  if (stopsEarly && command === undefined) {
    throw new CodedError('E_VERIFY_REPLAY', 'cannot set up the batch this result records again: it stopped on precision, and its run cap (--runs, --max-runs), on which its stopping point depends, is recorded only in the command line of provenance, which this file lacks', EXIT.invalid);
  }
  let runs: number | string;
  if (stopsEarly) runs = typed('--runs') ?? 1;
  else if (o.parameterDraws > 0 && o.drawLuck === 'independent') runs = requestedRuns(o.parameterDraws, o.runsPerDraw ?? 0, typed('--runs'));
  else if (o.parameterDraws > 0) runs = o.runsPerDraw ?? m.runs.total;
  else runs = m.runs.total;
  return {
    file: resolved.source.path,
    runs,
    seed: m.seed,
    set: Object.entries(resolved.overrides).map(([k, v]) => `${k}=${v}`),
    engine: m.engine,
    ...(workers !== undefined ? { workers } : {}),
    ...(o.situation !== null ? { situation: o.situation } : {}),
    ...(o.given !== null ? { given: o.given } : {}),
    ...(o.parameterDraws > 0 && o.drawLuck !== 'independent' ? { parameterDraws: o.parameterDraws } : {}),
    ...(o.parameterDraws === 0 ? { nominal: true } : {}),
    ...(precision !== null ? { precision } : {}),
    ...(stopsEarly && typed('--max-runs') !== undefined ? { maxRuns: typed('--max-runs') } : {}),
    ...(rel !== null ? { relPrecision: rel.target, ...(rel.below === undefined ? { outcome: [...rel.outcomes] } : {}) } : {}),
    ...(metric !== null ? { metricPrecision: Object.entries(metric).map(([id, h]) => `${id}=${h}`) } : {}),
    ...(rare !== null ? {
      rare: [...rare.outcomes],
      ...(rare.below !== null ? { rareBelow: rare.below } : {}),
      // Files written before the branching estimator record none: they split on levels.
      ...((rare.estimator ?? 'levels') === 'levels' ? { rareLevels: rare.levels.map((l) => `${l.score}:${l.factor}`).join(',') } : {}),
    } : {}),
    quiet: true,
  };
}

/** The manifest without the engine's version (a newer engine may well give the same results). */
function comparable(m: Manifest): unknown {
  const { engineVersion: _version, ...rest } = m;
  return rest;
}

/**
 * Sets up the batch `doc` records again and checks the set-up batch would write the same
 * manifest. The plan covers the file's runs: a shard, a checkpoint and a batch stopped at a
 * failure are checked on the runs they hold. Throws E_VERIFY_SEED_SCHEME or E_VERIFY_REPLAY.
 */
export function replayPlan(doc: ResultDocument, resolved: ResolvedScenario, io: CliIo, workers?: number | string, runsOut?: string): BatchPlan {
  const m = doc.manifest;
  checkSeedScheme(m.seedScheme, 'result');
  const planned = planBatch({ ...replayOptions(doc, resolved, workers), ...(runsOut !== undefined ? { runsOut } : {}) }, io);
  const stopsEarly = planned.precision !== undefined || planned.relativePrecision !== undefined || planned.metricPrecision !== undefined;
  // A batch that stopped on precision is run as it was (its stopping point depends on its chunks
  // from the first run); any other covers the file's runs, whatever the chunks.
  const plan: BatchPlan = stopsEarly ? planned : { ...planned, range: { from: m.runs.from, to: m.runs.to } };
  const expected = buildManifest(plan, stopsEarly ? { from: m.runs.from, to: m.runs.to, total: m.runs.total } : { from: m.runs.from, to: m.runs.to });
  checkSetUp(comparable(m), comparable(expected), 'batch this result records');
  return plan;
}

/**
 * Simulates the runs of `doc` again and compares the aggregates with the file's — and, given the
 * batch's per-run records, every record with the file's line. With `sample`, only that many runs
 * are simulated (spread evenly over the file's) and their records compared: minutes of a cluster
 * batch checked in seconds. Writes nothing but a temporary copy of the records, removed at the end.
 */
export async function verifyResult(doc: ResultDocument, resolved: ResolvedScenario, io: CliIo, options: VerifyOptions = {}): Promise<Verification> {
  const m = doc.manifest;
  const engine = engineVersions(m.engineVersion);
  const format = options.records === undefined ? undefined : recordsFormatOf(options.records, '--runs-file');
  if (options.sample !== undefined) {
    if (options.records === undefined || format === undefined) throw new CodedError('E_OPTION_CONFLICT', '--sample compares the per-run records of the sampled runs: give the batch\'s --runs-file too', EXIT.usage);
    if (format === 'parquet') throw new CodedError('E_OPTION_CONFLICT', '--sample reads the records line by line: it needs the NDJSON or CSV records (a Parquet file is checked whole, without --sample)', EXIT.usage);
    const plan = replayPlan(doc, resolved, io, options.workers);
    const started = performance.now();
    const records = await sampledRecords(plan, m.runs, options.records, format, options.sample);
    return {
      kind: 'batch', identical: records.identical, runs: m.runs, simulated: records.checked, workers: 1, durationMs: performance.now() - started,
      aggregates: null, records, engineVersion: engine,
    };
  }
  const temp = format === undefined ? undefined : mkdtempSync(join(tmpdir(), 'casus-verify-'));
  try {
    const runsOut = temp === undefined ? undefined : join(temp, `records${extname(options.records!)}`);
    const plan = { ...replayPlan(doc, resolved, io, options.workers, runsOut), quiet: options.quiet ?? false };
    const job = await runBatchJob(plan, io);
    const now = canonicalAggregates(job.aggregates);
    // Runs and aggregates: a batch that stopped on precision must also stop where it stopped.
    const aggregates = countsCheck({ runs: m.runs, aggregates: doc.aggregates }, { runs: job.manifest.runs, aggregates: now });
    const records = runsOut === undefined ? null : compareRecordFiles(options.records!, runsOut, format!, m.runs.from);
    return {
      kind: 'batch', identical: aggregates.identical && (records?.identical ?? true), runs: m.runs, simulated: job.manifest.runs.to - job.manifest.runs.from,
      workers: job.workers, durationMs: job.durationMs, aggregates, records, engineVersion: engine,
    };
  } finally {
    if (temp !== undefined) rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Verifies what `input` (relative to `io.cwd`) names: a sweep or sensitivity directory
 * ({@link verifySweepDir}), or a batch's result file or a comparison's ({@link verifyFile}).
 */
export function verifyOutput(input: string, io: CliIo, options: VerifyOptions = {}): Promise<Verification> {
  return isSweepDirArgument(input, io.cwd) ? verifySweepDir(input, io, options) : verifyFile(input, io, options);
}

/**
 * Reads the result file `input` (relative to `io.cwd`), finds its scenario as `casus report` does
 * (checked against the manifest's SHA-256) and verifies it ({@link verifyResult}); a comparison
 * file is verified as one (`verifyComparison`).
 */
export async function verifyFile(input: string, io: CliIo, options: VerifyOptions = {}): Promise<Verification> {
  const path = resolve(io.cwd, input);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, EXIT.usage, 'E_READ');
  }
  if (formatOf(text) === COMPARE_FORMAT) return verifyComparison(input, path, text, io, options);
  const parsed = parseResult(text);
  if (!parsed.ok) throw new CodedError('E_VERIFY_FORMAT', `${input} is not a casus result file: ${parsed.reason}`, EXIT.invalid);
  const doc = parsed.doc;
  const m = doc.manifest;
  const resolved = resolveSimulatedScenario({ id: m.scenario.id, sha256: m.scenario.sha256, command: commandOf(doc) }, { cwd: io.cwd, resultPath: path, scenarioOption: options.scenario });
  const range = m.runs.from === 0 && m.runs.to === m.runs.total ? `its ${fmt(m.runs.total)} runs` : `runs ${fmt(m.runs.from)}–${fmt(m.runs.to - 1)} of ${fmt(m.runs.total)}`;
  options.note?.(`verifying ${input}: ${m.scenario.id} (seed ${String(m.seed)}), ${range}; scenario ${resolved.source.name} (found from ${resolved.how}; SHA-256 matches)`);
  return verifyResult(doc, resolved, io, { ...options, ...(options.records !== undefined ? { records: resolve(io.cwd, options.records) } : {}) });
}

/** The `format` a JSON document names, if it is one. */
function formatOf(text: string): unknown {
  try {
    const data = JSON.parse(text) as { format?: unknown } | null;
    return typeof data === 'object' && data !== null ? data.format : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a records file, failing with E_VERIFY_RECORDS rather than a stack trace. */
function readRecords(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CodedError('E_VERIFY_RECORDS', `cannot read the per-run records ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, EXIT.usage);
  }
}

/** The file's records against those written again: line by line (run `from` first), or a Parquet file whole. */
function compareRecordFiles(file: string, again: string, format: RecordsFormat, from: number): RecordsCheck {
  const a = readRecords(file);
  const b = readFileSync(again);
  if (format === 'parquet') {
    const same = a.equals(b);
    return { file, format, checked: -1, identical: same, differences: same ? [] : [{ run: null, file: null, now: null }], differing: same ? 0 : 1 };
  }
  const fileLines = lines(a.toString('utf8'));
  const nowLines = lines(b.toString('utf8'));
  const header = format === 'csv' ? 1 : 0;
  const out: RecordDifference[] = [];
  let differing = 0;
  for (let i = 0; i < Math.max(fileLines.length, nowLines.length); i++) {
    if (fileLines[i] === nowLines[i]) continue;
    differing++;
    if (out.length < MAX_DIFFERENCES) out.push({ run: i < header ? null : from + i - header, file: fileLines[i] ?? null, now: nowLines[i] ?? null });
  }
  return { file, format, checked: Math.max(0, nowLines.length - header), identical: differing === 0, differences: out, differing };
}

function lines(text: string): string[] {
  const all = text.split('\n');
  if (all.at(-1) === '') all.pop();
  return all;
}

/**
 * The runs a sample of `k` takes from [from, to): the first run of each of k equal slices, so the
 * sample is spread over the range (a nested design's draws all visited); every run when k covers them.
 */
export function sampleRuns(from: number, to: number, k: number): number[] {
  const n = to - from;
  if (k >= n) return Array.from({ length: n }, (_, i) => from + i);
  // ceil(i·n / k) in whole numbers: each slice is at least one run long, so it holds this run.
  return Array.from({ length: k }, (_, i) => from + Math.floor((i * n + k - 1) / k));
}

/** Simulates the sampled runs alone, in this thread, and compares each record with its line of the file. */
async function sampledRecords(plan: BatchPlan, range: RunRange, file: string, format: RecordsFormat, k: number): Promise<RecordsCheck> {
  const { from, to } = range;
  const runs = sampleRuns(from, to, k);
  const header = format === 'csv' ? 1 : 0;
  const wanted = new Map(runs.map((r) => [r - from + header, r] as const));
  const found = new Map<number, string>();
  let count = 0;
  try {
    const reader = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of reader) {
      if (wanted.has(count) || count < header) found.set(count, line);
      count++;
    }
  } catch (error) {
    throw new CodedError('E_VERIFY_RECORDS', `cannot read the per-run records ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, EXIT.usage);
  }
  if (count - header !== to - from) {
    throw new CodedError('E_VERIFY_RECORDS', `${file} holds ${count - header} records, but the result covers ${to - from} runs (${from}–${to - 1}): not this result's records`, EXIT.invalid);
  }
  const sim = new ChunkSimulator(simulatorInit(plan, format));
  const out: RecordDifference[] = [];
  let differing = 0;
  const compare = (run: number | null, fileLine: string | null, now: string): void => {
    if (fileLine === now) return;
    differing++;
    if (out.length < MAX_DIFFERENCES) out.push({ run, file: fileLine, now });
  };
  if (header === 1) compare(null, found.get(0) ?? null, sim.csvHeader());
  for (const [line, run] of wanted) {
    const steps = sim.steps({ index: 0, from: run, to: run + 1 });
    let step = steps.next();
    while (!step.done) step = steps.next();
    compare(run, found.get(line) ?? null, step.value.records!.replace(/\n$/, ''));
  }
  return { file, format, checked: runs.length, identical: differing === 0, differences: out, differing };
}

