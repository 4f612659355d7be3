/**
 * YAML fragments the conformance cases share: the calm ladder, the pacts as coded from the clauses
 * in the founding team's facts file (shared/facts/facts.md, §1), and a Security Council whose every vote is forced. Each
 * fragment takes the few knobs a case turns (reliability, deny, pretext, the reading of a clause),
 * so a case file shows only what it varies. The indentation is that of the place the fragment goes.
 */
import { keysOf } from './case.js';

/** The default ladder with every de-escalation hazard at zero, so no relation drifts down by chance. */
import { CALM_LADDER } from '../../packages/engine/test/calm-ladder.js';

export { CALM_LADDER };

/** Judgment and reliability knobs of one clause. */
export interface Knobs {
  reliability?: number;
  deny?: number;
  pretext?: number;
  shortfall?: 'consult' | 'diplomatic' | 'materiel' | 'forces';
  /** The highest level a pretext may carry. */
  pretextAtMost?: 'consult' | 'diplomatic' | 'materiel' | 'forces' | 'war';
  /** A condition (YAML flow) that must hold for a pretext to be claimed. */
  pretextWhen?: string;
  /** What the ally does when the war it joined ends. */
  onCasusEnd?: 'withdraw' | 'continue' | 'decide';
  /** The duty acts only at the attacked party's request, made with this chance (`request.chance`). */
  request?: number;
  /** A condition (YAML flow) under which the attacked party asks (`request.when`). */
  requestWhen?: string;
}

const request = (k: Knobs): string => (k.request === undefined && k.requestWhen === undefined ? ''
  : `\n        request: { chance: ${k.request ?? 1}${k.requestWhen !== undefined ? `, when: ${k.requestWhen}` : ''} }`);

const judgment = (k: Knobs): string => request(k) + judgmentOnly(k);
const judgmentOnly = (k: Knobs): string => {
  if (k.deny === undefined && k.pretext === undefined && k.pretextAtMost === undefined && k.pretextWhen === undefined) return '';
  const extra = `${k.pretextAtMost !== undefined ? `, pretextAtMost: ${k.pretextAtMost}` : ''}${k.pretextWhen !== undefined ? `, pretextWhen: ${k.pretextWhen}` : ''}`;
  return `\n        judgment: { deny: ${k.deny ?? 0}, pretext: ${k.pretext ?? 0}${extra} }`;
};
const shortfall = (k: Knobs): string => `${k.shortfall !== undefined ? `, shortfall: ${k.shortfall}` : ''}${k.onCasusEnd !== undefined ? `, onCasusEnd: ${k.onCasusEnd}` : ''}`;

/** One spell of membership: the first and last day as a party. */
export interface SpellDates { from?: string; to?: string }

/**
 * A party's own first and last day as a party (an accession, a withdrawal), or its spells (a party
 * that left and rejoined, format 1.5), by actor id.
 */
export type Membership = Readonly<Record<string, SpellDates | { spells: readonly SpellDates[] }>>;

const spellText = (d: SpellDates): string => [d.from !== undefined ? `from: ${d.from}` : '', d.to !== undefined ? `to: ${d.to}` : ''].filter(Boolean).join(', ');

/** A `parties` list in YAML flow: the plain id, `{ actor, from, to }` for a party with dates of its own, or `{ actor, spells }`. */
export function partyList(parties: readonly string[], dated: Membership = {}): string {
  return `[${parties.map((a) => {
    const d = dated[a];
    if (d === undefined) return a;
    if ('spells' in d) return `{ actor: ${a}, spells: [${d.spells.map((x) => `{ ${spellText(x)} }`).join(', ')}] }`;
    const dates = spellText(d);
    return `{ actor: ${a}${dates ? `, ${dates}` : ''} }`;
  }).join(', ')}]`;
}

// ---------------------------------------------------------------------------------------------
// Russia–DPRK Treaty on Comprehensive Strategic Partnership, 2024 (facts.md §1a)

export const RUS_PRK_2024_KEYS = keysOf('rus-prk-2024', ['art3', 'art4', 'no-hostile-agreements', 'no-hostile-territory', 'art16', 'un-cooperation'], ['RUS', 'PRK']);

export interface RusPrk2024Coding {
  art3?: Knobs;
  art4?: Knobs & { unprovoked?: boolean };
  agreements?: Knobs;
  territory?: Knobs;
  art16?: Knobs & { scope?: 'unilateral' | 'any' };
}

export function rusPrk2024(c: RusPrk2024Coding = {}): string {
  const a4 = c.art4 ?? {};
  return `  - id: rus-prk-2024
    name: Treaty on Comprehensive Strategic Partnership (Russia–DPRK)
    parties: [RUS, PRK]
    signed: 2024-06-19
    inForce: 2024-12-04
    source: facts.md §1a (Art. 22 entry into force, 4 Dec 2024)
    obligations:
      - id: art3
        type: consultation
        article: Art. 3
        summary: direct or imminent threat of armed aggression → open channels, coordinate, agree measures
        casus: { threat: { on: party } }
        response: { atLeast: consult }
        reliability: ${c.art3?.reliability ?? 1}${judgment(c.art3 ?? {})}
      - id: art4
        type: defense
        article: Art. 4
        summary: a party put in a state of war by an armed attack → immediate assistance with all means
        casus: { armedAttack: { on: party, by: any, stateOfWar: true${a4.unprovoked ? ', unprovoked: true' : ''} } }
        response: { atLeast: forces${shortfall(a4)} }
        escape: national_law
        reliability: ${a4.reliability ?? 1}${judgment(a4)}
      - id: no-hostile-agreements
        type: no_hostile_alliance
        article: Art. 5 [UNVERIFIED number]
        reliability: ${c.agreements?.reliability ?? 1}
      - id: no-hostile-territory
        type: no_hostile_territory
        article: "[UNVERIFIED number]"
        reliability: ${c.territory?.reliability ?? 1}
      - id: art16
        type: no_sanctions
        article: Art. 16
        summary: no unilateral coercive measures against the other, nor joining third-party ones
        scope: ${c.art16?.scope ?? 'unilateral'}
        reliability: ${c.art16?.reliability ?? 1}
      - id: un-cooperation
        type: un_cooperation
        article: "[UNVERIFIED number]"`;
}

