/**
 * Intervals for nested designs, where runs are not independent: K parameter draws × M runs on
 * common random numbers (run r of every draw sees the same luck). A run's result depends on its
 * draw (the judgments) *and* on its run index (the luck every draw shares), so the runs are
 * clustered two ways, by draw and by seed. The run index is grouped into B blocks (`r mod B`);
 * the counts of each (draw, block) cell are enough.
 *
 * The estimate is a ratio R = Σy / Σn over the cells (a probability: hits / runs; a conditional:
 * both / hits of the condition). Its variance is the two-way cluster-robust (multiway) variance of
 * Cameron, Gelbach & Miller (2011, J. Bus. Econ. Stat. 29:238–249) of the linearised ratio:
 * V = V_draw + V_block − V_cell, each the one-way cluster-robust variance with its G/(G − 1)
 * small-sample factor, and never less than either one-way variance. With balanced cells this is
 * the classical crossed random-effects variance σ²_draw/K + σ²_seed/B + σ²_rest/(KB).
 *
 * @module
 */
import { Z95, normalQuantile, wilson } from './wilson.js';

/** A probability over the parameter draws, with an interval that takes the draw (and the seed) as its unit. */
export interface ClusteredInterval {
  /** Pooled ratio Σy / Σn (NaN when Σn = 0). */
  readonly p: number;
  readonly lo: number;
  readonly hi: number;
  readonly halfWidth: number;
  /** Standard error from the two-way clustered variance. */
  readonly se: number;
  /** Degrees of freedom of the t quantile: min(draws, blocks) − 1 (over cells with data). */
  readonly df: number;
}

/**
 * Quantile of Student's t with `df` degrees of freedom at probability `q` (Cornish–Fisher
 * expansion, Hill 1970, Comm. ACM 13:617; relative error below 1e-3 for df ≥ 3, exact at df → ∞).
 * df = 1 and 2 use the closed forms.
 */
