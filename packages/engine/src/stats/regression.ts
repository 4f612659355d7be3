/**
 * Standardised regression coefficients (SRC) for global sensitivity analysis:
 * regress an output on the sampled parameters after scaling every column to
 * mean 0 and standard deviation 1, so that coefficients are comparable across
 * parameters with different units. For a near-linear model, `SRC_j²` is the
 * share of output variance due to parameter `j` and `r2` says how much of the
 * variance the linear model explains (Saltelli et al. 2008, "Global
 * Sensitivity Analysis: The Primer", §1.2.5).
 *
 * @module
 */

/** Result of {@link standardisedRegression}. */
export interface StandardisedRegression {
  /**
   * One coefficient per column of `X`: the change in `y`, in standard
   * deviations of `y`, per standard deviation of that column, holding the
   * other columns fixed. `0` for a constant column, for every column when `y`
   * is constant, and for a column that is an exact linear combination of
   * earlier ones.
   */
  readonly coefficients: number[];
  /**
   * Coefficient of determination `1 − SS_res / SS_tot` of the fit, in
   * `[0, 1]`; `NaN` when `y` is constant (nothing to explain).
   */
  readonly r2: number;
}

/** Relative pivot size below which a column counts as linearly dependent. */
const PIVOT_TOLERANCE = 1e-10;

function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/**
 * Standardise a column to mean 0 and (population) standard deviation 1, or
 * return `undefined` if it is constant. The choice of `n` or `n − 1` in the
 * standard deviation cancels out of the coefficients.
 */
function standardise(column: readonly number[]): number[] | undefined {
  const first = column[0] as number;
  if (column.every((v) => v === first)) return undefined;
  const m = mean(column);
  const centred = column.map((v) => v - m);
  let ss = 0;
  for (const c of centred) ss += c * c;
  const sd = Math.sqrt(ss / column.length);
  if (!(sd > 0) || !Number.isFinite(sd)) return undefined;
  return centred.map((c) => c / sd);
}

/**
 * Solve the symmetric positive semi-definite system `A x = b` by Gaussian
 * elimination with partial pivoting. A column whose best remaining pivot is
 * below {@link PIVOT_TOLERANCE} (relative to its diagonal entry, which is 1 for a
 * correlation matrix) is treated as linearly dependent on the columns already
 * eliminated: its unknown is set to 0 and it is skipped, which yields a valid
 * least-squares solution of the normal equations. `A` and `b` are overwritten.
 */
function solveNormalEquations(A: number[][], b: number[]): number[] {
  const k = b.length;
  const pivotRowOf: number[] = new Array<number>(k).fill(-1);
  let row = 0;
  for (let col = 0; col < k && row < k; col++) {
    let best = row;
    for (let i = row + 1; i < k; i++) {
      if (Math.abs(A[i]![col]!) > Math.abs(A[best]![col]!)) best = i;
    }
    if (Math.abs(A[best]![col]!) <= PIVOT_TOLERANCE) continue; // dependent column
    if (best !== row) {
      [A[row], A[best]] = [A[best]!, A[row]!];
      [b[row], b[best]] = [b[best]!, b[row]!];
    }
    const pivotRow = A[row]!;
    const pivot = pivotRow[col]!;
    for (let i = row + 1; i < k; i++) {
      const r = A[i]!;
      const factor = r[col]! / pivot;
      if (factor === 0) continue;
      for (let j = col; j < k; j++) r[j]! -= factor * pivotRow[j]!;
      b[i]! -= factor * b[row]!;
    }
    pivotRowOf[col] = row;
    row++;
  }
  const x = new Array<number>(k).fill(0);
  for (let col = k - 1; col >= 0; col--) {
    const r = pivotRowOf[col]!;
    if (r < 0) continue;
    const a = A[r]!;
    let s = b[r]!;
    for (let j = col + 1; j < k; j++) s -= a[j]! * x[j]!;
    x[col] = s / a[col]!;
  }
  return x;
}

