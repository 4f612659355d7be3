/**
 * US–ROK Mutual Defense Treaty (1 Oct 1953; in force 18 Nov 1954): Art. II (consultation when
 * either is threatened by external armed attack) and Art. III (armed attack in the Pacific area on
 * either party in territory under its administrative control; act to meet the common danger in
 * accordance with constitutional processes). Source: facts.md §1d.
 */
import { all, DORMANT, honouredLedger, type ConformanceCase } from '../case.js';
import { actors, eventScenario, usRok1953, US_ROK_1953_KEYS } from '../fragments.js';

const SRC_III = 'facts.md §1d Art. III (FRUS 1952–54 XV doc. 670: https://history.state.gov/historicaldocuments/frus1952-54v15p2/d670; 1976 State cable); ATOP 3240 defcoloc = 1; exact "administrative control" wording [UNVERIFIED]';

const scenario = (id: string, title: string, clock: string, inject: string, coding: Parameters<typeof usRok1953>[0] = {}): string => eventScenario({
  id, title, clock, inject,
  regions: `regions:
  pacific_area: { name: Pacific area (US–ROK Art. III) }
  korean_peninsula: { within: pacific_area }
  rok: { within: korean_peninsula, administeredBy: ROK }
  yeonpyeong: { within: rok, name: Yeonpyeong Island }
  dprk: { within: korean_peninsula, administeredBy: PRK, claimedBy: [ROK] }
  kaesong: { within: dprk }
  guam: { within: pacific_area, administeredBy: USA }
  europe: {}
  ramstein: { within: europe, administeredBy: DEU, name: Ramstein Air Base }
  usa: { administeredBy: USA }`,
  actors: actors(
    { USA: 'United States', ROK: 'Republic of Korea', PRK: 'DPRK', DEU: 'Germany', RUS: 'Russia', CHN: 'China' },
    { USA: 'nuclear: true, territory: usa', ROK: 'territory: rok', PRK: 'nuclear: true, territory: dprk', RUS: 'nuclear: true', CHN: 'nuclear: true' },
  ),
  pacts: usRok1953(coding),
  outcomes: '  us_at_war: { when: { posture: { actor: USA, atLeast: war } } }',
});

const Y2025 = '{ start: 2025-03-03, tick: day, horizon: 4 }';

