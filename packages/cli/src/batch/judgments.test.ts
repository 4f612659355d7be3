// The default design over the judgments: K draws near √(runs/4) in [2, 40], a divisor of --runs
// when one is close, so the batch runs exactly the runs asked for.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { judgmentDraws } from './judgments.js';

describe('judgmentDraws', () => {
  it('picks a close divisor', () => {
    expect(judgmentDraws(1800)).toBe(20);
    expect(judgmentDraws(2000)).toBe(20);
    expect(judgmentDraws(10_000)).toBe(40);
    expect(judgmentDraws(100_000)).toBe(40);
    expect(judgmentDraws(100)).toBe(5);
    expect(judgmentDraws(4)).toBe(1);
  });

  it('stays in [2, 40] and near √(runs/4)', () => {
    fc.assert(fc.property(fc.integer({ min: 8, max: 10_000_000 }), (runs) => {
      const k = judgmentDraws(runs);
      const target = Math.min(40, Math.max(2, Math.sqrt(runs / 4)));
      expect(k).toBeGreaterThanOrEqual(2);
      expect(k).toBeLessThanOrEqual(40);
      expect(Math.abs(k - target)).toBeLessThanOrEqual(target / 2 + 0.5);
    }));
  });
});
