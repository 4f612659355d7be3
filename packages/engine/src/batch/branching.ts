import type { Model } from '../model/model.js';
import type { RunState, PendingDecision } from '../run/state.js';
import { STOP_LINE, type Simulator } from '../run/simulator.js';
import type { RunSnapshot } from '../run/snapshot.js';
import { hashString, mix32 } from '../rng/hash.js';
import { keyedFloat } from '../rng/keyed.js';

/**
 * Branching at the decisions that start or join a war: a rare-event estimator with exact weights
 * and no pilot.
 *
 * Escalation in a scenario happens inside a tick, as a chain of choices (an incident, an answer,
 * a decision to go to war), so copying runs between ticks (batch/splitting.ts) comes too late: the
 * copies of one state share the choice that mattered. Here the run is copied *at* the choice. When
 * a doctrine decision is about to be applied and one of its options takes a relation to war (an
 * armed attack at a war rung's intensity, nuclear use, or an escalation to a war rung) and had a
 * chance p of at most `below` to be drawn, the run is saved and continued once with that option
 * forced, with weight w·p; the line that drew its own option continues with weight w, unless it
 * drew that very option, in which case it counts for nothing from there on (the branch stands for
 * it). For every decision d with options j, of which E are branched:
 *
 *   E[1(c ∉ E)·f(c)] + Σ_{e ∈ E} p_e·f(e) = Σ_j p_j·f(j),
 *
 * so the weighted sum of hits over a root's lines has the expectation of the plain indicator:
 * conditional Monte Carlo on the choice (Hammersley & Handscomb 1964, ch. 5; the branching form of
 * splitting: Kahn & Harris 1951; Glasserman, Heidelberger, Shahabuddin & Zajic 1999). A branch
 * keeps the run's luck from the choice on; roots are independent, so the estimate is a mean of
 * independent tree totals with an honest standard error.
 *
 * Exact and mergeable: a root's total of an outcome is rounded to a multiple of 2^-40 at random —
 * up with probability equal to the fraction, from a number keyed by (seed, root, outcome) — which
 * keeps the estimate exactly unbiased, and the integers and their squares are summed as BigInts.
 */
export interface BranchingPlan {
  /** Branch on a war-making option whose chance at the decision is at most this (default 0.5). */
  readonly below: number;
  /** At most this many decisions of one round are branched (the lines multiply; default 3). */
  readonly perRound: number;
  /** A line branches at most this many times counted from its root (the tree's depth; default 1: deeper trees multiply the lines of a war faster than they add precision). */
  readonly depth: number;
}

export const DEFAULT_BRANCHING: BranchingPlan = { below: 0.5, perRound: 3, depth: 1 };

/** Fixed-point scale of the root totals: 2^40. */
export const BRANCH_SCALE_BITS = 40;

/** The exact record of a branching batch (JSON-ready: the sums are decimal strings of integers). */
export interface BranchCounts {
  below: number;
  perRound: number;
  roots: number;
  /** Ticks of one whole run (horizon + 1): a plain run's work, the unit of `ticks`. */
  runTicks: number;
  /** Ticks simulated over all lines (a branch counts from the tick it started in), and the branches. */
  ticks: number;
  branches: number;
  /** Lines that stopped with an error (counted as no hit). */
  failed: number;
  /** Per outcome: roots with a positive total, and Σ Y and Σ Y² of Y = 2^40 × the root's total. */
  outcomes: Record<string, { hitRoots: number; sum: string; sumSq: string }>;
}

export function emptyBranchCounts(m: Model, plan: BranchingPlan = DEFAULT_BRANCHING): BranchCounts {
  checkPlan(plan);
  const outcomes: BranchCounts['outcomes'] = {};
  for (const o of m.outcomes) outcomes[o.id] = { hitRoots: 0, sum: '0', sumSq: '0' };
  return { below: plan.below, perRound: plan.perRound, roots: 0, runTicks: m.clock.horizon + 1, ticks: 0, branches: 0, failed: 0, outcomes };
}

