import { Design, designPoints, resolveParameters, type Scenario } from '@casus/engine';
import type { CliIo } from '../io.js';
import { usageError } from '../batch/errors.js';
import { shellWord } from '../batch/replay.js';
import { parameterValue } from '../parameter-value.js';
import { SweepError } from './errors.js';
import { buildSweepManifest, type PointEntry, type SensitivitySection, type SweepManifest } from './manifest.js';
import { listOption, MAX_POINTS, MAX_RUNS, planShared, wholeNumber, type SharedSweepOptions, type SharedSweepPlan } from './options.js';
import { formatCount } from '../whole-number.js';
import { unknownParameterHint } from '../did-you-mean.js';

/** The options of `casus sensitivity`, as commander parsed them. */
export interface SensitivityCommandOptions extends SharedSweepOptions {
  readonly parameters?: readonly string[] | undefined;
  readonly range?: readonly string[] | undefined;
  readonly points?: string | undefined;
  readonly outcome?: readonly string[] | undefined;
  readonly top?: string | undefined;
}

/** An analysed parameter and the ends it is moved between. */
export interface AnalysedParameter {
  readonly name: string;
  readonly basis: string;
  readonly nominal: number;
  readonly low: number;
  readonly high: number;
  /** `p10-p90`: the distribution's 10th and 90th percentiles; `range`: given with --range. */
  readonly ends: 'p10-p90' | 'range';
}

/** A parameter the analysis leaves out: it cannot move, its 10th and 90th percentiles both being `value`. */
export interface SkippedParameter {
  readonly name: string;
  readonly value: number;
}

/** Left-out parameters named one by one in the note; the rest are counted. */
const NAMED_LEFT_OUT = 5;

/**
 * The one note on the parameters left out, or undefined when none is: `protest_weight is left
 * out: …` for one; for several, how many, the first few and where to see them all —
 * `14 parameters cannot move and are left out (their 10th and 90th percentiles are equal):
 * protest_weight, strike_back_logit, … and 9 more (casus show tutorial lists every parameter with
 * its law); give --range NAME=lo:hi to move one`.
 */
export function leftOutNote(skipped: readonly SkippedParameter[], scenarioArg: string): string | undefined {
  if (skipped.length === 0) return undefined;
  if (skipped.length === 1) {
    const [{ name, value }] = skipped as [SkippedParameter];
    return `${name} is left out: its 10th and 90th percentiles are equal (${value}); give --range ${name}=lo:hi to move it`;
  }
  const named = skipped.length <= NAMED_LEFT_OUT + 1 ? skipped : skipped.slice(0, NAMED_LEFT_OUT);
  const rest = skipped.length - named.length;
  const list = `${named.map((s) => s.name).join(', ')}${rest > 0 ? ` and ${rest} more (casus show ${shellWord(scenarioArg)} lists every parameter with its law)` : ''}`;
  return `${skipped.length} parameters cannot move and are left out (their 10th and 90th percentiles are equal): ${list}; give --range NAME=lo:hi to move one`;
}

export interface SensitivityPlan extends SharedSweepPlan {
  readonly scenarioArg: string;
  readonly parameters: readonly AnalysedParameter[];
  /**
   * Parameters left out of the default list because they cannot move (their 10th and 90th
   * percentiles are equal: a fixed `value`), with that one value; printed as one note.
   */
  readonly skipped: readonly SkippedParameter[];
  readonly points: readonly PointEntry[];
  readonly lhsPoints: number;
  readonly manifest: SweepManifest;
  readonly outcomes: readonly string[];
  /** Parameters printed per outcome (0: all). */
  readonly top: number;
}

/** Draws used to estimate a distribution's 10th and 90th percentiles, from a fixed seed. */
export const QUANTILE_DRAWS = 4_000;
const QUANTILE_SEED = 'casus:sensitivity-ends';

/**
 * Checks the options of a sensitivity analysis and builds its design, all on common random
 * numbers (the same runs 0 … N−1 at every point):
 * - point 0, every analysed parameter at its nominal value (the base);
 * - per parameter, a `low` and a `high` point with that parameter at its ends and the others at
 *   nominal — the one-at-a-time tornado, the engine's `tornado` with explicit ends;
 * - a Latin hypercube of --points points over the same low–high ranges, from the engine's
 *   `designPoints` — the design of the global measure, standardised regression coefficients.
 * Ends: --range name=lo:hi, else the 10th and 90th percentiles of the parameter's distribution
 * (estimated from 4,000 draws of a fixed stream, so the same everywhere).
 */
