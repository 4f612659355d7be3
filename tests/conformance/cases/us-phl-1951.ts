/**
 * US–Philippines Mutual Defense Treaty (30 Aug 1951; in force 27 Aug 1952): Art. IV (an armed
 * attack in the Pacific area on either party; act to meet the common dangers in accordance with
 * constitutional processes; measures end when the Security Council has acted) read with Art. V (an
 * armed attack on a party includes one on its metropolitan territory, its island territories in
 * the Pacific Ocean, and its armed forces, public vessels or aircraft in the Pacific). Unlike US–ROK
 * Art. III, the test is where the attack happens and on whom, not who administers the place: the
 * South China Sea cases turn on it. Source: facts.md §1j.
 */
import { all, DORMANT, NOT_IN_FORCE, honouredLedger, type ConformanceCase } from '../case.js';
import { actors, council, elected, eventScenario, P5, usPhl1951, US_PHL_1951_KEYS, usRok1953, US_ROK_1953_KEYS, type Knobs } from '../fragments.js';

const SRC_IV_V = 'facts.md §1j Arts. IV–V (text as quoted by the State Department profile, https://newsinfo.inquirer.net/15030/state-dept-report-stresses-importance-of-ph-us-mutual-defense-treaty/amp)';
const SRC_SCS = 'facts.md §1j "South China Sea (US reading)": Pompeo, 1 Mar 2019 (https://justsecurity.org/63168/u-s-philippine-relationship-south-china-sea-uncertain-future-mutual-defense-treaty); Bilateral Defense Guidelines, 3 May 2023 (https://warsawpoint.com/news/52042-u-s-issues-guidelines-on-defending-philippines-from-south-china-sea-attack.html)';
const SRC_AYUNGIN = 'facts.md §1j "Second Thomas Shoal, 17 June 2024" (https://en.wikipedia.org/wiki/June_2024_Second_Thomas_Shoal_incident; AP, 21 June 2024: Manila will not invoke the treaty)';
const SRC_REQUEST = 'facts.md §1r (Nicaragua v. United States, 1986: "no rule permitting the exercise of collective self-defence in the absence of a request by the State which regards itself as the victim of an armed attack", http://lawofwar.org/nicaraugua_v_us.htm)';
const SRC_ROK = 'facts.md §1d US–ROK Art. III "in territory under its administrative control" (FRUS 1952–54 XV doc. 670: https://history.state.gov/historicaldocuments/frus1952-54v15p2/d670)';

/** Both treaties are in every case, so each case also checks that the other one stays as it should. */
const KEYS = [...US_PHL_1951_KEYS, ...US_ROK_1953_KEYS];

/** The Council of 2025 (P5; Algeria, Guyana, ROK, Sierra Leone, Slovenia; Denmark, Greece, Pakistan, Panama, Somalia). */
const SEATS_2025 = [...P5, ...elected(2024, ['DZA', 'GUY', 'ROK', 'SLE', 'SVN']), ...elected(2025, ['DNK', 'GRC', 'PAK', 'PAN', 'SOM'])];
const ELECTED_NAMES = {
  FRA: 'France', GBR: 'United Kingdom', DZA: 'Algeria', GUY: 'Guyana', SLE: 'Sierra Leone', SVN: 'Slovenia',
  DNK: 'Denmark', GRC: 'Greece', PAK: 'Pakistan', PAN: 'Panama', SOM: 'Somalia',
};

const scenario = (id: string, title: string, clock: string, inject: string, extra: { council?: string; version?: string; art4?: Knobs } = {}): string => eventScenario({
  id, title, clock, inject, version: extra.version ?? (extra.art4?.request !== undefined ? '1.4' : '1.1'),
  regions: `regions:
  pacific_area: { name: Pacific area (US–Philippines Art. IV; US–ROK Art. III) }
  south_china_sea: { within: pacific_area, name: South China Sea }
  second_thomas_shoal: { within: south_china_sea, name: Second Thomas Shoal (Ayungin) }
  philippines: { within: pacific_area, administeredBy: PHL }
  luzon: { within: philippines }
  guam: { within: pacific_area, administeredBy: USA }
  rok: { within: pacific_area, administeredBy: ROK }
  china: { within: pacific_area, administeredBy: CHN }
  usa: { administeredBy: USA, name: United States (contiguous) }
  mediterranean: { name: Mediterranean Sea }
  russia: { administeredBy: RUS }`,
  actors: actors(
    { USA: 'United States', PHL: 'Philippines', CHN: 'China', ROK: 'Republic of Korea', RUS: 'Russia', ...(extra.council ? ELECTED_NAMES : {}) },
    { USA: 'nuclear: true, territory: usa', PHL: 'territory: philippines', CHN: 'nuclear: true, territory: china', ROK: 'territory: rok', RUS: 'nuclear: true, territory: russia' },
  ),
  pacts: `${usPhl1951(extra.art4 ? { art4: extra.art4 } : {})}\n${usRok1953()}`,
  ...(extra.council ? { extra: extra.council } : {}),
  outcomes: '  us_at_war: { when: { posture: { actor: USA, atLeast: war } } }',
});