export function mergeBranchCounts(a: BranchCounts, b: BranchCounts): BranchCounts {
  a.roots += b.roots; a.ticks += b.ticks; a.branches += b.branches; a.failed += b.failed;
  for (const [id, o] of Object.entries(b.outcomes)) {
    const t = a.outcomes[id]!;
    t.hitRoots += o.hitRoots;
    t.sum = (BigInt(t.sum) + BigInt(o.sum)).toString();
    t.sumSq = (BigInt(t.sumSq) + BigInt(o.sumSq)).toString();
  }
  return a;
}

function checkPlan(plan: BranchingPlan): void {
  if (!(plan.below > 0 && plan.below <= 1)) throw new Error('the branching threshold must be in (0, 1]');
  if (!Number.isInteger(plan.perRound) || plan.perRound < 1 || plan.perRound > 6) throw new Error('branched decisions per round must be a whole number in [1, 6]');
  if (!Number.isInteger(plan.depth) || plan.depth < 1 || plan.depth > 8) throw new Error('the branching depth must be a whole number in [1, 8]');
}

/**
 * Per decision point, the options that take a relation to war (null where none): an armed attack
 * at or above the intensity of the ladder's first war rung, a nuclear attack, or an escalation to a
 * war rung. Read from the scenario's effects; the same for every run.
 */
export function warOptions(m: Model): (readonly number[] | null)[] {
  const warRung = m.rungs.findIndex((r) => r.war);
  const warIntensity = warRung >= 0 ? m.rungs.slice(warRung).find((r) => r.intensity > 0)?.intensity ?? Infinity : Infinity;
  const warIds = new Set(m.rungs.filter((r) => r.war).map((r) => r.id));
  return m.decisionPoints.map((dp) => {
    const out: number[] = [];
    dp.options.forEach((o, k) => {
      if (o.effects.some((e) => (e.armedAttack !== undefined && (e.armedAttack.nuclear === true || Number(e.armedAttack.intensity) >= warIntensity))
        || (e.escalate?.to !== undefined && warIds.has(e.escalate.to)))) out.push(k);
    });
    return out.length > 0 ? out : null;
  });
}

const ROUND_SALT = hashString('casus:branch-round');

/** One branched decision of a round: its place in the round, its own draw, and the options branched with their chances. */
interface Branched { k: number; natural: number; options: number[]; p: number[] }

/**
 * Simulates root runs with branching. A root's own line is the plain run `root` (its choices are
 * its own draws), so `onOriginal` receives exactly the state a plain batch would have.
 */
export class Brancher {
  private readonly war: (readonly number[] | null)[];
  private readonly outcomes: string[];
  private readonly master2: number;
  /** The weight of the line being simulated, whether it is the root's, and where it began. */
  private weight = 1;
  private isRoot = true;
  private depth = 0;
  private counts: BranchCounts | undefined;
  private totals: Float64Array;
  private readonly hook = (round: readonly PendingDecision[], choices: unknown[]): void => this.onRound(round, choices);

  constructor(private readonly sim: Simulator, private readonly master: number, readonly plan: BranchingPlan, private readonly situation: string | undefined) {
    checkPlan(plan);
    this.war = warOptions(sim.model);
    this.outcomes = sim.model.outcomes.map((o) => o.id);
    this.totals = new Float64Array(this.outcomes.length);
    this.master2 = mix32(master, ROUND_SALT);
  }

  /** Simulates root `root` and its branches into `counts`; calls `onOriginal` with the root's own final state. */
  runRoot(counts: BranchCounts, root: number, onOriginal: (s: RunState) => void): void {
    const sim = this.sim;
    const s = sim.reset(this.master, root, { situation: this.situation });
    this.counts = counts;
    this.totals.fill(0);
    this.weight = 1;
    this.isRoot = true;
    this.depth = 0;
    s.roundHook = this.hook;
    sim.finish();
    s.roundHook = undefined;
    counts.ticks += s.tick + 1;
    this.leaf(s);
    counts.roots++;
    for (let i = 0; i < this.outcomes.length; i++) {
      const y = this.totals[i]!;
      if (!(y > 0)) continue;
      const scaled = y * 2 ** BRANCH_SCALE_BITS;
      const whole = Math.floor(scaled);
      const u = keyedFloat(mix32(mix32(this.master2, root >>> 0), Math.floor(root / 4294967296) >>> 0), i);
      const yi = BigInt(whole) + (u < scaled - whole ? 1n : 0n);
      if (yi === 0n) continue;
      const o = counts.outcomes[this.outcomes[i]!]!;
      o.hitRoots++;
      o.sum = (BigInt(o.sum) + yi).toString();
      o.sumSq = (BigInt(o.sumSq) + yi * yi).toString();
    }
    onOriginal(s);
  }

