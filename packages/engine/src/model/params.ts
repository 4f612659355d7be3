import type { Parameter } from '../schema/parameter.js';
import type { Scenario } from '../schema/scenario.js';
import { Streams } from '../rng/streams.js';
import { beta, discrete, triangular, truncatedNormal, normal, uniform, type Uniform } from '../rng/samplers.js';

/** Parameter values keyed by name, after nominal choice, draws and overrides. */
export type ParameterValues = Readonly<Record<string, number>>;

/**
 * The value a parameter takes when parameters are not drawn: its declared `nominal`, else the
 * distribution's mean (for a truncated normal, the mean clamped into its bounds; for a discrete
 * distribution, the value with the highest weight, first on ties, so the nominal value is one the
 * parameter can take).
 */
export function nominalValue(p: Parameter): number {
  if (p.nominal !== undefined) return p.nominal;
  if (p.value !== undefined) return p.value;
  if (p.uniform) return (p.uniform[0] + p.uniform[1]) / 2;
  if (p.beta) return p.beta[0] / (p.beta[0] + p.beta[1]);
  if (p.triangular) return (p.triangular[0] + p.triangular[1] + p.triangular[2]) / 3;
  if (p.normal) return Math.min(Math.max(p.normal.mean, p.normal.min ?? -Infinity), p.normal.max ?? Infinity);
  if (p.discrete) {
    const w = p.discrete.weights ?? p.discrete.values.map(() => 1);
    let best = 0;
    for (let i = 1; i < w.length; i++) if (w[i]! > w[best]!) best = i;
    return p.discrete.values[best]!;
  }
  throw new Error('parameter without a value or distribution');
}

/** Draws one value of a parameter from a uniform source. */
export function drawValue(p: Parameter, rand: Uniform): number {
  if (p.value !== undefined) return p.value;
  if (p.uniform) return uniform(rand, p.uniform[0], p.uniform[1]);
  if (p.beta) return beta(rand, p.beta[0], p.beta[1]);
  if (p.triangular) return triangular(rand, p.triangular[0], p.triangular[1], p.triangular[2]);
  if (p.normal) {
    const { mean, sd, min, max } = p.normal;
    return min === undefined && max === undefined ? normal(rand, mean, sd) : truncatedNormal(rand, mean, sd, min ?? -Infinity, max ?? Infinity);
  }
  if (p.discrete) return p.discrete.values[discrete(rand, p.discrete.weights ?? p.discrete.values.map(() => 1))]!;
  throw new Error('parameter without a value or distribution');
}

/** The smallest and largest value a parameter can take (an untruncated normal is unbounded). */
export function supportOf(p: Parameter): [number, number] {
  if (p.value !== undefined) return [p.value, p.value];
  if (p.uniform) return [Math.min(...p.uniform), Math.max(...p.uniform)];
  if (p.beta) return [0, 1];
  if (p.triangular) return [p.triangular[0], p.triangular[2]];
  if (p.normal) return [p.normal.min ?? -Infinity, p.normal.max ?? Infinity];
  if (p.discrete) return [Math.min(...p.discrete.values), Math.max(...p.discrete.values)];
  return [-Infinity, Infinity];
}

/**
 * The `qs` quantiles of a parameter's distribution, estimated from 4,000 draws of a fixed stream so
 * the answer is the same everywhere. Used as the default low/high ends of one-at-a-time
 * sensitivity (the 10th and 90th percentiles), where the support itself (e.g. [0, 1] for a beta)
 * would be an implausible extreme.
 */
export function quantilesOf(p: Parameter, qs: readonly number[], draws = 4000): number[] {
  if (p.value !== undefined) return qs.map(() => p.value!);
  const streams = new Streams(['parameter:quantiles']);
  streams.reset(0x5eed, 0);
  const rand = streams.source(0);
  const xs: number[] = [];
  for (let i = 0; i < draws; i++) xs.push(drawValue(p, rand));
  xs.sort((a, b) => a - b);
  return qs.map((q) => xs[Math.min(xs.length - 1, Math.max(0, Math.round(q * (xs.length - 1))))]!);
}

/**
 * The range of values each parameter may take: the intersection of the ranges of every field that
 * names it (a reliability is in [0, 1], a rate ≥ 0). Overrides outside it are refused, since a
 * value a field could never hold has no meaning for the model.
 */
export function parameterRanges(scenario: Scenario): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) { for (const y of x) walk(y); return; }
    if (typeof x !== 'object' || x === null) return;
    const r = x as { param?: unknown; min?: unknown; max?: unknown };
    if (typeof r.param === 'string' && typeof r.min === 'number' && typeof r.max === 'number') {
      const [lo, hi] = out[r.param] ?? [-Infinity, Infinity];
      out[r.param] = [Math.max(lo, r.min), Math.min(hi, r.max)];
      return;
    }
    for (const v of Object.values(x)) walk(v);
  };
  walk(scenario);
  return out;
}
