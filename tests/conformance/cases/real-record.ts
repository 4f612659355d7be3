/**
 * The real record the other families had not yet been held to: Security Council votes whose
 * tallies put Art. 27(3) to the test (a veto by one permanent member while another abstains and an
 * elected member votes no; drafts that fail for want of nine votes with no veto, or with three
 * permanent members against; a resolution adopted over elected members' no and a permanent
 * member's abstention; a member not voting), and treaty events that test the clauses' scope: the
 * only NATO Art. 5 invocation (an attack by a non-state group), an attack on allied forces outside
 * the Art. 6 area (USS Stark, 1987), an attack on allied forces inside it that the attacked party
 * chose to meet with Art. 4 consultations only (Turkey, June 2012), the Kursk incursion before the
 * Russia–DPRK treaty entered into force, the Rio Treaty's "armed attack by any State" and 11
 * September, Council primacy when the Council does not act, and the Camp David commitment before
 * and after its adoption.
 *
 * Sources: the shared facts (facts.md, the veto CSVs), and, where a tally or a date is not in
 * them, the public record named in each case (checked by search on 4 Dec 2026).
 */
import { all, DORMANT, honouredLedger, keysOf, type ConformanceCase } from '../case.js';
import {
  actors, anzus1951, ANZUS_1951_KEYS, CALM_LADDER, campDavid2023, CAMP_DAVID_KEYS, council, cst1992, elected, eventScenario, nato1949, nato1949WithArt4,
  everyone, natoArt4Keys, natoKeys, P5, rio1947, RIO_1947_KEYS, rusPrk2024, RUS_PRK_2024_KEYS, steel1939, STEEL_1939_KEYS, voteScenario, type SeatSpec, type Vote,
} from '../fragments.js';
import { SEATS_2017, SEATS_2022 } from './unsc.js';

// ---------------------------------------------------------------------------------------------
// Council votes

const NAMES: Record<string, string> = {
  CHN: 'China', FRA: 'France', SUN: 'USSR', RUS: 'Russia', GBR: 'United Kingdom', USA: 'United States', ROC: 'China (Republic of China seat)',
  // 1950
  CUB: 'Cuba', EGY: 'Egypt', NOR: 'Norway', ECU: 'Ecuador', IND: 'India', YUG: 'Yugoslavia', PRK: 'DPRK',
  // 1983
  GUY: 'Guyana', JOR: 'Jordan', POL: 'Poland', TGO: 'Togo', ZAR: 'Zaire', MLT: 'Malta', NLD: 'Netherlands', NIC: 'Nicaragua', PAK: 'Pakistan', ZWE: 'Zimbabwe',
  // 1990
  CAN: 'Canada', COL: 'Colombia', ETH: 'Ethiopia', FIN: 'Finland', MYS: 'Malaysia', CIV: "Côte d'Ivoire", ROU: 'Romania', YEM: 'Yemen', IRQ: 'Iraq',
  // 2017–18 (SEATS_2017 of unsc.ts) and 2018 entrants
  UKR: 'Ukraine', JPN: 'Japan', SEN: 'Senegal', URY: 'Uruguay', BOL: 'Bolivia', KAZ: 'Kazakhstan', SWE: 'Sweden', ITA: 'Italy', GNQ: 'Equatorial Guinea', KWT: 'Kuwait', PER: 'Peru',
  // 2022 (SEATS_2022 of unsc.ts)
  ALB: 'Albania', BRA: 'Brazil', GAB: 'Gabon', GHA: 'Ghana', ARE: 'United Arab Emirates', IRL: 'Ireland', KEN: 'Kenya', MEX: 'Mexico',
  // 2001
  BGD: 'Bangladesh', JAM: 'Jamaica', MLI: 'Mali', TUN: 'Tunisia', MUS: 'Mauritius', SGP: 'Singapore',
  // 1982, 2016
  PAN: 'Panama', ESP: 'Spain', UGA: 'Uganda', AGO: 'Angola', NZL: 'New Zealand', VEN: 'Venezuela',
  // others
  LVA: 'Latvia', LTU: 'Lithuania',
  SYR: 'Syria', SLV: 'El Salvador', HND: 'Honduras', KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', EST: 'Estonia', DEU: 'Germany', TUR: 'Turkey', AQ: 'al-Qaeda', ARG: 'Argentina', ROK: 'Republic of Korea',
};

/** 1950, eleven seats (general knowledge, as in unsc.ts): China (ROC), France, UK, US, USSR; Cuba, Egypt, Norway (1949–50); Ecuador, India, Yugoslavia (1950–51). */
const SEATS_1950: SeatSpec[] = [
  ...['ROC', 'FRA', 'GBR', 'USA', 'SUN'].map((actor) => ({ actor, permanent: true })),
  ...elected(1949, ['CUB', 'EGY', 'NOR']), ...elected(1950, ['ECU', 'IND', 'YUG']),
];
const P5_SOVIET: SeatSpec[] = ['CHN', 'FRA', 'SUN', 'GBR', 'USA'].map((actor) => ({ actor, permanent: true }));
/** 1983: Guyana, Jordan, Poland, Togo, Zaire (1982–83); Malta, Netherlands, Nicaragua, Pakistan, Zimbabwe (1983–84). The members named by the CSM report below; the terms are general knowledge. */
const SEATS_1983: SeatSpec[] = [...P5_SOVIET, ...elected(1982, ['GUY', 'JOR', 'POL', 'TGO', 'ZAR']), ...elected(1983, ['MLT', 'NLD', 'NIC', 'PAK', 'ZWE'])];
/** 1990 (the members present at the 2932nd meeting, S/PV.2932, 2 Aug 1990): Canada, Colombia, Ethiopia, Finland, Malaysia (1989–90); Côte d'Ivoire, Cuba, Romania, Yemen, Zaire (1990–91). */
const SEATS_1990: SeatSpec[] = [...P5_SOVIET, ...elected(1989, ['CAN', 'COL', 'ETH', 'FIN', 'MYS']), ...elected(1990, ['CIV', 'CUB', 'ROU', 'YEM', 'ZAR'])];
/** 2018: the 2017 entrants still seated, the Netherlands' half of the split term, and Côte d'Ivoire, Equatorial Guinea, Kuwait, Peru, Poland (2018–19). */
const SEATS_2018: SeatSpec[] = [...SEATS_2017, ...elected(2018, ['CIV', 'GNQ', 'KWT', 'PER', 'POL'])];
/** 2001 (general knowledge): Bangladesh, Jamaica, Mali, Tunisia, Ukraine (2000–01); Colombia, Ireland, Mauritius, Norway, Singapore (2001–02). */
const SEATS_2001: SeatSpec[] = [...P5, ...elected(2000, ['BGD', 'JAM', 'MLI', 'TUN', 'UKR']), ...elected(2001, ['COL', 'IRL', 'MUS', 'NOR', 'SGP'])];

/** 1982 (as in dispute-abstention.ts, A27-03): Ireland, Japan, Panama, Spain, Uganda (1981–82); Guyana, Jordan, Poland, Togo, Zaire (1982–83). */
const SEATS_1982: SeatSpec[] = [...P5_SOVIET, ...elected(1981, ['IRL', 'JPN', 'PAN', 'ESP', 'UGA']), ...elected(1982, ['GUY', 'JOR', 'POL', 'TGO', 'ZAR'])];
/** 31 Dec 2016: Angola, Malaysia, New Zealand, Spain, Venezuela on their last day (2015–16); Egypt, Japan, Senegal, Ukraine, Uruguay (2016–17); the 2017 entrants (Bolivia, Ethiopia, Kazakhstan, Sweden, Italy) seated from 1 Jan 2017. Terms: general knowledge. */
const SEATS_2016_17: SeatSpec[] = [
  ...P5, ...elected(2015, ['AGO', 'MYS', 'NZL', 'ESP', 'VEN']), ...elected(2016, ['EGY', 'JPN', 'SEN', 'UKR', 'URY']),
  ...elected(2017, ['BOL', 'ETH', 'KAZ', 'SWE']), { actor: 'ITA', from: '2017-01-01', to: '2017-12-31' },
];

/** A one-draft vote of the record (fragments.ts `voteScenario`), for a draft on one state. */
const vote = (o: { id: string; title: string; date: string; seats: readonly SeatSpec[]; votes: Record<string, Vote>; draft: string; target: string; minYes?: number }): string =>
  voteScenario(NAMES, { ...o, targets: [o.target] });

const SRC_VETO_CSV = 'unsc_korea_related_vetoes.csv and facts.md §2b (Dag Hammarskjöld Library veto list via world-politics-datalab)';

// ---------------------------------------------------------------------------------------------
// Treaty events