  private leaf(s: RunState): void {
    if (s.status === 'error') { this.counts!.failed++; return; }
    if (this.weight === 0) return;
    for (let i = 0; i < this.totals.length; i++) if (s.outcomeTick[i]! >= 0) this.totals[i]! += this.weight;
  }

  private onRound(round: readonly PendingDecision[], choices: unknown[]): void {
    if (this.weight === 0 || this.depth >= this.plan.depth) return;
    const s = this.sim.state;
    const m = s.model;
    const branched: Branched[] = [];
    for (let k = 0; k < round.length && branched.length < this.plan.perRound; k++) {
      const d = round[k]!;
      if (d.type !== 'doctrine') continue;
      // An occasion that lapsed in its round (doctrine.ts `stillHeard`) is no decision to branch on.
      if ((choices[k] as number) < 0) continue;
      const war = this.war[d.point];
      if (!war) continue;
      const dp = m.decisionPoints[d.point]!;
      let total = 0;
      const w = dp.options.map((o) => { const x = o.weight(s, dp.actor, d.actor, d.target); const v = x > 0 ? x : 0; total += v; return v; });
      if (!(total > 0)) continue;
      const options: number[] = [];
      const p: number[] = [];
      for (const e of war) { const pe = w[e]! / total; if (pe > 0 && pe <= this.plan.below) { options.push(e); p.push(pe); } }
      if (options.length > 0) branched.push({ k, natural: choices[k] as number, options, p });
    }
    if (branched.length === 0) return;
    const snap = this.sim.snapshot();
    const parentWeight = this.weight;
    const parentRoot = this.isRoot;
    const parentDepth = this.depth;
    // Every combination of (own draw | one branched option) per branched decision, but the all-own one (this line).
    const pick = new Array<number>(branched.length).fill(-1);
    const explore = (j: number): void => {
      if (j === branched.length) {
        if (pick.every((x) => x < 0)) return;
        let weight = parentWeight;
        const forced = choices.slice();
        for (let b = 0; b < branched.length; b++) {
          const x = branched[b]!;
          if (pick[b]! >= 0) { weight *= x.p[pick[b]!]!; forced[x.k] = x.options[pick[b]!]!; }
        }
        this.branch(snap, round, forced, weight, parentDepth + 1);
        return;
      }
      const x = branched[j]!;
      // Keeping the own draw is a line only when that draw is not itself a branched option.
      if (!x.options.includes(x.natural)) { pick[j] = -1; explore(j + 1); }
      for (let e = 0; e < x.options.length; e++) { pick[j] = e; explore(j + 1); }
      pick[j] = -1;
    };
    explore(0);
    this.sim.restore(snap);
    this.weight = parentWeight;
    this.isRoot = parentRoot;
    this.depth = parentDepth;
    if (branched.some((x) => x.options.includes(x.natural))) {
      // This line drew an option a branch stands for: it counts for nothing from here on. The
      // root still runs to the end (its own figures are the plain batch's); a branch stops.
      this.weight = 0;
      if (!parentRoot) throw STOP_LINE;
    }
  }

  private branch(snap: RunSnapshot, round: readonly PendingDecision[], forced: unknown[], weight: number, depth: number): void {
    const sim = this.sim;
    const counts = this.counts!;
    sim.restore(snap);
    const s = sim.state;
    const from = s.tick;
    this.weight = weight;
    this.isRoot = false;
    this.depth = depth;
    counts.branches++;
    let stopped = false;
    try {
      sim.finishFromRound(round, forced);
    } catch (err) {
      if (err !== STOP_LINE) throw err;
      stopped = true;
    }
    counts.ticks += s.tick - from + 1;
    if (!stopped) this.leaf(s);
  }
}
