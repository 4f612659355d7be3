/**
 * The real record, second round (RR-45 on): Council votes of the 11-seat Council that the first
 * round did not hold the engine to (res. 83 of 27 June 1950, passed with the bare seven while two
 * members present took no part; the Western ceasefire draft on Goa, 18 Dec 1961, vetoed with the
 * bare seven in favour), a permanent member vetoing a draft on its own dispute (S/2022/720, 30 Sep
 * 2022), and two alliances the other families had not coded: the Anglo-Portuguese alliance at Goa
 * (1961) and the US–ROC Mutual Defense Treaty of 1954 — its Art. VI territories (Kinmen, 1958) and
 * its termination under Art. X (the notice effective as of 1 Jan 1979, the treaty's end on 1 Jan
 * 1980).
 *
 * Sources: the shared facts where they reach; otherwise the public record named in each case
 * (checked by search on 4 Dec 2026). Where a member's vote is inferred rather than read, the case
 * says so; the tallies and dates are the record's.
 */
import { all, DORMANT, honouredLedger, LAPSED, type ConformanceCase } from '../case.js';
import { actors, elected, everyone, eventScenario, nato1949WithArt4, natoArt4Keys, steel1939, voteScenario, type SeatSpec, type Vote } from '../fragments.js';
import { SEATS_2022 } from './unsc.js';

const NAMES: Record<string, string> = {
  ROC: 'China (Republic of China)', FRA: 'France', GBR: 'United Kingdom', USA: 'United States', SUN: 'USSR', RUS: 'Russia', CHN: 'China',
  // 1950
  CUB: 'Cuba', EGY: 'Egypt', NOR: 'Norway', ECU: 'Ecuador', IND: 'India', YUG: 'Yugoslavia', PRK: 'DPRK',
  // 1961
  LKA: 'Ceylon', CHL: 'Chile', LBR: 'Liberia', TUR: 'Turkey', UAR: 'United Arab Republic', POR: 'Portugal',
  // 2022 (SEATS_2022 of unsc.ts)
  ALB: 'Albania', BRA: 'Brazil', GAB: 'Gabon', GHA: 'Ghana', ARE: 'United Arab Emirates', IRL: 'Ireland', KEN: 'Kenya', MEX: 'Mexico', UKR: 'Ukraine',
  // 1958–80
  PRC: 'People\'s Republic of China',
  // 1962
  ROU: 'Romania', VEN: 'Venezuela',
  // 1956
  AUS: 'Australia', BEL: 'Belgium', IRN: 'Iran', HUN: 'Hungary', COD: 'Republic of the Congo (Léopoldville)',
  // 2006
  ARG: 'Argentina', DNK: 'Denmark', GRC: 'Greece', JPN: 'Japan', TZA: 'Tanzania', COG: 'Republic of the Congo', PER: 'Peru', QAT: 'Qatar', SVK: 'Slovakia',
};

/** 1950, eleven seats (general knowledge, as in unsc.ts and real-record.ts): China (ROC), France, UK, US, USSR; Cuba, Egypt, Norway (1949–50); Ecuador, India, Yugoslavia (1950–51). */
const SEATS_1950: SeatSpec[] = [
  ...['ROC', 'FRA', 'GBR', 'USA', 'SUN'].map((actor) => ({ actor, permanent: true })),
  ...elected(1949, ['CUB', 'EGY', 'NOR']), ...elected(1950, ['ECU', 'IND', 'YUG']),
];
/**
 * 1961, eleven seats: China (ROC), France, UK, US, USSR; Ceylon and Ecuador (1960–61); Chile and the
 * United Arab Republic (1961–62); Liberia and Turkey for 1961 only (split terms). General knowledge,
 * not in facts.md.
 */
const SEATS_1961: SeatSpec[] = [
  ...['ROC', 'FRA', 'GBR', 'USA', 'SUN'].map((actor) => ({ actor, permanent: true })),
  ...elected(1960, ['LKA', 'ECU']), ...elected(1961, ['CHL', 'UAR']),
  { actor: 'LBR', from: '1961-01-01', to: '1961-12-31' }, { actor: 'TUR', from: '1961-01-01', to: '1961-12-31' },
];

/**
 * 30 Jan 1962, eleven seats: China (ROC), France, UK, US, USSR; Chile and the United Arab Republic
 * (1961–62); Ghana and Venezuela (1962–63); Ireland and Romania for 1962 only (split terms). The
 * members named by the FRUS note of RR-53 (Romania, the USSR, Ghana, the UAR); the rest general
 * knowledge, not in facts.md.
 */
const SEATS_1962: SeatSpec[] = [
  ...['ROC', 'FRA', 'GBR', 'USA', 'SUN'].map((actor) => ({ actor, permanent: true })),
  ...elected(1961, ['CHL', 'UAR']), ...elected(1962, ['GHA', 'VEN']),
  { actor: 'IRL', from: '1962-01-01', to: '1962-12-31' }, { actor: 'ROU', from: '1962-01-01', to: '1962-12-31' },
];
/** 2006 (general knowledge, not in facts.md): Argentina, Denmark, Greece, Japan, Tanzania (2005–06); Congo, Ghana, Peru, Qatar, Slovakia (2006–07). */
const SEATS_2006: SeatSpec[] = [
  ...['CHN', 'FRA', 'RUS', 'GBR', 'USA'].map((actor) => ({ actor, permanent: true })),
  ...elected(2005, ['ARG', 'DNK', 'GRC', 'JPN', 'TZA']), ...elected(2006, ['COG', 'GHA', 'PER', 'QAT', 'SVK']),
];

/**
 * 1956, eleven seats: China (ROC), France, UK, US, USSR; Belgium, Iran and Peru (1955–56);
 * Australia and Cuba (1956–57); Yugoslavia for 1956 only (a split term). The members named by
 * res. 119's record (France, UK, Australia, Belgium); the rest general knowledge, not in facts.md.
 */
const SEATS_1956: SeatSpec[] = [
  ...['ROC', 'FRA', 'GBR', 'USA', 'SUN'].map((actor) => ({ actor, permanent: true })),
  ...elected(1955, ['BEL', 'IRN', 'PER']), ...elected(1956, ['AUS', 'CUB']),
  { actor: 'YUG', from: '1956-01-01', to: '1956-12-31' },
];

/** A one-draft vote of the record (fragments.ts `voteScenario`). */
const vote = (o: { id: string; title: string; date: string; seats: readonly SeatSpec[]; votes: Record<string, Vote>; draft: string; targets: string[]; minYes?: number }): string =>
  voteScenario(NAMES, o);

// ---------------------------------------------------------------------------------------------
// Goa, December 1961

const SRC_GOA_VETO = 'FRUS 1961–63 vol. XIX doc. 76, editorial note (https://history.state.gov/historicaldocuments/frus1961-63v19/d76): Indian forces entered Goa, Daman and Diu at midnight 17–18 Dec 1961; the Council met on 18 Dec at Portugal\'s request (S/5030); the draft of the United States, France, Turkey and the United Kingdom (S/5033) calling for a ceasefire and the withdrawal of Indian forces failed 7–4, the Soviet negative vote being a veto (S/PV.987); the rival draft of Ceylon, Liberia and the United Arab Republic is S/5032 (reported by the Repertoire extract at https://goa-invasion-1961.blogspot.com/2013/05/complaint-by-portugal-goa.html); not in facts.md';
const SRC_GOA_ALLIANCE = 'Anglo-Portuguese alliance: the secret article of the treaty of 23 June 1661 (England to defend and protect the Portuguese Crown\'s conquests and colonies against all enemies), confirmed by the secret declaration of Windsor of 14 Oct 1899 (treaty texts, general knowledge, not in facts.md); the record: HL Deb 25 Jan 1962 vol 236 cc978-9 (https://api.parliament.uk/historic-hansard/lords/1962/jan/25/goa: the Foreign Secretary, Lord Home, said the UK did at Goa all Portugal asked of it — strong diplomatic representations to India — and that the treaties of alliance remain in force) and HC written answer of 30 Jan 1962 (https://api.parliament.uk/historic-hansard/written-answers/1962/jan/30/portugal: in 1954 Portugal had been told that British military operations to defend Goa against India were out of the question, but that Portugal had never been told the UK did not regard itself as bound); FRUS 1961–63 vol. XIX doc. 76 for the date of the invasion';

const ANGLO_PORTUGUESE_KEYS = ['anglo-portuguese/colonies@GBR', 'anglo-portuguese/colonies@POR'];

// ---------------------------------------------------------------------------------------------
// US–ROC Mutual Defense Treaty, 1954

const SRC_ROC_TEXT = 'US–ROC Mutual Defense Treaty (signed 2 Dec 1954, in force 3 Mar 1955): Art. V (an armed attack in the West Pacific Area directed against the territories of either party; each would act to meet the common danger in accordance with its constitutional processes), Art. VI (territories: for the Republic of China, Taiwan and the Pescadores; for the United States, the island territories in the West Pacific under its jurisdiction; others only by mutual agreement), Art. X (in force indefinitely; either party may terminate it one year after notice) — text in UNTS vol. 248 no. 3496 (https://en.wikisource.org/wiki/Page:UN_Treaty_Series_-_vol_248.pdf/234) and the Senate Foreign Relations Committee report of 1955 (https://books.google.ro/books?id=vEI3AAAAIAAJ&pg=PA968: the treaty area is narrower than the Formosa Resolution\'s); not in facts.md';
const SRC_ROC_NOTICE = 'FRUS 1977–80 vol. XIII doc. 180 (https://history.state.gov/historicaldocuments/frus1977-80v13/d180): on 23 Dec 1978 the Acting Secretary of State gave the Republic of China\'s embassy notice of termination under Art. X, the notice "effective on and as of January 1, 1979", so that the treaty terminates one year after that date; the treaty ended on 1 Jan 1980 (not in facts.md). Gibler (International Military Alliances, https://issuhub.com/view/index/23326?pageIndex=468) gives "in force until April 10, 1979", the date of the Taiwan Relations Act — not the treaty\'s own end';

