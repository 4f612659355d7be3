import { availableParallelism } from 'node:os';
import { extname, resolve } from 'node:path';
import type { DrawLuck, Scenario, SplittingPlan } from '@casus/engine';
import { judgmentDraws, uncertainParameters } from './judgments.js';
import type { CliIo } from '../io.js';
import type { ScenarioText } from '../read-scenario.js';
import { checkOutputFile } from '../output-path.js';
import { choices, DEFAULT_SEED, parseSeed as parseSeedText, resolveRunRequest } from '../run-request.js';
import { chunkSizeFor } from './chunks.js';
import { extendPlan, type Extension } from './extend.js';
import { usageError } from './errors.js';
import { expandShardPlaceholder, resolveShard, shardRange, type RunRange, type Shard } from './shard.js';
import { formatCount, wholeNumberMessage } from '../whole-number.js';

/**
 * The options `casus run FILE --runs N …` hands to the batch command, as commander parsed them:
 * numbers may still be strings, and every value is checked here (bad values are usage errors
 * with a stable code, exit 2).
 */
export interface BatchCommandOptions {
  /** The scenario argument as typed: a file or a bundled scenario id. */
  readonly file: string;
  readonly runs: number | string;
  /** Master seed; a whole number in [0, 2^32) is used as a number, anything else as a string. Default DEFAULT_SEED. */
  readonly seed?: number | string | undefined;
  /** Worker threads that simulate (default: up to os.availableParallelism(), added while the batch is long enough to gain from them); the main thread merges and writes. */
  readonly workers?: number | string | undefined;
  /** Parameter overrides, `name=value` (one string or many). */
  readonly set?: string | readonly string[] | undefined;
  readonly situation?: string | undefined;
  readonly given?: string | undefined;
  readonly parameterDraws?: number | string | undefined;
  readonly precision?: number | string | undefined;
  readonly maxRuns?: number | string | undefined;
  readonly out?: string | undefined;
  readonly runsOut?: string | undefined;
  readonly shard?: string | undefined;
  readonly shardCount?: number | string | undefined;
  readonly resume?: boolean | undefined;
  readonly restart?: boolean | undefined;
  readonly failFast?: boolean | undefined;
  /** Stop once more than this many runs have failed (the first chunk, in run order, that passes it). */
  readonly maxFailed?: number | string | undefined;
  /** A finished result of this batch's first runs: only the runs it lacks are simulated (batch/extend.ts). */
  readonly extend?: string | undefined;
  readonly quiet?: boolean | undefined;
  readonly json?: boolean | undefined;
  readonly engine?: string | undefined;
  /** Fixed judgments: every parameter at its nominal value (no parameter draws). */
  readonly nominal?: boolean | undefined;
  /** Stop once these outcomes' relative 95% half-width is at most this (with --outcome). */
  readonly relPrecision?: number | string | undefined;
  readonly outcome?: string | readonly string[] | undefined;
  /** Stop once each named metric's mean is known to ±H (95%): `ID=H` (one string or many). */
  readonly metricPrecision?: string | readonly string[] | undefined;
  /** Rare outcomes named for the rare-event estimator (branching at decisions; splitting with --rare-levels). */
  readonly rare?: string | readonly string[] | undefined;
  /** Also every outcome whose rare-event estimate is below this probability (and above 0). */
  readonly rareBelow?: number | string | undefined;
  /** Multilevel splitting on these levels `score:factor,…` instead of branching at decisions. */
  readonly rareLevels?: string | undefined;
  /** Summary view: every section (`--detail`), or the named ones (`--sections`). */
  readonly detail?: boolean | undefined;
  readonly sections?: string | readonly string[] | undefined;
}

/** Per-run records: NDJSON and CSV stream to disk; Parquet streams as NDJSON and is converted at the end. */
export type RecordsFormat = 'ndjson' | 'csv' | 'parquet';

