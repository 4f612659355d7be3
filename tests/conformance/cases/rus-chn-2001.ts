/**
 * Russia–China Treaty of Good-Neighbourliness and Friendly Cooperation (16 July 2001), coded by
 * ATOP (4980) as non-aggression plus consultation: a negative duty checked when one party would
 * attack the other, and self-defence, which is no breach. Source: facts.md §1i, §4.
 */
import { all, DORMANT, honouredLedger, type ConformanceCase } from '../case.js';
import { actors, eventScenario, RUS_CHN_2001_KEYS, rusChn2001 } from '../fragments.js';

const SRC = 'facts.md §4 (China row: "Russia–China 2001 (non-aggression + consultation, ATOP 4980)") and §1i (ATOP 4980 nonagg = 1, consul = 1); atop_v4_relevant_member_level.csv';

const scenario = (id: string, title: string, inject: string): string => eventScenario({
  id, title, clock: '{ start: 2025-03-03, tick: day, horizon: 3 }', inject,
  regions: `regions:
  russia: { administeredBy: RUS }
  china: { administeredBy: CHN }`,
  actors: actors({ RUS: 'Russia', CHN: 'China', USA: 'United States' }, { RUS: 'nuclear: true, territory: russia', CHN: 'nuclear: true, territory: china', USA: 'nuclear: true' }),
  pacts: rusChn2001(),
  outcomes: '  sino_russian_war: { when: { relation: { between: [RUS, CHN], war: true } } }',
});

export const RUS_CHN_2001_CASES: ConformanceCase[] = [
  {
    id: 'RC01-01',
    title: 'Non-aggression: a Chinese attack on Russia is suppressed when the duty is respected (reliability 1)',
    source: SRC,
    interpretation: 'The act is checked before it happens: respected means the attack never takes place — no armedAttack event, the relation does not move; the ledger keeps the duty event.',
    yaml: scenario('RC01-01', 'Non-aggression respected', '      - { at: 1, effect: { armedAttack: { by: CHN, on: RUS, intensity: 5 } } }'),
    situation: 'event',
    expect: {
      obligations: all(RUS_CHN_2001_KEYS, DORMANT),
      duties: [{ key: 'rus-chn-2001/nonaggression@CHN', verdict: 'respected' }],
      absent: [{ kind: 'armedAttack' }],
      relations: [{ between: ['RUS', 'CHN'], rung: 'peace', war: 'none' }],
    },
  },
  {
    id: 'RC01-02',
    title: 'Non-aggression: China breaches it (pinned choice); Russia\'s return strike is self-defence and is not checked',
    source: `${SRC}; docs/semantics.md "Negative duties" (self-defence)`,
    interpretation: 'Reliability is 1 for both parties, and China\'s breach is a pinned decision (a seminar player choosing to breach). Had Russia\'s strike back been checked, reliability 1 would have suppressed it; instead it goes ahead with no duty event, because China began the hostilities.',
    yaml: scenario('RC01-02', 'Breach and self-defence', `      - { at: 1, effect: { armedAttack: { by: CHN, on: RUS, intensity: 5 } } }
      - { at: 2, effect: { armedAttack: { by: RUS, on: CHN, intensity: 5 } } }`),
    situation: 'event',
    decisions: { 'duty rus-chn-2001/nonaggression@CHN': 'breach' },
    expect: {
      obligations: all(RUS_CHN_2001_KEYS, DORMANT),
      duties: [{ key: 'rus-chn-2001/nonaggression@CHN', verdict: 'breached' }],
      events: [
        { kind: 'duty', actor: 'CHN', detail: 'breached' },
        { kind: 'armedAttack', actor: 'CHN', target: 'RUS' },
        { kind: 'armedAttack', actor: 'RUS', target: 'CHN' },
      ],
      relations: [{ between: ['RUS', 'CHN'], rung: 'war', war: 'hostilities', initiator: 'CHN' }],
    },
  },
  {
    id: 'RC01-03',
    title: 'Consultation: a US threat of aggression against China engages Russia\'s duty to consult; the non-aggression duties are untouched',
    source: SRC,
    interpretation: 'The treaty\'s consultation clause (ATOP consul = 1) is coded with a threat casus and honoured at consult.',
    yaml: scenario('RC01-03', 'Consultation on a threat', '      - { at: 1, effect: { threat: { by: USA, on: CHN } } }'),
    situation: 'event',
    expect: {
      obligations: { ...all(RUS_CHN_2001_KEYS, DORMANT), 'rus-chn-2001/consult@RUS': { state: 'honoured', level: 'consult' } },
      ledger: { 'rus-chn-2001/consult@RUS': honouredLedger('consult') },
    },
  },
  {
    id: 'RC01-04',
    title: 'Non-aggression: a Chinese border clash at MID 4 (short of war); Russia\'s return fire at MID 4 is self-defence and is not checked',
    source: `${SRC}; UN Charter Art. 51; docs/semantics.md "Negative duties" (self-defence) and "War episodes"`,
    interpretation: 'An armed attack is the engine\'s MID 4 (`use_of_force`) or more: China\'s attack at intensity 4 opens a war episode with China on the side that began it, though the relation stops at `clash`, below the war rung, with no state of war. Russia (reliability 1: had its return fire been checked, it would have been suppressed) answers at intensity 4 against the state that attacked it: self-defence under Art. 51 whether or not a war has begun, so no duty event for Russia and the strike goes ahead. China\'s breach is pinned, as in RC01-02.',
    yaml: scenario('RC01-04', 'Border clash and return fire', `      - { at: 1, effect: { armedAttack: { by: CHN, on: RUS, intensity: 4 } } }
      - { at: 2, effect: { armedAttack: { by: RUS, on: CHN, intensity: 4 } } }`),
    situation: 'event',
    decisions: { 'duty rus-chn-2001/nonaggression@CHN': 'breach' },
    expect: {
      obligations: all(RUS_CHN_2001_KEYS, DORMANT),
      duties: [{ key: 'rus-chn-2001/nonaggression@CHN', verdict: 'breached' }],
      events: [
        { kind: 'duty', actor: 'CHN', detail: 'breached' },
        { kind: 'armedAttack', actor: 'CHN', target: 'RUS' },
        { kind: 'armedAttack', actor: 'RUS', target: 'CHN' },
      ],
      absent: [{ kind: 'duty', actor: 'RUS' }],
      relations: [{ between: ['RUS', 'CHN'], rung: 'clash', war: 'none' }],
    },
  },
];
