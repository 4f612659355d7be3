/**
 * The Brussels Treaty (17 Mar 1948) as modified by the Paris Protocol of 23 Oct 1954 (in force 6 May
 * 1955; the Western European Union, ended 30 June 2011): Art. V, a party the object of an armed
 * attack in Europe receives from the others, in accordance with UN Charter Art. 51, "all the military
 * and other aid and assistance in their power" — an automatic commitment, against NATO Art. 5's
 * "such action as it deems necessary". The same four states are written as NATO allies, so each case
 * shows both clauses side by side. Source: facts.md §1o (and §1g for NATO).
 */
import { all, DORMANT, honouredLedger, type ConformanceCase } from '../case.js';
import { actors, brussels1954, BRUSSELS_1954_KEYS, eventScenario, nato1949, natoKeys } from '../fragments.js';

const SRC_V = 'facts.md §1o Art. V (UK House of Commons Defence Committee, 2000, annex: https://publications.parliament.uk/pa/cm199900/cmselect/cmdfence/264/26413.htm); in force 6 May 1955 (https://www.cvce.eu/en/obj/modified_brussels_treaty_paris_23_october_1954-en-7d182408-0ff6-432e-b793-0d1065ebe695.html)';
const SRC_NATO = 'facts.md §1g (NATO Art. 5); Art. 6 with "the Algerian departments of France" (63 Stat. 2245, French text: https://en.m.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_63_Part_2.djvu/945)';

const PARTIES = ['GBR', 'FRA', 'FRG', 'BEL'];
const KEYS = [...BRUSSELS_1954_KEYS, ...natoKeys(PARTIES)];

const scenario = (id: string, title: string, clock: string, inject: string): string => eventScenario({
  id, title, clock, inject,
  version: '1.1',
  regions: `regions:
  art6_area: { name: North Atlantic Treaty Art. 6 area }
  europe: { within: art6_area, name: Europe (Brussels Treaty Art. V; part of the NATO Art. 6 area) }
  britain: { within: europe, administeredBy: GBR }
  france: { within: europe, administeredBy: FRA }
  west_germany: { within: europe, administeredBy: FRG }
  belgium: { within: europe, administeredBy: BEL }
  soviet_union: { within: europe, administeredBy: SUN }
  algeria: { within: art6_area, administeredBy: FRA, name: "Algerian departments of France (NATO Art. 6 until 1962; not in Europe)" }
  egypt: { administeredBy: EGY }
  falklands: { administeredBy: GBR, claimedBy: [ARG], name: "Falkland Islands (South Atlantic)" }
  argentina: { administeredBy: ARG }`,
  actors: actors(
    { GBR: 'United Kingdom', FRA: 'France', FRG: 'West Germany', BEL: 'Belgium', SUN: 'Soviet Union', EGY: 'Egypt', ARG: 'Argentina' },
    { GBR: 'nuclear: true, territory: britain', FRA: 'territory: france', FRG: 'territory: west_germany', BEL: 'territory: belgium', SUN: 'nuclear: true, territory: soviet_union', EGY: 'territory: egypt', ARG: 'territory: argentina' },
  ),
  pacts: `${brussels1954()}\n${nato1949(PARTIES)}`,
  outcomes: '  british_war: { when: { posture: { actor: GBR, atLeast: war } } }',
});

