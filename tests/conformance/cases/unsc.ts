/**
 * The Security Council: real DPRK votes with the real composition of the year, each member's vote
 * forced by a policy with probabilities 0/1, and the edge cases of Charter Art. 27(3) as the engine
 * holds it (semantics.md, "The Security Council"). Sources: facts.md §2.
 */
import type { ConformanceCase } from '../case.js';
import { actors, CALM_LADDER, council, elected, P5, type SeatSpec, type Vote } from '../fragments.js';

export const NAMES: Record<string, string> = {
  CHN: 'China', FRA: 'France', RUS: 'Russia', GBR: 'United Kingdom', USA: 'United States', PRK: 'DPRK',
  // 2017
  EGY: 'Egypt', JPN: 'Japan', SEN: 'Senegal', UKR: 'Ukraine', URY: 'Uruguay', BOL: 'Bolivia', ETH: 'Ethiopia', KAZ: 'Kazakhstan', SWE: 'Sweden', ITA: 'Italy', NLD: 'Netherlands',
  // 2019
  AUT: 'Austria', TUR: 'Turkey', UGA: 'Uganda', BIH: 'Bosnia and Herzegovina', LBN: 'Lebanon', COL: 'Colombia', PRT: 'Portugal',
  BEL: 'Belgium', DOM: 'Dominican Republic', DEU: 'Germany', IDN: 'Indonesia', ZAF: 'South Africa', CIV: "Côte d'Ivoire", GNQ: 'Equatorial Guinea', KWT: 'Kuwait', PER: 'Peru', POL: 'Poland',
  // 2022
  ALB: 'Albania', BRA: 'Brazil', GAB: 'Gabon', GHA: 'Ghana', ARE: 'United Arab Emirates', IND: 'India', IRL: 'Ireland', KEN: 'Kenya', MEX: 'Mexico', NOR: 'Norway',
  // 2024
  DZA: 'Algeria', GUY: 'Guyana', ROK: 'Republic of Korea', SLE: 'Sierra Leone', SVN: 'Slovenia', ECU: 'Ecuador', MLT: 'Malta', MOZ: 'Mozambique', CHE: 'Switzerland',
  // 2014–15
  ARG: 'Argentina', AUS: 'Australia', LUX: 'Luxembourg', RWA: 'Rwanda', TCD: 'Chad', CHL: 'Chile', JOR: 'Jordan', LTU: 'Lithuania', NGA: 'Nigeria',
  AGO: 'Angola', MYS: 'Malaysia', NZL: 'New Zealand', ESP: 'Spain', VEN: 'Venezuela',
  // 1950
  ROC: 'China (Republic of China seat)', SUN: 'USSR', CUB: 'Cuba', EGY50: 'Egypt', IND50: 'India', NOR50: 'Norway', ECU50: 'Ecuador', YUG: 'Yugoslavia',
};

/**
 * 2017: Egypt, Japan, Senegal, Ukraine, Uruguay (2016–17); Bolivia, Ethiopia, Kazakhstan, Sweden
 * (2017–18); Italy for 2017 and the Netherlands for 2018 (a split term). Not in facts.md: the
 * composition is general knowledge.
 */
export const SEATS_2017: SeatSpec[] = [
  ...P5, ...elected(2016, ['EGY', 'JPN', 'SEN', 'UKR', 'URY']), ...elected(2017, ['BOL', 'ETH', 'KAZ', 'SWE']),
  { actor: 'ITA', from: '2017-01-01', to: '2017-12-31' }, { actor: 'NLD', from: '2018-01-01', to: '2018-12-31' },
];
/**
 * 2014: Argentina, Australia, Luxembourg, Republic of Korea, Rwanda (2013–14); Chad, Chile, Jordan,
 * Lithuania, Nigeria (2014–15). 2015: those five, then Angola, Malaysia, New Zealand, Spain,
 * Venezuela (2015–16). The members named in the sources below; the terms are general knowledge.
 */
export const SEATS_2014_15: SeatSpec[] = [
  ...P5, ...elected(2013, ['ARG', 'AUS', 'LUX', 'ROK', 'RWA']), ...elected(2014, ['TCD', 'CHL', 'JOR', 'LTU', 'NGA']),
  ...elected(2015, ['AGO', 'MYS', 'NZL', 'ESP', 'VEN']),
];
/** 2019 (not in facts.md): Côte d'Ivoire, Equatorial Guinea, Kuwait, Peru, Poland (2018–19); Belgium, Dominican Republic, Germany, Indonesia, South Africa (2019–20). */
export const SEATS_2019: SeatSpec[] = [...P5, ...elected(2018, ['CIV', 'GNQ', 'KWT', 'PER', 'POL']), ...elected(2019, ['BEL', 'DOM', 'DEU', 'IDN', 'ZAF'])];
/** 2022 (facts.md §2b, the 13 in favour of S/2022/431): India, Ireland, Kenya, Mexico, Norway (2021–22); Albania, Brazil, Gabon, Ghana, UAE (2022–23). */
export const SEATS_2022: SeatSpec[] = [...P5, ...elected(2021, ['IND', 'IRL', 'KEN', 'MEX', 'NOR']), ...elected(2022, ['ALB', 'BRA', 'GAB', 'GHA', 'ARE'])];
/** 2024 (facts.md §2f): Ecuador, Japan, Malta, Mozambique, Switzerland (2023–24); Algeria, Guyana, ROK, Sierra Leone, Slovenia (2024–25). */
export const SEATS_2024: SeatSpec[] = [...P5, ...elected(2023, ['ECU', 'JPN', 'MLT', 'MOZ', 'CHE']), ...elected(2024, ['DZA', 'GUY', 'ROK', 'SLE', 'SVN'])];
/**
 * 1950, eleven seats: China (ROC), France, UK, US, USSR; Cuba, Egypt, Norway (1949–50); Ecuador,
 * India, Yugoslavia (1950–51). Not in facts.md (general knowledge).
 */
