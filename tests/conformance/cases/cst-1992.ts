/**
 * Collective Security Treaty (Tashkent, 15 May 1992; in force 20 Apr 1994; the CSTO), as amended by
 * the Protocol of 10 Dec 2010: Art. 4, aggression — an armed attack threatening security,
 * stability, territorial integrity and sovereignty — against one member is aggression against all,
 * the others giving the necessary assistance, military included (Art. 51); Art. 2, consultation on
 * threats. Its two recent tests point in opposite directions: Armenia's request of 13 Sep 2022,
 * declined, and Kazakhstan's of 5 Jan 2022, answered the next day with a deployment. Only four
 * members are written (Russia, Armenia, Kazakhstan, Belarus). Source: facts.md §1p.
 */
import { all, DORMANT, honouredLedger, keysOf, LAPSED, type ConformanceCase } from '../case.js';
import { actors, cst1992, CST_1992_KEYS, eventScenario, type Membership } from '../fragments.js';

const SRC_4 = 'facts.md §1p Art. 4 (1992 text: https://pavlodar.com/zakon/?dok=00542&uro=080004; the 2010 amendment: http://en.special.kremlin.ru/catalog/keywords/18/events/12507; as the Secretary General read it: https://eng.belta.by/politics/view/zas-csto-responded-to-nagorno-karabakh-conflict-in-line-with-its-founding-treaty-137089-2021)';
const SRC_2022_ARM = 'facts.md §1p "Armenia, Sep 2022" (https://azatutyun.am/amp/32044829.html; https://www.rt.com/russia/562792-armenia-military-assistance-alliance-azerbaijan/; https://regard-est.com/caucase?theme=geopolitique&lcp_page0=6)';
const SRC_2022_KAZ = 'facts.md §1p "Kazakhstan, Jan 2022" (http://en.people.cn/n3/2022/0106/c90000-9941752.html; https://centralasia.news/13138-https-centralasianews-uploads-posts-2022-01-1641450656_gorjaschij-akimat-almaty-kopijajpg.html; https://en.trend.az/casia/kazakhstan/3844896.html)';

const scenario = (id: string, title: string, clock: string, inject: string, art4: NonNullable<Parameters<typeof cst1992>[0]>['art4'] = {}, membership: { parties?: string[]; dated?: Membership } = {}, more: { version?: string; extra?: string } = {}): string => eventScenario({
  id, title, clock, inject,
  version: more.version ?? '1.4',
  ...(more.extra !== undefined ? { extra: more.extra } : {}),
  regions: `regions:
  russia: { administeredBy: RUS }
  armenia: { administeredBy: ARM, name: Armenia (uncontested territory) }
  kazakhstan: { administeredBy: KAZ }
  belarus: { administeredBy: BLR }
  azerbaijan: { administeredBy: AZE }
  uzbekistan: { administeredBy: UZB }
  georgia: { administeredBy: GEO, name: Georgia outside South Ossetia and Abkhazia (Gori) }`,
  actors: actors(
    { RUS: 'Russia', ARM: 'Armenia', KAZ: 'Kazakhstan', BLR: 'Belarus', AZE: 'Azerbaijan (left the treaty in 1999)', UZB: 'Uzbekistan', GEO: 'Georgia', TER: 'Terrorist gangs (as Kazakhstan named them)' },
    { RUS: 'nuclear: true, territory: russia', ARM: 'territory: armenia', KAZ: 'territory: kazakhstan', BLR: 'territory: belarus', AZE: 'territory: azerbaijan', UZB: 'territory: uzbekistan', GEO: 'territory: georgia' },
  ),
  pacts: cst1992({ art4, ...membership }),
  outcomes: '  russia_at_war: { when: { posture: { actor: RUS, atLeast: war } } }',
});

