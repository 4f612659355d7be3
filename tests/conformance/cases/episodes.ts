/**
 * War episodes: who began a war is judged over the whole war, not pair by pair (UN Charter
 * Art. 51 as Russia–DPRK Art. 4 invokes it); allies' participation is bound to the casus it
 * answered; pretexts carry only what the clause allows; clauses on named provocations and on
 * hostile acts that are not armed attacks; fates and dates as the texts mean them.
 * Sources: facts.md §1a, §1d, §1f; docs/semantics.md "War episodes".
 */
import { all, DORMANT, honouredLedger, NOT_IN_FORCE, type ConformanceCase } from '../case.js';
import {
  actors, CALM_LADDER, campDavid2023, CAMP_DAVID_KEYS, rusPrk2024, RUS_PRK_2024_KEYS, usRok1953, US_ROK_1953_KEYS,
} from '../fragments.js';

const SRC_ART4 = 'facts.md §1a (Art. 4: "in a state of war" by an armed attack, assistance "in accordance with Article 51 of the UN Charter")';
const SRC_ART3_US = 'facts.md §1d (US–ROK Art. III)';
const SRC_CAMP_DAVID = 'facts.md §1f (Camp David Commitment to Consult: "regional challenges, provocations, and threats")';

const REGIONS = `regions:
  pacific_area: {}
  korean_peninsula: { within: pacific_area }
  rok: { within: korean_peninsula, administeredBy: ROK }
  northwest_islands: { within: rok }
  dprk: { within: korean_peninsula, administeredBy: PRK }
  sohae: { within: dprk }
  usa: { within: pacific_area, administeredBy: USA }
  japan: { within: pacific_area, administeredBy: JPN }
  russia: { administeredBy: RUS }`;

const ACTORS = actors(
  { USA: 'United States', ROK: 'Republic of Korea', PRK: 'DPRK', RUS: 'Russia', JPN: 'Japan' },
  { USA: 'nuclear: true, territory: usa', ROK: 'territory: rok', PRK: 'nuclear: true, territory: dprk', RUS: 'nuclear: true, territory: russia', JPN: 'territory: japan' },
);

const head = (id: string, title: string, clock = '{ start: 2025-03-03, tick: day, horizon: 5 }'): string => `version: "1.1"
id: ${id}
title: ${JSON.stringify(title)}
clock: ${clock}
${CALM_LADDER}
${REGIONS}
${ACTORS}`;

const OUTCOMES = `outcomes:
  russia_at_war: { when: { posture: { actor: RUS, atLeast: war } } }`;

const situation = (title: string, injects: readonly string[]): string => `situations:
  event:
    title: ${title}
    inject:
${injects.map((x) => `      - ${x}`).join('\n')}`;

const INVASION = '{ at: 1, effect: { armedAttack: { by: PRK, on: ROK, in: rok, intensity: war } } }';

/** Four weekly ticks from 3 Mar 2025: decisions and ceasefires in the same week. */
const WEEKLY = '{ start: 2025-03-03, tick: week, horizon: 4 }';

/** A weekly scenario with Russia–DPRK Art. 4 read with Art. 51 (the decision-moot cases add doctrine). */
const weeklyWithArt4 = (id: string, title: string): string => `${head(id, title, WEEKLY)}
pacts:
${rusPrk2024({ art4: { unprovoked: true } })}`;

/** E-16, E-23: the ceasefire applied first, Russia's decision to strike the ROK, and its strike moot. */
const STRIKE_OVERTAKEN = [
  { kind: 'ceasefire', date: '2025-03-17' },
  { kind: 'decision', actor: 'RUS', detail: 'strike', date: '2025-03-17' },
  { kind: 'episode', actor: 'RUS', target: 'ROK', detail: 'moot', date: '2025-03-17' },
];

/** The DPRK invades; a week later the ROK strikes back and a ceasefire of the whole war follows at once. */
const COUNTER_AND_CEASEFIRE = situation('an invasion, then a counter-attack and a ceasefire', [
  INVASION,
  '{ at: 2, effect: [ { armedAttack: { by: ROK, on: PRK, in: dprk, intensity: war } }, { ceasefire: { between: [PRK, ROK], scope: episode } } ] }',
]);

/**
 * The course of 1950 in brief (E-21, E-22): the DPRK invades, the US (an ally, no treaty) strikes
 * it, China enters in the DPRK's aid, the US strikes China, then a peace of the two Koreas alone.
 * `episodes`: a scenario's war-episode judgments (format 1.15), if any.
 */
const chinaEntry = (id: string, version: string, episodes = ''): string => `version: "${version}"
id: ${id}
title: "China's entry and the US answer, then a peace of the two Koreas alone"
clock: { start: 2025-03-03, tick: day, horizon: 5 }
${episodes}${CALM_LADDER}
regions:
  korean_peninsula: {}
  rok: { within: korean_peninsula, administeredBy: ROK }
  dprk: { within: korean_peninsula, administeredBy: PRK }
  usa: { administeredBy: USA }
  china: { administeredBy: CHN }
${actors({ USA: 'United States', ROK: 'Republic of Korea', PRK: 'DPRK', CHN: 'China' }, { USA: 'nuclear: true, territory: usa', ROK: 'territory: rok', PRK: 'nuclear: true, territory: dprk', CHN: 'nuclear: true, territory: china' })}
relations:
  - { between: [USA, ROK], alignment: ally }
${situation('the DPRK invades; the US strikes; China enters; the US strikes China; the two Koreas make peace', [
  INVASION,
  '{ at: 1, effect: { armedAttack: { by: USA, on: PRK, in: dprk, intensity: war } } }',
  '{ at: 2, effect: { armedAttack: { by: CHN, on: ROK, in: rok, intensity: war, inAidOf: PRK } } }',
  '{ at: 2, effect: { armedAttack: { by: USA, on: CHN, in: dprk, intensity: war } } }',
  '{ at: 3, effect: { peace: { between: [PRK, ROK] } } }',
])}
outcomes:
  us_at_war: { when: { posture: { actor: USA, atLeast: war } } }`;

