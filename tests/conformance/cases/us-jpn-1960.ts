/**
 * US–Japan Treaty of Mutual Cooperation and Security (19 Jan 1960): Art. V, an armed attack
 * against either party in the territories under the administration of Japan. Territorial, hence
 * asymmetric in effect: Japan has no duty toward US territory elsewhere. Source: facts.md §1e.
 */
import { all, DORMANT, honouredLedger, type ConformanceCase } from '../case.js';
import { actors, eventScenario, US_JPN_1960_KEYS, usJpn1960 } from '../fragments.js';

const SRC_V = 'facts.md §1e Art. V (http://38is.blogspot.com/2012/01/treaty-of-mutual-cooperation-and.html; CIA reading-room copy); ATOP 3375 asymm = 1';

const scenario = (id: string, title: string, inject: string): string => eventScenario({
  id, title, clock: '{ start: 2025-03-03, tick: day, horizon: 3 }', inject,
  regions: `regions:
  japan: { administeredBy: JPN }
  okinawa: { within: japan }
  kadena: { within: okinawa, name: Kadena Air Base }
  senkaku: { within: okinawa, claimedBy: [CHN], name: Senkaku Islands }
  northern_territories: { administeredBy: RUS, claimedBy: [JPN] }
  guam: { administeredBy: USA }
  usa: { administeredBy: USA }
  china: { administeredBy: CHN }`,
  actors: actors(
    { USA: 'United States', JPN: 'Japan', CHN: 'China', RUS: 'Russia', PRK: 'DPRK' },
    { USA: 'nuclear: true, territory: usa', JPN: 'territory: japan', CHN: 'nuclear: true, territory: china', RUS: 'nuclear: true', PRK: 'nuclear: true' },
  ),
  pacts: usJpn1960(),
  outcomes: '  us_at_war: { when: { posture: { actor: USA, atLeast: war } } }',
});

export const US_JPN_1960_CASES: ConformanceCase[] = [
  {
    id: 'J60-01',
    title: 'Art. V: a strike on Kadena, Okinawa — on US forces and on Japanese territory — engages both parties',
    source: SRC_V,
    interpretation: 'A strike on a US base in Japan is an armed attack on the US forces there and on the territory under Japan\'s administration; the engine\'s events have one target each, so the strike is written as two attacks in the same place. Each party\'s duty protects the other: Japan\'s is engaged by the attack on the US, the US\'s by the attack on Japan. Level forces (act to meet the common danger in place), within 1 (constitutional processes).',
    yaml: scenario('J60-01', 'Kadena', `      - { at: 1, effect: { armedAttack: { by: CHN, on: USA, in: kadena, intensity: 5 } } }
      - { at: 1, effect: { armedAttack: { by: CHN, on: JPN, in: kadena, intensity: 5 } } }`),
    situation: 'event',
    expect: {
      obligations: { 'us-jpn-1960/art5@USA': { state: 'honoured', level: 'forces' }, 'us-jpn-1960/art5@JPN': { state: 'honoured', level: 'forces' } },
      ledger: { 'us-jpn-1960/art5@USA': honouredLedger('forces'), 'us-jpn-1960/art5@JPN': honouredLedger('forces') },
      relations: [
        { between: ['USA', 'CHN'], rung: 'war', war: 'hostilities', initiator: 'CHN' },
        { between: ['JPN', 'CHN'], rung: 'war', war: 'hostilities', initiator: 'CHN' },
      ],
    },
  },
  {
    id: 'J60-02',
    title: 'Art. V: an attack on US forces alone in Okinawa engages Japan; the US acts in self-defence outside its treaty duty',
    source: SRC_V,
    interpretation: 'The US obligation protects Japan; when only the US is attacked, its own response is self-defence, not a treaty duty (semantics.md: the obligated party is neither attacker nor attacked), so it stays dormant. Japan\'s duty is engaged because the attack is in territory under Japan\'s administration.',
    yaml: scenario('J60-02', 'US forces in Okinawa', '      - { at: 1, effect: { armedAttack: { by: CHN, on: USA, in: okinawa, intensity: 5 } } }'),
    situation: 'event',
    expect: {
      obligations: { 'us-jpn-1960/art5@USA': { state: 'dormant' }, 'us-jpn-1960/art5@JPN': { state: 'honoured', level: 'forces' } },
      ledger: { 'us-jpn-1960/art5@JPN': honouredLedger('forces') },
      relations: [{ between: ['JPN', 'CHN'], rung: 'war', war: 'hostilities', initiator: 'CHN' }],
    },
  },
  {
    id: 'J60-03',
    title: 'Art. V: an attack on Guam (US territory, not administered by Japan) engages neither party',
    source: SRC_V,
    interpretation: 'The asymmetry of the treaty in one case: Japan has no duty toward US territory outside Japan.',
    yaml: scenario('J60-03', 'Guam', '      - { at: 1, effect: { armedAttack: { by: PRK, on: USA, in: guam, intensity: 5 } } }'),
    situation: 'event',
    expect: { obligations: all(US_JPN_1960_KEYS, DORMANT) },
  },
  {
    id: 'J60-04',
    title: 'Art. V: an attack on the Senkakus — administered by Japan, claimed by China — engages the US',
    source: `${SRC_V}; administration test (facts.md §1e)`,
    interpretation: 'Administration, not sovereignty, decides: the Senkakus inherit Japan\'s administration through Okinawa; China\'s claim does not matter.',
    yaml: scenario('J60-04', 'Senkakus', '      - { at: 1, effect: { armedAttack: { by: CHN, on: JPN, in: senkaku, intensity: 5 } } }'),
    situation: 'event',
    expect: {
      obligations: { 'us-jpn-1960/art5@USA': { state: 'honoured', level: 'forces' }, 'us-jpn-1960/art5@JPN': { state: 'dormant' } },
      ledger: { 'us-jpn-1960/art5@USA': honouredLedger('forces') },
      events: [{ kind: 'obligation', detail: 'invoked', date: '2025-03-04' }, { kind: 'obligation', detail: 'honoured', date: '2025-03-05' }],
    },
  },
  {
    id: 'J60-05',
    title: 'Art. V: an attack on Japanese forces in the Northern Territories — claimed by Japan, administered by Russia — does not engage the US',
    source: 'facts.md §1e "Administration test" (Crowley remarks, secondary source: https://forums.airbase.ru/2011/03/t81413_16--protivostoyanie-tof-rf-i-flota-yaponii-2.html)',
    interpretation: 'The State Department has said Art. V does not cover the Northern Territories because Japan does not administer them.',
    yaml: scenario('J60-05', 'Northern Territories', '      - { at: 1, effect: { armedAttack: { by: RUS, on: JPN, in: northern_territories, intensity: 5 } } }'),
    situation: 'event',
    expect: { obligations: all(US_JPN_1960_KEYS, DORMANT) },
  },
];
