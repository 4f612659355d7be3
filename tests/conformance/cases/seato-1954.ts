/**
 * Southeast Asia Collective Defense Treaty (Manila Pact; signed 8 Sep 1954, in force with its
 * Protocol 19 Feb 1955): Art. IV(1), aggression by means of armed attack in the treaty area on a
 * party or on a state the parties designate by unanimous agreement — the Protocol designates
 * Cambodia, Laos and the free territory under the jurisdiction of the State of Vietnam, beneficiaries
 * that are not parties; Art. IV(2), consultation on threats other than armed attack; Art. VIII, the
 * treaty area (South-East Asia, the entire territories of the Asian parties, the South-West Pacific,
 * nothing north of 21°30′ N); the Understanding of the United States, limiting its Art. IV(1)
 * undertaking to communist aggression. Only four parties are written (the United States, the United
 * Kingdom, Thailand, Pakistan). Source: facts.md §1m.
 */
import { all, DORMANT, honouredLedger, type ConformanceCase } from '../case.js';
import { actors, eventScenario, seato1954, SEATO_1954_KEYS } from '../fragments.js';

const SRC_IV = 'facts.md §1m Art. IV (FRUS 1952–54 XII(1) doc. 406: https://history.state.gov/historicaldocuments/frus1952-54v12p1/d406; Gibler: https://issuhub.com/view/index/23326?pageIndex=467)';
const SRC_PROTOCOL = 'facts.md §1m Protocol (https://avalon.law.yale.edu/20th_century/usmu004.asp)';
const SRC_US = 'facts.md §1m Understanding of the United States (https://books.google.it/books?id=ejVViW-R-OEC&pg=PA66); its purpose (FRUS 1952–54 XII(1) doc. 331: http://history.state.gov/historicaldocuments/frus1952-54v12p1/d331)';
const SRC_AREA = 'facts.md §1m Art. VIII (Pentagon Papers IV.A.1 p. 24: https://en.wikisource.org/wiki/Page:Pentagon-Papers-Part_IV._A._1.djvu/24); exact wording [UNVERIFIED]';
const SRC_1965 = 'facts.md §1m "India–Pakistan, 1965" (infiltration of 5 Aug: https://ajaybisaria.in/?p=2370; 6 Sep: http://news.bbc.co.uk/onthisday/hi/dates/stories/september/6/newsid_3632000/3632092.stm, https://indianexpress.com/article/explained/indian-army-lahore-sector-offensive-1965-war-pakistan-explained-8134710/; http://historypak.com/indo-pak-war-1965-superpowers/)';

const scenario = (id: string, title: string, clock: string, inject: string, art4: NonNullable<Parameters<typeof seato1954>[0]>['art4'] = {}): string => eventScenario({
  id, title, clock, inject,
  version: '1.4',
  regions: `regions:
  treaty_area: { name: SEATO treaty area (Art. VIII; south of 21°30′ N) }
  south_vietnam: { within: treaty_area, administeredBy: RVN, name: Free territory under the jurisdiction of the State of Vietnam }
  laos: { within: treaty_area, administeredBy: LAO }
  cambodia: { within: treaty_area, administeredBy: KHM }
  thailand: { within: treaty_area, administeredBy: THA }
  west_pakistan: { within: treaty_area, administeredBy: PAK, name: West Pakistan (an entire territory of an Asian party) }
  kashmir: { administeredBy: IND, claimedBy: [PAK], name: Jammu and Kashmir (Indian-administered) }
  india: { administeredBy: IND }
  hong_kong: { administeredBy: GBR, name: Hong Kong (north of 21°30′ N) }
  britain: { administeredBy: GBR }
  usa: { administeredBy: USA }
  north_vietnam: { administeredBy: DRV }
  china: { administeredBy: CHN }`,
  actors: actors(
    { USA: 'United States', GBR: 'United Kingdom', THA: 'Thailand', PAK: 'Pakistan', RVN: 'State of Vietnam (South)', LAO: 'Laos', KHM: 'Cambodia', DRV: 'Democratic Republic of Vietnam (North)', CHN: 'China', IND: 'India' },
    // The US Understanding's class: the communist states of the cases, tagged (read on the day of the attack).
    { USA: 'nuclear: true, territory: usa', GBR: 'nuclear: true, territory: britain', THA: 'territory: thailand', PAK: 'territory: west_pakistan', RVN: 'territory: south_vietnam', LAO: 'territory: laos', KHM: 'territory: cambodia', DRV: 'territory: north_vietnam, tags: [communist]', CHN: 'territory: china, tags: [communist]', IND: 'territory: india' },
  ),
  pacts: seato1954({ art4 }),
  outcomes: '  us_at_war: { when: { posture: { actor: USA, atLeast: war } } }',
});

const CLOCK_1965 = '{ start: 1965-03-01, tick: day, horizon: 4 }';
const CLOCK_KASHMIR = '{ start: 1965-08-04, tick: day, horizon: 36 }';
const INFILTRATION = '      - { at: 1965-08-05, effect: { armedAttack: { by: PAK, on: IND, in: kashmir, intensity: use_of_force } } }';
const LAHORE = '      - { at: 1965-09-06, effect: { armedAttack: { by: IND, on: PAK, in: west_pakistan, intensity: war } } }';