// ---------------------------------------------------------------------------------------------
// Pact of Steel (Germany–Italy, 22 May 1939), Art. III (treaty text; not in facts.md)

export const STEEL_1939_KEYS = keysOf('steel-1939', ['art3-attacked', 'art3-attacking'], ['DEU', 'ITA']);

/** A clause's `reliability`, written only when the case sets it (the format's default is 1). */
const reliabilityOf = (k: Knobs): string => (k.reliability === undefined ? '' : `\n        reliability: ${k.reliability}`);

/**
 * Art. III: a party "involved in warlike complications" with another power, whoever began them, is
 * helped by the other "with all its military forces" — coded as two duties: a defence duty (the
 * partner attacked) and an offense duty (the partner attacking: `type: offense`, `by: party`, the
 * response aimed at the state the partner attacked).
 */
export function steel1939(c: { attacked?: Knobs; attacking?: Knobs } = {}): string {
  const a = c.attacked ?? {};
  const b = c.attacking ?? {};
  return `  - id: steel-1939
    name: Pact of Friendship and Alliance between Germany and Italy (Pact of Steel)
    parties: [DEU, ITA]
    signed: 1939-05-22
    inForce: 1939-05-22
    source: treaty text, Art. III (not in facts.md)
    obligations:
      - id: art3-attacked
        type: defense
        article: Art. III
        summary: the partner involved in warlike complications by another power's attack → immediate assistance with all military forces
        casus: { armedAttack: { on: party, by: any } }
        response: { atLeast: forces }${reliabilityOf(a)}${judgment(a)}
      - id: art3-attacking
        type: offense
        article: Art. III
        summary: the partner involved in warlike complications of its own making → immediate assistance with all military forces
        casus: { armedAttack: { by: party } }
        response: { atLeast: forces }${reliabilityOf(b)}${judgment(b)}`;
}

// ---------------------------------------------------------------------------------------------
// Russia–DPRK Treaty of Friendship, Good-Neighbourliness and Cooperation, 2000 (facts.md §1c)

export const RUS_PRK_2000_KEYS = keysOf('rus-prk-2000', ['consult'], ['RUS', 'PRK']);

export function rusPrk2000(c: { lapsed?: string; consult?: Knobs } = {}): string {
  return `  - id: rus-prk-2000
    name: Treaty of Friendship, Good-Neighbourliness and Cooperation (Russia–DPRK)
    parties: [RUS, PRK]
    signed: 2000-02-09
    inForce: 2000-02-09${c.lapsed !== undefined ? `\n    lapsed: ${c.lapsed}` : ''}
    atop: 4940
    source: facts.md §1c (ATOP 4940 consul = 1, defense = 0); lost effect when the 2024 treaty entered into force (§1a)
    obligations:
      - id: consult
        type: consultation
        summary: aggression or a threat of it against a party → the parties contact each other
        casus: { armedAttack: { on: party }, threat: { on: party } }
        response: { atLeast: consult }
        reliability: ${c.consult?.reliability ?? 1}${judgment(c.consult ?? {})}`;
}

// ---------------------------------------------------------------------------------------------
// USSR–DPRK Treaty of Friendship, Co-operation and Mutual Assistance, 1961 (facts.md §1c)

export const USSR_PRK_1961_KEYS = keysOf('ussr-prk-1961', ['art1', 'art2'], ['RUS', 'PRK']);

export function ussrPrk1961(): string {
  return `  - id: ussr-prk-1961
    name: Treaty of Friendship, Co-operation and Mutual Assistance (USSR–DPRK)
    parties: [RUS, PRK]
    signed: 1961-07-06
    inForce: 1961-07-06
    lapsed: 1996-09-10
    atop: 3440
    source: facts.md §1c (UNTS No. 6045; ATOP 3440 ends 1996-09-10; Gibler gives 7 Sep 1995 — the dispute is recorded there)
    note: Russia, as continuing state of the USSR, is the party RUS.
    obligations:
      - id: art1
        type: defense
        article: Art. 1
        casus: { armedAttack: { on: party, by: any, stateOfWar: true } }
        response: { atLeast: forces }
      - id: art2
        type: no_hostile_alliance
        article: Art. 2`;
}

// ---------------------------------------------------------------------------------------------
// China–DPRK Treaty of Friendship, Cooperation and Mutual Assistance, 1961 (facts.md §1b)

export const CHN_PRK_1961_KEYS = keysOf('chn-prk-1961', ['art2', 'art3'], ['CHN', 'PRK']);

/**
 * Art. II's "subjected to armed attack ... and thus involved in a state of war" read causally by
 * default (`unprovoked`: the state of war must follow from the attack, not from a war the DPRK
 * began — facts.md §1b, the Global Times editorial of 11 Aug 2017); `literal: true` codes the words
 * without that reading (any attack leaving the party at war).
 */
export function chnPrk1961(c: { art2?: Knobs & { level?: 'forces' | 'war'; literal?: boolean }; art3?: Knobs } = {}): string {
  return `  - id: chn-prk-1961
    name: Treaty of Friendship, Cooperation and Mutual Assistance (China–DPRK)
    parties: [CHN, PRK]
    signed: 1961-07-11
    inForce: 1961-09-10
    atop: 3445
    source: facts.md §1b (Peking Review 1961 text)
    obligations:
      - id: art2
        type: defense
        article: Art. II
        summary: armed attack by any state or coalition, and thus a state of war → immediate assistance with all means
        casus: { armedAttack: { on: party, by: any, stateOfWar: true${c.art2?.literal === true ? '' : ', unprovoked: true'} } }
        response: { atLeast: ${c.art2?.level ?? 'forces'} }
        reliability: ${c.art2?.reliability ?? 1}${judgment(c.art2 ?? {})}
      - id: art3
        type: no_hostile_alliance
        article: Art. III
        summary: neither joins an alliance, bloc or action directed against the other
        reliability: ${c.art3?.reliability ?? 1}`;
}