export function planSensitivity(file: string, opts: SensitivityCommandOptions, io: CliIo): SensitivityPlan {
  const shared = planShared(file, opts, io);
  const scenario = shared.request.scenario;
  const fixed = shared.request.parameters;
  const nominal = resolveParameters(scenario, fixed);
  const fail = (message: string): never => { throw new SweepError('E_SENSITIVITY_PARAMETER', message); };

  // Which parameters.
  const explicit = listOption(opts.parameters);
  const skipped: SkippedParameter[] = [];
  let names: string[];
  if (explicit.length > 0) {
    const seen = new Set<string>();
    for (const n of explicit) {
      if (!Object.hasOwn(scenario.parameters, n)) fail(`--parameters: unknown parameter "${n}"${unknownParameterHint(n, scenario, file)}`);
      if (seen.has(n)) fail(`--parameters: ${n} is listed twice`);
      if (Object.hasOwn(fixed, n)) fail(`--parameters: ${n} is also fixed with --set; analyse it or fix it, not both`);
      seen.add(n);
    }
    names = explicit;
  } else {
    names = Object.entries(scenario.parameters)
      .filter(([n, p]) => (p.basis === 'judgment' || p.basis === 'placeholder') && !Object.hasOwn(fixed, n))
      .map(([n]) => n);
  }

  // Their ends.
  const ranges = new Map<string, [number, number]>();
  for (const item of listOption(opts.range)) {
    const eq = item.indexOf('=');
    const name = eq < 0 ? item : item.slice(0, eq).trim();
    const parts = eq < 0 ? [] : item.slice(eq + 1).split(':');
    if (eq <= 0 || parts.length !== 2) fail(`--range expects name=lo:hi (numbers or level names), got "${item}"`);
    if (!names.includes(name)) fail(`--range ${item}: ${name} is not among the analysed parameters (${names.join(', ') || 'none'})`);
    const [lo, hi] = parts.map((t) => parameterValue(scenario, name, t)) as [ReturnType<typeof parameterValue>, ReturnType<typeof parameterValue>];
    if (!lo.ok) fail(`--range ${item}: ${lo.message}`);
    if (!hi.ok) fail(`--range ${item}: ${hi.message}`);
    if (lo.ok && hi.ok && !(hi.value > lo.value)) fail(`--range ${item}: the high end must be above the low end`);
    if (lo.ok && hi.ok) ranges.set(name, [lo.value, hi.value]);
  }
  const quantiles = percentileEnds(scenario, names.filter((n) => !ranges.has(n)));
  const parameters: AnalysedParameter[] = [];
  for (const name of names) {
    const given = ranges.get(name);
    const [low, high] = given ?? quantiles.get(name)!;
    if (!(high > low)) {
      const why = `its 10th and 90th percentiles are equal (${low}); give --range ${name}=lo:hi to move it`;
      if (explicit.length > 0) fail(`--parameters: ${name} cannot be moved: ${why}`);
      skipped.push({ name, value: low });
      continue;
    }
    parameters.push({ name, basis: scenario.parameters[name]!.basis, nominal: nominal[name]!, low, high, ends: given ? 'range' : 'p10-p90' });
  }
  if (parameters.length === 0) {
    fail(explicit.length > 0 ? '--parameters: nothing to analyse' : `${scenario.id} has no parameter with basis judgment or placeholder that can be moved; name some with --parameters a,b,c`);
  }

  // The design.
  const k = parameters.length;
  const lhsPoints = opts.points === undefined ? Math.max(20, 2 * (k + 1)) : wholeNumber('--points', opts.points, 2, MAX_POINTS);
  if (lhsPoints < k + 2) {
    throw usageError('E_OPTION_VALUE', `--points ${lhsPoints}: a regression on ${k} parameters needs at least ${k + 2} Latin-hypercube points (default: ${Math.max(20, 2 * (k + 1))})`);
  }
  const base = Object.fromEntries(parameters.map((p) => [p.name, p.nominal]));
  const points: PointEntry[] = [{ index: 0, role: 'base', values: { ...base } }];
  const tornado: SensitivitySection['tornado'] = [];
  for (const p of parameters) {
    const low = points.length;
    points.push({ index: low, role: 'low', parameter: p.name, values: { ...base, [p.name]: p.low } });
    points.push({ index: low + 1, role: 'high', parameter: p.name, values: { ...base, [p.name]: p.high } });
    tornado.push({ parameter: p.name, low, high: low + 1 });
  }
  const lhsFrom = points.length;
  const lhs = designPoints(scenario, { vary: parameters.map((p) => ({ name: p.name, range: [p.low, p.high] as const })), design: 'lhs', points: lhsPoints, seed: shared.request.seed });
  for (const d of lhs) points.push({ index: lhsFrom + d.index, role: 'lhs', values: Object.fromEntries(parameters.map((p) => [p.name, d.values[p.name]!])) });
  if (points.length * shared.runs > MAX_RUNS) throw usageError('E_OPTION_VALUE', `${formatCount(points.length)} points × ${formatCount(shared.runs)} runs is more than the ${formatCount(MAX_RUNS)} runs a sweep can index`);

  const r = shared.request;
  const replay = [
    'casus', 'sensitivity', file, '--parameters', parameters.map((p) => p.name).join(','),
    ...parameters.filter((p) => p.ends === 'range').flatMap((p) => ['--range', `${p.name}=${p.low}:${p.high}`]),
    '--points', String(lhsPoints), '--runs', String(shared.runs), '--seed', String(r.seed),
    ...Object.entries(r.parameters).flatMap(([n, v]) => ['--set', `${n}=${v}`]),
    ...(r.situation !== undefined ? ['--situation', r.situation] : []),
    ...(shared.engine !== 'batch' ? ['--engine', shared.engine] : []),
  ].map(shellWord).join(' ');
  const manifest = buildSweepManifest({
    kind: 'sensitivity', scenario, seed: r.seed, engine: shared.engine, situation: r.situation, fixed,
    design: { type: 'sensitivity', points: points.length, runsPerPoint: shared.runs },
    vary: parameters.map((p) => ({ name: p.name, spec: p.ends === 'range' ? `${p.name}=${p.low}:${p.high}` : `${p.name}: 10th–90th percentile`, values: null, range: [p.low, p.high] })),
    parameters: parameters.map((p) => p.name), points, runsPerPoint: shared.runs, pointRange: { from: 0, to: points.length }, replay,
    sensitivity: {
      parameters: parameters.map((p) => ({ ...p })), base: 0, tornado,
      lhs: { from: lhsFrom, to: points.length, points: lhsPoints }, rankedBy: 'swing',
    },
  });
  const outcomes = listOption(opts.outcome);
  for (const o of outcomes) {
    if (!Object.hasOwn(scenario.outcomes, o)) throw usageError('E_OPTION_VALUE', `--outcome ${o}: no such outcome; ${scenario.id} has ${Object.keys(scenario.outcomes).join(', ')}`);
  }
  const top = opts.top === undefined ? 10 : wholeNumber('--top', opts.top, 0, 1_000_000);
  return { ...shared, scenarioArg: file, parameters, skipped, points, lhsPoints, manifest, outcomes, top };
}

/**
 * The 10th and 90th percentiles of each parameter's distribution, by nearest rank among
 * {@link QUANTILE_DRAWS} draws (the engine's own samplers, a fixed seed): the same on every machine.
 */
export function percentileEnds(scenario: Scenario, names: readonly string[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  if (names.length === 0) return out;
  const others = Object.fromEntries(Object.keys(scenario.parameters).filter((n) => !names.includes(n)).map((n) => [n, 0]));
  const design = new Design(scenario, QUANTILE_SEED, 1, QUANTILE_DRAWS, others);
  for (const name of names) {
    const xs = Array.from({ length: QUANTILE_DRAWS }, (_, k) => design.drawValues(k)[name]!).sort((a, b) => a - b);
    const at = (q: number): number => xs[Math.round(q * (xs.length - 1))]!;
    out.set(name, [at(0.1), at(0.9)]);
  }
  return out;
}
