import type { Design } from '@casus/engine';
import type { BatchPlan } from './options.js';

/** What a replay line needs to know of a batch: a plan, or what a result file records of one. */
export type ReplayFacts = Pick<BatchPlan, 'scenarioArg' | 'runs' | 'seed' | 'overrides' | 'situation' | 'engine' | 'given' | 'parameterDraws' | 'precision' | 'shard'>
  & Partial<Pick<BatchPlan, 'judgments' | 'requestedRuns' | 'nominalFlag' | 'relativePrecision' | 'metricPrecision' | 'rare'>>;

/** Quotes a shell word only when it needs it (POSIX single quotes). */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

function line(words: readonly string[]): string {
  return words.map(shellWord).join(' ');
}

function sets(values: Readonly<Record<string, number>>): string[] {
  return Object.entries(values).flatMap(([k, v]) => ['--set', `${k}=${v}`]);
}

function common(plan: ReplayFacts): string[] {
  return [
    ...(plan.situation !== undefined ? ['--situation', plan.situation] : []),
    ...(plan.engine !== 'batch' ? ['--engine', plan.engine] : []),
  ];
}

/**
 * The command that reruns this batch (or shard) and gives the same aggregates: seed, runs and
 * every option that changes what is simulated, nothing about workers or output files.
 */
export function batchReplayLine(plan: ReplayFacts): string {
  return line([
    'casus', 'run', plan.scenarioArg,
    // The default design over the judgments is a function of --runs as given.
    '--runs', String(plan.judgments === 'judgments' && plan.requestedRuns !== undefined ? plan.requestedRuns : plan.runs),
    '--seed', String(plan.seed),
    ...sets(plan.overrides),
    ...common(plan),
    ...(plan.given !== undefined ? ['--given', plan.given] : []),
    ...(plan.judgments === 'explicit' ? ['--parameter-draws', String(plan.parameterDraws)] : []),
    ...(plan.nominalFlag ? ['--nominal'] : []),
    ...(plan.precision !== undefined ? ['--precision', String(plan.precision)] : []),
    ...(plan.relativePrecision !== undefined ? ['--rel-precision', String(plan.relativePrecision.target), ...(plan.relativePrecision.below !== undefined ? [] : plan.relativePrecision.outcomes.flatMap((o) => ['--outcome', o]))] : []),
    ...(plan.metricPrecision !== undefined ? Object.entries(plan.metricPrecision).flatMap(([id, h]) => ['--metric-precision', `${id}=${h}`]) : []),
    ...(plan.rare !== undefined ? [
      ...plan.rare.outcomes.flatMap((o) => ['--rare', o]),
      ...(plan.rare.below !== undefined ? ['--rare-below', String(plan.rare.below)] : []),
      ...(plan.rare.method === 'levels' ? ['--rare-levels', plan.rare.plan.levels.map((l) => `${l.score}:${l.factor}`).join(',')] : []),
    ] : []),
    ...(plan.shard !== undefined ? ['--shard', `${plan.shard.index}/${plan.shard.count}`] : []),
  ]);
}

/**
 * The command that replays run `run` of the batch alone, with its story. In a nested design the
 * run's drawn parameter values become `--set` overrides and its run index is the one it was
 * seeded with, so the single run is the very same simulation.
 */
export function runReplayLine(plan: ReplayFacts, design: Design, run: number): string {
  const draw = design.drawOf(run);
  const values = draw >= 0 ? { ...design.drawValues(draw), ...plan.overrides } : plan.overrides;
  return line(['casus', 'run', plan.scenarioArg, '--seed', String(plan.seed), '--run', String(design.seedIndexOf(run)), ...sets(values), ...common(plan)]);
}

/** The generic form, for the hint at the end of a summary. */
export function runReplayHint(plan: ReplayFacts): string {
  return `${line(['casus', 'run', plan.scenarioArg, '--seed', String(plan.seed), ...sets(plan.overrides), ...common(plan)])} --run K`;
}