/**
 * Standardised regression coefficients of `y` on the columns of `X`, by
 * ordinary least squares on standardised variables: with every column of `X`
 * and `y` centred and scaled to unit standard deviation, solve the normal
 * equations `R β = r` (`R` the correlation matrix of the columns, `r` their
 * correlations with `y`) by Gaussian elimination with partial pivoting.
 * Equivalently `SRC_j = b_j · sd(x_j) / sd(y)` for the raw OLS slopes `b_j`.
 *
 * Contract:
 * - `X` has one row per observation, `y.length === X.length`, all rows have
 *   the same length `k`; all entries finite. Otherwise `RangeError`.
 * - A constant column (all values equal) gets coefficient 0 and does not
 *   enter the fit. An exactly collinear column gets 0 and the earlier
 *   column(s) it duplicates carry the effect.
 * - If `y` is constant (including fewer than 2 observations) every
 *   coefficient is 0 and `r2` is `NaN`.
 * - If `y` is exactly `c + Σ b_j x_j`, the coefficients are
 *   `b_j · sd(x_j) / sd(y)` and `r2` is 1 (up to rounding).
 * - Invariant under affine rescaling `x_j → s·x_j + t` with `s > 0` of any
 *   column or of `y`; a negative `s` flips the sign of that coefficient.
 * - With orthogonal columns, `Σ SRC_j² = r2`.
 */
export function standardisedRegression(X: readonly (readonly number[])[], y: readonly number[]): StandardisedRegression {
  const n = X.length;
  if (y.length !== n) {
    throw new RangeError(`standardisedRegression: X has ${String(n)} rows but y has ${String(y.length)} values`);
  }
  const k = n === 0 ? 0 : X[0]!.length;
  X.forEach((row, i) => {
    if (row.length !== k) {
      throw new RangeError(`standardisedRegression: row ${String(i)} has ${String(row.length)} columns, expected ${String(k)}`);
    }
    row.forEach((v, j) => {
      if (!Number.isFinite(v)) throw new RangeError(`standardisedRegression: X[${String(i)}][${String(j)}] is not finite`);
    });
  });
  y.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`standardisedRegression: y[${String(i)}] is not finite`);
  });

  const coefficients = new Array<number>(k).fill(0);
  const zy = n === 0 ? undefined : standardise(y);
  if (zy === undefined) return { coefficients, r2: Number.NaN };

  // Standardised non-constant columns, remembering their original index.
  const active: Array<{ index: number; z: number[] }> = [];
  for (let j = 0; j < k; j++) {
    const z = standardise(X.map((row) => row[j]!));
    if (z !== undefined) active.push({ index: j, z });
  }

  const m = active.length;
  const A: number[][] = [];
  const b: number[] = [];
  for (let p = 0; p < m; p++) {
    const zp = active[p]!.z;
    const rowA: number[] = [];
    for (let q = 0; q < m; q++) {
      const zq = active[q]!.z;
      let s = 0;
      for (let i = 0; i < n; i++) s += zp[i]! * zq[i]!;
      rowA.push(s / n);
    }
    A.push(rowA);
    let s = 0;
    for (let i = 0; i < n; i++) s += zp[i]! * zy[i]!;
    b.push(s / n);
  }
  const beta = solveNormalEquations(A, b);

  // r2 from the residuals of the standardised fit.
  let ssTot = 0;
  for (const v of zy) ssTot += v * v;
  let ssRes = 0;
  for (let i = 0; i < n; i++) {
    let fitted = 0;
    for (let p = 0; p < m; p++) fitted += beta[p]! * active[p]!.z[i]!;
    const e = zy[i]! - fitted;
    ssRes += e * e;
  }
  const r2 = Math.min(1, Math.max(0, 1 - ssRes / ssTot));
  active.forEach(({ index }, p) => {
    coefficients[index] = beta[p]!;
  });
  return { coefficients, r2 };
}
