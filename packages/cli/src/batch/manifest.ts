import { arch, availableParallelism, platform } from 'node:os';
import { ENGINE_VERSION, resolveParameters, SEED_SCHEME, type Scenario } from '@casus/engine';
import { canonicalJson, sha256 } from './canonical-json.js';
import type { BatchPlan } from './options.js';
import type { RunRange } from './shard.js';

/** What was simulated: everything that decides the aggregates, and nothing else. */
export interface Manifest {
  scenario: { id: string; title: string; sha256: string };
  /**
   * The scenario's clock, so tick numbers in the aggregates and the records read as dates: tick t
   * is `start` plus t ticks. Absent in files written before it was added.
   */
  clock?: { start: string; tick: 'day' | 'week' | 'month'; horizon: number };
  seed: number | string;
  seedScheme: string;
  engine: 'batch' | 'reference';
  runs: { from: number; to: number; total: number };
  options: {
    situation: string | null;
    given: string | null;
    parameterDraws: number;
    runsPerDraw: number | null;
    /**
     * Nested designs: `shared` — run r of every draw has the same luck (--parameter-draws);
     * `independent` — every run its own (the default design over the judgments). Absent: shared.
     */
    drawLuck?: 'shared' | 'independent' | null;
    precision: number | null;
    /** `--rel-precision` target and its outcomes (`below`: also the rare outcomes below it, `--rare-below`). */
    relativePrecision?: { target: number; outcomes: string[]; below?: number } | null;
    /** `--metric-precision`: each metric's target 95% half-width of its mean. Absent when not given (and in older files). */
    metricPrecision?: Record<string, number>;
    /**
     * `--rare`: the outcomes named, the `--rare-below` threshold (null: none), the estimator
     * (`branching` at decisions, `levels` for multilevel splitting; absent in older files: levels)
     * and the splitting levels (score, factor; empty for branching).
     */
    rare?: { outcomes: string[]; below?: number | null; estimator?: 'branching' | 'levels'; levels: { score: number; factor: number }[] } | null;
  };
  engineVersion: string;
}

/** How and where it was simulated: never compared, never part of the aggregates. */
export interface Provenance {
  command: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  machine: { platform: string; arch: string; cpus: number; node: string };
  [extra: string]: unknown;
}

/**
 * SHA-256 of the fully resolved scenario: canonical JSON of the validated scenario object, the
 * parameter values it resolves to (nominal values with the overrides applied) and the overrides.
 * Formatting, comments and key order in the file do not change it; any change in meaning does.
 */
export function scenarioHash(scenario: Scenario, overrides: Readonly<Record<string, number>>): string {
  return sha256(canonicalJson({ scenario, parameters: resolveParameters(scenario, overrides), overrides }));
}

/** The manifest of a plan, for a range of its runs. */
export function buildManifest(plan: BatchPlan, runs: RunRange & { total?: number }): Manifest {
  return {
    scenario: { id: plan.scenario.id, title: plan.scenario.title, sha256: scenarioHash(plan.scenario, plan.overrides) },
    clock: { start: plan.scenario.clock.start, tick: plan.scenario.clock.tick, horizon: plan.scenario.clock.horizon },
    seed: plan.seed,
    seedScheme: SEED_SCHEME,
    engine: plan.engine,
    runs: { from: runs.from, to: runs.to, total: runs.total ?? plan.total },
    options: {
      situation: plan.situation ?? null,
      given: plan.given ?? null,
      parameterDraws: plan.parameterDraws,
      runsPerDraw: plan.parameterDraws > 0 ? plan.runs : null,
      drawLuck: plan.parameterDraws > 0 ? plan.drawLuck : null,
      precision: plan.precision ?? null,
      relativePrecision: plan.relativePrecision ? { target: plan.relativePrecision.target, outcomes: [...plan.relativePrecision.outcomes], ...(plan.relativePrecision.below !== undefined ? { below: plan.relativePrecision.below } : {}) } : null,
      ...(plan.metricPrecision !== undefined ? { metricPrecision: { ...plan.metricPrecision } } : {}),
      rare: plan.rare ? { outcomes: [...plan.rare.outcomes], below: plan.rare.below ?? null, estimator: plan.rare.method, levels: plan.rare.plan.levels.map((l) => ({ ...l })) } : null,
    },
    engineVersion: engineVersion(),
  };
}

export function machine(): Provenance['machine'] {
  return { platform: platform(), arch: arch(), cpus: availableParallelism(), node: process.versions.node };
}

/** The version of the @casus/engine in use (recorded in results; merge refuses mixed versions). */
export function engineVersion(): string {
  return ENGINE_VERSION;
}