export const US_ROK_1953_CASES: ConformanceCase[] = [
  {
    id: 'K53-01',
    title: 'Yeonpyeong, 23 Nov 2010: DPRK shelling of ROK-administered Yeonpyeong engages the US under Art. III',
    source: `${SRC_III}; facts.md §3c (Yeonpyeong shelling, 23 Nov 2010: 2 marines and 2 civilians killed)`,
    interpretation: 'Yeonpyeong lies in the Pacific area and inherits ROK administration from its enclosing region; shelling is MID 4 (use of force), the default minimum. "Constitutional processes" is a one-tick delay (within: 1). "Act to meet the common danger" names no act: the level is pinned to materiel, like the show of force that followed in Nov 2010 (a US carrier exercise in the Yellow Sea, general knowledge, not in facts.md).',
    yaml: scenario('K53-01', 'Yeonpyeong', '{ start: 2010-11-22, tick: day, horizon: 3 }', '      - { at: 2010-11-23, effect: { armedAttack: { by: PRK, on: ROK, in: yeonpyeong, intensity: 4 } } }'),
    situation: 'event',
    decisions: { 'respond us-rok-1953/art3@USA': 'honour:materiel' },
    expect: {
      obligations: { ...all(US_ROK_1953_KEYS, DORMANT), 'us-rok-1953/art3@USA': { state: 'honoured', level: 'materiel' } },
      ledger: { 'us-rok-1953/art3@USA': honouredLedger('materiel') },
      events: [
        { kind: 'obligation', detail: 'invoked', date: '2010-11-23' },
        { kind: 'obligation', detail: 'honoured', date: '2010-11-24' },
      ],
      relations: [{ between: ['USA', 'PRK'], rung: 'crisis', war: 'none' }],
    },
  },
  {
    id: 'K53-02',
    title: 'Art. III: an attack on US forces at Ramstein (Europe) does not engage the ROK',
    source: SRC_III,
    interpretation: 'Outside the Pacific area, and in territory administered by Germany rather than the attacked party: both region tests fail.',
    yaml: scenario('K53-02', 'Ramstein', Y2025, '      - { at: 1, effect: { armedAttack: { by: RUS, on: USA, in: ramstein, intensity: 5 } } }'),
    situation: 'event',
    expect: { obligations: all(US_ROK_1953_KEYS, DORMANT) },
  },
  {
    id: 'K53-03',
    title: 'Art. III: an attack on ROK forces in Kaesong — claimed by the ROK, administered by the DPRK — does not engage the US',
    source: `${SRC_III}; facts.md §1d "US Senate understanding (1954)" [UNVERIFIED wording]`,
    interpretation: '"Territories now under their respective administrative control": the test is administration, not claim (administeredBy: attacked). The ROK claims the whole peninsula, but Kaesong is DPRK-administered.',
    yaml: scenario('K53-03', 'Kaesong', Y2025, '      - { at: 1, effect: { armedAttack: { by: PRK, on: ROK, in: kaesong, intensity: 5 } } }'),
    situation: 'event',
    expect: {
      obligations: all(US_ROK_1953_KEYS, DORMANT),
      relations: [{ between: ['PRK', 'ROK'], rung: 'war', war: 'hostilities', initiator: 'PRK' }],
    },
  },
  {
    id: 'K53-04',
    title: 'Art. III: an attack on Guam (US-administered, in the Pacific area) engages the ROK',
    source: `${SRC_III}; ATOP 3240 codes both members defense = 1`,
    interpretation: 'The text is symmetric ("an armed attack … on either of the Parties"): the ROK\'s duty protects US territory in the Pacific area. Level pinned at diplomatic.',
    yaml: scenario('K53-04', 'Guam', Y2025, '      - { at: 1, effect: { armedAttack: { by: PRK, on: USA, in: guam, intensity: 5 } } }'),
    situation: 'event',
    decisions: { 'respond us-rok-1953/art3@ROK': 'honour:diplomatic' },
    expect: {
      obligations: { ...all(US_ROK_1953_KEYS, DORMANT), 'us-rok-1953/art3@ROK': { state: 'honoured', level: 'diplomatic' } },
      ledger: { 'us-rok-1953/art3@ROK': honouredLedger('diplomatic') },
      relations: [{ between: ['ROK', 'PRK'], rung: 'tension' }],
    },
  },
  {
    id: 'K53-05',
    title: 'Art. III: constitutional processes fail (reliability 0) — the US defects, doing no more than consult',
    source: `${SRC_III}; facts.md §1g drafting note (Dulles, constitutional processes)`,
    interpretation: 'The escape clause acts only through the delay and the reliability the author gives it: reliability 0 with shortfall consult (the shortfall must lie below the owed minimum, diplomatic).',
    yaml: scenario('K53-05', 'Constitutional processes fail', Y2025, '      - { at: 1, effect: { armedAttack: { by: PRK, on: ROK, intensity: 5 } } }', { art3: { reliability: 0, shortfall: 'consult' } }),
    situation: 'event',
    expect: {
      obligations: { ...all(US_ROK_1953_KEYS, DORMANT), 'us-rok-1953/art3@USA': { state: 'defected', level: 'consult' } },
      ledger: { 'us-rok-1953/art3@USA': ['judged', 'invoked', 'defected:consult'] },
      relations: [{ between: ['USA', 'PRK'], rung: 'peace', war: 'none' }],
    },
  },
  {
    id: 'K53-06',
    title: 'Art. II: a threat of external armed attack on the ROK engages the US duty to consult',
    source: 'facts.md §1d Art. II (1976 State cable: https://search.wikileaks.org/plusd/cables/1976STATE176518.html)',
    yaml: scenario('K53-06', 'Art. II consultation', Y2025, '      - { at: 1, effect: { threat: { by: PRK, on: ROK } } }'),
    situation: 'event',
    expect: {
      obligations: { ...all(US_ROK_1953_KEYS, DORMANT), 'us-rok-1953/art2@USA': { state: 'honoured', level: 'consult' } },
      ledger: { 'us-rok-1953/art2@USA': honouredLedger('consult') },
    },
  },
  {
    id: 'K53-07',
    title: 'Art. III: a display of force below the use of force (MID 3) is no armed attack',
    source: `${SRC_III}; docs/semantics.md "Casus foederis" (minIntensity, default 4)`,
    interpretation: 'An "armed attack" is coded as MID hostility level 4 (use of force) or more; a display of force (level 3) raises the relation to crisis without a casus.',
    yaml: scenario('K53-07', 'Display of force', Y2025, '      - { at: 1, effect: { armedAttack: { by: PRK, on: ROK, in: yeonpyeong, intensity: 3 } } }'),
    situation: 'event',
    expect: {
      obligations: all(US_ROK_1953_KEYS, DORMANT),
      relations: [{ between: ['PRK', 'ROK'], rung: 'crisis', war: 'none' }],
    },
  },
  {
    id: 'K53-08',
    title: 'Art. II: one consultation per crisis — a second threat while the war goes on is not judged; after a ceasefire and a new war, a threat is judged again',
    source: 'facts.md §1d Art. II (1976 State cable: https://search.wikileaks.org/plusd/cables/1976STATE176518.html); docs/semantics.md "One judgment per war episode"',
    interpretation: 'semantics.md: for casus outside any episode, such as threats, an obligation that has judged a casus between the same pair does not judge again "while the relation stays above crisis". The DPRK invades (day 1) and threatens (day 1: judged); a second threat on day 2 is not judged (still at war). A ceasefire on day 3 brings the relation down to crisis; the DPRK attacks again on day 4, and its threat on day 5 is a new casus although the relation is again at war: it did not stay above crisis.',
    yaml: scenario('K53-08', 'Art. II, threats across two wars', '{ start: 2025-03-03, tick: day, horizon: 6 }', `      - { at: 1, effect: [ { armedAttack: { by: PRK, on: ROK, intensity: 5 } }, { threat: { by: PRK, on: ROK } } ] }
      - { at: 2, effect: { threat: { by: PRK, on: ROK } } }
      - { at: 3, effect: { ceasefire: { between: [PRK, ROK] } } }
      - { at: 4, effect: { armedAttack: { by: PRK, on: ROK, intensity: 5 } } }
      - { at: 5, effect: { threat: { by: PRK, on: ROK } } }`, { art3: { reliability: 0 } }),
    situation: 'event',
    expect: {
      obligations: { ...all(US_ROK_1953_KEYS, DORMANT), 'us-rok-1953/art2@USA': { state: 'honoured', level: 'consult' }, 'us-rok-1953/art3@USA': { state: 'defected', level: null } },
      ledger: {
        'us-rok-1953/art2@USA': [...honouredLedger('consult'), ...honouredLedger('consult')],
        'us-rok-1953/art3@USA': ['judged', 'invoked', 'defected', 'judged', 'invoked', 'defected'],
      },
      events: [
        { kind: 'obligation', cause: 'obligation:us-rok-1953/art2@USA', detail: 'judged', date: '2025-03-04' },
        { kind: 'ceasefire', date: '2025-03-06' },
        { kind: 'obligation', cause: 'obligation:us-rok-1953/art2@USA', detail: 'judged', date: '2025-03-08' },
      ],
    },
  },
  {
    id: 'K53-09',
    title: 'Art. II: a threat judged in peacetime does not hold back the first threat of a later war',
    source: 'facts.md §1d Art. II (1976 State cable: https://search.wikileaks.org/plusd/cables/1976STATE176518.html); docs/semantics.md "One judgment per war episode"',
    interpretation: 'The relation stood at tension when the day-1 threat was judged, so it has not "stayed above crisis" since: once the DPRK invades (day 2), its threat on day 3 is judged; a second threat during the same war (day 4) is not.',
    yaml: scenario('K53-09', 'Art. II, peacetime threat then war', '{ start: 2025-03-03, tick: day, horizon: 5 }', `      - { at: 1, effect: { threat: { by: PRK, on: ROK } } }
      - { at: 2, effect: { armedAttack: { by: PRK, on: ROK, intensity: 5 } } }
      - { at: 3, effect: { threat: { by: PRK, on: ROK } } }
      - { at: 4, effect: { threat: { by: PRK, on: ROK } } }`, { art3: { reliability: 0 } }),
    situation: 'event',
    expect: {
      obligations: { ...all(US_ROK_1953_KEYS, DORMANT), 'us-rok-1953/art2@USA': { state: 'honoured', level: 'consult' }, 'us-rok-1953/art3@USA': { state: 'defected', level: null } },
      ledger: {
        'us-rok-1953/art2@USA': [...honouredLedger('consult'), ...honouredLedger('consult')],
        'us-rok-1953/art3@USA': ['judged', 'invoked', 'defected'],
      },
      events: [
        { kind: 'obligation', cause: 'obligation:us-rok-1953/art2@USA', detail: 'judged', date: '2025-03-04' },
        { kind: 'obligation', cause: 'obligation:us-rok-1953/art2@USA', detail: 'judged', date: '2025-03-06' },
      ],
    },
  },
];
