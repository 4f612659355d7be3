/**
 * China–DPRK Treaty of Friendship, Cooperation and Mutual Assistance (11 July 1961): Art. II
 * (armed attack by any state or coalition, and thus a state of war → immediate assistance with all
 * means; no qualifier, no geographic limit) and Art. III (no alliance, bloc or action directed
 * against the other). Source: facts.md §1b.
 */
import { all, DORMANT, honouredLedger, type ConformanceCase } from '../case.js';
import { actors, chnPrk1961, CHN_PRK_1961_KEYS, eventScenario } from '../fragments.js';

const SRC_II = 'facts.md §1b Art. II (Peking Review 1961: https://marxists.org/subject/china/peking-review/1961/PR1961-28a.htm); ATOP 3445 conditional = 0';
const SRC_III = 'facts.md §1b Art. III (Korean translation, https://sthzw.com/shangwufuwuxinxi/tuh0o20rt6.html; English wording [UNVERIFIED]); ATOP 3445 noothall = 1';

const scenario = (id: string, title: string, clock: string, inject: string, coding: Parameters<typeof chnPrk1961>[0] = {}, relations = ''): string => eventScenario({
  id, title, clock, inject,
  regions: `regions:
  dprk: { administeredBy: PRK }
  rok: { administeredBy: ROK }
  yeonpyeong: { within: rok }`,
  // The relations a case starts from follow the actors (they start with a newline).
  actors: `${actors(
    { CHN: 'China', PRK: 'DPRK', USA: 'United States', ROK: 'Republic of Korea' },
    { CHN: 'nuclear: true', PRK: 'nuclear: true, territory: dprk', USA: 'nuclear: true', ROK: 'territory: rok' },
  )}${relations}`,
  pacts: chnPrk1961(coding),
  outcomes: '  china_at_war: { when: { posture: { actor: CHN, atLeast: war } } }',
});

const DAILY = '{ start: 2025-03-03, tick: day, horizon: 6 }';