// ---------------------------------------------------------------------------------------------
// US–ROK Mutual Defense Treaty, 1953 (facts.md §1d)

export const US_ROK_1953_KEYS = keysOf('us-rok-1953', ['art2', 'art3'], ['USA', 'ROK']);

/**
 * Art. III promises to "act to meet the common danger" without naming the act, so every level
 * from diplomatic up is allowed with equal weight and the cases pin the one they examine.
 */
export function usRok1953(c: { art3?: Knobs } = {}): string {
  return `  - id: us-rok-1953
    name: Mutual Defense Treaty (United States–Republic of Korea)
    parties: [USA, ROK]
    signed: 1953-10-01
    inForce: 1954-11-18
    atop: 3240
    source: facts.md §1d (FRUS 1952–54 XV doc. 670; ATOP 3240 defcoloc = 1)
    obligations:
      - id: art2
        type: consultation
        article: Art. II
        summary: consult whenever either is threatened by external armed attack
        casus: { threat: { on: party } }
        response: { atLeast: consult }
      - id: art3
        type: defense
        article: Art. III
        summary: armed attack in the Pacific area on either party in territory under its administrative control
        casus: { armedAttack: { on: party, in: [{ region: pacific_area, administeredBy: attacked }] } }
        response: { atLeast: diplomatic, levels: { diplomatic: 1, materiel: 1, forces: 1, war: 1 }, within: 1${shortfall(c.art3 ?? {})} }
        escape: constitutional_processes
        reliability: ${c.art3?.reliability ?? 1}${judgment(c.art3 ?? {})}`;
}

// ---------------------------------------------------------------------------------------------
// US–Philippines Mutual Defense Treaty, 1951 (facts.md §1j)

export const US_PHL_1951_KEYS = keysOf('us-phl-1951', ['art4'], ['USA', 'PHL']);

/**
 * Art. IV read with Art. V: an armed attack "in the Pacific area" on either party, which includes
 * one on its armed forces, public vessels or aircraft "in the Pacific" — wherever they are and
 * whoever administers the place. So the region clause has no administrator, unlike US–ROK Art. III
 * ("territory under its administrative control"). "Act to meet the common dangers" names no act:
 * every level from diplomatic up, equal weights, pinned by the cases.
 */
export function usPhl1951(c: { art4?: Knobs } = {}): string {
  return `  - id: us-phl-1951
    name: Mutual Defense Treaty (United States–Philippines)
    parties: [USA, PHL]
    signed: 1951-08-30
    inForce: 1952-08-27
    source: facts.md §1j (Arts. IV–V; in force 27 Aug 1952)
    obligations:
      - id: art4
        type: defense
        article: Arts. IV–V
        summary: armed attack in the Pacific area on either party — its metropolitan territory, its island territories in the Pacific, or its armed forces, public vessels or aircraft in the Pacific
        casus: { armedAttack: { on: party, by: non_party, in: [{ region: pacific_area }] } }
        response: { atLeast: diplomatic, levels: { diplomatic: 1, materiel: 1, forces: 1, war: 1 }, within: 1${shortfall(c.art4 ?? {})} }
        escape: constitutional_processes
        reliability: ${c.art4?.reliability ?? 1}${judgment(c.art4 ?? {})}`;
}

// ---------------------------------------------------------------------------------------------
// ANZUS Security Treaty, 1951 (facts.md §1k)

/** Since 1986 the treaty binds Australia to each of the others, and not the US and New Zealand to each other. */
export const ANZUS_1951_KEYS = ['anzus-1951/art4@AUS', 'anzus-1951/art4-nz@NZL', 'anzus-1951/art4-us@USA'];

/**
 * Art. IV "an armed attack in the Pacific Area on any of the Parties". `metropolitan` adds the
 * reading Australia gave it on 14 Sep 2001: an attack on a party's metropolitan territory is covered
 * wherever that territory lies (Art. V). "Act to meet the common danger" names no act: every level
 * from diplomatic up, pinned by the cases.
 */
export function anzus1951(c: { metropolitan?: boolean; art4?: Knobs } = {}): string {
  const area = c.metropolitan
    ? '[{ region: pacific_area }, { region: usa, administeredBy: attacked }, { region: australia, administeredBy: attacked }, { region: new_zealand, administeredBy: attacked }]'
    : '[{ region: pacific_area }]';
  const clause = (id: string, obligated: string, beneficiaries: string, k: Knobs): string => `      - id: ${id}
        type: defense
        article: Art. IV
        summary: armed attack in the Pacific Area on any of the parties → act to meet the common danger
        obligated: [${obligated}]
        beneficiaries: [${beneficiaries}]
        casus: { armedAttack: { on: party, in: ${area} } }
        response: { atLeast: diplomatic, levels: { diplomatic: 1, materiel: 1, forces: 1, war: 1 }, within: 1${shortfall(k)} }
        escape: constitutional_processes
        reliability: ${k.reliability ?? 1}${judgment(k)}`;
  return `  - id: anzus-1951
    name: Security Treaty (Australia, New Zealand, United States)
    parties: [AUS, NZL, USA]
    signed: 1951-09-01
    inForce: 1952-04-29
    source: facts.md §1k (Art. IV; the US suspended its commitment to New Zealand in 1986)
    obligations:
${clause('art4', 'AUS', 'NZL, USA', c.art4 ?? {})}
${clause('art4-nz', 'NZL', 'AUS', {})}
${clause('art4-us', 'USA', 'AUS', {})}`;
}

// ---------------------------------------------------------------------------------------------
// Inter-American Treaty of Reciprocal Assistance (Rio Treaty), 1947 (facts.md §1l)

