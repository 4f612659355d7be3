import type { Scenario } from '../schema/scenario.js';
import { compile, resolveParameters } from '../model/compile.js';
import { drawValue } from '../model/params.js';
import type { Model } from '../model/model.js';
import { Streams } from '../rng/streams.js';
import { masterSeedOf } from '../rng/hash.js';
import { Recent } from './recent.js';

/** Whether the draws of a nested design share their runs' luck (see {@link Design}). */
export type DrawLuck = 'shared' | 'independent';

/** The most seed blocks a nested design keeps counts for (see {@link Design.seedBlocks}). */
export const SEED_BLOCKS = 20;

/**
 * Refuses a run count or a count of parameter draws that is not a whole number of 0 or more: a
 * programming error, named (docs/library.md), which would otherwise give an empty batch that looks
 * aborted (-1, NaN), a batch that never ends (Infinity), or a run count the aggregates misstate (1.5).
 */
export function checkCounts(runs: number, parameterDraws = 0): void {
  if (!Number.isSafeInteger(runs) || runs < 0) throw new Error(`runs must be a whole number, 0 or more; got ${String(runs)}`);
  if (!Number.isSafeInteger(parameterDraws) || parameterDraws < 0) throw new Error(`parameterDraws must be a whole number, 0 or more; got ${String(parameterDraws)}`);
}

/**
 * A batch's experimental design: which parameter values each run uses, and which compiled model.
 * Plain batches use one parameter set. A nested design (K parameter draws × M runs) gives draw k
 * the runs k·M … k·M + M − 1. With shared luck (the default) each is simulated with run index
 * `r mod M`, so every draw sees the same luck (common random numbers) and differences between
 * draws are the judgments' doing alone; with independent luck each run keeps its own index.
 */
export class Design {
  readonly runsPerDraw: number;
  /**
   * Seed blocks B of a nested design: run index r of a draw falls in block r mod B, and each draw
   * keeps its counts per block, so intervals can take the seed as a unit too (stats/clustered.ts).
   */
  readonly seedBlocks: number;
  readonly total: number;
  /** The nominal model and the first draw's (read for the outcomes and the aggregates' shape), and the draws in hand. */
  private readonly pinned = new Map<number, Model>();
  private readonly models = new Recent<number, Model>(2);
  private readonly drawn: Record<string, number>[] = [];

  constructor(
    readonly scenario: Scenario,
    readonly seed: number | string,
    runs: number,
    readonly parameterDraws = 0,
    readonly overrides: Readonly<Record<string, number>> = {},
    /**
     * `shared` (default): run r of every draw is seeded with run index r — common random numbers
     * across draws, so differences between draws are the judgments' alone, but the whole batch has
     * only M independent lines of luck and a pooled probability is only as precise as M runs allow.
     * `independent`: run k·M + r is seeded with its own index, so every run has its own luck and
     * the pooled probability over the judgments is nearly as precise as K·M plain runs.
     */
    readonly luck: DrawLuck = 'shared',
  ) {
    checkCounts(runs, parameterDraws);
    this.runsPerDraw = runs;
    this.total = parameterDraws > 0 ? runs * parameterDraws : runs;
    this.seedBlocks = Math.max(1, Math.min(SEED_BLOCKS, runs));
    if (parameterDraws > 0) {
      const names = Object.keys(scenario.parameters).filter((n) => !(n in overrides));
      const streams = new Streams(names.map((n) => `param:${n}`));
      const master = masterSeedOf(seed);
      for (let k = 0; k < parameterDraws; k++) {
        streams.reset(master, k);
        const values: Record<string, number> = {};
        names.forEach((n, i) => { values[n] = drawValue(scenario.parameters[n]!, streams.source(i)); });
        this.drawn.push(values);
      }
    }
  }

  /** Parameter draw of a run (-1 in a plain batch). */
  drawOf(run: number): number {
    return this.parameterDraws > 0 ? Math.floor(run / this.runsPerDraw) : -1;
  }

  /** Run index the simulation is seeded with. */
  seedIndexOf(run: number): number {
    return this.parameterDraws > 0 && this.luck === 'shared' ? run % this.runsPerDraw : run;
  }

  /** Drawn parameter values of draw k (only the drawn ones; overrides are fixed). */
  drawValues(k: number): Record<string, number> {
    return this.drawn[k] ?? {};
  }

  /** The compiled model for a parameter draw (-1: the nominal values with overrides). */
  model(draw: number): Model {
    const make = (): Model => compile(this.scenario, resolveParameters(this.scenario, { ...(draw >= 0 ? this.drawn[draw] : {}), ...this.overrides }));
    if (draw <= 0) { let m = this.pinned.get(draw); if (!m) { m = make(); this.pinned.set(draw, m); } return m; }
    return this.models.get(draw, make);
  }
}
