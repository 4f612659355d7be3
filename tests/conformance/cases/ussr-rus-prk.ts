/**
 * The earlier Moscow–Pyongyang treaties: the USSR–DPRK Treaty of Friendship, Co-operation and
 * Mutual Assistance (6 July 1961; automatic assistance, Art. 1; lapsed 10 Sept 1996 per ATOP) and
 * the Russia–DPRK Treaty of Friendship, Good-Neighbourliness and Cooperation (9 Feb 2000;
 * consultation only; superseded when the 2024 treaty entered into force). Source: facts.md §1c.
 */
import { all, DORMANT, honouredLedger, LAPSED, type ConformanceCase } from '../case.js';
import {
  actors, CALM_LADDER, chnPrk1961, CHN_PRK_1961_KEYS, rusPrk2000, RUS_PRK_2000_KEYS, rusPrk2024, RUS_PRK_2024_KEYS,
  ussrPrk1961, USSR_PRK_1961_KEYS,
} from '../fragments.js';

const SRC_1961 = 'facts.md §1c (UNTS No. 6045 text; ATOP 3440 exit 1996-09-10; Gibler: 7 Sep 1995; Jamestown: 1995 — lapse date disputed, ATOP used)';
const SRC_2000 = 'facts.md §1c (ATOP 4940 consul = 1, defense = 0; Gibler Type III entente)';

const world = (id: string, title: string, clock: string): string => `version: "0.1"
id: ${id}
title: ${JSON.stringify(title)}
clock: ${clock}
${CALM_LADDER}
regions:
  dprk: { administeredBy: PRK }
  rok: { administeredBy: ROK }
${actors(
    { RUS: 'USSR / Russia', PRK: 'DPRK', CHN: 'China', ROK: 'Republic of Korea', USA: 'United States' },
    { RUS: 'nuclear: true', PRK: 'territory: dprk', CHN: 'nuclear: true', ROK: 'territory: rok', USA: 'nuclear: true' },
  )}`;

const OUTCOMES = `outcomes:
  russia_at_war: { when: { posture: { actor: RUS, atLeast: war } } }`;

