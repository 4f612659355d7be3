import type { Scenario } from '../schema/scenario.js';
import { masterSeedOf } from '../rng/hash.js';
import { Simulator, type EngineKind } from '../run/simulator.js';
import { compile, resolveParameters } from '../model/compile.js';
import type { Model } from '../model/model.js';
import { accumulate, canonicalAggregates, emptyAggregates, mergeInto, type Aggregates } from './aggregates.js';
import { pairedComparison, type PairedComparison } from '../stats/paired.js';

/** One side of a comparison: a scenario with its parameter overrides. */
export interface Variant {
  readonly scenario: Scenario;
  readonly parameters?: Readonly<Record<string, number>>;
  readonly label?: string;
}

export interface CompareOptions {
  readonly seed: number | string;
  readonly runs: number;
  readonly engine?: EngineKind;
  readonly situation?: string;
  readonly chunk?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: { done: number; total: number }) => void;
}

/** Per outcome present in both variants: runs where both, only A, only B, neither hit. Exact and mergeable. */
export type PairedCounts = Record<string, { n11: number; n10: number; n01: number; n00: number }>;

export interface Comparison {
  a: Aggregates;
  b: Aggregates;
  paired: PairedCounts;
  runs: number;
}

/**
 * Compares two variants on common random numbers: run k of A and run k of B use the same master
 * seed, run index and named substreams, so they see the same luck wherever the variants agree and
 * the paired difference is far sharper than two independent batches would give.
 */
export class CompareContext {
  private readonly models: [Model, Model];
  private readonly sims: [Simulator, Simulator];
  private readonly master: number;
  readonly shared: readonly string[];

  constructor(readonly variantA: Variant, readonly variantB: Variant, readonly options: CompareOptions) {
    this.models = [
      compile(variantA.scenario, resolveParameters(variantA.scenario, variantA.parameters)),
      compile(variantB.scenario, resolveParameters(variantB.scenario, variantB.parameters)),
    ];
    this.sims = [new Simulator(this.models[0], { engine: options.engine ?? 'batch' }), new Simulator(this.models[1], { engine: options.engine ?? 'batch' })];
    this.master = masterSeedOf(options.seed);
    const idsB = new Set(this.models[1].outcomes.map((o) => o.id));
    this.shared = this.models[0].outcomes.map((o) => o.id).filter((id) => idsB.has(id));
  }

  empty(): Comparison {
    const paired: PairedCounts = {};
    for (const id of this.shared) paired[id] = { n11: 0, n10: 0, n01: 0, n00: 0 };
    return { a: emptyAggregates(this.models[0]), b: emptyAggregates(this.models[1]), paired, runs: 0 };
  }

  runRange(c: Comparison, from: number, to: number): void {
    const [ma, mb] = this.models;
    const ia = this.shared.map((id) => ma.outcomes.findIndex((o) => o.id === id));
    const ib = this.shared.map((id) => mb.outcomes.findIndex((o) => o.id === id));
    for (let run = from; run < to; run++) {
      const sa = this.sims[0].run(this.master, run, { situation: this.options.situation });
      accumulate(c.a, ma, sa);
      const hitA = ia.map((i) => sa.outcomeTick[i]! >= 0 && sa.status !== 'error');
      const sb = this.sims[1].run(this.master, run, { situation: this.options.situation });
      accumulate(c.b, mb, sb);
      c.runs++;
      this.shared.forEach((id, k) => {
        const hb = sb.outcomeTick[ib[k]!]! >= 0 && sb.status !== 'error';
        const cell = c.paired[id]!;
        if (hitA[k] && hb) cell.n11++; else if (hitA[k]) cell.n10++; else if (hb) cell.n01++; else cell.n00++;
      });
    }
  }
}

/** Runs a comparison in this thread, chunk by chunk, honouring an AbortSignal between chunks. */
export async function compareVariants(a: Variant, b: Variant, options: CompareOptions): Promise<Comparison> {
  const ctx = new CompareContext(a, b, options);
  const c = ctx.empty();
  const chunk = Math.max(1, options.chunk ?? 2_000);
  for (let done = 0; done < options.runs;) {
    if (options.signal?.aborted) break;
    const to = Math.min(options.runs, done + chunk);
    ctx.runRange(c, done, to);
    done = to;
    options.onProgress?.({ done, total: options.runs });
    if (done < options.runs) await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return { ...c, a: canonicalAggregates(c.a), b: canonicalAggregates(c.b) };
}

/** Adds comparison `y` into `x` (exact sums). */
export function mergeComparison(x: Comparison, y: Comparison): Comparison {
  mergeInto(x.a, y.a);
  mergeInto(x.b, y.b);
  for (const [id, c] of Object.entries(y.paired)) {
    const t = x.paired[id]!;
    t.n11 += c.n11; t.n10 += c.n10; t.n01 += c.n01; t.n00 += c.n00;
  }
  x.runs += y.runs;
  return x;
}

export interface OutcomeComparison extends PairedComparison {
  id: string;
  /** How much narrower the paired interval is than two independent batches of the same size would give. */
  tightening: number;
}

/** Per shared outcome: both probabilities, the paired difference B − A with its 95% interval, and the gain from pairing. */
export function summariseComparison(c: Comparison): OutcomeComparison[] {
  return Object.entries(c.paired).map(([id, counts]) => {
    const p = pairedComparison(counts);
    return { ...p, id, tightening: p.independentHalfWidth > 0 ? p.pairedHalfWidth / p.independentHalfWidth : 1 };
  });
}