const Y2025 = '{ start: 2025-03-03, tick: day, horizon: 3 }';

export const US_PHL_1951_CASES: ConformanceCase[] = [
  {
    id: 'P51-01',
    title: 'Second Thomas Shoal, 17 June 2024: a Coast Guard boarding with blades, read by Manila as no armed attack, engages nothing',
    source: `${SRC_IV_V}; ${SRC_AYUNGIN}`,
    interpretation: 'The China Coast Guard rammed and boarded Philippine Navy boats, seized rifles and injured sailors; on 21 June Manila said it did not regard this as an armed attack and would not invoke the treaty. Coded as the parties read it: a hostileAct (kind interdiction), which semantics.md says is never an armed attack for a clause, so Art. IV is not judged at all. (Coded instead as an armedAttack of MID 4 — a seizure is a use of force in the MID scale — it would meet the casus, as P51-02 shows: the reading is the author\'s.)',
    yaml: scenario('P51-01', 'Second Thomas Shoal, June 2024', '{ start: 2024-06-16, tick: day, horizon: 3 }',
      '      - { at: 2024-06-17, effect: { hostileAct: { by: CHN, on: PHL, in: second_thomas_shoal, kind: interdiction } } }'),
    situation: 'event',
    expect: {
      obligations: all(KEYS, DORMANT),
      events: [{ kind: 'hostileAct', actor: 'CHN', target: 'PHL', region: 'second_thomas_shoal', detail: 'interdiction', date: '2024-06-17' }],
      absent: [{ kind: 'obligation' }, { kind: 'armedAttack' }],
      relations: [{ between: ['CHN', 'PHL'], rung: 'peace', war: 'none' }],
    },
  },
  {
    id: 'P51-02',
    title: 'Arts. IV–V: an armed attack on a Philippine Navy vessel at Second Thomas Shoal — a reef no party administers — engages the US',
    source: `${SRC_IV_V}; ${SRC_SCS}`,
    interpretation: 'Art. V counts an attack on a party\'s "armed forces, public vessels or aircraft in the Pacific", and the US has said since 2019 that the South China Sea is part of the Pacific. The place needs no administrator (the region clause names none), unlike US–ROK Art. III. Use of force (MID 4) lifts China–Philippines to clash; "act to meet the common dangers" names no act, so the level is pinned at forces: the US defends in place, joining at the rung the fight has reached (clash, not war), one day later (constitutional processes, within: 1). The ROK has no duty toward the Philippines.',
    yaml: scenario('P51-02', 'Armed attack at Second Thomas Shoal', Y2025,
      '      - { at: 1, effect: { armedAttack: { by: CHN, on: PHL, in: second_thomas_shoal, intensity: use_of_force } } }'),
    situation: 'event',
    decisions: { 'respond us-phl-1951/art4@USA': 'honour:forces' },
    expect: {
      obligations: { ...all(KEYS, DORMANT), 'us-phl-1951/art4@USA': { state: 'honoured', level: 'forces' } },
      ledger: { 'us-phl-1951/art4@USA': honouredLedger('forces') },
      events: [
        { kind: 'obligation', detail: 'invoked', date: '2025-03-04' },
        { kind: 'obligation', detail: 'honoured', date: '2025-03-05' },
      ],
      relations: [
        { between: ['CHN', 'PHL'], rung: 'clash', war: 'none' },
        { between: ['USA', 'CHN'], rung: 'clash', war: 'none' },
      ],
    },
  },
  {
    id: 'P51-03',
    title: 'A US warship attacked in the South China Sea: the Philippines\' Art. IV is engaged, the ROK\'s Art. III is not',
    source: `${SRC_IV_V}; ${SRC_SCS}; ${SRC_ROK}`,
    interpretation: 'The treaty is symmetric ("either of the Parties"): a US public vessel in the Pacific is covered for the Philippines wherever it sails. The same attack does not meet US–ROK Art. III, whose casus is an attack "in territory under its administrative control": no one administers the open sea. Philippine level pinned at diplomatic (tension with China).',
    yaml: scenario('P51-03', 'US warship in the South China Sea', Y2025,
      '      - { at: 1, effect: { armedAttack: { by: CHN, on: USA, in: south_china_sea, intensity: use_of_force } } }'),
    situation: 'event',
    decisions: { 'respond us-phl-1951/art4@PHL': 'honour:diplomatic' },
    expect: {
      obligations: { ...all(KEYS, DORMANT), 'us-phl-1951/art4@PHL': { state: 'honoured', level: 'diplomatic' } },
      ledger: { 'us-phl-1951/art4@PHL': honouredLedger('diplomatic') },
      relations: [
        { between: ['CHN', 'USA'], rung: 'clash', war: 'none' },
        { between: ['PHL', 'CHN'], rung: 'tension', war: 'none' },
      ],
    },
  },
  {
    id: 'P51-04',
    title: 'Arts. IV–V: an attack on a US warship in the Mediterranean is outside the Pacific and engages neither treaty',
    source: `${SRC_IV_V}; ${SRC_ROK}`,
    interpretation: 'A hypothetical attack, to test the area: Art. V covers public vessels "in the Pacific", and Art. IV an attack "in the Pacific area"; the Mediterranean lies in neither.',
    yaml: scenario('P51-04', 'US warship in the Mediterranean', Y2025,
      '      - { at: 1, effect: { armedAttack: { by: RUS, on: USA, in: mediterranean, intensity: use_of_force } } }'),
    situation: 'event',
    expect: {
      obligations: all(KEYS, DORMANT),
      relations: [{ between: ['RUS', 'USA'], rung: 'clash', war: 'none' }],
    },
  },
  {
    id: 'P51-05',
    title: 'An attack on Guam (a US island territory in the Pacific) engages both the Philippines and the ROK',
    source: `${SRC_IV_V}; ${SRC_ROK}`,
    interpretation: 'A hypothetical attack where the two formulas agree: Guam is a US island territory in the Pacific (Art. V) and US-administered territory in the Pacific area (US–ROK Art. III). Both allies honour, each pinned at diplomatic, one day later.',
    yaml: scenario('P51-05', 'Guam', Y2025, '      - { at: 1, effect: { armedAttack: { by: CHN, on: USA, in: guam, intensity: war } } }'),
    situation: 'event',
    decisions: { 'respond us-phl-1951/art4@PHL': 'honour:diplomatic', 'respond us-rok-1953/art3@ROK': 'honour:diplomatic' },
    expect: {
      obligations: {
        ...all(KEYS, DORMANT),
        'us-phl-1951/art4@PHL': { state: 'honoured', level: 'diplomatic' },
        'us-rok-1953/art3@ROK': { state: 'honoured', level: 'diplomatic' },
      },
      ledger: { 'us-phl-1951/art4@PHL': honouredLedger('diplomatic'), 'us-rok-1953/art3@ROK': honouredLedger('diplomatic') },
      relations: [{ between: ['CHN', 'USA'], rung: 'war', war: 'hostilities', initiator: 'CHN' }],
    },
  },
  {
    id: 'P51-06',
    title: 'Entry into force, 27 Aug 1952: an attack on Luzon the day before is recorded not in force; the next attack in that war, on the day, is judged',
    source: `${SRC_IV_V}; facts.md §1j "Entry into force" (https://ja.scribd.com/document/369495862/Mutual-Defense-Treaty-Between-the-Philippines-and-US)`,
    interpretation: 'Hypothetical attacks dated to straddle the exchange of ratifications. The casus that would have been met on 26 Aug is recorded with the fate not_in_force (once for the war); on 27 Aug the pact is in force, the obligation dormant, and a new attack in the same war is a casus (entry into force itself is not, semantics.md). The US–ROK treaty (in force 1954) stays not_in_force throughout.',
    yaml: scenario('P51-06', 'Around the entry into force', '{ start: 1952-08-25, tick: day, horizon: 4 }', `      - { at: 1952-08-26, effect: { armedAttack: { by: CHN, on: PHL, in: luzon, intensity: war } } }
      - { at: 1952-08-27, effect: { armedAttack: { by: CHN, on: PHL, in: luzon, intensity: war } } }`),
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'], // a pact or party outside the run, on purpose
    decisions: { 'respond us-phl-1951/art4@USA': 'honour:forces' },
    expect: {
      obligations: { ...all(KEYS, NOT_IN_FORCE), 'us-phl-1951/art4@USA': { state: 'honoured', level: 'forces' }, 'us-phl-1951/art4@PHL': DORMANT },
      ledger: { 'us-phl-1951/art4@USA': ['not_in_force', ...honouredLedger('forces')] },
      events: [
        { kind: 'obligation', detail: 'not_in_force', date: '1952-08-26' },
        { kind: 'obligation', cause: 'pact:us-phl-1951', detail: 'in_force', date: '1952-08-27' },
        { kind: 'obligation', detail: 'judged', date: '1952-08-27' },
      ],
      relations: [{ between: ['USA', 'CHN'], rung: 'war', war: 'hostilities', initiator: 'CHN' }],
    },
  },
  {
    id: 'P51-07',
    title: 'Art. IV, second paragraph: the measures end when the Security Council has acted — a Council ceasefire ends the US part in the war',
    source: SRC_IV_V,
    interpretation: 'China invades Luzon; the US honours at forces (pinned) and is at war with China in the Philippines\' defence. On day 3 the Council adopts a ceasefire between China and the Philippines (forced votes: 14 in favour, China abstaining). The ceasefire ends the war episode; the US, in it only under Art. IV, withdraws (onCasusEnd withdraw, the default) — "such measures shall be terminated when the Security Council has taken the measures necessary".',
    yaml: scenario('P51-07', 'Council ceasefire ends the measures', '{ start: 2025-03-03, tick: day, horizon: 4 }', `      - { at: 1, effect: { armedAttack: { by: CHN, on: PHL, in: luzon, intensity: war } } }
      - { at: 3, effect: { draft: { kind: ceasefire, between: [CHN, PHL], sponsor: USA } } }`, {
      council: council({
        seats: SEATS_2025,
        votes: { CHN: 'abstain', FRA: 'yes', RUS: 'yes', GBR: 'yes', USA: 'yes', DZA: 'yes', GUY: 'yes', ROK: 'yes', SLE: 'yes', SVN: 'yes', DNK: 'yes', GRC: 'yes', PAK: 'yes', PAN: 'yes', SOM: 'yes' },
      }),
    }),
    situation: 'event',
    decisions: { 'respond us-phl-1951/art4@USA': 'honour:forces' },
    expect: {
      obligations: { ...all(KEYS, DORMANT), 'us-phl-1951/art4@USA': { state: 'honoured', level: 'forces' } },
      ledger: { 'us-phl-1951/art4@USA': honouredLedger('forces') },
      drafts: [{ kind: 'ceasefire', result: 'adopted', yes: 14, no: 0, abstain: 1 }],
      events: [
        { kind: 'obligation', detail: 'honoured', date: '2025-03-05' },
        { kind: 'ceasefire', actor: 'CHN', target: 'PHL', date: '2025-03-06' },
        { kind: 'ceasefire', cause: 'obligation:us-phl-1951/art4@USA', actor: 'USA', target: 'CHN', detail: 'casus_ended', date: '2025-03-06' },
      ],
      relations: [
        { between: ['CHN', 'PHL'], rung: 'crisis', war: 'none' },
        { between: ['USA', 'CHN'], rung: 'crisis', war: 'none' },
      ],
    },
  },
  {
    id: 'P51-08',
    title: 'Second Thomas Shoal, 17 June 2024, written as the armed attack it could be read as: Manila does not ask for help, so Art. IV is not invoked (unrequested)',
    source: `${SRC_IV_V}; ${SRC_AYUNGIN}; ${SRC_REQUEST}`,
    interpretation: 'P51-01 writes the boarding as Manila read it (a hostile act, no armed attack). Here the author writes it as an armed attack of MID 4 (a seizure with blades and injuries is a use of force on the MID scale, as P51-02 reads an attack on a Navy vessel), and codes Art. IV read with UN Charter Art. 51 as the ICJ read it in Nicaragua v. United States (1986): collective self-defence needs the victim\'s request — request: { chance: 0 }, since on 21 June Manila said it would not invoke the treaty. The casus is met as coded (judged) but the Philippines asks no one: the US obligation ends unrequested, no response is drawn and the US–China relation does not move. Without the request clause the same attack engages the US (P51-02).',
    yaml: scenario('P51-08', 'Second Thomas Shoal, June 2024, as an armed attack not requested', '{ start: 2024-06-16, tick: day, horizon: 3 }',
      '      - { at: 2024-06-17, effect: { armedAttack: { by: CHN, on: PHL, in: second_thomas_shoal, intensity: use_of_force } } }', { art4: { request: 0 } }),
    situation: 'event',
    expect: {
      obligations: { ...all(KEYS, DORMANT), 'us-phl-1951/art4@USA': { state: 'unrequested' } },
      ledger: { 'us-phl-1951/art4@USA': ['judged', 'unrequested'] },
      events: [{ kind: 'obligation', detail: 'unrequested', actor: 'USA', target: 'CHN', attacked: 'PHL', date: '2024-06-17' }],
      absent: [{ kind: 'obligation', detail: 'invoked' }],
      relations: [
        { between: ['CHN', 'PHL'], rung: 'clash', war: 'none' },
        { between: ['USA', 'CHN'], rung: 'peace', war: 'none' },
      ],
    },
  },
];