const SEATS_1950: SeatSpec[] = [
  ...['ROC', 'FRA', 'GBR', 'USA', 'SUN'].map((actor) => ({ actor, permanent: true })),
  ...elected(1949, ['CUB', 'EGY50', 'NOR50']), ...elected(1950, ['ECU50', 'IND50', 'YUG']),
];

const everyone = (seats: readonly SeatSpec[], vote: Vote, except: Record<string, Vote> = {}): Record<string, Vote> =>
  Object.fromEntries(seats.map((s) => [s.actor, except[s.actor] ?? vote]));


const scenario = (o: {
  id: string; title: string; date: string; seats: readonly SeatSpec[]; votes: Record<string, Vote>; minYes?: number;
  draft: string; horizon?: number; tick?: string; monitoring?: string; anticipation?: string;
  /** Further drafts, each tabled by an inject on its own date (the first draft is tabled at tick 0). */
  later?: readonly { at: string; draft: string }[];
  /** Policies beyond the fixed votes (members whose vote depends on the day). */
  policies?: string;
  /** (1.9) The Council's `vetoDebate`: the General Assembly debates every veto. */
  vetoDebate?: string;
}): string => {
  const ids = [...new Set([...o.seats.map((s) => s.actor), 'PRK'])];
  // Agenda (procedural) drafts are format 1.3; the Assembly's veto debate is 1.9.
  const version = o.vetoDebate !== undefined ? '1.9' : o.draft.includes('kind: agenda') ? '1.3' : '0.1';
  const councilYaml = council({ seats: o.seats, votes: o.votes, ...(o.minYes !== undefined ? { minYes: o.minYes } : {}), ...(o.anticipation !== undefined ? { anticipation: o.anticipation } : {}), ...(o.policies !== undefined ? { policies: o.policies } : {}) });
  return `version: "${version}"
id: ${o.id}
title: ${JSON.stringify(o.title)}
clock: { start: ${o.date}, tick: ${o.tick ?? 'day'}, horizon: ${o.horizon ?? 1} }
${CALM_LADDER}
${actors(Object.fromEntries(ids.map((id) => [id, NAMES[id]!])))}
variables:
  un_enforcement: { initial: 0.6 }
${o.vetoDebate !== undefined ? councilYaml.replace('\n  seats:\n', `\n  vetoDebate: ${o.vetoDebate}\n  seats:\n`) : councilYaml}
sanctions:
  - { id: un-1718, authority: un, target: PRK, enforcement: un_enforcement, tightenBy: 0.1${o.monitoring ?? ''} }
situations:
  vote:
    title: a draft is put to the Council
    inject:
      - { at: 0, effect: { draft: ${o.draft} } }${(o.later ?? []).map((x) => `\n      - { at: ${x.at}, effect: { draft: ${x.draft} } }`).join('')}
outcomes:
  vetoed: { when: { council: { result: vetoed } } }`;
};

