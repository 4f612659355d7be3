import type { Scenario } from '../schema/scenario.js';
import type { Effect } from '../schema/effect.js';
import type { ParameterValues } from './params.js';
import type { TickUnit } from './calendar.js';
import type { RunState } from '../run/state.js';

/*
 * The compiled form of a scenario: every id replaced by an index, every date by a day number,
 * every parameter reference by its value, every condition and weight by a function. Built once per
 * parameter set; the run loop reads only this and the run state.
 */

export const RESPONSE_LEVEL_NAMES = ['consult', 'diplomatic', 'materiel', 'forces', 'war'] as const;
export const WAR_NONE = 0;
export const WAR_HOSTILITIES = 1;
export const WAR_DECLARED = 2;

/** A predicate over the run state; `self`, `actor`, `target` bind the roles (-1 when unbound). */
export type Predicate = (s: RunState, self: number, actor: number, target: number) => boolean;
/** A state-dependent number. */
export type Quantity = (s: RunState, self: number, actor: number, target: number) => number;

export interface ActorInfo { readonly id: string; readonly name: string; readonly nuclear: boolean; readonly territory: number }
/** A region: the regions it lies within directly (`parents`, as written) and through them (`ancestors`, sorted). */
export interface RegionInfo {
  readonly id: string;
  readonly parents: readonly number[];
  readonly ancestors: readonly number[];
  /** Its own `administeredBy`, else the first parent's (depth first, in written order); -1 when none. */
  readonly administrator: number;
}
export interface RungInfo {
  readonly id: string; readonly name: string;
  readonly intensity: number; readonly war: boolean; readonly nuclear: boolean;
  /** Chance of stepping down one rung in one tick (0 when the rung has no hazard). */
  readonly deescalation: number;
}

export interface PactInfo {
  /** `parties`: every actor that is a party at some time, in written order. */
  readonly id: string; readonly name: string; readonly parties: readonly number[];
  readonly inForceDay: number; readonly lapsedDay: number;
  /**
   * Each party's spells of membership (as `parties`): [first day, day after the last) pairs, flat
   * and in date order (model/parties.ts `inSpells`); ±2^31 − 1 where a spell has no date of its
   * own inside the pact's life. The pact's life is checked apart.
   */
  readonly partySpells: readonly (readonly number[])[];
  /**
   * Some party joins after entry into force, leaves before the pact ends, or has several spells —
   * or (1.6) the pact has a denunciation clause, so a party may leave on a day a notice sets.
   */
  readonly staggered: boolean;
  /**
   * Its denunciation clause (1.6); undefined when the pact cannot be denounced. The start of each
   * tick looks for notices falling due only in pacts that have one, once a notice has been given.
   */
  readonly denunciation: DenunciationInfo | undefined;
  /**
   * Some party joins after entry into force, leaves before the pact ends, or has several spells:
   * its membership changes on written dates, so the start of every tick looks at it (a pact with
   * only a denunciation clause is `staggered` but not `dated`: its membership changes only once a
   * notice has been given).
   */
  readonly dated: boolean;
}

/** A pact's denunciation clause, with its days worked out (run/denunciation.ts reads it). */
export interface DenunciationInfo {
  readonly noticeMonths: number;
  /** The first day a notice can be given (entry into force + `afterYears` when they bar the notice). */
  readonly fromDay: number;
  /** (1.7) The first day a notice can take effect (entry into force + `afterYears` when they bar the exit); −2^31 + 1 otherwise. */
  readonly exitFromDay: number;
  /** (1.7) A term renewed tacitly: its entry into force (ISO), the first term and each renewal in years. */
  readonly term: { readonly inForce: string; readonly years: number; readonly renewalYears: number } | undefined;
}

