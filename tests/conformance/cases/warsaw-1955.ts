/**
 * Warsaw Treaty of Friendship, Co-operation and Mutual Assistance (signed 14 May 1955, in force
 * 5 June 1955, terminated 1 July 1991): Art. 4, an armed attack in Europe on one or more parties
 * "by any state or group of states" → immediate assistance, in the exercise of the Art. 51 right,
 * by all the means each party considers necessary, including armed force; Art. 3, consultation on a
 * threat of armed attack. Only five parties are written (the USSR, Poland, Hungary, Romania,
 * Czechoslovakia). Source: facts.md §1n.
 */
import { all, DORMANT, honouredLedger, keysOf, LAPSED, type ConformanceCase } from '../case.js';
import { actors, eventScenario, warsaw1955, WARSAW_1955_KEYS, type Membership } from '../fragments.js';

const SRC_4 = 'facts.md §1n Art. 4 (text as quoted in https://twilight2000.fandom.com/wiki/Warsaw_Pact; summary: https://core-prod.cambridgecore.org/core/journals/international-organization/volume/9BF5A294F8028553F2B3585EA97A4CED?pageNum=4); in force 5 June 1955 (https://www.prlib.ru/en/history/619242)';
const SRC_1969 = 'facts.md §1n "Damansky, 1969" (http://china-profile.com/history/indepth/print/pr_id_52.htm; https://howlingpixel.com/i-en/Sino-Soviet_border_conflict)';
const SRC_1968 = 'facts.md §1n "Czechoslovakia, 1968" (http://w.owiki.org/wiki/Warsaw_Pact_invasion_of_Czechoslovakia; https://hi-storylessons.eu/events/occupation_of_czechoslovakia_by_warsaw_pact_troops_1968/)';

const scenario = (id: string, title: string, clock: string, inject: string, art4: NonNullable<Parameters<typeof warsaw1955>[0]>['art4'] = {}, membership: { parties?: string[]; dated?: Membership } = {}): string => eventScenario({
  id, title, clock, inject,
  version: '1.4',
  regions: `regions:
  europe: { name: Europe (Warsaw Treaty Art. 4) }
  soviet_europe: { within: europe, administeredBy: SUN, name: the USSR in Europe }
  poland: { within: europe, administeredBy: POL }
  hungary: { within: europe, administeredBy: HUN }
  romania: { within: europe, administeredBy: ROU }
  czechoslovakia: { within: europe, administeredBy: CZE }
  albania: { within: europe, administeredBy: ALB }
  west_germany: { within: europe, administeredBy: FRG }
  soviet_far_east: { administeredBy: SUN, name: the Soviet Far East (in Asia) }
  damansky: { within: soviet_far_east, claimedBy: [CHN], name: Damansky (Zhenbao) Island on the Ussuri }
  china: { administeredBy: CHN }`,
  actors: actors(
    { SUN: 'Soviet Union', POL: 'Poland', HUN: 'Hungary', ROU: 'Romania', CZE: 'Czechoslovakia', CHN: 'China', FRG: 'West Germany', ALB: 'Albania' },
    { SUN: 'nuclear: true, territory: soviet_europe', POL: 'territory: poland', HUN: 'territory: hungary', ROU: 'territory: romania', CZE: 'territory: czechoslovakia', CHN: 'nuclear: true, territory: china', FRG: 'territory: west_germany', ALB: 'territory: albania' },
  ),
  pacts: warsaw1955({ art4, ...membership }),
  outcomes: '  soviet_war: { when: { posture: { actor: SUN, atLeast: war } } }',
});

// Albania written as a party until 12 Sep 1968: its National Assembly denounced the treaty on 13 Sep (facts.md §1q).
const SRC_ALB = 'facts.md §1q "Albania" (https://bpb.de/themen/zeit-kulturgeschichte/deutschland-chronik/131327/14-mai-1955; http://trend.infopartisan.net/1968/remember68_18.html; http://www.mcser.org/journal/index.php/mjss/article/view/9872)';
const WITH_ALBANIA = ['SUN', 'POL', 'HUN', 'ROU', 'CZE', 'ALB'];
const ALBANIA_LEAVES: Membership = { ALB: { to: '1968-09-12' } };
const KEYS_WITH_ALBANIA = keysOf('warsaw-1955', ['art3', 'art4'], WITH_ALBANIA);

