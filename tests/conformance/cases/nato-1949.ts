/**
 * North Atlantic Treaty (4 Apr 1949), Art. 5 for contrast: an armed attack on one or more parties
 * in Europe or North America (the Art. 6 area, as regions) is an attack on all; each ally takes
 * "such action as it deems necessary" — a discretionary response. Source: facts.md §1g.
 */
import { DORMANT, NOT_IN_FORCE, all, honouredLedger, type ConformanceCase } from '../case.js';
import { actors, eventScenario, nato1949, natoKeys, type Membership } from '../fragments.js';

const SRC = 'facts.md §1g Art. 5 (http://www.wordscope.be/anglais/francais/more+concerted+collective.html) and §1h (ATOP 3180 defcoloc = 1); Art. 6 area from the treaty text (not in facts.md)';

const REGIONS = `regions:
  art6_area: { name: North Atlantic Treaty Art. 6 area }
  europe: { within: art6_area }
  north_america: { within: art6_area }
  estonia: { within: europe, administeredBy: EST }
  narva: { within: estonia }
  usa: { within: north_america, administeredBy: USA }
  hawaii: { administeredBy: USA, name: "Hawaii (Pacific, outside the Art. 6 area)" }
  falklands: { administeredBy: GBR, claimedBy: [ARG], name: "Falkland Islands (South Atlantic, south of the Tropic of Cancer)" }
  britain: { within: europe, administeredBy: GBR }`;

/** The Art. 6 area with only the places a membership case needs (each region's administrator must be declared). */
const areaWith = (places: string): string => `regions:
  art6_area: { name: North Atlantic Treaty Art. 6 area }
  europe: { within: art6_area }
  north_america: { within: art6_area }
  usa: { within: north_america, administeredBy: USA }
  britain: { within: europe, administeredBy: GBR }
${places}`;
const AREA_1952 = areaWith('  thrace: { within: europe, administeredBy: TUR, name: "Eastern Thrace (Turkey in Europe)" }');
const AREA_1982 = areaWith('');
const AREA_2024 = areaWith(`  estonia: { within: europe, administeredBy: EST }
  finland: { within: europe, administeredBy: FIN }
  gotland: { within: europe, administeredBy: SWE }`);

const scenario = (id: string, title: string, parties: readonly string[], names: Record<string, string>, clock: string, inject: string, dated: Membership = {}, regions = REGIONS): string => eventScenario({
  id, title, clock, inject, regions: regions.trimEnd(),
  version: '1.4',
  actors: actors(names, { USA: 'nuclear: true, territory: usa', GBR: 'nuclear: true, territory: britain', FRA: 'nuclear: true', RUS: 'nuclear: true', EST: 'territory: estonia', TUR: 'territory: thrace', FIN: 'territory: finland', SWE: 'territory: gotland' }),
  pacts: nato1949(parties, dated),
  outcomes: '  alliance_war: { when: { posture: { actor: USA, atLeast: war } } }',
});

// Membership dates (facts.md §1q): Greece and Turkey, 18 Feb 1952; Spain, 30 May 1982; Finland, 4 Apr 2023; Sweden, 7 Mar 2024.
const SRC_ACCESSION = 'facts.md §1q; Art. 10 (accession by depositing an instrument with the US Government)';
const SRC_1952 = `${SRC_ACCESSION}; Greece and Turkey, 18 Feb 1952 (https://www.nato.int/cps/en/natohq/news_84445.htm; FRUS 1951 III/1 d380: https://history.state.gov/historicaldocuments/frus1951v03p1/d380)`;
const PARTIES_1952 = ['USA', 'GBR', 'FRA', 'GRC', 'TUR'];
const NAMES_1952 = { USA: 'United States', GBR: 'United Kingdom', FRA: 'France', GRC: 'Greece', TUR: 'Turkey', RUS: 'USSR' };
const DATED_1952: Membership = { GRC: { from: '1952-02-18' }, TUR: { from: '1952-02-18' } };
const PARTIES_SPAIN = ['USA', 'GBR', 'FRA', 'CAN', 'ESP'];
const NAMES_SPAIN = { USA: 'United States', GBR: 'United Kingdom', FRA: 'France', CAN: 'Canada', ESP: 'Spain', RUS: 'USSR' };
const PARTIES_2024 = ['USA', 'GBR', 'EST', 'FIN', 'SWE'];
const NAMES_2024 = { USA: 'United States', GBR: 'United Kingdom', EST: 'Estonia', FIN: 'Finland', SWE: 'Sweden', RUS: 'Russia' };
const DATED_2024: Membership = { FIN: { from: '2023-04-04' }, SWE: { from: '2024-03-07' } };