/** One obligation borne by one party: the unit that judges, invokes, honours or defects. */
export interface ObligationInfo {
  readonly index: number;
  /** `pact/obligation@ACTOR`, also the name of its random source. */
  readonly key: string;
  /** The cause of the events it records: `obligation:KEY`. */
  readonly cause: string;
  readonly pact: number;
  readonly id: string;
  readonly type: string;
  readonly article: string;
  readonly obligated: number;
  /**
   * The days it binds: its party's spells of membership within the pact's life, [from, until)
   * pairs, flat and in date order; `fromDay` is the first day of the first, `untilDay` the day
   * after the last.
   */
  readonly spells: readonly number[];
  readonly fromDay: number; readonly untilDay: number;
  readonly beneficiaries: readonly number[];
  /** The days each beneficiary is protected (as `beneficiaries`, spells as `spells`): a party's membership; a non-party's, always. */
  readonly beneficiarySpells: readonly (readonly number[])[];
  readonly negative: boolean;
  /**
   * (1.11) A nonaggression or neutrality duty that protects its beneficiary only in a war it did not
   * begin: while the beneficiary wages a war it began, acts against it are not checked.
   */
  readonly unprovoked: boolean;
  /**
   * (1.12) With `unprovoked`, the states a war begun against which lifts the protection: `any` for
   * `unprovoked: true`, else the named actors or class (the war episode's victim, judged on the day).
   */
  readonly unprovokedAgainst: ByRule;
  /**
   * (1.12) A neutrality duty is called into play only by a war with a state this names (`any`:
   * anyone but the obligated party); (1.14) a no_separate_peace duty forbids a truce only with one.
   */
  readonly enemies: ByRule;
  /** (1.12) The response acts against the attacker's supporter (`response.against: supporter`), not the attacker. */
  readonly againstSupporter: boolean;
  /** (1.12) The response acts against the attacker and its supporter, one casus (`response.against: both`). */
  readonly againstBoth: boolean;
  /** (1.17) A response at level `war` declares war as it strikes (`response.declares`, default true). */
  readonly declares: boolean;
  readonly casus: CasusInfo | undefined;
  readonly threat: { readonly on: readonly number[] | 'party'; readonly by: ByRule } | undefined;
  /** Casus on acts that are not armed attacks: named signals and non-military hostile acts. */
  readonly acts: readonly ActCasusInfo[];
  readonly atLeast: number;
  /** Cumulative weights over response levels (index = level), zero below `atLeast`. */
  readonly levelCumulative: Float64Array;
  readonly shortfall: number;
  readonly within: number;
  readonly reliability: number;
  /** (1.15) no_separate_peace: the chance each partner left fighting consents to a separate truce; -1 when the clause has no consent. */
  readonly consent: number;
  /** (1.16) no_separate_peace: a partner at war with the enemy in law only (a declared war, no hostilities) is left behind by a truce too. */
  readonly partnersAtWar: boolean;
  readonly deny: number;
  readonly pretext: number;
  /** The highest response level a pretext may carry (-1: no cap). */
  readonly pretextAtMost: number;
  /** A pretext may be claimed only while this holds ($self obligated, $actor enemy, $target protected party). */
  pretextWhen: Predicate | undefined;
  /** (1.12) The casus is met only while this holds at the act ($self obligated, $actor enemy, $target protected party). */
  casusWhen: Predicate | undefined;
  /**
   * Chance the attacked party asks for help under this clause (`request.chance`), or -1 when the
   * duty needs no request. Read against the beneficiary's one request draw per war episode or act.
   */
  readonly request: number;
  /** The attacked party asks only while this holds ($self obligated, $actor attacker, $target attacked party). */
  requestWhen: Predicate | undefined;
  /** What a co-belligerent does when the war episode it joined under this obligation ends. */
  readonly onCasusEnd: 'withdraw' | 'continue' | 'decide';
  readonly escape: string;
  readonly scope: 'unilateral' | 'any';
  readonly source: number;
}

/** A casus on a recorded act other than an armed attack: a signal or a hostile act of some kinds. */
export interface ActCasusInfo {
  readonly event: 'signal' | 'hostileAct';
  /** Kinds that meet the clause (undefined: any). */
  readonly kinds: readonly string[] | undefined;
  readonly by: ByRule;
  /** `any`: also an act aimed at no one in particular. */
  readonly on: readonly number[] | 'party' | 'any';
}

