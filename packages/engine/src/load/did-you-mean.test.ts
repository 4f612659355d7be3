// Invariant: suggestions are offered for likely typos (including swapped letters and case) and
// withheld when the words merely share a few letters.
import { describe, expect, it } from 'vitest';
import { closestMatches, didYouMean, editDistance } from './did-you-mean.js';

describe('didYouMean', () => {
  it('suggests close words', () => {
    expect(didYouMean('reliabilty', ['reliability', 'response'])).toBe('reliability');
    expect(didYouMean('PKR', ['ROK', 'PRK'])).toBe('PRK');
    expect(didYouMean('rok', ['ROK'])).toBe('ROK');
    expect(didYouMean('nuclaer', ['name', 'nuclear', 'territory'])).toBe('nuclear');
  });
  it('stays silent for different words', () => {
    expect(didYouMean('Q', ['A', 'B'])).toBeUndefined();
    expect(didYouMean('tension', ['peace', 'war'])).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });
  it('prefers the first of equally close candidates', () => {
    expect(didYouMean('cat', ['bat', 'hat'])).toBe('bat');
  });
  it('counts a swap of neighbouring characters as one edit, so a transposed id finds its original', () => {
    const ids = ['korea-2010', 'korea-2024-no-treaty', 'korea-2024', 'korea-2026', 'tutorial'];
    // Plain Levenshtein puts korea-2010 and korea-2024 both 2 edits away, and the first listed would win.
    expect(didYouMean('korea-2042', ids)).toBe('korea-2024');
  });
  it('ignores case and separators', () => {
    expect(didYouMean('korea2024', ['korea-2010', 'korea-2024'])).toBe('korea-2024');
    expect(didYouMean('Ally_Reliability', ['ally-reliability'])).toBe('ally-reliability');
  });
});

describe('closestMatches', () => {
  it('lists the likely typos closest first, ties in the candidates\' order, at most max', () => {
    expect(closestMatches('--runn', ['--seed', '--run', '--runs', '--quiet'])).toEqual(['--run', '--runs']);
    expect(closestMatches('member_ys', ['member_no', 'member_yes', 'member_abstain'])).toEqual(['member_yes', 'member_no']);
    expect(closestMatches('cat', ['bat', 'hat', 'mat', 'rat'], 2)).toEqual(['bat', 'hat']);
    expect(closestMatches('foo', ['ally_reliability', 'clash_rate'])).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts a swap as one edit and gives up past the limit', () => {
    expect(editDistance('abcd', 'abdc')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});