const SRC_MEMBERS = 'facts.md §1q "CSTO" (1999: https://jamestown.org/program/collective-security-treaty-shrinks-guam-set-to-grow; Uzbekistan 2006: https://asiaplustj.info/en/news/tajikistan/20060817/eaec-leaders-approve-uzbekistan-s-membership-csto, http://en.rian.ru/world/20061213/56848596.html; 2012: http://tass.com/russia/687141, http://tass.com/archive/678014)';
const SRC_REQUEST = 'facts.md §1r (the attacked party\'s request: Nicaragua v. United States, 1986, http://lawofwar.org/nicaraugua_v_us.htm; Art. 4 "at the request of this member state", https://eng.belta.by/politics/view/zas-csto-responded-to-nagorno-karabakh-conflict-in-line-with-its-founding-treaty-137089-2021)';

const SRC_SPELLS = 'facts.md §1u (Uzbekistan\'s two spells: signed 15 May 1992, https://amansaja.com/index.php?q=Mfv0Kfa6bO9BLE53MqTXKgrCMqiSL3dZb3KRMq5CnpGSKgFQx3vXJgPBxszRLgPBo3vXJArHs2rDJpdXJfBHrfdBopv5p09On2hSMpXFJgBRLEnFLpm7L2PCMqw9zts1zNoNzNe%3D; out 1999, https://jamestown.org/program/collective-security-treaty-shrinks-guam-set-to-grow; back 2006, https://panarmenian.net/m/eng/news/18523, http://tass.com/archive/678014, https://www.obozrevatel.com/news/2006/12/14/148879.htm; suspended 2012, http://tass.com/russia/687141)';
/** Uzbekistan's two spells in the Collective Security Treaty (facts.md §1u): 1994–99, and 2006 to its suspension in Dec 2012. */
const UZB_SPELLS: Membership = { UZB: { spells: [{ to: '1999-04-19' }, { from: '2006-08-16', to: '2012-12-18' }] } };
const WITH_UZB = ['RUS', 'ARM', 'KAZ', 'BLR', 'UZB'];

const OTHERS_OF = (victim: string): string[] => ['RUS', 'ARM', 'KAZ', 'BLR'].filter((p) => p !== victim);