const SANCTIONS_ON_PRK = '{ kind: sanctions, target: PRK, regime: un-1718, sponsor: USA }';
const DPRK_ON_THE_AGENDA = '{ kind: agenda, target: PRK, sponsor: USA }';
const AGENDA_2014_SOURCE = 'Reuters, 22 Dec 2014 (http://uk.reuters.com/article/northkorea-un-idUKL1N0U61MA20141222): 11 in favour, 2 against, 2 abstentions, "no vetoes in procedural votes"; SCProcedure ch. 4 §3b (https://scprocedure.org/chapter-4-section-3b): the request S/2014/872 and its ten signatories; michaelkirby.com.au: China and Russia against, Chad and Nigeria abstaining. Not in facts.md.';
const AGENDA_2015_SOURCE = 'Al-Manar/AFP, 10 Dec 2015 (https://archive.almanar.com.lb/english/article.php?id=244088): nine in favour (US, UK, France, Chile, Jordan, Lithuania, Malaysia, New Zealand, Spain), Russia, China, Venezuela and Angola against, Nigeria and Chad abstaining; SCProcedure ch. 4 §3f (https://www.scprocedure.org/chapter-4-section-3f), S/PV.7575. Not in facts.md.';
const AGENDA_2015_VOTES = { CHN: 'no', RUS: 'no', VEN: 'no', AGO: 'no', NGA: 'abstain', TCD: 'abstain' } as const;
const CONDEMNATION_OF_PRK = '{ kind: condemnation, target: PRK, sponsor: USA }';
const PANEL_RENEWAL = '{ kind: panel_renewal, target: PRK, regime: un-1718, sponsor: USA }';
/** 2010 (facts.md §6b, "Council in 2010"): Austria, Japan, Mexico, Turkey, Uganda (2009–10); Bosnia and Herzegovina, Brazil, Gabon, Lebanon, Nigeria (2010–11). 2011: Colombia, Germany, India, Portugal, South Africa (2011–12), general knowledge. */
const SEATS_2010_11: SeatSpec[] = [
  ...P5, ...elected(2009, ['AUT', 'JPN', 'MEX', 'TUR', 'UGA']), ...elected(2010, ['BIH', 'BRA', 'GAB', 'LBN', 'NGA']),
  ...elected(2011, ['COL', 'DEU', 'IND', 'PRT', 'ZAF']),
];
/** 2023–24: the 2022 entrants (to 31 Dec 2023), the 2023 entrants, and the 2024 entrants (facts.md §2b, §2f). */
const SEATS_2023_24: SeatSpec[] = [...P5, ...elected(2022, ['ALB', 'BRA', 'GAB', 'GHA', 'ARE']), ...elected(2023, ['ECU', 'JPN', 'MLT', 'MOZ', 'CHE']), ...elected(2024, ['DZA', 'GUY', 'ROK', 'SLE', 'SVN'])];
/** Russia and China voted for every renewal until 2024; in 2024 Russia vetoed and China abstained (facts.md §2b, §2d). */
const PANEL_POLICIES_2024 = [
  '    - { member: RUS, rules: [{ when: { date: { from: 2024-01-01 } }, vote: { no: 1 } }, { vote: { yes: 1 } }] }',
  '    - { member: CHN, rules: [{ when: { date: { from: 2024-01-01 } }, vote: { abstain: 1 } }, { vote: { yes: 1 } }] }',
].join('\n');
const withoutP2 = (votes: Record<string, Vote>): Record<string, Vote> => Object.fromEntries(Object.entries(votes).filter(([id]) => id !== 'RUS' && id !== 'CHN'));

/** China's policy on the 2024 renewal written as two judgment parameters that both read 0 (an author with no view of its vote). */
const CHN_NO_VIEW = {
  policy: '    - { member: CHN, rules: [{ vote: { yes: 0, no: 0, abstain: 1 } }] }',
  parameters: 'parameters:\n  chn_yes: { value: 0, basis: judgment, rationale: no view of China\'s vote in favour }\n  chn_no: { value: 0, basis: judgment, rationale: no view of China\'s vote against }\n',
  rule: '    - { member: CHN, rules: [{ vote: { yes: chn_yes, no: chn_no } }] }',
};

