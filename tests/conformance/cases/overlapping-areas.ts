/**
 * Overlapping treaty areas: one region lying within several areas at once. NATO Art. 5 covers an
 * armed attack on a party "in Europe or North America" (the Art. 6 area); US–ROK Art. III an armed
 * attack "in the Pacific area" on either party in territory under its administrative control;
 * US–Japan Art. V an armed attack on either party "in the territories under the administration of
 * Japan". Alaska is in North America and borders the Pacific, so one attack there can meet the
 * clauses of two treaties; Hawaii and the US mainland each meet one. Sources: facts.md §1d, §1e,
 * §1g, §1h.
 */
import { all, DORMANT, honouredLedger, type ConformanceCase } from '../case.js';
import {
  actors, eventScenario, nato1949, natoKeys, usJpn1960, US_JPN_1960_KEYS, usRok1953, US_ROK_1953_KEYS,
} from '../fragments.js';

const SRC = 'facts.md §1g Art. 5 "in Europe or North America" (http://www.wordscope.be/anglais/francais/more+concerted+collective.html); '
  + '§1d US–ROK Art. III "armed attack in the Pacific area … in territory under its administrative control" (FRUS 1952–54 XV doc. 670: https://history.state.gov/historicaldocuments/frus1952-54v15p2/d670); '
  + '§1e US–Japan Art. V "in the territories under the administration of Japan" (https://www.cia.gov/readingroom/document/cia-rdp07-00469r000100950001-2); §1h geographic scope column';

const NATO_PARTIES = ['USA', 'CAN', 'GBR'];
const KEYS = [...natoKeys(NATO_PARTIES), ...US_ROK_1953_KEYS, ...US_JPN_1960_KEYS];

/*
 * The areas as regions. Alaska lists the US homeland first, so it inherits US administration from
 * there (the first parent that has an administrator); the Aleutians list the Pacific area first,
 * which has none, so their administrator comes from their second parent, Alaska.
 */
const REGIONS = `regions:
  art6_area: { name: North Atlantic Treaty Art. 6 area }
  europe: { within: art6_area }
  north_america: { within: art6_area }
  pacific_area: { name: Pacific area (US–ROK Art. III) }
  usa: { within: north_america, administeredBy: USA, name: United States (contiguous) }
  alaska: { within: [usa, pacific_area], name: Alaska }
  aleutians: { within: [pacific_area, alaska], name: Aleutian Islands }
  hawaii: { within: pacific_area, administeredBy: USA, name: Hawaii }
  canada: { within: north_america, administeredBy: CAN }
  britain: { within: europe, administeredBy: GBR }
  japan: { within: pacific_area, administeredBy: JPN, name: territories under the administration of Japan }
  northern_territories: { within: [pacific_area], administeredBy: RUS, claimedBy: [JPN], name: Northern Territories / Southern Kurils }
  rok: { within: pacific_area, administeredBy: ROK }
  dprk: { within: pacific_area, administeredBy: PRK }`;

const scenario = (id: string, title: string, inject: string): string => eventScenario({
  id, title, clock: '{ start: 2025-03-03, tick: day, horizon: 3 }', inject, version: '1.1', regions: REGIONS,
  actors: actors(
    { USA: 'United States', CAN: 'Canada', GBR: 'United Kingdom', ROK: 'Republic of Korea', JPN: 'Japan', PRK: 'DPRK', RUS: 'Russia' },
    { USA: 'nuclear: true, territory: usa', CAN: 'territory: canada', GBR: 'nuclear: true, territory: britain', ROK: 'territory: rok', JPN: 'territory: japan', PRK: 'nuclear: true, territory: dprk', RUS: 'nuclear: true' },
  ),
  pacts: `${nato1949(NATO_PARTIES)}\n${usRok1953()}\n${usJpn1960()}`,
  outcomes: '  us_at_war: { when: { posture: { actor: USA, atLeast: war } } }',
});

const attack = (by: string, on: string, region: string): string => `      - { at: 1, effect: { armedAttack: { by: ${by}, on: ${on}, in: ${region}, intensity: 5 } } }`;

/** NATO allies and the ROK each pick their level; the cases pin forces for NATO and materiel for the ROK. */
const PINS = {
  'respond nato-1949/art5@CAN': 'honour:forces',
  'respond nato-1949/art5@GBR': 'honour:forces',
  'respond us-rok-1953/art3@ROK': 'honour:materiel',
};