const INVASION = ['SUN', 'POL', 'HUN'].map((by) => `      - { at: 1968-08-20, effect: { armedAttack: { by: ${by}, on: CZE, in: czechoslovakia, intensity: use_of_force } } }`).join('\n');

export const WARSAW_1955_CASES: ConformanceCase[] = [
  {
    id: 'W55-01',
    title: 'Damansky Island, 2 Mar 1969: a Chinese armed attack on Soviet border guards on the Ussuri is not "in Europe" — no Art. 4 duty',
    source: `${SRC_4}; ${SRC_1969}`,
    interpretation: 'Art. 4 covers an armed attack "in Europe". The island lies in the Soviet Far East (written outside the Europe region, administered by the USSR in 1969 and claimed by China). The ambush is a use of force (MID 4). No ally\'s duty is engaged and nothing is recorded; the clash stays between the two.',
    yaml: scenario('W55-01', 'Damansky 1969', '{ start: 1969-03-01, tick: day, horizon: 3 }', '      - { at: 1969-03-02, effect: { armedAttack: { by: CHN, on: SUN, in: damansky, intensity: use_of_force } } }'),
    situation: 'event',
    expect: {
      obligations: all(WARSAW_1955_KEYS, DORMANT),
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['CHN', 'SUN'], rung: 'clash' }, { between: ['POL', 'CHN'], rung: 'peace' }],
    },
  },
  {
    id: 'W55-02',
    title: 'Art. 4 met: a hypothetical attack on Czechoslovakia by a non-party in Europe engages every other party, each at the level it considers necessary',
    source: SRC_4,
    interpretation: 'The control for W55-01 and W55-03: "by all the means it may consider necessary, including the use of armed force" leaves the level to each party (every level from diplomatic up, equal weights); pinned: the USSR and Poland at forces, Hungary at materiel, Romania at diplomatic. "Immediate" is coded as no delay (within: 0): the responses come the same day.',
    yaml: scenario('W55-02', 'Attack on Czechoslovakia', '{ start: 1961-08-01, tick: day, horizon: 3 }', '      - { at: 1, effect: { armedAttack: { by: FRG, on: CZE, in: czechoslovakia, intensity: war } } }'),
    situation: 'event',
    decisions: {
      'respond warsaw-1955/art4@SUN': 'honour:forces',
      'respond warsaw-1955/art4@POL': 'honour:forces',
      'respond warsaw-1955/art4@HUN': 'honour:materiel',
      'respond warsaw-1955/art4@ROU': 'honour:diplomatic',
    },
    expect: {
      obligations: {
        ...all(WARSAW_1955_KEYS, DORMANT),
        'warsaw-1955/art4@SUN': { state: 'honoured', level: 'forces' },
        'warsaw-1955/art4@POL': { state: 'honoured', level: 'forces' },
        'warsaw-1955/art4@HUN': { state: 'honoured', level: 'materiel' },
        'warsaw-1955/art4@ROU': { state: 'honoured', level: 'diplomatic' },
      },
      ledger: {
        'warsaw-1955/art4@SUN': honouredLedger('forces'),
        'warsaw-1955/art4@POL': honouredLedger('forces'),
        'warsaw-1955/art4@HUN': honouredLedger('materiel'),
        'warsaw-1955/art4@ROU': honouredLedger('diplomatic'),
      },
      events: [{ kind: 'obligation', detail: 'honoured:forces', date: '1961-08-02' }],
      relations: [
        { between: ['SUN', 'FRG'], rung: 'war', war: 'hostilities', initiator: 'FRG' },
        { between: ['HUN', 'FRG'], rung: 'crisis' },
        { between: ['ROU', 'FRG'], rung: 'tension' },
      ],
    },
  },
  {
    id: 'W55-03',
    title: 'Czechoslovakia, 20–21 Aug 1968: three parties invade on one day ("any state or group of states") — one casus per obligation, met for every other party, the invaders\' own duties included, and denied',
    source: `${SRC_4}; ${SRC_1968}; docs/semantics.md "Obligations" (a coalition is one casus)`,
    interpretation: 'Art. 4 says "by any state or group of states" and does not exclude the parties: coded by: any, as the text reads. The invasion is written as three uses of force (MID 4; 108 Czechoslovak civilians killed by one count) by the USSR, Poland and Hungary on Czechoslovakia on 20 Aug 1968 (Bulgaria and the GDR are not written; the GDR\'s troops were held back). Every party not attacking in a given act judges it: Romania (which refused to take part and condemned the invasion) and, under semantics.md\'s rule that only the attacker and the attacked are excluded, each invader toward its co-invaders — see "Semantics questions". All deny (deny 1): the sources read record no party coming to Czechoslovakia\'s aid, and the invasion was covered by an "invitation letter" from collaborators. The three attacks fall in one tick while every obligation is still judging, so by semantics.md ("a coalition is one casus") each obligation judges once and the later attackers join that casus: Romania judged (the USSR) → denied → coalition (Poland) → coalition (Hungary); the USSR judged (Poland) → denied → coalition (Hungary); Poland and Hungary judged (the USSR) → denied → coalition (the other).',
    yaml: scenario('W55-03', 'Czechoslovakia 1968', '{ start: 1968-08-19, tick: day, horizon: 3 }', INVASION, { deny: 1 }),
    situation: 'event',
    expect: {
      obligations: {
        ...all(WARSAW_1955_KEYS, DORMANT),
        ...all(['SUN', 'POL', 'HUN', 'ROU'].map((p) => `warsaw-1955/art4@${p}`), { state: 'denied' }),
      },
      ledger: {
        'warsaw-1955/art4@ROU': ['judged', 'denied', 'coalition', 'coalition'],
        'warsaw-1955/art4@SUN': ['judged', 'denied', 'coalition'],
        'warsaw-1955/art4@POL': ['judged', 'denied', 'coalition'],
        'warsaw-1955/art4@HUN': ['judged', 'denied', 'coalition'],
      },
      relations: [
        { between: ['SUN', 'CZE'], rung: 'clash' },
        { between: ['ROU', 'SUN'], rung: 'peace' },
      ],
    },
  },
  {
    id: 'W55-04',
    title: 'Hungary, 4 Nov 1956: the Soviet attack on a party that had declared its withdrawal three days before meets Art. 4 for the other parties, who deny it',
    source: `${SRC_4}; facts.md §1n "Hungary, 1956" (https://library.hungaricana.hu/en/view/TestverisegFraternity_USAHUN_1962/?pg=297; http://legacy.wilsoncenter.org/coldwarfiles/index-1839.html); Art. 11 duration (NATO Information Service, 1971: https://scribd.com/document/659309376/0224-The-Atlantic-Alliance-and-the-Warsaw-Pact-A-Comparative-Study-1971-ENG)`,
    interpretation: 'On 1 Nov 1956 the Nagy government declared Hungary\'s withdrawal from the treaty, effective at once, and its neutrality. The treaty ran for twenty years, denunciation taking effect only at the end of a term, so Hungary is coded as still a party (no `to` date; W55-09 writes the other reading, the declaration taken as effective). The Soviet attack of 4 Nov (war intensity) is an armed attack in Europe on a party by a state: met for Poland, Romania and Czechoslovakia, and denied by each (deny 1: the sources read record no help for Hungary from anyone; the other parties\' own positions are not in facts.md). The USSR, the attacker, judges nothing. A single attacker, so no coalition is involved (compare W55-03).',
    yaml: scenario('W55-04', 'Hungary 1956', '{ start: 1956-11-03, tick: day, horizon: 3 }', '      - { at: 1956-11-04, effect: { armedAttack: { by: SUN, on: HUN, in: hungary, intensity: war } } }', { deny: 1 }),
    situation: 'event',
    expect: {
      obligations: {
        ...all(WARSAW_1955_KEYS, DORMANT),
        ...all(['POL', 'ROU', 'CZE'].map((p) => `warsaw-1955/art4@${p}`), { state: 'denied' }),
      },
      ledger: Object.fromEntries(['POL', 'ROU', 'CZE'].map((p) => [`warsaw-1955/art4@${p}`, ['judged', 'denied']])),
      events: [{ kind: 'obligation', detail: 'denied', date: '1956-11-04' }],
      relations: [
        { between: ['SUN', 'HUN'], rung: 'war', war: 'hostilities', initiator: 'SUN' },
        { between: ['POL', 'SUN'], rung: 'peace' },
      ],
    },
  },
  {
    id: 'W55-05',
    title: 'Termination, 1 July 1991: a hypothetical attack on Poland the next day would have met Art. 4 — every duty has lapsed, and the met casus is recorded not_in_force',
    source: `${SRC_4}; termination by the Prague protocol of 1 July 1991 (facts.md §1n "Duration": http://britannica.com/EBchecked/topic/636142/Warsaw-Pact; https://www.worddisk.com/wiki/Warsaw_Pact/); docs/semantics.md "Obligations" (not in force: "not yet, or no longer")`,
    interpretation: 'The treaty is coded lapsed: 1991-07-01. Daily ticks from 30 June: on 1 July every obligation lapses (an obligation event lapsed, cause pact:warsaw-1955, so not in the obligation\'s own ledger); the attack of 2 July by a non-party on Poland in Europe would have met Art. 4 for the USSR, Hungary, Romania and Czechoslovakia, so each records the fate not_in_force (semantics.md: the pact must be in force on the day of the act, "not yet, or no longer") and stays lapsed; nobody responds. Poland\'s own duties and the Art. 3 duties lapse with no casus.',
    yaml: scenario('W55-05', 'After termination', '{ start: 1991-06-30, tick: day, horizon: 4 }', '      - { at: 1991-07-02, effect: { armedAttack: { by: FRG, on: POL, in: poland, intensity: war } } }'),
    situation: 'event',
    expect: {
      obligations: all(WARSAW_1955_KEYS, LAPSED),
      ledger: {
        ...Object.fromEntries(['SUN', 'HUN', 'ROU', 'CZE'].map((p) => [`warsaw-1955/art4@${p}`, ['not_in_force']])),
        'warsaw-1955/art4@POL': [],
      },
      events: [
        { kind: 'obligation', cause: 'pact:warsaw-1955', detail: 'lapsed', date: '1991-07-01' },
        { kind: 'obligation', detail: 'not_in_force', date: '1991-07-02' },
      ],
      absent: [{ kind: 'obligation', detail: 'judged' }],
      relations: [{ between: ['FRG', 'POL'], rung: 'war' }, { between: ['SUN', 'FRG'], rung: 'peace' }],
    },
  },
  {
    id: 'W55-06',
    title: 'Czechoslovakia 1968 written as a war (counterfactual intensity): each invader is at war with Czechoslovakia and judges no attack on it; Romania alone judges, once, and denies',
    source: `${SRC_4}; ${SRC_1968}; docs/semantics.md "Obligations" (a party on the attacker's side of the war does not judge)`,
    interpretation: 'W55-03 with the three attacks at war intensity: each invader is then at war with Czechoslovakia (each opens a war episode of its own; the format does not merge simultaneous attackers into one episode). A party fighting the very state it would defend has no duty to judge attacks on it: the USSR, Poland and Hungary record nothing toward Czechoslovakia. Romania, which stayed out, judges the casus once (the USSR), denies it, and the two other invaders join the denied casus as a coalition. At the clash level of W55-03 no party is at war with Czechoslovakia, so each invader still judges the others (see "Semantics questions").',

    yaml: scenario('W55-06', 'Czechoslovakia 1968 as a war', '{ start: 1968-08-19, tick: day, horizon: 3 }', INVASION.replaceAll('use_of_force', 'war'), { deny: 1 }),
    situation: 'event',
    expect: {
      obligations: { ...all(WARSAW_1955_KEYS, DORMANT), 'warsaw-1955/art4@ROU': { state: 'denied' } },
      ledger: {
        'warsaw-1955/art4@ROU': ['judged', 'denied', 'coalition', 'coalition'],
        'warsaw-1955/art4@SUN': [], 'warsaw-1955/art4@POL': [], 'warsaw-1955/art4@HUN': [],
      },
      relations: [{ between: ['SUN', 'CZE'], rung: 'war', war: 'hostilities', initiator: 'SUN' }],
    },
  },
  {
    id: 'W55-07',
    title: 'Albania, 1 June 1970 (hypothetical): after its denunciation of Sep 1968 Albania owes nothing (an attack on Poland finds its duty no longer in force) and is owed nothing (an attack on Albania engages no one)',
    source: `${SRC_4}; ${SRC_ALB}`,
    interpretation: 'Albania had stopped taking part in 1961–62 and denounced the treaty on 13 Sep 1968 after the invasion of Czechoslovakia; written as a party `to: 1968-09-12`, its last day. Whether a denunciation outside the Art. 11 terms took effect in law is the reading (the other parties did not accept it as such [UNVERIFIED]); the case codes it as effective, the reading the membership dates exist to write. In 1970 two hypothetical attacks on one day: West Germany on Poland (met for the USSR, Hungary, Romania and Czechoslovakia, who deny it: deny 1) and a Soviet attack on Albania, which engages no party since Albania is none. Albania\'s Art. 4 duty, lapsed since 1968 (lapsed at the start of the run, so no lapse event), records not_in_force for the attack on Poland, as a lapsed pact does (W55-05).',
    yaml: scenario('W55-07', 'Albania after 1968', '{ start: 1970-05-31, tick: day, horizon: 2 }', `      - { at: 1970-06-01, effect: { armedAttack: { by: FRG, on: POL, in: poland, intensity: war } } }
      - { at: 1970-06-01, effect: { armedAttack: { by: SUN, on: ALB, in: albania, intensity: war } } }`, { deny: 1 }, { parties: WITH_ALBANIA, dated: ALBANIA_LEAVES }),
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'], // a pact or party outside the run, on purpose
    expect: {
      obligations: {
        ...all(KEYS_WITH_ALBANIA, DORMANT),
        ...all(['SUN', 'HUN', 'ROU', 'CZE'].map((p) => `warsaw-1955/art4@${p}`), { state: 'denied' }),
        'warsaw-1955/art3@ALB': LAPSED,
        'warsaw-1955/art4@ALB': LAPSED,
      },
      ledger: {
        ...Object.fromEntries(['SUN', 'HUN', 'ROU', 'CZE'].map((p) => [`warsaw-1955/art4@${p}`, ['judged', 'denied']])),
        'warsaw-1955/art4@ALB': ['not_in_force'],
        'warsaw-1955/art3@ALB': [],
      },
      absent: [{ kind: 'obligation', detail: 'judged', actor: 'POL' }],
      relations: [{ between: ['SUN', 'ALB'], rung: 'war', war: 'hostilities', initiator: 'SUN' }, { between: ['POL', 'SUN'], rung: 'peace' }],
    },
  },
  {
    id: 'W55-08',
    title: 'Albania, 12–13 Sep 1968 (hypothetical attack): a casus Albania judges and denies on its last day as a party; the next day its duties lapse, Albania\'s alone',
    source: `${SRC_4}; ${SRC_ALB}; docs/semantics.md "Membership dates" (a party that leaves: its duties lapse as a lapsed pact's do)`,
    interpretation: 'A hypothetical West German attack on Poland on 12 Sep 1968 meets Art. 4 for every other party, Albania still among them: each judges it and denies it (deny 1). On 13 Sep Albania is no longer a party: its two duties lapse (an obligation event lapsed, cause pact:warsaw-1955, dated 13 Sep) — the denied Art. 4 duty as well as the dormant Art. 3 one, as when a whole pact lapses — while every other party\'s duty stays as it was.',
    yaml: scenario('W55-08', 'Albania leaves', '{ start: 1968-09-11, tick: day, horizon: 3 }', '      - { at: 1968-09-12, effect: { armedAttack: { by: FRG, on: POL, in: poland, intensity: war } } }', { deny: 1 }, { parties: WITH_ALBANIA, dated: ALBANIA_LEAVES }),
    situation: 'event',
    expect: {
      obligations: {
        ...all(KEYS_WITH_ALBANIA, DORMANT),
        ...all(['SUN', 'HUN', 'ROU', 'CZE'].map((p) => `warsaw-1955/art4@${p}`), { state: 'denied' }),
        'warsaw-1955/art3@ALB': LAPSED,
        'warsaw-1955/art4@ALB': LAPSED,
      },
      ledger: {
        ...Object.fromEntries(['SUN', 'HUN', 'ROU', 'CZE', 'ALB'].map((p) => [`warsaw-1955/art4@${p}`, ['judged', 'denied']])),
        'warsaw-1955/art3@ALB': [],
      },
      events: [
        { kind: 'obligation', actor: 'ALB', detail: 'denied', date: '1968-09-12' },
        { kind: 'obligation', cause: 'pact:warsaw-1955', actor: 'ALB', detail: 'lapsed', date: '1968-09-13' },
        { kind: 'obligation', cause: 'pact:warsaw-1955', actor: 'ALB', detail: 'lapsed', date: '1968-09-13' },
      ],
      absent: [{ kind: 'obligation', cause: 'pact:warsaw-1955', actor: 'SUN' }, { kind: 'obligation', detail: 'lapsed', date: '1968-09-12' }],
    },
  },
  {
    id: 'W55-09',
    title: 'Hungary, 4 Nov 1956, the other reading: the withdrawal declared on 1 Nov taken as effective — the Soviet attack is then on a non-party and engages no one (compare W55-04)',
    source: `${SRC_4}; facts.md §1n "Hungary, 1956" (https://library.hungaricana.hu/en/view/TestverisegFraternity_USAHUN_1962/?pg=297; http://legacy.wilsoncenter.org/coldwarfiles/index-1839.html)`,
    interpretation: 'W55-04 codes Hungary as still a party, since a denunciation took effect only at the end of a term (Art. 11). Taking the Nagy government\'s declaration of 1 Nov 1956 as effective that day writes Hungary as a party `to: 1956-10-31`: on 4 Nov the Soviet attack is on a state that is no longer a party, no other party judges it, and Hungary\'s own duties have lapsed (before the run starts, so no lapse event). The two cases differ only in that date.',
    yaml: scenario('W55-09', 'Hungary 1956, withdrawal effective', '{ start: 1956-11-03, tick: day, horizon: 3 }', '      - { at: 1956-11-04, effect: { armedAttack: { by: SUN, on: HUN, in: hungary, intensity: war } } }', { deny: 1 }, { dated: { HUN: { to: '1956-10-31' } } }),
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'], // a pact or party outside the run, on purpose
    expect: {
      obligations: { ...all(WARSAW_1955_KEYS, DORMANT), 'warsaw-1955/art3@HUN': LAPSED, 'warsaw-1955/art4@HUN': LAPSED },
      ledger: { 'warsaw-1955/art3@HUN': [], 'warsaw-1955/art4@HUN': [] },
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['SUN', 'HUN'], rung: 'war', war: 'hostilities', initiator: 'SUN' }],
    },
  },
];
