/**
 * Samplers for the distributions scenarios use, drawing from a uniform source.
 *
 * Contract for every sampler: the result is a pure function of the parameters and of the uniforms
 * it consumes from `rand`, and it uses only IEEE `+ − × ÷`, `Math.sqrt`, comparisons and the
 * deterministic {@link exp}/{@link log}/{@link powDet} — never `Math.exp`/`Math.log`/`Math.pow`,
 * whose last bit varies between engines. So the same stream gives the same sample everywhere.
 *
 * How many uniforms a call consumes is documented per sampler; for the rejection samplers it
 * depends on the values drawn (still deterministic). Invalid parameters throw `RangeError`
 * (the checks are a few comparisons; NaN parameters count as invalid).
 *
 * @module
 */
import { log, powDet } from './math.js';

/** A source of uniform floats in [0, 1), e.g. `Streams.source(i)`. */
export type Uniform = () => number;

/**
 * Cap on rejection loops whose acceptance probability is bounded well away from 0 (≥ π/4 for the
 * polar method, ≥ 0.95 for Marsaglia–Tsang). A real generator never gets near it (probability
 * < 10^-600); hitting it means the source is degenerate (e.g. a constant), so we throw instead of
 * spinning forever.
 */
const MAX_REJECTIONS = 1000;

/**
 * Attempts made by {@link truncatedNormal} before falling back to clamping.
 */
export const TRUNCATED_NORMAL_TRIES = 64;

function degenerate(what: string): Error {
  return new Error(`${what}: ${MAX_REJECTIONS} rejections in a row; the uniform source is degenerate`);
}

/**
 * Uniform on [a, b): `a + (b − a)·u`. Consumes 1 uniform. Requires a ≤ b (both finite).
 */
export function uniform(rand: Uniform, a: number, b: number): number {
  if (!(a <= b) || b - a === Infinity) throw new RangeError(`uniform: need finite a <= b, got ${a}, ${b}`);
  return a + (b - a) * rand();
}

/**
 * Triangular on [min, max] with peak at `mode`, by inverting the CDF (only `Math.sqrt`).
 * Consumes 1 uniform. Requires finite min ≤ mode ≤ max; min = max returns min. The result is
 * clamped to [min, max] so rounding can never step outside.
 */
export function triangular(rand: Uniform, min: number, mode: number, max: number): number {
  if (!(min <= mode && mode <= max) || max - min === Infinity) {
    throw new RangeError(`triangular: need finite min <= mode <= max, got ${min}, ${mode}, ${max}`);
  }
  const u = rand();
  const width = max - min;
  if (width === 0) return min;
  const left = mode - min;
  const x =
    u * width < left
      ? min + Math.sqrt(u * width * left)
      : max - Math.sqrt((1 - u) * width * (max - mode));
  return x < min ? min : x > max ? max : x;
}

/**
 * Normal(mean, sd) by Marsaglia's polar method.
 *
 * Consumes 2 uniforms per attempt; an attempt succeeds with probability π/4, so 2.55 uniforms on
 * average. The method yields a pair of independent normals; the second is deliberately discarded
 * rather than cached, so the sampler holds no hidden state between calls: its result depends only
 * on the uniforms of this call, and resetting a stream fully resets every sampler fed from it.
 * Requires sd ≥ 0 (finite mean and sd). Throws if the source is degenerate (see MAX_REJECTIONS).
 */
export function normal(rand: Uniform, mean = 0, sd = 1): number {
  if (!(sd >= 0) || sd === Infinity || !Number.isFinite(mean)) {
    throw new RangeError(`normal: need finite mean and sd >= 0, got ${mean}, ${sd}`);
  }
  return mean + sd * standardNormal(rand);
}

function standardNormal(rand: Uniform): number {
  for (let i = 0; i < MAX_REJECTIONS; i++) {
    const v1 = 2 * rand() - 1;
    const v2 = 2 * rand() - 1;
    const s = v1 * v1 + v2 * v2;
    if (s < 1 && s > 0) return v1 * Math.sqrt((-2 * log(s)) / s);
  }
  throw degenerate('normal');
}

/**
 * Normal(mean, sd) conditioned on [min, max], by rejection: draw normals until one falls inside,
 * at most {@link TRUNCATED_NORMAL_TRIES} times; if none does, return the last draw clamped to
 * [min, max].
 *
 * The bound keeps the cost per call bounded. The fallback puts extra mass on the bounds with
 * probability (1 − p)^64, where p is the normal's mass inside [min, max]: negligible for p ≥ 0.2
 * (< 1e-6), but for bounds far in a tail (p ≪ 0.05) the result is mostly the clamped bound —
 * this sampler is for mild truncation (keeping a duration positive, a share in [0, 1]), not tails.
 * Consumes the uniforms of up to 64 {@link normal} calls. sd = 0 or min = max consumes nothing
 * and returns the clamped mean. Requires sd ≥ 0 and min ≤ max (all finite except that min may be
 * −∞ and max +∞).
 */
