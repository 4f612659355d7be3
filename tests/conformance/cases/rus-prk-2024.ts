/**
 * Russia–DPRK Treaty on Comprehensive Strategic Partnership (19 June 2024; in force 4 Dec 2024):
 * Art. 3 (consultation on a threat), Art. 4 (assistance when a party is put in a state of war by an
 * armed attack), the negative duties (no hostile agreements, no hostile use of territory, Art. 16
 * no unilateral coercive measures) and UN cooperation. Source: facts.md §1a.
 */
import { all, DORMANT, NOT_IN_FORCE, honouredLedger, type ConformanceCase } from '../case.js';
import { actors, CALM_LADDER, council, elected, P5, rusPrk2024, RUS_PRK_2024_KEYS } from '../fragments.js';

const SRC_ART4 = 'facts.md §1a Art. 4 (KCNA text via https://chosun.com/english/north-korea-en/2024/06/20/EGOEOSXPHFDQ3GK6NJN2TILA4U); entry into force 4 Dec 2024 (https://interfax.com/newsroom/top-stories/108291/)';
const SRC_KCNA = 'facts.md §1a "Art. 4 invoked (precedent)": KCNA, 28 Apr 2025 (https://tass.com/world/1950153); §3f Kursk deployment';
const SRC_ART16 = 'facts.md §1a Art. 16 (https://valdaiclub.com/a/highlights/russia-dprk-new-horizons/); UNSC sanctions not covered per RFE/RL [UNVERIFIED in the treaty text]';

const head = (id: string, title: string, clock: string): string => `version: "0.1"
id: ${id}
title: ${JSON.stringify(title)}
clock: ${clock}
${CALM_LADDER}
regions:
  russia: { administeredBy: RUS }
  kursk: { within: russia, name: Kursk oblast }
  dprk: { administeredBy: PRK }
  rok: { administeredBy: ROK }`;

const ACTORS = actors(
  { RUS: 'Russia', PRK: 'DPRK', USA: 'United States', ROK: 'Republic of Korea', UKR: 'Ukraine' },
  { RUS: 'nuclear: true, territory: russia', PRK: 'nuclear: true, territory: dprk', USA: 'nuclear: true', ROK: 'territory: rok' },
);

const OUTCOMES = `outcomes:
  russia_at_war: { when: { posture: { actor: RUS, atLeast: war } } }`;

/** Russia has been at war with Ukraine since 24 Feb 2022, and began it. */
const RUSSIA_UKRAINE_WAR = `relations:
  - { between: [RUS, UKR], rung: war, war: hostilities, initiator: RUS, since: 2022-02-24 }`;

const kursk = (id: string, title: string, coding: Parameters<typeof rusPrk2024>[0]): string => `${head(id, title, '{ start: 2024-12-09, tick: day, horizon: 2 }')}
${ACTORS}
${RUSSIA_UKRAINE_WAR}
pacts:
${rusPrk2024(coding)}
situations:
  event:
    title: Ukrainian strike on Russian forces in Kursk oblast
    inject:
      - { at: 2024-12-10, effect: { armedAttack: { by: UKR, on: RUS, in: kursk, intensity: 4 } } }
${OUTCOMES}`;

const invasion = (id: string, title: string, at: string, start: string, horizon: number, coding: Parameters<typeof rusPrk2024>[0] = {}, intensity = 5, by = 'USA'): string => `${head(id, title, `{ start: ${start}, tick: day, horizon: ${horizon} }`)}
${ACTORS}
pacts:
${rusPrk2024(coding)}
situations:
  event:
    title: armed attack on the DPRK
    inject:
      - { at: ${at}, effect: { armedAttack: { by: ${by}, on: PRK, in: dprk, intensity: ${intensity} } } }
${OUTCOMES}`;

