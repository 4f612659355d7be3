import type { Model } from '../model/model.js';
import type { RunState } from '../run/state.js';
import type { Simulator } from '../run/simulator.js';
import { hashString, mix32 } from '../rng/hash.js';

/**
 * Multilevel splitting (Kahn & Harris 1951; Glasserman, Heidelberger, Shahabuddin & Zajic 1999)
 * on the escalation ladder, for outcomes too rare for plain Monte Carlo.
 *
 * Each root run is simulated as usual. The first time its escalation score reaches a level, the
 * run is saved (a snapshot between two ticks) and continued as `factor` copies: the original, with
 * its own luck, and `factor − 1` copies reseeded with keys of (seed, root, path of copy numbers).
 * Every copy carries the weight of its parent divided by `factor`, so the weighted count of hits
 * over a root's tree has the expectation of the plain indicator (whatever the levels: splitting
 * depends only on the past), and roots are independent, so the estimate is a mean of independent
 * tree totals with an honest standard error. Everything is keyed, so a root's tree is the same on
 * any worker or shard; the counts are integers, so they merge exactly.
 */
export interface SplittingPlan {
  /** Levels on the escalation score, ascending, each with its splitting factor (≥ 1). */
  readonly levels: readonly SplitLevel[];
}

export interface SplitLevel {
  readonly score: number;
  readonly factor: number;
}

/**
 * The exact record of a splitting batch. A leaf's weight is 1 / (product of the factors of the
 * splits on its path); `scale` is the product of all factors, so `scale × weight` is an integer.
 * Per outcome, `roots[Y]` counts the roots whose tree total of `scale × weight × hit` is Y (Y > 0);
 * the estimate and its variance come from that histogram.
 */
export interface SplitCounts {
  levels: SplitLevel[];
  scale: number;
  /** Root runs simulated. */
  roots: number;
  /** Ticks of one whole run (horizon + 1): a plain run's work, the unit of `ticks`. */
  runTicks: number;
  /** Ticks simulated over all branches, and the branches started by splitting (work). */
  ticks: number;
  copies: number;
  /** Branches that stopped with an error (counted as no hit). */
  failed: number;
  outcomes: Record<string, { roots: Record<string, number> }>;
}

/** Empty splitting counts for a model and plan. */
export function emptySplitCounts(m: Model, plan: SplittingPlan): SplitCounts {
  checkPlan(plan);
  const outcomes: SplitCounts['outcomes'] = {};
  for (const o of m.outcomes) outcomes[o.id] = { roots: {} };
  return { levels: plan.levels.map((l) => ({ ...l })), scale: scaleOf(plan), roots: 0, runTicks: m.clock.horizon + 1, ticks: 0, copies: 0, failed: 0, outcomes };
}

export function mergeSplitCounts(a: SplitCounts, b: SplitCounts): SplitCounts {
  a.roots += b.roots; a.ticks += b.ticks; a.copies += b.copies; a.failed += b.failed;
  for (const [id, o] of Object.entries(b.outcomes)) {
    const t = a.outcomes[id]!.roots;
    for (const [y, n] of Object.entries(o.roots)) t[y] = (t[y] ?? 0) + n;
  }
  return a;
}

/** Sorted (numerically) copies of the per-outcome histograms, for byte-identical serialisation. */
export function canonicalSplitCounts(a: SplitCounts): SplitCounts {
  const outcomes: SplitCounts['outcomes'] = {};
  for (const [id, o] of Object.entries(a.outcomes)) outcomes[id] = { roots: Object.fromEntries(Object.entries(o.roots).sort(([x], [y]) => Number(x) - Number(y))) };
  return { ...a, levels: a.levels.map((l) => ({ ...l })), outcomes };
}

function checkPlan(plan: SplittingPlan): void {
  let last = 0;
  for (const l of plan.levels) {
    if (!Number.isInteger(l.score) || l.score <= last) throw new Error('splitting levels must be increasing positive whole scores');
    if (!Number.isInteger(l.factor) || l.factor < 1 || l.factor > 1000) throw new Error('a splitting factor must be a whole number in [1, 1000]');
    last = l.score;
  }
  if (scaleOf(plan) > 2 ** 40) throw new Error('splitting factors multiply to more than 2^40');
}

function scaleOf(plan: SplittingPlan): number {
  return plan.levels.reduce((a, l) => a * l.factor, 1);
}

/**
 * The escalation score of a run's current state: over every relation, the rungs it stands above
 * both its starting rung and the ladder's crisis rung (an armed clash between two states at
 * crisis scores 1, a war 2, nuclear use 3; a war under way at the start scores nothing until it
 * goes nuclear). The importance function of the splitting: it only decides where runs are copied,
 * never what is counted, so any choice leaves the estimate unbiased; a good one makes it precise.
 */
export function escalationScore(s: RunState): number {
  const m = s.model;
  let score = 0;
  for (let p = 0; p < m.pairA.length; p++) {
    const over = s.rung[p]! - Math.max(m.initialRung[p]!, m.crisisRung);
    if (over > 0) score += over;
  }
  return score;
}

const SPLIT_SALT = hashString('casus:split');

