/**
 * Deterministic `exp`, `log` and `pow`.
 *
 * Why: ECMAScript leaves the accuracy of `Math.exp`, `Math.log` and `Math.pow` to the
 * implementation, and engines (and versions of one engine) do round differently in the last bit.
 * One differing bit in a sampler changes a draw, then a branch, then a whole run. These versions
 * use only IEEE-754 `+ − × ÷` (correctly rounded by specification), comparisons, table lookups
 * of exact powers of two and the exponent field of a double's IEEE-754 bits, so they give bit-identical results on every conforming engine.
 *
 * Algorithms: `exp` is fdlibm's `e_exp.c` (Cody–Waite reduction by ln 2, Remez rational
 * approximation on [−ln2/2, ln2/2]); `log` is FreeBSD/musl's `log.c` (reduction to
 * m·2^k with m in [√2/2, √2), polynomial in s = f/(2+f)). Both have errors under 1 ulp, i.e.
 * relative error below ~2.2e-16 on normal results.
 *
 * @module
 */

/** POW2[k + 1022] = 2^k for k in [-1022, 1023]; built by exact doubling and halving. */
const POW2 = new Float64Array(2046);
{
  let p = 1;
  for (let k = 0; k <= 1023; k++, p *= 2) POW2[k + 1022] = p;
  p = 1;
  for (let k = 0; k >= -1022; k--, p *= 0.5) POW2[k + 1022] = p;
}

/** INV_POW2[i] = 1 / POW2[i], exact (2^-1023 and 2^-1022 … are representable: subnormal at worst). */
const INV_POW2 = new Float64Array(2046);
for (let i = 0; i < 2046; i++) INV_POW2[i] = 1 / POW2[i]!;

/** x's bits as two 32-bit words; the high word (sign, exponent, top of the fraction) is word 1 on a little-endian machine. */
const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

const LN2_HI = 6.93147180369123816490e-1; // ln 2 high part: 32 significant bits, so k·LN2_HI is exact
const LN2_LO = 1.90821492927058770002e-10; // ln 2 − LN2_HI
const INV_LN2 = 1.44269504088896338700e0;
const HALF_LN2 = 3.4657359027997264e-1;
const EXP_OVERFLOW = 7.09782712893383973096e2; // above: exp(x) > MAX_VALUE
const EXP_UNDERFLOW = -7.45133219101941108420e2; // below: exp(x) < MIN_VALUE / 2
const TWO_M28 = 3.725290298461914e-9;
const TWO_M1000 = 9.332636185032189e-302; // 2^-1000
const TWO_54 = 18014398509481984;
const MIN_NORMAL = 2.2250738585072014e-308;
const SQRT2_HI = 1.4142131805419922; // √2 truncated, musl's normalisation threshold
const TWO_M31 = 4.656612873077393e-10; // 2^-31, exact

const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;

const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/**
 * e^x, bit-identical on every engine; error < 1 ulp for normal results.
 *
 * Edge cases: NaN → NaN; x > 709.782712893384 (incl. +∞) → +∞; x < −745.1332191019411
 * (incl. −∞) → 0; results between are subnormal below x ≈ −708.4 (absolute error ≤ 1 subnormal ulp).
 */
export function exp(x: number): number {
  if (!(x <= EXP_OVERFLOW)) return x !== x ? x : Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  const ax = Math.abs(x);
  if (ax < TWO_M28) return 1 + x;
  if (ax <= HALF_LN2) {
    const t = x * x;
    const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    return 1 - ((x * c) / (c - 2) - x);
  }
  // x = k·ln2 + r with |r| ≤ ~ln2/2, r carried as hi − lo.
  const k = Math.floor(INV_LN2 * x + 0.5);
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  // Scale by 2^k with a single rounding (only the subnormal case rounds at all).
  if (k >= -1021) return k === 1024 ? y * 2 * POW2[1023 + 1022] : y * POW2[k + 1022];
  return y * POW2[k + 1000 + 1022] * TWO_M1000;
}