/** Two of its parties, the ones the cases need. */
export const RIO_1947_KEYS = keysOf('rio-1947', ['art3', 'art6'], ['USA', 'ARG']);
/** The same with Peru, a party the hypothetical strikes of TIAR-06 and TIAR-07 reach. */
export const RIO_1947_PERU_KEYS = keysOf('rio-1947', ['art3', 'art6'], ['USA', 'ARG', 'PER']);

/**
 * Art. 3: an armed attack by any State against an American State, within the Art. 4 region or
 * within an American State's territory, is an attack against all; each party assists in meeting
 * it "in the exercise of the inherent right of individual or collective self-defense recognized by
 * Article 51" — `unprovoked` is that reading. Art. 20: no State is required to use armed force
 * without its consent, so `war` is not among the levels. Art. 6: an aggression that is not an
 * armed attack calls for consultation (coded on `threat`).
 */
export function rio1947(c: { art3?: Knobs & { unprovoked?: boolean }; parties?: readonly string[] } = {}): string {
  const a3 = c.art3 ?? {};
  return `  - id: rio-1947
    name: Inter-American Treaty of Reciprocal Assistance (Rio Treaty)
    parties: [${(c.parties ?? ['USA', 'ARG']).join(', ')}]
    signed: 1947-09-02
    inForce: 1948-12-03
    source: facts.md §1l (Arts. 3, 4, 6, 20; in force 3 Dec 1948)
    obligations:
      - id: art3
        type: defense
        article: Art. 3
        summary: an armed attack by any State against an American State is an attack against all; assist in meeting it (UN Charter Art. 51)
        casus: { armedAttack: { on: party, by: any, in: [{ region: art4_region }, { administeredBy: attacked }]${a3.unprovoked ? ', unprovoked: true' : ''} } }
        response: { atLeast: diplomatic, levels: { diplomatic: 1, materiel: 1, forces: 1 }, within: 1${shortfall(a3)} }
        reliability: ${a3.reliability ?? 1}${judgment(a3)}
      - id: art6
        type: consultation
        article: Art. 6
        summary: an aggression which is not an armed attack → the Organ of Consultation meets
        casus: { threat: { on: party } }
        response: { atLeast: consult }`;
}

// ---------------------------------------------------------------------------------------------
// US–Japan Treaty of Mutual Cooperation and Security, 1960 (facts.md §1e)

export const US_JPN_1960_KEYS = keysOf('us-jpn-1960', ['art5'], ['USA', 'JPN']);

export function usJpn1960(): string {
  return `  - id: us-jpn-1960
    name: Treaty of Mutual Cooperation and Security (United States–Japan)
    parties: [USA, JPN]
    signed: 1960-01-19
    inForce: 1960-06-23
    atop: 3375
    source: facts.md §1e (Art. V text; ATOP 3375 asymm = 1)
    obligations:
      - id: art5
        type: defense
        article: Art. V
        summary: armed attack against either party in the territories under the administration of Japan
        casus: { armedAttack: { on: party, in: [{ administeredBy: JPN }] } }
        response: { atLeast: forces, within: 1 }
        escape: constitutional_processes`;
}

// ---------------------------------------------------------------------------------------------
// Camp David Commitment to Consult, 2023 (facts.md §1f)

export const CAMP_DAVID_KEYS = keysOf('camp-david-2023', ['consult'], ['USA', 'ROK', 'JPN']);

export function campDavid2023(c: { consult?: Knobs; casus?: string } = {}): string {
  return `  - id: camp-david-2023
    name: Commitment to Consult (Japan–ROK–US, Camp David)
    parties: [USA, ROK, JPN]
    signed: 2023-08-18
    inForce: 2023-08-18
    source: facts.md §1f (kr.usembassy.gov/081923-commitment-to-consult)
    note: politically binding only; "not intended to give rise to rights or obligations under international or domestic law"
    obligations:
      - id: consult
        type: consultation
        summary: consult expeditiously on regional challenges, provocations and threats affecting collective interests
        casus: ${c.casus ?? '{ threat: { on: party } }'}
        response: { atLeast: consult }
        reliability: ${c.consult?.reliability ?? 1}${judgment(c.consult ?? {})}`;
}

// ---------------------------------------------------------------------------------------------
// North Atlantic Treaty, 1949, Art. 5 with the Art. 6 area (facts.md §1g)

export const natoKeys = (parties: readonly string[]): string[] => keysOf('nato-1949', ['art5'], parties);

/** "Such action as it deems necessary": any level from consult up, chosen by each ally (pinned by the cases). */
export function nato1949(parties: readonly string[], dated: Membership = {}): string {
  return `  - id: nato-1949
    name: North Atlantic Treaty
    parties: ${partyList(parties, dated)}
    signed: 1949-04-04
    inForce: 1949-08-24
    source: facts.md §1g (Art. 5 text); Art. 6 area as regions
    obligations:
      - id: art5
        type: defense
        article: Art. 5
        summary: armed attack on one or more parties in Europe or North America (Art. 6 area)
        casus: { armedAttack: { on: party, in: [{ region: art6_area }] } }
        response: { atLeast: consult, levels: { consult: 1, diplomatic: 1, materiel: 1, forces: 1 } }`;
}

// ---------------------------------------------------------------------------------------------
// Russia–China Treaty of Good-Neighbourliness and Friendly Cooperation, 2001 (ATOP 4980)

export const RUS_CHN_2001_KEYS = keysOf('rus-chn-2001', ['nonaggression', 'consult'], ['RUS', 'CHN']);

export function rusChn2001(): string {
  return `  - id: rus-chn-2001
    name: Treaty of Good-Neighbourliness and Friendly Cooperation (Russia–China)
    parties: [RUS, CHN]
    signed: 2001-07-16
    inForce: 2001-07-16
    atop: 4980
    source: facts.md §1i and §4 (ATOP 4980 nonagg = 1, consul = 1; entry date as coded by ATOP)
    obligations:
      - id: nonaggression
        type: nonaggression
        summary: neither uses force against the other
        reliability: 1
      - id: consult
        type: consultation
        summary: a threat of aggression against a party → immediate contacts and consultations
        casus: { threat: { on: party } }
        response: { atLeast: consult }`;
}

