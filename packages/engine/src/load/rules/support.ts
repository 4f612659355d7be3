import type { Parameter } from '../../schema/index.js';

/**
 * The values a parameter can take, as an interval (and the finite set for discrete ones), or the
 * reason its distribution is malformed. An untruncated normal is unbounded; a beta lies in [0, 1].
 */
export type Support =
  | { ok: true; min: number; max: number; values?: readonly number[] }
  | { ok: false; field: string; message: string };

export function supportOf(p: Parameter): Support {
  if (p.value !== undefined) return { ok: true, min: p.value, max: p.value };
  if (p.uniform !== undefined) {
    const [a, b] = p.uniform;
    if (a > b) return { ok: false, field: 'uniform', message: `uniform [${a}, ${b}] has its minimum above its maximum` };
    return { ok: true, min: a, max: b };
  }
  if (p.beta !== undefined) return { ok: true, min: 0, max: 1 };
  if (p.triangular !== undefined) {
    const [a, m, b] = p.triangular;
    if (!(a <= m && m <= b) || a === b) return { ok: false, field: 'triangular', message: `triangular [${a}, ${m}, ${b}] needs min ≤ mode ≤ max and min < max` };
    return { ok: true, min: a, max: b };
  }
  if (p.normal !== undefined) {
    const { min = -Infinity, max = Infinity } = p.normal;
    if (!(min < max)) return { ok: false, field: 'normal', message: `normal truncated to [${min}, ${max}] leaves no values` };
    return { ok: true, min, max };
  }
  if (p.discrete !== undefined) {
    const { values, weights } = p.discrete;
    if (weights !== undefined && weights.length !== values.length) {
      return { ok: false, field: 'discrete', message: `discrete has ${values.length} values but ${weights.length} weights` };
    }
    if (weights !== undefined && !weights.some((w) => w > 0)) return { ok: false, field: 'discrete', message: 'discrete weights are all zero' };
    const possible = weights === undefined ? values : values.filter((_, i) => weights[i]! > 0);
    return { ok: true, min: Math.min(...possible), max: Math.max(...possible), values: possible };
  }
  return { ok: false, field: 'value', message: 'no distribution given' };
}

/** `[0, 1]`, `≥ 0`, `any number`: an interval in words. */
export function intervalText(min: number, max: number): string {
  if (min === -Infinity && max === Infinity) return 'any number';
  if (max === Infinity) return `≥ ${min}`;
  if (min === -Infinity) return `≤ ${max}`;
  return min === max ? `${min}` : `[${min}, ${max}]`;
}