/** A checked batch: everything the executor and the writers need, nothing left to parse. */
export interface BatchPlan {
  readonly source: ScenarioText;
  readonly scenario: Scenario;
  /** The scenario argument as typed (for replay lines). */
  readonly scenarioArg: string;
  readonly seed: number | string;
  /** Runs per parameter draw (or in all, for a plain batch); the cap with --precision. */
  readonly runs: number;
  /** Runs in the whole batch: `runs × parameterDraws` in a nested design. */
  readonly total: number;
  readonly overrides: Readonly<Record<string, number>>;
  readonly situation: string | undefined;
  readonly given: string | undefined;
  readonly parameterDraws: number;
  /**
   * How the parameter draws came about: `judgments` (the default for a scenario with uncertain
   * parameters: the probability over the judgments), `explicit` (--parameter-draws), or `nominal`
   * (no draws: --nominal, or implied by --precision, --rel-precision or --rare, or nothing to draw).
   */
  readonly judgments: 'judgments' | 'explicit' | 'nominal';
  /** Nested designs: shared luck across draws (--parameter-draws) or each run its own (the default judgments design). */
  readonly drawLuck: DrawLuck;
  /** --runs as given (the default judgments design splits it into draws × runs per draw). */
  readonly requestedRuns: number;
  /** Why the batch is nominal when the user did not ask for it (null otherwise). */
  readonly nominalBecause: string | null;
  /** The replay line needs --nominal: the batch is nominal by request and the scenario has parameters to draw. */
  readonly nominalFlag: boolean;
  readonly precision: number | undefined;
  readonly relativePrecision: { readonly target: number; readonly outcomes: readonly string[]; readonly below?: number | undefined } | undefined;
  /** --metric-precision: each named metric's target 95% half-width of its mean, in its own units. */
  readonly metricPrecision: Readonly<Record<string, number>> | undefined;
  /**
   * Rare outcomes: those named, and with `below` every outcome whose estimate falls below it; the
   * estimator (`branching` at decisions by default, `levels` with --rare-levels) and its levels.
   */
  readonly rare: { readonly outcomes: readonly string[]; readonly below: number | undefined; readonly method: 'branching' | 'levels'; readonly plan: SplittingPlan } | undefined;
  readonly engine: 'batch' | 'reference';
  /** The most worker threads (--workers, else the number of cores). */
  readonly workers: number;
  /** No --workers: start in this thread and add worker threads while the work left pays for them (batch/ramp.ts). */
  readonly rampWorkers: boolean;
  readonly shard: Shard | undefined;
  /** The runs this process is responsible for. */
  readonly range: RunRange;
  readonly chunkSize: number;
  readonly out: string | undefined;
  readonly runsOut: string | undefined;
  readonly recordsFormat: RecordsFormat | undefined;
  readonly resume: boolean;
  /** --restart: discard the checkpoint of an interrupted batch at --out and start afresh. */
  readonly restart: boolean;
  readonly failFast: boolean;
  /** --max-failed: stop once more runs than this have failed (undefined: never, unless --fail-fast). */
  readonly maxFailed: number | undefined;
  readonly quiet: boolean;
  readonly json: boolean;
  /** --extend: the old result's runs and aggregates; `range` then starts where they end. */
  readonly extend?: Extension | undefined;
}

const MAX_RUNS = 2 ** 40;
const MAX_WORKERS = 512;

/**
 * Checks the options and loads the scenario. Throws a CliError: exit 1 for an invalid scenario
 * (its issues are printed to stderr first), exit 2 for a bad option.
 */