// ---------------------------------------------------------------------------------------------
// The Security Council with forced votes

export type Vote = 'yes' | 'no' | 'abstain' | 'absent' | 'not_voting';

export interface SeatSpec {
  actor: string;
  permanent?: boolean;
  from?: string;
  to?: string;
}

const VOTE_SHARES: Record<Vote, string> = {
  yes: '{ yes: 1, no: 0 }',
  no: '{ yes: 0, no: 1 }',
  abstain: '{ yes: 0, no: 0, abstain: 1 }',
  absent: '{ absent: 1 }',
  not_voting: '{ notVoting: 1 }',
};

/**
 * A Council section: the seats, the adoption rule, and a policy per member that casts the given
 * vote with probability 1 (a member with no entry in `votes` gets no policy and, by the rule,
 * abstains). `policies` adds raw policy entries (for shielding rules).
 */
export function council(o: { seats: readonly SeatSpec[]; votes: Readonly<Record<string, Vote>>; minYes?: number; policies?: string; anticipation?: string }): string {
  const seats = o.seats.map((s) => {
    const parts = [`actor: ${s.actor}`];
    if (s.permanent) parts.push('permanent: true');
    if (s.from !== undefined) parts.push(`from: ${s.from}`);
    if (s.to !== undefined) parts.push(`to: ${s.to}`);
    return `    - { ${parts.join(', ')} }`;
  });
  const policies = Object.entries(o.votes).map(([member, v]) => `    - { member: ${member}, rules: [{ vote: ${VOTE_SHARES[v]} }] }`);
  return `council:
  rule: { minYes: ${o.minYes ?? 9}, permanentVeto: true }${o.anticipation !== undefined ? `\n  anticipation: ${o.anticipation}` : ''}
  seats:
${seats.join('\n')}
  policies:
${[...policies, ...(o.policies !== undefined ? [o.policies] : [])].join('\n')}`;
}

export const P5: readonly SeatSpec[] = ['CHN', 'FRA', 'RUS', 'GBR', 'USA'].map((actor) => ({ actor, permanent: true }));

/** Elected members with their real two-year terms (1 January to 31 December). */
export const elected = (from: number, ids: readonly string[]): SeatSpec[] =>
  ids.map((actor) => ({ actor, from: `${from}-01-01`, to: `${from + 1}-12-31` }));

/** Every seat's vote `vote`, but for the members named in `except`. */
export const everyone = (seats: readonly SeatSpec[], vote: Vote, except: Readonly<Record<string, Vote>> = {}): Record<string, Vote> =>
  Object.fromEntries(seats.map((s) => [s.actor, except[s.actor] ?? vote]));

/**
 * A one-draft vote of the record: every member's vote forced, the draft tabled at tick 0 on the day
 * of the vote; `names` gives the actors' names (the members and the draft's targets).
 */
export function voteScenario(names: Readonly<Record<string, string>>, o: { id: string; title: string; date: string; seats: readonly SeatSpec[]; votes: Record<string, Vote>; draft: string; targets: readonly string[]; minYes?: number }): string {
  const ids = [...new Set([...o.seats.map((s) => s.actor), ...o.targets])];
  // The draft kinds of format 1.9 need it declared; every other vote reads as 1.8.
  return `version: "${/kind: (authorization|admission)\b/.test(o.draft) ? '1.9' : '1.8'}"
id: ${o.id}
title: ${JSON.stringify(o.title)}
clock: { start: ${o.date}, tick: day, horizon: 1 }
${CALM_LADDER}
${actors(Object.fromEntries(ids.map((id) => [id, names[id]!])))}
${council({ seats: o.seats, votes: o.votes, ...(o.minYes !== undefined ? { minYes: o.minYes } : {}) })}
situations:
  vote:
    title: a draft is put to the Council
    inject:
      - { at: 0, effect: { draft: ${o.draft} } }
outcomes:
  vetoed: { when: { council: { result: vetoed } } }`;
}

/** `{ ID: { name: … } }` lines for the actors section. */
export function actors(names: Readonly<Record<string, string>>, extra: Readonly<Record<string, string>> = {}): string {
  return `actors:\n${Object.entries(names).map(([id, name]) => `  ${id}: { name: "${name}"${extra[id] ? `, ${extra[id]}` : ''} }`).join('\n')}`;
}

// ---------------------------------------------------------------------------------------------
// Southeast Asia Collective Defense Treaty (Manila Pact, SEATO), 1954 (facts.md §1m)

/** Four of its eight parties, the ones the cases need. */
export const SEATO_1954_KEYS = [
  ...keysOf('seato-1954', ['art4-1'], ['GBR', 'THA', 'PAK']),
  'seato-1954/art4-1-us@USA',
  'seato-1954/us-other@USA',
  ...keysOf('seato-1954', ['art4-2'], ['USA', 'GBR', 'THA', 'PAK']),
];

/**
 * Art. IV(1): aggression by means of armed attack in the treaty area (Art. VIII) against any party
 * or any state or territory the parties designate by unanimous agreement — the Protocol designates
 * Cambodia, Laos and the free territory under the jurisdiction of the State of Vietnam, which are
 * not parties: they are written as beneficiaries (RVN, LAO, KHM). "Act to meet the common danger in
 * accordance with its constitutional processes" names no act: every level from diplomatic up, equal
 * weights, pinned by the cases. The United States executed the treaty with the understanding that
 * its Art. IV(1) undertaking applies only to communist aggression, and that in the event of other
 * aggression or armed attack it will consult under Art. IV(2): its IV(1) duty is a clause of its
 * own, `by: { tag: communist }` (an attacker the scenario tags communist on the day of the attack),
 * and a consultation clause `by: { except: { tag: communist } }` for any other attacker. Art. IV(2):
 * a threat other than armed attack → consult. `unprovoked` adds the Art. 51 reading (the Senate
 * report: the pact "is based on article 51").
 */
