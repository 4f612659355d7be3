import type { SplitCounts } from './splitting.js';
import { BRANCH_SCALE_BITS, type BranchCounts } from './branching.js';
import type { Aggregates } from './aggregates.js';
import { Z95 } from '../stats/wilson.js';

/** The rare-event estimate of one outcome (multilevel splitting or branching at decisions). */
export interface RareEstimate {
  id: string;
  /** `branching`: at the decisions that start or join a war (batch/branching.ts); `levels`: multilevel splitting on the escalation score (batch/splitting.ts). */
  estimator: 'branching' | 'levels';
  /** Unbiased estimate of P(outcome): the mean over roots of the weighted hits of their trees. */
  p: number;
  /** 95% interval from the standard error of that mean (roots are independent); lo ≥ 0. */
  lo: number; hi: number; halfWidth: number; se: number;
  /** Roots whose tree reached the outcome at least once. */
  hitRoots: number;
  roots: number;
  /** Simulation work in whole-run equivalents (ticks simulated ÷ ticks of one run). */
  work: number;
  /**
   * Plain runs that would give the same standard error, p(1 − p) / se², and the ratio of that to
   * `work`: how many times less simulation splitting needed for this precision (null without hits).
   */
  plainRuns: number | null;
  speedup: number | null;
}

/**
 * Turns exact splitting counts into estimates. With no hit at all the estimate is 0 and the upper
 * limit is the plain rule-of-three bound 3 / roots (95%).
 */
export function summariseSplitting(c: SplitCounts): RareEstimate[] {
  const n = c.roots;
  const work = c.ticks / c.runTicks;
  return Object.entries(c.outcomes).map(([id, o]) => {
    const estimator = 'levels' as const;
    let s1 = 0;
    let s2 = 0;
    let hitRoots = 0;
    for (const [y, k] of Object.entries(o.roots)) {
      const x = Number(y) / c.scale;
      s1 += k * x; s2 += k * x * x; hitRoots += k;
    }
    if (n === 0) return { id, estimator, p: Number.NaN, lo: 0, hi: 1, halfWidth: 0.5, se: Number.NaN, hitRoots, roots: n, work, plainRuns: null, speedup: null };
    const p = s1 / n;
    const variance = n > 1 ? Math.max(0, (s2 - n * p * p) / (n - 1)) : 0;
    const se = Math.sqrt(variance / n);
    if (hitRoots === 0) return { id, estimator, p: 0, lo: 0, hi: Math.min(1, 3 / n), halfWidth: Math.min(1, 3 / n) / 2, se: 0, hitRoots, roots: n, work, plainRuns: null, speedup: null };
    const lo = Math.max(0, p - Z95 * se);
    const hi = Math.min(1, p + Z95 * se);
    const plainRuns = se > 0 ? (p * (1 - p)) / (se * se) : null;
    return { id, estimator, p, lo, hi, halfWidth: (hi - lo) / 2, se, hitRoots, roots: n, work, plainRuns, speedup: plainRuns !== null && work > 0 ? plainRuns / work : null };
  });
}

/**
 * Turns exact branching sums into estimates: the mean of the roots' totals and its standard error
 * from their sample variance (roots are independent); with no hit at all, 0 and the rule-of-three
 * bound 3 / roots.
 */
export function summariseBranching(c: BranchCounts): RareEstimate[] {
  const n = c.roots;
  const work = c.ticks / c.runTicks;
  const scale = 2 ** BRANCH_SCALE_BITS;
  return Object.entries(c.outcomes).map(([id, o]) => {
    const estimator = 'branching' as const;
    const hitRoots = o.hitRoots;
    if (n === 0) return { id, estimator, p: Number.NaN, lo: 0, hi: 1, halfWidth: 0.5, se: Number.NaN, hitRoots, roots: n, work, plainRuns: null, speedup: null };
    if (hitRoots === 0) return { id, estimator, p: 0, lo: 0, hi: Math.min(1, 3 / n), halfWidth: Math.min(1, 3 / n) / 2, se: 0, hitRoots, roots: n, work, plainRuns: null, speedup: null };
    const s1 = Number(BigInt(o.sum)) / scale;
    const s2 = Number(BigInt(o.sumSq)) / (scale * scale);
    const p = s1 / n;
    const variance = n > 1 ? Math.max(0, (s2 - n * p * p) / (n - 1)) : 0;
    const se = Math.sqrt(variance / n);
    const lo = Math.max(0, p - Z95 * se);
    const hi = Math.min(1, p + Z95 * se);
    const plainRuns = se > 0 ? (p * (1 - p)) / (se * se) : null;
    return { id, estimator, p, lo, hi, halfWidth: (hi - lo) / 2, se, hitRoots, roots: n, work, plainRuns, speedup: plainRuns !== null && work > 0 ? plainRuns / work : null };
  });
}

/** The rare-event estimates of a batch's aggregates, whichever estimator made them; undefined for a batch without one. */
export function summariseRare(agg: Pick<Aggregates, 'splitting' | 'branching'>): RareEstimate[] | undefined {
  if (agg.branching) return summariseBranching(agg.branching);
  if (agg.splitting) return summariseSplitting(agg.splitting);
  return undefined;
}

/**
 * The outcomes a rare-event batch reports on: those named, then (in the scenario's order) every
 * other outcome whose estimate — the rare-event estimate when the batch has one, else the plain
 * share — is above 0 and below `below`. A function of the exact counts, so the same on any worker
 * count or shard split.
 */
export function selectRare(agg: Pick<Aggregates, 'splitting' | 'branching' | 'outcomes' | 'runs'>, named: readonly string[], below: number | undefined): string[] {
  if (below === undefined) return [...named];
  const rare = summariseRare(agg);
  const out = [...named];
  for (const [id, o] of Object.entries(agg.outcomes)) {
    if (out.includes(id)) continue;
    const p = rare ? rare.find((e) => e.id === id)!.p : agg.runs > 0 ? o.hits / agg.runs : 0;
    if (p > 0 && p < below) out.push(id);
  }
  return out;
}
