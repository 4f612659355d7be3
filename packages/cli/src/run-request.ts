import { Option, type Command } from 'commander';
import { Design, type EngineKind, type Scenario } from '@casus/engine';
import { judgmentDraws, uncertainParameters } from './batch/judgments.js';
import { issueLines } from './issue-lines.js';
import { CliError } from './context.js';
import { didYouMean, unknownParameterHint } from './did-you-mean.js';
import { MAX_RUNS, wholeNumberMessage } from './whole-number.js';
import { EXIT, paint, type CliIo } from './io.js';
import { parameterValue } from './parameter-value.js';
import { loadScenarioText, readScenarioArg, type ScenarioText } from './read-scenario.js';

/** The seed used when none is given. Never drawn from the clock: every run can be replayed. */
export const DEFAULT_SEED = 1;

/**
 * Everything that identifies one run — scenario, seed, run index, situation, parameter overrides —
 * checked against the scenario, plus the engine that steps it. A run is a pure function of this.
 */
export interface RunRequest {
  /** The scenario argument as the user typed it (a path or a bundled id), for the replay line. */
  readonly file: string;
  readonly source: ScenarioText;
  readonly scenario: Scenario;
  readonly seed: number | string;
  readonly runIndex: number;
  readonly situation: string | undefined;
  readonly engine: EngineKind;
  /**
   * The parameter values the run uses beyond the scenario's nominal ones: the `--set` overrides
   * (in the order given; a later one for the same name wins) and, with `--of N`, the values its
   * batch drew for it.
   */
  readonly parameters: Readonly<Record<string, number>>;
  /** The `--set` overrides alone. */
  readonly overrides: Readonly<Record<string, number>>;
  /**
   * `--of N`: the run is run `runIndex` of the default batch of N runs (`casus run FILE --runs N`),
   * which drew the judgments: draw `draw` of `draws` gave its parameter values. `draws` is 0 when
   * that batch was nominal (nothing uncertain to draw, or too few runs).
   */
  readonly batch?: { readonly runs: number; readonly draw: number; readonly draws: number } | undefined;
}

/** The raw options shared by the commands that replay a run (`run`, `explain`). */
export interface RunIdentityOptions {
  seed: number | string;
  run: number;
  situation?: string;
  engine: EngineKind;
  /** Raw `--set name=value` items (undefined when none was given). */
  set?: string[] | undefined;
  /** `--of N`: the run is run K of the default batch of N runs, with the parameter values it drew. */
  of?: number | undefined;
  /** Whether to note a numeric-looking string seed on stderr (default true; once per command). */
  noteSeed?: boolean | undefined;
}

/**
 * `--seed`: an integer in [0, 2^32) becomes a number, anything else stays a string (the engine
 * hashes strings), so `--seed 42` and `--seed exercise-3` both work and replay exactly. Every
 * command reads a seed by this rule (batch/options.ts `parseSeed` for those that read it raw).
 */
export function parseSeed(text: string): number | string {
  if (text === '') throw new CliError('--seed needs a value (an integer in [0, 2^32) or any non-empty string)', EXIT.usage, 'E_OPTION_VALUE');
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n < 2 ** 32) return n;
  }
  return text;
}

/**
 * A note for a seed that reads like a number but is used as text (`-1`, `1e6`, `2.5`, `2^32` or
 * more): the user most likely meant a number, and a string seed gives different runs from any
 * numeric one. Undefined for integer seeds and for plain words.
 */
export function seedNote(seed: number | string): string | undefined {
  if (typeof seed !== 'string' || !/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(seed)) return undefined;
  return `casus: note: --seed ${JSON.stringify(seed)} is not an integer in [0, 2^32), so it is a string seed (its text is hashed): its runs differ from those of every numeric seed\n`;
}