export const OVERLAPPING_AREAS_CASES: ConformanceCase[] = [
  {
    id: 'OA-01',
    title: 'Alaska lies in both NATO\'s North America and the US–ROK Pacific area: one DPRK attack engages NATO Art. 5 and US–ROK Art. III',
    source: SRC,
    interpretation: 'Alaska is in North America (so in the Art. 6 area) and borders the Pacific, so it is read as in the "Pacific area" of US–ROK Art. III; it is written within: [usa, pacific_area] and inherits US administration from usa. Canada and the UK each honour Art. 5 (pinned forces); the ROK honours Art. III (pinned materiel) one day later (constitutional processes). US–Japan Art. V is not engaged: Alaska is not administered by Japan.',
    yaml: scenario('OA-01', 'Alaska', attack('PRK', 'USA', 'alaska')),
    situation: 'event',
    decisions: PINS,
    expect: {
      obligations: {
        ...all(KEYS, DORMANT),
        'nato-1949/art5@CAN': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@GBR': { state: 'honoured', level: 'forces' },
        'us-rok-1953/art3@ROK': { state: 'honoured', level: 'materiel' },
      },
      ledger: {
        'nato-1949/art5@CAN': honouredLedger('forces'),
        'nato-1949/art5@GBR': honouredLedger('forces'),
        'us-rok-1953/art3@ROK': honouredLedger('materiel'),
      },
      events: [
        { kind: 'armedAttack', actor: 'PRK', target: 'USA', region: 'alaska', date: '2025-03-04' },
        { kind: 'obligation', detail: 'honoured', actor: 'ROK', date: '2025-03-05' },
      ],
      relations: [
        { between: ['CAN', 'PRK'], rung: 'war', war: 'hostilities' },
        { between: ['ROK', 'PRK'], rung: 'crisis', war: 'none' },
      ],
    },
  },
  {
    id: 'OA-02',
    title: 'The Aleutians list the Pacific area first: their administrator comes from the next parent (Alaska, hence the US), and both treaties are engaged',
    source: SRC,
    interpretation: 'within: [pacific_area, alaska]. The Pacific area has no administrator, so the first parent that yields one is Alaska, which inherits the US from usa: the attack is in territory under US administration, in the Pacific area and (through Alaska) in North America. Written order of within decides only where an administrator comes from, never whether a region lies within an area.',
    yaml: scenario('OA-02', 'Aleutians', attack('PRK', 'USA', 'aleutians')),
    situation: 'event',
    decisions: PINS,
    expect: {
      obligations: {
        ...all(KEYS, DORMANT),
        'nato-1949/art5@CAN': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@GBR': { state: 'honoured', level: 'forces' },
        'us-rok-1953/art3@ROK': { state: 'honoured', level: 'materiel' },
      },
      ledger: {
        'nato-1949/art5@CAN': honouredLedger('forces'),
        'nato-1949/art5@GBR': honouredLedger('forces'),
        'us-rok-1953/art3@ROK': honouredLedger('materiel'),
      },
    },
  },
  {
    id: 'OA-03',
    title: 'Hawaii is in the Pacific area but not in North America: the same attack engages US–ROK Art. III only',
    source: `${SRC}; Hawaii outside the Art. 6 area (general knowledge, not in facts.md; see also N49-03)`,
    interpretation: 'Hawaii has one parent, the Pacific area. NATO Art. 5 (Europe or North America) is not met, so no ally judges anything; the ROK honours Art. III.',
    yaml: scenario('OA-03', 'Hawaii', attack('PRK', 'USA', 'hawaii')),
    situation: 'event',
    decisions: { 'respond us-rok-1953/art3@ROK': 'honour:materiel' },
    expect: {
      obligations: { ...all(KEYS, DORMANT), 'us-rok-1953/art3@ROK': { state: 'honoured', level: 'materiel' } },
      ledger: { 'us-rok-1953/art3@ROK': honouredLedger('materiel') },
    },
  },
  {
    id: 'OA-04',
    title: 'The contiguous United States is in North America but not in the Pacific area: the same attack engages NATO Art. 5 only',
    source: SRC,
    interpretation: 'The US mainland is written within north_america only. US–ROK Art. III is limited to the Pacific area, so the ROK judges nothing; Canada and the UK honour Art. 5.',
    yaml: scenario('OA-04', 'US mainland', attack('PRK', 'USA', 'usa')),
    situation: 'event',
    decisions: { 'respond nato-1949/art5@CAN': 'honour:forces', 'respond nato-1949/art5@GBR': 'honour:forces' },
    expect: {
      obligations: {
        ...all(KEYS, DORMANT),
        'nato-1949/art5@CAN': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@GBR': { state: 'honoured', level: 'forces' },
      },
      ledger: {
        'nato-1949/art5@CAN': honouredLedger('forces'),
        'nato-1949/art5@GBR': honouredLedger('forces'),
      },
    },
  },
  {
    id: 'OA-05',
    title: 'The Northern Territories lie in the Pacific area but are administered by Russia: an attack on Japanese forces there engages no treaty',
    source: `${SRC}; §1e "Administration test": the State Dept has said Art. V does not cover the Northern Territories because Japan does not administer them`,
    interpretation: 'The region names its own administrator (Russia), which wins over anything its parents would give; Japan only claims it. US–Japan Art. V asks for territory under the administration of Japan, so the US judges nothing; US–ROK Art. III does not protect Japan.',
    yaml: scenario('OA-05', 'Northern Territories', attack('RUS', 'JPN', 'northern_territories')),
    situation: 'event',
    expect: {
      obligations: all(KEYS, DORMANT),
      relations: [{ between: ['RUS', 'JPN'], rung: 'war', war: 'hostilities', initiator: 'RUS' }],
    },
  },
];
