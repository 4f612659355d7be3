import { globalSensitivity, type Aggregates } from '@casus/engine';
import type { SweepManifest } from './manifest.js';
import type { Table } from './tables.js';

/** One outcome × parameter of a sensitivity analysis: the tornado's ends and swing, and the SRC. */
export interface SensitivityResult {
  outcome: string;
  parameter: string;
  basis: string;
  nominal: number;
  lowValue: number;
  highValue: number;
  /** Probability at the base point (every parameter nominal), at the low and at the high end. */
  base: number | null;
  pLow: number | null;
  pHigh: number | null;
  /** pHigh − pLow, on common random numbers. */
  swing: number | null;
  /** 1 = largest |swing| for this outcome (ties: larger |src|, then name). */
  rank: number;
  /** Standardised regression coefficient over the Latin hypercube, and the fit's R² for this outcome. */
  src: number;
  r2: number | null;
  /** 1 = largest |src| for this outcome (ties: name). */
  srcRank: number;
}

const p = (a: Aggregates, outcome: string): number | null => (a.runs > 0 ? a.outcomes[outcome]!.hits / a.runs : null);
const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Ranks the analysed parameters for every outcome from the per-point aggregates of a sensitivity
 * design (see sensitivity-plan.ts): the one-at-a-time swing P(high) − P(low) — computed as the
 * engine's `tornado` does — and the engine's `globalSensitivity` (standardised regression of the
 * probability on the parameters over the Latin hypercube, with R²). Rows come by outcome (the
 * scenario's order), then rank.
 */
export function analyseSensitivity(manifest: SweepManifest, aggregates: ReadonlyMap<number, Aggregates>): SensitivityResult[] {
  const s = manifest.sensitivity!;
  const agg = (i: number): Aggregates => aggregates.get(i)!;
  const lhsIdx = Array.from({ length: s.lhs.to - s.lhs.from }, (_, k) => s.lhs.from + k);
  const names = s.parameters.map((x) => x.name);
  const global = globalSensitivity({
    points: lhsIdx.map((i) => ({ index: i, values: Object.fromEntries(names.map((n) => [n, manifest.points[i]!.values[n]!])) })),
    aggregates: lhsIdx.map(agg),
  });
  const out: SensitivityResult[] = [];
  for (const { id: outcome } of manifest.outcomes) {
    const rows = s.parameters.map((par, k): SensitivityResult => {
      const t = s.tornado[k]!;
      const [lo, hi] = [agg(t.low), agg(t.high)];
      const pl = p(lo, outcome);
      const ph = p(hi, outcome);
      // On equal run counts the swing is one integer difference over the runs: no rounding noise.
      const swing = pl === null || ph === null ? null : lo.runs === hi.runs ? (hi.outcomes[outcome]!.hits - lo.outcomes[outcome]!.hits) / lo.runs : ph - pl;
      const g = global.find((r) => r.outcome === outcome && r.parameter === par.name);
      return {
        outcome, parameter: par.name, basis: par.basis, nominal: par.nominal, lowValue: par.low, highValue: par.high,
        base: p(agg(s.base), outcome), pLow: pl, pHigh: ph, swing,
        rank: 0, src: g?.src ?? 0, r2: finiteOrNull(g?.r2 ?? NaN), srcRank: 0,
      };
    });
    const byName = (a: SensitivityResult, b: SensitivityResult): number => (a.parameter < b.parameter ? -1 : a.parameter > b.parameter ? 1 : 0);
    [...rows].sort((a, b) => Math.abs(b.src) - Math.abs(a.src) || byName(a, b)).forEach((r, i) => { r.srcRank = i + 1; });
    rows.sort((a, b) => Math.abs(b.swing ?? 0) - Math.abs(a.swing ?? 0) || Math.abs(b.src) - Math.abs(a.src) || byName(a, b));
    rows.forEach((r, i) => { r.rank = i + 1; });
    out.push(...rows);
  }
  return out;
}

/** The tidy ranking table (sensitivity.csv / .ndjson), one row per outcome × parameter. */
export function sensitivityTable(rows: readonly SensitivityResult[]): Table {
  const columns = ['outcome', 'rank', 'parameter', 'basis', 'nominal', 'low_value', 'high_value', 'base', 'p_low', 'p_high', 'swing', 'src', 'src_rank', 'r2'];
  return {
    columns,
    rows: rows.map((r) => [r.outcome, r.rank, r.parameter, r.basis, r.nominal, r.lowValue, r.highValue, r.base, r.pLow, r.pHigh, r.swing, r.src, r.srcRank, r.r2]),
  };
}
