// A class of attackers is judged on the day of the act: a tag counts only between its dates; an
// ally is a declared alignment ally or a party to a pact in force that day with a defence or
// offense obligation between the two (not a negative duty, not a pact out of force, not an ally
// of an ally); `including` decides whether the named actors belong themselves.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { dayOf } from './calendar.js';
import { compile } from './compile.js';
import { simulate } from '../run/simulate.js';
import { allyTie, classReason, inClass } from './by-class.js';
import type { ByClassInfo, Model } from './model.js';

const yaml = `
version: "1.4"
id: classes
title: Classes of attackers
clock: { start: 1975-01-06, tick: week, horizon: 4 }
actors:
  USA: { name: United States }
  JPN: { name: Japan }
  KHM: { name: Cambodia, tags: [{ tag: communist, from: 1975-04-17, to: 1979-01-07 }] }
  CHN: { name: China, tags: [communist] }
  GBR: { name: United Kingdom }
  AUS: { name: Australia }
relations:
  - { between: [GBR, AUS], alignment: ally }
  - { between: [USA, GBR], alignment: partner }
pacts:
  - id: security-1951
    name: Security Treaty (a negative duty only)
    parties: [USA, JPN]
    inForce: 1952-04-28
    lapsed: 1960-06-23
    obligations: [{ type: no_hostile_territory, obligated: [JPN], beneficiaries: [USA] }]
  - id: mutual-1960
    name: Treaty of Mutual Cooperation and Security
    parties: [USA, JPN]
    inForce: 1960-06-23
    obligations: [{ type: defense, obligated: [USA], beneficiaries: [JPN] }]
  - id: anzus
    name: ANZUS
    parties: [USA, AUS]
    inForce: 1952-04-29
    obligations: [{ type: defense }]
  - id: nato
    name: North Atlantic Treaty
    parties: [GBR, { actor: USA, from: 1976-01-01 }]
    inForce: 1949-08-24
    obligations: [{ type: defense }]
outcomes:
  o: { when: { tick: { gte: 1 } } }
`;

function model(): Model {
  const r = loadScenario(yaml);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return compile(r.scenario);
}

