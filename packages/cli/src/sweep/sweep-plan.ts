import { designPoints, type DesignPoint } from '@casus/engine';
import type { CliIo } from '../io.js';
import { usageError } from '../batch/errors.js';
import { shellWord } from '../batch/replay.js';
import { resolveShard, shardRange, type RunRange, type Shard } from '../batch/shard.js';
import { SweepError } from './errors.js';
import { buildSweepManifest, type PointEntry, type SweepManifest } from './manifest.js';
import { listOption, MAX_POINTS, MAX_RUNS, planShared, wholeNumber, type SharedSweepOptions, type SharedSweepPlan } from './options.js';
import { formatCount } from '../whole-number.js';
import { levelOf, parseVarySpecs, type DesignKind, type VarySpec } from './vary.js';

/** The options of `casus sweep`, as commander parsed them. */
export interface SweepCommandOptions extends SharedSweepOptions {
  readonly vary?: readonly string[] | undefined;
  readonly design?: string | undefined;
  readonly points?: string | undefined;
  readonly shard?: string | undefined;
  readonly shardCount?: string | undefined;
  readonly outcome?: readonly string[] | undefined;
}

/** A checked sweep: the design points, the slice this process runs, and its manifest. */
export interface SweepPlan extends SharedSweepPlan {
  readonly scenarioArg: string;
  readonly design: DesignKind;
  readonly vary: readonly VarySpec[];
  readonly points: readonly PointEntry[];
  readonly shard: Shard | undefined;
  readonly pointRange: RunRange;
  readonly manifest: SweepManifest;
  /** Outcomes to print (all when empty). */
  readonly outcomes: readonly string[];
}

export const DEFAULT_LHS_POINTS = 20;

/**
 * Checks a sweep's options and builds its design: the grid of the varied values (the last --vary
 * varying fastest) or a Latin hypercube of --points points over the ranges, seeded by the master
 * seed — both from the engine's `designPoints`, so `runSweep` in a library gives the same points.
 * With --shard i/n this process runs the points [floor(i·P/n), floor((i+1)·P/n)).
 */
export function planSweep(file: string, opts: SweepCommandOptions, io: CliIo): SweepPlan {
  const shard = resolveShard(opts.shard, opts.shardCount, io.env);
  const shared = planShared(file, opts, io, shard);
  const scenario = shared.request.scenario;
  const design = opts.design ?? 'grid';
  if (design !== 'grid' && design !== 'lhs') throw usageError('E_OPTION_VALUE', `--design expects grid or lhs, got "${design}"`);
  if (design === 'grid' && opts.points !== undefined) throw usageError('E_OPTION_CONFLICT', '--points sets the size of a Latin hypercube (--design lhs); a grid has one point per combination of the --vary values');
  const lhsPoints = design === 'lhs' ? (opts.points === undefined ? DEFAULT_LHS_POINTS : wholeNumber('--points', opts.points, 2, MAX_POINTS)) : undefined;
  const vary = parseVarySpecs(opts.vary ?? [], scenario, design, shared.request.parameters, file);
  if (design === 'grid') {
    const size = vary.reduce((n, v) => n * (v.vary.values?.length ?? 1), 1);
    if (size > MAX_POINTS) throw new SweepError('E_VARY', `the grid has ${size} points, more than ${MAX_POINTS}; vary fewer values, or use --design lhs --points N`);
  }
  let design_: DesignPoint[];
  try {
    design_ = designPoints(scenario, { vary: vary.map((v) => v.vary), design, seed: shared.request.seed, ...(lhsPoints !== undefined ? { points: lhsPoints } : {}) });
  } catch (error) {
    throw new SweepError('E_VARY', (error as Error).message);
  }
  if (design_.length * shared.runs > MAX_RUNS) throw usageError('E_OPTION_VALUE', `${formatCount(design_.length)} points × ${formatCount(shared.runs)} runs is more than the ${formatCount(MAX_RUNS)} runs a sweep can index`);
  const points: PointEntry[] = design_.map((p) => {
    const levels: Record<string, string> = {};
    for (const v of vary) {
      const level = levelOf(v, p.values[v.vary.name]!);
      if (level !== undefined) levels[v.vary.name] = level;
    }
    return { index: p.index, role: design, values: p.values, ...(Object.keys(levels).length > 0 ? { levels } : {}) };
  });
  const pointRange = shard === undefined ? { from: 0, to: points.length } : shardRange(shard, points.length);

  const r = shared.request;
  const replay = [
    'casus', 'sweep', file, ...vary.flatMap((v) => ['--vary', v.spec]),
    ...(design === 'lhs' ? ['--design', 'lhs', '--points', String(points.length)] : []),
    '--runs', String(shared.runs), '--seed', String(r.seed),
    ...Object.entries(r.parameters).flatMap(([k, v]) => ['--set', `${k}=${v}`]),
    ...(r.situation !== undefined ? ['--situation', r.situation] : []),
    ...(shared.engine !== 'batch' ? ['--engine', shared.engine] : []),
    ...(shard !== undefined ? ['--shard', `${shard.index}/${shard.count}`] : []),
  ].map(shellWord).join(' ');
  const manifest = buildSweepManifest({
    kind: 'sweep', scenario, seed: r.seed, engine: shared.engine, situation: r.situation, fixed: r.parameters,
    design: { type: design, points: points.length, runsPerPoint: shared.runs },
    vary: vary.map((v) => ({ name: v.vary.name, spec: v.spec, values: v.vary.values ? [...v.vary.values] : null, range: v.vary.range ? [v.vary.range[0], v.vary.range[1]] : null })),
    parameters: vary.map((v) => v.vary.name), points, runsPerPoint: shared.runs, pointRange, replay,
  });
  const outcomes = listOption(opts.outcome);
  for (const o of outcomes) {
    if (!Object.hasOwn(scenario.outcomes, o)) throw usageError('E_OPTION_VALUE', `--outcome ${o}: no such outcome; ${scenario.id} has ${Object.keys(scenario.outcomes).join(', ')}`);
  }
  return { ...shared, scenarioArg: file, design, vary, points, shard, pointRange, manifest, outcomes };
}