/**
 * A class of attackers (schema `ByClass`), judged on the day of the act (model/by-class.ts):
 * states allied with the named actors (and those actors, when `including`), anyone but the named
 * actors, or anyone carrying a tag (with `negate`, anyone not carrying it).
 */
export type ByClassInfo =
  | { readonly kind: 'alliedWith'; readonly actors: readonly number[]; readonly including: boolean }
  | { readonly kind: 'except'; readonly actors: readonly number[] }
  | { readonly kind: 'tag'; readonly tag: number; readonly negate: boolean }
  /** (1.12) Not a party that day to pact `pact` (a `non_party` part of an `allOf`). */
  | { readonly kind: 'nonParty'; readonly pact: number }
  /** (1.12) Every part: a list of actors, or a class. */
  | { readonly kind: 'allOf'; readonly parts: readonly (readonly number[] | ByClassInfo)[] };

/** Who must have done an act for a casus: anyone, a non-party, a party, listed actors, or a class. */
export type ByRule = readonly number[] | 'any' | 'non_party' | 'party' | ByClassInfo;

/** A tag an actor carries on the days [fromDay, untilDay). */
export interface TagSpan { readonly tag: number; readonly fromDay: number; readonly untilDay: number }

/** A pact that binds two of its parties by a defence or offense obligation between them. */
export interface AllianceTie { readonly other: number; readonly pact: number }

export interface CasusInfo {
  readonly on: readonly number[] | 'party';
  readonly by: ByRule;
  readonly regions: readonly { readonly region: number; readonly administeredBy: number | 'attacked' | 'any_party' | -1 }[] | undefined;
  readonly minIntensity: number;
  readonly stateOfWar: boolean;
  readonly unprovoked: boolean;
  /** (1.11) The attacked party fights at least this many states `by` names, the attacker included (1: any attack). */
  readonly minEnemies: number;
  /** (1.12) `minEnemies` counts only the states fighting the attacked party in the attack's own war episode. */
  readonly sameWar: boolean;
  /** (1.12) A state `supportedBy` names that threatens the attacked party during the war supports the attacker too. */
  readonly menace: boolean;
  /** (1.12) The attacker must be supported by a state this names, on its side of the attack's war episode; undefined: no such condition. */
  readonly supportedBy: ByRule | undefined;
  /** (1.13) An attack that meets the clause but for the obligation's `casusWhen` waits in its war for it to hold. */
  readonly awaitWhen: boolean;
}

export interface TriggerInfo {
  readonly index: number;
  readonly id: string;
  /** `trigger:ID`, the cause of its effects. */
  readonly cause: string;
  readonly source: number;
  /** Per-tick hazard when it does not depend on the state, else -1 and `ratePerTick` × `scale`. */
  readonly constantP: number;
  readonly ratePerTick: number;
  readonly scale: Quantity | undefined;
  /** ratePerTick × the largest value the scale can take: a draw at or above it cannot fire. */
  readonly maxRate: number;
  readonly stochastic: boolean;
  /** Ticks at which a scheduled trigger fires. */
  readonly scheduled: ReadonlySet<number>;
  readonly becomes: Predicate | undefined;
  readonly when: Predicate | undefined;
  readonly cooldown: number;
  readonly limit: number;
  readonly effects: readonly Effect[];
}

export interface OptionInfo {
  readonly id: string; readonly label: string; readonly weight: Quantity; readonly scope: string; readonly effects: readonly Effect[];
  /** The cause of the decision it records: `decision:ACTOR/POINT:OPTION`. */
  readonly cause: string;
}

export interface DecisionPointInfo {
  readonly index: number;
  readonly key: string;
  readonly actor: number;
  readonly id: string;
  readonly event: string;
  readonly kind: string | undefined;
  readonly by: readonly number[] | undefined;
  readonly on: readonly number[] | undefined;
  readonly minIntensity: number;
  readonly when: Predicate | undefined;
  readonly options: readonly OptionInfo[];
  readonly source: number;
  /** The decision point as the scenario writes it (the compiler generates code from its conditions and weights). */
  readonly spec: Scenario['doctrine'][string][number];
}

