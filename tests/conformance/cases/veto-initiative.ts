/**
 * The General Assembly's standing mandate to debate a veto (res. 76/262 of 26 April 2022), op. 1:
 * the President convenes a formal meeting "within ten working days of the casting of a veto … to
 * hold a debate on the situation as to which the veto was cast, provided that the General Assembly
 * does not meet in an Emergency Special Session on the same situation".
 *
 * What the cases pin (format 1.12, the veto debate's `emergencySessions`): a veto on the situation
 * of an emergency special session that meets within the ten working days is taken up there, on the
 * day it meets, and no debate of its own is held; a session that meets only later, or on another
 * situation, leaves the debate to the mandate (SC-19, SC-20 pin the plain debate).
 */
import type { ConformanceCase, ExpectedDraft } from '../case.js';
import { actors, CALM_LADDER, council, elected, everyone, P5 } from '../fragments.js';

const SRC = 'GA res. 76/262, op. 1 (text as published with the resolution, https://research.un.org/en/docs/ga/quick/regular/76); S/2022/720, put to the vote on 30 Sep 2022 and vetoed by Russia, 10 in favour, 4 abstaining (Brazil, China, Gabon, India) (UN press release SC/15046); the eleventh emergency special session resumed on 10 Oct 2022 "after the Council on 30 September failed to adopt a resolution" and adopted res. ES-11/4 on 12 Oct (UN Audiovisual Library, 12th plenary meeting of the resumed session, https://www.unmultimedia.org/avlibrary/asset/2958/2958879/). Not in facts.md';

/** 2022: the 2021 entrants (to 31 Dec 2022) and the 2022 entrants. */
const SEATS_2022 = [...P5, ...elected(2021, ['IND', 'IRL', 'KEN', 'MEX', 'NOR']), ...elected(2022, ['ALB', 'BRA', 'GAB', 'GHA', 'ARE'])];
const VOTES = everyone(SEATS_2022, 'yes', { RUS: 'no', BRA: 'abstain', CHN: 'abstain', GAB: 'abstain', IND: 'abstain' });
const NAMES: Record<string, string> = {
  CHN: 'China', FRA: 'France', RUS: 'Russia', GBR: 'United Kingdom', USA: 'United States', IND: 'India', IRL: 'Ireland', KEN: 'Kenya', MEX: 'Mexico',
  NOR: 'Norway', ALB: 'Albania', BRA: 'Brazil', GAB: 'Gabon', GHA: 'Ghana', ARE: 'United Arab Emirates', UKR: 'Ukraine', ISR: 'Israel',
};

/** The vote of 30 Sep 2022 on a draft condemning Russia's annexation, with the Assembly's sessions as given. */
const scenario = (id: string, title: string, sessions: string): string => {
  const ids = [...new Set([...SEATS_2022.map((s) => s.actor), 'UKR', 'ISR'])];
  return `version: "1.12"
id: ${id}
title: ${JSON.stringify(title)}
clock: { start: 2022-09-30, tick: day, horizon: 20 }
${CALM_LADDER}
${actors(Object.fromEntries(ids.map((x) => [x, NAMES[x]!])))}
${council({ seats: SEATS_2022, votes: VOTES }).replace('\n  seats:\n', `\n  vetoDebate: { emergencySessions: ${sessions} }\n  seats:\n`)}
situations:
  vote:
    title: the draft on the annexation is put to the Council
    inject:
      - { at: 0, effect: { draft: { kind: condemnation, target: RUS, sponsor: USA } } }
outcomes:
  vetoed: { when: { council: { result: vetoed } } }`;
};

const VETO: ExpectedDraft = { kind: 'condemnation', target: 'RUS', result: 'vetoed', yes: 10, no: 1, abstain: 4, vetoedBy: ['RUS'] };

export const VETO_INITIATIVE_CASES: ConformanceCase[] = [
  {
    id: 'GA-01',
    title: 'Russia\'s veto of 30 Sep 2022 on the annexation, taken up by the resumed eleventh emergency special session on 10 Oct: no debate of its own',
    source: SRC,
    interpretation: 'The veto of a draft on Russia (condemnation) on Friday 30 Sep 2022. The eleventh emergency special session, on Russia\'s war on Ukraine (`on: [RUS, UKR]`), met again on 10–12 Oct, the sixth to eighth working days after the veto, inside the ten the mandate allows (to 14 Oct). By the proviso the Assembly takes the veto up there: an `assembly` event `emergency_session:condemnation` on 10 Oct, cause `assembly:emergency_session:ES-11`, and no `veto_debate`.',
    yaml: scenario('GA-01', 'The annexation veto and the eleventh emergency special session', '[{ id: ES-11, on: [RUS, UKR], from: 2022-10-10, to: 2022-10-12 }]'),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [VETO],
      events: [{ kind: 'draftResult', detail: 'vetoed', date: '2022-09-30' }, { kind: 'assembly', detail: 'emergency_session:condemnation', cause: 'assembly:emergency_session:ES-11', date: '2022-10-10' }],
      absent: [{ kind: 'assembly', detail: 'veto_debate:condemnation' }],
    },
  },
  {
    id: 'GA-02',
    title: 'The same veto with the session meeting only on 14 Nov: past the ten working days, so the mandate\'s own debate is held on 14 Oct',
    source: SRC,
    interpretation: 'GA-01 with the session\'s meeting of 14 Nov 2022 (res. ES-11/5) in place of October\'s: the Assembly does not meet in emergency special session on the situation between the veto and the tenth working day (14 Oct), so the proviso does not apply and a debate of its own is recorded that day. A hypothetical variant of the record, pinning the window.',
    yaml: scenario('GA-02', 'The annexation veto with a later session', '[{ id: ES-11, on: [RUS, UKR], from: 2022-11-14, to: 2022-11-14 }]'),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [VETO],
      events: [{ kind: 'assembly', detail: 'veto_debate:condemnation', cause: 'assembly:veto_debate:condemnation', date: '2022-10-14' }],
      absent: [{ kind: 'assembly', detail: 'emergency_session:condemnation' }],
    },
  },
  {
    id: 'GA-03',
    title: 'An emergency special session on another situation meets in the window: not the same situation, so the veto gets its own debate',
    source: SRC,
    interpretation: 'GA-01 with a session on another situation (the tenth, on the occupied Palestinian territory, coded `on: [ISR]`) meeting on 10 Oct in place of the eleventh. The proviso asks for a session "on the same situation": a draft on Russia is not, so the debate is held on the tenth working day, 14 Oct.',
    yaml: scenario('GA-03', 'The annexation veto and a session on another situation', '[{ id: ES-10, on: [ISR], from: 2022-10-10, to: 2022-10-12 }]'),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [VETO],
      events: [{ kind: 'assembly', detail: 'veto_debate:condemnation', date: '2022-10-14' }],
      absent: [{ kind: 'assembly', detail: 'emergency_session:condemnation' }],
    },
  },
];