/** `--run`: a run index, a non-negative integer. */
export function parseRunIndex(text: string): number {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n)) throw new CliError(`--run expects a non-negative integer, got "${text}"`, EXIT.usage, 'E_OPTION_VALUE');
  return n;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Adds the options that identify a run: --seed, --run, --situation, --engine, --set. */
export function addRunIdentityOptions(command: Command, defaultEngine: EngineKind): Command {
  return command
    .option('--seed <seed>', `master seed: an integer in [0, 2^32) is used as a number, any other text as a string seed`, parseSeed, DEFAULT_SEED)
    .option('--run <k>', 'run index within the seeded batch', parseRunIndex, 0)
    .option('--situation <name>', 'start from a named situation of the scenario')
    .addOption(new Option('--engine <engine>', 'engine that steps the run (both give identical traces)').choices(['batch', 'reference']).default(defaultEngine))
    .option('--set <name=value>', 'override a parameter with a number or one of its named levels (repeatable)', collect)
    .option('--of <n>', 'with --run K: run K of the batch `casus run FILE --runs N` (same --seed, --set, --situation), with the parameter values that batch drew for it', positiveCount('--of'));
}

/** The parser of a count of runs (`--runs`, `--of`): a whole number in [1, 2^40], or a usage error naming the flag. */
export function positiveCount(flag: string): (text: string) => number {
  return (text) => {
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(n) || n < 1 || n > MAX_RUNS) throw new CliError(wholeNumberMessage(flag, text, 1, MAX_RUNS), EXIT.usage, 'E_OPTION_VALUE');
    return n;
  };
}

/**
 * Run `run` of the default batch of `runs` runs: the parameter values that batch drew for it (the
 * nested design `casus run --runs N` makes when the scenario has uncertain parameters: draws with
 * independent luck, so the run is seeded with its own index). Built by the engine's {@link Design},
 * as the batch builds it.
 */
function batchRun(scenario: Scenario, seed: number | string, run: number, runs: number, overrides: Readonly<Record<string, number>>): { values: Record<string, number>; draw: number; draws: number } {
  const draws = uncertainParameters(scenario, overrides).length > 0 ? judgmentDraws(runs) : 1;
  const perDraw = draws > 1 ? Math.floor(runs / draws) : runs;
  const total = draws > 1 ? perDraw * draws : runs;
  if (run >= total) {
    throw new CliError(`--run ${run} is not a run of a batch of ${runs.toLocaleString('en-US')} runs${total < runs ? ` (its ${draws} parameter draws × ${perDraw.toLocaleString('en-US')} runs make ${total.toLocaleString('en-US')})` : ''}: K is 0 … ${(total - 1).toLocaleString('en-US')}`, EXIT.usage, 'E_OPTION_VALUE');
  }
  if (draws <= 1) return { values: {}, draw: -1, draws: 0 };
  const design = new Design(scenario, seed, perDraw, draws, overrides, 'independent');
  const draw = design.drawOf(run);
  return { values: design.drawValues(draw), draw, draws };
}

/**
 * Reads and loads the scenario, and checks the run's options against it. Load issues are printed
 * to stderr, located by formatIssue; an invalid scenario throws a CliError with exit 1; an unknown
 * situation or parameter throws one with exit 2 naming the valid choices.
 */