const PARTIES_2025 = ['USA', 'GBR', 'FRA', 'DEU', 'EST'];
const NAMES_2025 = { USA: 'United States', GBR: 'United Kingdom', FRA: 'France', DEU: 'Germany', EST: 'Estonia', RUS: 'Russia', ARG: 'Argentina' };
const PARTIES_1982 = ['USA', 'GBR', 'FRA', 'CAN'];
const NAMES_1982 = { USA: 'United States', GBR: 'United Kingdom', FRA: 'France', CAN: 'Canada', RUS: 'USSR', ARG: 'Argentina', EST: 'Estonian SSR' };

/** One war on two Baltic fronts, or with two attackers (Russia and Belarus, declared allies). */
const BALTIC_REGIONS = `regions:
  art6_area: { name: North Atlantic Treaty Art. 6 area }
  europe: { within: art6_area }
  north_america: { within: art6_area }
  usa: { within: north_america, administeredBy: USA }
  estonia: { within: europe, administeredBy: EST }
  latvia: { within: europe, administeredBy: LVA }`;
const PARTIES_BALTIC = ['USA', 'EST', 'LVA'];
const balticScenario = (id: string, title: string, inject: string): string => eventScenario({
  id, title, clock: '{ start: 2025-03-03, tick: day, horizon: 5 }', inject, regions: BALTIC_REGIONS,
  version: '1.5',
  actors: actors({ USA: 'United States', EST: 'Estonia', LVA: 'Latvia', RUS: 'Russia', BLR: 'Belarus' }, { USA: 'nuclear: true, territory: usa', RUS: 'nuclear: true', EST: 'territory: estonia', LVA: 'territory: latvia' }),
  pacts: nato1949(PARTIES_BALTIC),
  extra: `relations:
  - { between: [RUS, BLR], alignment: ally, note: "Collective Security Treaty parties (facts.md §1p)" }`,
  outcomes: '  alliance_war: { when: { posture: { actor: USA, atLeast: war } } }',
});
/** Each ally's pinned answer, the lowest level (it moves no relation, so only the judgments differ). */
const CONSULT_PINS = { 'respond nato-1949/art5@USA': 'honour:consult', 'respond nato-1949/art5@EST': 'honour:consult', 'respond nato-1949/art5@LVA': 'honour:consult' };
const TWICE = [...honouredLedger('consult'), ...honouredLedger('consult')];