export interface VoteRuleInfo {
  readonly kinds: readonly string[] | undefined;
  /** Products the rule applies to (undefined: any). */
  readonly products: readonly string[] | undefined;
  readonly target: 'shielded' | 'other' | 'any';
  readonly when: Predicate | undefined;
  /** Cumulative probabilities of yes, no, abstain, absent (present and not voting is the rest), normalised. */
  readonly yes: number; readonly no: number; readonly abstain: number; readonly absent: number;
}

export interface SeatInfo { readonly actor: number; readonly permanent: boolean; readonly fromDay: number; readonly toDay: number }

export interface CouncilInfo {
  /** Votes in favour a draft needs, before any amendment (see {@link minYesOn}). */
  readonly minYes: number;
  /** (1.11) Amendments of `minYes`, in date order: from `day` on, `minYes`. */
  readonly amended: readonly { readonly day: number; readonly minYes: number }[];
  readonly permanentVeto: boolean;
  /** (1.6) The proviso of Art. 27(3) applies: parties to a dispute abstain under Chapter VI and Art. 52(3). */
  readonly partiesAbstain: boolean;
  readonly seats: readonly SeatInfo[];
  /** Per actor: whether one of its seats is permanent (its "no" can be a veto). */
  readonly permanent: readonly boolean[];
  /** Per actor: the voting policy's rules and shielded partners (undefined: the default policy). */
  readonly policies: readonly ({ readonly shield: readonly number[]; readonly rules: readonly VoteRuleInfo[] } | undefined)[];
  readonly defaultPolicy: { readonly shield: readonly number[]; readonly rules: readonly VoteRuleInfo[] } | undefined;
  /** Random source per actor (-1 for actors that never sit). */
  readonly voteSource: readonly number[];
  readonly withdrawalSource: number;
  /** Sponsors' reading of the Council before a vote (undefined: every draft is put to a vote). */
  readonly anticipation: { readonly vetoExpectedAbove: number; readonly forceVote: number } | undefined;
  /** Draws whether a sponsor expecting a veto still puts its draft to a vote. */
  readonly anticipationSource: number;
  /** Draws whether an adopted ceasefire with `compliance` below 1 is obeyed. */
  readonly complianceSource: number;
  /**
   * (1.9) The General Assembly's debate of every veto cast from `fromDay` on, on the
   * `workingDays`-th working day after it; `runEnd` is the day after the run's last (undefined: no debates).
   */
  readonly vetoDebate: {
    readonly fromDay: number; readonly workingDays: number; readonly runEnd: number;
    /** (1.12) Emergency special sessions: the states whose situation each is on, and the days [fromDay, untilDay) it meets. */
    readonly sessions: readonly { readonly id: string; readonly on: readonly number[]; readonly fromDay: number; readonly untilDay: number }[];
  } | undefined;
}

export interface RegimeInfo {
  readonly index: number;
  readonly id: string;
  readonly authority: 'un' | 'coalition';
  readonly target: number;
  readonly members: readonly number[];
  readonly initialState: string;
  readonly variable: number;
  readonly tightenBy: number;
  readonly erodesBelow: number;
  readonly restoresAbove: number;
  readonly monitored: boolean;
  readonly mandateUntilDay: number;
  readonly renewalMonths: number;
  readonly baselineWith: number;
  readonly baselineWithout: number;
  /** Monitoring outside the Council, by date: no vote starts or ends it. */
  readonly outside: readonly OutsideMonitorInfo[];
}

/** A monitoring mechanism set up by states outside the Council (e.g. the MSMT). */
export interface OutsideMonitorInfo {
  readonly id: string;
  readonly fromDay: number;
  /** Last day it monitors (FAR_FUTURE if it has not ended). */
  readonly toDay: number;
  readonly baseline: number;
}

