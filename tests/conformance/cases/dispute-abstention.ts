/**
 * The proviso of Charter Art. 27(3) (format 1.6; semantics.md, "The Security Council"): "in
 * decisions under Chapter VI, and under paragraph 3 of Article 52, a party to a dispute shall
 * abstain from voting". A draft declares its basis (`under`) and the parties to the dispute
 * (`dispute`); a seated party then abstains — an obligatory abstention on the record, counted as
 * an abstention and never a veto. Under Chapter VII it votes. The Council's practice has applied
 * the proviso rarely and inconsistently, and not at all since 2000 (facts.md §2h): the rule's
 * `partiesAbstain: false` reads that practice. Real votes with the real composition of the year,
 * each member's vote forced by a policy (as in the SC family); the draft kinds are stand-ins (the
 * format has no kind for a recommendation to go to the Court), which does not change the tally.
 */
import type { ConformanceCase } from '../case.js';
import { actors, CALM_LADDER, council, elected, P5, type SeatSpec, type Vote } from '../fragments.js';
import { NAMES, SEATS_2014_15 } from './unsc.js';

const MORE_NAMES: Record<string, string> = {
  ...NAMES,
  ALB: 'Albania', BEL47: 'Belgium', BRA47: 'Brazil', COL47: 'Colombia', POL47: 'Poland', SYR: 'Syria',
  ARG60: 'Argentina', CEY: 'Ceylon', ECU60: 'Ecuador', ITA60: 'Italy', POL60: 'Poland', TUN: 'Tunisia', ISR: 'Israel',
  GUY82: 'Guyana', IRL82: 'Ireland', JPN82: 'Japan', JOR82: 'Jordan', PAN: 'Panama', POL82: 'Poland', ESP82: 'Spain', TGO: 'Togo', UGA82: 'Uganda', ZAR: 'Zaire',
  ARG82: 'Argentina', UKR: 'Ukraine',
};
const P5_1947: SeatSpec[] = ['ROC', 'FRA', 'GBR', 'USA', 'SUN'].map((actor) => ({ actor, permanent: true }));
/** 1947: Australia, Brazil, Poland (1946–47), Belgium, Colombia, Syria (1947–48) — the members listed with res. 22. */
const SEATS_1947: SeatSpec[] = [...P5_1947, ...elected(1946, ['AUS', 'BRA47', 'POL47']), ...elected(1947, ['BEL47', 'COL47', 'SYR'])];
/** 1960: Argentina, Italy, Tunisia (1959–60), Ceylon, Ecuador, Poland (1960) — general knowledge [UNVERIFIED terms]. */
const SEATS_1960: SeatSpec[] = [...P5_1947, ...elected(1959, ['ARG60', 'ITA60', 'TUN']), ...elected(1960, ['CEY', 'ECU60', 'POL60'])];
/** 1982: the ten elected members named with res. 502 (terms: general knowledge). */
const SEATS_1982: SeatSpec[] = [...P5.map((s) => (s.actor === 'RUS' ? { ...s, actor: 'SUN' } : s)),
  ...elected(1981, ['IRL82', 'JPN82', 'PAN', 'ESP82', 'UGA82']), ...elected(1982, ['GUY82', 'JOR82', 'POL82', 'TGO', 'ZAR'])];

const everyone = (seats: readonly SeatSpec[], vote: Vote, except: Record<string, Vote> = {}): Record<string, Vote> =>
  Object.fromEntries(seats.map((s) => [s.actor, except[s.actor] ?? vote]));

const scenario = (o: { id: string; title: string; date: string; seats: readonly SeatSpec[]; votes: Record<string, Vote>; minYes: number; draft: string; others: string[]; practice?: boolean }): string => {
  const ids = [...new Set([...o.seats.map((s) => s.actor), ...o.others])];
  const text = council({ seats: o.seats, votes: o.votes, minYes: o.minYes });
  return `version: "1.6"
id: ${o.id}
title: ${JSON.stringify(o.title)}
clock: { start: ${o.date}, tick: day, horizon: 1 }
${CALM_LADDER}
${actors(Object.fromEntries(ids.map((id) => [id, MORE_NAMES[id]!])))}
${o.practice ? text.replace('permanentVeto: true }', 'permanentVeto: true, partiesAbstain: false }') : text}
situations:
  vote:
    title: a draft on the dispute is put to the Council
    inject:
      - { at: 0, effect: { draft: ${o.draft} } }
outcomes:
  vetoed: { when: { council: { result: vetoed } } }`;
};

