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
  // A pretext's cap is format 1.1.
  ...(coding.art2?.pretextAtMost !== undefined ? { version: '1.1' } : {}),
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

const SRC_GT = 'facts.md §1b (Global Times editorial, 11 Aug 2017: China neutral if the DPRK strikes first, preventing an allied attempt to overthrow the regime)';

/** The DPRK invades the ROK; the ROK strikes back on the DPRK at war level the next day. */
const STRIKE_BACK = `      - { at: 1, effect: { armedAttack: { by: PRK, on: ROK, intensity: 5 } } }
      - { at: 2, effect: { armedAttack: { by: ROK, on: PRK, intensity: 5 } } }`;

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
  {
    id: 'C61-09',
    title: 'Art. II read causally ("and thus in a state of war"): a DPRK that invaded and is struck back is not a party the clause covers',
    source: `${SRC_II}; ${SRC_GT}`,
    interpretation: 'The state of war must follow from the armed attack on the party. The DPRK\'s invasion opens the war episode with the DPRK as its initiator; the ROK\'s counter-attack leaves the DPRK at war, but not because of that attack, so the clause (coded unprovoked: the attacked party not on the side that began the episode) is not met. With no pretext nothing is recorded. China\'s party press drew a related line in 2017 (neutral if the DPRK strikes first), though it counted a missile launch that threatens US soil as striking first, which this reading, resting on the first use of force, does not.',
    yaml: scenario('C61-09', 'Counter-attack on an aggressor', DAILY, STRIKE_BACK),
    situation: 'event',
    expect: {
      obligations: all(CHN_PRK_1961_KEYS, DORMANT),
      ledger: { 'chn-prk-1961/art2@CHN': [] },
      absent: [{ kind: 'obligation', cause: 'obligation:chn-prk-1961/art2@CHN' }],
      relations: [{ between: ['PRK', 'ROK'], rung: 'war', war: 'hostilities', initiator: 'PRK' }],
    },
  },
  {
    id: 'C61-10',
    title: 'Art. II coded literally: the same counter-attack engages China, and China\'s war with the ROK is recorded as begun by China',
    source: SRC_II,
    interpretation: 'The contrast to C61-09: read as its words alone (any armed attack that leaves the party at war), the ROK\'s counter-attack meets the clause and China honours at forces. China joins the side that began the episode, so the China–ROK war is recorded as begun by China, not by the ROK.',
    yaml: scenario('C61-10', 'Counter-attack, literal reading', DAILY, STRIKE_BACK, { art2: { literal: true } }),
    situation: 'event',
    expect: {
      obligations: { ...all(CHN_PRK_1961_KEYS, DORMANT), 'chn-prk-1961/art2@CHN': { state: 'honoured', level: 'forces' } },
      ledger: { 'chn-prk-1961/art2@CHN': honouredLedger('forces') },
      relations: [{ between: ['CHN', 'ROK'], rung: 'war', war: 'hostilities', initiator: 'CHN' }],
    },
  },
  {
    id: 'C61-11',
    title: 'Art. II read causally, with a pretext capped at arms: China claims the casus for an aggressor DPRK and sends materiel only',
    source: `${SRC_II}; ${SRC_GT}; docs/semantics.md "Judgment"`,
    interpretation: 'How korea-2024 codes China\'s choice to help a DPRK that struck first: the casus is unmet (C61-09) and claimed anyway with the pretext chance (1 here), honoured at no more than materiel whatever level is drawn (pretextAtMost). Arms take no side in a war, so no China–ROK war follows.',
    yaml: scenario('C61-11', 'Pretext capped at materiel', DAILY, STRIKE_BACK, { art2: { pretext: 1, pretextAtMost: 'materiel' } }),
    situation: 'event',
    expect: {
      obligations: { ...all(CHN_PRK_1961_KEYS, DORMANT), 'chn-prk-1961/art2@CHN': { state: 'honoured', level: 'materiel' } },
      ledger: { 'chn-prk-1961/art2@CHN': ['judged:unmet', 'invoked:pretext', 'honoured:materiel'] },
      relations: [{ between: ['PRK', 'ROK'], rung: 'war', war: 'hostilities', initiator: 'PRK' }],
    },
  },
];
