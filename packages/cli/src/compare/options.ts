import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { EngineKind, Scenario } from '@casus/engine';
import { scenarioHash } from '../batch/manifest.js';
import { chunkSizeFor } from '../batch/chunks.js';
import { capWorkers, fraction, parseSeed, PRECISION_CAP, PRECISION_CHUNK } from '../batch/options.js';
import { checkOutputFile } from '../output-path.js';
import type { CliIo } from '../io.js';
import { parameterValue } from '../parameter-value.js';
import type { ScenarioText } from '../read-scenario.js';
import { choices, resolveRunRequest } from '../run-request.js';
import { CompareError } from './errors.js';
import { unknownParameterHint } from '../did-you-mean.js';
import { judgmentDraws, uncertainParameters } from '../batch/judgments.js';
import { formatCount, wholeNumberMessage } from '../whole-number.js';

/** The options of `casus compare` as commander parsed them (values still strings). */
export interface CompareCommandOptions {
  readonly set?: readonly string[] | undefined;
  readonly vs?: readonly string[] | undefined;
  readonly runs?: string | undefined;
  readonly seed?: string | number | undefined;
  readonly workers?: string | undefined;
  readonly situation?: string | undefined;
  readonly engine?: string | undefined;
  readonly json?: boolean | undefined;
  readonly out?: string | undefined;
  readonly quiet?: boolean | undefined;
  /** Both variants at their nominal parameter values (no parameter draws). */
  readonly nominal?: boolean | undefined;
  /** Nested design with shared luck: K draws × --runs runs. */
  readonly parameterDraws?: string | undefined;
  /** Stop once every paired difference's 95% half-width is at most this (--runs is then the cap). */
  readonly precision?: string | number | undefined;
}

/** One side of a comparison, checked: the scenario as named, loaded, with its overrides. */
export interface VariantPlan {
  /** The scenario argument as typed (a path or a bundled id). */
  readonly arg: string;
  readonly source: ScenarioText;
  readonly scenario: Scenario;
  readonly overrides: Readonly<Record<string, number>>;
  /** SHA-256 of the resolved scenario with its overrides (batch/manifest.ts `scenarioHash`). */
  readonly sha256: string;
}

/** A checked comparison: nothing left to parse. */
export interface ComparePlan {
  readonly a: VariantPlan;
  readonly b: VariantPlan;
  readonly seed: number | string;
  /** Paired runs; per parameter draw in a nested design. */
  readonly runs: number;
  /** `--runs` as given (the default design over the judgments is sized from it). */
  readonly requestedRuns: number;
  /**
   * `judgments`: the default when either variant has uncertain parameters — K draws (the same values
   * for a parameter both variants draw) × runs per draw, every run its own luck, run k of A and B
   * paired; `explicit`: --parameter-draws K, shared luck; `nominal`: no draws.
   */
  readonly judgments: 'judgments' | 'explicit' | 'nominal';
  readonly parameterDraws: number;
  readonly drawLuck: 'independent' | 'shared';
  /** The replay line needs --nominal: nominal by request while there are parameters to draw. */
  readonly nominalFlag: boolean;
  /** Paired runs in all: runs × draws (or runs). */
  readonly total: number;
  /** The most worker threads (--workers, else the number of cores). */
  readonly workers: number;
  /** No --workers: start in this thread and add worker threads while the work left pays for them (batch/ramp.ts). */
  readonly rampWorkers: boolean;
  readonly situation: string | undefined;
  readonly engine: EngineKind;
  readonly chunkSize: number;
  readonly json: boolean;
  readonly out: string | undefined;
  readonly quiet: boolean;
  /** A and B resolve to the same scenario and values: their difference is 0 in every run by construction. */
  readonly identical: boolean;
  /** --precision: stop once every paired difference's 95% half-width is at most this; `runs` is the cap. */
  readonly precision: number | undefined;
}

export const DEFAULT_COMPARE_RUNS = 10_000;
const MAX_RUNS = 2 ** 40;
const MAX_WORKERS = 512;

/**
 * Checks `casus compare FILE_A [FILE_B] [--set …] [--vs …]`: A is FILE_A with the --set overrides,
 * B is FILE_B (FILE_A when only one file is given) with the --vs overrides. Loads both scenarios
 * (issues printed to stderr; an invalid scenario exits 1) and throws a {@link CompareError}
 * (exit 2) for a bad option.
 */