export const EPISODE_CASES: ConformanceCase[] = [
  {
    id: 'E-01',
    title: 'A US strike first, then the DPRK\'s retaliation and the US answer: Art. 4 (unprovoked) is met — the US began the war even though the DPRK opened the wider hostilities',
    source: `${SRC_ART4}; UN Charter Art. 51`,
    interpretation: 'A limited US strike (use of force, MID 4) opens the episode with the US as initiator. The DPRK retaliates at war level against US forces, and the US answers at war level on the DPRK: pair by pair the DPRK would have begun the US–DPRK war, but over the episode it stands on the defending side, so the clause read with Art. 51 is met and Russia honours in place. The pair\'s war is recorded as begun by the US too: the DPRK opened hostilities on the pair, but from the defending side against the side that began the episode.',
    yaml: `${head('E-01', 'Strike, retaliation, war')}
pacts:
${rusPrk2024({ art4: { unprovoked: true } })}
${situation('a US strike on Sohae', [
  '{ at: 1, effect: { armedAttack: { by: USA, on: PRK, in: sohae, intensity: use_of_force } } }',
  '{ at: 2, effect: { armedAttack: { by: PRK, on: USA, in: rok, intensity: war } } }',
  '{ at: 3, effect: { armedAttack: { by: USA, on: PRK, in: dprk, intensity: war } } }',
])}
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: { ...all(RUS_PRK_2024_KEYS, DORMANT), 'rus-prk-2024/art4@RUS': { state: 'honoured', level: 'forces' } },
      ledger: { 'rus-prk-2024/art4@RUS': honouredLedger('forces') },
      events: [
        { kind: 'armedAttack', actor: 'USA', target: 'PRK', date: '2025-03-04' },
        { kind: 'armedAttack', actor: 'PRK', target: 'USA', date: '2025-03-05' },
        { kind: 'obligation', cause: 'obligation:rus-prk-2024/art4@RUS', detail: 'judged', date: '2025-03-06' },
      ],
      relations: [{ between: ['PRK', 'USA'], rung: 'war', war: 'hostilities', initiator: 'USA' }],
    },
  },
  {
    id: 'E-02',
    title: 'The DPRK invades; the US honours Art. III at war level; Russia claims a pretext capped at materiel: no Russian war',
    source: `${SRC_ART4}; ${SRC_ART3_US}`,
    interpretation: 'The US joins the war on the ROK\'s side (collective self-defence), so its strike is no casus for Russia under Art. 4 read with Art. 51. A pretext (probability 1 here) is still claimed, but the clause caps what a pretext may carry at materiel: even a decision to go to war is held to materiel, which lifts the Russia–US relation only to the materiel rung.',
    yaml: `${head('E-02', 'Capped pretext')}
pacts:
${usRok1953()}
${rusPrk2024({ art4: { unprovoked: true, pretext: 1, pretextAtMost: 'materiel' } })}
${situation('the DPRK invades the ROK', [INVASION])}
${OUTCOMES}`,
    situation: 'event',
    decisions: { 'respond us-rok-1953/art3@USA': 'honour:war', 'respond rus-prk-2024/art4@RUS': 'honour:war' },
    expect: {
      obligations: {
        ...all(US_ROK_1953_KEYS, DORMANT), 'us-rok-1953/art3@USA': { state: 'honoured', level: 'war' },
        ...all(RUS_PRK_2024_KEYS, DORMANT), 'rus-prk-2024/art4@RUS': { state: 'honoured', level: 'materiel' },
      },
      ledger: { 'rus-prk-2024/art4@RUS': ['judged:unmet', 'invoked:pretext', 'honoured:materiel'] },
      events: [{ kind: 'episode', cause: 'obligation:us-rok-1953/art3@USA', actor: 'USA', target: 'ROK', detail: 'joined:defender' }],
      relations: [{ between: ['RUS', 'USA'], rung: 'crisis', war: 'none' }],
    },
  },
  {
    id: 'E-03',
    title: 'A pretext that requires the protected party at war is not claimed after a ROK counter-fire at MID 4',
    source: SRC_ART4,
    interpretation: 'The DPRK shells the Northwest Islands (use of force) and the ROK returns fire on the DPRK. The counter-fire is part of the episode the DPRK began, and the DPRK is not in a state of war, so Art. 4 is not met; the clause allows a pretext only while the DPRK is itself at war with the attacker (pretextWhen), so nothing is claimed.',
    yaml: `${head('E-03', 'No pretext without a war')}
pacts:
${rusPrk2024({ art4: { unprovoked: true, pretext: 1, pretextAtMost: 'materiel', pretextWhen: '{ relation: { between: [$target, $actor], atLeast: war } }' } })}
${situation('shelling and counter-fire', [
  '{ at: 1, effect: { armedAttack: { by: PRK, on: ROK, in: northwest_islands, intensity: use_of_force } } }',
  '{ at: 1, effect: { armedAttack: { by: ROK, on: PRK, in: dprk, intensity: use_of_force } } }',
])}
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      ledger: { 'rus-prk-2024/art4@RUS': [] },
      absent: [{ kind: 'obligation', cause: 'obligation:rus-prk-2024/art4@RUS' }],
    },
  },
  {
    id: 'E-04',
    title: 'A ceasefire between the DPRK and the ROK ends the US co-belligerence that existed only because of it',
    source: SRC_ART3_US,
    interpretation: 'The US joins the war under Art. III (war level, a declared war). When the DPRK–ROK war ends by ceasefire, no pair fights in the episode on its own account any more, so the episode ends and the US, whose clause says withdraw (the default), leaves the war: its relation with the DPRK falls to crisis and the declaration lapses with the casus.',
    yaml: `${head('E-04', 'Ceasefire ends co-belligerence')}
pacts:
${usRok1953()}
${situation('invasion, then a ceasefire', [INVASION, '{ at: 3, effect: { ceasefire: { between: [PRK, ROK] } } }'])}
${OUTCOMES}`,
    situation: 'event',
    decisions: { 'respond us-rok-1953/art3@USA': 'honour:war' },
    expect: {
      obligations: { ...all(US_ROK_1953_KEYS, DORMANT), 'us-rok-1953/art3@USA': { state: 'honoured', level: 'war' } },
      events: [
        { kind: 'episode', actor: 'USA', target: 'ROK', detail: 'joined:defender', date: '2025-03-05' },
        { kind: 'ceasefire', actor: 'PRK', target: 'ROK', date: '2025-03-06' },
        { kind: 'ceasefire', cause: 'obligation:us-rok-1953/art3@USA', actor: 'USA', target: 'PRK', detail: 'casus_ended', date: '2025-03-06' },
      ],
      relations: [
        { between: ['PRK', 'ROK'], rung: 'crisis' },
        { between: ['PRK', 'USA'], rung: 'crisis', war: 'none' },
      ],
    },
  },
  {
    id: 'E-05',
    title: 'The same ceasefire with an ally coded to continue: the US fights on, recorded as its own war from then on',
    source: SRC_ART3_US,
    interpretation: 'onCasusEnd: continue. The ally does not leave silently or stay silently: an episode event says the casus ended and it continues; the US–DPRK fighting becomes a new episode begun by the US, so a further US strike on the DPRK would now meet an Art. 51-qualified casus for the DPRK\'s allies.',
    yaml: `${head('E-05', 'Ceasefire, ally continues')}
pacts:
${usRok1953({ art3: { onCasusEnd: 'continue' } })}
${situation('invasion, then a ceasefire', [INVASION, '{ at: 3, effect: { ceasefire: { between: [PRK, ROK] } } }'])}
${OUTCOMES}`,
    situation: 'event',
    decisions: { 'respond us-rok-1953/art3@USA': 'honour:war' },
    expect: {
      obligations: { ...all(US_ROK_1953_KEYS, DORMANT), 'us-rok-1953/art3@USA': { state: 'honoured', level: 'war' } },
      events: [{ kind: 'episode', cause: 'obligation:us-rok-1953/art3@USA', actor: 'USA', target: 'PRK', detail: 'continued', date: '2025-03-06' }],
      absent: [{ kind: 'ceasefire', actor: 'USA' }],
      relations: [{ between: ['PRK', 'USA'], rung: 'war', war: 'declared', initiator: 'USA' }],
    },
  },
  {
    id: 'E-06',
    title: 'A ceasefire scoped to the whole episode ends every pair of the war at once',
    source: `${SRC_ART3_US}; docs/semantics.md "War episodes" (ceasefire scope)`,
    interpretation: 'A Council ceasefire may name the dyad or the whole episode. With scope episode, the US–DPRK pair (a co-belligerent) is ceased by the same effect, not by the withdrawal rule.',
    yaml: `${head('E-06', 'Episode-wide ceasefire')}
pacts:
${usRok1953()}
${situation('invasion, then an episode-wide ceasefire', [INVASION, '{ at: 3, effect: { ceasefire: { between: [PRK, ROK], scope: episode } } }'])}
${OUTCOMES}`,
    situation: 'event',
    decisions: { 'respond us-rok-1953/art3@USA': 'honour:war' },
    expect: {
      obligations: { ...all(US_ROK_1953_KEYS, DORMANT), 'us-rok-1953/art3@USA': { state: 'honoured', level: 'war' } },
      events: [
        { kind: 'ceasefire', actor: 'PRK', target: 'ROK', date: '2025-03-06' },
        { kind: 'ceasefire', cause: 'inject:event#1', detail: 'episode', date: '2025-03-06' },
      ],
      absent: [{ kind: 'ceasefire', detail: 'casus_ended' }],
      relations: [{ between: ['PRK', 'USA'], rung: 'crisis', war: 'declared' }],
    },
  },
  {
    id: 'E-07',
    title: 'Camp David on a named provocation: a DPRK nuclear test, aimed at no one, sets off the three consultations',
    source: SRC_CAMP_DAVID,
    interpretation: 'The commitment covers "provocations and threats", not only threats of armed aggression: coded as a signal casus on nuclear_test and icbm_launch by a non-party, including signals aimed at no one in particular. Each party consults once (for the first of the parties it protects).',
    yaml: `${head('E-07', 'Consultation on a nuclear test')}
pacts:
${campDavid2023({ casus: '{ signal: { kinds: [nuclear_test, icbm_launch], by: non_party, on: any } }' })}
${situation('a seventh nuclear test', ['{ at: 1, effect: { signal: { kind: nuclear_test, by: PRK } } }'])}
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: all(CAMP_DAVID_KEYS, { state: 'honoured', level: 'consult' }),
      ledger: Object.fromEntries(CAMP_DAVID_KEYS.map((k) => [k, honouredLedger('consult')])),
    },
  },
  {
    id: 'E-08',
    title: 'Camp David on a hostile act that is not military: a DPRK cyber operation on the ROK (hypothetical coding)',
    source: SRC_CAMP_DAVID,
    interpretation: 'Hypothetical reading of "provocations": a hostileAct casus on cyber operations against a party. The act lifts no relation and is no armed attack, so no defence clause could be met by it; only the consultation responds, and only the parties other than the victim consult.',
    yaml: `${head('E-08', 'Consultation on a cyber operation')}
pacts:
${campDavid2023({ casus: '{ hostileAct: { kinds: [cyber_operation], by: non_party, on: party } }' })}
${usRok1953()}
${situation('a cyber operation', ['{ at: 1, effect: { hostileAct: { by: PRK, on: ROK, kind: cyber_operation } } }'])}
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: {
        ...all(CAMP_DAVID_KEYS, DORMANT),
        'camp-david-2023/consult@USA': { state: 'honoured', level: 'consult' },
        'camp-david-2023/consult@JPN': { state: 'honoured', level: 'consult' },
        ...all(US_ROK_1953_KEYS, DORMANT),
      },
      events: [{ kind: 'hostileAct', actor: 'PRK', target: 'ROK', detail: 'cyber_operation' }],
      relations: [{ between: ['PRK', 'ROK'], rung: 'peace' }],
    },
  },
  {
    id: 'E-09',
    title: 'An attack dated 5 Dec 2024, inside a weekly tick that starts on 2 Dec, is judged as of 5 Dec: the treaty in force since 4 Dec applies',
    source: `${SRC_ART4}; entry into force 4 Dec 2024 (facts.md §1a)`,
    interpretation: 'Events keep their own date inside a tick: the in-force test and the story use it, so a weekly clock does not silently move the attack to the Monday before entry into force.',
    yaml: `${head('E-09', 'Mid-tick date, in force', '{ start: 2024-12-02, tick: week, horizon: 2 }')}
pacts:
${rusPrk2024()}
${situation('a US attack on 5 Dec', ['{ at: 2024-12-05, effect: { armedAttack: { by: USA, on: PRK, in: dprk, intensity: war } } }'])}
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: { ...all(RUS_PRK_2024_KEYS, DORMANT), 'rus-prk-2024/art4@RUS': { state: 'honoured', level: 'forces' } },
      events: [
        { kind: 'armedAttack', actor: 'USA', target: 'PRK', date: '2024-12-05' },
        { kind: 'obligation', cause: 'pact:rus-prk-2024', detail: 'in_force', date: '2024-12-05' },
        { kind: 'obligation', cause: 'obligation:rus-prk-2024/art4@RUS', detail: 'honoured', date: '2024-12-05' },
      ],
    },
  },
  {
    id: 'E-10',
    title: 'The same attack dated 3 Dec 2024, in the same tick, meets the fate not_in_force',
    source: `${SRC_ART4}; entry into force 4 Dec 2024 (facts.md §1a)`,
    interpretation: 'The casus would have been met, but the treaty was not yet in force on the day of the attack: the fate not_in_force is recorded (dated 3 Dec), distinct from dormant; the obligations enter into force at the next tick.',
    yaml: `${head('E-10', 'Mid-tick date, not yet in force', '{ start: 2024-12-02, tick: week, horizon: 2 }')}
pacts:
${rusPrk2024()}
${situation('a US attack on 3 Dec', ['{ at: 2024-12-03, effect: { armedAttack: { by: USA, on: PRK, in: dprk, intensity: war } } }'])}
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      ledger: { 'rus-prk-2024/art4@RUS': ['not_in_force'] },
      events: [
        { kind: 'obligation', cause: 'obligation:rus-prk-2024/art4@RUS', detail: 'not_in_force', date: '2024-12-03' },
        { kind: 'obligation', cause: 'pact:rus-prk-2024', detail: 'in_force', date: '2024-12-09' },
      ],
    },
  },
  {
    id: 'E-11',
    title: 'A run that ends before entry into force leaves every obligation not_in_force, not dormant',
    source: `${SRC_ART4}; entry into force 4 Dec 2024 (facts.md §1a)`,
    yaml: `${head('E-11', 'Never in force', '{ start: 2024-11-25, tick: day, horizon: 3 }')}
pacts:
${rusPrk2024()}
${situation('a US attack', ['{ at: 1, effect: { armedAttack: { by: USA, on: PRK, in: dprk, intensity: war } } }'])}
${OUTCOMES}`,
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'], // a pact or party outside the run, on purpose
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, NOT_IN_FORCE),
      ledger: { 'rus-prk-2024/art4@RUS': ['not_in_force'] },
    },
  },
  {
    id: 'E-13',
    title: 'A decision to enter a war, taken in the tick the Council ends it, is not carried out after the ceasefire',
    source: 'UN Charter Art. 25 and Art. 40 (provisional measures: a ceasefire); docs/semantics.md "War episodes" (a use of force decided in a war that ended before it was carried out)',
    interpretation: 'The DPRK invades the ROK; a week later the ROK strikes back while the Council adopts an episode-wide ceasefire. Russia\'s doctrine decides, on the ROK\'s counter-attack, to strike the ROK — the same round in which the ceasefire is voted, so the choice is made on a war still going on. The ceasefire is applied first; the war Russia meant to enter is over, so its strike is moot (an episode event moot, no attack), exactly as a treaty response decided before a ceasefire is. Carried out, it would have opened a new war begun by Russia after a ceasefire Russia voted for.',
    yaml: `${weeklyWithArt4('E-13', 'A decision overtaken by a ceasefire')}
council:
  rule: { minYes: 3, permanentVeto: true }
  seats:
    - { actor: USA, permanent: true }
    - { actor: RUS, permanent: true }
    - { actor: JPN }
  policies:
    - { member: default, rules: [ { vote: { yes: 1 } } ] }
doctrine:
  RUS:
    - id: enter
      on: { event: armedAttack, by: ROK, on: PRK, minIntensity: 5 }
      options:
        - { id: strike, weight: 1, effect: { armedAttack: { by: RUS, on: ROK, in: rok, intensity: war } } }
${situation('an invasion, then a counter-attack and a ceasefire in one week', [
  INVASION,
  '{ at: 2, effect: [ { draft: { kind: ceasefire, between: [PRK, ROK], sponsor: JPN, scope: episode } }, { armedAttack: { by: ROK, on: PRK, in: dprk, intensity: war } } ] }',
])}
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      drafts: [{ kind: 'ceasefire', target: null, result: 'adopted', yes: 3, no: 0, abstain: 0 }],
      events: [
        { kind: 'decision', actor: 'RUS', detail: 'strike', date: '2025-03-17' },
        { kind: 'ceasefire', date: '2025-03-17' },
        { kind: 'episode', actor: 'RUS', target: 'ROK', detail: 'moot', date: '2025-03-17' },
      ],
      absent: [{ kind: 'armedAttack', actor: 'RUS' }],
      relations: [{ between: ['PRK', 'ROK'], rung: 'crisis' }, { between: ['RUS', 'ROK'], rung: 'peace' }],
    },
  },
  {
    id: 'E-14',
    title: 'An ally that comes to the victim\'s aid by its own decision does not begin a war of its own: the pair\'s war is recorded as begun by the aggressor',
    source: 'UN Charter Art. 51 (collective self-defence); docs/semantics.md "War episodes" rule 4',
    interpretation: 'Russia attacks Japan at war level; the US, allied with Japan (a declared alignment, no treaty coded), decides to strike Russia. Rule 4 puts the US on Japan\'s side, the defending side, and the Russia–US war is recorded as begun by Russia — as it would be had the US come under a treaty (a response at forces joins with the enemy as the side that began it). Before this rule the story told a reader that the US had begun the great-power war.',
    yaml: `${head('E-14', 'Collective self-defence by decision')}
relations:
  - { between: [USA, JPN], alignment: ally }
pacts:
${rusPrk2024({ art4: { unprovoked: true } })}
doctrine:
  USA:
    - id: aid-japan
      on: { event: armedAttack, by: RUS, on: JPN, minIntensity: 5 }
      options:
        - { id: strike, weight: 1, effect: { armedAttack: { by: USA, on: RUS, in: russia, intensity: war } } }
${situation('Russia attacks Japan', ['{ at: 1, effect: { armedAttack: { by: RUS, on: JPN, in: japan, intensity: war } } }'])}
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      events: [
        { kind: 'episode', actor: 'USA', target: 'JPN', detail: 'joined:defender', date: '2025-03-04' },
        { kind: 'armedAttack', actor: 'USA', target: 'RUS', date: '2025-03-04' },
      ],
      relations: [
        { between: ['RUS', 'JPN'], rung: 'war', war: 'hostilities', initiator: 'RUS' },
        { between: ['RUS', 'USA'], rung: 'war', war: 'hostilities', initiator: 'RUS' },
      ],
    },
  },
  {
    id: 'E-15',
    title: 'An ally drawn in by being attacked stands on its ally\'s side, and the record says it was attacked, not that it came to help',
    source: 'docs/semantics.md "War episodes" rule 4 (the war widening to an ally of a state the attacker is fighting)',
    interpretation: 'A US strike (MID 4) on the DPRK opens an episode begun by the US. The DPRK answers by attacking the ROK, allied with the US: rule 4 puts the ROK on the US side, the side that began the war (the documented broad reading, semantics.md). The episode event marks the ROK as drawn in by attack (`joined:initiator:attacked`), so the story does not say that the ROK came to the US\'s aid.',
    yaml: `${head('E-15', 'An ally drawn in by attack')}
relations:
  - { between: [USA, ROK], alignment: ally }
pacts:
${rusPrk2024({ art4: { unprovoked: true } })}
${situation('a US strike, then a DPRK attack on the ROK', [
  '{ at: 1, effect: { armedAttack: { by: USA, on: PRK, in: sohae, intensity: use_of_force } } }',
  '{ at: 2, effect: { armedAttack: { by: PRK, on: ROK, in: rok, intensity: war } } }',
])}
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      events: [
        { kind: 'episode', actor: 'ROK', target: 'USA', detail: 'joined:initiator:attacked', date: '2025-03-05' },
      ],
      relations: [{ between: ['PRK', 'ROK'], rung: 'war', war: 'hostilities', initiator: 'PRK' }],
    },
  },
  {
    id: 'E-16',
    title: 'A ceasefire applied before the decision round: a decision taken on the counter-attack is still a decision in the war that has ended, and its strike is moot',
    source: 'docs/semantics.md "War episodes" (a decision overtaken by the end of its war); the same rule as a treaty response decided before a ceasefire',
    interpretation: 'As E-13, but the ceasefire is an effect applied right after the ROK\'s counter-attack, before any decision is chosen. Russia\'s doctrine answers the counter-attack, an event of the war that has just ended: the decision belongs to that war, so its strike is dropped, exactly as a treaty response to the same event would be. Whether the war ended before or after the choice was drawn must not decide whether a new war is opened.',
    yaml: `${weeklyWithArt4('E-16', 'A ceasefire before the round')}
doctrine:
  RUS:
    - id: enter
      on: { event: armedAttack, by: ROK, on: PRK, minIntensity: 5 }
      options:
        - { id: strike, weight: 1, effect: { armedAttack: { by: RUS, on: ROK, in: rok, intensity: war } } }
${COUNTER_AND_CEASEFIRE}
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      events: STRIKE_OVERTAKEN,
      absent: [{ kind: 'armedAttack', actor: 'RUS' }],
      relations: [{ between: ['RUS', 'ROK'], rung: 'peace' }],
    },
  },
  {
    id: 'E-23',
    title: 'A decision overtaken by the end of its war lapses whole: what goes with the strike, listed before it or after, is not carried out either (engine 0.16.0)',
    source: 'docs/semantics.md "War episodes" (a decision overtaken by the end of its war); korea-2024\'s US answer to nuclear use, which sets a flag that it has answered beside its strike',
    interpretation: 'As E-16, but Russia\'s option also counts the strike in a variable (listed before it) and announces it by a signal (listed after it). The ceasefire ends the war before the decision is carried out, so the strike is moot, and so is the decision as a whole: the count does not move and no signal is sent. Before engine 0.16.0 only the strike was dropped, so a flag such as korea-2024\'s us_nuclear_answer recorded an answer that was never given, and the US did not answer a later nuclear use.',
    yaml: `${weeklyWithArt4('E-23', 'A decision that lapses whole')}
variables:
  strikes_ordered: { min: 0, max: 10, initial: 0 }
doctrine:
  RUS:
    - id: enter
      on: { event: armedAttack, by: ROK, on: PRK, minIntensity: 5 }
      options:
        - id: strike
          weight: 1
          effect: [ { variable: { id: strikes_ordered, add: 1 } }, { armedAttack: { by: RUS, on: ROK, in: rok, intensity: war } }, { signal: { kind: strike_announced, by: RUS, on: ROK } } ]
${COUNTER_AND_CEASEFIRE}
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      events: STRIKE_OVERTAKEN,
      absent: [{ kind: 'armedAttack', actor: 'RUS' }, { kind: 'variable' }, { kind: 'signal', actor: 'RUS' }],
      relations: [{ between: ['RUS', 'ROK'], rung: 'peace' }],
    },
  },
  {
    id: 'E-24',
    title: 'A forces response falls due after a ceasefire has stopped the protected party\'s fight with the enemy, while the war goes on between others: moot, not honoured with nothing done (engine 0.16.0)',
    source: `${SRC_ART4}; docs/semantics.md "War episodes" (a response bound to its cause)`,
    interpretation: 'The ROK invades the DPRK and the DPRK strikes US forces (the US, the ROK\'s ally, is drawn into the war on its own account); a ceasefire of the ROK and the DPRK alone follows at once. Russia\'s Art. 4 casus, the ROK\'s attack on a DPRK that did not begin the war, is judged and invoked after the ceasefire, and Russia chooses forces. Forces join the fight at the level it has reached, and the DPRK\'s fight with the ROK has stopped: there is nothing to join. The war episode is still open (the DPRK and the US fight on), so the rule for a war that has ended does not apply by itself; the response is moot all the same. Before engine 0.16.0 it was recorded as honoured at forces and did nothing.',
    yaml: `${weeklyWithArt4('E-24', 'A forces response with no fight left to join')}
relations:
  - { between: [USA, ROK], alignment: ally }
${situation('an ROK invasion, a DPRK strike on US forces, and a ceasefire of the two Koreas', [
  '{ at: 1, effect: [ { armedAttack: { by: ROK, on: PRK, in: dprk, intensity: war } }, { armedAttack: { by: PRK, on: USA, in: usa, intensity: war } }, { ceasefire: { between: [PRK, ROK] } } ] }',
])}
${OUTCOMES}`,
    situation: 'event',
    decisions: { 'respond rus-prk-2024/art4@RUS': 'honour:forces' },
    expect: {
      obligations: { ...all(RUS_PRK_2024_KEYS, DORMANT), 'rus-prk-2024/art4@RUS': { state: 'moot' } },
      ledger: { 'rus-prk-2024/art4@RUS': ['judged', 'invoked', 'moot:forces:stopped'] },
      relations: [{ between: ['PRK', 'ROK'], rung: 'crisis' }, { between: ['RUS', 'ROK'], rung: 'peace' }, { between: ['PRK', 'USA'], rung: 'war' }],
    },
  },
  {
    id: 'E-25',
    title: 'Two DPRK nuclear strikes in one week, a US answer written to be given once: given once, not once for each strike decided on the same state (engine 0.17.0)',
    source: 'docs/semantics.md "Doctrine" (a decision point is decided once a round); korea-2024\'s US answer to nuclear use, guarded by us_nuclear_answer',
    interpretation: 'The DPRK strikes the ROK twice with nuclear weapons in the same week. The US doctrine answers DPRK nuclear use while it has not yet answered (a counter it raises). Both strikes are occasions of the same decision point in one round: before engine 0.17.0 both were decided on the same state, in which the US had not answered yet, so it answered twice. A point is now decided once a round, and its condition read again when its round comes; the second occasion waits for the next round, where the counter shows the answer given, so it lapses. A trigger that would mark a second answer never fires.',
    yaml: `${weeklyWithArt4('E-25', 'One answer to two nuclear strikes in one week')}
variables:
  answers: { min: 0, max: 10, initial: 0 }
doctrine:
  USA:
    - id: answer-nuclear-use
      on: { event: armedAttack, by: PRK, minIntensity: 5 }
      when: { all: [ { happened: { event: armedAttack, by: PRK, nuclear: true } }, { variable: { id: answers, lt: 1 } } ] }
      options:
        - { id: retaliate, weight: 1, effect: [ { variable: { id: answers, add: 1 } }, { signal: { kind: retaliation, by: USA, on: PRK } } ] }
triggers:
  - { id: second-answer, becomes: { variable: { id: answers, gte: 2 } }, effect: { signal: { kind: second_answer, by: USA } } }
${situation('two DPRK nuclear strikes in one week', [
  '{ at: 1, effect: [ { armedAttack: { by: PRK, on: ROK, in: rok, intensity: war, nuclear: true } }, { armedAttack: { by: PRK, on: ROK, in: rok, intensity: war, nuclear: true } } ] }',
])}
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      events: [{ kind: 'decision', actor: 'USA', detail: 'retaliate', date: '2025-03-10' }, { kind: 'signal', actor: 'USA', detail: 'retaliation', date: '2025-03-10' }],
      absent: [{ kind: 'signal', detail: 'second_answer' }],
    },
  },
  {
    id: 'E-17',
    title: 'A decision that ends its own war and then strikes elsewhere is carried out whole: nothing overtook it',
    source: 'docs/semantics.md "War episodes" (a decision overtaken by the end of its war)',
    interpretation: 'The DPRK answers the ROK\'s counter-attack by stepping down with the ROK and striking Japan, in that order. Its own de-escalation ends the war it answered, but the decision was not overtaken by anything: the strike goes ahead and opens a new war begun by the DPRK. The order in which an option lists its effects does not decide whether the rest is carried out.',
    yaml: `${weeklyWithArt4('E-17', 'A decision that ends its own war')}
doctrine:
  PRK:
    - id: turn
      on: { event: armedAttack, by: ROK, on: PRK, minIntensity: 5 }
      options:
        - { id: truce-then-japan, weight: 1, effect: [ { deescalate: { between: [PRK, ROK], to: crisis } }, { armedAttack: { by: PRK, on: JPN, in: japan, intensity: war } } ] }
${situation('an invasion, then a counter-attack', [INVASION, '{ at: 2, effect: { armedAttack: { by: ROK, on: PRK, in: dprk, intensity: war } } }'])}
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      events: [{ kind: 'armedAttack', actor: 'PRK', target: 'JPN', date: '2025-03-17' }],
      absent: [{ kind: 'episode', detail: 'moot' }],
      relations: [{ between: ['PRK', 'ROK'], rung: 'crisis' }, { between: ['PRK', 'JPN'], rung: 'war', war: 'hostilities', initiator: 'PRK' }],
    },
  },
  {
    id: 'E-18',
    title: 'A strike decided in one war, carried out in another war still under way between the two, is not moot when the first war ends',
    source: 'docs/semantics.md "War episodes" (a decision overtaken by the end of its war)',
    interpretation: 'Russia and the US are already at war in a war of their own (begun by Russia). A US decision taken on an event of the Korean war strikes Russia; the Korean war ends by a ceasefire before the strike. The strike opens no new war — it belongs to the one the two are fighting — so it is carried out.',
    yaml: `${head('E-18', 'Another war under way', WEEKLY)}
relations:
  - { between: [RUS, USA], rung: war, war: hostilities, initiator: RUS }
pacts:
${rusPrk2024({ art4: { unprovoked: true } })}
doctrine:
  USA:
    - id: hit-russia
      on: { event: armedAttack, by: ROK, on: PRK, minIntensity: 5 }
      options:
        - { id: strike, weight: 1, effect: { armedAttack: { by: USA, on: RUS, in: russia, intensity: war } } }
${COUNTER_AND_CEASEFIRE}
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: all(RUS_PRK_2024_KEYS, DORMANT),
      events: [{ kind: 'armedAttack', actor: 'USA', target: 'RUS', date: '2025-03-17' }],
      absent: [{ kind: 'episode', detail: 'moot' }],
      relations: [{ between: ['RUS', 'USA'], rung: 'war', war: 'hostilities', initiator: 'RUS' }],
    },
  },
  {
    id: 'E-12',
    title: 'A treaty ally that strikes on its own account, before any response under the treaty, joins its ally\'s side: no casus for Russia',
    source: `${SRC_ART4}; ${SRC_ART3_US}; docs/semantics.md "War episodes" rule 4`,
    interpretation: 'The DPRK invades the ROK. Before any response under Art. III, the US strikes the DPRK of its own accord (an act, not an invocation). Nothing declares the two allies: what ties them is the treaty in force between them. The US comes to the aid of its treaty ally, which is fighting the DPRK, so it takes the ROK\'s side in the war the DPRK began, and Art. 4 read with Art. 51 is not met. If only a declared alignment made allies, the strike would open a new war begun by the US, and Russia would be bound.',
    yaml: `${head('E-12', 'A treaty ally strikes first on its own account')}
pacts:
${usRok1953()}
${rusPrk2024({ art4: { unprovoked: true } })}
${situation('the DPRK invades; the US strikes', [INVASION, '{ at: 1, effect: { armedAttack: { by: USA, on: PRK, in: dprk, intensity: war } } }'])}
${OUTCOMES}`,
    situation: 'event',
    decisions: { 'respond us-rok-1953/art3@USA': 'honour:war' },
    expect: {
      obligations: {
        ...all(US_ROK_1953_KEYS, DORMANT), 'us-rok-1953/art3@USA': { state: 'honoured', level: 'war' },
        ...all(RUS_PRK_2024_KEYS, DORMANT),
      },
      ledger: { 'rus-prk-2024/art4@RUS': [] },
      absent: [{ kind: 'obligation', cause: 'obligation:rus-prk-2024/art4@RUS' }],
      events: [{ kind: 'episode', actor: 'USA', target: 'ROK', detail: 'joined:defender', date: '2025-03-04' }],
      relations: [{ between: ['PRK', 'USA'], rung: 'war' }],
    },
  },
  {
    id: 'E-19',
    title: 'An ally that came to its ally\'s aid by its own decision and fights on after that ally made peace fights a war of its own, begun by itself',
    source: `UN Charter Art. 51; docs/semantics.md "War episodes", rule 4`,
    interpretation: 'The DPRK invades the ROK; the United States, declared the ROK\'s ally (no treaty in this case, so no obligation governs its fight), strikes the DPRK of its own accord and takes the ROK\'s side (rule 4). The DPRK and the ROK then make peace while the US goes on fighting. Collective self-defence answers the armed attack on the state aided; with that state\'s war over, the US–DPRK fighting is no longer part of it: the war the DPRK began ends, and the fighting becomes a new war episode begun by the United States (an `episode` event `continued`, as for aid without an alliance, AID-06, and for a treaty ally coded to continue, E-05). Before engine 0.8.1 the US fight kept the DPRK\'s war open, so the DPRK stayed its aggressor for as long as the US chose to fight.',
    yaml: `${head('E-19', 'An ally by decision fights on after its ally\'s peace')}
relations:
  - { between: [USA, ROK], alignment: ally }
${situation('the DPRK invades; the US strikes; the DPRK and the ROK make peace', [INVASION, '{ at: 2, effect: { armedAttack: { by: USA, on: PRK, in: dprk, intensity: war } } }', '{ at: 3, effect: { peace: { between: [PRK, ROK] } } }'])}
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: {},
      events: [
        { kind: 'episode', actor: 'USA', target: 'ROK', detail: 'joined:defender', date: '2025-03-05' },
        { kind: 'episode', cause: 'episode:aid-ended', actor: 'USA', target: 'PRK', detail: 'continued', date: '2025-03-06' },
      ],
      relations: [{ between: ['PRK', 'ROK'], rung: 'crisis' }, { between: ['PRK', 'USA'], rung: 'war', initiator: 'USA' }],
    },
  },
  {
    id: 'E-20',
    title: 'An ally that struck on its own account and then answered under its treaty leaves the war as its clause says when its ally makes peace',
    source: `${SRC_ART3_US}; docs/semantics.md "War episodes", rules 1 and 4`,
    interpretation: 'E-12, then a ceasefire between the DPRK and the ROK. The US first struck of its own accord (rule 4), then honoured Art. III at war level: from the response on, its fight with the DPRK is the treaty\'s, so when the ally\'s war ends the clause\'s onCasusEnd governs — withdraw, the default, as in E-04 — rather than the fight going on as a war of the US\'s own (E-19).',
    yaml: `${head('E-20', 'A strike of its own, then the treaty, then peace')}
pacts:
${usRok1953()}
${situation('the DPRK invades; the US strikes; a ceasefire', [INVASION, '{ at: 1, effect: { armedAttack: { by: USA, on: PRK, in: dprk, intensity: war } } }', '{ at: 3, effect: { ceasefire: { between: [PRK, ROK] } } }'])}
${OUTCOMES}`,
    situation: 'event',
    decisions: { 'respond us-rok-1953/art3@USA': 'honour:war' },
    expect: {
      obligations: { ...all(US_ROK_1953_KEYS, DORMANT), 'us-rok-1953/art3@USA': { state: 'honoured', level: 'war' } },
      events: [
        { kind: 'episode', actor: 'USA', target: 'ROK', detail: 'joined:defender', date: '2025-03-04' },
        { kind: 'ceasefire', actor: 'PRK', target: 'ROK', date: '2025-03-06' },
        { kind: 'ceasefire', cause: 'obligation:us-rok-1953/art3@USA', actor: 'USA', target: 'PRK', detail: 'casus_ended', date: '2025-03-06' },
      ],
      absent: [{ kind: 'episode', detail: 'continued' }],
      relations: [{ between: ['PRK', 'ROK'], rung: 'crisis' }, { between: ['PRK', 'USA'], rung: 'crisis' }],
    },
  },
  {
    id: 'E-21',
    title: 'China enters the DPRK\'s war against the ROK and the US answers it: when the DPRK\'s war ends with China fighting on, the US–China fighting is aid to the ROK in China\'s war, not a war the US began',
    source: 'GA res. 498(V), 1 Feb 1951 (China, "by giving direct aid and assistance to those who were already committing aggression in Korea", has "itself engaged in aggression"); docs/semantics.md "War episodes", rules 2b, 3 and 4',
    interpretation: 'The DPRK invades the ROK; the United States, declared the ROK\'s ally (no treaty here), strikes the DPRK of its own accord (rule 4, the ROK\'s side). China attacks the ROK in the DPRK\'s aid (rule 2b: it joins the side that began the war, as the General Assembly found in 1951), and the US, already in the war, strikes China: it comes to the ROK\'s aid against China (rule 3, engine 0.14.0). A peace between the two Koreas alone then ends the DPRK\'s war while the others fight on — hypothetical: the 1953 armistice was signed by the commanders of all the forces. China\'s fight with the ROK becomes China\'s own war, begun by China, and the US\'s fight with China goes on in the ROK\'s aid in it, on the ROK\'s side; the US\'s fight with the DPRK, with no ally of the US left fighting the DPRK, is the US\'s own (E-19). Before engine 0.14.0 the US–China fighting was a fight of its own that kept the DPRK\'s war open.',
    yaml: chinaEntry('E-21', '1.7'),
    situation: 'event',
    expect: {
      obligations: {},
      events: [
        { kind: 'episode', actor: 'CHN', target: 'PRK', detail: 'joined:initiator:aid', date: '2025-03-05' },
        { kind: 'episode', cause: 'episode:aid-ended', actor: 'CHN', target: 'ROK', detail: 'continued', date: '2025-03-06' },
        { kind: 'episode', cause: 'episode:aid-ended', actor: 'USA', target: 'ROK', detail: 'joined:defender:aid', date: '2025-03-06' },
        { kind: 'episode', cause: 'episode:aid-ended', actor: 'USA', target: 'PRK', detail: 'continued', date: '2025-03-06' },
      ],
      relations: [
        { between: ['PRK', 'ROK'], rung: 'crisis' },
        { between: ['CHN', 'ROK'], rung: 'war', initiator: 'CHN' },
        { between: ['CHN', 'USA'], rung: 'war', initiator: 'CHN' },
        { between: ['PRK', 'USA'], rung: 'war', initiator: 'USA' },
      ],
    },
  },
  {
    id: 'E-22',
    title: 'E-21 with aid that ends with its war (episodes.aidEnds: withdraw): when the two Koreas make peace, China, and the US in answer to it, withdraw instead of fighting on',
    source: 'GA res. 498(V), 1 Feb 1951 (China, "by giving direct aid and assistance to those who were already committing aggression in Korea", has "itself engaged in aggression"); docs/semantics.md "War episodes", rules 2b, 3 and 4',
    interpretation: 'The course of E-21 in a scenario that reads aid by a state\'s own decision as lasting no longer than the war it joined (`episodes: { aidEnds: withdraw }`, format 1.15). When the DPRK–ROK peace ends the DPRK\'s war, China\'s fight with the ROK, the US\'s with China and the US\'s with the DPRK end too: a ceasefire `aid_ended` each, by the state that came to help, China\'s first (it stood on the side that began the war). No war is recorded as begun by China or the US after the peace, and none goes on: the reading of a China that entered to save its buffer state, and of a US that fought China only in the ROK\'s defence.',
    yaml: chinaEntry('E-22', '1.15', 'episodes: { aidEnds: withdraw }\n'),
    situation: 'event',
    expect: {
      obligations: {},
      events: [
        { kind: 'episode', actor: 'CHN', target: 'PRK', detail: 'joined:initiator:aid', date: '2025-03-05' },
        { kind: 'ceasefire', cause: 'episode:aid-ended', actor: 'CHN', target: 'ROK', detail: 'aid_ended', date: '2025-03-06' },
        { kind: 'ceasefire', cause: 'episode:aid-ended', actor: 'USA', target: 'PRK', detail: 'aid_ended', date: '2025-03-06' },
        { kind: 'ceasefire', cause: 'episode:aid-ended', actor: 'USA', target: 'CHN', detail: 'aid_ended', date: '2025-03-06' },
      ],
      absent: [{ kind: 'episode', detail: 'continued' }],
      relations: [
        { between: ['PRK', 'ROK'], rung: 'crisis' },
        { between: ['CHN', 'ROK'], rung: 'crisis' },
        { between: ['CHN', 'USA'], rung: 'crisis' },
        { between: ['PRK', 'USA'], rung: 'crisis' },
      ],
    },
  },
];