export function planBatch(opts: BatchCommandOptions, io: CliIo): BatchPlan {
  // The scenario, --situation and --set are checked exactly as for a single run.
  const engine = opts.engine ?? 'batch';
  if (engine !== 'batch' && engine !== 'reference') throw usageError('E_OPTION_VALUE', `--engine expects batch or reference, got "${engine}"`);
  const req = resolveRunRequest(opts.file, {
    seed: parseSeed(opts.seed), run: 0, engine, situation: opts.situation,
    set: opts.set === undefined ? undefined : typeof opts.set === 'string' ? [opts.set] : [...opts.set],
  }, io);
  const scenario = req.scenario;

  const requested = wholeNumber('--runs', opts.runs, 1, MAX_RUNS);
  const explicitDraws = opts.parameterDraws === undefined ? 0 : wholeNumber('--parameter-draws', opts.parameterDraws, 1, 1_000_000);
  const precision = opts.precision === undefined ? undefined : fraction('--precision', opts.precision);
  const outcomes = listOf(opts.outcome);
  const rareOutcomes = listOf(opts.rare);
  const rareBelow = opts.rareBelow === undefined ? undefined : probability('--rare-below', opts.rareBelow);
  const rareWanted = rareOutcomes.length > 0 || rareBelow !== undefined;
  for (const [flag, ids] of [['--outcome', outcomes], ['--rare', rareOutcomes]] as const) {
    for (const id of ids) if (!Object.hasOwn(scenario.outcomes, id)) throw usageError('E_OUTCOME_UNKNOWN', `unknown outcome "${id}" in ${flag}; ${scenario.id} has ${choices(Object.keys(scenario.outcomes))}`);
  }
  let relativePrecision: BatchPlan['relativePrecision'];
  if (opts.relPrecision !== undefined) {
    const target = relative('--rel-precision', opts.relPrecision);
    const named = outcomes.length > 0 ? outcomes : rareOutcomes;
    const below = outcomes.length > 0 ? undefined : rareBelow;
    if (named.length === 0 && below === undefined) throw usageError('E_OPTION_CONFLICT', '--rel-precision needs the outcomes it applies to: --outcome ID (or --rare ID, or --rare-below P)');
    relativePrecision = { target, outcomes: named, ...(below !== undefined ? { below } : {}) };
  } else if (outcomes.length > 0) {
    throw usageError('E_OPTION_CONFLICT', '--outcome names the outcomes of --rel-precision; give --rel-precision R too');
  }
  if (opts.rareLevels !== undefined && !rareWanted) throw usageError('E_OPTION_CONFLICT', '--rare-levels only applies with --rare or --rare-below');
  const metricPrecision = metricTargets(opts.metricPrecision, scenario);
  const stopsEarly = precision !== undefined || relativePrecision !== undefined || metricPrecision !== undefined;
  // The flag that makes the batch stop on precision, for the messages that refuse what cannot go with it.
  const stopFlag = precision !== undefined ? '--precision' : relativePrecision !== undefined ? '--rel-precision' : '--metric-precision';
  if (opts.maxRuns !== undefined && !stopsEarly) {
    throw usageError('E_OPTION_CONFLICT', '--max-runs only applies with --precision, --rel-precision or --metric-precision (without them, --runs is the number of runs)');
  }
  if (explicitDraws > 0 && opts.nominal) throw usageError('E_OPTION_CONFLICT', '--nominal fixes every parameter at its nominal value; it cannot be combined with --parameter-draws');
  if (explicitDraws > 0 && rareWanted) throw usageError('E_OPTION_CONFLICT', '--rare runs at the nominal parameter values; it cannot be combined with --parameter-draws');
  if (explicitDraws > 0 && relativePrecision !== undefined) throw usageError('E_OPTION_CONFLICT', '--rel-precision cannot be combined with --parameter-draws (stopping early would leave later draws unrun)');
  if (explicitDraws > 0 && metricPrecision !== undefined) throw usageError('E_OPTION_CONFLICT', '--metric-precision cannot be combined with --parameter-draws (stopping early would leave later draws unrun)');
  // The default: the probability over the judgments (a nested design sized from --runs), unless
  // the batch must be nominal.
  const drawable = uncertainParameters(scenario, req.parameters);
  let judgments: BatchPlan['judgments'] = explicitDraws > 0 ? 'explicit' : 'nominal';
  let nominalBecause: string | null = null;
  let parameterDraws = explicitDraws;
  let runs = requested;
  if (explicitDraws === 0 && !opts.nominal && drawable.length > 0) {
    nominalBecause = rareWanted ? (rareOutcomes.length > 0 ? '--rare' : '--rare-below') : stopsEarly ? stopFlag : null;
    if (nominalBecause === null) {
      parameterDraws = judgmentDraws(requested);
      if (parameterDraws > 1) { judgments = 'judgments'; runs = Math.floor(requested / parameterDraws); } else parameterDraws = 0;
    }
  }
  // Stopping on precision with neither --runs (its default is one run) nor --max-runs: a cap that
  // precision, not the cap, will decide (`casus run S --rare X --rel-precision 0.1` as typed).
  const cap = stopsEarly && opts.maxRuns !== undefined ? wholeNumber('--max-runs', opts.maxRuns, 1, MAX_RUNS)
    : stopsEarly && requested === 1 ? PRECISION_CAP : runs;
  const total = parameterDraws > 0 ? cap * parameterDraws : cap;
  const rare: BatchPlan['rare'] = !rareWanted ? undefined : {
    outcomes: rareOutcomes,
    below: rareBelow,
    method: opts.rareLevels !== undefined ? 'levels' : 'branching',
    plan: opts.rareLevels !== undefined ? parseLevels(opts.rareLevels) : { levels: [] },
  };
  if (total > MAX_RUNS) throw usageError('E_OPTION_VALUE', `--runs × --parameter-draws is ${formatCount(total)}, more than the ${formatCount(MAX_RUNS)} runs a batch can index`);

  if (opts.given !== undefined && !Object.hasOwn(scenario.outcomes, opts.given)) {
    throw usageError('E_GIVEN_UNKNOWN', `unknown outcome "${opts.given}" in --given; ${scenario.id} has ${choices(Object.keys(scenario.outcomes))}`);
  }

  const shard = resolveShard(opts.shard, opts.shardCount, io.env);
  if (shard !== undefined && stopsEarly) {
    throw usageError('E_OPTION_CONFLICT', `${stopFlag} decides the run count as it goes, so it cannot be split into shards; run it in one process (with --workers)`);
  }
  if (parameterDraws > 0 && precision !== undefined) {
    throw usageError('E_OPTION_CONFLICT', '--precision cannot be combined with --parameter-draws (stopping early would leave later draws unrun)');
  }
  const range = shard === undefined ? { from: 0, to: total } : shardRange(shard, total);

  const workers = opts.workers === undefined ? availableParallelism() : capWorkers(wholeNumber('--workers', opts.workers, 1, MAX_WORKERS), io);
  const out = opts.out === undefined ? undefined : resolve(io.cwd, expandShardPlaceholder(opts.out, shard));
  const runsOut = opts.runsOut === undefined ? undefined : resolve(io.cwd, expandShardPlaceholder(opts.runsOut, shard));
  if (out !== undefined && runsOut !== undefined && out === runsOut) throw usageError('E_OPTION_CONFLICT', '--out and --runs-out name the same file');
  // Refuse before simulating anything: an output that cannot be written would lose the batch.
  if (out !== undefined) checkOutputFile('--out', out);
  if (runsOut !== undefined) checkOutputFile('--runs-out', runsOut);
  const recordsFormat = runsOut === undefined ? undefined : recordsFormatOf(runsOut);
  const maxFailed = opts.maxFailed === undefined ? undefined : wholeNumber('--max-failed', opts.maxFailed, 0, MAX_RUNS);
  if (maxFailed !== undefined && opts.failFast) throw usageError('E_OPTION_CONFLICT', '--fail-fast is --max-failed 0: give one of them');
  if (opts.extend !== undefined) {
    const other = opts.resume ? '--resume' : shard !== undefined ? (opts.shard !== undefined ? '--shard' : '--shard-count') : stopsEarly ? stopFlag : rare !== undefined ? (rareOutcomes.length > 0 ? '--rare' : '--rare-below') : undefined;
    if (other !== undefined) throw usageError('E_OPTION_CONFLICT', `--extend adds runs to a finished whole batch of fixed size; it cannot be combined with ${other}`);
  }
  if (opts.resume && opts.restart) throw usageError('E_OPTION_CONFLICT', '--resume continues the interrupted batch, --restart discards it: give one of them');
  if (opts.resume && out === undefined) {
    throw usageError('E_RESUME_NO_CHECKPOINT', '--resume continues from the checkpoint OUT.partial that --out writes; give the same --out as the interrupted batch');
  }

  const plan: BatchPlan = {
    source: req.source, scenario, scenarioArg: opts.file, seed: req.seed, runs: cap, total, overrides: req.parameters,
    situation: req.situation, given: opts.given, parameterDraws, judgments, nominalBecause,
    drawLuck: judgments === 'judgments' ? 'independent' : 'shared', requestedRuns: requested,
    nominalFlag: judgments === 'nominal' && nominalBecause === null && drawable.length > 0 && parameterDraws === 0 && opts.nominal === true, precision, relativePrecision, metricPrecision, rare, engine, workers, rampWorkers: opts.workers === undefined, shard, range,
    // A batch that stops on precision checks it at every chunk boundary: at most 1,000 runs apart,
    // so it does not overshoot its target by much whatever the cap.
    chunkSize: stopsEarly ? Math.min(PRECISION_CHUNK, chunkSizeFor(range.to - range.from)) : chunkSizeFor(range.to - range.from), out, runsOut, recordsFormat,
    resume: opts.resume ?? false, restart: opts.restart ?? false, failFast: opts.failFast ?? false, maxFailed, quiet: opts.quiet ?? false, json: opts.json ?? false,
  };
  return opts.extend === undefined ? plan : extendPlan(plan, opts.extend, io.cwd);
}