export function seato1954(c: { art4?: Knobs & { unprovoked?: boolean } } = {}): string {
  const a = c.art4 ?? {};
  const casus = (by: string): string => `{ armedAttack: { on: party, by: ${by}, in: [{ region: treaty_area }]${a.unprovoked ? ', unprovoked: true' : ''} } }`;
  const respond = `{ atLeast: diplomatic, levels: { diplomatic: 1, materiel: 1, forces: 1, war: 1 }, within: 1${shortfall(a)} }`;
  return `  - id: seato-1954
    name: Southeast Asia Collective Defense Treaty (Manila Pact)
    parties: [USA, GBR, THA, PAK]
    signed: 1954-09-08
    inForce: 1955-02-19
    source: facts.md §1m (Art. IV, Art. VIII, the Protocol, the Understanding of the United States; in force 19 Feb 1955)
    obligations:
      - id: art4-1
        type: defense
        article: Art. IV(1) and the Protocol
        summary: aggression by armed attack in the treaty area on a party or a designated state → act to meet the common danger
        obligated: [GBR, THA, PAK]
        beneficiaries: [USA, GBR, THA, PAK, RVN, LAO, KHM]
        casus: ${casus('any')}
        response: ${respond}
        escape: constitutional_processes
        reliability: ${a.reliability ?? 1}${judgment(a)}
      - id: art4-1-us
        type: defense
        article: Art. IV(1), with the Understanding of the United States
        summary: as Art. IV(1), for the United States communist aggression only
        obligated: [USA]
        beneficiaries: [GBR, THA, PAK, RVN, LAO, KHM]
        casus: ${casus('{ tag: communist }')}
        response: ${respond}
        escape: constitutional_processes
        reliability: ${a.reliability ?? 1}${judgment(a)}
      - id: us-other
        type: consultation
        article: Understanding of the United States (Art. IV(2))
        summary: other aggression or armed attack → the United States consults under Art. IV(2)
        obligated: [USA]
        beneficiaries: [GBR, THA, PAK, RVN, LAO, KHM]
        casus: { armedAttack: { on: party, by: { except: { tag: communist } }, in: [{ region: treaty_area }] } }
        response: { atLeast: consult }
      - id: art4-2
        type: consultation
        article: Art. IV(2)
        summary: a party or designated state threatened otherwise than by armed attack → consult immediately on the common defence
        beneficiaries: [USA, GBR, THA, PAK, RVN, LAO, KHM]
        casus: { threat: { on: party } }
        response: { atLeast: consult }`;
}

// ---------------------------------------------------------------------------------------------
// Warsaw Treaty of Friendship, Co-operation and Mutual Assistance, 1955 (facts.md §1n)

/** Five of its eight parties, the ones the cases need. */
export const WARSAW_1955_KEYS = keysOf('warsaw-1955', ['art3', 'art4'], ['SUN', 'POL', 'HUN', 'ROU', 'CZE']);

/**
 * Art. 4: an armed attack in Europe on one or more parties "by any state or group of states" →
 * each party, exercising the Art. 51 right of self-defence, gives immediate assistance "by all the
 * means it may consider necessary, including the use of armed force": the level is the party's
 * (every level from diplomatic up, pinned by the cases), `within: 0` for "immediate". Art. 3:
 * consultation when a threat of armed attack arises.
 */
export function warsaw1955(c: { art4?: Knobs & { unprovoked?: boolean }; parties?: readonly string[]; dated?: Membership } = {}): string {
  const a = c.art4 ?? {};
  return `  - id: warsaw-1955
    name: Treaty of Friendship, Co-operation and Mutual Assistance (Warsaw Pact)
    parties: ${partyList(c.parties ?? ['SUN', 'POL', 'HUN', 'ROU', 'CZE'], c.dated)}
    signed: 1955-05-14
    inForce: 1955-06-05
    lapsed: 1991-07-01
    source: facts.md §1n (Arts. 3–4; in force 5 June 1955; terminated 1 July 1991)
    obligations:
      - id: art3
        type: consultation
        article: Art. 3
        summary: a threat of armed attack on one or more parties → consult immediately on joint defence
        casus: { threat: { on: party } }
        response: { atLeast: consult }
      - id: art4
        type: defense
        article: Art. 4
        summary: armed attack in Europe on one or more parties by any state or group of states → immediate assistance by all means deemed necessary, including armed force
        casus: { armedAttack: { on: party, by: any, in: [{ region: europe }]${a.unprovoked ? ', unprovoked: true' : ''} } }
        response: { atLeast: diplomatic, levels: { diplomatic: 1, materiel: 1, forces: 1, war: 1 }${shortfall(a)} }
        reliability: ${a.reliability ?? 1}${judgment(a)}`;
}

// ---------------------------------------------------------------------------------------------
// Brussels Treaty as modified by the Paris Protocol of 23 Oct 1954 (Western European Union) (facts.md §1o)

/** Four of its parties, the ones the cases need. */
export const BRUSSELS_1954_KEYS = keysOf('brussels-1954', ['art5'], ['GBR', 'FRA', 'FRG', 'BEL']);

/**
 * Art. V: a party the object of an armed attack in Europe → the others, in accordance with UN
 * Charter Art. 51, give it "all the military and other aid and assistance in their power". No
 * choice of means is left, unlike NATO Art. 5: coded as exactly `forces` (defending in place,
 * joining the fight). `unprovoked` is the Art. 51 reading.
 */