export const CHN_PRK_1961_CASES: ConformanceCase[] = [
  {
    id: 'C61-01',
    title: 'Art. II: a US invasion that puts the DPRK in a state of war engages China',
    source: SRC_II,
    interpretation: '"Military and other assistance with all means at its disposal", "immediately", no qualifier: level forces, within 0, reliability 1.',
    yaml: scenario('C61-01', 'Art. II engaged', DAILY, '      - { at: 1, effect: { armedAttack: { by: USA, on: PRK, intensity: 5 } } }'),
    situation: 'event',
    expect: {
      obligations: { ...all(CHN_PRK_1961_KEYS, DORMANT), 'chn-prk-1961/art2@CHN': { state: 'honoured', level: 'forces' } },
      ledger: { 'chn-prk-1961/art2@CHN': honouredLedger('forces') },
      relations: [{ between: ['CHN', 'USA'], rung: 'war', war: 'hostilities', initiator: 'USA' }],
    },
  },
  {
    id: 'C61-02',
    title: 'Art. II: a coalition attack (ROK, then the US) — China judges each attacker in turn',
    source: SRC_II,
    interpretation: '"By any state or coalition of states": each attacker is a new casus, so the obligation re-arms after honouring against the ROK and judges the US attack the next day. (Two attackers in the same tick are one casus: C61-08.)',
    yaml: scenario('C61-02', 'Coalition attack', DAILY, `      - { at: 1, effect: { armedAttack: { by: ROK, on: PRK, intensity: 5 } } }
      - { at: 2, effect: { armedAttack: { by: USA, on: PRK, intensity: 5 } } }`),
    situation: 'event',
    expect: {
      obligations: { ...all(CHN_PRK_1961_KEYS, DORMANT), 'chn-prk-1961/art2@CHN': { state: 'honoured', level: 'forces' } },
      ledger: { 'chn-prk-1961/art2@CHN': [...honouredLedger('forces'), ...honouredLedger('forces')] },
      relations: [
        { between: ['CHN', 'ROK'], rung: 'war', war: 'hostilities', initiator: 'ROK' },
        { between: ['CHN', 'USA'], rung: 'war', war: 'hostilities', initiator: 'USA' },
      ],
    },
  },
  {
    id: 'C61-08',
    title: 'Art. II: a coalition attack in one tick (ROK and the US together) — one casus, China answers both',
    source: SRC_II,
    interpretation: '"Armed attack by any state or coalition of states": two attackers in the same tick are one casus. The second attacker joins the pending response (a `coalition` entry in the ledger) instead of being dropped, and China honours against both.',
    yaml: scenario('C61-08', 'Coalition attack in one tick', DAILY, `      - { at: 1, effect: [ { armedAttack: { by: ROK, on: PRK, intensity: 5 } }, { armedAttack: { by: USA, on: PRK, intensity: 5 } } ] }`),
    situation: 'event',
    expect: {
      obligations: { ...all(CHN_PRK_1961_KEYS, DORMANT), 'chn-prk-1961/art2@CHN': { state: 'honoured', level: 'forces' } },
      ledger: { 'chn-prk-1961/art2@CHN': ['judged', 'invoked', 'coalition', 'honoured:forces'] },
      relations: [
        { between: ['CHN', 'ROK'], rung: 'war', war: 'hostilities', initiator: 'ROK' },
        { between: ['CHN', 'USA'], rung: 'war', war: 'hostilities', initiator: 'USA' },
      ],
    },
  },
  {
    id: 'C61-03',
    title: 'Art. II: one judgment per war episode; a new attack after a ceasefire is a new casus',
    source: `${SRC_II}; docs/semantics.md "One judgment per war episode"`,
    interpretation: 'A second US strike in the same war (day 2) is not a new casus; after a ceasefire brings the relation down to crisis (day 3), the next attack (day 4) is, and China judges again.',
    yaml: scenario('C61-03', 'One judgment per war', DAILY, `      - { at: 1, effect: { armedAttack: { by: USA, on: PRK, intensity: 5 } } }
      - { at: 2, effect: { armedAttack: { by: USA, on: PRK, intensity: 5 } } }
      - { at: 3, effect: { ceasefire: { between: [USA, PRK] } } }
      - { at: 4, effect: { armedAttack: { by: USA, on: PRK, intensity: 5 } } }`),
    situation: 'event',
    expect: {
      obligations: { ...all(CHN_PRK_1961_KEYS, DORMANT), 'chn-prk-1961/art2@CHN': { state: 'honoured', level: 'forces' } },
      ledger: { 'chn-prk-1961/art2@CHN': [...honouredLedger('forces'), ...honouredLedger('forces')] },
      events: [
        { kind: 'obligation', detail: 'judged', date: '2025-03-04' },
        { kind: 'ceasefire', date: '2025-03-06' },
        { kind: 'obligation', detail: 'judged', date: '2025-03-07' },
      ],
    },
  },
  {
    id: 'C61-04',
    title: 'Art. II: Yeonpyeong, 23 Nov 2010 — ROK counter-battery fire on the DPRK, under the armistice, is no state of war',
    source: `${SRC_II}; facts.md §3c and §5 (Yeonpyeong shelling, 23 Nov 2010)`,
    interpretation: 'The two Koreas are legally at war (war: declared) at a low rung; semantics.md: a legal state of war alone is not active hostilities. The return fire (MID 4) lifts the relation to clash only, so "thus in a state of war" is not met.',
    yaml: scenario('C61-04', 'Yeonpyeong return fire', '{ start: 2010-11-22, tick: day, horizon: 3 }',
      `      - { at: 2010-11-23, effect: { armedAttack: { by: PRK, on: ROK, in: yeonpyeong, intensity: 4 } } }
      - { at: 2010-11-23, effect: { armedAttack: { by: ROK, on: PRK, intensity: 4 } } }`, {},
      '\nrelations:\n  - { between: [PRK, ROK], rung: tension, war: declared, note: "1953 armistice, no peace treaty" }'),
    situation: 'event',
    expect: {
      obligations: all(CHN_PRK_1961_KEYS, DORMANT),
      relations: [{ between: ['PRK', 'ROK'], rung: 'clash', war: 'declared' }],
    },
  },
  {
    id: 'C61-05',
    title: 'Art. III: China declines an alignment with the US directed against the DPRK (reliability 1: suppressed)',
    source: SRC_III,
    yaml: scenario('C61-05', 'Art. III respected', DAILY, '      - { at: 1, effect: { alliance: { by: CHN, with: USA, against: PRK } } }'),
    situation: 'event',
    expect: {
      obligations: all(CHN_PRK_1961_KEYS, DORMANT),
      duties: [{ key: 'chn-prk-1961/art3@CHN', verdict: 'respected' }],
      absent: [{ kind: 'alliance' }],
    },
  },
  {
    id: 'C61-06',
    title: 'Art. III: the same alignment with reliability 0 goes ahead as a breach',
    source: SRC_III,
    yaml: scenario('C61-06', 'Art. III breached', DAILY, '      - { at: 1, effect: { alliance: { by: CHN, with: USA, against: PRK } } }', { art3: { reliability: 0 } }),
    situation: 'event',
    expect: {
      obligations: all(CHN_PRK_1961_KEYS, DORMANT),
      duties: [{ key: 'chn-prk-1961/art3@CHN', verdict: 'breached' }],
      events: [{ kind: 'duty', detail: 'breached', actor: 'CHN', target: 'PRK' }, { kind: 'alliance', actor: 'CHN', target: 'PRK' }],
    },
  },
  {
    id: 'C61-07',
    title: 'Art. II: the obligated party attacking its own ally is no casus for itself',
    source: `${SRC_II}; docs/semantics.md "Casus foederis" (the party is neither attacker nor attacked)`,
    interpretation: 'A Chinese attack on the DPRK engages neither China\'s duty (China is the attacker) nor the DPRK\'s (it protects China, which was not attacked). Art. II has no nonaggression clause coded here, so nothing else is checked.',
    yaml: scenario('C61-07', 'Ally attacks ally', DAILY, '      - { at: 1, effect: { armedAttack: { by: CHN, on: PRK, intensity: 5 } } }'),
    situation: 'event',
    expect: {
      obligations: all(CHN_PRK_1961_KEYS, DORMANT),
      relations: [{ between: ['CHN', 'PRK'], rung: 'war', war: 'hostilities', initiator: 'CHN' }],
    },
  },
];