/** The Council of 2025: P5, Algeria, Guyana, ROK, Sierra Leone, Slovenia (2024–25), Denmark, Greece, Pakistan, Panama, Somalia (2025–26). */
const SEATS_2025 = [...P5, ...elected(2024, ['DZA', 'GUY', 'ROK', 'SLE', 'SVN']), ...elected(2025, ['DNK', 'GRC', 'PAK', 'PAN', 'SOM'])];
const COUNCIL_ACTORS_2025 = actors(
  {
    RUS: 'Russia', PRK: 'DPRK', USA: 'United States', ROK: 'Republic of Korea', CHN: 'China', FRA: 'France', GBR: 'United Kingdom',
    DZA: 'Algeria', GUY: 'Guyana', SLE: 'Sierra Leone', SVN: 'Slovenia', DNK: 'Denmark', GRC: 'Greece', PAK: 'Pakistan', PAN: 'Panama', SOM: 'Somalia',
  },
  { RUS: 'nuclear: true, territory: russia', PRK: 'nuclear: true, territory: dprk', ROK: 'territory: rok' },
);

const unSanctionsDraft = (id: string, title: string, coding: Parameters<typeof rusPrk2024>[0], policies: string, votes: Record<string, 'yes' | 'no' | 'abstain'>): string => `${head(id, title, '{ start: 2025-06-02, tick: day, horizon: 1 }')}
${COUNCIL_ACTORS_2025}
variables:
  un_enforcement: { initial: 0.6 }
pacts:
${rusPrk2024(coding)}
${council({ seats: SEATS_2025, votes, ...(policies ? { policies } : {}) })}
sanctions:
  - { id: un-1718, authority: un, target: PRK, enforcement: un_enforcement, tightenBy: 0.1 }
situations:
  event:
    title: a DPRK sanctions draft is put to the Council
    inject:
      - { at: 0, effect: { draft: { kind: sanctions, target: PRK, regime: un-1718, sponsor: USA } } }
${OUTCOMES}`;

const ALL_YES_2025 = Object.fromEntries(SEATS_2025.map((s) => [s.actor, 'yes' as const]));

const coalitionJoin = (id: string, title: string, reliability: number): string => `${head(id, title, '{ start: 2025-03-03, tick: day, horizon: 1 }')}
${ACTORS}
variables:
  coalition_enforcement: { initial: 0.5 }
pacts:
${rusPrk2024({ art16: { reliability } })}
sanctions:
  - { id: coalition-prk, authority: coalition, target: PRK, members: [USA, ROK], enforcement: coalition_enforcement }
situations:
  event:
    title: Russia is asked to join a coalition sanctions regime on the DPRK
    inject:
      - { at: 0, effect: { sanctions: { regime: coalition-prk, action: join, by: RUS } } }
${OUTCOMES}`;