export const CST_1992_CASES: ConformanceCase[] = [
  {
    id: 'CST-01',
    title: 'Armenia, 13 Sep 2022: Azerbaijan\'s attack on Armenian territory meets Art. 4 for every other member; Armenia asks, and each declines (denied, at its request)',
    source: `${SRC_4}; ${SRC_2022_ARM}; ${SRC_REQUEST}`,
    interpretation: 'An armed attack by a state (Azerbaijan, no longer a party since 1999) on a member\'s own territory (the clause is coded on territory administered by the attacked member) meets Art. 4 as written. Art. 4 acts at the attacked member\'s request, as the Secretary General read it in 2021: request: { chance: 1 }, since Armenia asked for help, military included, the same day. The request made, the casus goes to each member\'s judgment, and the others "effectively declined", sending fact-finding missions instead: coded deny 1 — each judges the casus met and denies Armenia\'s request (judged → denied, the denial naming Armenia as the party that asked), and no relation moves. The record reads as a request made and refused, not a request withheld: had Armenia not asked, the fate would be unrequested (as in P51-08). The fighting is written as one attack of war intensity (hundreds of soldiers killed).',
    yaml: scenario('CST-01', 'Armenia 2022', '{ start: 2022-09-12, tick: day, horizon: 3 }', '      - { at: 2022-09-13, effect: { armedAttack: { by: AZE, on: ARM, in: armenia, intensity: war } } }', { request: 1, deny: 1 }),
    situation: 'event',
    expect: {
      obligations: { ...all(CST_1992_KEYS, DORMANT), ...all(OTHERS_OF('ARM').map((p) => `cst-1992/art4@${p}`), { state: 'denied' }) },
      ledger: Object.fromEntries(OTHERS_OF('ARM').map((p) => [`cst-1992/art4@${p}`, ['judged', 'denied']])),
      events: [{ kind: 'obligation', detail: 'denied', attacked: 'ARM', date: '2022-09-13' }],
      relations: [
        { between: ['AZE', 'ARM'], rung: 'war', war: 'hostilities', initiator: 'AZE' },
        { between: ['RUS', 'AZE'], rung: 'peace' },
      ],
    },
  },
  {
    id: 'CST-02',
    title: 'Kazakhstan, Jan 2022: the unrest written as the armed attack the Council\'s decision named — Art. 4, as amended in 2010, reaches a non-state attacker; Kazakhstan asks, and the members honour it at forces',
    source: `${SRC_4}; ${SRC_2022_KAZ}; ${SRC_REQUEST}`,
    interpretation: 'Coded as the Collective Security Council read it on 6 Jan 2022 under Art. 4: a threat to Kazakhstan\'s security and sovereignty caused by outside interference, which President Tokayev called a terrorist threat from gangs trained abroad. It is written as an armed attack (MID 4) on Kazakhstan by a non-state actor; the 2010 amendment extended Art. 4 beyond aggression by states to other forms of armed attack, so by: any is met. Whether riots were an armed attack at all is the reading the case makes explicit; read as internal unrest (a hostileAct, or nothing), no Art. 4 casus would arise and the deployment could not be written under the treaty — the format has no casus for an invitation to restore order. Levels pinned at forces for Russia, Armenia and Belarus (the contingent drew on several members; Russian paratroopers were reported; each member\'s share is not in facts.md). Art. 4 acts at the attacked member\'s request: request: { chance: 1 }, since Tokayev appealed to the CSTO leaders on 5 Jan — one request to every member, so each obligation is invoked at Kazakhstan\'s request.',
    yaml: scenario('CST-02', 'Kazakhstan 2022', '{ start: 2022-01-04, tick: day, horizon: 3 }', '      - { at: 2022-01-05, effect: { armedAttack: { by: TER, on: KAZ, in: kazakhstan, intensity: use_of_force } } }', { request: 1 }),
    situation: 'event',
    decisions: Object.fromEntries(OTHERS_OF('KAZ').map((p) => [`respond cst-1992/art4@${p}`, 'honour:forces'])),
    expect: {
      obligations: { ...all(CST_1992_KEYS, DORMANT), ...all(OTHERS_OF('KAZ').map((p) => `cst-1992/art4@${p}`), { state: 'honoured', level: 'forces' }) },
      ledger: Object.fromEntries(OTHERS_OF('KAZ').map((p) => [`cst-1992/art4@${p}`, honouredLedger('forces')])),
      events: OTHERS_OF('KAZ').map((p) => ({ kind: 'obligation', actor: p, detail: 'invoked', attacked: 'KAZ', date: '2022-01-05' })),
      relations: [
        { between: ['TER', 'KAZ'], rung: 'clash' },
        { between: ['RUS', 'TER'], rung: 'clash' },
      ],
    },
  },
  {
    id: 'CST-03',
    title: 'Art. 2: a threat to Armenia\'s security calls the other members to consult — the article Armenia first petitioned under (2021)',
    source: `facts.md §1p Art. 2 (https://www.odkb.gov.ru/b/azbengl.htm; 2010 wording: http://consultant.parus.ua/?abz=CP9W6&doc=07X5CE33EF); the 2021 petition: https://news.am/eng/news/643619.html (date [UNVERIFIED])`,
    interpretation: 'Art. 2 is coded as consultation on a threat to a member. Armenia petitioned under Art. 2 (a threat of attack), not Art. 4, in 2021: written as a threat by Azerbaijan against Armenia on a stylised date. The three other members consult; no relation moves. The 2010 wording adds that the members work out and take measures to assist the threatened member; the suite codes only the consultation.',
    yaml: scenario('CST-03', 'Armenia 2021, Art. 2', '{ start: 2021-05-13, tick: day, horizon: 2 }', '      - { at: 1, effect: { threat: { by: AZE, on: ARM } } }'),
    situation: 'event',
    expect: {
      obligations: { ...all(CST_1992_KEYS, DORMANT), ...all(OTHERS_OF('ARM').map((p) => `cst-1992/art2@${p}`), { state: 'honoured', level: 'consult' }) },
      ledger: Object.fromEntries(OTHERS_OF('ARM').map((p) => [`cst-1992/art2@${p}`, honouredLedger('consult')])),
      relations: [{ between: ['AZE', 'ARM'], rung: 'peace' }],
    },
  },
  {
    id: 'CST-04',
    title: 'Uzbekistan, 2013 (hypothetical attacks): after the Council suspended its membership on 19 Dec 2012, an attack on Uzbekistan engages no member, and Uzbekistan owes nothing on an attack on Kazakhstan',
    source: `${SRC_4}; ${SRC_MEMBERS}`,
    interpretation: 'Uzbekistan left the treaty in 1999, came back in 2006 (the Council\'s decision of 23 June, the restoration protocol of 16 Aug, ratified in Dec 2006 [UNVERIFIED which date it took effect]) and asked in June 2012 to suspend its membership, which the Collective Security Council granted on 19 Dec 2012. Suspension is read as leaving: written as a party `from: 2006-08-16, to: 2012-12-18`. Its 1994–99 membership, a first spell, does not matter in 2013 and is left out here (format 1.5 writes both spells in one pact: CST-07…09). On one day in 2013 an armed group attacks Uzbekistan and Kazakhstan: the attack on Kazakhstan meets Art. 4 for Russia, Armenia and Belarus (deny 1: who would answer is not the question here), and would have met Uzbekistan\'s, which records not_in_force; the attack on Uzbekistan engages no one.',
    yaml: scenario('CST-04', 'Uzbekistan after 2012', '{ start: 2013-05-31, tick: day, horizon: 2 }', `      - { at: 2013-06-01, effect: { armedAttack: { by: TER, on: KAZ, in: kazakhstan, intensity: use_of_force } } }
      - { at: 2013-06-01, effect: { armedAttack: { by: TER, on: UZB, in: uzbekistan, intensity: use_of_force } } }`, { deny: 1 }, { parties: ['RUS', 'ARM', 'KAZ', 'BLR', 'UZB'], dated: { UZB: { from: '2006-08-16', to: '2012-12-18' } } }),
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'], // a pact or party outside the run, on purpose
    expect: {
      obligations: {
        ...all(keysOf('cst-1992', ['art2', 'art4'], ['RUS', 'ARM', 'KAZ', 'BLR']), DORMANT),
        ...all(OTHERS_OF('KAZ').map((p) => `cst-1992/art4@${p}`), { state: 'denied' }),
        'cst-1992/art2@UZB': LAPSED,
        'cst-1992/art4@UZB': LAPSED,
      },
      ledger: {
        ...Object.fromEntries(OTHERS_OF('KAZ').map((p) => [`cst-1992/art4@${p}`, ['judged', 'denied']])),
        'cst-1992/art4@UZB': ['not_in_force'],
        'cst-1992/art2@UZB': [],
      },
      relations: [{ between: ['TER', 'UZB'], rung: 'clash' }, { between: ['RUS', 'TER'], rung: 'peace' }],
    },
  },
  {
    id: 'CST-05',
    title: 'Georgia, 8 Aug 2008: Russian air strikes on Georgian territory outside South Ossetia — Georgia left the treaty in 1999, so no member is called on (and Russia, a member, judges nothing either way)',
    source: `${SRC_4}; ${SRC_MEMBERS}; the Russian strikes of 8 Aug 2008 on Gori, Vaziani and Marneuli (https://en.wikipedia.org/wiki/Timeline_of_the_Russo-Georgian_War; https://dchan.qorigins.org/qresearch/res/15054841.html?poster_hash=0d789a)`,
    interpretation: 'Georgia, Azerbaijan and Uzbekistan did not sign the protocol of 2 Apr 1999 prolonging the treaty and were outside it when its first term ran out on 20 Apr 1999: Georgia written as a party `to: 1999-04-19` [UNVERIFIED whether 19 or 20 Apr was the last day]. The Russian air strikes of 8 Aug 2008 on Georgian towns outside South Ossetia are written as one armed attack of war intensity by a member on Georgian territory. Had Georgia still been a party, Art. 4 (by any state, members included) would have called Armenia, Kazakhstan and Belarus; as it left in 1999, no obligation records anything, and Georgia\'s own duties have long lapsed. The Art. 4 text coded is the 2010 one, which does not change an attack by a state.',
    yaml: scenario('CST-05', 'Georgia 2008', '{ start: 2008-08-07, tick: day, horizon: 2 }', '      - { at: 2008-08-08, effect: { armedAttack: { by: RUS, on: GEO, in: georgia, intensity: war } } }', {}, { parties: ['RUS', 'ARM', 'KAZ', 'BLR', 'GEO'], dated: { GEO: { to: '1999-04-19' } } }),
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'], // a pact or party outside the run, on purpose
    expect: {
      obligations: { ...all(keysOf('cst-1992', ['art2', 'art4'], ['RUS', 'ARM', 'KAZ', 'BLR']), DORMANT), 'cst-1992/art2@GEO': LAPSED, 'cst-1992/art4@GEO': LAPSED },
      ledger: { 'cst-1992/art2@GEO': [], 'cst-1992/art4@GEO': [] },
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['RUS', 'GEO'], rung: 'war', war: 'hostilities', initiator: 'RUS' }, { between: ['ARM', 'RUS'], rung: 'peace' }],
    },
  },
  {
    id: 'CST-06',
    title: 'The first term ends, 20 Apr 1999: Georgia, Azerbaijan and Uzbekistan, which did not sign the prolongation protocol, leave — their duties lapse that day, the others\' stay',
    source: `${SRC_4}; ${SRC_MEMBERS}`,
    interpretation: 'The treaty ran five years from 20 Apr 1994; six parties signed the protocol of 2 Apr 1999 prolonging it, and Georgia, Azerbaijan and Uzbekistan did not. Written as parties `to: 1999-04-19` [UNVERIFIED whether 19 or 20 Apr was the last day], the others with no date (the treaty itself goes on). Daily ticks from 19 Apr: on 20 Apr each of the three has its two duties lapse (six obligation events lapsed, cause pact:cst-1992), and nothing else moves. No event is injected: the case is the membership change itself.',
    yaml: scenario('CST-06', 'The 1999 prolongation', '{ start: 1999-04-19, tick: day, horizon: 2 }', '      []', {}, { parties: ['RUS', 'ARM', 'KAZ', 'BLR', 'GEO', 'AZE', 'UZB'], dated: { GEO: { to: '1999-04-19' }, AZE: { to: '1999-04-19' }, UZB: { to: '1999-04-19' } } }),
    situation: 'event',
    expect: {
      obligations: {
        ...all(keysOf('cst-1992', ['art2', 'art4'], ['RUS', 'ARM', 'KAZ', 'BLR']), DORMANT),
        ...all(keysOf('cst-1992', ['art2', 'art4'], ['GEO', 'AZE', 'UZB']), LAPSED),
      },
      ledger: Object.fromEntries(keysOf('cst-1992', ['art2', 'art4'], ['GEO', 'AZE', 'UZB']).map((k) => [k, []])),
      events: ['GEO', 'AZE', 'UZB'].map((a) => ({ kind: 'obligation', cause: 'pact:cst-1992', actor: a, detail: 'lapsed', date: '1999-04-20' })),
      absent: [{ kind: 'obligation', date: '1999-04-19' }, { kind: 'obligation', actor: 'RUS' }],
    },
  },
  {
    id: 'CST-07',
    title: 'Uzbekistan rejoins, 16 Aug 2006: its two duties, lapsed since the 1999 prolongation, come back into force that day',
    source: `${SRC_MEMBERS}; ${SRC_SPELLS}`,
    interpretation: 'Uzbekistan is written with its two spells in one pact (format 1.5): from entry into force (20 Apr 1994) to 19 Apr 1999 [UNVERIFIED whether 19 or 20 Apr was its last day, as in CST-06], and from 16 Aug 2006, the day the restoration protocol was signed at Sochi, to 18 Dec 2012 (CST-04). Which date the restoration took effect is [UNVERIFIED]: the Collective Security Council decided on 23 June 2006, the protocol was signed on 16 Aug, and Uzbekistan ratified it in Nov–Dec 2006 (the law signed 13 Dec); the case codes the signature, as CST-04 does. The run starts on 15 Aug 2006, between the spells, with Uzbekistan\'s duties lapsed (no event: the lapse belongs to 1999); on 16 Aug both enter into force again (obligation events in_force, cause pact:cst-1992) and stay dormant. The other members\' duties do not move. No event is injected: the case is the rejoining itself.',
    yaml: scenario('CST-07', 'Uzbekistan rejoins', '{ start: 2006-08-15, tick: day, horizon: 2 }', '      []', {}, { parties: WITH_UZB, dated: UZB_SPELLS }, { version: '1.5' }),
    situation: 'event',
    expect: {
      obligations: all(keysOf('cst-1992', ['art2', 'art4'], WITH_UZB), DORMANT),
      ledger: { 'cst-1992/art2@UZB': [], 'cst-1992/art4@UZB': [] },
      events: ['art2', 'art4'].map(() => ({ kind: 'obligation', cause: 'pact:cst-1992', actor: 'UZB', detail: 'in_force', date: '2006-08-16' })),
      absent: [{ kind: 'obligation', date: '2006-08-15' }, { kind: 'obligation', actor: 'RUS' }, { kind: 'obligation', detail: 'lapsed' }],
    },
  },
  {
    id: 'CST-08',
    title: 'Uzbekistan\'s two spells in one pact (hypothetical attacks in 1998, 2003, 2008 and 2013): Art. 4 calls the other members in each spell, and no one between them or after',
    source: `${SRC_4}; ${SRC_MEMBERS}; ${SRC_SPELLS}`,
    interpretation: 'The same two spells as CST-07, over the whole record with daily ticks from 1 June 1998. On 15 June of 1998, 2003, 2008 and 2013 an armed group attacks Uzbekistan on its territory (use of force, MID 4); peace follows a month later, so each attack is a war episode of its own and is judged afresh. In the first spell (1998) and the second (2008) the attack meets Art. 4 for Russia, Armenia, Kazakhstan and Belarus (deny 1, as in CST-04: who would answer is not the question here); between the spells (2003) and after the suspension (2013) Uzbekistan is no party and nothing is recorded. Uzbekistan\'s own duties lapse on 20 Apr 1999, come back into force on 16 Aug 2006 and lapse again on 19 Dec 2012, each time with the cause pact:cst-1992. The attacks are hypothetical; the membership dates are the record\'s.',
    yaml: scenario('CST-08', 'Uzbekistan, 1998-2013', '{ start: 1998-06-01, tick: day, horizon: 5524 }', ['1998', '2003', '2008', '2013'].map((y) => `      - { at: ${y}-06-15, effect: { armedAttack: { by: TER, on: UZB, in: uzbekistan, intensity: use_of_force } } }
      - { at: ${y}-07-15, effect: { peace: { between: [TER, UZB] } } }`).join('\n'), { deny: 1 }, { parties: WITH_UZB, dated: UZB_SPELLS }, { version: '1.5' }),
    situation: 'event',
    expect: {
      obligations: {
        ...all(keysOf('cst-1992', ['art2', 'art4'], WITH_UZB), DORMANT),
        ...all(OTHERS_OF('UZB').map((p) => `cst-1992/art4@${p}`), { state: 'denied' }),
        'cst-1992/art2@UZB': LAPSED,
        'cst-1992/art4@UZB': LAPSED,
      },
      ledger: {
        ...Object.fromEntries(OTHERS_OF('UZB').map((p) => [`cst-1992/art4@${p}`, ['judged', 'denied', 'judged', 'denied']])),
        'cst-1992/art2@UZB': [],
        'cst-1992/art4@UZB': [],
      },
      events: [
        { kind: 'obligation', actor: 'RUS', detail: 'denied', date: '1998-06-15' },
        { kind: 'obligation', cause: 'pact:cst-1992', actor: 'UZB', detail: 'lapsed', date: '1999-04-20' },
        { kind: 'obligation', cause: 'pact:cst-1992', actor: 'UZB', detail: 'in_force', date: '2006-08-16' },
        { kind: 'obligation', actor: 'RUS', detail: 'denied', date: '2008-06-15' },
        { kind: 'obligation', cause: 'pact:cst-1992', actor: 'UZB', detail: 'lapsed', date: '2012-12-19' },
      ],
      absent: [{ kind: 'obligation', date: '2003-06-15' }, { kind: 'obligation', date: '2013-06-15' }],
    },
  },
  {
    id: 'CST-09',
    title: 'The party condition reads Uzbekistan\'s spells: a party on 20 Apr 1994, 19 Apr 1999, 16 Aug 2006 and 18 Dec 2012; not on 19 Apr 1994 (treaty not yet in force), 20 Apr 1999, 15 Aug 2006 or 19 Dec 2012',
    source: `${SRC_MEMBERS}; ${SRC_SPELLS}; "party" as the Vienna Convention on the Law of Treaties defines it, Art. 2(1)(g): https://lawglobalhub.com/article-2-vienna-convention-on-the-law-of-treaties`,
    interpretation: 'A trigger scheduled on the first and last days of each spell and the day either side fires only while `{ party: { pact: cst-1992, actor: UZB } }` holds, and sends a signal (kind member) by Uzbekistan. The condition holds on the days Uzbekistan is a party in the sense of the Vienna Convention, Art. 2(1)(g) — a state that has consented to be bound and for which the treaty is in force: inside one of its spells and with the treaty in force, so not on 19 Apr 1994, the day before entry into force, although its first spell has no first day of its own. Daily ticks from 19 Apr 1994 to 20 Dec 2012; the dates of the spells as in CST-07.',
    yaml: scenario('CST-09', 'Uzbekistan a party, day by day', '{ start: 1994-04-19, tick: day, horizon: 6820 }', '      []', {}, { parties: WITH_UZB, dated: UZB_SPELLS }, {
      version: '1.5',
      extra: `triggers:
  - id: member-days
    at: [1994-04-19, 1994-04-20, 1999-04-19, 1999-04-20, 2006-08-15, 2006-08-16, 2012-12-18, 2012-12-19]
    when: { party: { pact: cst-1992, actor: UZB } }
    effect: { signal: { by: UZB, kind: member } }`,
    }),
    situation: 'event',
    expect: {
      obligations: { ...all(keysOf('cst-1992', ['art2', 'art4'], WITH_UZB), DORMANT), 'cst-1992/art2@UZB': LAPSED, 'cst-1992/art4@UZB': LAPSED },
      ledger: { 'cst-1992/art2@UZB': [], 'cst-1992/art4@UZB': [] },
      events: ['1994-04-20', '1999-04-19', '2006-08-16', '2012-12-18'].map((date) => ({ kind: 'signal', actor: 'UZB', detail: 'member', date })),
      absent: ['1994-04-19', '1999-04-20', '2006-08-15', '2012-12-19'].map((date) => ({ kind: 'signal', date })),
    },
  },
];