/**
 * Simulates root runs with splitting. The root's original line of luck is the plain run `root`
 * (so `onOriginal` receives exactly the state a plain batch would have for that run); the copies'
 * keys depend only on (seed, root, path).
 */
export class Splitter {
  private readonly master2: number;
  private readonly outcomes: string[];

  constructor(private readonly sim: Simulator, private readonly master: number, readonly plan: SplittingPlan, private readonly situation: string | undefined) {
    checkPlan(plan);
    this.master2 = mix32(master, SPLIT_SALT);
    this.outcomes = sim.model.outcomes.map((o) => o.id);
  }

  /** Simulates root `root` and its copies into `counts`; calls `onOriginal` with the root's own final state. */
  runRoot(counts: SplitCounts, root: number, onOriginal: (s: RunState) => void): void {
    const sim = this.sim;
    sim.reset(this.master, root, { situation: this.situation });
    const totals = new Array<number>(this.outcomes.length).fill(0);
    const h1 = mix32(mix32(this.master2, root >>> 0), Math.floor(root / 4294967296) >>> 0);
    const h2 = mix32(h1, 0x9e3779b9);
    this.explore(counts, totals, 0, counts.scale, h1, h2, true, onOriginal);
    counts.roots++;
    totals.forEach((y, i) => {
      if (y === 0) return;
      const map = counts.outcomes[this.outcomes[i]!]!.roots;
      map[y] = (map[y] ?? 0) + 1;
    });
  }

  private explore(counts: SplitCounts, totals: number[], next: number, weight: number, h1: number, h2: number, original: boolean, onOriginal: (s: RunState) => void): void {
    const sim = this.sim;
    const levels = this.plan.levels;
    let nextLevel = next;
    let w = weight;
    const s = sim.state;
    for (;;) {
      let more: boolean;
      try {
        more = sim.step();
      } catch (err) {
        s.status = 'error';
        s.error = err instanceof Error ? err.message : String(err);
        more = false;
      }
      counts.ticks++;
      if (!more) break;
      if (nextLevel < levels.length && escalationScore(s) >= levels[nextLevel]!.score) {
        const score = escalationScore(s);
        // Crossing several levels in one tick splits by all their factors: every copy past a
        // level then carries the same weight, however the run got there.
        let factor = levels[nextLevel]!.factor;
        let top = nextLevel;
        while (top + 1 < levels.length && levels[top + 1]!.score <= score) { top++; factor *= levels[top]!.factor; }
        nextLevel = top + 1;
        if (factor === 1) continue;
        const snap = sim.snapshot();
        const childW = w / factor;
        for (let j = 1; j < factor; j++) {
          const c1 = mix32(h1, j);
          const c2 = mix32(h2, j);
          sim.restore(snap);
          // A 52-bit key: both halves reach the stream seeds.
          sim.reseed(this.master2, (c1 & 0xfffff) * 4294967296 + c2);
          counts.copies++;
          this.explore(counts, totals, nextLevel, childW, c1, c2, false, onOriginal);
        }
        sim.restore(snap);
        w = childW;
      }
    }
    if (s.status === 'error') counts.failed++;
    else for (let i = 0; i < totals.length; i++) if (s.outcomeTick[i]! >= 0) totals[i]! += w;
    if (original) onOriginal(s);
  }
}

/**
 * Chooses splitting levels from a pilot of plain runs (keyed apart from the batch's runs, so the
 * estimate does not reuse them): the highest escalation score each pilot run reached gives the
 * survival S(k) = P(score ≥ k). Walking up the scores, a level is placed where S has fallen by a
 * factor of at least 3 since the last level, with that factor (at most `maxFactor`) as its
 * splitting factor, so that about one copy per split reaches the next level; scores reached by
 * fewer than `minRuns` pilot runs are not used. Pure and deterministic.
 */
export function planSplitting(sim: Simulator, seed: number, options: { runs?: number; situation?: string | undefined; maxFactor?: number; minRuns?: number } = {}): { plan: SplittingPlan; pilotTicks: number } {
  const runs = options.runs ?? 1000;
  const maxFactor = options.maxFactor ?? 30;
  const minRuns = options.minRuns ?? 5;
  const master = mix32(seed, hashString('casus:split-pilot'));
  const reached: number[] = [];
  let ticks = 0;
  for (let r = 0; r < runs; r++) {
    sim.reset(master, r, { situation: options.situation });
    let top = escalationScore(sim.state);
    for (;;) {
      let more = false;
      try { more = sim.step(); } catch { more = false; }
      ticks++;
      top = Math.max(top, escalationScore(sim.state));
      if (!more) break;
    }
    for (let k = 1; k <= top; k++) reached[k] = (reached[k] ?? 0) + 1;
  }
  const levels: SplitLevel[] = [];
  let last = runs;
  for (let k = 1; k < reached.length; k++) {
    const n = reached[k] ?? 0;
    if (n < minRuns) break;
    const ratio = last / n;
    if (ratio >= 3) {
      levels.push({ score: k, factor: Math.min(maxFactor, Math.round(ratio)) });
      last = n;
    }
  }
  return { plan: { levels }, pilotTicks: ticks };
}