export const USSR_RUS_PRK_CASES: ConformanceCase[] = [
  {
    id: 'U61-01',
    title: '2010: a war on the DPRK engages China\'s Art. II and Russia\'s 2000 consultation clause, not the lapsed 1961 treaty',
    source: `${SRC_1961}; ${SRC_2000}; facts.md §5 "Treaties in force in 2010"`,
    interpretation: 'Hypothetical escalation of the 2010 crises: a ROK strike at war intensity on the DPRK. The 1961 USSR–DPRK obligations start lapsed (no event: they lapsed before the run); the 2000 treaty\'s "contact each other" on aggression is a consultation clause with an armed-attack casus.',
    yaml: `${world('U61-01', '2010 war', '{ start: 2010-11-22, tick: day, horizon: 3 }')}
pacts:
${ussrPrk1961()}
${rusPrk2000()}
${chnPrk1961()}
situations:
  event:
    title: war on the DPRK, Nov 2010
    inject:
      - { at: 2010-11-24, effect: { armedAttack: { by: ROK, on: PRK, intensity: 5 } } }
${OUTCOMES}`,
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'], // a pact or party outside the run, on purpose
    expect: {
      obligations: {
        ...all(USSR_PRK_1961_KEYS, LAPSED),
        ...all(RUS_PRK_2000_KEYS, DORMANT),
        'rus-prk-2000/consult@RUS': { state: 'honoured', level: 'consult' },
        ...all(CHN_PRK_1961_KEYS, DORMANT),
        'chn-prk-1961/art2@CHN': { state: 'honoured', level: 'forces' },
      },
      ledger: { 'ussr-prk-1961/art1@RUS': ['not_in_force'], 'rus-prk-2000/consult@RUS': honouredLedger('consult') },
      absent: [{ kind: 'obligation', cause: 'pact:ussr-prk-1961' }],
      relations: [{ between: ['RUS', 'ROK'], rung: 'peace' }, { between: ['CHN', 'ROK'], rung: 'war' }],
    },
  },
  {
    id: 'U61-02',
    title: 'Sept 1996: a run straddling the lapse date records the lapse; an attack two days later engages nothing',
    source: SRC_1961,
    interpretation: 'The pact lapses at the start of the first tick on or after 10 Sept 1996: one `lapsed` event per obligation, cause pact:ussr-prk-1961. An attack on 12 Sept finds no live obligation.',
    yaml: `${world('U61-02', 'Lapse, then attack', '{ start: 1996-09-08, tick: day, horizon: 5 }')}
pacts:
${ussrPrk1961()}
situations:
  event:
    title: war on the DPRK after the lapse
    inject:
      - { at: 1996-09-12, effect: { armedAttack: { by: ROK, on: PRK, intensity: 5 } } }
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: all(USSR_PRK_1961_KEYS, LAPSED),
      ledger: { 'ussr-prk-1961/art1@RUS': ['not_in_force'] },
      events: [
        { kind: 'obligation', cause: 'pact:ussr-prk-1961', detail: 'lapsed', actor: 'RUS', date: '1996-09-10' },
        { kind: 'obligation', cause: 'pact:ussr-prk-1961', detail: 'lapsed', actor: 'PRK', date: '1996-09-10' },
        { kind: 'obligation', cause: 'pact:ussr-prk-1961', detail: 'lapsed', actor: 'RUS', date: '1996-09-10' },
        { kind: 'obligation', cause: 'pact:ussr-prk-1961', detail: 'lapsed', actor: 'PRK', date: '1996-09-10' },
        { kind: 'armedAttack', date: '1996-09-12' },
      ],
      relations: [{ between: ['RUS', 'ROK'], rung: 'peace' }],
    },
  },
  {
    id: 'U61-03',
    title: 'Sept 1996: an attack two days before the lapse is honoured, then the obligation lapses',
    source: SRC_1961,
    interpretation: 'Before 10 Sept the 1961 Art. 1 is live: judged, invoked, honoured at forces on 8 Sept; the lapse on 10 Sept ends it (final state lapsed; the war Russia joined goes on — lapsing a pact does not end hostilities).',
    yaml: `${world('U61-03', 'Attack, then lapse', '{ start: 1996-09-07, tick: day, horizon: 4 }')}
pacts:
${ussrPrk1961()}
situations:
  event:
    title: war on the DPRK before the lapse
    inject:
      - { at: 1996-09-08, effect: { armedAttack: { by: ROK, on: PRK, intensity: 5 } } }
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: all(USSR_PRK_1961_KEYS, LAPSED),
      ledger: { 'ussr-prk-1961/art1@RUS': honouredLedger('forces'), 'ussr-prk-1961/art1@PRK': [] },
      events: [
        { kind: 'obligation', detail: 'honoured', date: '1996-09-08' },
        { kind: 'obligation', cause: 'pact:ussr-prk-1961', detail: 'lapsed', date: '1996-09-10' },
      ],
      relations: [{ between: ['RUS', 'ROK'], rung: 'war', war: 'hostilities', initiator: 'ROK' }],
    },
  },
  {
    id: 'U61-04',
    title: 'Dec 2024 succession: the 2000 treaty answers a threat on 3 Dec, lapses on 4 Dec, and the 2024 Art. 4 answers the war on 5 Dec',
    source: `${SRC_2000}; facts.md §1a "What it replaced" (https://tass.com/world/1882445) and entry into force (https://interfax.com/newsroom/top-stories/108291/)`,
    interpretation: 'The 2000 treaty "lost effect" on the 2024 treaty\'s entry into force: coded lapsed: 2024-12-04, the same day the new one is in force. The 2000 consultation clause (already honoured for the threat) is lapsed when the war comes, so only the 2024 Art. 4 judges it.',
    yaml: `${world('U61-04', 'Succession', '{ start: 2024-12-02, tick: day, horizon: 4 }')}
pacts:
${rusPrk2000({ lapsed: '2024-12-04' })}
${rusPrk2024()}
situations:
  event:
    title: threat, then war
    inject:
      - { at: 2024-12-03, effect: { threat: { by: USA, on: PRK } } }
      - { at: 2024-12-05, effect: { armedAttack: { by: USA, on: PRK, intensity: 5 } } }
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: {
        ...all(RUS_PRK_2000_KEYS, LAPSED),
        ...all(RUS_PRK_2024_KEYS, DORMANT),
        'rus-prk-2024/art4@RUS': { state: 'honoured', level: 'forces' },
      },
      ledger: {
        'rus-prk-2000/consult@RUS': [...honouredLedger('consult'), 'not_in_force'],
        'rus-prk-2000/consult@PRK': [],
        'rus-prk-2024/art3@RUS': ['not_in_force'],
        'rus-prk-2024/art4@RUS': honouredLedger('forces'),
      },
      events: [
        { kind: 'obligation', cause: 'obligation:rus-prk-2000/consult@RUS', detail: 'honoured', date: '2024-12-03' },
        { kind: 'obligation', cause: 'pact:rus-prk-2000', detail: 'lapsed', date: '2024-12-04' },
        { kind: 'obligation', cause: 'obligation:rus-prk-2024/art4@RUS', detail: 'honoured', date: '2024-12-05' },
      ],
    },
  },
];