const SRC_PRACTICE = 'facts.md §2h (Security Council Report, "In Hindsight: Obligatory Abstentions", April 2014: https://www.securitycouncilreport.org/monthly-forecast/2014-04/in_hindsight_obligatory_abstentions.php)';
const CRIMEA = 'S/2014/189, 15 Mar 2014: 13 in favour, Russia against, China abstaining (UN press release SC/11319: https://press.un.org/fr/conseil-de-s%C3%A9curit%C3%A9?page=479; AFP via Ahram Online: https://english.ahram.org.eg/NewsContent/2/9/96744/World/International/UN-resolution-on-Crimea-Russia-vetoes,-China-absta.aspx)';
const CRIMEA_VOTES = everyone(SEATS_2014_15, 'yes', { RUS: 'no', CHN: 'abstain' });

export const DISPUTE_ABSTENTION_CASES: ConformanceCase[] = [
  {
    id: 'A27-01',
    title: 'Corfu Channel, res. 22 (9 Apr 1947): the United Kingdom, a permanent member and a party to the dispute with Albania, does not vote on a Chapter VI recommendation — adopted 8–0 with Poland and the USSR abstaining',
    source: `${SRC_PRACTICE}; res. 22 (1947), adopted 8–0–2 (Poland, USSR), the United Kingdom not voting (https://ja.m.wikipedia.org/wiki/国際連合安全保障理事会決議22 ; https://he.m.wikipedia.org/wiki/החלטה_22_של_מועצת_הביטחון_של_האו"ם); the 1947 members as listed there`,
    interpretation: 'Res. 22 recommends that the parties refer the dispute to the International Court of Justice (Art. 36(3), Chapter VI). Written `under: chapter_vi, dispute: [GBR, ALB]`; the UK\'s policy would have it vote yes, and the proviso makes it abstain (`GBR:abstain_obligatory`). Albania, not a UN member, held no seat. The Council of eleven needs seven votes. The draft kind (`condemnation`) is a stand-in: only the tally is tested.',
    yaml: scenario({
      id: 'A27-01', title: 'Corfu Channel, res. 22', date: '1947-04-09', seats: SEATS_1947, minYes: 7, others: ['ALB'],
      votes: everyone(SEATS_1947, 'yes', { POL47: 'abstain', SUN: 'abstain' }),
      draft: '{ kind: condemnation, target: ALB, sponsor: GBR, under: chapter_vi, dispute: [GBR, ALB] }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'condemnation', target: 'ALB', result: 'adopted', yes: 8, no: 0, abstain: 3, abstainedAsParty: ['GBR'] }],
    },
  },
  {
    id: 'A27-02',
    title: 'Eichmann, res. 138 (23 Jun 1960): Argentina, the complainant and a member, does not vote on the Chapter VI resolution it brought — adopted 8–0 with Poland and the USSR abstaining',
    source: `${SRC_PRACTICE} (the last instance it cites); res. 138 (1960), "adopted … by 8 votes to none, with 2 abstentions (Poland, Union of Soviet Socialist Republics)", "One member (Argentina) did not participate in the voting" (https://en.wikisource.org/wiki/United_Nations_Security_Council_Resolution_138)`,
    interpretation: 'The resolution declares that such acts "may, if repeated, endanger international peace and security" and requests reparation: Chapter VI language. Written `under: chapter_vi, dispute: [ARG60, ISR]`; Israel held no seat. The 1960 composition is general knowledge [UNVERIFIED terms]; the eight in favour are the other eight members. Seven votes needed.',
    yaml: scenario({
      id: 'A27-02', title: 'Eichmann, res. 138', date: '1960-06-23', seats: SEATS_1960, minYes: 7, others: ['ISR'],
      votes: everyone(SEATS_1960, 'yes', { POL60: 'abstain', SUN: 'abstain' }),
      draft: '{ kind: condemnation, target: ISR, sponsor: ARG60, under: chapter_vi, dispute: [ARG60, ISR] }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'condemnation', target: 'ISR', result: 'adopted', yes: 8, no: 0, abstain: 3, abstainedAsParty: ['ARG60'] }],
    },
  },
  {
    id: 'A27-03',
    title: 'Falklands, res. 502 (3 Apr 1982): a decision under Chapter VII (a breach of the peace determined) — the United Kingdom, a party to the dispute, votes; adopted 10–1–4',
    source: 'res. 502 (1982): "Adopted at the 2350th meeting by 10 votes to 1 (Panama), with 4 abstentions (China, Poland, Spain, Union of Soviet Socialist Republics)" (http://unscr.com/en/resolutions/502); the ten in favour and the 1982 members (https://wikimili.com/en/United_Nations_Security_Council_Resolution_502)',
    interpretation: 'The proviso covers Chapter VI and Art. 52(3) only: "obligatory abstentions do not affect the veto of Chapter VII decisions" (SCR 2014). Written `under: chapter_vii, dispute: [GBR, ARG82]`: the UK votes yes, as it did. Argentina held no seat.',
    yaml: scenario({
      id: 'A27-03', title: 'Falklands, res. 502', date: '1982-04-03', seats: SEATS_1982, minYes: 9, others: ['ARG82'],
      votes: everyone(SEATS_1982, 'yes', { PAN: 'no', CHN: 'abstain', POL82: 'abstain', ESP82: 'abstain', SUN: 'abstain' }),
      draft: '{ kind: ceasefire, between: [ARG82, GBR], sponsor: GBR, under: chapter_vii, dispute: [GBR, ARG82] }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'ceasefire', target: null, result: 'adopted', yes: 10, no: 1, abstain: 4 }],
    },
  },
  {
    id: 'A27-04',
    title: 'Crimea, S/2014/189 (15 Mar 2014), as the Council practised it: Russia, a party to the dispute, votes against and the draft is vetoed 13–1–1 (partiesAbstain: false)',
    source: `${CRIMEA}; ${SRC_PRACTICE} (not raised in the Council since 17 Apr 2000)`,
    interpretation: 'The draft urged the parties to settle "this dispute" peacefully (Chapter VI language, no Chapter VII determination). Nobody asked Russia to abstain; the rule\'s `partiesAbstain: false` reads that practice, and Russia\'s "no" is a veto. Ukraine held no seat in 2014.',
    yaml: scenario({
      id: 'A27-04', title: 'Crimea, as practised', date: '2014-03-15', seats: SEATS_2014_15, minYes: 9, others: ['UKR'], practice: true,
      votes: CRIMEA_VOTES,
      draft: '{ kind: condemnation, target: RUS, sponsor: USA, under: chapter_vi, dispute: [RUS, UKR] }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'condemnation', target: 'RUS', result: 'vetoed', yes: 13, no: 1, abstain: 1, vetoedBy: ['RUS'] }],
    },
  },
  {
    id: 'A27-05',
    title: 'Crimea, S/2014/189, under the Charter as written (counterfactual): read as a Chapter VI decision, Russia must abstain as a party — adopted 13–0–2',
    source: `${CRIMEA}; Charter Art. 27(3) (http://uncharter.org/article/27); ${SRC_PRACTICE}`,
    interpretation: 'The same draft and votes as A27-04 with the default rule (the proviso applied): Russia\'s vote is an obligatory abstention, so there is no veto. A reading, not what happened: whether the draft was a decision "under Chapter VI", and whether the proviso has fallen into desuetude, are disputed (facts.md §2h).',
    yaml: scenario({
      id: 'A27-05', title: 'Crimea, under the Charter as written', date: '2014-03-15', seats: SEATS_2014_15, minYes: 9, others: ['UKR'],
      votes: CRIMEA_VOTES,
      draft: '{ kind: condemnation, target: RUS, sponsor: USA, under: chapter_vi, dispute: [RUS, UKR] }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'condemnation', target: 'RUS', result: 'adopted', yes: 13, no: 0, abstain: 2, abstainedAsParty: ['RUS'] }],
    },
  },
];