const NATO_REGIONS = `regions:
  art6_area: { name: "North Atlantic Treaty Art. 6 area (territories, forces in or over them, the Mediterranean, the North Atlantic north of the Tropic of Cancer)" }
  europe: { within: art6_area }
  north_america: { within: art6_area }
  mediterranean: { within: art6_area, name: "Mediterranean Sea (Art. 6(2) as amended in 1951: forces, vessels and aircraft)" }
  usa: { within: north_america, administeredBy: USA }
  britain: { within: europe, administeredBy: GBR }
  estonia: { within: europe, administeredBy: EST }
  latvia: { within: europe, administeredBy: LVA }
  anatolia: { within: art6_area, administeredBy: TUR, name: "Turkey (Art. 6(1) as amended in 1951 names its territory, Asian part included)" }
  persian_gulf: { name: "Persian Gulf (international waters, outside the Art. 6 area)" }`;

/** The Art. 6 area with only the places whose administrator the case declares as an actor. */
const natoRegions = (ids: readonly string[]): string => NATO_REGIONS.split('\n')
  .filter((line) => { const m = /administeredBy: (\w+)/.exec(line); return m === null || ids.includes(m[1]!); }).join('\n');

const NATO_TERRITORY = { USA: 'nuclear: true, territory: usa', GBR: 'nuclear: true, territory: britain', FRA: 'nuclear: true', RUS: 'nuclear: true', EST: 'territory: estonia', TUR: 'territory: anatolia', LVA: 'territory: latvia' };

const SRC_NATO = 'facts.md §1g Art. 5 (http://www.wordscope.be/anglais/francais/more+concerted+collective.html), ATOP 3180 defcoloc = 1 (atop_v4_relevant_member_level.csv); Art. 6 as amended by the 1951 Protocol on the accession of Greece and Turkey (treaty text, not in facts.md)';
const SRC_911_NATO = 'NATO statement of 12 Sep 2001 (press release (2001)124, https://www.nato.int/docu/pr/2001/p01-124e.htm) and Lord Robertson\'s statement of 2 Oct 2001 that the attack came from abroad; S/RES/1368 (12 Sep 2001), adopted unanimously; not in facts.md';
const SRC_STARK = 'USS Stark, 17 May 1987: an Iraqi aircraft\'s two Exocet missiles struck the frigate in the Persian Gulf, killing 37; Iraq called it a mistake (general knowledge, not in facts.md)';
const SRC_F4 = 'Turkish RF-4E shot down by Syria, 22 June 2012; Turkey asked for consultations under Art. 4 and the North Atlantic Council met under Art. 4 on 26 June 2012 (NATO statement, https://www.nato.int/cps/en/natolive/official_texts_88620.htm); not in facts.md';
const SRC_KURSK = 'facts.md §1a Art. 4 and entry into force 4 Dec 2024 (https://interfax.com/newsroom/top-stories/108291/); §3f Kursk deployment (Oct–Dec 2024) and the KCNA invocation of 28 Apr 2025 (https://tass.com/world/1950153); the Ukrainian incursion into Kursk oblast began on 6 Aug 2024 (general knowledge, not in facts.md)';
const SRC_KCNA_2025 = 'facts.md §1a "Art. 4 invoked (precedent)": KCNA, 28 Apr 2025 (https://tass.com/world/1950153)';
const SRC_RIO = 'facts.md §1l Art. 3(1) ("an armed attack by any State against an American State", 62 Stat. 1681: http://en.m.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_62_Part_2.djvu/422); the Twenty-Fourth Meeting of Consultation of Ministers of Foreign Affairs (21 Sep 2001, resolution RC.24/RES.1/01) declared the attacks on the United States attacks on all American States under the Rio Treaty (general knowledge, not in facts.md)';
const SRC_CAMP_DAVID = 'facts.md §1f (https://kr.usembassy.gov/081923-commitment-to-consult/); dprk_missile_tests_per_year_cns.csv (2023: 30 ballistic missiles, 5 ICBMs); Hwasong-18 ICBM launches of 12 Jul 2023 and 18 Dec 2023 (general knowledge, not in facts.md)';

const NATO_PARTIES_2001 = ['USA', 'GBR', 'FRA', 'CAN', 'DEU'];
const NATO_PARTIES_1987 = ['USA', 'GBR', 'FRA', 'CAN'];
const NATO_PARTIES_2012 = ['USA', 'GBR', 'FRA', 'TUR'];
const NATO_PARTIES_2022 = ['USA', 'GBR', 'FRA', 'EST'];

const natoScenario = (o: { id: string; title: string; clock: string; names: Record<string, string>; pacts: string; inject: string; extra?: string }): string => eventScenario({
  id: o.id, title: o.title, clock: o.clock, version: '1.7', regions: natoRegions(Object.keys(o.names)),
  actors: actors(o.names, NATO_TERRITORY),
  pacts: o.pacts,
  ...(o.extra !== undefined ? { extra: o.extra } : {}),
  inject: o.inject,
  outcomes: '  alliance_war: { when: { posture: { actor: USA, atLeast: war } } }',
});

const namesOf = (ids: readonly string[]): Record<string, string> => Object.fromEntries(ids.map((id) => [id, NAMES[id]!]));

/** Russia–DPRK, from the day before the Kursk incursion to the day after a December strike. */
const KURSK = `version: "1.7"
id: RR-10
title: "Kursk, August and December 2024"
clock: { start: 2024-08-05, tick: day, horizon: 123 }
${CALM_LADDER}
regions:
  russia: { administeredBy: RUS }
  kursk: { within: russia, name: Kursk oblast }
  dprk: { administeredBy: PRK }
${actors({ RUS: 'Russia', PRK: 'DPRK', UKR: 'Ukraine' }, { RUS: 'nuclear: true, territory: russia', PRK: 'nuclear: true, territory: dprk' })}
relations:
  - { between: [RUS, UKR], rung: war, war: hostilities, initiator: RUS, since: 2022-02-24 }
pacts:
${rusPrk2024({})}
situations:
  event:
    title: the Ukrainian incursion into Kursk oblast, and a strike there after the treaty entered into force
    inject:
      - { at: 2024-08-06, effect: { armedAttack: { by: UKR, on: RUS, in: kursk, intensity: 5 } } }
      - { at: 2024-12-05, effect: { armedAttack: { by: UKR, on: RUS, in: kursk, intensity: 5 } } }
outcomes:
  russia_at_war: { when: { posture: { actor: RUS, atLeast: war } } }`;

const RIO_PARTIES = ['USA', 'ARG'];
/** Rio Art. 3(1) to the letter: the attacker must be a State (`by: { except: { tag: non_state } }`). */
const rioByStates = (k: Parameters<typeof rio1947>[0]): string => rio1947(k).replace('by: any', 'by: { except: { tag: non_state } }');

/** The Falklands, 2–3 Apr 1982: Argentina's invasion, then res. 502 as a ceasefire draft the parties may defy. */
const FALKLANDS_502 = (compliance: number): string => `version: "1.7"
id: RR-14
title: "Falklands, res. 502"
clock: { start: 1982-04-01, tick: day, horizon: 3 }
${CALM_LADDER}
regions:
  britain: { administeredBy: GBR }
  falklands: { administeredBy: GBR, claimedBy: [ARG], name: Falkland Islands }
  argentina: { administeredBy: ARG }
${actors(namesOf([...SEATS_1982.map((s) => s.actor), 'ARG']), { GBR: 'nuclear: true, territory: britain', ARG: 'territory: argentina' })}
${council({ seats: SEATS_1982, votes: everyone(SEATS_1982, 'yes', { PAN: 'no', CHN: 'abstain', POL: 'abstain', ESP: 'abstain', SUN: 'abstain' }) })}
situations:
  event:
    title: Argentina invades the Falklands; the Council demands a cessation of hostilities and Argentina's withdrawal
    inject:
      - { at: 1982-04-02, effect: { armedAttack: { by: ARG, on: GBR, in: falklands, intensity: war } } }
      - { at: 1982-04-03, effect: { draft: { kind: ceasefire, between: [ARG, GBR], sponsor: GBR, under: chapter_vii, dispute: [GBR, ARG], compliance: ${compliance} } } }
outcomes:
  defied: { when: { happened: { event: signal, kind: ceasefire_defied } } }`;

/** 24 Feb 2022: Russia invades Ukraine (no party), and threatens Estonia and Poland the same day. */
const NATO_PARTIES_ART4 = ['USA', 'GBR', 'EST', 'POL'];

/** Kursk, December 2024: the DPRK at war with Ukraine beside Russia; a Ukrainian strike on DPRK troops on Russian soil. */
const kurskDprkTroops = (id: string, unprovoked: boolean): string => `version: "1.7"
id: ${id}
title: "Kursk, a strike on DPRK troops"
clock: { start: 2024-12-16, tick: day, horizon: 2 }
${CALM_LADDER}
regions:
  russia: { administeredBy: RUS }
  kursk: { within: russia, name: Kursk oblast }
  dprk: { administeredBy: PRK }
${actors({ RUS: 'Russia', PRK: 'DPRK', UKR: 'Ukraine' }, { RUS: 'nuclear: true, territory: russia', PRK: 'nuclear: true, territory: dprk' })}
relations:
  - { between: [RUS, UKR], rung: war, war: hostilities, initiator: RUS, since: 2022-02-24 }
  - { between: [PRK, UKR], rung: war, war: hostilities, initiator: PRK, since: 2024-11-18 }
pacts:
${rusPrk2024({ art4: { unprovoked } })}
situations:
  event:
    title: a Ukrainian strike on DPRK troops in Kursk oblast
    inject:
      - { at: 2024-12-17, effect: { armedAttack: { by: UKR, on: PRK, in: kursk, intensity: war } } }
outcomes:
  russia_at_war: { when: { posture: { actor: RUS, atLeast: war } } }`;