export const SEATO_1954_CASES: ConformanceCase[] = [
  {
    id: 'S54-01',
    title: 'Protocol state: an armed attack by the DRV on South Vietnam, which is not a party, engages every party\'s Art. IV(1) duty, the US one included (communist aggression)',
    source: `${SRC_IV}; ${SRC_PROTOCOL}; ${SRC_US}; the Southeast Asia (Tonkin Gulf) Resolution, 10 Aug 1964, §2 (http://www.digitalhistory.uh.edu/disp_textbook.cfm?psid=3639&smtID=3)`,
    interpretation: 'A stylised armed attack (not a dated historical event) on the free territory of Vietnam, a state designated by the Protocol: written as a beneficiary that is not a party. The DRV is a communist state, so the United States\' own clause (Art. IV(1) read with its Understanding) is met as well as the others\'. Levels pinned: the United States at forces (the 1964 resolution speaks of assisting "any member or protocol state" requesting it, "including the use of armed force"), Thailand at materiel, the United Kingdom and Pakistan at diplomatic — a seminar\'s choices, not a historical claim. Art. IV(3) (no action on a designated state\'s territory without its government\'s invitation or consent) is not modelled: see "Semantics questions".',
    yaml: scenario('S54-01', 'DRV attack on South Vietnam', CLOCK_1965, '      - { at: 1, effect: { armedAttack: { by: DRV, on: RVN, in: south_vietnam, intensity: war } } }'),
    situation: 'event',
    decisions: {
      'respond seato-1954/art4-1-us@USA': 'honour:forces',
      'respond seato-1954/art4-1@THA': 'honour:materiel',
      'respond seato-1954/art4-1@GBR': 'honour:diplomatic',
      'respond seato-1954/art4-1@PAK': 'honour:diplomatic',
    },
    expect: {
      obligations: {
        ...all(SEATO_1954_KEYS, DORMANT),
        'seato-1954/art4-1-us@USA': { state: 'honoured', level: 'forces' },
        'seato-1954/art4-1@THA': { state: 'honoured', level: 'materiel' },
        'seato-1954/art4-1@GBR': { state: 'honoured', level: 'diplomatic' },
        'seato-1954/art4-1@PAK': { state: 'honoured', level: 'diplomatic' },
      },
      ledger: {
        'seato-1954/art4-1-us@USA': honouredLedger('forces'),
        'seato-1954/art4-1@THA': honouredLedger('materiel'),
        'seato-1954/art4-1@GBR': honouredLedger('diplomatic'),
        'seato-1954/art4-1@PAK': honouredLedger('diplomatic'),
      },
      relations: [
        { between: ['DRV', 'RVN'], rung: 'war', war: 'hostilities', initiator: 'DRV' },
        { between: ['USA', 'DRV'], rung: 'war', war: 'hostilities', initiator: 'DRV' },
        { between: ['THA', 'DRV'], rung: 'crisis' },
        { between: ['GBR', 'DRV'], rung: 'tension' },
      ],
    },
  },
  {
    id: 'S54-02',
    title: 'The US Understanding: India\'s attack on West Pakistan (6 Sep 1965) is no communist aggression — the US Art. IV(1) duty stays dormant and the US consults instead; the UK\'s and Thailand\'s duties are met',
    source: `${SRC_IV}; ${SRC_US}; ${SRC_AREA}; ${SRC_1965}`,
    interpretation: 'Read literally, without the Art. 51 qualifier (compare S54-03): an armed attack by India on Pakistan in the treaty area (West Pakistan lies in it as an "entire territory" of an Asian party) meets Art. IV(1) for the parties that made no reservation. For the United States the Understanding confines Art. IV(1) to communist aggression and promises consultation under Art. IV(2) for any other armed attack: its defence clause is coded `by: { tag: communist }` (the DRV and China carry the tag; India does not) and is not met (nothing is recorded), its consultation clause `by: { except: { tag: communist } }` is met and honoured at consult (the story says why: India is not communist on the day of the attack). The Kashmir infiltration of August is left out, so India begins the war here. The UK\'s and Thailand\'s levels are pinned at diplomatic (the case examines the Understanding, not what they did).',
    yaml: scenario('S54-02', 'India–Pakistan 1965, literal reading', '{ start: 1965-09-05, tick: day, horizon: 4 }', LAHORE),
    situation: 'event',
    decisions: { 'respond seato-1954/art4-1@GBR': 'honour:diplomatic', 'respond seato-1954/art4-1@THA': 'honour:diplomatic' },
    expect: {
      obligations: {
        ...all(SEATO_1954_KEYS, DORMANT),
        'seato-1954/us-other@USA': { state: 'honoured', level: 'consult' },
        'seato-1954/art4-1@GBR': { state: 'honoured', level: 'diplomatic' },
        'seato-1954/art4-1@THA': { state: 'honoured', level: 'diplomatic' },
      },
      ledger: {
        'seato-1954/us-other@USA': honouredLedger('consult'),
        'seato-1954/art4-1@GBR': honouredLedger('diplomatic'),
        'seato-1954/art4-1@THA': honouredLedger('diplomatic'),
      },
      relations: [
        { between: ['IND', 'PAK'], rung: 'war', war: 'hostilities', initiator: 'IND' },
        { between: ['USA', 'IND'], rung: 'peace' },
        { between: ['GBR', 'IND'], rung: 'tension' },
      ],
    },
  },
  {
    id: 'S54-03',
    title: 'India–Pakistan 1965 read with Art. 51: Pakistan began the war episode in Kashmir (5 Aug), so India\'s attack of 6 Sep is no casus for Art. IV(1) — only the US consultation clause, which has no such qualifier, is met',
    source: `${SRC_IV}; ${SRC_US}; ${SRC_1965}; the Senate report on the treaty (the pact "is based on article 51": https://books.google.com.tw/books?id=vEI3AAAAIAAJ&pg=PA924)`,
    interpretation: 'Art. IV(1) itself does not cite Art. 51; the reading that it is an exercise of collective self-defence is the Senate report\'s, coded unprovoked: true on the defence clauses. The armed infiltration of Indian-administered Kashmir from 5 Aug 1965 (written as a use of force by Pakistan on India, outside the treaty area) opens the war episode with Pakistan as its initiator; India\'s attack on West Pakistan on 6 Sep belongs to that episode, Pakistan stands on the initiator\'s side, and no Art. IV(1) clause is met. The US consultation promised by the Understanding for "other aggression or armed attack" carries no Art. 51 condition and is honoured at consult. India\'s attack reached the war rung, so pair by pair India would have begun the hostilities; the casus is judged over the episode, not the pair (semantics.md, "War episodes"), and the pair\'s record follows the episode too: India struck from the defending side at the side that began it, so the India–Pakistan war is recorded as begun by Pakistan. This is the reading under which Pakistan\'s allies owed it nothing in 1965.',
    yaml: scenario('S54-03', 'India–Pakistan 1965, Art. 51 reading', CLOCK_KASHMIR, `${INFILTRATION}\n${LAHORE}`, { unprovoked: true }),
    situation: 'event',
    expect: {
      obligations: { ...all(SEATO_1954_KEYS, DORMANT), 'seato-1954/us-other@USA': { state: 'honoured', level: 'consult' } },
      ledger: { 'seato-1954/us-other@USA': honouredLedger('consult') },
      events: [{ kind: 'obligation', detail: 'judged', date: '1965-09-06' }],
      relations: [
        { between: ['IND', 'PAK'], rung: 'war', war: 'hostilities', initiator: 'PAK' },
        { between: ['GBR', 'IND'], rung: 'peace' },
        { between: ['THA', 'IND'], rung: 'peace' },
      ],
    },
  },
  {
    id: 'S54-04',
    title: 'Art. VIII: a Chinese attack on Hong Kong, north of 21°30′ N, is outside the treaty area — communist aggression on a party engages nothing',
    source: `${SRC_AREA}; ${SRC_US}`,
    interpretation: 'A hypothetical attack. Art. VIII limits the area on the north at 21°30′ N, which the US analysis read as leaving out Formosa, Hong Kong, Korea and Japan. The attack is by a communist state on a party, so the US clause\'s `by` is met, but the place is not: every clause stays dormant and nothing is recorded.',
    yaml: scenario('S54-04', 'Hong Kong', '{ start: 1965-03-01, tick: day, horizon: 3 }', '      - { at: 1, effect: { armedAttack: { by: CHN, on: GBR, in: hong_kong, intensity: war } } }'),
    situation: 'event',
    expect: {
      obligations: all(SEATO_1954_KEYS, DORMANT),
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['CHN', 'GBR'], rung: 'war' }, { between: ['USA', 'CHN'], rung: 'peace' }],
    },
  },
  {
    id: 'S54-05',
    title: 'Art. IV(2): a threat to Laos, a protocol state, calls every party to consult',
    source: `${SRC_IV}; ${SRC_PROTOCOL}`,
    interpretation: 'A hypothetical threat by the DRV against Laos (in the spirit of the 1961–62 Laotian crisis, not modelled here). Art. IV(2) applies to a party "or any other State or territory" to which Art. IV(1) applies, so the protocol states are its beneficiaries too: the four written parties consult; no relation moves.',
    yaml: scenario('S54-05', 'Threat to Laos', '{ start: 1961-03-20, tick: day, horizon: 2 }', '      - { at: 1, effect: { threat: { by: DRV, on: LAO } } }'),
    situation: 'event',
    expect: {
      obligations: {
        ...all(SEATO_1954_KEYS, DORMANT),
        ...all(['USA', 'GBR', 'THA', 'PAK'].map((p) => `seato-1954/art4-2@${p}`), { state: 'honoured', level: 'consult' }),
      },
      ledger: Object.fromEntries(['USA', 'GBR', 'THA', 'PAK'].map((p) => [`seato-1954/art4-2@${p}`, honouredLedger('consult')])),
      relations: [{ between: ['DRV', 'LAO'], rung: 'peace' }],
    },
  },
];