export function planCompare(files: readonly string[], opts: CompareCommandOptions, io: CliIo): ComparePlan {
  if (files.length === 0 || files.length > 2) {
    throw new CompareError('E_COMPARE_ARGS', `compare takes one or two scenarios (FILE_A [FILE_B]), got ${files.length}`);
  }
  const engine = opts.engine ?? 'batch';
  if (engine !== 'batch' && engine !== 'reference') throw new CompareError('E_COMPARE_OPTION', `--engine expects batch or reference, got "${engine}"`);
  const seed = parseSeed(opts.seed);
  const precision = opts.precision === undefined ? undefined : fraction('--precision', opts.precision);
  // With --precision, --runs is the most paired runs (default: as many as casus run --precision takes).
  const requestedRuns = wholeNumber('--runs', opts.runs, precision !== undefined ? PRECISION_CAP : DEFAULT_COMPARE_RUNS, 1, MAX_RUNS);
  if (precision !== undefined && opts.parameterDraws !== undefined) throw new CompareError('E_COMPARE_OPTION', '--precision cannot be combined with --parameter-draws (stopping early would leave later draws unrun)');
  const explicitDraws = opts.parameterDraws === undefined ? 0 : wholeNumber('--parameter-draws', opts.parameterDraws, 0, 1, 1_000_000);
  if (explicitDraws > 0 && opts.nominal) throw new CompareError('E_COMPARE_OPTION', '--nominal fixes every parameter at its nominal value; it cannot be combined with --parameter-draws');
  const workers = capWorkers(wholeNumber('--workers', opts.workers, availableParallelism(), 1, MAX_WORKERS), io);
  const out = opts.out === undefined ? undefined : resolve(io.cwd, opts.out);
  if (out !== undefined) checkOutputFile('--out', out);
  const sets = opts.set ?? [];
  const vs = opts.vs ?? [];
  if (files.length === 1 && sets.length === 0 && vs.length === 0) {
    throw new CompareError('E_COMPARE_NOTHING', `nothing to compare: give a second scenario (casus compare ${files[0]} OTHER) or change a parameter on one side (--set name=value for A, --vs name=value for B)`);
  }
  const load = (file: string, items: readonly string[], flag: '--set' | '--vs'): VariantPlan => {
    const req = resolveRunRequest(file, { seed, run: 0, engine, set: undefined, noteSeed: flag === '--set' }, io);
    if (opts.situation !== undefined && !Object.hasOwn(req.scenario.situations, opts.situation)) {
      throw new CompareError('E_COMPARE_SITUATION', `unknown situation "${opts.situation}" in ${file}; ${req.scenario.id} has ${choices(Object.keys(req.scenario.situations))} (both scenarios need it)`);
    }
    const overrides = parseVariantOverrides(req.scenario, items, flag, file);
    return { arg: file, source: req.source, scenario: req.scenario, overrides, sha256: scenarioHash(req.scenario, overrides) };
  };
  const a = load(files[0]!, sets, '--set');
  const b = load(files[1] ?? files[0]!, vs, '--vs');
  // Pairing runs only means something for variants of one model: with no outcome in common there
  // is no difference to estimate, and the runs would be spent for two unrelated tables.
  const outcomesB = new Set(Object.keys(b.scenario.outcomes));
  if (!Object.keys(a.scenario.outcomes).some((o) => outcomesB.has(o))) {
    throw new CompareError('E_COMPARE_UNRELATED', `${a.scenario.id} and ${b.scenario.id} have no outcome in common, so there is no difference to estimate; compare two variants of one scenario (the same outcome ids), e.g. casus compare korea-2024 korea-2024-no-treaty, or run each with casus run`);
  }
  // As `casus run`: over the judgments by default, when either side has parameters to draw.
  const drawable = [...new Set([...uncertainParameters(a.scenario, a.overrides), ...uncertainParameters(b.scenario, b.overrides)])];
  let judgments: ComparePlan['judgments'] = explicitDraws > 0 ? 'explicit' : 'nominal';
  let parameterDraws = explicitDraws;
  let runs = requestedRuns;
  // As casus run: stopping on precision is at the nominal values (the judgments' spread would not shrink).
  if (explicitDraws === 0 && !opts.nominal && precision === undefined && drawable.length > 0) {
    const k = judgmentDraws(requestedRuns);
    if (k > 1) { judgments = 'judgments'; parameterDraws = k; runs = Math.floor(requestedRuns / k); }
  }
  const total = parameterDraws > 0 ? runs * parameterDraws : runs;
  if (total > MAX_RUNS) throw new CompareError('E_COMPARE_OPTION', `--runs × --parameter-draws is ${formatCount(total)}, more than the ${formatCount(MAX_RUNS)} runs a comparison can index`);
  return {
    a, b, seed, runs, requestedRuns, judgments, parameterDraws, drawLuck: judgments === 'judgments' ? 'independent' : 'shared',
    nominalFlag: judgments === 'nominal' && opts.nominal === true && drawable.length > 0, total,
    workers: Math.min(workers, Math.max(1, Math.ceil(total / chunkSizeFor(total)))), rampWorkers: opts.workers === undefined, situation: opts.situation, engine,
    chunkSize: precision !== undefined ? Math.min(PRECISION_CHUNK, chunkSizeFor(total)) : chunkSizeFor(total), json: opts.json ?? false, out,
    quiet: opts.quiet ?? false, identical: a.sha256 === b.sha256, precision,
  };
}

/**
 * `--set name=value` (A) or `--vs name=value` (B): the name must be a parameter of that side's
 * scenario, the value a number or one of the parameter's named levels. A later item for the same
 * name wins.
 */
export function parseVariantOverrides(scenario: Scenario, items: readonly string[], flag: '--set' | '--vs', scenarioArg: string = scenario.id): Record<string, number> {
  const out: Record<string, number> = {};
  const side = flag === '--set' ? 'A' : 'B';
  for (const item of items) {
    const eq = item.indexOf('=');
    const name = eq < 0 ? item.trim() : item.slice(0, eq).trim();
    if (eq < 0 || name === '') throw new CompareError('E_COMPARE_OVERRIDE', `${flag} expects name=value, got "${item}"`);
    if (!Object.hasOwn(scenario.parameters, name)) {
      throw new CompareError('E_COMPARE_OVERRIDE', `unknown parameter "${name}" in ${flag} (variant ${side})${unknownParameterHint(name, scenario, scenarioArg)}`);
    }
    const value = parameterValue(scenario, name, item.slice(eq + 1));
    if (!value.ok) throw new CompareError('E_COMPARE_OVERRIDE', `${flag} ${name}: ${value.message}`);
    out[name] = value.value;
  }
  return out;
}

function wholeNumber(flag: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const t = raw.replaceAll('_', '').replaceAll(',', '').trim();
  const n = /^\d+$/.test(t) ? Number(t) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new CompareError('E_COMPARE_OPTION', wholeNumberMessage(flag, raw, min, max));
  }
  return n;
}