/**
 * The enforcement baseline of a regime whose Council panel is not monitoring on `day`: the
 * larger of its own baseline without a panel and that of every outside mechanism active that day.
 */
export function baselineWithoutPanel(g: RegimeInfo, day: number): number {
  let b = g.baselineWithout;
  for (const o of g.outside) if (day >= o.fromDay && day <= o.toDay && o.baseline > b) b = o.baseline;
  return b;
}

export interface VariableInfo {
  readonly id: string; readonly min: number; readonly max: number;
  readonly initial: number; readonly baseline: number;
  /** Fraction of the gap to the baseline kept after one tick. */
  readonly keep: number;
}

export interface OutcomeInfo {
  readonly id: string;
  readonly title: string;
  readonly when: Predicate;
  /** Event kinds after which the outcome is re-checked (see `conditionDependencies`); `*`: all. */
  readonly dependsOn: ReadonlySet<string>;
}

/** A counter of recorded events matching a pattern, for `happened` and `council` conditions. */
export interface CounterInfo {
  readonly event: string;
  readonly detail: string | undefined;
  readonly actor: number;
  readonly target: number;
  readonly minIntensity: number;
  readonly nuclear: boolean | undefined;
}

/**
 * (1.10) A number each run reports (the scenario's `metrics`): a `count`, the sum of its counters
 * at the end of the run; or `ticks`, the ticks at whose end `holds` held (RunState.metricTicks[slot]).
 */
export interface MetricInfo {
  readonly id: string;
  readonly title: string;
  readonly kind: 'count' | 'ticks';
  readonly counters: readonly number[];
  /** `ticks`: the index in RunState.metricTicks (and in Model.tickMetrics); -1 for a count. */
  readonly slot: number;
  readonly holds: Predicate | undefined;
}

/** A situation inject: due in `tick`, dated `day` (which may fall inside the tick). */
export interface InjectInfo { readonly tick: number; readonly day: number; readonly effects: readonly Effect[]; readonly index: number }

export interface SituationInfo {
  readonly id: string;
  readonly title: string;
  readonly injects: readonly InjectInfo[];
  readonly relations: Scenario['relations'];
  readonly variables: Readonly<Record<string, number>>;
}

/** A named group of actors (the scenario's `theatres`), for reports. */
export interface TheatreInfo { readonly id: string; readonly title: string; readonly actors: readonly number[] }

