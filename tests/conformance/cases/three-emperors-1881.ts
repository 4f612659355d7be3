/**
 * The Three Emperors' League (Austria-Hungary, Germany, Russia; Berlin, signed 18 June 1881, for
 * three years; renewed 1884, lapsed 1887): Art. 1, "In case one of the High Contracting Parties
 * should find itself at war with a fourth Great Power, the two others shall maintain towards it a
 * benevolent neutrality and shall devote their efforts to the localization of the conflict."
 *
 * The article's second sentence — the same neutrality in a war with Turkey, but only after a prior
 * agreement of the three courts on its results — is not coded: no agreement is modelled.
 *
 * What the cases pin (format 1.12): a class that intersects a tag with the pact's non-parties (`{
 * allOf: [{ tag: great_power }, non_party] }`, "a fourth Great Power"), here as the enemies that call
 * a neutrality into play. A war with a Great Power outside the league binds the two others; a war
 * between two of the three does not, Great Powers though they are; nor does one with a small state.
 */
import type { ConformanceCase } from '../case.js';
import { actors, eventScenario } from '../fragments.js';

const SRC = 'Three Emperors\' League (Berlin, 18 June 1881), Art. 1, English text in A. F. Pribram, The Secret Treaties of Austria-Hungary 1879–1914, vol. I (1920); summarised in A. J. Grant and H. Temperley, Europe in the Nineteenth and Twentieth Centuries (benevolent neutrality "if hostilities occurred between one of them and a fourth Great Power")';

const KEYS = ['three-emperors-1881/art1@AUT', 'three-emperors-1881/art1@DEU', 'three-emperors-1881/art1@RUS'];

const PACT = `  - id: three-emperors-1881
    name: Three Emperors' League
    parties: [AUT, DEU, RUS]
    signed: 1881-06-18
    inForce: 1881-06-18
    lapsed: 1884-06-18
    obligations:
      - id: art1
        type: neutrality
        article: Art. 1
        summary: benevolent neutrality toward a party at war with a fourth Great Power
        enemies: { allOf: [{ tag: great_power }, non_party] }`;

const scenario = (id: string, title: string, inject: string): string => eventScenario({
  id, title,
  version: '1.12',
  clock: '{ start: 1882-01-01, tick: day, horizon: 4 }',
  regions: `regions:
  germany: { administeredBy: DEU }
  austria: { administeredBy: AUT }
  russia: { administeredBy: RUS }
  france: { administeredBy: FRA }
  denmark: { administeredBy: DNK }`,
  actors: actors(
    { AUT: 'Austria-Hungary', DEU: 'Germany', RUS: 'Russia', FRA: 'France', DNK: 'Denmark' },
    {
      AUT: 'territory: austria, tags: [great_power]', DEU: 'territory: germany, tags: [great_power]', RUS: 'territory: russia, tags: [great_power]',
      FRA: 'territory: france, tags: [great_power]', DNK: 'territory: denmark',
    },
  ),
  pacts: PACT,
  inject,
  outcomes: '  rus_deu_war: { when: { relation: { between: [RUS, DEU], atLeast: war } } }',
});

const DORMANT = { state: 'dormant' } as const;
const dormant = Object.fromEntries(KEYS.map((k) => [k, DORMANT]));
const RUSSIA_STRIKES = (aid: string): string => `      - { at: 1882-01-03, effect: { armedAttack: { by: RUS, on: DEU, intensity: war, inAidOf: ${aid} } } }`;

export const THREE_EMPERORS_1881_CASES: ConformanceCase[] = [
  {
    id: 'DKB81-01',
    title: 'France attacks Germany: a fourth Great Power — Russia\'s neutrality holds back its attack on Germany',
    source: SRC,
    interpretation: 'A hypothetical French attack on Germany on 2 Jan 1882, then a Russian attack on Germany in France\'s aid. France is a Great Power (tagged) and not a party to the league: it is in the class `{ allOf: [{ tag: great_power }, non_party] }`, so Germany is at war with "a fourth Great Power" and Art. 1 binds Russia. With reliability 1 Russia respects it: its attack is suppressed.',
    yaml: scenario('DKB81-01', 'France attacks Germany', `      - { at: 1882-01-02, effect: { armedAttack: { by: FRA, on: DEU, intensity: war } } }
${RUSSIA_STRIKES('FRA')}`),
    situation: 'event',
    expect: {
      obligations: dormant,
      duties: [{ key: 'three-emperors-1881/art1@RUS', verdict: 'respected' }],
      absent: [{ kind: 'armedAttack', actor: 'RUS' }],
      relations: [{ between: ['FRA', 'DEU'], rung: 'war' }, { between: ['RUS', 'DEU'], rung: 'peace' }],
    },
  },
  {
    id: 'DKB81-02',
    title: 'Austria-Hungary attacks Germany: a Great Power, but a party — no "fourth" Great Power, so Art. 1 does not bind Russia',
    source: SRC,
    interpretation: 'A hypothetical war between two of the three: Austria-Hungary attacks Germany, then Russia strikes Germany in Austria\'s aid. Austria-Hungary carries the `great_power` tag but is a party to the league, so the class excludes it: Germany is at war with no fourth Great Power, Russia\'s duty toward Germany is not called into play (nothing is checked) and Russia and Germany are at war. (Austria-Hungary\'s own attack is not checked either: Germany is at war with no one when it strikes, and neutrality forbids nothing at peace, GS39-01.) A tag alone, `enemies: { tag: great_power }`, would have bound Russia here.',
    yaml: scenario('DKB81-02', 'Austria-Hungary attacks Germany', `      - { at: 1882-01-02, effect: { armedAttack: { by: AUT, on: DEU, intensity: war } } }
${RUSSIA_STRIKES('AUT')}`),
    situation: 'event',
    expect: {
      obligations: dormant,
      duties: [],
      relations: [{ between: ['AUT', 'DEU'], rung: 'war' }, { between: ['RUS', 'DEU'], rung: 'war' }],
    },
  },
  {
    id: 'DKB81-03',
    title: 'Denmark attacks Germany: no Great Power at all — Art. 1 does not bind Russia',
    source: SRC,
    interpretation: 'A hypothetical Danish attack on Germany, then Russia\'s strike on Germany in Denmark\'s aid. Denmark is not a party but carries no `great_power` tag: not every part of the class holds, the neutrality is not in play, and Russia and Germany are at war.',
    yaml: scenario('DKB81-03', 'Denmark attacks Germany', `      - { at: 1882-01-02, effect: { armedAttack: { by: DNK, on: DEU, intensity: war } } }
${RUSSIA_STRIKES('DNK')}`),
    situation: 'event',
    expect: {
      obligations: dormant,
      duties: [],
      relations: [{ between: ['DNK', 'DEU'], rung: 'war' }, { between: ['RUS', 'DEU'], rung: 'war' }],
    },
  },
];