describe('classes of attackers', () => {
  const m = model();
  const a = (id: string) => m.actorIndex.get(id)!;
  const communist: ByClassInfo = { kind: 'tag', tag: m.tags.indexOf('communist'), negate: false };
  const notCommunist: ByClassInfo = { ...communist, negate: true };
  const alliedWithJapan: ByClassInfo = { kind: 'alliedWith', actors: [a('JPN')], including: true };

  it('reads a tag between its dates, both inclusive', () => {
    expect(inClass(m, communist, a('KHM'), dayOf('1975-04-16'))).toBe(false);
    expect(inClass(m, communist, a('KHM'), dayOf('1975-04-17'))).toBe(true);
    expect(inClass(m, communist, a('KHM'), dayOf('1979-01-07'))).toBe(true);
    expect(inClass(m, communist, a('KHM'), dayOf('1979-01-08'))).toBe(false);
    expect(inClass(m, notCommunist, a('KHM'), dayOf('1975-04-16'))).toBe(true);
    expect(inClass(m, communist, a('CHN'), dayOf('1900-01-01'))).toBe(true);
    expect(classReason(m, communist, a('KHM'), dayOf('1975-04-16'))).toBe('KHM is not communist on 1975-04-16');
  });

  it('counts as allies only parties to a pact in force with a defence obligation between them', () => {
    expect(allyTie(m, a('USA'), a('JPN'), dayOf('1950-11-01'))).toBe(-1);
    // The 1951 treaty's only duty is a negative one: no alliance.
    expect(allyTie(m, a('USA'), a('JPN'), dayOf('1953-03-01'))).toBe(-1);
    expect(allyTie(m, a('USA'), a('JPN'), dayOf('1962-10-01'))).toBe(m.pactIndex.get('mutual-1960'));
    // The tie runs both ways, whoever bears the duty.
    expect(allyTie(m, a('JPN'), a('USA'), dayOf('1962-10-01'))).toBe(m.pactIndex.get('mutual-1960'));
    expect(inClass(m, alliedWithJapan, a('USA'), dayOf('1953-03-01'))).toBe(false);
    expect(inClass(m, alliedWithJapan, a('USA'), dayOf('1962-10-01'))).toBe(true);
    expect(classReason(m, alliedWithJapan, a('USA'), dayOf('1962-10-01'))).toBe('USA is allied with JPN on 1962-10-01 (mutual-1960)');
  });

  it('counts a party only while it is one (membership dates)', () => {
    const alliedWithBritain: ByClassInfo = { kind: 'alliedWith', actors: [a('GBR')], including: false };
    expect(inClass(m, alliedWithBritain, a('USA'), dayOf('1975-12-31'))).toBe(false);
    expect(allyTie(m, a('USA'), a('GBR'), dayOf('1976-01-01'))).toBe(m.pactIndex.get('nato'));
  });

  it('counts a declared alignment ally, not a partner, and not an ally of an ally', () => {
    const alliedWithBritain: ByClassInfo = { kind: 'alliedWith', actors: [a('GBR')], including: false };
    expect(inClass(m, alliedWithBritain, a('AUS'), dayOf('1975-01-06'))).toBe(true);
    expect(allyTie(m, a('AUS'), a('GBR'), dayOf('1975-01-06'))).toBe(-2);
    expect(inClass(m, alliedWithBritain, a('USA'), dayOf('1975-01-06'))).toBe(false);
    // USA–AUS (ANZUS) and AUS–GBR (declared): the United States is no ally of Britain through Australia.
    expect(inClass(m, alliedWithBritain, a('GBR'), dayOf('1975-01-06'))).toBe(false);
  });

  it('includes the named actors unless told not to', () => {
    expect(inClass(m, alliedWithJapan, a('JPN'), dayOf('1950-11-01'))).toBe(true);
    expect(inClass(m, { ...alliedWithJapan, including: false }, a('JPN'), dayOf('1962-10-01'))).toBe(false);
    expect(inClass(m, { kind: 'except', actors: [a('CHN')] }, a('CHN'), 0)).toBe(false);
    expect(inClass(m, { kind: 'except', actors: [a('CHN')] }, a('KHM'), 0)).toBe(true);
  });

  it('without the named actors, still counts a named actor allied with another named one', () => {
    // "Allies of JPN or USA", not JPN or USA themselves: from 1960 each is the other's ally.
    const alliesOfEither: ByClassInfo = { kind: 'alliedWith', actors: [a('JPN'), a('USA')], including: false };
    expect(inClass(m, alliesOfEither, a('USA'), dayOf('1962-10-01'))).toBe(true);
    expect(classReason(m, alliesOfEither, a('USA'), dayOf('1962-10-01'))).toBe('USA is allied with JPN on 1962-10-01 (mutual-1960)');
    expect(inClass(m, alliesOfEither, a('JPN'), dayOf('1953-03-01'))).toBe(false);
    expect(classReason(m, alliesOfEither, a('JPN'), dayOf('1953-03-01'))).toBe('JPN is named, and only the allies of the named count');
  });
});