export function brussels1954(c: { art5?: Knobs & { unprovoked?: boolean } } = {}): string {
  const a = c.art5 ?? {};
  return `  - id: brussels-1954
    name: Brussels Treaty, as modified by the Paris Protocol (Western European Union)
    parties: [GBR, FRA, FRG, BEL]
    signed: 1954-10-23
    inForce: 1955-05-06
    lapsed: 2011-06-30
    source: facts.md §1o (Art. V; modified 23 Oct 1954, in force 6 May 1955; the end of the duties coded as the WEU's, 30 June 2011 [UNVERIFIED])
    obligations:
      - id: art5
        type: defense
        article: Art. V
        summary: a party the object of an armed attack in Europe → all the military and other aid and assistance in the others' power
        casus: { armedAttack: { on: party, by: any, in: [{ region: europe }]${a.unprovoked ? ', unprovoked: true' : ''} } }
        response: { atLeast: forces${shortfall(a)} }
        reliability: ${a.reliability ?? 1}${judgment(a)}`;
}

// ---------------------------------------------------------------------------------------------
// Collective Security Treaty (Tashkent, 1992; CSTO), as amended by the Protocol of 10 Dec 2010 (facts.md §1p)

/** Four of its six members, the ones the cases need. */
export const CST_1992_KEYS = keysOf('cst-1992', ['art2', 'art4'], ['RUS', 'ARM', 'KAZ', 'BLR']);

/**
 * Art. 4 as amended in 2010: aggression — an armed attack threatening a member's security,
 * stability, territorial integrity and sovereignty — against a member is aggression against all;
 * the others give it the necessary assistance, military included, under UN Charter Art. 51. The
 * amendment extended it from aggression by a state to "other forms of armed attack": `by: any`,
 * non-state attackers included. "Necessary assistance, including military" leaves the level open:
 * every level from diplomatic up, pinned by the cases. Art. 2: a threat to a member's security →
 * joint consultations.
 */
export function cst1992(c: { art4?: Knobs; parties?: readonly string[]; dated?: Membership } = {}): string {
  const a = c.art4 ?? {};
  return `  - id: cst-1992
    name: Collective Security Treaty (CSTO), as amended in 2010
    parties: ${partyList(c.parties ?? ['RUS', 'ARM', 'KAZ', 'BLR'], c.dated)}
    signed: 1992-05-15
    inForce: 1994-04-20
    source: facts.md §1p (Arts. 2 and 4; in force 20 Apr 1994; amended by the Protocol of 10 Dec 2010)
    obligations:
      - id: art2
        type: consultation
        article: Art. 2
        summary: a threat to the security, territorial integrity or sovereignty of a member → joint consultations at once
        casus: { threat: { on: party } }
        response: { atLeast: consult }
      - id: art4
        type: defense
        article: Art. 4
        summary: aggression (an armed attack threatening security, stability, territorial integrity and sovereignty) against a member → the necessary assistance, military included
        casus: { armedAttack: { on: party, by: any, in: [{ administeredBy: attacked }] } }
        response: { atLeast: diplomatic, levels: { diplomatic: 1, materiel: 1, forces: 1, war: 1 }${shortfall(a)} }
        reliability: ${a.reliability ?? 1}${judgment(a)}`;
}

/**
 * The scenario of a one-event case, as every treaty family writes it: the calm ladder, the
 * family's map (`regions`: the section, header included; optional), its actors (`actors(…)` text) and pacts, any further sections
 * (`extra`: relations, a council), the situation `event` with the case's injects, and the outcomes.
 */