/**
 * More worker threads than cores only slows a batch down (each thread gets a slice of a core, and
 * memory grows), so a larger --workers is capped to the core count, with a note on stderr.
 */
export function capWorkers(requested: number, io: CliIo, cores: number = availableParallelism()): number {
  if (requested <= cores) return requested;
  io.stderr(`casus: note: --workers ${requested} is more than the ${cores} core${cores === 1 ? '' : 's'} of this machine; using ${cores}\n`);
  return cores;
}

/**
 * `--seed` of the commands that read it raw (compare, sweep): the one rule of
 * {@link parseSeedText}, so a seed means the same run in every command.
 */
export function parseSeed(raw: number | string | undefined): number | string {
  if (raw === undefined) return DEFAULT_SEED;
  return typeof raw === 'number' ? raw : parseSeedText(raw);
}

function wholeNumber(flag: string, raw: number | string, min: number, max: number): number {
  const n = typeof raw === 'number' ? raw : Number(String(raw).replaceAll('_', '').trim());
  if (typeof raw === 'string' && raw.trim() === '') throw usageError('E_OPTION_VALUE', `${flag} expects a whole number, got ""`);
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw usageError('E_OPTION_VALUE', wholeNumberMessage(flag, raw, min, max));
  }
  return n;
}

/** A target 95% half-width, in (0, 0.5) (`--precision`), else E_OPTION_VALUE. */
export function fraction(flag: string, raw: number | string): number {
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(n) || n <= 0 || n >= 0.5) {
    throw usageError('E_OPTION_VALUE', `${flag} expects the largest acceptable 95% half-width, a number in (0, 0.5) such as 0.01, got "${String(raw)}"`);
  }
  return n;
}