describe('a class written allOf (format 1.12)', () => {
  const m = model();
  const a = (id: string) => m.actorIndex.get(id)!;
  const communist: ByClassInfo = { kind: 'tag', tag: m.tags.indexOf('communist'), negate: false };
  // "A communist state not party to ANZUS", "a party to NATO that day".
  const communistOutsideAnzus: ByClassInfo = { kind: 'allOf', parts: [communist, { kind: 'nonParty', pact: m.pactIndex.get('anzus')! }] };

  it('asks every part: a tag, a non-party on the day, a list', () => {
    expect(inClass(m, communistOutsideAnzus, a('CHN'), dayOf('1975-01-06'))).toBe(true);
    // Cambodia is communist only from 17 April 1975.
    expect(inClass(m, communistOutsideAnzus, a('KHM'), dayOf('1975-01-06'))).toBe(false);
    expect(inClass(m, communistOutsideAnzus, a('KHM'), dayOf('1975-05-01'))).toBe(true);
    expect(inClass(m, communistOutsideAnzus, a('USA'), dayOf('1975-05-01'))).toBe(false);
    const nato = m.pactIndex.get('nato')!;
    // The United States joins this NATO on 1 Jan 1976 (membership dates): a non-party until then.
    expect(inClass(m, { kind: 'nonParty', pact: nato }, a('USA'), dayOf('1975-12-31'))).toBe(true);
    expect(inClass(m, { kind: 'nonParty', pact: nato }, a('USA'), dayOf('1976-01-01'))).toBe(false);
    expect(inClass(m, { kind: 'allOf', parts: [[a('CHN'), a('KHM')], { kind: 'except', actors: [a('CHN')] }] }, a('KHM'), 0)).toBe(true);
    expect(inClass(m, { kind: 'allOf', parts: [[a('CHN'), a('KHM')], { kind: 'except', actors: [a('CHN')] }] }, a('CHN'), 0)).toBe(false);
  });

  it('gives every part\'s reason when all hold, the failing part\'s otherwise', () => {
    expect(classReason(m, communistOutsideAnzus, a('CHN'), dayOf('1975-01-06'))).toBe('CHN is communist on 1975-01-06, and CHN is not a party to anzus on 1975-01-06');
    expect(classReason(m, communistOutsideAnzus, a('KHM'), dayOf('1975-01-06'))).toBe('KHM is not communist on 1975-01-06');
    expect(classReason(m, communistOutsideAnzus, a('AUS'), dayOf('1975-01-06'))).toBe('AUS is not communist on 1975-01-06');
  });

  it('loads from a scenario, its non_party read against the obligation\'s own pact', () => {
    const r = loadScenario(yaml.replace('version: "1.4"', 'version: "1.12"').replace(
      'obligations: [{ type: defense }]\n  - id: nato',
      'obligations: [{ type: defense, casus: { armedAttack: { by: { allOf: [{ tag: communist }, non_party] } } } }]\n  - id: nato',
    ));
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
    const compiled = compile(r.scenario);
    const o = compiled.obligations.find((x) => x.key.startsWith('anzus/'))!;
    expect(o.casus!.by).toEqual({ kind: 'allOf', parts: [{ kind: 'tag', tag: compiled.tags.indexOf('communist'), negate: false }, { kind: 'nonParty', pact: compiled.pactIndex.get('anzus') }] });
  });
});

describe('the story of a run', () => {
  // A reader sees why a class was met, or (for a pretext) why it was not.
  const story = (pretext: boolean, date: string, casus = 'armedAttack: { by: { alliedWith: [JPN] } }', intensity = 'war') => {
    const r = loadScenario(`
version: "1.4"
id: story
title: Story
clock: { start: ${date}, tick: day, horizon: 2 }
actors:
  SUN: { name: Soviet Union }
  CHN: { name: China }
  USA: { name: United States }
  JPN: { name: Japan }
pacts:
  - id: sino-soviet
    name: Sino-Soviet Treaty
    parties: [SUN, CHN]
    inForce: 1950-04-11
    obligations:
      - { id: art1, type: defense, casus: { ${casus} }, response: { atLeast: materiel }${pretext ? ', judgment: { pretext: 1 }' : ''} }
  - id: mutual-1960
    name: Treaty of Mutual Cooperation and Security
    parties: [USA, JPN]
    inForce: 1960-06-23
    obligations: [{ type: defense, obligated: [USA], beneficiaries: [JPN] }]
situations:
  s: { title: S, inject: [{ at: ${date}, effect: { armedAttack: { by: USA, on: CHN, intensity: ${intensity} } } }] }
outcomes:
  o: { when: { tick: { gte: 1 } } }
`);
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
    const result = simulate(r.scenario, { seed: 1, situation: 's', trace: true });
    return result.events!.filter((e) => e.kind === 'obligation' && (e.detail ?? '').startsWith('judged')).map((e) => e.text);
  };

  it('names the tie that put the attacker in the class', () => {
    expect(story(false, '1962-10-01')).toEqual([expect.stringContaining('USA is the party held responsible (USA is allied with JPN on 1962-10-01 (mutual-1960))')]);
  });

  it('says why a pretext was needed', () => {
    expect(story(true, '1953-03-01')).toEqual([expect.stringContaining('(casus not met as coded: USA is not allied with JPN on 1953-03-01)')]);
    expect(story(false, '1953-03-01')).toEqual([]);
  });

  it('gives no class as the reason when another clause or condition may have failed', () => {
    // Met by class but too weak an attack: with a second clause the event cannot say which failed.
    const twoClauses = 'armedAttack: { by: { alliedWith: [JPN] }, minIntensity: war }, hostileAct: { by: any }';
    const [line] = story(true, '1962-10-01', twoClauses, 'use_of_force');
    expect(line).toContain('(casus not met as coded)');
    expect(line).not.toContain('allied');
  });
});