export const BRUSSELS_1954_CASES: ConformanceCase[] = [
  {
    id: 'B54-01',
    title: 'Art. V is automatic: a hypothetical attack on West Germany engages every other party at forces without a choice of level, while NATO Art. 5 leaves each its own (pinned at consult)',
    source: `${SRC_V}; ${SRC_NATO}`,
    interpretation: '"All the military and other aid and assistance in their power" leaves no choice of means: coded as exactly forces (levels default to atLeast alone, so the model\'s level draw can only give forces and nothing is pinned). NATO Art. 5 ("such action as it deems necessary") is discretionary: pinned at consult for the three allies, to show that the WEU clause alone brings them into the fight. A hypothetical Soviet attack on West German territory in 1961.',
    yaml: scenario('B54-01', 'Attack on West Germany', '{ start: 1961-08-01, tick: day, horizon: 3 }', '      - { at: 1, effect: { armedAttack: { by: SUN, on: FRG, in: west_germany, intensity: war } } }'),
    situation: 'event',
    decisions: Object.fromEntries(['GBR', 'FRA', 'BEL'].map((p) => [`respond nato-1949/art5@${p}`, 'honour:consult'])),
    expect: {
      obligations: {
        ...all(KEYS, DORMANT),
        ...all(['GBR', 'FRA', 'BEL'].map((p) => `brussels-1954/art5@${p}`), { state: 'honoured', level: 'forces' }),
        ...all(['GBR', 'FRA', 'BEL'].map((p) => `nato-1949/art5@${p}`), { state: 'honoured', level: 'consult' }),
      },
      ledger: {
        ...Object.fromEntries(['GBR', 'FRA', 'BEL'].map((p) => [`brussels-1954/art5@${p}`, honouredLedger('forces')])),
        ...Object.fromEntries(['GBR', 'FRA', 'BEL'].map((p) => [`nato-1949/art5@${p}`, honouredLedger('consult')])),
      },
      relations: [
        { between: ['SUN', 'FRG'], rung: 'war', war: 'hostilities', initiator: 'SUN' },
        { between: ['GBR', 'SUN'], rung: 'war', war: 'hostilities', initiator: 'SUN' },
        { between: ['BEL', 'SUN'], rung: 'war' },
      ],
    },
  },
  {
    id: 'B54-02',
    title: 'Falklands, 2 Apr 1982: an attack on British territory in the South Atlantic is not "in Europe" — neither the WEU nor the NATO duty is engaged',
    source: `${SRC_V}; ${SRC_NATO}; the invasion: facts.md §1l "Falklands, 1982" (https://todayshistory.org/2-april-1982-7/18563/)`,
    interpretation: 'Art. V covers an armed attack "in Europe"; the Falklands lie outside it, and outside the NATO Art. 6 area (compare N49-02). Every duty stays dormant and nothing is recorded; the war stays between Argentina and the United Kingdom.',
    yaml: scenario('B54-02', 'Falklands 1982', '{ start: 1982-04-01, tick: day, horizon: 3 }', '      - { at: 1982-04-02, effect: { armedAttack: { by: ARG, on: GBR, in: falklands, intensity: war } } }'),
    situation: 'event',
    expect: {
      obligations: all(KEYS, DORMANT),
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['ARG', 'GBR'], rung: 'war', initiator: 'ARG' }, { between: ['FRA', 'ARG'], rung: 'peace' }],
    },
  },
  {
    id: 'B54-03',
    title: 'Algeria before 1962: NATO Art. 6 named the Algerian departments of France, the WEU\'s Art. V only Europe — a hypothetical attack there engages the NATO duty and not the WEU one',
    source: `${SRC_V}; ${SRC_NATO}`,
    interpretation: 'A hypothetical attack by a state (written as Egypt, for illustration only) on France in Algeria in 1958. The Algerian departments are written inside the NATO Art. 6 area and outside Europe, so the same act meets one treaty and not the other: the WEU duties stay dormant, the NATO duties are judged met and honoured at the pinned level (consult).',
    yaml: scenario('B54-03', 'Algeria 1958', '{ start: 1958-03-01, tick: day, horizon: 3 }', '      - { at: 1, effect: { armedAttack: { by: EGY, on: FRA, in: algeria, intensity: use_of_force } } }'),
    situation: 'event',
    decisions: Object.fromEntries(['GBR', 'FRG', 'BEL'].map((p) => [`respond nato-1949/art5@${p}`, 'honour:consult'])),
    expect: {
      obligations: {
        ...all(KEYS, DORMANT),
        ...all(['GBR', 'FRG', 'BEL'].map((p) => `nato-1949/art5@${p}`), { state: 'honoured', level: 'consult' }),
      },
      ledger: Object.fromEntries(['GBR', 'FRG', 'BEL'].map((p) => [`nato-1949/art5@${p}`, honouredLedger('consult')])),
      relations: [{ between: ['EGY', 'FRA'], rung: 'clash' }, { between: ['GBR', 'EGY'], rung: 'peace' }],
    },
  },
];