/** The run cap of a batch that stops on precision when no --runs or --max-runs is given. */
export const PRECISION_CAP = 1_000_000;
/** A batch that stops on precision checks it at least this often (chunks of at most these runs). */
export const PRECISION_CHUNK = 1_000;

function probability(flag: string, raw: number | string): number {
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw usageError('E_OPTION_VALUE', `${flag} expects a probability in (0, 1] such as 0.005, got "${String(raw)}"`);
  return n;
}

function relative(flag: string, raw: number | string): number {
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(n) || n <= 0 || n >= 1) {
    throw usageError('E_OPTION_VALUE', `${flag} expects the largest acceptable 95% half-width relative to the probability, a number in (0, 1) such as 0.1 (±10%), got "${String(raw)}"`);
  }
  return n;
}

/**
 * `--metric-precision ID=H …` (also `ID=H,ID=H`): each metric the scenario declares, with the
 * largest acceptable 95% half-width of its mean, a positive number in the metric's own units.
 */
function metricTargets(raw: string | readonly string[] | undefined, scenario: Scenario): Record<string, number> | undefined {
  const specs = listOf(raw);
  if (specs.length === 0) return undefined;
  const declared = Object.keys(scenario.metrics ?? {});
  const targets: Record<string, number> = {};
  for (const spec of specs) {
    const at = spec.indexOf('=');
    const id = at < 0 ? spec : spec.slice(0, at).trim();
    if (at < 0) throw usageError('E_OPTION_VALUE', `--metric-precision expects ID=H, a metric and the largest acceptable 95% half-width of its mean (e.g. launch_days=0.2), got "${spec}"`);
    if (!declared.includes(id)) {
      throw usageError('E_METRIC_UNKNOWN', declared.length === 0 ? `--metric-precision names "${id}", but ${scenario.id} declares no metrics` : `unknown metric "${id}" in --metric-precision; ${scenario.id} has ${choices(declared)}`);
    }
    const text = spec.slice(at + 1).trim();
    const h = Number(text);
    if (text === '' || !Number.isFinite(h) || h <= 0) throw usageError('E_OPTION_VALUE', `--metric-precision expects a positive half-width for ${id}, in the metric's units (e.g. ${id}=0.2), got "${text}"`);
    if (Object.hasOwn(targets, id)) throw usageError('E_OPTION_VALUE', `--metric-precision names ${id} twice`);
    targets[id] = h;
  }
  return targets;
}