export function resolveRunRequest(file: string, opts: RunIdentityOptions, io: CliIo): RunRequest {
  const note = opts.noteSeed === false ? undefined : seedNote(opts.seed);
  if (note !== undefined) io.stderr(note);
  const source = readScenarioArg(file, io.cwd);
  const loaded = loadScenarioText(source, io.cwd);
  const colors = paint(io);
  const issues = loaded.ok ? loaded.warnings : loaded.issues;
  for (const line of issueLines(issues, (issue) => `${issue.severity === 'error' ? colors.red('✖') : colors.yellow('⚠')} `)) io.stderr(`${line}\n`);
  if (!loaded.ok) {
    const errors = loaded.issues.filter((i) => i.severity === 'error').length;
    throw new CliError(`${source.name}: invalid scenario (${errors} error${errors === 1 ? '' : 's'}); run casus validate ${file} for details`, EXIT.invalid, 'E_SCENARIO_INVALID');
  }
  const scenario = loaded.scenario;
  if (opts.situation !== undefined && !Object.hasOwn(scenario.situations, opts.situation)) {
    const names = Object.keys(scenario.situations);
    throw new CliError(`unknown situation "${opts.situation}"${didYouMean(opts.situation, names)}; ${scenario.id} has ${choices(names)}`, EXIT.usage, 'E_SITUATION_UNKNOWN');
  }
  const overrides = parseOverrides(scenario, opts.set ?? [], file);
  const inBatch = opts.of === undefined ? undefined : batchRun(scenario, opts.seed, opts.run, opts.of, overrides);
  return {
    file, source, scenario, seed: opts.seed, runIndex: opts.run, situation: opts.situation, engine: opts.engine,
    parameters: inBatch === undefined ? overrides : { ...inBatch.values, ...overrides }, overrides,
    ...(inBatch !== undefined && opts.of !== undefined ? { batch: { runs: opts.of, draw: inBatch.draw, draws: inBatch.draws } } : {}),
  };
}

/**
 * `--set name=value` overrides: the name must be a parameter of the scenario and the value a
 * finite number or one of the parameter's named `levels` (`--set x=high`). The value may lie
 * outside the parameter's distribution: sensitivity runs do that.
 */
export function parseOverrides(scenario: Scenario, sets: readonly string[], scenarioArg: string = scenario.id): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of sets) {
    const eq = item.indexOf('=');
    const name = eq < 0 ? item : item.slice(0, eq).trim();
    const text = eq < 0 ? '' : item.slice(eq + 1).trim();
    if (eq < 0 || name === '') throw new CliError(`--set expects name=value, got "${item}"`, EXIT.usage, 'E_SET');
    if (!Object.hasOwn(scenario.parameters, name)) {
      throw new CliError(`unknown parameter "${name}" in --set${unknownParameterHint(name, scenario, scenarioArg)}`, EXIT.usage, 'E_PARAMETER_UNKNOWN');
    }
    const value = parameterValue(scenario, name, text);
    if (!value.ok) throw new CliError(`--set ${name}: ${value.message}`, EXIT.usage, 'E_SET');
    out[name] = value.value;
  }
  return out;
}

/** "these: a, b, c" or "none", for messages that list the valid names. */
export function choices(names: readonly string[]): string {
  return names.length === 0 ? 'none' : `these: ${names.join(', ')}`;
}

/**
 * A parameter draw as a person reads it, numbered as the files number it (`draw` in the per-run
 * records and in the aggregates, from 0): `parameter draw #0 of 40, numbered from 0`. Every text
 * that names a draw says it this way.
 */
export function drawLabel(draw: number, draws: number): string {
  return `parameter draw #${draw} of ${draws.toLocaleString('en-US')}, numbered from 0`;
}

/**
 * What a one-run header says of the parameter values, when they may not be what a reader expects:
 * a run of a batch (`--of N`) names its draw; a run with uncertain parameters left at their
 * nominal values says so, since a batch over the judgments would have drawn them.
 */
export function parametersNote(req: RunRequest): string | undefined {
  const b = req.batch;
  if (b !== undefined) {
    return b.draws > 0
      ? `parameters: as drawn for run ${req.runIndex} of the ${b.runs.toLocaleString('en-US')}-run batch over the judgments (${drawLabel(b.draw, b.draws)})`
      : `parameters: nominal, as in the ${b.runs.toLocaleString('en-US')}-run batch (it drew none)`;
  }
  const open = uncertainParameters(req.scenario, req.overrides).length;
  return open > 0
    ? `parameters: nominal values (${open} uncertain; run K of a batch over the judgments drew its own: add --of N, the batch's run count)`
    : undefined;
}

