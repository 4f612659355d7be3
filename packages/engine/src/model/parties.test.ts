// A pact's `parties` as written: plain ids and dated entries read back as actor ids in written
// order, and a dated party is labelled with its own dates (casus show, the report's pact table).
import { describe, expect, it } from 'vitest';
import { inSpells, partyIds, partyLabel, partyOn, partySpells, spellAt } from './parties.js';

describe('parties as written', () => {
  const pact = { parties: ['USA', { actor: 'TUR', from: '1952-02-18' }, { actor: 'ALB', to: '1968-09-12' }, { actor: 'UZB', from: '2006-08-16', to: '2012-12-18' }, { actor: 'GBR' }] };
  it('reads the actor ids in written order', () => {
    expect(partyIds(pact)).toEqual(['USA', 'TUR', 'ALB', 'UZB', 'GBR']);
  });
  it('labels a party with the dates it has', () => {
    expect(pact.parties.map(partyLabel)).toEqual(['USA', 'TUR (from 1952-02-18)', 'ALB (to 1968-09-12)', 'UZB (from 2006-08-16 to 2012-12-18)', 'GBR']);
  });
});

describe('spells', () => {
  const uzb = { actor: 'UZB', spells: [{ to: '1999-04-19' }, { from: '2006-08-16', to: '2012-12-18' }] };
  it('reads a party\'s spells as written: a plain id or dated entry is one spell', () => {
    expect(partySpells('USA')).toEqual([{}]);
    expect(partySpells({ actor: 'TUR', from: '1952-02-18' })).toEqual([{ from: '1952-02-18', to: undefined }]);
    expect(partySpells(uzb)).toEqual(uzb.spells);
    expect(partyIds({ parties: ['RUS', uzb] })).toEqual(['RUS', 'UZB']);
  });
  it('labels every spell', () => {
    expect(partyLabel(uzb)).toBe('UZB (to 1999-04-19; from 2006-08-16 to 2012-12-18)');
  });
  it('finds the spell of a day: [from, until) pairs, none between or outside them', () => {
    const spells = [10, 20, 30, 40];
    expect([9, 10, 19, 20, 29, 30, 39, 40].map((d) => inSpells(spells, d))).toEqual([false, true, true, false, false, true, true, false]);
    expect([9, 10, 25, 35, 45].map((d) => spellAt(spells, d))).toEqual([-1, 0, -1, 2, -1]);
    expect(inSpells([], 0)).toBe(false);
    expect(partyOn({ parties: [3, 5], partySpells: [[-1, 100], spells] }, 5, 25)).toBe(false);
    expect(partyOn({ parties: [3, 5], partySpells: [[-1, 100], spells] }, 5, 35)).toBe(true);
    expect(partyOn({ parties: [3, 5], partySpells: [[-1, 100], spells] }, 4, 35)).toBe(false);
  });
});
