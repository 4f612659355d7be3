// Invariant: one formatter for every printed probability — non-zero never reads as 0%, below one
// never as 100%, an interval with distinct ends never prints as a point, a non-zero difference
// never as zero.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInterval, formatPercent, formatPointChange, formatPoints, formatTick, intervalEnds, tickDecimals } from '../src/number-format.js';

describe('formatPercent', () => {
  it('prints one decimal in the middle and two significant digits near 0 and 100%', () => {
    expect(formatPercent(0.345)).toBe('34.5%');
    expect(formatPercent(0.0011)).toBe('0.11%');
    expect(formatPercent(0.00095)).toBe('0.095%');
    expect(formatPercent(0.0512)).toBe('5.1%');
    expect(formatPercent(0.9989)).toBe('99.89%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(Number.NaN)).toBe('—');
  });

  it('never prints a non-zero share as zero, nor a share below one as 100%', () => {
    fc.assert(fc.property(fc.double({ min: 1e-7, max: 1 - 1e-7, noNaN: true }), (p) => {
      const s = formatPercent(p);
      expect(Number(s.slice(0, -1))).toBeGreaterThan(0);
      expect(Number(s.slice(0, -1))).toBeLessThan(100);
    }));
  });
});

describe('intervals', () => {
  it('keeps distinct ends distinct', () => {
    expect(formatInterval(0.001, 0.002)).toBe('0.10% – 0.20%');
    expect(formatInterval(0.34, 0.36)).toBe('34.0% – 36.0%');
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1e-6, max: 1, noNaN: true }), (lo, width) => {
      const hi = Math.min(1, lo + width);
      if (hi === lo) return;
      const [a, b] = intervalEnds(lo, hi);
      expect(a).not.toBe(b);
    }));
  });
});

describe('differences', () => {
  it('are signed and never round a non-zero difference to zero', () => {
    expect(formatPointChange(0.024)).toBe('+2.4 pp');
    expect(formatPointChange(-0.00038)).toBe('−0.038 pp');
    expect(formatPointChange(0)).toBe('0 pp');
    expect(formatPoints(0.0042)).toBe('0.42');
    fc.assert(fc.property(fc.double({ min: -1, max: 1, noNaN: true }).filter((d) => Math.abs(d) > 1e-8), (d) => {
      expect(Number(formatPointChange(d, '').replace('−', '-'))).not.toBe(0);
    }));
  });
});

describe('axis ticks', () => {
  it('label the ticks of one step alike, with the decimals the step needs', () => {
    expect([0, 0.002, 0.004, 0.006].map((v) => formatTick(v, 0.002))).toEqual(['0%', '0.2%', '0.4%', '0.6%']);
    expect([0, 0.2, 0.4].map((v) => formatTick(v, 0.2))).toEqual(['0%', '20%', '40%']);
    expect([-0.01, 0, 0.005, 0.01].map((v) => formatTick(v, 0.005, true))).toEqual(['−1.0%', '0%', '+0.5%', '+1.0%']);
    expect(tickDecimals(0.00005)).toBe(3);
  });

  it('never label two ticks alike, nor a non-zero tick as zero', () => {
    // Steps of 1, 2 or 5 × a power of ten, as axes choose them; ticks at whole multiples of the step.
    fc.assert(fc.property(fc.integer({ min: -7, max: 0 }), fc.constantFrom(1, 2, 5), fc.integer({ min: -20, max: 20 }), (power, m, k) => {
      const step = m * 10 ** power;
      const a = formatTick(Number((k * step).toPrecision(12)), step, true);
      const b = formatTick(Number(((k + 1) * step).toPrecision(12)), step, true);
      expect(a).not.toBe(b);
      if (k !== 0) expect(a).not.toMatch(/^[−+]?0(\.0+)?%$/);
    }));
  });
});