export function truncatedNormal(rand: Uniform, mean: number, sd: number, min: number, max: number): number {
  if (!(sd >= 0) || sd === Infinity || !Number.isFinite(mean) || !(min <= max)) {
    throw new RangeError(`truncatedNormal: need finite mean, sd >= 0, min <= max; got ${mean}, ${sd}, ${min}, ${max}`);
  }
  let x = mean;
  if (sd !== 0 && min !== max) {
    for (let i = 0; i < TRUNCATED_NORMAL_TRIES; i++) {
      x = mean + sd * standardNormal(rand);
      if (x >= min && x <= max) return x;
    }
  }
  return x < min ? min : x > max ? max : x;
}

/**
 * Gamma(shape, scale) (mean shape·scale) by Marsaglia–Tsang (2000).
 *
 * shape ≥ 1: each attempt draws one {@link normal} (retried while 1 + c·z ≤ 0) and one uniform;
 * acceptance ≥ 95%. shape < 1: draws Gamma(shape + 1) first, then one uniform u, and returns
 * Gamma(shape + 1)·u^(1/shape) (the boost, via {@link powDet}); tiny shapes underflow to 0, as the
 * true distribution nearly does. Requires finite shape > 0 and scale > 0.
 * Throws if the source is degenerate (see MAX_REJECTIONS).
 */
export function gamma(rand: Uniform, shape: number, scale = 1): number {
  if (!(shape > 0) || shape === Infinity || !(scale > 0) || scale === Infinity) {
    throw new RangeError(`gamma: need finite shape > 0 and scale > 0, got ${shape}, ${scale}`);
  }
  if (shape < 1) {
    const g = gammaAtLeastOne(rand, shape + 1);
    return g * powDet(rand(), 1 / shape) * scale;
  }
  return gammaAtLeastOne(rand, shape) * scale;
}

function gammaAtLeastOne(rand: Uniform, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (let i = 0; i < MAX_REJECTIONS; i++) {
    let z: number;
    let v: number;
    let j = 0;
    do {
      if (j++ === MAX_REJECTIONS) throw degenerate('gamma');
      z = standardNormal(rand);
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = rand();
    const z2 = z * z;
    if (u < 1 - 0.0331 * z2 * z2) return d * v;
    if (log(u) < 0.5 * z2 + d * (1 - v + log(v))) return d * v;
  }
  throw degenerate('gamma');
}

/**
 * Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b), drawn in that order.
 *
 * If both gammas underflow to 0 (only for very small a and b, where the distribution sits almost
 * entirely at 0 and 1), one more uniform picks 1 with probability a / (a + b), else 0 — the
 * limiting distribution — instead of returning 0/0 = NaN. Requires finite a > 0 and b > 0.
 */
export function beta(rand: Uniform, a: number, b: number): number {
  if (!(a > 0) || a === Infinity || !(b > 0) || b === Infinity) {
    throw new RangeError(`beta: need finite a > 0 and b > 0, got ${a}, ${b}`);
  }
  const x = gamma(rand, a);
  const y = gamma(rand, b);
  const sum = x + y;
  if (sum === 0) return rand() * (a + b) < a ? 1 : 0;
  return x / sum;
}

/**
 * Index i with probability weights[i] / Σ weights, by inverse CDF: the first i whose running sum
 * exceeds u·Σ. Consumes 1 uniform. No allocation (sums on the fly; for long, fixed weight lists
 * precompute cumulative sums and use {@link discreteCumulative}). Zero weights are never chosen.
 * Requires finite weights ≥ 0 with a positive sum.
 */
export function discrete(rand: Uniform, weights: ArrayLike<number>): number {
  const n = weights.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (!(w >= 0) || w === Infinity) throw new RangeError(`discrete: weight ${i} is ${w}; need finite >= 0`);
    total += w;
  }
  if (!(total > 0) || total === Infinity) throw new RangeError(`discrete: weights must have a finite positive sum, got ${total}`);
  const target = rand() * total; // < total, since u ≤ 1 − 2^-32
  let cum = 0;
  let last = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w > 0) last = i;
    cum += w;
    if (target < cum) return i;
  }
  return last; // unreachable for u < 1 (the running sum reproduces `total` exactly); kept for safety
}

/**
 * Like {@link discrete} but over precomputed cumulative sums (non-decreasing, last > 0):
 * the first i with u·last < cumulative[i], by binary search. Consumes 1 uniform. The array is
 * trusted (validate it once, when it is built).
 */
export function discreteCumulative(rand: Uniform, cumulative: ArrayLike<number>): number {
  const n = cumulative.length;
  if (n === 0) throw new RangeError('discreteCumulative: empty');
  const target = rand() * cumulative[n - 1];
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (target < cumulative[mid]) hi = mid;
    else lo = mid + 1;
  }
  // Only when u × total rounds up to the total (a subnormal total) does the search run past the
  // last positive weight onto trailing zero weights; step back to it, as `discrete` does.
  while (lo > 0 && cumulative[lo] === cumulative[lo - 1]) lo--;
  return lo;
}