export interface Model {
  readonly scenario: Scenario;
  readonly parameters: ParameterValues;
  readonly clock: { readonly start: string; readonly unit: TickUnit; readonly horizon: number; readonly days: Int32Array };
  readonly actors: readonly ActorInfo[];
  readonly actorIndex: ReadonlyMap<string, number>;
  readonly regions: readonly RegionInfo[];
  readonly regionIndex: ReadonlyMap<string, number>;
  readonly theatres: readonly TheatreInfo[];
  readonly rungs: readonly RungInfo[];
  readonly rungIndex: ReadonlyMap<string, number>;
  readonly crisisRung: number;
  /**
   * (1.7) A belligerent's ally with no side, struck by the other side, is a new victim of a war of
   * its own rather than drawn into its ally's (`episodes.allyStruck: new_war`).
   */
  readonly allyStruckNewWar: boolean;
  /** (1.15) `episodes.aidEnds: withdraw`: aid given by a state's own decision ends with the war it joined. */
  readonly aidWithdraws: boolean;
  readonly warRung: number;
  readonly nuclearRung: number;
  /** The rung an obligated party's relation with the enemy rises to per response level (-1: none). */
  readonly responseRung: Int8Array;
  /** `pairOf[a * nActors + b]`: index of the unordered pair {a, b} (-1 when a = b). */
  readonly pairOf: Int32Array;
  readonly pairA: Int32Array;
  readonly pairB: Int32Array;
  readonly alignment: Int8Array;
  /** Tag ids (actors[].tags), in the order first declared. */
  readonly tags: readonly string[];
  /** Per actor, the tags it carries and when. */
  readonly actorTags: readonly (readonly TagSpan[])[];
  /** Per actor, the pacts that make it an ally of another party (a defence or offense obligation between them), in declared order. */
  readonly alliances: readonly (readonly AllianceTie[])[];
  readonly initialRung: Int8Array;
  readonly initialWar: Int8Array;
  readonly initialInitiator: Int16Array;
  readonly variables: readonly VariableInfo[];
  readonly variableIndex: ReadonlyMap<string, number>;
  readonly pacts: readonly PactInfo[];
  readonly pactIndex: ReadonlyMap<string, number>;
  readonly obligations: readonly ObligationInfo[];
  /** Positive obligations with an armed-attack casus, by beneficiary. */
  readonly casusByBeneficiary: readonly (readonly number[])[];
  /** Obligations with a threat casus, by beneficiary. */
  readonly threatByBeneficiary: readonly (readonly number[])[];
  /** Obligations with a casus on signals or hostile acts, by the event kind they judge. */
  readonly actsByKind: ReadonlyMap<string, readonly number[]>;
  /** Negative duties, by obligated actor. */
  readonly dutiesByActor: readonly (readonly number[])[];
  /** (1.11) Some party bears a `no_separate_peace` duty: truces are checked against them. */
  readonly separatePeace: boolean;
  /** (1.12) Some casus counts a threat during the war as support (`armedAttack.menace`): runs record who threatened whom, when. */
  readonly menaceSupport: boolean;
  /** Duties to cooperate at the UN (which shield a partner in Council votes), by obligated actor. */
  readonly unCooperationByActor: readonly (readonly number[])[];
  readonly triggers: readonly TriggerInfo[];
  readonly decisionPoints: readonly DecisionPointInfo[];
  /** Decision points listening to each event kind. */
  readonly listeners: ReadonlyMap<string, readonly number[]>;
  readonly council: CouncilInfo | undefined;
  readonly regimes: readonly RegimeInfo[];
  readonly regimeIndex: ReadonlyMap<string, number>;
  readonly outcomes: readonly OutcomeInfo[];
  readonly counters: readonly CounterInfo[];
  /** Counter indices by the event kind they count. */
  readonly countersByKind: ReadonlyMap<string, readonly number[]>;
  /** (1.10) The numbers each run reports, in declared order. */
  readonly metrics: readonly MetricInfo[];
  /** The `ticks` metrics, by slot: read at the end of every tick. */
  readonly tickMetrics: readonly MetricInfo[];
  /** Outcome indices to re-check after an event of each kind (`tick` for drift and the calendar). */
  readonly outcomesByKind: ReadonlyMap<string, readonly number[]>;
  readonly situations: ReadonlyMap<string, SituationInfo>;
  /** Names of the random sources, index = source index. */
  readonly sources: readonly string[];
  /** Source hash seeds of the per-relation de-escalation draws (keyed by tick, see run/hazards). */
  readonly deescalationSource: number;
  /**
   * Per actor, its request stream (`request:ACTOR`: whether it asks its allies for help when
   * attacked), or -1 when no clause protecting it needs a request.
   */
  readonly requestSource: Int32Array;
}

/** The votes in favour a draft needs on `day`: the rule's `minYes` as last amended by then (1.11). */
export function minYesOn(c: CouncilInfo, day: number): number {
  let n = c.minYes;
  for (const a of c.amended) if (a.day <= day) n = a.minYes;
  return n;
}

/**
 * The duties checked at the act they forbid (`run/duties.ts`): no casus calls them into play. Not
 * `un_cooperation`, which shapes a member's votes, and whose casus, if written, is judged. Here, not
 * in the schema, so the batch worker's model needs no zod.
 */
export const CHECKED_AT_ACT: ReadonlySet<string> = new Set(['neutrality', 'nonaggression', 'no_hostile_alliance', 'no_hostile_territory', 'no_sanctions', 'no_separate_peace']);