/**
 * Natural logarithm, bit-identical on every engine; error < 1 ulp.
 *
 * Edge cases: log(±0) = −∞; log(negative) = NaN; log(NaN) = NaN; log(+∞) = +∞; log(1) = +0.
 * Subnormal arguments are handled exactly (pre-scaled by 2^54).
 */
export function log(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  let k = 0;
  if (x < MIN_NORMAL) {
    x *= TWO_54;
    k = -54;
  }
  // The exponent, read from x's IEEE-754 bits (x is normal here): POW2[lo] ≤ x < POW2[lo + 1]
  // for the biased exponent E = lo + 1. The same index a search of POW2 would find, in one step.
  BITS[0] = x;
  const lo = ((WORDS[HIGH_WORD]! >>> 20) & 0x7ff) - 1;
  // Exact either way (m in [1, 2) is x with its exponent replaced): a product by 2^-e costs less than
  // a quotient by 2^e and gives the same bits.
  let m = x * INV_POW2[lo]!;
  k += lo - 1022;
  if (m >= SQRT2_HI) {
    m *= 0.5;
    k += 1;
  }
  const f = m - 1; // exact (Sterbenz)
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const R = t2 + t1;
  const hfsq = 0.5 * f * f;
  return s * (hfsq + R) + k * LN2_LO - hfsq + f + k * LN2_HI;
}

/**
 * `log(1 − unitFloat(bits))`, bit for bit, for a 32-bit word `bits` (signed or not): the logarithm
 * a geometric waiting time takes of a keyed number (rng/keyed `geometricWait`, the trigger clocks'
 * ~105 waits a korea-2024 run).
 *
 * Why a function of its own: 1 − u is J / 2³² for the integer J = 2³² − (bits >>> 0) in [1, 2³²],
 * exactly (u has 32 significant bits), so the reduction of {@link log} to m · 2^k (m in [1, 2)) is
 * read off J's leading zeros — m = (J shifted to bit 31) · 2⁻³¹, k = −1 − clz32(J), both exact —
 * instead of storing the double and reading its exponent back through a second view of memory,
 * and the checks for 0, negatives, ∞ and subnormals (none can occur) go. From m and k on, the
 * arithmetic is {@link log}'s, operation for operation, so the result has the same bits (tested
 * against `log` on edge words and a million random ones).
 */
export function logOneMinusUnit(bits: number): number {
  const j = (0 - bits) >>> 0; // 2³² − I modulo 2³²: 0 only for I = 0, where 1 − u = 1
  if (j === 0) return 0; // log(1) = +0, as log's arithmetic gives
  const z = Math.clz32(j);
  let m = ((j << z) >>> 0) * TWO_M31;
  let k = -1 - z;
  if (m >= SQRT2_HI) {
    m *= 0.5;
    k += 1;
  }
  const f = m - 1; // exact (Sterbenz)
  const s = f / (2 + f);
  const t = s * s;
  const w = t * t;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = t * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const R = t2 + t1;
  const hfsq = 0.5 * f * f;
  return s * (hfsq + R) + k * LN2_LO - hfsq + f + k * LN2_HI;
}

/**
 * x^y computed as exp(y · log x), bit-identical on every engine.
 *
 * Meant for x > 0 (e.g. the gamma sampler's u^(1/shape)). Not correctly rounded: the relative
 * error is about |y · log x| · 1.1e-16 (the rounding of y · log x is amplified by exp), i.e.
 * ≤ ~1e-13 while the result is a normal number. Other cases: y = 0 → 1 (even for NaN x, like
 * `Math.pow`); x = 0 → 0 for y > 0 and +∞ for y < 0; x < 0 → NaN for every y ≠ 0 (no special
 * case for integer y, unlike `Math.pow`); NaN otherwise propagates.
 */
export function powDet(x: number, y: number): number {
  if (y === 0) return 1;
  return exp(y * log(x));
}