const SRC_KURSK_TROOPS = 'facts.md §1a Art. 4 (KCNA text via https://chosun.com/english/north-korea-en/2024/06/20/EGOEOSXPHFDQ3GK6NJN2TILA4U); §3f: about 11,000 DPRK troops moved into Kursk (Pentagon, 18 Nov 2024, https://www.defense.gov/News/News-Stories/Article/Article/3968230/north-korean-troops-enter-kursk-where-ukrainians-are-fighting/; the US called the DPRK a "cobelligerent"), more than 1,000 casualties in late Dec 2024';

/** The Pact of Steel (fragments.ts `steel1939`) and one event; Italy's offense duty denied with chance `deny`. */
const STEEL_KEYS = STEEL_1939_KEYS;
const steel = (id: string, title: string, clock: string, inject: string, deny: number, relations = ''): string => `version: "1.7"
id: ${id}
title: ${JSON.stringify(title)}
clock: ${clock}
${CALM_LADDER}
regions:
  germany: { administeredBy: DEU }
  italy: { administeredBy: ITA }
  poland: { administeredBy: POL }
  france: { administeredBy: FRA }
${actors({ DEU: 'Germany', ITA: 'Italy', POL: 'Poland', FRA: 'France', GBR: 'United Kingdom' }, { DEU: 'territory: germany', ITA: 'territory: italy', POL: 'territory: poland', FRA: 'territory: france' })}${relations}
pacts:
${steel1939({ attacking: { reliability: 1, deny, pretext: 0 } })}
situations:
  event:
    title: the event under test
    inject:
${inject}
outcomes:
  italy_at_war: { when: { posture: { actor: ITA, atLeast: war } } }`;
const SRC_STEEL = 'Pact of Steel (22 May 1939), Art. III (text: https://avalon.law.yale.edu/wwii/steel.asp); Italy\'s declaration of non-belligerence, 1 Sep 1939, and Hitler\'s message of the same day that he did not need Italy\'s military help; Italy\'s declaration of war on France and the United Kingdom, 10 June 1940 (general knowledge, not in facts.md); ATOP codes the pact with offensive and defensive obligations (not in atop_v4_relevant_member_level.csv)';

/** The Football War, July 1969: El Salvador and Honduras, both parties to the Rio Treaty. */
const RIO_1969 = ['USA', 'SLV', 'HND'];
const SRC_FOOTBALL = 'facts.md §1l Arts. 3(1)–(3) as kept in packages/scenarios/facts/facts.md (62 Stat. 1681: http://en.m.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_62_Part_2.djvu/422); the Football War: El Salvador invaded Honduras on 14 July 1969, Honduran aircraft struck Salvadoran targets the next day, Honduras called on the OAS under the Rio Treaty, and the OAS Organ of Consultation obtained a ceasefire on 18 July (general knowledge, not in facts.md)';

/** Kyrgyzstan and Tajikistan, both members of the Collective Security Treaty, fight each other (Sep 2022). */
const CST_2022 = ['RUS', 'KAZ', 'KGZ', 'TJK'];
const CST_2022_KEYS = keysOf('cst-1992', ['art2', 'art4'], CST_2022);
const SRC_KGZ_TJK = 'facts.md §1p Art. 4 and the members in 2022 (Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan) and §1r (the request), as kept in packages/scenarios/facts/facts.md; the Kyrgyz–Tajik border fighting of 14–16 Sep 2022 (Batken region and the Isfara district; each side blamed the other; about 100 killed), for which neither state asked the other members for help under Art. 4 as far as reported (general knowledge, not in facts.md)';