export const UNSC_CASES: ConformanceCase[] = [
  {
    id: 'SC-01',
    title: 'Resolution 2397, 22 Dec 2017: adopted 15–0; the Netherlands, seated from 1 Jan 2018, does not vote',
    source: 'facts.md §2a (res. 2397: https://press.un.org/en/2018/sc13162.doc.htm); 2017 composition: general knowledge (not in facts.md)',
    interpretation: 'Only members seated on the day vote: Italy held the 2017 half of the split Italy–Netherlands term. An adopted sanctions draft tightens the regime (enforcement +0.1).',
    yaml: scenario({ id: 'SC-01', title: 'Resolution 2397', date: '2017-12-22', seats: SEATS_2017, votes: everyone(SEATS_2017, 'yes'), draft: SANCTIONS_ON_PRK }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'sanctions', target: 'PRK', result: 'adopted', yes: 15, no: 0, abstain: 0 }],
      events: [{ kind: 'draftResult', detail: 'adopted' }, { kind: 'variable', detail: 'un_enforcement', cause: 'council:sanctions:adopted' }],
    },
  },
  {
    id: 'SC-02',
    title: 'S/2022/431, 26 May 2022: 13 in favour, China and Russia against — vetoed by both',
    source: 'facts.md §2b (https://www.dw.com/en/china-russia-veto-un-resolution-on-tougher-north-korea-sanctions/a-61946582); unsc_korea_related_vetoes.csv',
    yaml: scenario({ id: 'SC-02', title: 'S/2022/431', date: '2022-05-26', seats: SEATS_2022, votes: everyone(SEATS_2022, 'yes', { CHN: 'no', RUS: 'no' }), draft: SANCTIONS_ON_PRK }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'sanctions', target: 'PRK', result: 'vetoed', yes: 13, no: 2, abstain: 0, vetoedBy: ['CHN', 'RUS'] }],
      absent: [{ kind: 'variable' }],
    },
  },
  {
    id: 'SC-03',
    title: 'Panel of Experts renewal, 28 Mar 2024: 13–1–1 — vetoed by Russia only (China\'s abstention is no veto); the mandate lapses after 30 Apr',
    source: 'facts.md §2b (https://www.ajc.com/news/nation-world/russia-vetoes-un-resolution-abolishing-monitoring-of-un-sanctions-against-north-korea-by-un-experts/MTE3EZEJBVF57E7FTK7KLTR3YA/) and §2f (2024 composition); draft symbol [UNVERIFIED]',
    interpretation: 'Weekly ticks from 28 Mar 2024: monitoring is lost on the first tick after 30 Apr (2 May), cause mandate:un-1718; the sanctions stay in force.',
    yaml: scenario({
      id: 'SC-03', title: 'Panel of Experts veto', date: '2024-03-28', tick: 'week', horizon: 6, seats: SEATS_2024,
      votes: everyone(SEATS_2024, 'yes', { RUS: 'no', CHN: 'abstain' }),
      draft: '{ kind: panel_renewal, target: PRK, regime: un-1718, sponsor: USA }',
      monitoring: ', monitoring: { mandateUntil: 2024-04-30, renewalMonths: 12 }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'panel_renewal', target: 'PRK', result: 'vetoed', yes: 13, no: 1, abstain: 1, vetoedBy: ['RUS'] }],
      events: [{ kind: 'draftResult', detail: 'vetoed', date: '2024-03-28' }, { kind: 'monitoring', detail: 'lapsed', cause: 'mandate:un-1718', date: '2024-05-02' }],
      absent: [{ kind: 'monitoring', detail: 'renewed' }],
    },
  },
  {
    id: 'SC-04',
    title: 'The China–Russia relief draft of 16 Dec 2019: withdrawn before a vote (withdrawal = 1)',
    source: 'facts.md §2c (https://www.stimson.org/content/china-russia-propose-lifting-sanctions-north-korea-humanitarian-purposes-un-security-council); 2019 composition: general knowledge',
    interpretation: 'The draft was circulated and never tabled for a vote: withdrawal 1 means the sponsor withdraws it; no member votes.',
    yaml: scenario({ id: 'SC-04', title: 'Relief draft withdrawn', date: '2019-12-16', seats: SEATS_2019, votes: everyone(SEATS_2019, 'yes'), draft: '{ kind: relief, target: PRK, regime: un-1718, sponsor: RUS, withdrawal: 1 }' }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'relief', target: 'PRK', result: 'withdrawn' }],
      absent: [{ kind: 'sanctions', detail: 'lifted' }],
    },
  },
  {
    id: 'SC-05',
    title: 'Edge: eight in favour, seven abstaining, no negative vote — failed',
    source: 'docs/semantics.md "The Security Council"; Charter Art. 27(3) (nine affirmative votes)',
    yaml: scenario({
      id: 'SC-05', title: 'Eight in favour', date: '2024-06-03', seats: SEATS_2024,
      votes: everyone(SEATS_2024, 'abstain', { USA: 'yes', GBR: 'yes', FRA: 'yes', JPN: 'yes', ROK: 'yes', MLT: 'yes', SVN: 'yes', CHE: 'yes' }), draft: CONDEMNATION_OF_PRK,
    }),
    situation: 'vote',
    expect: { obligations: {}, drafts: [{ kind: 'condemnation', target: 'PRK', result: 'failed', yes: 8, no: 0, abstain: 7 }] },
  },
  {
    id: 'SC-06',
    title: 'Edge: nine in favour (the P5 and four elected), six elected members against — adopted',
    source: 'docs/semantics.md "The Security Council"; Charter Art. 27(3)',
    interpretation: 'Negative votes of elected members never defeat a draft that has nine votes.',
    yaml: scenario({
      id: 'SC-06', title: 'Nine in favour, six against', date: '2024-06-03', seats: SEATS_2024,
      votes: everyone(SEATS_2024, 'no', { USA: 'yes', GBR: 'yes', FRA: 'yes', CHN: 'yes', RUS: 'yes', JPN: 'yes', ROK: 'yes', MLT: 'yes', SVN: 'yes' }), draft: CONDEMNATION_OF_PRK,
    }),
    situation: 'vote',
    expect: { obligations: {}, drafts: [{ kind: 'condemnation', target: 'PRK', result: 'adopted', yes: 9, no: 6, abstain: 0 }] },
  },
  {
    id: 'SC-07',
    title: 'Edge: seven in favour and a permanent member against — failed, not vetoed',
    source: 'docs/semantics.md "The Security Council"; facts.md §2e (Dag Hammarskjöld Library veto list)',
    interpretation: 'The UN\'s veto list counts only drafts that had the nine votes and fell to a permanent member\'s "no"; a draft short of nine has failed whatever the P5 did, and vetoedBy stays empty.',
    yaml: scenario({
      id: 'SC-07', title: 'Seven and a P5 no', date: '2024-06-03', seats: SEATS_2024,
      votes: everyone(SEATS_2024, 'abstain', { USA: 'yes', GBR: 'yes', FRA: 'yes', JPN: 'yes', ROK: 'yes', MLT: 'yes', SVN: 'yes', RUS: 'no' }), draft: SANCTIONS_ON_PRK,
    }),
    situation: 'vote',
    expect: { obligations: {}, drafts: [{ kind: 'sanctions', target: 'PRK', result: 'failed', yes: 7, no: 1, abstain: 7, vetoedBy: [] }] },
  },
  {
    id: 'SC-08',
    title: 'Resolution 82, 25 Jun 1950, on the 11-seat Council (minYes 7): 9–0–1 with the USSR absent — adopted',
    source: 'facts.md §2a counting notes (res. 82–84, June–July 1950, USSR absent); tally and 1950 composition: general knowledge (S/PV.473)',
    interpretation: 'Before 1966 the rule was seven of eleven (rule minYes: 7). The USSR is absent (its policy votes `absent`); absence, like abstention, is no veto under Art. 27(3) as the Council has applied it, so the tally reads 9–0–1 with one absent (Yugoslavia abstained).',
    yaml: scenario({
      id: 'SC-08', title: 'Resolution 82', date: '1950-06-25', seats: SEATS_1950, minYes: 7,
      votes: everyone(SEATS_1950, 'yes', { YUG: 'abstain', SUN: 'absent' }), draft: '{ kind: condemnation, target: PRK, sponsor: USA }',
    }),
    situation: 'vote',
    expect: { obligations: {}, drafts: [{ kind: 'condemnation', target: 'PRK', result: 'adopted', yes: 9, no: 0, abstain: 1, absent: 1 }] },
  },
  {
    id: 'SC-09',
    title: 'S/1653, 6 Sep 1950 ("Complaint of aggression upon the Republic of Korea"): 9–1–1 on the 11-seat Council — vetoed by the USSR',
    source: 'facts.md §2b and unsc_korea_related_vetoes.csv (USSR veto); tally 9–1–1 with Yugoslavia abstaining: general knowledge (S/PV.496), not in facts.md',
    interpretation: 'Under the 1950 rule seven votes suffice, so nine in favour with a permanent member against is a veto (it had the votes).',
    yaml: scenario({
      id: 'SC-09', title: 'S/1653', date: '1950-09-06', seats: SEATS_1950, minYes: 7,
      votes: everyone(SEATS_1950, 'yes', { YUG: 'abstain', SUN: 'no' }), draft: '{ kind: condemnation, target: PRK, sponsor: USA }',
    }),
    situation: 'vote',
    expect: { obligations: {}, drafts: [{ kind: 'condemnation', target: 'PRK', result: 'vetoed', yes: 9, no: 1, abstain: 1, vetoedBy: ['SUN'] }] },
  },
  {
    id: 'SC-10',
    title: 'DPRK human rights on the agenda, 22 Dec 2014: a procedural vote, 11–2–2 — adopted although China and Russia voted against',
    source: AGENDA_2014_SOURCE,
    interpretation: 'Placing a situation on the agenda is procedural (Art. 27(2), draft kind `agenda`): nine votes of any members adopt it and a permanent member\'s "no" is no veto. The same tally on a resolution would be vetoed twice over.',
    yaml: scenario({
      id: 'SC-10', title: 'DPRK human rights agenda 2014', date: '2014-12-22', seats: SEATS_2014_15,
      votes: everyone(SEATS_2014_15, 'yes', { CHN: 'no', RUS: 'no', TCD: 'abstain', NGA: 'abstain' }), draft: DPRK_ON_THE_AGENDA,
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'agenda', target: 'PRK', result: 'adopted', yes: 11, no: 2, abstain: 2 }],
      events: [{ kind: 'draftResult', detail: 'adopted:agenda', cause: 'council:agenda:adopted' }],
      absent: [{ kind: 'variable' }],
    },
  },
  {
    id: 'SC-11',
    title: 'DPRK human rights on the agenda, 10 Dec 2015: 9–4–2 — adopted with exactly the nine votes a procedural decision needs',
    source: AGENDA_2015_SOURCE,
    interpretation: 'Two permanent members and two elected members against, two abstaining: nine in favour is the threshold, and no vote is a veto.',
    yaml: scenario({ id: 'SC-11', title: 'DPRK human rights agenda 2015', date: '2015-12-10', seats: SEATS_2014_15, votes: everyone(SEATS_2014_15, 'yes', AGENDA_2015_VOTES), draft: DPRK_ON_THE_AGENDA }),
    situation: 'vote',
    expect: { obligations: {}, drafts: [{ kind: 'agenda', target: 'PRK', result: 'adopted', yes: 9, no: 4, abstain: 2 }] },
  },
  {
    id: 'SC-12',
    title: 'The 2015 agenda vote with one supporter fewer (Spain abstains, counterfactual): 8–4–3 — failed, not vetoed',
    source: AGENDA_2015_SOURCE,
    interpretation: 'Short of nine a procedural draft fails; the permanent members\' votes against are not recorded as vetoes (vetoedBy empty), so the veto counts stay as the UN keeps them.',
    yaml: scenario({ id: 'SC-12', title: 'Eight for the agenda', date: '2015-12-10', seats: SEATS_2014_15, votes: everyone(SEATS_2014_15, 'yes', { ...AGENDA_2015_VOTES, ESP: 'abstain' }), draft: DPRK_ON_THE_AGENDA }),
    situation: 'vote',
    expect: { obligations: {}, drafts: [{ kind: 'agenda', target: 'PRK', result: 'failed', yes: 8, no: 4, abstain: 3 }] },
  },
  {
    id: 'SC-13',
    title: 'The same 2015 tally on a condemnation (counterfactual): a substantive draft is vetoed by China and Russia',
    source: AGENDA_2015_SOURCE,
    interpretation: 'The control for SC-11: only the kind of decision differs, and with it Art. 27(3) in place of 27(2).',
    yaml: scenario({ id: 'SC-13', title: 'The 2015 tally, substantive', date: '2015-12-10', seats: SEATS_2014_15, votes: everyone(SEATS_2014_15, 'yes', AGENDA_2015_VOTES), draft: CONDEMNATION_OF_PRK }),
    situation: 'vote',
    expect: { obligations: {}, drafts: [{ kind: 'condemnation', target: 'PRK', result: 'vetoed', yes: 9, no: 4, abstain: 2, vetoedBy: ['CHN', 'RUS'] }] },
  },
  {
    id: 'SC-14',
    title: 'The 2015 agenda vote with a sponsor that reads the Council first: no veto can come, so it is put to the vote (not shelved) and adopted',
    source: AGENDA_2015_SOURCE,
    interpretation: 'A sponsor shelves a draft when it expects a veto (anticipation, vetoExpectedAbove 0.5, forceVote 0). China and Russia surely vote no, which would shelve a resolution; on a procedural decision their "no" cannot be a veto, so the veto chance the sponsor reads is 0.',
    yaml: scenario({
      id: 'SC-14', title: 'Agenda vote, sponsor reading the Council', date: '2015-12-10', seats: SEATS_2014_15, votes: everyone(SEATS_2014_15, 'yes', AGENDA_2015_VOTES),
      draft: DPRK_ON_THE_AGENDA, anticipation: '{ vetoExpectedAbove: 0.5, forceVote: 0 }',
    }),
    situation: 'vote',
    expect: { obligations: {}, drafts: [{ kind: 'agenda', target: 'PRK', result: 'adopted', yes: 9, no: 4, abstain: 2 }], absent: [{ kind: 'draftResult', detail: 'shelved' }] },
  },
  {
    id: 'SC-15',
    title: 'Res. 1928 (7 Jun 2010) and res. 1985 (10 Jun 2011): each renewal extends the panel from its mandate\'s end (12 Jun 2011, then 12 Jun 2012); the panel never lapses',
    source: 'facts.md §6b, "The panel in 2009–10" (res. 1928: http://www.un.org/News/Press/docs/2010/sc9946.doc.htm ; res. 1985: https://press.un.org/en/2011/sc10277.doc.htm) and "Council in 2010"; §2d (unanimous every year). The day of res. 1985 (10 Jun 2011) is the press release\'s, not in facts.md; 2011 entrants: general knowledge',
    interpretation: 'A renewal adds renewalMonths to the mandate\'s current end, not to the day of the vote: res. 1928, adopted five days before the mandate ran out, ran to 12 Jun 2011, and res. 1985, adopted two days before that, to 12 Jun 2012. Daily ticks: counted from the vote\'s day the mandate would have run out on 7 Jun 2011, lapsed on 8 Jun and been "restored" on 10 Jun.',
    yaml: scenario({
      id: 'SC-15', title: 'Panel renewals of 2010 and 2011', date: '2010-06-07', horizon: 372, seats: SEATS_2010_11,
      votes: everyone(SEATS_2010_11, 'yes'), draft: PANEL_RENEWAL, later: [{ at: '2011-06-10', draft: PANEL_RENEWAL }],
      monitoring: ', monitoring: { mandateUntil: 2010-06-12, renewalMonths: 12 }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [
        { kind: 'panel_renewal', target: 'PRK', result: 'adopted', yes: 15, no: 0, abstain: 0 },
        { kind: 'panel_renewal', target: 'PRK', result: 'adopted', yes: 15, no: 0, abstain: 0 },
      ],
      events: [{ kind: 'monitoring', detail: 'renewed', date: '2010-06-07' }, { kind: 'monitoring', detail: 'renewed', date: '2011-06-10' }],
      absent: [{ kind: 'monitoring', detail: 'lapsed' }, { kind: 'monitoring', detail: 'restored' }],
    },
  },
  {
    id: 'SC-16',
    title: 'Res. 2680 (23 Mar 2023) renews the panel to 30 Apr 2024; the 28 Mar 2024 renewal is vetoed while the panel still sits, and the mandate lapses after 30 Apr',
    source: 'facts.md §2b (28 Mar 2024: the veto, the mandate lapsed on 30 Apr 2024; https://press.un.org/en/2024/sc15648.doc.htm), §6g (res. 2680 of 2023: https://press.un.org/en/2023/sc15240.doc.htm), §2d (unanimous until 2024), §2f (2024 composition)',
    interpretation: 'Weekly ticks from Thursday 23 Mar 2023. The 2023 renewal adds twelve months to the mandate\'s end (30 Apr 2023 → 30 Apr 2024); counted from the vote it would have run out on 23 Mar 2024 and lapsed before the veto. Russia and China vote yes before 2024 and no / abstain from 1 Jan 2024 (a date condition in their vote rules). The lapse is recorded on the first tick after 30 Apr (2 May).',
    yaml: scenario({
      id: 'SC-16', title: 'Panel renewal 2023, veto 2024', date: '2023-03-23', tick: 'week', horizon: 60, seats: SEATS_2023_24,
      votes: withoutP2(everyone(SEATS_2023_24, 'yes')), policies: PANEL_POLICIES_2024,
      draft: PANEL_RENEWAL, later: [{ at: '2024-03-28', draft: PANEL_RENEWAL }],
      monitoring: ', monitoring: { mandateUntil: 2023-04-30, renewalMonths: 12 }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [
        { kind: 'panel_renewal', target: 'PRK', result: 'adopted', yes: 15, no: 0, abstain: 0 },
        { kind: 'panel_renewal', target: 'PRK', result: 'vetoed', yes: 13, no: 1, abstain: 1, vetoedBy: ['RUS'] },
      ],
      events: [
        { kind: 'monitoring', detail: 'renewed', date: '2023-03-23' },
        { kind: 'draftResult', detail: 'vetoed', date: '2024-03-28' },
        { kind: 'monitoring', detail: 'lapsed', cause: 'mandate:un-1718', date: '2024-05-02' },
      ],
    },
  },
  {
    id: 'SC-17',
    title: 'A draft dated 2 Jan 2024 inside a weekly tick that began on 28 Dec 2023 (counterfactual): the 2024 Council votes, and Russia\'s 2024 rule applies',
    source: 'facts.md §2f (the 2024 composition: Algeria, Guyana, ROK, Sierra Leone, Slovenia from 1 Jan 2024) and §2b (the 2022–23 members); the vote itself is counterfactual',
    interpretation: 'A vote is held on the draft\'s own date, not on its tick\'s first day (semantics.md, "The Security Council"): the members whose terms ended on 31 Dec 2023 (here marked by abstaining) no longer vote, the 2024 entrants do, and a date condition in a vote rule reads 2 Jan 2024. Read on 28 Dec 2023 the draft would be adopted 10–0–5.',
    yaml: scenario({
      id: 'SC-17', title: 'A vote on 2 Jan 2024 under weekly ticks', date: '2023-12-28', tick: 'week', horizon: 2, seats: SEATS_2023_24,
      votes: withoutP2(everyone(SEATS_2023_24, 'yes', { ALB: 'abstain', BRA: 'abstain', GAB: 'abstain', GHA: 'abstain', ARE: 'abstain' })),
      policies: PANEL_POLICIES_2024.replace('abstain: 1', 'yes: 1'),
      draft: '{ kind: condemnation, target: PRK, sponsor: USA }', later: [],
    }).replace('- { at: 0, effect: { draft: { kind: condemnation', '- { at: 2024-01-02, effect: { draft: { kind: condemnation'),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'condemnation', target: 'PRK', result: 'vetoed', yes: 14, no: 1, abstain: 0, vetoedBy: ['RUS'] }],
      events: [{ kind: 'draftResult', detail: 'vetoed', date: '2024-01-02' }],
    },
  },
  {
    id: 'SC-18',
    title: 'Panel of Experts renewal, 28 Mar 2024, with China\'s vote weights given by parameters that both read 0: China abstains, as it did — 13–1–1, vetoed by Russia',
    source: 'facts.md §2b (https://www.ajc.com/news/nation-world/russia-vetoes-un-resolution-abolishing-monitoring-of-un-sanctions-against-north-korea-by-un-experts/MTE3EZEJBVF57E7FTK7KLTR3YA/) and §2f (2024 composition); docs/semantics.md "The Security Council" (weights that all read 0)',
    interpretation: 'SC-03 with China\'s vote rule written `{ yes: chn_yes, no: chn_no }`, both parameters fixed at 0: a rule whose weights all read 0 expresses no vote, so the member abstains, as a member with no matching rule does (engine 0.6.1 recorded it absent, which no Council record shows). The loader warns (W_VOTE_WEIGHTS_ZERO); four literal zeros would be refused (E_VOTE_WEIGHTS). The tally is the real one.',
    yaml: scenario({
      id: 'SC-18', title: 'Panel of Experts veto, China\'s weights reading 0', date: '2024-03-28', seats: SEATS_2024,
      votes: everyone(SEATS_2024, 'yes', { RUS: 'no', CHN: 'abstain' }),
      draft: '{ kind: panel_renewal, target: PRK, regime: un-1718, sponsor: USA }',
    }).replace(CHN_NO_VIEW.policy, CHN_NO_VIEW.rule).replace('variables:\n', `${CHN_NO_VIEW.parameters}variables:\n`),
    situation: 'vote',
    warnings: ['W_VOTE_WEIGHTS_ZERO'],
    expect: {
      obligations: {},
      drafts: [{ kind: 'panel_renewal', target: 'PRK', result: 'vetoed', yes: 13, no: 1, abstain: 1, vetoedBy: ['RUS'] }],
    },
  },
  {
    id: 'SC-19',
    title: 'S/2022/431 vetoed by China and Russia on 26 May 2022, and the General Assembly\'s debate of the vetoes on 8 June under its standing mandate (res. 76/262)',
    source: 'facts.md §2b and unsc_korea_related_vetoes.csv (the vote); GA res. 76/262 of 26 Apr 2022, op. 1: the President of the Assembly convenes a formal meeting "within ten working days of the casting of a veto" (text as quoted by the President\'s letter, UrduPoint/Sputnik 28 May 2022, https://www.urdupoint.com/en/world/unga-to-meet-june-8-to-discuss-veto-by-russia-1517213.html); the debate of 8 Jun 2022, the first under the mandate (UN press release GA/12423, https://press.un.org/en/2022/ga12423.doc.htm). Not in facts.md',
    interpretation: 'SC-02\'s vote with the Council\'s `vetoDebate: { workingDays: 9 }`: the Assembly met on the ninth working day after the veto (27 May, 30 May – 3 June, 6–8 June; the mandate allowed up to the tenth, 9 June). semantics.md, "The General Assembly\'s debate of a veto": an `assembly` event `veto_debate:sanctions` on that day, its parent the veto, naming both vetoing members; it binds no one and draws nothing. The run\'s daily ticks reach 10 June.',
    yaml: scenario({ id: 'SC-19', title: 'S/2022/431 and the Assembly\'s debate', date: '2022-05-26', horizon: 15, seats: SEATS_2022, votes: everyone(SEATS_2022, 'yes', { CHN: 'no', RUS: 'no' }), draft: SANCTIONS_ON_PRK, vetoDebate: '{ workingDays: 9 }' }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'sanctions', target: 'PRK', result: 'vetoed', yes: 13, no: 2, abstain: 0, vetoedBy: ['CHN', 'RUS'] }],
      events: [{ kind: 'draftResult', detail: 'vetoed', date: '2022-05-26' }, { kind: 'assembly', detail: 'veto_debate:sanctions', cause: 'assembly:veto_debate:sanctions', date: '2022-06-08' }],
    },
  },
  {
    id: 'SC-20',
    title: 'The Panel of Experts\' renewal vetoed by Russia on 28 Mar 2024 (13–1–1), debated by the General Assembly on 11 April, the tenth working day; the same mandate calls no debate for an adopted resolution (res. 2397 read in 2024)',
    source: 'facts.md §2b and §2f (the vote and the 2024 Council); GA res. 76/262 as in SC-19; the Assembly\'s debate of Thursday 11 Apr 2024 on the veto (UN News, reported by informitus.com, https://informitus.com/world/item/145267-general-assembly-debates-russia-s-veto-of-dpr-korea-sanctions-panel). Not in facts.md',
    interpretation: 'SC-03\'s vote with `vetoDebate: {}`: the default mandate (from 26 Apr 2022, ten working days). Counting Monday to Friday — 29 March (Good Friday, a UN holiday, counted all the same), 1–5 April, 8–11 April — the tenth working day is 11 April, the day the Assembly met. A second draft, a sanctions resolution all 15 adopt on 2 April, is no veto and calls no debate: the run records one `assembly` event only.',
    yaml: scenario({
      id: 'SC-20', title: 'The panel veto of 2024 and the Assembly\'s debate', date: '2024-03-28', horizon: 20, seats: SEATS_2024,
      votes: withoutP2(everyone(SEATS_2024, 'yes')), draft: PANEL_RENEWAL, vetoDebate: '{}',
      policies: '    - { member: RUS, rules: [{ kind: panel_renewal, vote: { no: 1 } }, { vote: { yes: 1 } }] }\n    - { member: CHN, rules: [{ kind: panel_renewal, vote: { abstain: 1 } }, { vote: { yes: 1 } }] }',
      later: [{ at: '2024-04-02', draft: SANCTIONS_ON_PRK }],
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [
        { kind: 'panel_renewal', target: 'PRK', result: 'vetoed', yes: 13, no: 1, abstain: 1, vetoedBy: ['RUS'] },
        { kind: 'sanctions', target: 'PRK', result: 'adopted', yes: 15, no: 0, abstain: 0 },
      ],
      events: [{ kind: 'draftResult', detail: 'vetoed', date: '2024-03-28' }, { kind: 'draftResult', detail: 'adopted', date: '2024-04-02' }, { kind: 'assembly', detail: 'veto_debate:panel_renewal', date: '2024-04-11' }],
      absent: [{ kind: 'assembly', detail: 'veto_debate:sanctions' }],
    },
  },
];