const ROC_KEYS = ['us-roc-1954/art5@USA', 'us-roc-1954/art5@ROC'];
const ROC_REGIONS = `regions:
  west_pacific: { name: West Pacific Area }
  art6_territories: { within: west_pacific, name: "Art. VI territories (Taiwan and the Pescadores; US island territories in the West Pacific)" }
  taiwan: { within: art6_territories, administeredBy: ROC }
  pescadores: { within: art6_territories, administeredBy: ROC, name: Pescadores (Penghu) }
  kinmen: { within: west_pacific, administeredBy: ROC, name: "Kinmen (Quemoy), an offshore island not named in Art. VI" }
  mainland: { administeredBy: PRC }`;

/** Art. V read with Art. VI; "act to meet the common danger" names no act: every level from diplomatic up, equal weights, pinned by the cases (as US–ROK Art. III is coded). */
const usRoc1954 = `  - id: us-roc-1954
    name: Mutual Defense Treaty (United States–Republic of China)
    parties: [USA, ROC]
    signed: 1954-12-02
    inForce: 1955-03-03
    source: UNTS vol. 248 no. 3496 (Arts. V, VI, X)
    denunciation: { noticeMonths: 12, article: Art. X }
    obligations:
      - id: art5
        type: defense
        article: Art. V (with Art. VI)
        summary: an armed attack in the West Pacific Area on the territories of either party (Taiwan and the Pescadores; US island territories) → act to meet the common danger
        casus: { armedAttack: { on: party, in: [{ region: art6_territories, administeredBy: attacked }] } }
        response: { atLeast: diplomatic, levels: { diplomatic: 1, materiel: 1, forces: 1, war: 1 }, within: 1 }
        escape: constitutional_processes
        reliability: 1
        judgment: { deny: 0, pretext: 0 }`;

const rocScenario = (o: { id: string; title: string; clock: string; inject: string }): string => eventScenario({
  id: o.id, title: o.title, clock: o.clock, version: '1.8', regions: ROC_REGIONS,
  actors: actors({ USA: 'United States', ROC: 'Republic of China', PRC: 'People\'s Republic of China' }, { USA: 'nuclear: true', ROC: 'territory: taiwan', PRC: 'territory: mainland' }),
  pacts: usRoc1954,
  inject: o.inject,
  outcomes: '  us_at_war: { when: { posture: { actor: USA, atLeast: war } } }',
});
/** The US notice, as coded: given on the day it says it is effective (1 Jan 1979), not the day it was handed over (23 Dec 1978). */
/** The note as handed over (1.8: a notice that names its day); the cases after RR-50 date it on that day, to the same effect. */
const ROC_NOTICE_AS_GIVEN = '      - { at: 1978-12-23, effect: { denounce: { pact: us-roc-1954, by: USA, effective: 1980-01-01 } } }';
const ROC_NOTICE = '      - { at: 1979-01-01, effect: { denounce: { pact: us-roc-1954, by: USA } } }';