export const REAL_RECORD_CASES: ConformanceCase[] = [
  {
    id: 'RR-01',
    title: 'KAL 007, S/15966/Rev.1, 12 Sep 1983: 9–2–4 — vetoed by the USSR alone; Poland\'s "no" is no veto and China\'s abstention is none either',
    source: `${SRC_VETO_CSV} (S/15966/Rev.1, USSR); tally: Christian Science Monitor, 14 Sep 1983 (https://www.csmonitor.com/1983/0914/091418.html): the bare nine in favour, Poland with the USSR against, China, Guyana, Nicaragua and Zimbabwe abstaining`,
    interpretation: 'The draft deplored the destruction of the airliner: coded as a condemnation of the USSR (recorded only). Exactly nine in favour meets minYes, so the draft fails only through a permanent member\'s negative vote: the USSR is the one permanent member against, and Poland, an elected member, casts an ordinary "no". China\'s abstention is not a negative vote (Art. 27(3) practice). The in-favour nine (US, UK, France, Jordan, Malta, Netherlands, Pakistan, Togo, Zaire) are the members not named against or abstaining.',
    yaml: vote({
      id: 'RR-01', title: 'KAL 007', date: '1983-09-12', seats: SEATS_1983, target: 'SUN',
      votes: everyone(SEATS_1983, 'yes', { SUN: 'no', POL: 'no', CHN: 'abstain', GUY: 'abstain', NIC: 'abstain', ZWE: 'abstain' }),
      draft: '{ kind: condemnation, target: SUN, sponsor: USA }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'condemnation', target: 'SUN', result: 'vetoed', yes: 9, no: 2, abstain: 4, vetoedBy: ['SUN'] }],
    },
  },
  {
    id: 'RR-02',
    title: 'Resolution 678, 29 Nov 1990: 12–2–1 — adopted although two elected members vote no and a permanent member (China) abstains',
    source: 'S/RES/678 (1990): 12 in favour, Cuba and Yemen against, China abstaining (Wikipedia summary of the resolution, https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_678, and contemporary reports); 1990 composition from S/PV.2932 (https://en.wikisource.org/wiki/United_Nations_Security_Council_Meeting_2932); not in facts.md',
    interpretation: 'The resolution authorised member states to use "all necessary means" after 15 Jan 1991; coded as an `authorization` on Iraq (format 1.9; recorded only — the case tests the tally, not the effect; before 1.9 the format had no kind for it and the case coded a condemnation). Negative votes of elected members are never a veto, and a permanent member\'s abstention does not prevent adoption.',
    yaml: vote({
      id: 'RR-02', title: 'Resolution 678', date: '1990-11-29', seats: SEATS_1990, target: 'IRQ',
      votes: everyone(SEATS_1990, 'yes', { CUB: 'no', YEM: 'no', CHN: 'abstain' }),
      draft: '{ kind: authorization, target: IRQ, sponsor: USA, under: chapter_vii }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'authorization', target: 'IRQ', result: 'adopted', yes: 12, no: 2, abstain: 1 }],
    },
  },
  {
    id: 'RR-03',
    title: 'Resolution 660, 2 Aug 1990: 14–0 with Yemen not voting — adopted; the member that does not take part is recorded as present and not voting, not as an abstention',
    source: 'S/RES/660 (1990): adopted 14–0, Yemen not participating (AP list of the Council\'s Gulf resolutions, Los Angeles Times, 22 Feb 1991: https://www.latimes.com/archives/la-xpm-1991-02-22-mn-1762-story.html); composition from S/PV.2932 (https://en.wikisource.org/wiki/United_Nations_Security_Council_Meeting_2932); not in facts.md',
    interpretation: 'Yemen was present at the meeting but did not take part in the vote: coded `notVoting` (format 1.8, present and not voting; before 1.8 the case coded it absent, the nearest the format then had). It counts neither for nor against, and is never a veto. The resolution condemned the invasion and demanded withdrawal under Arts. 39 and 40: coded as a condemnation of Iraq (recorded only).',
    yaml: vote({
      id: 'RR-03', title: 'Resolution 660', date: '1990-08-02', seats: SEATS_1990, target: 'IRQ',
      votes: everyone(SEATS_1990, 'yes', { YEM: 'not_voting' }),
      draft: '{ kind: condemnation, target: IRQ, sponsor: USA }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'condemnation', target: 'IRQ', result: 'adopted', yes: 14, no: 0, abstain: 0, notVoting: 1 }],
    },
  },
  {
    id: 'RR-04',
    title: 'Russia\'s humanitarian draft on Ukraine, 23 Mar 2022: 2–0–13 — failed with no negative vote at all',
    source: 'UN press release SC/14838 (https://press.un.org/en/2022/sc14838.doc.htm): 2 in favour (China, Russia), none against, 13 abstentions; 2022 composition as in unsc.ts (facts.md §2b); not in facts.md',
    interpretation: 'The format has no kind for a humanitarian resolution: coded as a condemnation draft on the situation in Ukraine (recorded only), sponsored by Russia. Fewer than nine in favour fails a draft whatever the permanent members do; with no "no" at all, nothing can be a veto.',
    yaml: vote({
      id: 'RR-04', title: 'S/2022/231 (Russian humanitarian draft)', date: '2022-03-23', seats: SEATS_2022, target: 'UKR',
      votes: everyone(SEATS_2022, 'abstain', { RUS: 'yes', CHN: 'yes' }),
      draft: '{ kind: condemnation, target: UKR, sponsor: RUS }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'condemnation', target: 'UKR', result: 'failed', yes: 2, no: 0, abstain: 13 }],
    },
  },
  {
    id: 'RR-05',
    title: 'Russia\'s draft condemning the strikes on Syria, 14 Apr 2018: 3–8–4 — failed, and the United States\', United Kingdom\'s and France\'s votes against are not vetoes',
    source: 'Reuters and AP, 14 Apr 2018 (https://www.thestar.com/news/world/2018/04/14/un-security-council-rejects-russias-call-to-condemn-us-led-airstrikes-in-syria.html): Russia, China and Bolivia in favour; US, UK, France, Netherlands, Sweden, Kuwait, Poland, Côte d\'Ivoire against; Ethiopia, Kazakhstan, Equatorial Guinea, Peru abstaining; draft symbol not checked; not in facts.md',
    interpretation: 'semantics.md: "fewer than minYes in favour → failed, whatever the permanent members did". The UN veto list does not count such a draft as vetoed (the three permanent members\' negative votes were not needed to defeat it), so vetoedBy stays empty although three permanent members voted no. Coded as a condemnation of the United States (the draft condemned "the US and its allies").',
    yaml: vote({
      id: 'RR-05', title: 'Russian draft on the strikes on Syria', date: '2018-04-14', seats: SEATS_2018, target: 'USA',
      votes: {
        ...everyone(SEATS_2018, 'no', { RUS: 'yes', CHN: 'yes', BOL: 'yes', ETH: 'abstain', KAZ: 'abstain', GNQ: 'abstain', PER: 'abstain' }),
      },
      draft: '{ kind: condemnation, target: USA, sponsor: RUS }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'condemnation', target: 'USA', result: 'failed', yes: 3, no: 8, abstain: 4 }],
    },
  },
  {
    id: 'RR-06',
    title: 'Resolution 84, 7 Jul 1950, on the 11-seat Council: 7–0–3 with the USSR absent — adopted with exactly the seven votes then required',
    source: 'facts.md §2a counting notes (res. 82, 83 and 84, June–July 1950, USSR absent: https://en.wikipedia.org/wiki/List_of_United_Nations_Security_Council_resolutions_concerning_North_Korea); tally 7–0–3 (Egypt, India, Yugoslavia abstaining) from the resolution\'s record (general knowledge, not in facts.md)',
    interpretation: 'Before the 1965 enlargement Art. 27(3) required seven affirmative votes (minYes 7). The USSR\'s absence (its boycott over China\'s seat) is not a negative vote, so no permanent member voted no; three abstentions do not count against. The resolution set up the unified command under the United States: coded as a condemnation of the DPRK (recorded only).',
    yaml: vote({
      id: 'RR-06', title: 'Resolution 84', date: '1950-07-07', seats: SEATS_1950, target: 'PRK', minYes: 7,
      votes: everyone(SEATS_1950, 'yes', { SUN: 'absent', EGY: 'abstain', IND: 'abstain', YUG: 'abstain' }),
      draft: '{ kind: condemnation, target: PRK, sponsor: USA }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'condemnation', target: 'PRK', result: 'adopted', yes: 7, no: 0, abstain: 3, absent: 1 }],
    },
  },
  {
    id: 'RR-07',
    title: '11 September 2001: Art. 5 has no "by a State" limit — an attack by a non-state group on New York and Washington engages every ally; res. 1368, a condemnation, does not end their measures',
    source: `${SRC_NATO}; ${SRC_911_NATO}`,
    interpretation: 'Art. 5 speaks of "an armed attack against one or more of them in Europe or North America" and says nothing of the attacker, so by: any stands (the fragment\'s default); al-Qaeda is written as an actor, the attack as a use of force (MID 4) on the United States in North America. NATO determined on 2 Oct 2001 that the attack had been directed from abroad (the condition the Council set on 12 Sep): the case codes the attack as external. Each ally\'s level is pinned: the United Kingdom at forces (it joined the strikes in Afghanistan on 7 Oct), France and Canada at materiel, Germany at diplomatic — the levels are not what the case examines. Res. 1368 (12 Sep, 15–0) condemned the attacks and recognised the right of self-defence; it is not "the measures necessary to restore and maintain international peace and security" that end the allies\' measures under Art. 5, so nothing is withdrawn: coded as a condemnation (recorded only), and the United Kingdom stays engaged.',
    yaml: natoScenario({
      id: 'RR-07', title: '11 September 2001 and NATO Art. 5', clock: '{ start: 2001-09-10, tick: day, horizon: 3 }',
      names: namesOf([...SEATS_2001.map((s) => s.actor), 'CAN', 'DEU', 'AQ']),
      pacts: nato1949(NATO_PARTIES_2001),
      extra: council({ seats: SEATS_2001, votes: everyone(SEATS_2001, 'yes') }),
      inject: `      - { at: 2001-09-11, effect: { armedAttack: { by: AQ, on: USA, in: usa, intensity: use_of_force } } }
      - { at: 2001-09-12, effect: { draft: { kind: condemnation, target: AQ, sponsor: FRA } } }`,
    }),
    situation: 'event',
    decisions: {
      'respond nato-1949/art5@GBR': 'honour:forces',
      'respond nato-1949/art5@FRA': 'honour:materiel',
      'respond nato-1949/art5@CAN': 'honour:materiel',
      'respond nato-1949/art5@DEU': 'honour:diplomatic',
    },
    expect: {
      obligations: {
        'nato-1949/art5@USA': DORMANT,
        'nato-1949/art5@GBR': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@FRA': { state: 'honoured', level: 'materiel' },
        'nato-1949/art5@CAN': { state: 'honoured', level: 'materiel' },
        'nato-1949/art5@DEU': { state: 'honoured', level: 'diplomatic' },
      },
      ledger: {
        'nato-1949/art5@GBR': honouredLedger('forces'),
        'nato-1949/art5@FRA': honouredLedger('materiel'),
        'nato-1949/art5@CAN': honouredLedger('materiel'),
        'nato-1949/art5@DEU': honouredLedger('diplomatic'),
      },
      drafts: [{ kind: 'condemnation', target: 'AQ', result: 'adopted', yes: 15, no: 0, abstain: 0 }],
      absent: [{ kind: 'ceasefire' }],
      relations: [
        { between: ['AQ', 'USA'], rung: 'clash', initiator: null },
        { between: ['GBR', 'AQ'], rung: 'clash' },
        { between: ['FRA', 'AQ'], rung: 'crisis' },
      ],
    },
  },
  {
    id: 'RR-08',
    title: 'USS Stark, 17 May 1987: an Iraqi missile strike on a US frigate in the Persian Gulf is outside the Art. 6 area — no ally is called on',
    source: `${SRC_NATO}; ${SRC_STARK}`,
    interpretation: 'Art. 6 extends Art. 5 to attacks on the parties\' forces, vessels or aircraft only in or over their territories in Europe and North America, the Mediterranean, and the North Atlantic north of the Tropic of Cancer; the Persian Gulf is none of these, so the attack on a US warship there is no casus, whoever fired. Written as a use of force (MID 4) by Iraq; Iraq\'s claim of a mistake (accepted by the United States) would only take it further from a casus.',
    yaml: natoScenario({
      id: 'RR-08', title: 'USS Stark', clock: '{ start: 1987-05-16, tick: day, horizon: 2 }',
      names: namesOf([...NATO_PARTIES_1987, 'IRQ']),
      pacts: nato1949(NATO_PARTIES_1987),
      inject: '      - { at: 1987-05-17, effect: { armedAttack: { by: IRQ, on: USA, in: persian_gulf, intensity: use_of_force } } }',
    }),
    situation: 'event',
    expect: {
      obligations: all(natoKeys(NATO_PARTIES_1987), DORMANT),
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['IRQ', 'USA'], rung: 'clash' }],
    },
  },
  {
    id: 'RR-09',
    title: 'Turkey\'s RF-4E, 22 June 2012: an attack on an allied aircraft over the Mediterranean meets Art. 5 as written, but Turkey asks only for Art. 4 consultations — Art. 5 is unrequested, Art. 4 is honoured',
    source: `${SRC_NATO}; ${SRC_F4}; facts.md §1r (Nicaragua v. United States: collective self-defence needs the victim's request)`,
    interpretation: 'Turkey said its reconnaissance jet was shot down over international waters; Syria said it was in Syrian airspace. Read as Turkey read it: an armed attack (MID 4) on a party\'s aircraft over the Mediterranean, which Art. 6(2) as amended in 1951 brings within Art. 5. Art. 5 is read with Art. 51 as the ICJ read it (request: chance 0): Turkey asked the allies for consultations under Art. 4 and not for assistance, so each ally\'s Art. 5 duty is judged and left unrequested. Art. 4 binds every party to consult when any of them thinks a party\'s security threatened, with no area and no request: each other ally consults. Turkey has no duty toward itself.',
    yaml: natoScenario({
      id: 'RR-09', title: 'Turkey, June 2012', clock: '{ start: 2012-06-21, tick: day, horizon: 2 }',
      names: namesOf([...NATO_PARTIES_2012, 'SYR']),
      pacts: nato1949WithArt4(NATO_PARTIES_2012, { art5: { request: 0 } }),
      inject: '      - { at: 2012-06-22, effect: { armedAttack: { by: SYR, on: TUR, in: mediterranean, intensity: use_of_force } } }',
    }),
    situation: 'event',
    expect: {
      obligations: {
        ...all(natoArt4Keys(NATO_PARTIES_2012), DORMANT),
        ...all(['USA', 'GBR', 'FRA'].map((p) => `nato-1949/art5@${p}`), { state: 'unrequested' }),
        ...all(['USA', 'GBR', 'FRA'].map((p) => `nato-1949/art4@${p}`), { state: 'honoured', level: 'consult' }),
      },
      ledger: {
        ...Object.fromEntries(['USA', 'GBR', 'FRA'].map((p) => [`nato-1949/art5@${p}`, ['judged', 'unrequested']])),
        ...Object.fromEntries(['USA', 'GBR', 'FRA'].map((p) => [`nato-1949/art4@${p}`, honouredLedger('consult')])),
      },
      events: [{ kind: 'obligation', detail: 'unrequested', attacked: 'TUR', date: '2012-06-22' }],
      absent: [{ kind: 'obligation', detail: 'invoked', cause: 'obligation:nato-1949/art5@USA' }],
      relations: [
        { between: ['SYR', 'TUR'], rung: 'clash' },
        { between: ['USA', 'SYR'], rung: 'peace' },
      ],
    },
  },
  {
    id: 'RR-10',
    title: 'Kursk, 6 Aug 2024: the Ukrainian incursion comes before the Russia–DPRK treaty is in force (not_in_force); a strike on 5 Dec 2024, in the same war, is judged — Art. 4 read literally',
    source: SRC_KURSK,
    interpretation: 'Art. 4 coded literally (no unprovoked qualifier), as the DPRK presented its 2025 decision, so that the dates alone decide: the incursion of 6 Aug 2024 is an armed attack on Russia, at war, on Russian territory, and would meet the casus, but the treaty signed on 19 June entered into force only on 4 Dec 2024 — the DPRK\'s duty records not_in_force, once for the war episode (Russia\'s war with Ukraine, open since 24 Feb 2022). Entry into force is not itself a casus. A Ukrainian strike in Kursk on 5 Dec 2024 (stylised: fighting in the oblast went on into 2025) is the first act judged under the treaty; the DPRK honours at forces (its troops were in Kursk by then, sent in October, before the treaty bound it — no treaty response can explain that deployment). The DPRK joins the side that began the war episode, so its war with Ukraine is recorded as begun by the DPRK.',
    yaml: KURSK,
    situation: 'event',
    expect: {
      obligations: { ...all(RUS_PRK_2024_KEYS, DORMANT), 'rus-prk-2024/art4@PRK': { state: 'honoured', level: 'forces' } },
      ledger: { 'rus-prk-2024/art4@PRK': ['not_in_force', ...honouredLedger('forces')] },
      events: [
        { kind: 'obligation', cause: 'obligation:rus-prk-2024/art4@PRK', detail: 'not_in_force', date: '2024-08-06' },
        { kind: 'obligation', cause: 'pact:rus-prk-2024', detail: 'in_force', date: '2024-12-04' },
        { kind: 'obligation', cause: 'obligation:rus-prk-2024/art4@PRK', detail: 'judged', date: '2024-12-05' },
      ],
      relations: [
        { between: ['PRK', 'UKR'], rung: 'war', war: 'hostilities', initiator: 'PRK' },
        { between: ['RUS', 'UKR'], rung: 'war', war: 'hostilities', initiator: 'RUS' },
      ],
    },
  },
  {
    id: 'RR-11',
    title: 'Council primacy only when the Council acts: a Russian attack on Estonia (hypothetical, 2022) answered by the US at forces; a ceasefire draft with the tally of S/2022/155 is vetoed by Russia, and the US measures go on',
    source: `${SRC_NATO}; S/2022/155 (25 Feb 2022), vetoed by Russia 11–1–3, China, India and the UAE abstaining (UN press release SC/14808, https://press.un.org/en/2022/sc14808.doc.htm; not in facts.md); 2022 composition as in unsc.ts (facts.md §2b)`,
    interpretation: 'Art. 5: the measures "shall be terminated when the Security Council has taken the measures necessary to restore and maintain international peace and security". A draft vetoed is no measure of the Council, so the allies\' measures stand. The attack is hypothetical; the vote copies the real tally of the Council\'s Ukraine draft of the next day in February 2022 (the aggressor, a permanent member, vetoes a text on its own war). The draft is coded as a ceasefire between Russia and Estonia, which would end the war if adopted (P51-07 shows that path).',
    yaml: natoScenario({
      id: 'RR-11', title: 'Estonia, vetoed ceasefire', clock: '{ start: 2022-03-01, tick: day, horizon: 4 }',
      names: namesOf([...SEATS_2022.map((s) => s.actor), 'EST']),
      pacts: nato1949(NATO_PARTIES_2022),
      extra: council({ seats: SEATS_2022, votes: everyone(SEATS_2022, 'yes', { RUS: 'no', CHN: 'abstain', IND: 'abstain', ARE: 'abstain' }) }),
      inject: `      - { at: 1, effect: { armedAttack: { by: RUS, on: EST, in: estonia, intensity: war } } }
      - { at: 3, effect: { draft: { kind: ceasefire, between: [RUS, EST], sponsor: USA } } }`,
    }),
    situation: 'event',
    decisions: {
      'respond nato-1949/art5@USA': 'honour:forces',
      'respond nato-1949/art5@GBR': 'honour:consult',
      'respond nato-1949/art5@FRA': 'honour:consult',
    },
    expect: {
      obligations: {
        'nato-1949/art5@USA': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@GBR': { state: 'honoured', level: 'consult' },
        'nato-1949/art5@FRA': { state: 'honoured', level: 'consult' },
        'nato-1949/art5@EST': DORMANT,
      },
      ledger: { 'nato-1949/art5@USA': honouredLedger('forces') },
      drafts: [{ kind: 'ceasefire', result: 'vetoed', yes: 11, no: 1, abstain: 3, vetoedBy: ['RUS'] }],
      absent: [{ kind: 'ceasefire' }],
      relations: [
        { between: ['RUS', 'EST'], rung: 'war', war: 'hostilities', initiator: 'RUS' },
        { between: ['USA', 'RUS'], rung: 'war', war: 'hostilities', initiator: 'RUS' },
      ],
    },
  },
  {
    id: 'RR-12',
    title: '11 September 2001 and the Rio Treaty read to the letter: "an armed attack by any State" — an attack by a non-state group is no casus, and the invocation of 21 Sep 2001 is a claim beyond the text (pretext)',
    source: `${SRC_RIO}; ${SRC_911_NATO}`,
    interpretation: 'Art. 3(1) names the attacker: "any State". Coded to the letter with a class: `by: { except: { tag: non_state } }`, al-Qaeda carrying the tag non_state. The casus is not met; the American States nonetheless declared on 21 Sep 2001 that the attacks were attacks on all of them under the treaty: coded as pretext 1 (Argentina\'s level pinned at diplomatic; what each state did is not in the facts). A reading of "State" that covers an attack from a state\'s territory by a group it harbours would code by: any and meet the casus (the fragment\'s default, as RR-07 reads NATO Art. 5, whose text has no such word). The United States has no duty toward itself; Art. 6 (an aggression that is not an armed attack) is coded on threats and is not reached.',
    yaml: eventScenario({
      id: 'RR-12', title: '11 September 2001 and the Rio Treaty', clock: '{ start: 2001-09-10, tick: day, horizon: 3 }', version: '1.7',
      regions: `regions:
  art4_region: { name: Rio Treaty Art. 4 region }
  usa: { within: art4_region, administeredBy: USA }
  argentina: { within: art4_region, administeredBy: ARG }`,
      actors: actors({ USA: 'United States', ARG: 'Argentina', AQ: 'al-Qaeda' }, { USA: 'nuclear: true, territory: usa', ARG: 'territory: argentina', AQ: 'tags: [non_state]' }),
      pacts: rioByStates({ art3: { pretext: 1 }, parties: RIO_PARTIES }),
      inject: '      - { at: 2001-09-11, effect: { armedAttack: { by: AQ, on: USA, in: usa, intensity: use_of_force } } }',
      outcomes: '  alliance_war: { when: { posture: { actor: USA, atLeast: war } } }',
    }),
    situation: 'event',
    decisions: { 'respond rio-1947/art3@ARG': 'honour:diplomatic' },
    expect: {
      obligations: { ...all(RIO_1947_KEYS, DORMANT), 'rio-1947/art3@ARG': { state: 'honoured', level: 'diplomatic' } },
      ledger: { 'rio-1947/art3@ARG': ['judged:unmet', 'invoked:pretext', 'honoured:diplomatic'] },
      relations: [{ between: ['ARG', 'AQ'], rung: 'tension' }],
    },
  },
  {
    id: 'RR-13',
    title: 'Camp David: the Hwasong-18 launch of 12 Jul 2023 comes before the commitment (not_in_force); the launch of 18 Dec 2023 sets off the three consultations',
    source: SRC_CAMP_DAVID,
    interpretation: 'The commitment of 18 Aug 2023 is coded, as E-07 codes it, on "provocations": a signal casus on ICBM launches by a non-party, aimed at no one in particular. The July launch would have met it but the commitment did not yet exist: each party\'s duty records not_in_force. On 18 Aug it enters into force; the December launch is judged and each party consults (the three governments did hold trilateral talks and began sharing missile-warning data in real time on 19 Dec 2023 — general knowledge). Daily ticks from 11 Jul to 19 Dec 2023.',
    yaml: eventScenario({
      id: 'RR-13', title: 'Camp David and the Hwasong-18', clock: '{ start: 2023-07-11, tick: day, horizon: 161 }', version: '1.7',
      actors: actors({ USA: 'United States', ROK: 'Republic of Korea', JPN: 'Japan', PRK: 'DPRK' }),
      pacts: campDavid2023({ casus: '{ signal: { kinds: [icbm_launch], by: non_party, on: any } }' }),
      inject: `      - { at: 2023-07-12, effect: { signal: { kind: icbm_launch, by: PRK } } }
      - { at: 2023-12-18, effect: { signal: { kind: icbm_launch, by: PRK } } }`,
      outcomes: '  consulted: { when: { posture: { actor: USA, atLeast: war } } }',
    }),
    situation: 'event',
    expect: {
      obligations: all(CAMP_DAVID_KEYS, { state: 'honoured', level: 'consult' }),
      ledger: Object.fromEntries(CAMP_DAVID_KEYS.map((k) => [k, ['not_in_force', ...honouredLedger('consult')]])),
      events: [
        { kind: 'obligation', detail: 'not_in_force', date: '2023-07-12' },
        { kind: 'obligation', cause: 'pact:camp-david-2023', detail: 'in_force', date: '2023-08-18' },
        { kind: 'obligation', detail: 'honoured', date: '2023-12-18' },
      ],
    },
  },
  {
    id: 'RR-14',
    title: 'Falklands, res. 502 (3 Apr 1982): the Council\'s demand for a cessation of hostilities is adopted 10–1–4, and Argentina defies it — the war goes on',
    source: 'res. 502 (1982): adopted 10–1–4, Panama against, China, Poland, Spain and the USSR abstaining (http://unscr.com/en/resolutions/502; facts.md §2h as kept in packages/scenarios/facts/facts.md); Argentina did not withdraw and the fighting ended with its surrender on 14 June (facts.md §1l, same file)',
    interpretation: 'Res. 502 demanded an immediate cessation of hostilities and Argentina\'s withdrawal: coded as a ceasefire draft between Argentina and the United Kingdom under Chapter VII (so the United Kingdom, a party to the dispute, votes, as in A27-03), with compliance 0 — the parties did not comply. semantics.md: the draft is adopted, then the defiance is a `signal` event ceasefire_defied (by the first actor of the pair, on the second) and the war goes on; no ceasefire is imposed.',
    yaml: FALKLANDS_502(0),
    situation: 'event',
    expect: {
      obligations: {},
      drafts: [{ kind: 'ceasefire', target: null, result: 'adopted', yes: 10, no: 1, abstain: 4 }],
      events: [
        { kind: 'draftResult', detail: 'adopted', date: '1982-04-03' },
        { kind: 'signal', actor: 'ARG', target: 'GBR', detail: 'ceasefire_defied', cause: 'council:ceasefire:defied' },
      ],
      absent: [{ kind: 'ceasefire' }],
      relations: [{ between: ['ARG', 'GBR'], rung: 'war', war: 'hostilities', initiator: 'ARG' }],
    },
  },
  {
    id: 'RR-15',
    title: 'NATO Art. 4, 24 Feb 2022: Russia\'s invasion of Ukraine, a non-party, is no Art. 5 casus; threats to Estonia and Poland on the same day call every other ally to consult, once for each threatened ally',
    source: `${SRC_NATO}; on 24 Feb 2022 Bulgaria, Czechia, Estonia, Latvia, Lithuania, Poland, Romania and Slovakia asked for consultations under Art. 4 and the North Atlantic Council held them (NATO statement of 24 Feb 2022, https://www.nato.int/cps/en/natohq/official_texts_192404.htm; not in facts.md)`,
    interpretation: 'Ukraine is no party: the invasion engages no clause. The eight allies asked for consultations because they judged their own security threatened: written, for two of them, as threats by Russia against Estonia and against Poland on 24 Feb (two threat events in one tick). Art. 4 is coded on threats to a party with no area and no request. Each threat is a casus of its own for every other party: the United States and the United Kingdom consult twice (once for Estonia, once for Poland), Estonia for Poland and Poland for Estonia. A threat moves no relation, so the first judgment does not hold the second back (semantics.md: a judgment made at crisis or below holds back nothing).',
    yaml: natoScenario({
      id: 'RR-15', title: 'Art. 4, 24 Feb 2022', clock: '{ start: 2022-02-23, tick: day, horizon: 2 }',
      names: namesOf([...NATO_PARTIES_ART4, 'RUS', 'UKR']),
      pacts: nato1949WithArt4(NATO_PARTIES_ART4),
      inject: `      - { at: 2022-02-24, effect: { armedAttack: { by: RUS, on: UKR, intensity: war } } }
      - { at: 2022-02-24, effect: { threat: { by: RUS, on: EST } } }
      - { at: 2022-02-24, effect: { threat: { by: RUS, on: POL } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: {
        ...all(natoArt4Keys(NATO_PARTIES_ART4), DORMANT),
        ...all(NATO_PARTIES_ART4.map((p) => `nato-1949/art4@${p}`), { state: 'honoured', level: 'consult' }),
      },
      ledger: {
        'nato-1949/art4@USA': [...honouredLedger('consult'), ...honouredLedger('consult')],
        'nato-1949/art4@GBR': [...honouredLedger('consult'), ...honouredLedger('consult')],
        'nato-1949/art4@EST': honouredLedger('consult'),
        'nato-1949/art4@POL': honouredLedger('consult'),
        'nato-1949/art5@USA': [],
      },
      relations: [{ between: ['RUS', 'UKR'], rung: 'war', war: 'hostilities', initiator: 'RUS' }, { between: ['USA', 'RUS'], rung: 'peace' }],
    },
  },
  {
    id: 'RR-16',
    title: 'Kursk, Dec 2024 — a Ukrainian strike on DPRK troops fighting beside Russia, Art. 4 read literally: the DPRK is at war after an armed attack, so Russia\'s duty toward it is met (Russia already fights Ukraine)',
    source: `${SRC_KURSK_TROOPS}; ${SRC_KCNA_2025}`,
    interpretation: 'Art. 4 has no area: an attack on a party\'s forces anywhere counts, here DPRK troops on Russian soil (Kursk). Read literally (no unprovoked qualifier, as R24-05 reads it for Russia), the DPRK is in a state of war after an armed attack, and Russia, its partner, is not at war with the DPRK (the W55-06 bar does not apply): Russia judges, invokes and honours at forces, which changes no relation — it is already at war with Ukraine, on the same side. The DPRK\'s war with Ukraine is written as begun by the DPRK on 18 Nov 2024 (the Pentagon\'s date for its troops entering Kursk).',
    yaml: kurskDprkTroops('RR-16', false),
    situation: 'event',
    expect: {
      obligations: { ...all(RUS_PRK_2024_KEYS, DORMANT), 'rus-prk-2024/art4@RUS': { state: 'honoured', level: 'forces' } },
      ledger: { 'rus-prk-2024/art4@RUS': honouredLedger('forces'), 'rus-prk-2024/art4@PRK': [] },
      relations: [
        { between: ['RUS', 'UKR'], rung: 'war', war: 'hostilities', initiator: 'RUS' },
        { between: ['PRK', 'UKR'], rung: 'war', war: 'hostilities', initiator: 'PRK' },
      ],
    },
  },
  {
    id: 'RR-17',
    title: 'The same strike on DPRK troops with Art. 4 read with Art. 51 (unprovoked): the DPRK stands on the side that began the war, so Russia\'s duty is not met and nothing is judged',
    source: `${SRC_KURSK_TROOPS}; ${SRC_KCNA_2025}`,
    interpretation: 'Read with the Art. 51 qualifier, the attack must not be on a state standing on the side that began the war episode. The DPRK joined Russia\'s war of 24 Feb 2022 on Russia\'s side, the side that began it (R24-05), so a Ukrainian strike on its troops is self-defence, not a casus. With pretext 0 nothing is recorded.',
    yaml: kurskDprkTroops('RR-17', true),
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      absent: [{ kind: 'obligation' }],
    },
  },
  {
    id: 'RR-18',
    title: 'Resolution 2336, 31 Dec 2016: adopted 15–0 on the last day of the 2015–16 members\' terms — they vote; the five seated from 1 Jan 2017 do not',
    source: 'UN press release SC/12663, 31 Dec 2016 (https://www.un.org/press/en/2016/sc12663.doc.htm): resolution 2336 adopted unanimously; terms of the 2015–16 and 2017–18 members: general knowledge (as SEATS_2017 in unsc.ts); not in facts.md',
    interpretation: 'An elected term runs from 1 January of the first year to 31 December of the second, both days included (seats `to: 2016-12-31`): Angola, Malaysia, New Zealand, Spain and Venezuela vote on 31 December; Bolivia, Ethiopia, Italy, Kazakhstan and Sweden, whose terms began the next day, do not. The resolution welcomed the Russian–Turkish ceasefire arrangements for Syria: coded as a condemnation-kind draft (recorded only), the kind being beside the point.',
    yaml: vote({
      id: 'RR-18', title: 'Resolution 2336', date: '2016-12-31', seats: SEATS_2016_17, target: 'SYR',
      votes: everyone(SEATS_2016_17, 'yes'),
      draft: '{ kind: condemnation, target: SYR, sponsor: RUS }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'condemnation', target: 'SYR', result: 'adopted', yes: 15, no: 0, abstain: 0 }],
    },
  },
  {
    id: 'RR-19',
    title: 'Art. 5, one war on two Baltic fronts opened on the same day (hypothetical): Russia attacks Estonia and Latvia at once — the United States judges each attacked ally once, as it does when the attacks come a day apart (N49-08)',
    source: `${SRC_NATO}; docs/semantics.md "Casus foederis" (one judgment per war episode for each attacker and beneficiary; a coalition is one casus only for attacks on the same beneficiary)`,
    interpretation: 'N49-08 writes the attacks on successive days and the United States judges Russia–Estonia and Russia–Latvia once each. Opened on the same day the two attacks are still two casus: they strike different beneficiaries, so the coalition rule (another attacker of the same beneficiary joins the pending casus) does not merge them, and nothing in semantics.md lets an obligation drop a casus because it is busy with another. Estonia and Latvia each judge the attack on the other once. All answers pinned at consult, so only the judgments differ. Hypothetical: the real record has no same-day attack on two NATO allies; RR-15 is the real-world form of the same rule (Art. 4, 24 Feb 2022).',
    yaml: natoScenario({
      id: 'RR-19', title: 'Two Baltic fronts on one day', clock: '{ start: 2025-03-03, tick: day, horizon: 2 }',
      names: namesOf(['USA', 'EST', 'LVA', 'RUS']),
      pacts: nato1949(['USA', 'EST', 'LVA']),
      inject: `      - { at: 1, effect: { armedAttack: { by: RUS, on: EST, in: estonia, intensity: 5 } } }
      - { at: 1, effect: { armedAttack: { by: RUS, on: LVA, in: latvia, intensity: 5 } } }`,
    }),
    situation: 'event',
    decisions: { 'respond nato-1949/art5@USA': 'honour:consult', 'respond nato-1949/art5@EST': 'honour:consult', 'respond nato-1949/art5@LVA': 'honour:consult' },
    expect: {
      obligations: all(natoKeys(['USA', 'EST', 'LVA']), { state: 'honoured', level: 'consult' }),
      ledger: {
        'nato-1949/art5@USA': [...honouredLedger('consult'), ...honouredLedger('consult')],
        'nato-1949/art5@EST': honouredLedger('consult'),
        'nato-1949/art5@LVA': honouredLedger('consult'),
      },
      relations: [{ between: ['RUS', 'EST'], rung: 'war', initiator: 'RUS' }, { between: ['RUS', 'LVA'], rung: 'war', initiator: 'RUS' }],
    },
  },
  {
    id: 'RR-20',
    title: 'Pact of Steel, 1 Sep 1939: Germany, a party, attacks Poland — Italy\'s offensive duty (Art. III) is met, and Italy, declaring non-belligerence, denies it; no Italian war with Poland',
    source: SRC_STEEL,
    interpretation: 'Art. III binds each party to come to the other\'s aid "if ... it becomes involved in warlike complications with another Power", without asking who began them: an offensive obligation (ATOP offense), coded `type: offense` with `by: party` — the casus is an armed attack by the partner, the beneficiary is the attacker\'s partner (Germany), and a response would be aimed at the state attacked (Poland). Italy declared non-belligerence on 1 Sep 1939, Hitler having told Mussolini that day that he did not need Italian military help: coded as a denial (deny 1: the obligated party judging, with the partner\'s assent, that the casus does not call on it now). Germany\'s own duties are not engaged: it is the attacker. Poland is no party and protected by nothing here.',
    yaml: steel('RR-20', 'Pact of Steel, 1 Sep 1939', '{ start: 1939-08-31, tick: day, horizon: 2 }', '      - { at: 1939-09-01, effect: { armedAttack: { by: DEU, on: POL, in: poland, intensity: war } } }', 1),
    situation: 'event',
    expect: {
      obligations: { ...all(STEEL_KEYS, DORMANT), 'steel-1939/art3-attacking@ITA': { state: 'denied' } },
      ledger: { 'steel-1939/art3-attacking@ITA': ['judged', 'denied'] },
      relations: [
        { between: ['DEU', 'POL'], rung: 'war', war: 'hostilities', initiator: 'DEU' },
        { between: ['ITA', 'POL'], rung: 'peace', war: 'none' },
      ],
    },
  },
  {
    id: 'RR-21',
    title: 'Pact of Steel, 10 June 1940: Italy, a party, attacks France — Germany\'s offensive duty is met and honoured at forces; Germany, at war with France since Sep 1939, joins on Italy\'s side and the Italian–French war is begun by Italy',
    source: SRC_STEEL,
    interpretation: 'Italy declared war on France and the United Kingdom on 10 June 1940 and attacked in the Alps: written as an armed attack by Italy on France at war intensity. Germany\'s offensive duty toward Italy is met (by: party) and honoured at forces against the state Italy attacked; Germany was already at war with France (since 3 Sep 1939, France\'s declaration; the war written as begun by Germany, which invaded Poland, France\'s ally), so its relation with France does not move. Italy\'s own duties are not engaged (it is the attacker), nor is Germany\'s defence duty (Italy was not attacked). Deny 0.',
    yaml: steel('RR-21', 'Pact of Steel, 10 June 1940', '{ start: 1940-06-09, tick: day, horizon: 2 }', '      - { at: 1940-06-10, effect: { armedAttack: { by: ITA, on: FRA, in: france, intensity: war } } }', 0,
      '\nrelations:\n  - { between: [DEU, FRA], rung: war, war: declared, initiator: DEU, since: 1939-09-03 }'),
    situation: 'event',
    expect: {
      obligations: { ...all(STEEL_KEYS, DORMANT), 'steel-1939/art3-attacking@DEU': { state: 'honoured', level: 'forces' } },
      ledger: { 'steel-1939/art3-attacking@DEU': honouredLedger('forces') },
      relations: [
        { between: ['ITA', 'FRA'], rung: 'war', war: 'hostilities', initiator: 'ITA' },
        { between: ['DEU', 'FRA'], rung: 'war', war: 'declared', initiator: 'DEU' },
      ],
    },
  },
  {
    id: 'RR-22',
    title: 'The Football War, July 1969: El Salvador, a Rio Treaty party, invades Honduras, another — the United States\' Art. 3 duty is met at Honduras\'s request; Honduras\'s air strikes on El Salvador the next day, in the war El Salvador began, are no casus (Art. 51 reading)',
    source: SRC_FOOTBALL,
    interpretation: 'Art. 3(1) makes "an armed attack by any State against an American State" an attack on all: a party attacking another party is covered (by: any). Read with Art. 51 (unprovoked), as TIAR-02 reads it: Honduras\'s strikes of 15 July answer the invasion El Salvador began, so they are no casus for the duties toward El Salvador. Art. 3(2): the measures are taken on the request of the state attacked; Honduras called on the OAS (request: { chance: 1 }). The United States acted through the Organ of Consultation, not with force: its level is pinned at diplomatic. The two belligerents owe nothing under Art. 3 in their own war (each is either the attacker or the attacked). Art. 6 (coded on threats) is not reached.',
    yaml: eventScenario({
      id: 'RR-22', title: 'The Football War', clock: '{ start: 1969-07-13, tick: day, horizon: 3 }', version: '1.7',
      regions: `regions:
  art4_region: { name: Rio Treaty Art. 4 region }
  usa: { within: art4_region, administeredBy: USA }
  honduras: { within: art4_region, administeredBy: HND }
  el_salvador: { within: art4_region, administeredBy: SLV }`,
      actors: actors({ USA: 'United States', SLV: 'El Salvador', HND: 'Honduras' }, { USA: 'nuclear: true, territory: usa', SLV: 'territory: el_salvador', HND: 'territory: honduras' }),
      pacts: rio1947({ art3: { unprovoked: true, request: 1 }, parties: RIO_1969 }),
      inject: `      - { at: 1969-07-14, effect: { armedAttack: { by: SLV, on: HND, in: honduras, intensity: war } } }
      - { at: 1969-07-15, effect: { armedAttack: { by: HND, on: SLV, in: el_salvador, intensity: war } } }`,
      outcomes: '  us_at_war: { when: { posture: { actor: USA, atLeast: war } } }',
    }),
    situation: 'event',
    decisions: { 'respond rio-1947/art3@USA': 'honour:diplomatic' },
    expect: {
      obligations: { ...all(keysOf('rio-1947', ['art3', 'art6'], RIO_1969), DORMANT), 'rio-1947/art3@USA': { state: 'honoured', level: 'diplomatic' } },
      ledger: { 'rio-1947/art3@USA': honouredLedger('diplomatic') },
      events: [{ kind: 'obligation', cause: 'obligation:rio-1947/art3@USA', detail: 'invoked', attacked: 'HND', date: '1969-07-14' }],
      relations: [
        { between: ['SLV', 'HND'], rung: 'war', war: 'hostilities', initiator: 'SLV' },
        { between: ['USA', 'SLV'], rung: 'tension', war: 'none' },
      ],
    },
  },
  {
    id: 'RR-23',
    title: 'Kyrgyzstan and Tajikistan, 14 Sep 2022: two members of the Collective Security Treaty attack each other on the same day; neither asks for help — each other member judges both attacks and both are left unrequested',
    source: SRC_KGZ_TJK,
    interpretation: 'Art. 4 as amended covers an armed attack on a member by any state, a member included (by: any), on territory the attacked member administers. Who fired first is disputed; the case writes a Tajik attack on Kyrgyz-administered Batken and a Kyrgyz attack on Tajik-administered Isfara on the same day, both uses of force (MID 4, short of war, so W55-06 does not apply). For Russia and Kazakhstan these are two casus with two beneficiaries, not one coalition casus (the coalition rule joins attackers of the same beneficiary): each is judged and, since neither attacked member asked (request: { chance: 0 }), each is left unrequested. The two belligerents owe nothing on attacks they made or suffered themselves. (The engine passes this case because the first casus ends unrequested, which leaves the duty free for the second; had Kyrgyzstan asked, the first would be invoked and the second dropped — the defect of RR-15, RR-19 and RR-24.)',
    yaml: eventScenario({
      id: 'RR-23', title: 'Kyrgyzstan and Tajikistan, Sep 2022', clock: '{ start: 2022-09-13, tick: day, horizon: 2 }', version: '1.7',
      regions: `regions:
  russia: { administeredBy: RUS }
  kazakhstan: { administeredBy: KAZ }
  batken: { administeredBy: KGZ, name: Batken region (Kyrgyzstan) }
  isfara: { administeredBy: TJK, name: Isfara district (Tajikistan) }`,
      actors: actors({ RUS: 'Russia', KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan', TJK: 'Tajikistan' }, { RUS: 'nuclear: true, territory: russia', KAZ: 'territory: kazakhstan', KGZ: 'territory: batken', TJK: 'territory: isfara' }),
      pacts: cst1992({ art4: { request: 0 }, parties: CST_2022 }),
      inject: `      - { at: 2022-09-14, effect: { armedAttack: { by: TJK, on: KGZ, in: batken, intensity: use_of_force } } }
      - { at: 2022-09-14, effect: { armedAttack: { by: KGZ, on: TJK, in: isfara, intensity: use_of_force } } }`,
      outcomes: '  russia_at_war: { when: { posture: { actor: RUS, atLeast: war } } }',
    }),
    situation: 'event',
    expect: {
      obligations: { ...all(CST_2022_KEYS, DORMANT), 'cst-1992/art4@RUS': { state: 'unrequested' }, 'cst-1992/art4@KAZ': { state: 'unrequested' } },
      ledger: {
        'cst-1992/art4@RUS': ['judged', 'unrequested', 'judged', 'unrequested'],
        'cst-1992/art4@KAZ': ['judged', 'unrequested', 'judged', 'unrequested'],
      },
      events: [
        { kind: 'obligation', cause: 'obligation:cst-1992/art4@RUS', detail: 'unrequested', attacked: 'KGZ' },
        { kind: 'obligation', cause: 'obligation:cst-1992/art4@RUS', detail: 'unrequested', attacked: 'TJK' },
      ],
      relations: [{ between: ['KGZ', 'TJK'], rung: 'clash' }, { between: ['RUS', 'TJK'], rung: 'peace' }],
    },
  },
  {
    id: 'RR-24',
    title: 'ANZUS Art. IV, a second attack during the response delay (hypothetical): the DPRK strikes Guam, then New Zealand the next day — Australia, bound to both since 1986, judges each attack',
    source: 'facts.md §1k Art. IV and the 1986 suspension (https://aspistrategist.ru/north-korea-australia-anzus-treaty; Gibler: https://issuhub.com/view/index?id=23326&pageIndex=460) and the Guam warning of Aug 2017 (https://news.am/eng/news/404357.html), as kept in packages/scenarios/facts/facts.md; docs/semantics.md "Casus foederis" (the coalition rule: another attacker of the same beneficiary during the `within` delay)',
    interpretation: 'Since 1986 Australia owes Art. IV to New Zealand and to the United States separately (ANZ-04, ANZ-05). The first strike (Guam, US territory in the Pacific Area) is judged and invoked, Australia\'s answer falling due a day later (within: 1, "in accordance with its constitutional processes"). The strike on New Zealand the next day is a casus of its own, on another beneficiary: semantics.md joins a later attacker to a pending casus only when it strikes the same beneficiary, and otherwise judges every casus (one judgment per war episode for each attacker and beneficiary). Australia answers both at diplomatic (pinned). Hypothetical: the real record has no such attacks; it isolates the response delay, where RR-15, RR-19 and RR-23 are same-tick.',
    yaml: eventScenario({
      id: 'RR-24', title: 'ANZUS, Guam then New Zealand', clock: '{ start: 2025-03-03, tick: day, horizon: 4 }', version: '1.7',
      regions: `regions:
  pacific_area: { name: Pacific Area }
  guam: { within: pacific_area, administeredBy: USA }
  new_zealand: { within: pacific_area, administeredBy: NZL }`,
      actors: actors({ AUS: 'Australia', NZL: 'New Zealand', USA: 'United States', PRK: 'DPRK' }, { NZL: 'territory: new_zealand', USA: 'nuclear: true' }),
      pacts: anzus1951(),
      inject: `      - { at: 1, effect: { armedAttack: { by: PRK, on: USA, in: guam, intensity: war } } }
      - { at: 2, effect: { armedAttack: { by: PRK, on: NZL, in: new_zealand, intensity: war } } }`,
      outcomes: '  australia_at_war: { when: { posture: { actor: AUS, atLeast: war } } }',
    }),
    situation: 'event',
    decisions: { 'respond anzus-1951/art4@AUS': 'honour:diplomatic' },
    expect: {
      obligations: { ...all(ANZUS_1951_KEYS, DORMANT), 'anzus-1951/art4@AUS': { state: 'honoured', level: 'diplomatic' } },
      ledger: { 'anzus-1951/art4@AUS': [...honouredLedger('diplomatic'), ...honouredLedger('diplomatic')] },
      relations: [{ between: ['AUS', 'PRK'], rung: 'tension' }],
    },
  },
  {
    id: 'RR-25',
    title: 'Resolution 2623, 27 Feb 2022 ("Uniting for Peace"): a procedural decision, 11–1–3 — adopted over Russia\'s vote against; the proviso of Art. 27(3) does not reach it even with the dispute declared',
    source: 'UN press release SC/14809 (https://press.un.org/en/2022/sc14809.doc.htm): 11 in favour, Russia against, China, India and the United Arab Emirates abstaining; a procedural resolution, so no permanent member\'s vote is a veto; 2022 composition as in unsc.ts (facts.md §2b); not in facts.md',
    interpretation: 'Calling an emergency special session of the General Assembly is a procedural decision (Art. 27(2): any nine votes): coded as the format\'s procedural kind, agenda. The draft also declares the dispute between Russia and Ukraine and a Chapter VI basis, to test the rule that the proviso ("a party to a dispute shall abstain") concerns only non-procedural decisions under Chapter VI or Art. 52(3): Russia\'s vote stays a vote against, counted as such and not as an obligatory abstention, and it is no veto.',
    yaml: vote({
      id: 'RR-25', title: 'Resolution 2623', date: '2022-02-27', seats: SEATS_2022, target: 'UKR',
      votes: everyone(SEATS_2022, 'yes', { RUS: 'no', CHN: 'abstain', IND: 'abstain', ARE: 'abstain' }),
      draft: '{ kind: agenda, target: UKR, sponsor: USA, under: chapter_vi, dispute: [RUS, UKR] }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'agenda', target: 'UKR', result: 'adopted', yes: 11, no: 1, abstain: 3 }],
    },
  },
];
