// Invariant: suggestions are offered for likely typos (including swapped letters and case) and
// withheld when the words merely share a few letters.
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from './did-you-mean.js';

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
});

describe('editDistance', () => {
  it('counts a swap as one edit and gives up past the limit', () => {
    expect(editDistance('abcd', 'abdc')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});