function listOf(raw: string | readonly string[] | undefined): string[] {
  if (raw === undefined) return [];
  return (typeof raw === 'string' ? [raw] : [...raw]).flatMap((x) => x.split(',')).map((x) => x.trim()).filter((x) => x !== '');
}

/** `1:5,2:16,5:5`: splitting levels on the escalation score, each with its factor. */
export function parseLevels(spec: string): SplittingPlan {
  const levels = spec.split(',').map((part) => {
    const m = /^\s*(\d+)\s*:\s*(\d+)\s*$/.exec(part);
    if (!m) throw usageError('E_OPTION_VALUE', `--rare-levels expects score:factor pairs such as 1:5,2:16,5:5, got "${spec}"`);
    return { score: Number(m[1]), factor: Number(m[2]) };
  });
  for (let i = 0; i < levels.length; i++) {
    const l = levels[i]!;
    if (l.score < 1 || (i > 0 && l.score <= levels[i - 1]!.score)) throw usageError('E_OPTION_VALUE', `--rare-levels: scores must be increasing whole numbers from 1, got "${spec}"`);
    if (l.factor < 1 || l.factor > 1000) throw usageError('E_OPTION_VALUE', `--rare-levels: a factor must be between 1 and 1000, got "${spec}"`);
  }
  if (levels.reduce((a, l) => a * l.factor, 1) > 2 ** 40) throw usageError('E_OPTION_VALUE', '--rare-levels: the factors multiply to more than 2^40');
  return { levels };
}

/** The format of a per-run records file, from its name (`flag` names the option in the error). */
export function recordsFormatOf(path: string, flag = '--runs-out'): RecordsFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.csv') return 'csv';
  if (ext === '.parquet') return 'parquet';
  throw usageError('E_OPTION_VALUE', `${flag} ${path}: the file name must end in .ndjson (or .jsonl), .csv or .parquet, which picks the format`);
}