export const REAL_RECORD_2_CASES: ConformanceCase[] = [
  {
    id: 'RR-45',
    title: 'Resolution 83, 27 Jun 1950, on the 11-seat Council: 7–1 with Yugoslavia against, Egypt and India present but not voting, the USSR absent — adopted with the bare seven',
    source: 'S/RES/83 (1950), adopted at the 474th meeting by 7 votes to 1 (Yugoslavia), two members (Egypt, India) not participating, the USSR absent (UN resolutions of 1950 as transcribed at https://fr.m.wikisource.org/wiki/R%C3%A9solution_83_du_Conseil_de_s%C3%A9curit%C3%A9_des_Nations_unies); Egypt and India had no instructions from their governments (Salient, 24 May 1951, https://nzetc.victoria.ac.nz/tm/scholarly/tei-Salient14051951-t1-body-d2-d3.html); facts.md §2a counting notes (res. 82, 83, 84, USSR absent)',
    interpretation: 'Before 1966 Art. 27(3) required seven affirmative votes (minYes 7). The resolution recommended that members furnish the Republic of Korea the assistance needed to repel the attack: coded as an `authorization` on the DPRK (format 1.9; recorded only — the tally is what the case tests; before 1.9 the format had no kind for it and the case coded a condemnation). Egypt and India were at the table but did not vote: coded `notVoting` (format 1.8, present and not voting), so the tally tells them apart from the USSR\'s boycott (`absent`), as the record does; before 1.8 the format could only code them absent (RR-03 codes Yemen in 1990 the same way now). Yugoslavia\'s no is an elected member\'s, never a veto; the USSR\'s absence is no negative vote. Seven in favour is exactly the number required.',
    yaml: vote({
      id: 'RR-45', title: 'Resolution 83', date: '1950-06-27', seats: SEATS_1950, targets: ['PRK'], minYes: 7,
      votes: everyone(SEATS_1950, 'yes', { SUN: 'absent', YUG: 'no', EGY: 'not_voting', IND: 'not_voting' }),
      draft: '{ kind: authorization, target: PRK, sponsor: USA }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'authorization', target: 'PRK', result: 'adopted', yes: 7, no: 1, abstain: 0, absent: 1, notVoting: 2 }],
    },
  },
  {
    id: 'RR-46',
    title: 'S/2022/720, 30 Sep 2022 (the annexation "referendums" in four Ukrainian regions): 10–1–4 — vetoed by Russia, the party the draft condemned; a dispute declared without a Chapter does not make Russia abstain',
    source: 'S/2022/720, 30 Sep 2022: 10 in favour (Albania, France, Ghana, Ireland, Kenya, Mexico, Norway, the UAE, the UK, the US), Russia against, Brazil, China, Gabon and India abstaining; not adopted owing to Russia\'s negative vote (TASS, 30 Sep 2022, https://tass.com/world/1516347; Hindustan Times live report of 1 Oct 2022 citing AFP); 2022 composition as in unsc.ts (facts.md §2b); not in facts.md',
    interpretation: 'The draft declared the referendums invalid and demanded Russia\'s withdrawal from Ukraine: coded as a condemnation of Russia sponsored by the United States. Russia is a party to the dispute with Ukraine, and the case declares it (`dispute: [RUS, UKR]`), but the draft\'s Chapter is not read here (the text is not in the facts), so `under` is left out: semantics.md applies the proviso of Art. 27(3) only to a draft that declares both `under` (Chapter VI or Art. 52(3)) and `dispute`, and Council practice did not apply it (no one asked Russia to abstain, as at Crimea in 2014, A27-04). Russia votes, its no is a veto, and ten in favour would otherwise have adopted the draft. The abstention of China, a permanent member, is no veto.',
    yaml: vote({
      id: 'RR-46', title: 'S/2022/720', date: '2022-09-30', seats: SEATS_2022, targets: ['UKR'],
      votes: everyone(SEATS_2022, 'yes', { RUS: 'no', CHN: 'abstain', BRA: 'abstain', GAB: 'abstain', IND: 'abstain' }),
      draft: '{ kind: condemnation, target: RUS, sponsor: USA, dispute: [RUS, UKR] }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'condemnation', target: 'RUS', result: 'vetoed', yes: 10, no: 1, abstain: 4, vetoedBy: ['RUS'] }],
    },
  },
  {
    id: 'RR-47',
    title: 'Goa, S/5033, 18 Dec 1961: the Western ceasefire draft fails 7–4 on the 11-seat Council — seven in favour meets the bare requirement, so the USSR\'s negative vote is a veto, while Ceylon\'s, Liberia\'s and the UAR\'s are not; no ceasefire',
    source: SRC_GOA_VETO,
    interpretation: 'The draft called on India to cease fire and withdraw: coded as a ceasefire draft between India and Portugal (neither a member in 1961), sponsored by the United States. The tally (7–4) and the Soviet veto are the record\'s; which members made up the four is inferred: the USSR and the three sponsors of the rival draft S/5032 (Ceylon, Liberia, the United Arab Republic), the seven in favour being the four sponsors of S/5033, China (ROC), Chile and Ecuador. Seven votes is exactly the pre-1966 minimum (minYes 7), so the draft fails only through the permanent member\'s no: vetoed, by the USSR alone. A vetoed ceasefire imposes nothing.',
    yaml: vote({
      id: 'RR-47', title: 'S/5033 (Goa)', date: '1961-12-18', seats: SEATS_1961, targets: ['IND', 'POR'], minYes: 7,
      votes: everyone(SEATS_1961, 'yes', { SUN: 'no', LKA: 'no', LBR: 'no', UAR: 'no' }),
      draft: '{ kind: ceasefire, between: [IND, POR], sponsor: USA }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'ceasefire', target: null, result: 'vetoed', yes: 7, no: 4, abstain: 0, vetoedBy: ['SUN'] }],
      absent: [{ kind: 'ceasefire' }],
    },
  },
  {
    id: 'RR-48',
    title: 'Goa, 18 Dec 1961: India\'s invasion of a Portuguese-administered territory meets the Anglo-Portuguese alliance\'s guarantee of Portugal\'s colonies — the United Kingdom honours it at the level Portugal asked for, diplomatic representations, and goes no further',
    source: SRC_GOA_ALLIANCE,
    interpretation: 'The guarantee of 1661, confirmed in 1899, binds England to defend Portugal\'s conquests and colonies against all enemies, present and future: coded as a defence duty of the United Kingdom toward Portugal on an armed attack on territory Portugal administers, with no area and no qualifier on the attacker (India, a Commonwealth member, is an enemy like any other under the text; the British reservation of 1954 was never given to Portugal as a release, per the written answer of 30 Jan 1962). The response names no level: every level from diplomatic up, equal weights, the choice pinned at diplomatic — Lord Home told the Lords that the UK did what Portugal asked, strong representations to India. semantics.md lifts the UK–India relation to the ladder\'s responses rung (tension). Portugal\'s reciprocal duty (coded for symmetry: the alliance is mutual) is not engaged: Portugal is the state attacked. Whether the 1899 declaration\'s guarantee still bound in 1961 is the UK\'s own reading (the treaties "remain in force", Lord Home); the case takes it as in force.',
    yaml: eventScenario({
      id: 'RR-48', title: 'Goa and the Anglo-Portuguese alliance', clock: '{ start: 1961-12-17, tick: day, horizon: 3 }', version: '1.7',
      regions: `regions:
  britain: { administeredBy: GBR }
  portugal: { administeredBy: POR }
  goa: { administeredBy: POR, claimedBy: [IND], name: "Goa, Daman and Diu (Estado da Índia)" }
  india: { administeredBy: IND }`,
      actors: actors({ GBR: 'United Kingdom', POR: 'Portugal', IND: 'India' }, { GBR: 'nuclear: true, territory: britain', POR: 'territory: portugal', IND: 'territory: india' }),
      pacts: `  - id: anglo-portuguese
    name: Anglo-Portuguese alliance (treaty of 1661, secret article; secret declaration of Windsor, 1899)
    parties: [GBR, POR]
    signed: 1661-06-23
    inForce: 1661-06-23
    source: treaty of 23 June 1661, secret article, confirmed 14 Oct 1899 (not in facts.md)
    obligations:
      - id: colonies
        type: defense
        article: 1661 secret article, confirmed 1899
        summary: an attack on the other's territories, its conquests and colonies included, by any enemy → defend and protect them
        casus: { armedAttack: { on: party, in: [{ administeredBy: attacked }] } }
        response: { atLeast: diplomatic, levels: { diplomatic: 1, materiel: 1, forces: 1, war: 1 } }
        reliability: 1
        judgment: { deny: 0, pretext: 0 }`,
      inject: '      - { at: 1961-12-18, effect: { armedAttack: { by: IND, on: POR, in: goa, intensity: war } } }',
      outcomes: '  uk_at_war: { when: { posture: { actor: GBR, atLeast: war } } }',
    }),
    situation: 'event',
    decisions: { 'respond anglo-portuguese/colonies@GBR': 'honour:diplomatic' },
    expect: {
      obligations: { ...all(ANGLO_PORTUGUESE_KEYS, DORMANT), 'anglo-portuguese/colonies@GBR': { state: 'honoured', level: 'diplomatic' } },
      ledger: { 'anglo-portuguese/colonies@GBR': honouredLedger('diplomatic') },
      relations: [
        { between: ['IND', 'POR'], rung: 'war', war: 'hostilities', initiator: 'IND' },
        { between: ['GBR', 'IND'], rung: 'tension', war: 'none' },
      ],
    },
  },
  {
    id: 'RR-49',
    title: 'US–ROC Art. V with Art. VI, 23 Aug 1958: the PRC\'s bombardment of Kinmen, an island the Republic of China administers but Art. VI does not name — no casus; the United States\' duty stays dormant',
    source: `${SRC_ROC_TEXT}; the Second Taiwan Strait Crisis began with the PRC's artillery bombardment of Kinmen (Quemoy) on 23 Aug 1958 (general knowledge, not in facts.md)`,
    interpretation: 'Art. V covers an armed attack "directed against the territories" of a party, and Art. VI defines the Republic of China\'s territories as Taiwan and the Pescadores, other territories only by mutual agreement — none was made for the offshore islands, which the Formosa Resolution of January 1955, not the treaty, covered (the Senate committee report says the treaty area is the narrower). So the region clause names the Art. VI territories, and Kinmen, administered by the Republic of China, lies in the West Pacific Area but not within them. The bombardment is written as a use of force (MID 4) by the PRC on the ROC in Kinmen: no obligation is met and, with pretext 0, nothing is recorded. What the United States did (escorting ROC supply convoys toward Kinmen in September 1958 — general knowledge) it did under the Formosa Resolution, outside the treaty: the format has no clause for a unilateral congressional authorisation, and the case does not model it.',
    yaml: rocScenario({
      id: 'RR-49', title: 'Kinmen, 23 Aug 1958', clock: '{ start: 1958-08-22, tick: day, horizon: 3 }',
      inject: '      - { at: 1958-08-23, effect: { armedAttack: { by: PRC, on: ROC, in: kinmen, intensity: use_of_force } } }',
    }),
    situation: 'event',
    expect: {
      obligations: all(ROC_KEYS, DORMANT),
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['USA', 'PRC'], rung: 'peace' }],
    },
  },
  {
    id: 'RR-50',
    title: 'US–ROC Art. X, the year of notice (hypothetical attack on the Pescadores, 3 Dec 1979): the United States\' notice effective as of 1 Jan 1979 leaves it bound until the treaty ends on 1 Jan 1980 — the casus is met and honoured',
    source: `${SRC_ROC_TEXT}; ${SRC_ROC_NOTICE}`,
    interpretation: 'Art. X: either party may terminate the treaty one year after notice: `denunciation: { noticeMonths: 12 }`. The note was handed over on 23 Dec 1978 but declared itself effective "on and as of" 1 Jan 1979, the year running from that day, so the treaty ended on 1 Jan 1980. The `denounce` effect is dated 23 Dec 1978 and names that end (`effective: 1980-01-01`, format 1.8: a notice may name a day later than the clause allows); without it the year would run from 23 Dec 1978 and end the treaty nine days early. (The other US–ROC cases date a plain notice 1 Jan 1979, to the same effect.) During the year the United States stays bound (semantics.md, "Denunciation": the party bears its duties through the notice period). The attack is hypothetical (there was none); the US answer is pinned at diplomatic, the level not being what the case tests. Art. V is answered a day later (within: 1, constitutional processes), still inside the year.',
    yaml: rocScenario({
      id: 'RR-50', title: 'US–ROC, the year of notice', clock: '{ start: 1978-12-23, tick: day, horizon: 350 }',
      inject: `${ROC_NOTICE_AS_GIVEN}
      - { at: 1979-12-03, effect: { armedAttack: { by: PRC, on: ROC, in: pescadores, intensity: use_of_force } } }`,
    }),
    situation: 'event',
    decisions: { 'respond us-roc-1954/art5@USA': 'honour:diplomatic' },
    expect: {
      obligations: { ...all(ROC_KEYS, DORMANT), 'us-roc-1954/art5@USA': { state: 'honoured', level: 'diplomatic' } },
      ledger: { 'us-roc-1954/art5@USA': honouredLedger('diplomatic') },
      events: [
        { kind: 'pact', detail: 'notice', actor: 'USA', date: '1978-12-23', effective: '1980-01-01' },
        { kind: 'obligation', cause: 'obligation:us-roc-1954/art5@USA', detail: 'honoured', date: '1979-12-04' },
      ],
      absent: [{ kind: 'pact', detail: 'terminated' }],
      relations: [{ between: ['USA', 'PRC'], rung: 'tension' }],
    },
  },
  {
    id: 'RR-51',
    title: 'US–ROC Art. X, the last day (hypothetical attack on Taiwan, 31 Dec 1979): the casus is met and invoked while the treaty binds, but the answer falls due on 1 Jan 1980, when the treaty has terminated — the duty lapses and the pending response is dropped',
    source: `${SRC_ROC_TEXT}; ${SRC_ROC_NOTICE}`,
    interpretation: 'The notice as coded in RR-50 (effective 1 Jan 1979) ends the treaty on 1 Jan 1980, the first day out; a bilateral treaty left with one party terminates for both (semantics.md, "Denunciation"). The hypothetical attack of 31 Dec 1979 falls on the treaty\'s last day: it is judged and invoked, and the US answer falls due a day later (within: 1). semantics.md, "Membership dates": the duties of a party that leaves lapse at the start of the first tick after its last day "whatever their state", and "a pending response is dropped with it": so the duty ends lapsed with no honoured or defected entry, and no US–PRC relation moves. Daily ticks from 31 Dec 1978, so the lapse comes at the start of the tick of 1 Jan 1980.',
    yaml: rocScenario({
      id: 'RR-51', title: 'US–ROC, the last day', clock: '{ start: 1978-12-31, tick: day, horizon: 368 }',
      inject: `${ROC_NOTICE}
      - { at: 1979-12-31, effect: { armedAttack: { by: PRC, on: ROC, in: taiwan, intensity: use_of_force } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: all(ROC_KEYS, LAPSED),
      ledger: { 'us-roc-1954/art5@USA': ['judged', 'invoked'], 'us-roc-1954/art5@ROC': [] },
      events: [
        { kind: 'obligation', cause: 'obligation:us-roc-1954/art5@USA', detail: 'invoked', date: '1979-12-31' },
        { kind: 'pact', detail: 'terminated', actor: 'USA', date: '1980-01-01' },
        { kind: 'obligation', cause: 'pact:us-roc-1954', detail: 'lapsed', date: '1980-01-01' },
      ],
      absent: [{ kind: 'obligation', detail: 'honoured' }, { kind: 'obligation', detail: 'defected' }],
      relations: [{ between: ['USA', 'PRC'], rung: 'peace' }],
    },
  },
  {
    id: 'RR-52',
    title: 'US–ROC after its termination (hypothetical attack on Taiwan, 1 Jan 1980): the first day out — the treaty has ended for both parties; nothing is judged, and the US duty records not_in_force',
    source: `${SRC_ROC_TEXT}; ${SRC_ROC_NOTICE}`,
    interpretation: 'The notice coded as in RR-50 (1 Jan 1979) takes effect on 1 Jan 1980: `pact` event `terminated`, both duties lapse. An attack on Taiwan that day finds the treaty ended: nothing is judged, and the US duty records the fate `not_in_force` (the casus would have been met), as for a treaty ended on its written last day (RR-63): the Republic of China was a party when the treaty ended, so it is the treaty that would have applied (semantics.md, "Membership dates"; engine 0.8.2 — before, an end by notice recorded nothing, an end by date `not_in_force`). The attack is hypothetical; the year of daily ticks runs from 31 Dec 1978.',
    yaml: rocScenario({
      id: 'RR-52', title: 'US–ROC, the first day out', clock: '{ start: 1978-12-31, tick: day, horizon: 368 }',
      inject: `${ROC_NOTICE}
      - { at: 1980-01-01, effect: { armedAttack: { by: PRC, on: ROC, in: taiwan, intensity: use_of_force } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: all(ROC_KEYS, LAPSED),
      ledger: { 'us-roc-1954/art5@USA': ['not_in_force'], 'us-roc-1954/art5@ROC': [] },
      events: [
        { kind: 'pact', detail: 'notice', actor: 'USA', date: '1979-01-01', effective: '1980-01-01' },
        { kind: 'pact', detail: 'terminated', actor: 'USA', cause: 'denunciation:us-roc-1954@USA', date: '1980-01-01' },
        { kind: 'armedAttack', target: 'ROC', date: '1980-01-01' },
      ],
      absent: [{ kind: 'obligation', detail: 'judged' }],
      relations: [{ between: ['USA', 'PRC'], rung: 'peace' }],
    },
  },
  {
    id: 'RR-53',
    title: 'The Congo, 30 Jan 1962: a procedural motion to adjourn passes 7–2–2 on the 11-seat Council — seven votes suffice, and the USSR\'s vote against is no veto',
    source: 'FRUS 1961–63 vol. XX doc. 197, editorial note (https://history.state.gov/historicaldocuments/frus1961-63v20/d197): at the meeting of 30 Jan 1962 (S/PV.989) the US motion to adjourn passed 7 to 2 (Romania and the Soviet Union), with 2 abstentions (Ghana and the United Arab Republic); the 1962 composition is general knowledge; not in facts.md',
    interpretation: 'A motion to adjourn is a procedural decision (Art. 27(2)): coded as the format\'s procedural kind, agenda, on the situation of the Republic of the Congo, sponsored by the United States. Before 1966 Art. 27(2) asked for seven affirmative votes (minYes 7, the same rule field as for substantive drafts, as semantics.md has it: "at least minYes in favour adopts it"). The seven in favour are the United States, the United Kingdom, France, China (ROC), Chile, Ireland and Venezuela — the members the note does not name against or abstaining. The USSR, a permanent member, votes no, and the motion passes with exactly the seven required: no veto on a procedural question. SC-10 to SC-14 test the same rule on the 15-seat Council; this is the 11-seat one, where the bare majority is seven.',
    yaml: vote({
      id: 'RR-53', title: 'Adjournment of 30 Jan 1962 (the Congo)', date: '1962-01-30', seats: SEATS_1962, targets: ['COD'], minYes: 7,
      votes: everyone(SEATS_1962, 'yes', { SUN: 'no', ROU: 'no', GHA: 'abstain', UAR: 'abstain' }),
      draft: '{ kind: agenda, target: COD, sponsor: USA }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'agenda', target: 'COD', result: 'adopted', yes: 7, no: 2, abstain: 2 }],
    },
  },
  {
    id: 'RR-54',
    title: 'Resolution 1718, 14 Oct 2006: the first DPRK sanctions resolution, adopted 15–0 — it imposes a UN regime that did not exist the day before',
    source: 'facts.md §2a (res. 1718, 14 Oct 2006: after the first nuclear test of 9 Oct 2006; creates the 1718 Committee; Chapter VII, Art. 41; 15-0-0; https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_1718); the 2006 composition is general knowledge, not in facts.md',
    interpretation: 'The regime is declared `proposed` at the start (no UN sanctions on the DPRK before 14 Oct 2006; res. 1695 of July 2006 was no Chapter VII measure), with its enforcement variable at 0.6 — the author\'s estimate of how well the measures will be enforced once imposed (the variable is read by nothing while the regime is only proposed; at 0 the new regime would erode the next day, its enforcement 0.1 being below `erodesBelow`, 0.5). semantics.md: an adopted sanctions draft "imposes the regime if needed and adds tightenBy to its enforcement" — so the regime goes into force on the day of the vote (a `sanctions` event) and enforcement rises by tightenBy (0.1). The case checks the tally and that the regime is imposed by the Council\'s adoption, with the adoption as its cause.',
    yaml: vote({
      id: 'RR-54', title: 'Resolution 1718', date: '2006-10-14', seats: SEATS_2006, targets: ['PRK'],
      votes: everyone(SEATS_2006, 'yes'),
      draft: '{ kind: sanctions, target: PRK, regime: un-1718, sponsor: USA, under: chapter_vii }',
    }).replace('situations:', `variables:
  un_enforcement: { initial: 0.6 }
sanctions:
  - { id: un-1718, authority: un, target: PRK, state: proposed, enforcement: un_enforcement, tightenBy: 0.1 }
situations:`),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'sanctions', target: 'PRK', result: 'adopted', yes: 15, no: 0, abstain: 0 }],
      events: [
        { kind: 'draftResult', detail: 'adopted', date: '2006-10-14' },
        { kind: 'sanctions', cause: 'council:sanctions:adopted', date: '2006-10-14' },
        { kind: 'variable', detail: 'un_enforcement', cause: 'council:sanctions:adopted', date: '2006-10-14' },
      ],
      absent: [{ kind: 'sanctions', cause: 'drift:un_enforcement' }],
    },
  },
  {
    id: 'RR-55',
    title: 'Idlib, 27 Feb 2020: an air strike kills Turkish soldiers in Syria — outside the Art. 6 area, so no Art. 5 casus; Art. 4, which has no area, calls every other ally to consult (the North Atlantic Council met on 28 Feb at Turkey\'s request)',
    source: 'North Atlantic Treaty Arts. 4–6 (Art. 6 as amended by the 1951 protocol: territories of the parties, and their forces, vessels and aircraft in or over them, the Mediterranean or the North Atlantic north of the Tropic of Cancer; treaty text, as in nato-1949 of fragments.ts; facts.md §1g Art. 5); the strike of 27 Feb 2020 in Idlib province that killed 33 Turkish soldiers, which Turkey blamed on Syrian government forces, and the North Atlantic Council\'s meeting under Art. 4 on 28 Feb 2020 at Turkey\'s request (NATO Secretary General\'s statement of 28 Feb 2020; general knowledge, not in facts.md)',
    interpretation: 'Turkish forces in Idlib were in Syria: not on a party\'s territory, not over the Mediterranean, not in Europe — outside the Art. 6 area, so Art. 5 is not met (as at USS Stark in the Persian Gulf, RR-08) and nothing is recorded for it. The attacker is written as Syria (Turkey\'s attribution; Russia\'s part is not coded). Art. 4 is coded, as in RR-09 and RR-15, on an armed attack on a party or a threat to it, anywhere and without a request: each other ally consults. Turkey has no duty toward itself. Turkey\'s own strikes on Syrian forces that followed are not coded.',
    yaml: eventScenario({
      id: 'RR-55', title: 'Idlib, 27 Feb 2020', clock: '{ start: 2020-02-26, tick: day, horizon: 3 }', version: '1.7',
      regions: `regions:
  art6_area: { name: "North Atlantic Treaty Art. 6 area" }
  europe: { within: art6_area }
  anatolia: { within: art6_area, administeredBy: TUR }
  idlib: { administeredBy: SYR, name: "Idlib province, Syria (outside the Art. 6 area)" }`,
      actors: actors({ USA: 'United States', GBR: 'United Kingdom', FRA: 'France', TUR: 'Turkey', SYR: 'Syria' }, { USA: 'nuclear: true', GBR: 'nuclear: true', FRA: 'nuclear: true', TUR: 'territory: anatolia', SYR: 'territory: idlib' }),
      pacts: nato1949WithArt4(['USA', 'GBR', 'FRA', 'TUR']),
      inject: '      - { at: 2020-02-27, effect: { armedAttack: { by: SYR, on: TUR, in: idlib, intensity: use_of_force } } }',
      outcomes: '  alliance_war: { when: { posture: { actor: USA, atLeast: war } } }',
    }),
    situation: 'event',
    expect: {
      obligations: {
        ...all(natoArt4Keys(['USA', 'GBR', 'FRA', 'TUR']), DORMANT),
        ...all(['USA', 'GBR', 'FRA'].map((p) => `nato-1949/art4@${p}`), { state: 'honoured', level: 'consult' }),
      },
      ledger: {
        ...Object.fromEntries(['USA', 'GBR', 'FRA'].map((p) => [`nato-1949/art4@${p}`, honouredLedger('consult')])),
        'nato-1949/art5@USA': [],
      },
      events: [{ kind: 'obligation', cause: 'obligation:nato-1949/art4@USA', detail: 'honoured', date: '2020-02-27' }],
      relations: [{ between: ['SYR', 'TUR'], rung: 'clash' }, { between: ['USA', 'SYR'], rung: 'peace' }],
    },
  },
  {
    id: 'RR-56',
    title: 'US–ROC, weekly ticks: a hypothetical attack on Taiwan dated 2 Jan 1980, inside the week that began on 27 Dec 1979 — after the treaty\'s end on 1 Jan, so it finds the treaty ended though the tick began while it bound',
    source: `${SRC_ROC_TEXT}; ${SRC_ROC_NOTICE}`,
    interpretation: 'The notice as coded in RR-50 (1 Jan 1979) takes effect on 1 Jan 1980, inside the weekly tick of 27 Dec 1979 – 2 Jan 1980. semantics.md, "Denunciation": the withdrawal is recorded at the start of the first tick that begins on or after the effective day, but "an act dated on or after that day, even inside a tick, finds it out — not bound …, not protected". The attack is dated 2 Jan 1980: the treaty has ended that day, so nothing is judged and the US duty records `not_in_force` (as RR-52), although the duties have not yet been recorded lapsed when the act is applied. Hypothetical attack; weekly ticks from 28 Dec 1978.',
    yaml: rocScenario({
      id: 'RR-56', title: 'US–ROC, an act inside the last week', clock: '{ start: 1978-12-28, tick: week, horizon: 54 }',
      inject: `${ROC_NOTICE}
      - { at: 1980-01-02, effect: { armedAttack: { by: PRC, on: ROC, in: taiwan, intensity: use_of_force } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: all(ROC_KEYS, LAPSED),
      ledger: { 'us-roc-1954/art5@USA': ['not_in_force'], 'us-roc-1954/art5@ROC': [] },
      events: [
        { kind: 'pact', detail: 'notice', actor: 'USA', date: '1979-01-01', effective: '1980-01-01' },
        { kind: 'armedAttack', target: 'ROC', date: '1980-01-02' },
        { kind: 'pact', detail: 'terminated', actor: 'USA' },
      ],
      absent: [{ kind: 'obligation', detail: 'judged' }],
      relations: [{ between: ['USA', 'PRC'], rung: 'peace' }],
    },
  },
  {
    id: 'RR-57',
    title: 'US–ROC, weekly ticks: a hypothetical attack on Taiwan dated 31 Dec 1979, inside the same last week — the treaty\'s last day, so the casus is judged and invoked; the answer, due a tick later, falls after the end and is dropped',
    source: `${SRC_ROC_TEXT}; ${SRC_ROC_NOTICE}`,
    interpretation: 'As RR-56, the attack dated a day before the effective day: the treaty binds on 31 Dec 1979 ("in force on that day" is judged on the day of the act), so the US duty is judged and invoked. Its answer falls due a tick later (within: 1), at the start of the week of 3 Jan 1980, when the treaty has terminated: the duty lapses "whatever [its] state" and "a pending response is dropped with it" (semantics.md, "Membership dates"), as RR-51 has it with daily ticks.',
    yaml: rocScenario({
      id: 'RR-57', title: 'US–ROC, the last day inside the last week', clock: '{ start: 1978-12-28, tick: week, horizon: 54 }',
      inject: `${ROC_NOTICE}
      - { at: 1979-12-31, effect: { armedAttack: { by: PRC, on: ROC, in: taiwan, intensity: use_of_force } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: all(ROC_KEYS, LAPSED),
      ledger: { 'us-roc-1954/art5@USA': ['judged', 'invoked'], 'us-roc-1954/art5@ROC': [] },
      events: [
        { kind: 'obligation', cause: 'obligation:us-roc-1954/art5@USA', detail: 'invoked', date: '1979-12-31' },
        { kind: 'pact', detail: 'terminated', actor: 'USA' },
        { kind: 'obligation', cause: 'pact:us-roc-1954', detail: 'lapsed' },
      ],
      absent: [{ kind: 'obligation', detail: 'honoured' }, { kind: 'obligation', detail: 'defected' }, { kind: 'obligation', detail: 'moot' }],
      relations: [{ between: ['USA', 'PRC'], rung: 'peace' }],
    },
  },
  {
    id: 'RR-58',
    title: 'Suez, resolution 119 (31 Oct 1956): the call for an emergency special session of the General Assembly, 7–2–2 on the 11-seat Council — adopted over the votes against of France and the United Kingdom, two permanent members and parties to the dispute',
    source: 'S/RES/119 (1956), adopted at the 751st meeting by 7 votes to 2 (France, United Kingdom), with 2 abstentions (Australia, Belgium); its preamble records that the lack of unanimity of the permanent members at the 749th and 750th meetings had kept the Council from acting (text via https://www.jewishvirtuallibrary.org/un-security-council-resolution-119-october-1956, from the UN\'s resolutions of 1956); the 1956 composition is general knowledge; not in facts.md',
    interpretation: 'A decision to call an emergency special session under "Uniting for Peace" (GA res. 377 A (V)) is procedural (Art. 27(2)), as res. 2623 was in 2022 (RR-25): coded as the format\'s procedural kind, agenda, on the situation of Egypt, sponsored by the United States. The seven in favour are the United States, the USSR, China (ROC), Cuba, Iran, Peru and Yugoslavia — the members the record does not name against or abstaining. Seven in favour is the pre-1966 minimum (minYes 7). France and the United Kingdom, permanent members, vote no: on a procedural question that is no veto, even with two of them against. The dispute (Egypt\'s complaint against France and the United Kingdom) is declared without a Chapter: the proviso of Art. 27(3) concerns only non-procedural decisions, so the two parties\' votes stay votes against. The vetoes of 30 Oct that preceded it (the draft symbols and tallies not checked here) are not coded.',
    yaml: vote({
      id: 'RR-58', title: 'Resolution 119 (Suez)', date: '1956-10-31', seats: SEATS_1956, targets: ['EGY'], minYes: 7,
      votes: everyone(SEATS_1956, 'yes', { FRA: 'no', GBR: 'no', AUS: 'abstain', BEL: 'abstain' }),
      draft: '{ kind: agenda, target: EGY, sponsor: USA, dispute: [EGY, FRA, GBR] }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'agenda', target: 'EGY', result: 'adopted', yes: 7, no: 2, abstain: 2 }],
    },
  },
  {
    id: 'RR-59',
    title: 'Suez, 29 Oct – 2 Nov 1956: Israel invades Egypt, and two days later the United Kingdom and France attack it — under the Egyptian–Syrian pact of 1955 Syria\'s duty is one coalition casus, answered once on 2 Nov against all three (Syria broke off relations with London and Paris that day)',
    source: 'FRUS 1955–57 vol. XII doc. 73, note 2 (https://history.state.gov/historicaldocuments/frus1955-57v12/d73): Egypt and Syria signed a Mutual Defense Pact in Damascus on 20 Oct 1955, under which armed aggression against either was to be considered as directed against both; FRUS 1955–57 vol. XIII doc. 335 (https://history.state.gov/historicaldocuments/frus1955-57v13/d335): the Israeli invasion of Sinai on 29 Oct 1956, the Anglo-French bombardment that followed, and Syria\'s severance of diplomatic relations with the United Kingdom and France on 2 Nov 1956 with its stated intention to put its forces under Egyptian command; the Anglo-French air offensive began on 31 Oct 1956 (general knowledge); not in facts.md',
    interpretation: 'The pact is coded from the FRUS summary (the article number and the exact wording of the assistance clause are not in the sources read): a defence duty of each party toward the other on an armed attack by anyone, with no area and no request, answered at a level from diplomatic to forces (equal weights), Syria\'s choice pinned at diplomatic — it broke off relations and did not fight. The answer is given `within: 4` days, the four days from the invasion to Syria\'s step of 2 Nov (a coding of the record\'s timing). semantics.md, "Casus foederis": an attacker of the same beneficiary while the obligation is still invoked and waiting out its delay joins the casus (`coalition`) — so the British and French attacks of 31 Oct join the casus Israel opened, no new judgment is drawn, and the one response of 2 Nov acts against every attacker of the casus: Syria\'s relations with Israel, the United Kingdom and France all rise to the responses rung (tension). Egypt\'s duty toward Syria is not engaged. The British and French attacks are written as war-intensity air strikes on Egyptian territory; no pact binds them to Israel or to each other here.',
    yaml: eventScenario({
      id: 'RR-59', title: 'Suez and the Egyptian–Syrian pact', clock: '{ start: 1956-10-28, tick: day, horizon: 7 }', version: '1.7',
      regions: `regions:
  egypt: { administeredBy: EGY }
  sinai: { within: egypt, name: Sinai }
  syria: { administeredBy: SYR }`,
      actors: actors({ EGY: 'Egypt', SYR: 'Syria', ISR: 'Israel', GBR: 'United Kingdom', FRA: 'France' }, { EGY: 'territory: egypt', SYR: 'territory: syria', GBR: 'nuclear: true' }),
      pacts: `  - id: egy-syr-1955
    name: Egyptian–Syrian Mutual Defense Pact
    parties: [EGY, SYR]
    signed: 1955-10-20
    inForce: 1955-10-20
    source: FRUS 1955–57 vol. XII doc. 73, note 2 (summary; not in facts.md)
    obligations:
      - id: defence
        type: defense
        article: mutual defence clause (as summarised by FRUS)
        summary: armed aggression against either party is aggression against both → assistance
        casus: { armedAttack: { on: party } }
        response: { atLeast: diplomatic, levels: { diplomatic: 1, materiel: 1, forces: 1 }, within: 4 }
        reliability: 1
        judgment: { deny: 0, pretext: 0 }`,
      inject: `      - { at: 1956-10-29, effect: { armedAttack: { by: ISR, on: EGY, in: sinai, intensity: war } } }
      - { at: 1956-10-31, effect: { armedAttack: { by: GBR, on: EGY, in: egypt, intensity: war } } }
      - { at: 1956-10-31, effect: { armedAttack: { by: FRA, on: EGY, in: egypt, intensity: war } } }`,
      outcomes: '  syria_at_war: { when: { posture: { actor: SYR, atLeast: war } } }',
    }),
    situation: 'event',
    decisions: { 'respond egy-syr-1955/defence@SYR': 'honour:diplomatic' },
    expect: {
      obligations: { 'egy-syr-1955/defence@SYR': { state: 'honoured', level: 'diplomatic' }, 'egy-syr-1955/defence@EGY': DORMANT },
      ledger: { 'egy-syr-1955/defence@SYR': ['judged', 'invoked', 'coalition', 'coalition', 'honoured:diplomatic'] },
      events: [
        { kind: 'obligation', cause: 'obligation:egy-syr-1955/defence@SYR', detail: 'invoked', date: '1956-10-29' },
        { kind: 'obligation', cause: 'obligation:egy-syr-1955/defence@SYR', detail: 'coalition', target: 'GBR', date: '1956-10-31' },
        { kind: 'obligation', cause: 'obligation:egy-syr-1955/defence@SYR', detail: 'coalition', target: 'FRA', date: '1956-10-31' },
        { kind: 'obligation', cause: 'obligation:egy-syr-1955/defence@SYR', detail: 'honoured', date: '1956-11-02' },
      ],
      relations: [
        { between: ['SYR', 'ISR'], rung: 'tension', war: 'none' },
        { between: ['SYR', 'GBR'], rung: 'tension', war: 'none' },
        { between: ['SYR', 'FRA'], rung: 'tension', war: 'none' },
        { between: ['ISR', 'EGY'], rung: 'war', initiator: 'ISR' },
      ],
    },
  },
  {
    id: 'RR-60',
    title: 'Hungary, resolution 120 (4 Nov 1956): the second "Uniting for Peace" call in a week, 10–1 on the 11-seat Council — adopted over the USSR\'s vote against, the permanent member whose forces the resolution names',
    source: 'S/RES/120 (1956), adopted at the 754th meeting on 4 Nov 1956 by 10 votes to 1 (USSR), none abstaining (the resolution\'s record as reprinted by Refworld, https://webarchive.archive.unhcr.org/20151220033826mp_/http://www.refworld.org/publisher,UNSC,,HUN,3b00f1dd64,0.html); 1956 composition as in RR-58; not in facts.md',
    interpretation: 'Calling an emergency special session under GA res. 377 A (V) is procedural (Art. 27(2)): coded as the format\'s procedural kind, agenda, on the situation of Hungary (not a member of the Council), sponsored by the United States. Every member but the USSR votes in favour, Yugoslavia included (the record names no abstention). The USSR\'s no, a permanent member\'s and that of the state whose forces were acting in Hungary, is no veto on a procedural question; ten is above the seven then required. No dispute is declared: whether the Council faced a "dispute" to which the USSR was a party is a question semantics.md leaves to the author, and the proviso would not reach a procedural decision anyway (RR-25, RR-58).',
    yaml: vote({
      id: 'RR-60', title: 'Resolution 120 (Hungary)', date: '1956-11-04', seats: SEATS_1956, targets: ['HUN'], minYes: 7,
      votes: everyone(SEATS_1956, 'yes', { SUN: 'no' }),
      draft: '{ kind: agenda, target: HUN, sponsor: USA }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'agenda', target: 'HUN', result: 'adopted', yes: 10, no: 1, abstain: 0 }],
    },
  },
  {
    id: 'RR-61',
    title: 'Falklands, 2 Apr 1982, and the North Atlantic Treaty: Argentina\'s invasion of a British territory south of the Tropic of Cancer is outside the Art. 6 area (no Art. 5 casus), and the United Kingdom never asked for Art. 4 consultations — read as request-driven, Art. 4 is left unrequested by every ally',
    source: 'North Atlantic Treaty Arts. 4–6 (Art. 6: territories in Europe or North America, forces, vessels and aircraft in or over them, the Mediterranean or the North Atlantic north of the Tropic of Cancer; treaty text as in nato-1949 of fragments.ts; facts.md §1g Art. 5); Argentina\'s invasion of the Falklands on 2 Apr 1982 (facts.md §2h, res. 502); before 2022 Art. 4 had been formally invoked six times, all by Turkey (2003, twice in 2012, 2015, 2020) or Poland (2014) — NATO\'s count as reported on 24 Feb 2022 (https://en.amwalalghad.com/some-of-natos-eastern-countries-trigger-article-4-over-russian-attack-on-ukraine) — so not by the United Kingdom in 1982',
    interpretation: 'Art. 5 as in every NATO case: the Falklands lie in the South Atlantic, outside the Art. 6 area, so no ally\'s Art. 5 duty is met and nothing is recorded (the region is not within art6_area; B54-03 already holds the NATO and WEU Art. 5 duties to this). Art. 4 — consultation "whenever, in the opinion of any of them", a party\'s security is threatened — is coded here, unlike RR-09, RR-15 and RR-55, as acting on the request of the party attacked or threatened: every formal Art. 4 meeting on record was asked for by that party. The United Kingdom, which sought and obtained support bilaterally, in the EEC and at the Council (res. 502) but never asked the North Atlantic Council to consult under Art. 4, is coded `request: { chance: 0 }`: each other ally judges the casus and leaves it unrequested. The other fragments code Art. 4 without a request and would have every ally consult here, which the record does not show (reported as a semantics question).',
    yaml: eventScenario({
      id: 'RR-61', title: 'Falklands and NATO', clock: '{ start: 1982-04-01, tick: day, horizon: 3 }', version: '1.7',
      regions: `regions:
  art6_area: { name: "North Atlantic Treaty Art. 6 area" }
  europe: { within: art6_area }
  britain: { within: europe, administeredBy: GBR }
  falklands: { administeredBy: GBR, claimedBy: [ARG], name: "Falkland Islands (South Atlantic, outside the Art. 6 area)" }
  argentina: { administeredBy: ARG }`,
      actors: actors({ USA: 'United States', GBR: 'United Kingdom', FRA: 'France', ARG: 'Argentina' }, { USA: 'nuclear: true', GBR: 'nuclear: true, territory: britain', FRA: 'nuclear: true', ARG: 'territory: argentina' }),
      pacts: nato1949WithArt4(['USA', 'GBR', 'FRA']).replace(`        casus: { armedAttack: { on: party }, threat: { on: party } }
        response: { atLeast: consult }`, `        casus: { armedAttack: { on: party }, threat: { on: party } }
        response: { atLeast: consult }
        request: { chance: 0 }`),
      inject: '      - { at: 1982-04-02, effect: { armedAttack: { by: ARG, on: GBR, in: falklands, intensity: war } } }',
      outcomes: '  alliance_war: { when: { posture: { actor: USA, atLeast: war } } }',
    }),
    situation: 'event',
    expect: {
      obligations: {
        ...all(natoArt4Keys(['USA', 'GBR', 'FRA']), DORMANT),
        'nato-1949/art4@USA': { state: 'unrequested' },
        'nato-1949/art4@FRA': { state: 'unrequested' },
      },
      ledger: {
        'nato-1949/art4@USA': ['judged', 'unrequested'],
        'nato-1949/art4@FRA': ['judged', 'unrequested'],
        'nato-1949/art5@USA': [],
      },
      events: [{ kind: 'obligation', cause: 'obligation:nato-1949/art4@USA', detail: 'unrequested', attacked: 'GBR', date: '1982-04-02' }],
      relations: [{ between: ['ARG', 'GBR'], rung: 'war', initiator: 'ARG' }, { between: ['USA', 'ARG'], rung: 'peace' }],
    },
  },
  {
    id: 'RR-62',
    title: 'NATO Art. 4 on 24 Feb 2022 read as request-driven: Estonia and Poland, threatened the same day, each ask — every other ally consults once for each, the second request being read when its casus, held back while the first was judged, comes up',
    source: 'North Atlantic Treaty Art. 4 (treaty text, as in nato-1949 of fragments.ts); on 24 Feb 2022 Bulgaria, Czechia, Estonia, Latvia, Lithuania, Poland, Romania and Slovakia asked for consultations under Art. 4 and the North Atlantic Council held them (NATO statement of 24 Feb 2022, https://www.nato.int/cps/en/natohq/official_texts_192404.htm, as cited by RR-15; not in facts.md)',
    interpretation: 'RR-15\'s event (threats by Russia against Estonia and Poland on 24 Feb 2022, the day of the invasion of Ukraine, which engages no clause) with Art. 4 coded as RR-61 codes it: acting on the request of the party threatened, here given (`request: { chance: 1 }`, each of the two asked). semantics.md: a casus on another beneficiary that finds the duty busy — still judging another casus in the same round — waits and is judged once the duty is free; a request is the attacked (here threatened) party\'s, read when its casus is judged, and a casus outside any episode (a threat) asks once per act. So the United States and the United Kingdom judge, are asked by, and consult with Estonia, then Poland; Estonia consults for Poland and Poland for Estonia. Each `invoked` event names the party that asked.',
    yaml: eventScenario({
      id: 'RR-62', title: 'Art. 4 on request, 24 Feb 2022', clock: '{ start: 2022-02-23, tick: day, horizon: 2 }', version: '1.7',
      regions: `regions:
  art6_area: { name: "North Atlantic Treaty Art. 6 area" }
  europe: { within: art6_area }
  estonia: { within: europe, administeredBy: EST }
  poland: { within: europe, administeredBy: POL }
  ukraine: { administeredBy: UKR }`,
      actors: actors({ USA: 'United States', GBR: 'United Kingdom', EST: 'Estonia', POL: 'Poland', RUS: 'Russia', UKR: 'Ukraine' }, { USA: 'nuclear: true', GBR: 'nuclear: true', EST: 'territory: estonia', POL: 'territory: poland', RUS: 'nuclear: true', UKR: 'territory: ukraine' }),
      pacts: nato1949WithArt4(['USA', 'GBR', 'EST', 'POL']).replace(`        casus: { armedAttack: { on: party }, threat: { on: party } }
        response: { atLeast: consult }`, `        casus: { armedAttack: { on: party }, threat: { on: party } }
        response: { atLeast: consult }
        request: { chance: 1 }`),
      inject: `      - { at: 2022-02-24, effect: { armedAttack: { by: RUS, on: UKR, in: ukraine, intensity: war } } }
      - { at: 2022-02-24, effect: { threat: { by: RUS, on: EST } } }
      - { at: 2022-02-24, effect: { threat: { by: RUS, on: POL } } }`,
      outcomes: '  alliance_war: { when: { posture: { actor: USA, atLeast: war } } }',
    }),
    situation: 'event',
    expect: {
      obligations: {
        ...all(natoArt4Keys(['USA', 'GBR', 'EST', 'POL']), DORMANT),
        ...all(['USA', 'GBR', 'EST', 'POL'].map((p) => `nato-1949/art4@${p}`), { state: 'honoured', level: 'consult' }),
      },
      ledger: {
        'nato-1949/art4@USA': [...honouredLedger('consult'), ...honouredLedger('consult')],
        'nato-1949/art4@GBR': [...honouredLedger('consult'), ...honouredLedger('consult')],
        'nato-1949/art4@EST': honouredLedger('consult'),
        'nato-1949/art4@POL': honouredLedger('consult'),
        'nato-1949/art5@USA': [],
      },
      events: [
        { kind: 'obligation', cause: 'obligation:nato-1949/art4@USA', detail: 'invoked', attacked: 'EST', date: '2022-02-24' },
        { kind: 'obligation', cause: 'obligation:nato-1949/art4@USA', detail: 'invoked', attacked: 'POL', date: '2022-02-24' },
      ],
      absent: [{ kind: 'obligation', detail: 'unrequested' }],
      relations: [{ between: ['RUS', 'UKR'], rung: 'war', war: 'hostilities', initiator: 'RUS' }, { between: ['USA', 'RUS'], rung: 'peace' }],
    },
  },
  {
    id: 'RR-63',
    title: 'US–ROC coded with its end date instead of the notice (`lapsed: 1980-01-01`): the same hypothetical attack on Taiwan on 1 Jan 1980 would have met Art. V — the United States\' duty records not_in_force, as RR-52 (the end reached by the notice) does',
    source: `${SRC_ROC_TEXT}; ${SRC_ROC_NOTICE}`,
    interpretation: 'An author who knows only that the treaty ended on 1 Jan 1980 writes it as the pact\'s `lapsed` day, as W55-05 codes the Warsaw Treaty\'s termination. semantics.md, "Casus foederis": when the pact is no longer in force on the day of the act "and the casus would have been met, the obligation records the fate not_in_force". So the US duty records not_in_force (the Republic of China\'s own duty is not engaged: it is the state attacked). RR-52 writes the same end as the effect of the US notice and records the same fate: since engine 0.8.2 one historical end leaves one ledger however it is coded (before, the notice recorded nothing — a question this case raised).',
    yaml: rocScenario({
      id: 'RR-63', title: 'US–ROC, the end coded as lapsed', clock: '{ start: 1979-12-30, tick: day, horizon: 4 }',
      inject: '      - { at: 1980-01-01, effect: { armedAttack: { by: PRC, on: ROC, in: taiwan, intensity: use_of_force } } }',
    }).replace('    inForce: 1955-03-03\n', '    inForce: 1955-03-03\n    lapsed: 1980-01-01\n'),
    situation: 'event',
    expect: {
      obligations: all(ROC_KEYS, LAPSED),
      ledger: { 'us-roc-1954/art5@USA': ['not_in_force'], 'us-roc-1954/art5@ROC': [] },
      events: [
        { kind: 'obligation', cause: 'pact:us-roc-1954', detail: 'lapsed', date: '1980-01-01' },
        { kind: 'obligation', cause: 'obligation:us-roc-1954/art5@USA', detail: 'not_in_force', date: '1980-01-01' },
      ],
      absent: [{ kind: 'obligation', detail: 'judged' }],
    },
  },
  {
    id: 'RR-64',
    title: 'Poland, September 1939: Germany\'s "denunciation" of 28 Apr 1939 of the 1934 declaration (ten years) and the Soviet–Polish pact of 1932 (prolonged to 1945) — both non-aggression duties still bind, and the attacks of 1 Sep and 17 Sep breach them',
    source: 'German–Polish declaration of non-aggression, signed in Berlin on 26 Jan 1934 for ten years; Hitler denounced it unilaterally before the Reichstag on 28 Apr 1939, citing the Anglo-Polish guarantee; Germany invaded Poland on 1 Sep 1939, the Soviet Union on 17 Sep 1939 (the declaration\'s Wikipedia article and its sources, https://www.wiki3.en-us.nina.az/German%E2%80%93Polish_declaration_of_non-aggression.html; the IMT indictment counts the declaration among the treaties the attack on Poland breached, Nazi Conspiracy and Aggression vol. I ch. IX, http://www.nizkor.org/hweb/imt/nca/nca-01/nca-01-09-aggression-08.html); the Soviet–Polish non-aggression pact of 25 Jul 1932 and its prolongation of 5 May 1934 to 31 Dec 1945 (general knowledge, not in facts.md)',
    interpretation: 'Each text is coded as a non-aggression duty of each party toward the other, breached with certainty (reliability 0: the attacks went ahead). The 1934 declaration bound for ten years; whether and how it could be denounced earlier it did not say in the sources read, so it is coded `denunciation: { noticeMonths: 6, afterYears: 10 }` — the six months [UNVERIFIED] — and its entry into force on signature (the exchange of ratifications [UNVERIFIED]). semantics.md, "Denunciation": a notice given before the pact has been in force `afterYears` years "changes nothing and records nothing", so Hitler\'s notice of 28 Apr 1939 leaves Germany bound, and the invasion of 1 Sep is checked and breaches the duty (a `duty` event). The Soviet–Polish pact is coded in force from 23 Dec 1932 (the day [UNVERIFIED]; any day before 1939 gives the same fates) with its last day 31 Dec 1945 (`lapsed: 1946-01-01`), the end of the 1934 prolongation. On 17 Sep the USSR attacks a Poland already at war with Germany; the USSR is not Germany\'s ally in the format\'s sense (the 1939 German–Soviet treaty, not coded here, has no defence or offence duty), so its attack opens a war of its own (War episodes, rule 5) and is no self-defence: checked, and breached. Poland\'s own duties are not engaged (it attacks no one).',
    yaml: eventScenario({
      id: 'RR-64', title: 'Poland, September 1939', clock: '{ start: 1939-04-27, tick: day, horizon: 145 }', version: '1.7',
      regions: `regions:
  germany: { administeredBy: DEU }
  poland: { administeredBy: POL }
  ussr: { administeredBy: SUN }`,
      actors: actors({ DEU: 'Germany', POL: 'Poland', SUN: 'USSR' }, { DEU: 'territory: germany', POL: 'territory: poland', SUN: 'territory: ussr' }),
      pacts: `  - id: pol-deu-1934
    name: German–Polish declaration of non-aggression
    parties: [DEU, POL]
    signed: 1934-01-26
    inForce: 1934-01-26
    denunciation: { noticeMonths: 6, afterYears: 10 }
    obligations:
      - id: nonaggression
        type: nonaggression
        summary: in no circumstances will either resort to force to settle their disputes
        reliability: 0
  - id: pol-sun-1932
    name: Soviet–Polish non-aggression pact
    parties: [SUN, POL]
    signed: 1932-07-25
    inForce: 1932-12-23
    lapsed: 1946-01-01
    obligations:
      - id: nonaggression
        type: nonaggression
        summary: neither will take aggressive action or attack the other
        reliability: 0`,
      inject: `      - { at: 1939-04-28, effect: { denounce: { pact: pol-deu-1934, by: DEU } } }
      - { at: 1939-09-01, effect: { armedAttack: { by: DEU, on: POL, in: poland, intensity: war } } }
      - { at: 1939-09-17, effect: { armedAttack: { by: SUN, on: POL, in: poland, intensity: war } } }`,
      outcomes: '  poland_at_war: { when: { posture: { actor: POL, atLeast: war } } }',
    }),
    situation: 'event',
    expect: {
      obligations: all(['pol-deu-1934/nonaggression@DEU', 'pol-deu-1934/nonaggression@POL', 'pol-sun-1932/nonaggression@SUN', 'pol-sun-1932/nonaggression@POL'], DORMANT),
      duties: [
        { key: 'pol-deu-1934/nonaggression@DEU', verdict: 'breached' },
        { key: 'pol-sun-1932/nonaggression@SUN', verdict: 'breached' },
      ],
      events: [
        { kind: 'duty', actor: 'DEU', detail: 'breached', date: '1939-09-01' },
        { kind: 'armedAttack', actor: 'DEU', target: 'POL', date: '1939-09-01' },
        { kind: 'duty', actor: 'SUN', detail: 'breached', date: '1939-09-17' },
        { kind: 'armedAttack', actor: 'SUN', target: 'POL', date: '1939-09-17' },
      ],
      absent: [{ kind: 'pact' }],
      relations: [
        { between: ['DEU', 'POL'], rung: 'war', initiator: 'DEU' },
        { between: ['SUN', 'POL'], rung: 'war', initiator: 'SUN' },
      ],
    },
  },
  {
    id: 'RR-65',
    title: 'September 1939, a cascade: Germany invades Poland (1 Sep), the United Kingdom answers under the Anglo-Polish agreement with war (3 Sep), and that British attack on Germany meets Italy\'s duty under the Pact of Steel to aid a Germany attacked — which Italy, non-belligerent, denies as it denied the offensive one on 1 Sep',
    source: 'Agreement of Mutual Assistance between the United Kingdom and Poland, 25 Aug 1939, Art. 1 (the other party "will at once give ... all the support and assistance in its power" to the party engaged in hostilities with a European power that attacked it; in force on signature — treaty text, general knowledge, not in facts.md); the British declaration of war on Germany on 3 Sep 1939 and the RAF raid on German warships at Wilhelmshaven on 4 Sep 1939 (general knowledge); the Pact of Steel (22 May 1939), Art. III, and Italy\'s non-belligerence from 1 Sep 1939 as in RR-20 (https://avalon.law.yale.edu/wwii/steel.asp)',
    interpretation: 'The Anglo-Polish Art. 1 is coded as a defence duty of each party toward the other on an armed attack by any state in Europe (the secret protocol limited "European power" to Germany; here Germany is the attacker, so the reading does not matter), answered within 2 days (the two days from the invasion to the declaration), at forces or war (equal weights), the United Kingdom\'s choice pinned at war: semantics.md makes `war` "an armed attack of intensity 5 on the enemy\'s home territory, with a declaration of war — itself a casus for the enemy\'s allies". The British response joins Poland\'s side of the war Germany began (War episodes, rule 1), so the UK–Germany war is recorded as begun by Germany. The Pact of Steel is coded as in RR-20, both duties with deny 1 (Italy\'s non-belligerence, with Germany\'s assent): Germany\'s attack on Poland meets Italy\'s offensive duty (denied, 1 Sep), and the British attack on Germany meets its defensive duty ("by any", no Art. 51 qualifier in the text; denied, 3 Sep). France, which also declared war on 3 Sep, and the Franco-Polish alliance are not coded. Before engine 0.8.2 the loader warned W_CASUS_UNREACHABLE for both Pact of Steel duties, though the run reaches the defensive one: its rule counted the attacks of triggers, injects and doctrine options, not the attack a `war`-level response makes. It now counts those too (the catalogue test "never calls a casus unreachable that a run then judges" holds every case to that).',
    yaml: eventScenario({
      id: 'RR-65', title: 'September 1939, a cascade', clock: '{ start: 1939-08-31, tick: day, horizon: 5 }', version: '1.7',
      regions: `regions:
  europe: { name: Europe }
  germany: { within: europe, administeredBy: DEU }
  italy: { within: europe, administeredBy: ITA }
  poland: { within: europe, administeredBy: POL }
  britain: { within: europe, administeredBy: GBR }`,
      actors: actors({ DEU: 'Germany', ITA: 'Italy', POL: 'Poland', GBR: 'United Kingdom' }, { DEU: 'territory: germany', ITA: 'territory: italy', POL: 'territory: poland', GBR: 'territory: britain' }),
      pacts: `  - id: anglo-polish-1939
    name: Agreement of Mutual Assistance (United Kingdom–Poland)
    parties: [GBR, POL]
    signed: 1939-08-25
    inForce: 1939-08-25
    obligations:
      - id: art1
        type: defense
        article: Art. 1
        summary: the other party engaged in hostilities with a European power in consequence of its aggression → at once all the support and assistance in its power
        casus: { armedAttack: { on: party, in: [{ region: europe }] } }
        response: { atLeast: forces, levels: { forces: 1, war: 1 }, within: 2 }
        reliability: 1
        judgment: { deny: 0, pretext: 0 }
${steel1939({ attacked: { reliability: 1, deny: 1, pretext: 0 }, attacking: { reliability: 1, deny: 1, pretext: 0 } })}`,
      inject: '      - { at: 1939-09-01, effect: { armedAttack: { by: DEU, on: POL, in: poland, intensity: war } } }',
      outcomes: '  italy_at_war: { when: { posture: { actor: ITA, atLeast: war } } }',
    }),
    situation: 'event',
    decisions: { 'respond anglo-polish-1939/art1@GBR': 'honour:war' },
    expect: {
      obligations: {
        'anglo-polish-1939/art1@GBR': { state: 'honoured', level: 'war' },
        'anglo-polish-1939/art1@POL': DORMANT,
        'steel-1939/art3-attacked@DEU': DORMANT,
        'steel-1939/art3-attacked@ITA': { state: 'denied' },
        'steel-1939/art3-attacking@DEU': DORMANT,
        'steel-1939/art3-attacking@ITA': { state: 'denied' },
      },
      ledger: {
        'anglo-polish-1939/art1@GBR': honouredLedger('war'),
        'steel-1939/art3-attacked@ITA': ['judged', 'denied'],
        'steel-1939/art3-attacking@ITA': ['judged', 'denied'],
      },
      events: [
        { kind: 'obligation', cause: 'obligation:steel-1939/art3-attacking@ITA', detail: 'denied', date: '1939-09-01' },
        { kind: 'obligation', cause: 'obligation:anglo-polish-1939/art1@GBR', detail: 'honoured', date: '1939-09-03' },
        { kind: 'armedAttack', actor: 'GBR', target: 'DEU', region: 'germany', date: '1939-09-03' },
        { kind: 'obligation', cause: 'obligation:steel-1939/art3-attacked@ITA', detail: 'denied', date: '1939-09-03' },
      ],
      relations: [
        { between: ['DEU', 'POL'], rung: 'war', initiator: 'DEU' },
        { between: ['GBR', 'DEU'], rung: 'war', initiator: 'DEU' },
        { between: ['ITA', 'GBR'], rung: 'peace', war: 'none' },
        { between: ['ITA', 'POL'], rung: 'peace', war: 'none' },
      ],
    },
  },
  {
    id: 'RR-66',
    title: 'The British guarantee to Poland, 31 Mar 1939, a unilateral undertaking (format 1.8): a pact of one party whose duty names Poland; the German invasion of 1 Sep meets it, and the United Kingdom\'s war on Germany joins Poland\'s side of the war Germany began',
    source: 'The Prime Minister\'s statement in the House of Commons, 31 Mar 1939 (Hansard): in the event of any action which clearly threatened Polish independence and which the Polish Government considered it vital to resist with their national forces, the United Kingdom would at once lend Poland all support in its power (paraphrased; general knowledge, not in facts.md); the British declaration of war on Germany, 3 Sep 1939 (general knowledge)',
    interpretation: 'The guarantee was a declaration by one state, not a treaty between two, until the Agreement of Mutual Assistance of 25 Aug 1939 (RR-65) made it one. It is coded as a pact of one party (parties: [GBR]) whose defence duty names its beneficiary (beneficiaries: [POL]); before format 1.8 a pact needed two parties, and the workaround — a two-party pact with a one-sided duty — made the two allies in the format\'s sense (`alliedWith`, war episodes rule 4), which a guarantor is not. "Action which clearly threatened Polish independence … which the Polish Government considered it vital to resist" is read as an armed attack on Poland (the Polish request is not modelled). The answer "at once all support in their power" is coded at forces or war (equal weights), pinned at war with the two days to the declaration; the response is under an obligation, so the United Kingdom joins Poland\'s side (War episodes, rule 1) and the UK–Germany war is recorded as begun by Germany. The Anglo-Polish agreement is left out, so that the guarantee alone answers.',
    yaml: eventScenario({
      id: 'RR-66', title: 'The British guarantee to Poland', clock: '{ start: 1939-08-31, tick: day, horizon: 5 }', version: '1.8',
      regions: `regions:
  europe: { name: Europe }
  germany: { within: europe, administeredBy: DEU }
  poland: { within: europe, administeredBy: POL }
  britain: { within: europe, administeredBy: GBR }`,
      actors: actors({ DEU: 'Germany', POL: 'Poland', GBR: 'United Kingdom' }, { DEU: 'territory: germany', POL: 'territory: poland', GBR: 'territory: britain' }),
      pacts: `  - id: guarantee-poland-1939
    name: British guarantee to Poland (statement in the House of Commons)
    parties: [GBR]
    signed: 1939-03-31
    inForce: 1939-03-31
    obligations:
      - id: guarantee
        type: defense
        beneficiaries: [POL]
        summary: action clearly threatening Polish independence that Poland resists with its forces → at once all support in the United Kingdom's power
        casus: { armedAttack: { on: party } }
        response: { atLeast: forces, levels: { forces: 1, war: 1 }, within: 2 }
        reliability: 1
        judgment: { deny: 0, pretext: 0 }`,
      inject: '      - { at: 1939-09-01, effect: { armedAttack: { by: DEU, on: POL, in: poland, intensity: war } } }',
      outcomes: '  uk_at_war: { when: { posture: { actor: GBR, atLeast: war } } }',
    }),
    situation: 'event',
    decisions: { 'respond guarantee-poland-1939/guarantee@GBR': 'honour:war' },
    expect: {
      obligations: { 'guarantee-poland-1939/guarantee@GBR': { state: 'honoured', level: 'war' } },
      ledger: { 'guarantee-poland-1939/guarantee@GBR': honouredLedger('war') },
      events: [
        { kind: 'obligation', cause: 'obligation:guarantee-poland-1939/guarantee@GBR', detail: 'judged', date: '1939-09-01' },
        { kind: 'armedAttack', actor: 'GBR', target: 'DEU', region: 'germany', detail: 'declared', date: '1939-09-03' },
      ],
      relations: [
        { between: ['DEU', 'POL'], rung: 'war', initiator: 'DEU' },
        { between: ['GBR', 'DEU'], rung: 'war', war: 'declared', initiator: 'DEU' },
      ],
    },
  },
];