export const NATO_1949_CASES: ConformanceCase[] = [
  {
    id: 'N49-01',
    title: 'Art. 5: an attack on Estonia (Narva) engages every other ally, each at the level it deems necessary',
    source: SRC,
    interpretation: '"Such action as it deems necessary, including the use of armed force": response atLeast consult with equal weights on consult…forces; each ally\'s choice is pinned (US and UK forces, France materiel, Germany diplomatic). Estonia, the attacked party, has no duty toward itself. NATO members are a subset for brevity.',
    yaml: scenario('N49-01', 'Narva', PARTIES_2025, NAMES_2025, '{ start: 2025-03-03, tick: day, horizon: 2 }', '      - { at: 1, effect: { armedAttack: { by: RUS, on: EST, in: narva, intensity: 5 } } }'),
    situation: 'event',
    decisions: {
      'respond nato-1949/art5@USA': 'honour:forces',
      'respond nato-1949/art5@GBR': 'honour:forces',
      'respond nato-1949/art5@FRA': 'honour:materiel',
      'respond nato-1949/art5@DEU': 'honour:diplomatic',
    },
    expect: {
      obligations: {
        'nato-1949/art5@USA': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@GBR': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@FRA': { state: 'honoured', level: 'materiel' },
        'nato-1949/art5@DEU': { state: 'honoured', level: 'diplomatic' },
        'nato-1949/art5@EST': { state: 'dormant' },
      },
      ledger: {
        'nato-1949/art5@USA': honouredLedger('forces'),
        'nato-1949/art5@GBR': honouredLedger('forces'),
        'nato-1949/art5@FRA': honouredLedger('materiel'),
        'nato-1949/art5@DEU': honouredLedger('diplomatic'),
      },
      relations: [
        { between: ['USA', 'RUS'], rung: 'war', war: 'hostilities', initiator: 'RUS' },
        { between: ['FRA', 'RUS'], rung: 'crisis', war: 'none' },
        { between: ['DEU', 'RUS'], rung: 'tension', war: 'none' },
      ],
    },
  },
  {
    id: 'N49-02',
    title: 'Art. 5: the Falklands, 2 Apr 1982 — an attack on British territory south of the Tropic of Cancer does not engage the allies',
    source: `${SRC}; the Falklands War is a textbook case of an attack outside the Art. 6 area (general knowledge, not in facts.md)`,
    interpretation: 'The Art. 6 area covers the parties\' territory in Europe and North America and North Atlantic islands north of the Tropic of Cancer; the Falklands lie outside it, whoever administers them.',
    yaml: scenario('N49-02', 'Falklands', PARTIES_1982, NAMES_1982, '{ start: 1982-04-01, tick: day, horizon: 2 }', '      - { at: 1982-04-02, effect: { armedAttack: { by: ARG, on: GBR, in: falklands, intensity: 5 } } }'),
    situation: 'event',
    expect: {
      obligations: all(natoKeys(PARTIES_1982), DORMANT),
      relations: [{ between: ['ARG', 'GBR'], rung: 'war', war: 'hostilities', initiator: 'ARG' }],
    },
  },
  {
    id: 'N49-03',
    title: 'Art. 5: an attack on Hawaii (Pacific, outside the Art. 6 area) does not engage the allies; the same attack on the US mainland does',
    source: SRC,
    interpretation: 'Hawaii is not in Europe or North America nor a North Atlantic island, so Art. 6 leaves it out (the common reading since 1949). The mainland attack the next day belongs to the same war, but the Hawaii attack was never a casus, so the mainland attack is the first (and only) judgment of that war episode.',
    yaml: scenario('N49-03', 'Hawaii and the mainland', PARTIES_2025, NAMES_2025, '{ start: 2025-03-03, tick: day, horizon: 3 }', `      - { at: 1, effect: { armedAttack: { by: RUS, on: USA, in: hawaii, intensity: 5 } } }
      - { at: 2, effect: { armedAttack: { by: RUS, on: USA, in: usa, intensity: 5 } } }`),
    situation: 'event',
    decisions: {
      'respond nato-1949/art5@GBR': 'honour:forces',
      'respond nato-1949/art5@FRA': 'honour:forces',
      'respond nato-1949/art5@DEU': 'honour:forces',
      'respond nato-1949/art5@EST': 'honour:consult',
    },
    expect: {
      obligations: {
        'nato-1949/art5@USA': { state: 'dormant' },
        'nato-1949/art5@GBR': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@FRA': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@DEU': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@EST': { state: 'honoured', level: 'consult' },
      },
      events: [
        { kind: 'armedAttack', region: 'hawaii', date: '2025-03-04' },
        { kind: 'armedAttack', region: 'usa', date: '2025-03-05' },
        { kind: 'obligation', detail: 'judged', date: '2025-03-05' },
      ],
      absent: [{ kind: 'obligation', date: '2025-03-04' }],
    },
  },
  {
    id: 'N49-04',
    title: 'Turkey, 1 Oct 1951 (hypothetical): an attack on Turkey in Europe after the Ottawa invitation but before its accession is no casus — no ally judges it',
    source: SRC_1952,
    interpretation: 'Turkey and Greece were invited on 20 Sep 1951 and became parties on 18 Feb 1952, the day their instruments of accession were deposited with the US (NATO\'s date; a FRUS editorial note gives 15 Feb [UNVERIFIED which]). Written as parties `from: 1952-02-18`. A Soviet attack on Eastern Thrace (Turkey in Europe, inside the original Art. 6 area, so the area of the 1951 protocol is not what decides) on 1 Oct 1951 is an attack on a state not yet a party: as a war begun before entry into force is no casus (R24-03), an attack before accession is none; no obligation records anything. The duties of Greece and Turkey are not yet in force (machine state not_in_force).',
    yaml: scenario('N49-04', 'Turkey before accession', PARTIES_1952, NAMES_1952, '{ start: 1951-09-30, tick: day, horizon: 2 }', '      - { at: 1951-10-01, effect: { armedAttack: { by: RUS, on: TUR, in: thrace, intensity: war } } }', DATED_1952, AREA_1952),
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'], // a pact or party outside the run, on purpose
    expect: {
      obligations: { ...all(natoKeys(['USA', 'GBR', 'FRA']), DORMANT), ...all(natoKeys(['GRC', 'TUR']), NOT_IN_FORCE) },
      ledger: { 'nato-1949/art5@GRC': [], 'nato-1949/art5@TUR': [] },
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['RUS', 'TUR'], rung: 'war', war: 'hostilities', initiator: 'RUS' }, { between: ['USA', 'RUS'], rung: 'peace' }],
    },
  },
  {
    id: 'N49-05',
    title: 'Turkey, Feb 1952 (hypothetical): a war begun on 16 Feb is not judged when Turkey accedes on 18 Feb; the next attack, on 19 Feb, engages every ally, Greece included',
    source: `${SRC_1952}; docs/semantics.md "Membership dates" (an accession is no casus, as entry into force is none: R24-03)`,
    interpretation: 'The accession rule read as the entry-into-force rule: the attack of 16 Feb 1952, two days before the deposit, concerns no ally; on 18 Feb the duties of Greece and Turkey enter into force (event in_force, cause pact:nato-1949) and Turkey becomes a protected party, but the war under way is not judged then; the attack of 19 Feb in the same war is the first casus. Levels pinned: the US at forces, the UK at materiel, France diplomatic, Greece consult.',
    yaml: scenario('N49-05', 'Turkey across its accession', PARTIES_1952, NAMES_1952, '{ start: 1952-02-15, tick: day, horizon: 5 }', `      - { at: 1952-02-16, effect: { armedAttack: { by: RUS, on: TUR, in: thrace, intensity: war } } }
      - { at: 1952-02-19, effect: { armedAttack: { by: RUS, on: TUR, in: thrace, intensity: war } } }`, DATED_1952, AREA_1952),
    situation: 'event',
    decisions: {
      'respond nato-1949/art5@USA': 'honour:forces',
      'respond nato-1949/art5@GBR': 'honour:materiel',
      'respond nato-1949/art5@FRA': 'honour:diplomatic',
      'respond nato-1949/art5@GRC': 'honour:consult',
    },
    expect: {
      obligations: {
        'nato-1949/art5@USA': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@GBR': { state: 'honoured', level: 'materiel' },
        'nato-1949/art5@FRA': { state: 'honoured', level: 'diplomatic' },
        'nato-1949/art5@GRC': { state: 'honoured', level: 'consult' },
        'nato-1949/art5@TUR': DORMANT,
      },
      ledger: {
        'nato-1949/art5@USA': honouredLedger('forces'),
        'nato-1949/art5@GBR': honouredLedger('materiel'),
        'nato-1949/art5@FRA': honouredLedger('diplomatic'),
        'nato-1949/art5@GRC': honouredLedger('consult'),
      },
      events: [
        { kind: 'armedAttack', target: 'TUR', date: '1952-02-16' },
        { kind: 'obligation', cause: 'pact:nato-1949', actor: 'GRC', detail: 'in_force', date: '1952-02-18' },
        { kind: 'obligation', cause: 'pact:nato-1949', actor: 'TUR', detail: 'in_force', date: '1952-02-18' },
        { kind: 'obligation', detail: 'judged', date: '1952-02-19' },
      ],
      absent: [{ kind: 'obligation', date: '1952-02-16' }, { kind: 'obligation', detail: 'judged', date: '1952-02-18' }],
      relations: [{ between: ['USA', 'RUS'], rung: 'war', war: 'hostilities', initiator: 'RUS' }],
    },
  },
  {
    id: 'N49-06',
    title: 'Spain, 29 May 1982 (hypothetical): an attack on Britain the day before Spain\'s accession engages the allies but not Spain — its duty is not yet in force',
    source: `${SRC_ACCESSION}; Spain, 30 May 1982 (https://www.nato.int/docu/update/80-89/1982e.htm; https://www.nato.int/cps/en/natohq/declassified_195140.htm)`,
    interpretation: 'Spain became the 16th member on 30 May 1982: written `from: 1982-05-30`. A Soviet attack on Britain in Europe on 29 May meets Art. 5 for the parties of that day (pinned: the US and Canada at forces, France at materiel). Spain\'s own duty would have been met but does not yet bind it: the fate not_in_force, once for the war, as for a pact not yet in force (semantics.md). The run ends that day, so Spain\'s duty is still not in force at the end.',
    yaml: scenario('N49-06', 'Spain the day before', PARTIES_SPAIN, NAMES_SPAIN, '{ start: 1982-05-28, tick: day, horizon: 1 }', '      - { at: 1982-05-29, effect: { armedAttack: { by: RUS, on: GBR, in: britain, intensity: war } } }', { ESP: { from: '1982-05-30' } }, AREA_1982),
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'], // a pact or party outside the run, on purpose
    decisions: {
      'respond nato-1949/art5@USA': 'honour:forces',
      'respond nato-1949/art5@CAN': 'honour:forces',
      'respond nato-1949/art5@FRA': 'honour:materiel',
    },
    expect: {
      obligations: {
        'nato-1949/art5@USA': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@CAN': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@FRA': { state: 'honoured', level: 'materiel' },
        'nato-1949/art5@GBR': DORMANT,
        'nato-1949/art5@ESP': NOT_IN_FORCE,
      },
      ledger: {
        'nato-1949/art5@USA': honouredLedger('forces'),
        'nato-1949/art5@CAN': honouredLedger('forces'),
        'nato-1949/art5@FRA': honouredLedger('materiel'),
        'nato-1949/art5@ESP': ['not_in_force'],
      },
      events: [{ kind: 'obligation', actor: 'ESP', detail: 'not_in_force', date: '1982-05-29' }],
      relations: [{ between: ['ESP', 'RUS'], rung: 'peace' }],
    },
  },
  {
    id: 'N49-07',
    title: 'Finland and Sweden, 1 Mar 2024 (hypothetical): on the same day attacks on Finland (a party since 4 Apr 2023) and on Sweden (a party from 7 Mar 2024) — the allies answer the first only, and Sweden owes nothing yet',
    source: `${SRC_ACCESSION}; Finland, 4 Apr 2023 (https://www.iasbook.com/finland-joins-nato/; https://www.thenationalnews.com/world/uk-news/2023/04/04/nato-countries-which-member-states-are-in-the-military-alliance/); Sweden, 7 Mar 2024 (https://www.einpresswire.com/article/694151149/sweden-is-a-nato-member; https://www.forumfreerussia.org/en/news-en/2024-03-08/sweden-officially-joins-nato)`,
    interpretation: 'Finland written `from: 2023-04-04`, Sweden `from: 2024-03-07` (the day each deposited its instrument of accession with the US). Russia attacks Finland and Sweden (Gotland) on 1 Mar 2024 at war intensity. The attack on Finland engages the US, the UK and Estonia (pinned: forces, forces, consult) and would have met Sweden\'s duty, which is not yet in force (not_in_force). The attack on Sweden, not yet a party, engages no one: Finland records nothing toward Sweden.',
    yaml: scenario('N49-07', 'Finland and Sweden', PARTIES_2024, NAMES_2024, '{ start: 2024-02-29, tick: day, horizon: 2 }', `      - { at: 2024-03-01, effect: { armedAttack: { by: RUS, on: FIN, in: finland, intensity: war } } }
      - { at: 2024-03-01, effect: { armedAttack: { by: RUS, on: SWE, in: gotland, intensity: war } } }`, DATED_2024, AREA_2024),
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'], // a pact or party outside the run, on purpose
    decisions: {
      'respond nato-1949/art5@USA': 'honour:forces',
      'respond nato-1949/art5@GBR': 'honour:forces',
      'respond nato-1949/art5@EST': 'honour:consult',
    },
    expect: {
      obligations: {
        'nato-1949/art5@USA': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@GBR': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@EST': { state: 'honoured', level: 'consult' },
        'nato-1949/art5@FIN': DORMANT,
        'nato-1949/art5@SWE': NOT_IN_FORCE,
      },
      ledger: {
        'nato-1949/art5@USA': honouredLedger('forces'),
        'nato-1949/art5@GBR': honouredLedger('forces'),
        'nato-1949/art5@EST': honouredLedger('consult'),
        'nato-1949/art5@SWE': ['not_in_force'],
      },
      relations: [{ between: ['RUS', 'SWE'], rung: 'war' }, { between: ['FIN', 'RUS'], rung: 'war' }],
    },
  },
  {
    id: 'N49-08',
    title: 'Art. 5, one judgment per war episode: Russia attacks Estonia, Latvia, Estonia, Latvia in one war — the US judges each attacked ally once',
    source: `${SRC}; docs/semantics.md "Obligations" (one judgment per war episode)`,
    interpretation: 'All four attacks are by Russia and belong to the war episode its first attack opened (rule 2 for the repeated pairs, rule 4 for Latvia, the ally of the state Russia is fighting). Each (attacker, attacked party) is one casus: the US judges Russia–Estonia on day 1 and Russia–Latvia on day 2, and neither again while the war goes on, although another casus was judged in between. The responses are pinned at consult, which moves no relation.',
    yaml: balticScenario('N49-08', 'Two Baltic fronts', `      - { at: 1, effect: { armedAttack: { by: RUS, on: EST, in: estonia, intensity: 5 } } }
      - { at: 2, effect: { armedAttack: { by: RUS, on: LVA, in: latvia, intensity: 5 } } }
      - { at: 3, effect: { armedAttack: { by: RUS, on: EST, in: estonia, intensity: 5 } } }
      - { at: 4, effect: { armedAttack: { by: RUS, on: LVA, in: latvia, intensity: 5 } } }`),
    situation: 'event',
    decisions: CONSULT_PINS,
    expect: {
      obligations: {
        'nato-1949/art5@USA': { state: 'honoured', level: 'consult' },
        'nato-1949/art5@EST': { state: 'honoured', level: 'consult' },
        'nato-1949/art5@LVA': { state: 'honoured', level: 'consult' },
      },
      ledger: { 'nato-1949/art5@USA': TWICE, 'nato-1949/art5@EST': honouredLedger('consult'), 'nato-1949/art5@LVA': honouredLedger('consult') },
      absent: [{ kind: 'obligation', date: '2025-03-06' }, { kind: 'obligation', date: '2025-03-07' }],
    },
  },
  {
    id: 'N49-09',
    title: 'Art. 5, one judgment per war episode: Russia and then Belarus (its declared ally) attack Estonia, each twice, in one war — the US judges each attacker once',
    source: `${SRC}; facts.md §1p (Belarus and Russia, CSTO members); docs/semantics.md "Obligations" (one judgment per war episode) and "War episodes" rule 4`,
    interpretation: 'Belarus, declared Russia\'s ally, attacks Estonia while Russia fights it: its attack joins Russia\'s war episode on Russia\'s side (rule 4, an `episode` event `joined:initiator`). Belarus–Estonia is a casus of its own, judged on day 2 once the US has answered Russia\'s attack (a coalition is one casus only while the first is still being judged or answered). Russia\'s and Belarus\'s second attacks on days 3 and 4 are not judged again: each attacker is judged once in the war, whoever attacked in between. Responses pinned at consult.',
    yaml: balticScenario('N49-09', 'Two attackers', `      - { at: 1, effect: { armedAttack: { by: RUS, on: EST, in: estonia, intensity: 5 } } }
      - { at: 2, effect: { armedAttack: { by: BLR, on: EST, in: estonia, intensity: 5 } } }
      - { at: 3, effect: { armedAttack: { by: RUS, on: EST, in: estonia, intensity: 5 } } }
      - { at: 4, effect: { armedAttack: { by: BLR, on: EST, in: estonia, intensity: 5 } } }`),
    situation: 'event',
    decisions: { 'respond nato-1949/art5@USA': 'honour:consult', 'respond nato-1949/art5@LVA': 'honour:consult' },
    expect: {
      obligations: {
        'nato-1949/art5@USA': { state: 'honoured', level: 'consult' },
        'nato-1949/art5@EST': { state: 'dormant' },
        'nato-1949/art5@LVA': { state: 'honoured', level: 'consult' },
      },
      ledger: { 'nato-1949/art5@USA': TWICE, 'nato-1949/art5@LVA': TWICE },
      events: [
        { kind: 'obligation', actor: 'USA', detail: 'judged', target: 'RUS', date: '2025-03-04' },
        { kind: 'episode', actor: 'BLR', detail: 'joined:initiator', date: '2025-03-05' },
        { kind: 'obligation', actor: 'USA', detail: 'judged', target: 'BLR', date: '2025-03-05' },
      ],
      absent: [{ kind: 'obligation', date: '2025-03-06' }, { kind: 'obligation', date: '2025-03-07' }],
    },
  },
  {
    id: 'N49-10',
    title: 'Art. 5, a coalition is one casus for the whole war: Russia and Belarus attack Estonia together; Belarus\'s second attack is not judged on its own',
    source: `${SRC}; facts.md §1p (Belarus and Russia, CSTO members); docs/semantics.md "Obligations" (a coalition is one casus; one judgment per war episode)`,
    interpretation: 'Russia and Belarus (declared allies) attack Estonia on the same day: the US judges the attack once, Belarus joining the casus (an `obligation` event `coalition`), as in W55-03. When Belarus attacks again on day 2 in the same war, it is an attacker already judged with that casus: nothing is judged. Responses pinned at consult.',
    yaml: balticScenario('N49-10', 'A coalition attacks twice', `      - { at: 1, effect: { armedAttack: { by: RUS, on: EST, in: estonia, intensity: 5 } } }
      - { at: 1, effect: { armedAttack: { by: BLR, on: EST, in: estonia, intensity: 5 } } }
      - { at: 2, effect: { armedAttack: { by: BLR, on: EST, in: estonia, intensity: 5 } } }`),
    situation: 'event',
    decisions: { 'respond nato-1949/art5@USA': 'honour:consult', 'respond nato-1949/art5@LVA': 'honour:consult' },
    expect: {
      obligations: {
        'nato-1949/art5@USA': { state: 'honoured', level: 'consult' },
        'nato-1949/art5@EST': { state: 'dormant' },
        'nato-1949/art5@LVA': { state: 'honoured', level: 'consult' },
      },
      ledger: { 'nato-1949/art5@USA': ['judged', 'invoked', 'coalition', 'honoured:consult'], 'nato-1949/art5@LVA': ['judged', 'invoked', 'coalition', 'honoured:consult'] },
      events: [{ kind: 'obligation', actor: 'USA', detail: 'coalition', target: 'BLR', date: '2025-03-04' }],
      absent: [{ kind: 'obligation', date: '2025-03-05' }],
    },
  },
];