export function tQuantile(q: number, df: number): number {
  if (!(q > 0 && q < 1)) throw new RangeError(`q must be in (0, 1), got ${String(q)}`);
  if (!(df >= 1)) throw new RangeError(`df must be ≥ 1, got ${String(df)}`);
  if (df === 1) return Math.tan(Math.PI * (q - 0.5));
  if (df === 2) { const a = 4 * q * (1 - q); return (2 * q - 1) * Math.sqrt(2 / a); }
  if (!Number.isFinite(df)) return normalQuantile(q);
  const z = normalQuantile(q);
  const z2 = z * z;
  const g1 = (z2 * z + z) / 4;
  const g2 = (5 * z2 * z2 * z + 16 * z2 * z + 3 * z) / 96;
  const g3 = (3 * z2 * z2 * z2 * z + 19 * z2 * z2 * z + 17 * z2 * z - 15 * z) / 384;
  const g4 = (79 * z2 * z2 * z2 * z2 * z + 776 * z2 * z2 * z2 * z + 1482 * z2 * z2 * z - 1920 * z2 * z - 945 * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/**
 * The ratio Σy/Σn of a K × B table of cells (draw k, seed block b) with its 95% interval from the
 * two-way clustered variance and a t quantile with min(K, B) − 1 degrees of freedom. The interval
 * is widened, where needed, to contain the Wilson interval of the pooled counts (the simulation
 * error the runs would have if they were independent): that lower bound keeps an honest width
 * when hits are so few that the clustered variance is zero or unstable.
 *
 * `y[k][b] ≤ n[k][b]`, non-negative integers; rows of equal length.
 */
export function clusteredRatio(y: readonly (readonly number[])[], n: readonly (readonly number[])[], confidence = 0.95): ClusteredInterval {
  const c = twoWayRatio(y, n);
  if (c === null) return { p: Number.NaN, lo: 0, hi: 1, halfWidth: 0.5, se: Number.NaN, df: 0 };
  const t = tQuantile(1 - (1 - confidence) / 2, c.df);
  const w = wilson(c.sy, c.sn, confidence === 0.95 ? Z95 : -normalQuantile((1 - confidence) / 2));
  const lo = Math.max(0, Math.min(c.r - t * c.se, w.lo));
  const hi = Math.min(1, Math.max(c.r + t * c.se, w.hi));
  return { p: c.r, lo, hi, halfWidth: (hi - lo) / 2, se: c.se, df: c.df };
}

/**
 * The two-way clustered ratio Σy / Σn of a K × B table with its standard error and degrees of
 * freedom, for any real y (a paired difference: y = runs where only B hit − runs where only A hit).
 * Null when Σn = 0.
 */
export function twoWayRatio(y: readonly (readonly number[])[], n: readonly (readonly number[])[]): { r: number; se: number; df: number; sy: number; sn: number } | null {
  const K = n.length;
  const B = K > 0 ? n[0]!.length : 0;
  let sy = 0;
  let sn = 0;
  for (let k = 0; k < K; k++) for (let b = 0; b < B; b++) { sy += y[k]![b]!; sn += n[k]![b]!; }
  if (sn === 0) return null;
  const r = sy / sn;
  // Linearised ratio: z = y − r n; Var(r) ≈ Var(Σz) / (Σn)².
  const row = new Array<number>(K).fill(0);
  const col = new Array<number>(B).fill(0);
  let cell = 0;
  let rows = 0;
  let cells = 0;
  const colUsed = new Array<boolean>(B).fill(false);
  for (let k = 0; k < K; k++) {
    let used = false;
    for (let b = 0; b < B; b++) {
      const nn = n[k]![b]!;
      if (nn === 0) continue;
      const z = y[k]![b]! - r * nn;
      row[k]! += z;
      col[b]! += z;
      cell += z * z;
      cells++;
      used = true;
      colUsed[b] = true;
    }
    if (used) rows++;
  }
  const cols = colUsed.filter(Boolean).length;
  const sumSq = (v: readonly number[]): number => v.reduce((a, x) => a + x * x, 0);
  const oneWay = (ss: number, g: number): number => (g > 1 ? (g / (g - 1)) * ss : 0);
  const n2 = sn * sn;
  const vRow = oneWay(sumSq(row), rows) / n2;
  const vCol = oneWay(sumSq(col), cols) / n2;
  const vCell = oneWay(cell, cells) / n2;
  const v = Math.max(vRow + vCol - vCell, vRow, vCol);
  return { r, se: Math.sqrt(v), df: Math.max(1, Math.min(rows, cols) - 1), sy, sn };
}

/**
 * Spearman's rank correlation of two equally long series (average ranks for ties); 0 when either
 * series is constant or shorter than 3.
 */
export function rankCorrelation(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new RangeError('series of different lengths');
  if (x.length < 3) return 0;
  const rx = ranks(x);
  const ry = ranks(y);
  const n = x.length;
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const a = rx[i]! - mean;
    const b = ry[i]! - mean;
    sxy += a * b; sxx += a * a; syy += b * b;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

function ranks(v: readonly number[]): number[] {
  const order = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = new Array<number>(v.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]![1]] = r;
    i = j + 1;
  }
  return out;
}

/**
 * Between-draw standard deviation of the probability itself, net of the binomial noise of the
 * per-draw estimates (method of moments: Var(p̂ₖ) = Var(pₖ) + E[pₖ(1 − pₖ)]/M, and
 * E[p̂ₖ(1 − p̂ₖ)] = E[pₖ(1 − pₖ)](1 − 1/M)). 0 when the noise explains all the spread.
 */
export function judgmentSd(perDraw: readonly { hits: number; runs: number }[]): number {
  const d = perDraw.filter((x) => x.runs > 1);
  if (d.length < 2) return 0;
  const p = d.map((x) => x.hits / x.runs);
  const mean = p.reduce((a, x) => a + x, 0) / p.length;
  const s2 = p.reduce((a, x) => a + (x - mean) ** 2, 0) / (p.length - 1);
  const noise = d.reduce((a, x, i) => a + (p[i]! * (1 - p[i]!)) / (x.runs - 1), 0) / d.length;
  return Math.sqrt(Math.max(0, s2 - noise));
}