export const RUS_PRK_2024_CASES: ConformanceCase[] = [
  {
    id: 'R24-01',
    title: 'Art. 4: an invasion that puts the DPRK in a state of war engages Russia',
    source: SRC_ART4,
    interpretation: '"With all means at its disposal" and "military assistance" are coded as response level forces (joins the war in place); "in accordance with national law" is escape: national_law, acting only through reliability (1 here).',
    yaml: invasion('R24-01', 'Art. 4 engaged', '2024-12-09', '2024-12-08', 2),
    situation: 'event',
    expect: {
      obligations: { ...all(RUS_PRK_2024_KEYS, DORMANT), 'rus-prk-2024/art4@RUS': { state: 'honoured', level: 'forces' } },
      ledger: { 'rus-prk-2024/art4@RUS': honouredLedger('forces') },
      relations: [{ between: ['RUS', 'USA'], rung: 'war', war: 'hostilities', initiator: 'USA' }],
    },
  },
  {
    id: 'R24-02',
    title: 'Art. 4: an armed clash short of war (intensity 4) does not engage it',
    source: SRC_ART4,
    interpretation: '"Put into a state of war" is coded stateOfWar: true — the relation must reach the war rung (active hostilities); a clash at MID level 4 lifts it only to clash.',
    yaml: invasion('R24-02', 'NLL clash', '2024-12-09', '2024-12-08', 2, {}, 4, 'ROK'),
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      relations: [{ between: ['PRK', 'ROK'], rung: 'clash', war: 'none' }],
    },
  },
  {
    id: 'R24-03',
    title: 'Art. 4: an attack on 1 Dec 2024, before entry into force on 4 Dec, engages nothing',
    source: SRC_ART4,
    interpretation: 'A casus is judged when the attack happens, against the pacts in force on that day; entry into force is not itself a casus, so the war begun on 1 Dec stays unjudged through 6 Dec (a later attack in it would be judged, see R24-05). The casus that would have been met is recorded with the fate not_in_force, once for the war episode.',
    yaml: invasion('R24-03', 'Before entry into force', '2024-12-01', '2024-11-30', 6),
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      ledger: { 'rus-prk-2024/art4@RUS': ['not_in_force'] },
      relations: [{ between: ['PRK', 'USA'], rung: 'war', war: 'hostilities', initiator: 'USA' }],
    },
  },
  {
    id: 'R24-04',
    title: 'Art. 4: the same attack on 4 Dec 2024, the day of entry into force, engages Russia',
    source: SRC_ART4,
    interpretation: 'In force "on that day" includes the day of entry into force (exchange of instruments in Moscow, 4 Dec 2024).',
    yaml: invasion('R24-04', 'On the day of entry into force', '2024-12-04', '2024-12-03', 2),
    situation: 'event',
    expect: {
      obligations: { ...all(RUS_PRK_2024_KEYS, DORMANT), 'rus-prk-2024/art4@RUS': { state: 'honoured', level: 'forces' } },
      ledger: { 'rus-prk-2024/art4@RUS': honouredLedger('forces') },
    },
  },
  {
    id: 'R24-05',
    title: 'Kursk, Dec 2024 — Art. 4 read literally: a Ukrainian strike on Russia, at war, engages the DPRK',
    source: `${SRC_ART4}; ${SRC_KCNA}`,
    interpretation: 'Literal reading: Russia is in a state of war and suffers an armed attack on territory it administers; the clause (coded without unprovoked) does not ask who began the war. This is how the WPK Central Military Commission presented its 28 Apr 2025 decision. The DPRK joins in place; since it joins the side that began the war episode (Russia, 24 Feb 2022), the engine records the DPRK as the side that began the DPRK–Ukraine hostilities, whatever the clause\'s reading.',
    yaml: kursk('R24-05', 'Kursk, literal reading', {}),
    situation: 'event',
    expect: {
      obligations: { ...all(RUS_PRK_2024_KEYS, DORMANT), 'rus-prk-2024/art4@PRK': { state: 'honoured', level: 'forces' } },
      ledger: { 'rus-prk-2024/art4@PRK': honouredLedger('forces') },
      relations: [
        { between: ['PRK', 'UKR'], rung: 'war', war: 'hostilities', initiator: 'PRK' },
        { between: ['RUS', 'UKR'], rung: 'war', war: 'hostilities', initiator: 'RUS' },
      ],
    },
  },
  {
    id: 'R24-06',
    title: 'Kursk, Dec 2024 — Art. 4 read with Art. 51 (unprovoked): the casus is not met, nothing is judged',
    source: `${SRC_ART4}; ${SRC_KCNA}`,
    interpretation: 'Reading "put into a state of war by an armed attack" together with the Art. 51 qualifier: the attack must be what put the party in the war. Russia began the hostilities with Ukraine on 24 Feb 2022, so a Ukrainian strike within that war is not a casus (unprovoked: true). With pretext 0 the DPRK claims nothing and no event is recorded.',
    yaml: kursk('R24-06', 'Kursk, unprovoked reading', { art4: { unprovoked: true } }),
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['PRK', 'UKR'], rung: 'peace' }],
    },
  },
  {
    id: 'R24-07',
    title: 'Kursk, Dec 2024 — unprovoked reading, but the DPRK claims the casus anyway (pretext = 1)',
    source: `${SRC_ART4}; ${SRC_KCNA}`,
    interpretation: 'Under the Art. 51 reading the casus is not met; the April 2025 KCNA invocation is then a party claiming it regardless — coded as pretext 1. The ledger shows judged:unmet → invoked:pretext → honoured:forces; the DPRK–Ukraine war is recorded as begun by the DPRK, which joined the side that began the episode.',
    yaml: kursk('R24-07', 'Kursk, pretext', { art4: { unprovoked: true, pretext: 1 } }),
    situation: 'event',
    expect: {
      obligations: { ...all(RUS_PRK_2024_KEYS, DORMANT), 'rus-prk-2024/art4@PRK': { state: 'honoured', level: 'forces' } },
      ledger: { 'rus-prk-2024/art4@PRK': ['judged:unmet', 'invoked:pretext', 'honoured:forces'] },
      relations: [{ between: ['PRK', 'UKR'], rung: 'war', war: 'hostilities', initiator: 'PRK' }],
    },
  },
  {
    id: 'R24-08',
    title: 'Kursk, Dec 2024 — a pretext that is not taken up leaves no trace',
    source: `${SRC_ART4}; docs/semantics.md "Judgment"`,
    interpretation: 'semantics.md: "an unmet one is claimed anyway with probability judgment.pretext (otherwise nothing happens and no event is recorded)". With pretext 1e-6 the draw does not claim it (for the case seeds), so the obligation must stay dormant with an empty ledger — not be recorded as judged and denied.',
    yaml: kursk('R24-08', 'Kursk, pretext not taken', { art4: { unprovoked: true, pretext: 0.000001 } }),
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      absent: [{ kind: 'obligation' }],
    },
  },
  {
    id: 'R24-09',
    title: 'Art. 4: Russia disputes the attribution and denies a met casus (deny = 1)',
    source: SRC_ART4,
    interpretation: 'The obligated party judges with its own attribution; deny 1 stands for Moscow holding that the DPRK provoked the attack. One draw; the ledger ends at denied and nothing is done.',
    yaml: invasion('R24-09', 'Russia denies', '2024-12-09', '2024-12-08', 2, { art4: { deny: 1 } }),
    situation: 'event',
    expect: {
      obligations: { ...all(RUS_PRK_2024_KEYS, DORMANT), 'rus-prk-2024/art4@RUS': { state: 'denied' } },
      ledger: { 'rus-prk-2024/art4@RUS': ['judged', 'denied'] },
      relations: [{ between: ['RUS', 'USA'], rung: 'peace' }],
    },
  },
  {
    id: 'R24-10',
    title: 'Art. 4: a pretext is claimed only by a party that means to act on it — Russia, which would not honour the clause (reliability 0), claims nothing for a clash short of war (engine 0.16.0)',
    source: SRC_ART4,
    interpretation: 'A clash does not meet stateOfWar; pretext 1 would claim it anyway, but a claim is a decision to act on the treaty, so the clause\'s reliability is drawn with it: at reliability 0 the casus is let pass, leaving no trace, and no materiel goes. Before engine 0.16.0 Russia claimed the pretext and then defected (to its shortfall, materiel) — saying the treaty applied and then breaking it, which is no reading of a state\'s conduct.',
    yaml: invasion('R24-10', 'A pretext not claimed by a party that would not act', '2024-12-09', '2024-12-08', 2, { art4: { pretext: 1, reliability: 0, shortfall: 'materiel' } }, 4, 'ROK'),
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      relations: [{ between: ['RUS', 'ROK'], war: 'none' }],
    },
  },
  {
    id: 'R24-11',
    title: 'Art. 3: a direct threat of armed aggression against the DPRK engages Russia\'s consultation duty',
    source: 'facts.md §1a Art. 3 (https://verelq.am/ru/node/146697, citing KCNA)',
    interpretation: 'Art. 3 is consultation only ("open bilateral channels … coordinate positions"): a threat casus, honoured at consult, which changes no relation.',
    yaml: `${head('R24-11', 'Art. 3 threat', '{ start: 2025-03-03, tick: day, horizon: 1 }')}
${ACTORS}
pacts:
${rusPrk2024()}
situations:
  event:
    title: a US threat of armed aggression against the DPRK
    inject:
      - { at: 0, effect: { threat: { by: USA, on: PRK } } }
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: { ...all(RUS_PRK_2024_KEYS, DORMANT), 'rus-prk-2024/art3@RUS': { state: 'honoured', level: 'consult' } },
      ledger: { 'rus-prk-2024/art3@RUS': honouredLedger('consult') },
      relations: [{ between: ['RUS', 'USA'], rung: 'peace' }],
    },
  },
  {
    id: 'R24-12',
    title: 'Art. 16 (scope unilateral): Russia voting for UN sanctions on the DPRK is no breach',
    source: SRC_ART16,
    interpretation: 'Art. 16 covers unilateral coercive measures; a Security Council measure is not one, so the clause is coded scope: unilateral and a "yes" vote is not checked: no duty event, the draft is adopted 15–0.',
    yaml: unSanctionsDraft('R24-12', 'Art. 16 and a UN vote', {}, '', ALL_YES_2025),
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      drafts: [{ kind: 'sanctions', target: 'PRK', result: 'adopted', yes: 15, no: 0, abstain: 0 }],
      duties: [],
    },
  },
  {
    id: 'R24-13',
    title: 'Art. 16 coded scope any (counterfactual): the Russian "yes" is checked, respected, and becomes an abstention',
    source: SRC_ART16,
    interpretation: 'Contrast to R24-12: if Art. 16 were read to cover UN measures, the vote would be a breach; reliability 1 means Russia respects the duty, so its "yes" is withheld (recorded as abstention) — an abstention is no veto and the draft passes 14–0–1.',
    yaml: unSanctionsDraft('R24-13', 'Art. 16 scope any', { art16: { scope: 'any' } }, '', ALL_YES_2025),
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      drafts: [{ kind: 'sanctions', target: 'PRK', result: 'adopted', yes: 14, no: 0, abstain: 1 }],
      duties: [{ key: 'rus-prk-2024/art16@RUS', verdict: 'respected' }],
    },
  },
  {
    id: 'R24-14',
    title: 'Art. 16: Russia asked to join a coalition sanctions regime on the DPRK respects the duty (join suppressed)',
    source: SRC_ART16,
    interpretation: '"Will not join or support third-party measures aimed at the other": joining a coalition regime is the breach; reliability 1 → the join does not happen and the ledger records the duty as respected.',
    yaml: coalitionJoin('R24-14', 'Coalition sanctions, respected', 1),
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      duties: [{ key: 'rus-prk-2024/art16@RUS', verdict: 'respected' }],
      absent: [{ kind: 'sanctions', detail: 'join' }],
    },
  },
  {
    id: 'R24-15',
    title: 'Art. 16: the same join with reliability 0 goes ahead as a breach',
    source: SRC_ART16,
    yaml: coalitionJoin('R24-15', 'Coalition sanctions, breached', 0),
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      duties: [{ key: 'rus-prk-2024/art16@RUS', verdict: 'breached' }],
      events: [{ kind: 'duty', detail: 'breached' }, { kind: 'sanctions', detail: 'join', actor: 'RUS', target: 'PRK' }],
    },
  },
  {
    id: 'R24-16',
    title: 'No hostile use of territory: Russia does not let US forces use its territory against the DPRK',
    source: 'facts.md §1a "No hostile use of territory" (https://interfax.com/newsroom/top-stories/108291/), article number [UNVERIFIED]',
    yaml: `${head('R24-16', 'No hostile basing', '{ start: 2025-03-03, tick: day, horizon: 1 }')}
${ACTORS}
pacts:
${rusPrk2024()}
situations:
  event:
    title: basing request
    inject:
      - { at: 0, effect: { basing: { host: RUS, user: USA, against: PRK } } }
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      duties: [{ key: 'rus-prk-2024/no-hostile-territory@RUS', verdict: 'respected' }],
      absent: [{ kind: 'basing' }],
    },
  },
  {
    id: 'R24-17',
    title: 'No hostile agreements: the DPRK does not align with the US against Russia',
    source: 'facts.md §1a "No agreements against the other" (https://tass.com/politics/1868051), article number [UNVERIFIED; likely Art. 5]',
    interpretation: 'An agreement with a third state aimed at the other party\'s security is coded no_hostile_alliance and set off by an alliance effect.',
    yaml: `${head('R24-17', 'No hostile agreements', '{ start: 2025-03-03, tick: day, horizon: 1 }')}
${ACTORS}
pacts:
${rusPrk2024()}
situations:
  event:
    title: alignment offer
    inject:
      - { at: 0, effect: { alliance: { by: PRK, with: USA, against: RUS } } }
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      duties: [{ key: 'rus-prk-2024/no-hostile-agreements@PRK', verdict: 'respected' }],
      absent: [{ kind: 'alliance' }],
    },
  },
  {
    id: 'R24-18',
    title: 'UN cooperation: bound to cooperate with the DPRK at the UN, Russia treats it as shielded and vetoes',
    source: 'facts.md §1a "UN / international organisations" (Reuters factbox), article number [UNVERIFIED]',
    interpretation: 'un_cooperation makes the DPRK a shielded partner of Russia in the Council without a shield list; Russia\'s policy votes no on shielded targets. China, with the same policy but no such clause in this scenario, votes yes. 14–1: vetoed by Russia.',
    yaml: unSanctionsDraft('R24-18', 'UN cooperation shields the partner', {},
      '    - { member: RUS, rules: [{ target: shielded, vote: { yes: 0, no: 1 } }, { vote: { yes: 1, no: 0 } }] }\n    - { member: CHN, rules: [{ target: shielded, vote: { yes: 0, no: 1 } }, { vote: { yes: 1, no: 0 } }] }',
      Object.fromEntries(Object.entries(ALL_YES_2025).filter(([id]) => id !== 'RUS' && id !== 'CHN'))),
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      drafts: [{ kind: 'sanctions', target: 'PRK', result: 'vetoed', yes: 14, no: 1, abstain: 0, vetoedBy: ['RUS'] }],
    },
  },
  {
    id: 'R24-19',
    title: 'Negative duties bind only once in force: a DPRK alignment against Russia on 1 Dec 2024 is not checked',
    source: `${SRC_ART4}; facts.md §1a "No agreements against the other"`,
    interpretation: 'Before 4 Dec 2024 the 2024 treaty imposes nothing: the act goes ahead with no duty event (the 2000 treaty, still in force then, has no such clause). The run ends on 2 Dec, so every obligation ends in its own fate not_in_force, distinct from dormant.',
    yaml: `${head('R24-19', 'Before entry into force, a hostile alignment', '{ start: 2024-11-30, tick: day, horizon: 2 }')}
${ACTORS}
pacts:
${rusPrk2024()}
situations:
  event:
    title: alignment offer
    inject:
      - { at: 2024-12-01, effect: { alliance: { by: PRK, with: USA, against: RUS } } }
${OUTCOMES}`,
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'], // a pact or party outside the run, on purpose
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, NOT_IN_FORCE),
      duties: [],
      events: [{ kind: 'alliance', actor: 'PRK', target: 'RUS', date: '2024-12-01' }],
    },
  },
  {
    id: 'R24-20',
    title: 'Art. 4: a pretext let pass leaves no mark — a clash short of war, then the invasion in the same war, is judged',
    source: `${SRC_ART4}; docs/semantics.md "Judgment" and "One judgment per war episode"`,
    interpretation: 'Day 1: an ROK strike (MID 4) lifts the relation to clash only — "put in a state of war" is not met, and the pretext (1e-6) is not claimed: nothing is recorded. Day 2: the ROK invades (MID 5) in the same war episode and the DPRK is at war: the casus is met. A pretext let pass is no judgment, so the episode has not been judged and Russia judges, invokes and honours.',
    yaml: `${head('R24-20', 'Pretext let pass, then invasion', '{ start: 2024-12-08, tick: day, horizon: 3 }')}
${ACTORS}
pacts:
${rusPrk2024({ art4: { pretext: 0.000001 } })}
situations:
  event:
    title: a clash, then an invasion of the DPRK
    inject:
      - { at: 2024-12-09, effect: { armedAttack: { by: ROK, on: PRK, in: dprk, intensity: 4 } } }
      - { at: 2024-12-10, effect: { armedAttack: { by: ROK, on: PRK, in: dprk, intensity: 5 } } }
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: { ...all(RUS_PRK_2024_KEYS, DORMANT), 'rus-prk-2024/art4@RUS': { state: 'honoured', level: 'forces' } },
      ledger: { 'rus-prk-2024/art4@RUS': honouredLedger('forces') },
      events: [{ kind: 'obligation', detail: 'judged', date: '2024-12-10' }],
      relations: [{ between: ['RUS', 'ROK'], rung: 'war', war: 'hostilities', initiator: 'ROK' }],
    },
  },
];
