// A pact's `parties` as written: plain ids and dated entries read back as actor ids in written
// order, and a dated party is labelled with its own dates (casus show, the report's pact table).
import { describe, expect, it } from 'vitest';
import { partyIds, partyLabel } from './parties.js';

describe('parties as written', () => {
  const pact = { parties: ['USA', { actor: 'TUR', from: '1952-02-18' }, { actor: 'ALB', to: '1968-09-12' }, { actor: 'UZB', from: '2006-08-16', to: '2012-12-18' }, { actor: 'GBR' }] };
  it('reads the actor ids in written order', () => {
    expect(partyIds(pact)).toEqual(['USA', 'TUR', 'ALB', 'UZB', 'GBR']);
  });
  it('labels a party with the dates it has', () => {
    expect(pact.parties.map(partyLabel)).toEqual(['USA', 'TUR (from 1952-02-18)', 'ALB (to 1968-09-12)', 'UZB (from 2006-08-16 to 2012-12-18)', 'GBR']);
  });
});