export function eventScenario(o: {
  id: string; title: string; clock: string; version?: string; regions?: string; actors: string; pacts: string;
  extra?: string; inject: string; outcomes: string;
}): string {
  return [
    `version: "${o.version ?? '0.1'}"`,
    `id: ${o.id}`,
    `title: ${JSON.stringify(o.title)}`,
    `clock: ${o.clock}`,
    CALM_LADDER,
    ...(o.regions !== undefined ? [o.regions] : []),
    o.actors,
    `pacts:\n${o.pacts}`,
    ...(o.extra ? [o.extra] : []),
    'situations:\n  event:\n    title: the event under test\n    inject:',
    o.inject,
    `outcomes:\n${o.outcomes}`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance, 1950 (facts.md §1s)

export const SINO_SOVIET_1950_KEYS = keysOf('sino-soviet-1950', ['art1'], ['SUN', 'CHN']);

/**
 * Art. 1: a party "attacked by Japan or any state allied with it" and thus involved in a state of
 * war → the other immediately renders military and other assistance with all the means at its
 * disposal. The class is `by: { alliedWith: [JPN] }` (Japan itself included), judged on the day of
 * the attack: a declared alignment ally, or a party with Japan to a pact in force with a defence
 * or offense obligation between them. "Military and other assistance": every level from materiel
 * up, equal weights, pinned by the cases; `within: 0` for "immediately".
 */
export function sinoSoviet1950(c: { art1?: Knobs } = {}): string {
  const a = c.art1 ?? {};
  return `  - id: sino-soviet-1950
    name: Treaty of Friendship, Alliance and Mutual Assistance (USSR–PRC)
    parties: [SUN, CHN]
    signed: 1950-02-14
    inForce: 1950-04-11
    source: facts.md §1s (Art. 1; in force 11 Apr 1950, thirty years)
    obligations:
      - id: art1
        type: defense
        article: Art. 1
        summary: a party attacked by Japan or any state allied with it, and thus in a state of war → military and other assistance with all means
        casus: { armedAttack: { on: party, by: { alliedWith: [JPN] }, stateOfWar: true } }
        response: { atLeast: materiel, levels: { materiel: 1, forces: 1, war: 1 }, within: 0 }
        reliability: ${a.reliability ?? 1}${judgment(a)}`;
}

export const US_JPN_1951_KEYS = keysOf('us-jpn-1951', ['art2'], ['JPN']);

/**
 * Security Treaty between the United States and Japan, 1951 (in force 28 Apr 1952, replaced by the
 * 1960 treaty): Japan grants the United States the right to station forces, which "may be
 * utilized" for the security of Japan — a right, not a duty: no party is bound to defend the
 * other. Art. II: Japan grants no bases or rights to a third power without the prior consent of
 * the United States, coded as a negative duty. With no defence obligation between them, the pact
 * alone does not make the two allies in the format's sense.
 */
export function usJpn1951(): string {
  return `  - id: us-jpn-1951
    name: Security Treaty between the United States and Japan
    parties: [USA, JPN]
    signed: 1951-09-08
    inForce: 1952-04-28
    lapsed: 1960-06-23
    source: facts.md §1s (the 1951 Security Treaty, no US duty to defend Japan; Art. II, bases)
    obligations:
      - id: art2
        type: no_hostile_territory
        article: Art. II
        summary: no bases or military rights for a third power without the prior consent of the United States
        obligated: [JPN]
        beneficiaries: [USA]`;
}

// ---------------------------------------------------------------------------------------------
// Finnish–Soviet Agreement of Friendship, Cooperation and Mutual Assistance, 1948 (facts.md §1t)

export const FIN_SUN_1948_KEYS = ['fin-sun-1948/art1-fin@FIN', 'fin-sun-1948/art1-sun@SUN'];

/**
 * Art. 1: Finland, or the Soviet Union through Finnish territory, the object of an armed attack
 * "by Germany or any State allied with the latter" → Finland fights to repel the attack within its
 * frontiers (its duty toward the Soviet Union: the attack on the USSR through Finland, at forces,
 * in place); the Soviet Union gives Finland "the help required", by mutual agreement (every level
 * from materiel up, pinned by the cases). "Germany" is written as the Federal Republic (FRG): the
 * reading of the cases, see there. The class: `by: { alliedWith: [FRG] }`, judged on the day.
 */
export function finSun1948(): string {
  const by = '{ alliedWith: [FRG] }';
  return `  - id: fin-sun-1948
    name: Agreement of Friendship, Cooperation and Mutual Assistance (Finland–USSR)
    parties: [SUN, FIN]
    signed: 1948-04-06
    inForce: 1948-05-31
    lapsed: 1992-01-20
    source: facts.md §1t (Art. 1; in force 31 May 1948; ended Jan 1992)
    obligations:
      - id: art1-fin
        type: defense
        article: Art. 1
        summary: the Soviet Union attacked through Finnish territory by Germany or a state allied with it → Finland fights to repel the attack within its frontiers
        obligated: [FIN]
        beneficiaries: [SUN]
        casus: { armedAttack: { on: party, by: ${by}, in: [{ region: finland }] } }
        response: { atLeast: forces, within: 0 }
      - id: art1-sun
        type: defense
        article: Art. 1
        summary: Finland attacked by Germany or a state allied with it → the Soviet Union gives the help required, by mutual agreement
        obligated: [SUN]
        beneficiaries: [FIN]
        casus: { armedAttack: { on: party, by: ${by} } }
        response: { atLeast: materiel, levels: { materiel: 1, forces: 1 }, within: 0 }`;
}

export const NATO_FRG_KEYS = keysOf('nato-frg', ['art5'], ['USA', 'FRG']);

/**
 * The North Atlantic Treaty between the United States and the Federal Republic of Germany, which
 * deposited its instrument of accession on 6 May 1955: the FRG is written as a party from that day
 * (`parties` membership dates). Art. 5 as in `nato1949`, without the Art. 6 area (not needed by the
 * cases); only the two parties the cases need.
 */
export function natoFrg(): string {
  return `  - id: nato-frg
    name: North Atlantic Treaty (the United States and the Federal Republic of Germany)
    parties: [USA, { actor: FRG, from: 1955-05-06 }]
    signed: 1949-04-04
    inForce: 1949-08-24
    source: facts.md §1t (FRG accession 6 May 1955); facts.md §1g (Art. 5)
    obligations:
      - id: art5
        type: defense
        article: Art. 5
        summary: armed attack on one or more parties → such action as each deems necessary
        casus: { armedAttack: { on: party } }
        response: { atLeast: consult, levels: { consult: 1, diplomatic: 1, materiel: 1, forces: 1 } }`;
}

// ---------------------------------------------------------------------------------------------
// North Atlantic Treaty, 1949, Arts. 4 and 5 (facts.md §1g; Art. 4 from the treaty text, not in facts.md)

export const natoArt4Keys = (parties: readonly string[]): string[] => keysOf('nato-1949', ['art4', 'art5'], parties);

/**
 * Art. 4 beside Art. 5: "The Parties will consult together whenever, in the opinion of any of them,
 * the territorial integrity, political independence or security of any of the Parties is
 * threatened" — coded as a consultation on an armed attack on a party or a threat to it, with no
 * area (Art. 6 limits only Art. 5). Art. 5 is the clause of `nato1949`, with the knobs of a case
 * (the attacked party's request, UN Charter Art. 51 as the ICJ read it).
 */
export function nato1949WithArt4(parties: readonly string[], c: { art5?: Knobs } = {}): string {
  const a5 = c.art5 ?? {};
  return `  - id: nato-1949
    name: North Atlantic Treaty
    parties: ${partyList(parties)}
    signed: 1949-04-04
    inForce: 1949-08-24
    source: facts.md §1g (Art. 5 text); Art. 4 and the Art. 6 area from the treaty text
    obligations:
      - id: art4
        type: consultation
        article: Art. 4
        summary: consult whenever, in the opinion of any party, the territorial integrity, political independence or security of a party is threatened
        casus: { armedAttack: { on: party }, threat: { on: party } }
        response: { atLeast: consult }
      - id: art5
        type: defense
        article: Art. 5
        summary: armed attack on one or more parties in Europe or North America (Art. 6 area, forces included)
        casus: { armedAttack: { on: party, in: [{ region: art6_area }] } }
        response: { atLeast: consult, levels: { consult: 1, diplomatic: 1, materiel: 1, forces: 1 } }
        reliability: ${a5.reliability ?? 1}${judgment(a5)}`;
}
