import { z } from 'zod';
import { Id, Intensity, IsoDate, num, Probability, Rate, TimeUnit } from './primitives.js';
import { ActorRef, RegionRef } from './refs.js';
import { Condition, DRAFT_KINDS, EVENT_KINDS, REGIME_STATES, RESPONSE_LEVELS } from './condition.js';
import { Effects } from './effect.js';
import { Weight } from './weight.js';
import { Parameter } from './parameter.js';

/**
 * The scenario format's version. 1.x versions only ever add optional fields, so every 1.x loader
 * reads every older 1.x file; a change that would make an existing file invalid or mean something
 * else is a new major version (see docs/scenario-format.md, "Versioning").
 */
export const FORMAT_VERSION = '1.1';

const idMap = <T extends z.ZodType>(value: T) => z.record(Id, value);

export const Clock = z.strictObject({
  start: IsoDate,
  tick: TimeUnit.exclude(['year']),
  horizon: z.number().int().describe('number of ticks; must be at least 1'),
});

export const Region = z.strictObject({
  name: z.string().optional(),
  within: Id.optional().describe('the enclosing region'),
  administeredBy: Id.optional(),
  claimedBy: z.array(Id).optional(),
});

export const Actor = z.strictObject({
  name: z.string(),
  nuclear: z.boolean().default(false),
  territory: Id.optional().describe('home region; default: an implicit region with the actor\'s id'),
  attributes: z.record(Id, z.number()).optional(),
});

export const ALIGNMENTS = ['ally', 'partner', 'neutral', 'rival', 'adversary'] as const;
export const WAR_STATUSES = ['none', 'hostilities', 'declared'] as const;

export const Relation = z.strictObject({
  between: z.tuple([Id, Id]),
  alignment: z.enum(ALIGNMENTS).default('neutral'),
  rung: Id.optional().describe('default: the lowest rung'),
  war: z.enum(WAR_STATUSES).default('none'),
  initiator: Id.optional().describe('who began the war under way, for wars at the start'),
  since: IsoDate.optional(),
  note: z.string().optional(),
});

export const Rung = z.strictObject({
  id: Id,
  name: z.string().optional(),
  intensity: Intensity.optional().describe('an armed attack of at least this MID hostility level lifts a relation to this rung'),
  war: z.boolean().optional().describe('active hostilities: a relation at or above this rung is in a state of war'),
  nuclear: z.boolean().optional().describe('the rung a nuclear attack lifts a relation to'),
  deescalation: Rate.optional().describe('hazard of stepping down one rung'),
});

export const Ladder = z.strictObject({
  rungs: z.array(Rung),
  crisis: Id.optional().describe('every rung above this one needs a de-escalation hazard; default: the third rung'),
  responses: z.strictObject({
    diplomatic: Id.optional(), materiel: Id.optional(), forces: Id.optional(), war: Id.optional(),
  }).optional().describe('the rung an obligated party\'s relation with the attacker rises to when it honours at each level'),
});

export const Variable = z.strictObject({
  name: z.string().optional(),
  min: z.number().default(0),
  max: z.number().default(1),
  initial: num(),
  baseline: num().optional().describe('value it reverts toward; default: initial'),
  reversion: Rate.optional().describe('fraction of the gap to the baseline closed per unit of time'),
});

export const EventPattern = z.strictObject({
  event: z.enum(EVENT_KINDS),
  kind: Id.optional(),
  by: z.union([ActorRef, z.array(ActorRef)]).optional(),
  on: z.union([ActorRef, z.array(ActorRef)]).optional(),
  minIntensity: Intensity.optional(),
});

export const Option = z.strictObject({
  id: Id,
  label: z.string().optional(),
  weight: Weight,
  scope: z.enum(['in_place', 'attacker_territory', 'none']).default('none')
    .describe('in_place: defend where attacked; attacker_territory: the response is itself an armed attack'),
  effect: Effects.optional(),
});

export const DecisionPoint = z.strictObject({
  id: Id,
  on: EventPattern,
  when: Condition.optional(),
  options: z.array(Option).min(1),
});

/** What an ally that joined a war under an obligation does when the episode it answered ends. */
export const CASUS_END_POLICIES = ['withdraw', 'continue', 'decide'] as const;

export const OBLIGATION_TYPES = [
  'defense', 'offense', 'consultation', 'neutrality', 'nonaggression',
  'no_hostile_alliance', 'no_hostile_territory', 'no_sanctions', 'un_cooperation',
] as const;

export const RegionClause = z.strictObject({
  region: Id.optional().describe('the attack happens in this region or one within it'),
  administeredBy: z.union([z.enum(['attacked', 'any_party']), Id]).optional()
    .describe('the place is administered by the attacked party, by any party, or by a named actor'),
});

/** Who an act must be done by, in a clause: anyone, a non-party, a party, or named actors. */
const ByClause = z.union([z.enum(['any', 'non_party', 'party']), z.array(Id)]);
/** Whom an act must be done to: any other party, named parties, or (signals) anyone or no one in particular. */
const OnClause = z.union([z.literal('party'), z.array(Id)]);

export const Casus = z.strictObject({
  armedAttack: z.strictObject({
    on: OnClause.default('party').describe('who must be attacked: any other party, or named parties'),
    by: ByClause.default('any').describe('who must attack: anyone, a non-party, a party (offense pacts), or named actors'),
    in: z.array(RegionClause).optional().describe('where: any of these clauses; omitted = anywhere'),
    minIntensity: Intensity.default(4),
    stateOfWar: z.boolean().default(false).describe('the attack must leave the party in active hostilities'),
    unprovoked: z.boolean().default(false)
      .describe('the attacked party must be on the defending side of the war episode the attack belongs to (UN Charter Art. 51)'),
  }).optional(),
  threat: z.strictObject({
    on: OnClause.default('party'),
    by: z.union([z.enum(['any', 'non_party']), z.array(Id)]).default('any'),
  }).optional().describe('a threat of armed aggression (consultation clauses)'),
  signal: z.strictObject({
    kinds: z.array(Id).min(1).describe('signal kinds that meet the clause: nuclear_test, missile_overflight, icbm_launch…'),
    by: ByClause.default('any'),
    on: z.union([z.enum(['party', 'any']), z.array(Id)]).default('any')
      .describe('party: a signal aimed at a protected party; any (default): also a signal aimed at no one (a test, a launch)'),
  }).optional().describe('a named provocation that is not an armed attack (consultation on "provocations and threats")'),
  hostileAct: z.strictObject({
    kinds: z.array(Id).min(1).optional().describe('hostile-act kinds that meet the clause; omitted = any kind'),
    by: ByClause.default('any'),
    on: OnClause.default('party'),
  }).optional().describe('a hostile act that is not military: a cyber operation, an interdiction at sea…'),
});

export const Obligation = z.strictObject({
  id: Id.optional().describe('default: the type, suffixed when repeated'),
  type: z.enum(OBLIGATION_TYPES),
  article: z.string().optional(),
  summary: z.string().optional(),
  obligated: z.array(Id).optional().describe('who bears the duty; default: every party'),
  beneficiaries: z.array(Id).optional().describe('whom it protects; default: the other parties'),
  casus: Casus.optional(),
  response: z.strictObject({
    atLeast: z.enum(RESPONSE_LEVELS),
    // partialRecord: a record keyed by an enum would require every level to be listed.
    levels: z.partialRecord(z.enum(RESPONSE_LEVELS), num(0)).optional().describe('relative weights of the levels at or above atLeast when honoured'),
    shortfall: z.enum(['none', ...RESPONSE_LEVELS]).default('none').describe('what a defecting party still does'),
    within: z.number().int().min(0).default(0).describe('ticks between invocation and response'),
    onCasusEnd: z.enum(CASUS_END_POLICIES).default('withdraw')
      .describe('when the war episode it answered ends: withdraw (ceasefire with the enemy), continue (its own war from then on), or decide (an `episode` event `casus_ended` for doctrine)'),
  }).optional(),
  reliability: Probability().default(1).describe('chance an invoked duty is honoured, or a negative duty respected'),
  judgment: z.strictObject({
    deny: Probability().default(0).describe('chance a met casus is denied'),
    pretext: Probability().default(0).describe('chance an unmet casus is claimed'),
    pretextAtMost: z.enum(RESPONSE_LEVELS).optional().describe('the highest response level a pretext may carry'),
    pretextWhen: Condition.optional()
      .describe('a pretext may only be claimed while this holds ($self the obligated party, $actor the enemy, $target the protected party)'),
  }).optional(),
  escape: z.enum(['none', 'constitutional_processes', 'national_law']).default('none')
    .describe('escape clause; acts through the response delay and reliability'),
  scope: z.enum(['unilateral', 'any']).optional().describe('no_sanctions: whether UN measures are covered too'),
});

export const Pact = z.strictObject({
  id: Id,
  name: z.string(),
  parties: z.array(Id).min(2),
  signed: IsoDate.optional(),
  inForce: IsoDate,
  lapsed: IsoDate.optional(),
  source: z.string().optional(),
  atop: z.number().int().optional().describe('ATOP alliance id'),
  note: z.string().optional(),
  obligations: z.array(Obligation).min(1),
});

/** Relative weights of a member's votes; absence, like abstention, is never a veto (Art. 27(3) as practised). */
const VoteDist = z.strictObject({ yes: num(0).default(0), no: num(0).default(0), abstain: num(0).default(0), absent: num(0).default(0) });

export const VoteRule = z.strictObject({
  kind: z.union([z.enum(DRAFT_KINDS), z.array(z.enum(DRAFT_KINDS))]).optional(),
  target: z.enum(['shielded', 'other', 'any']).default('any'),
  when: Condition.optional(),
  vote: VoteDist,
});

export const Seat = z.strictObject({
  actor: Id,
  permanent: z.boolean().default(false),
  from: IsoDate.optional(),
  to: IsoDate.optional().describe('last day of the term (elected members leave on 31 December)'),
});

export const Council = z.strictObject({
  rule: z.strictObject({
    minYes: z.number().int().min(1).default(9),
    permanentVeto: z.boolean().default(true).describe('a negative vote of a permanent member defeats the draft; abstention and absence do not'),
  }).default({ minYes: 9, permanentVeto: true }),
  seats: z.array(Seat).min(1),
  policies: z.array(z.strictObject({
    member: z.union([Id, z.literal('default')]),
    shield: z.array(Id).default([]).describe('partners this member shields'),
    rules: z.array(VoteRule).min(1),
  })),
});

export const Sanctions = z.strictObject({
  id: Id,
  name: z.string().optional(),
  authority: z.enum(['un', 'coalition']),
  target: Id,
  members: z.array(Id).optional().describe('coalition members'),
  state: z.enum(REGIME_STATES).default('in_force'),
  enforcement: Id.describe('the variable that holds enforcement in [0, 1]'),
  tightenBy: num(0, 1).default(0.1).describe('enforcement added when the Council adopts a sanctions draft on the target'),
  erodesBelow: num(0, 1).default(0.5),
  restoresAbove: num(0, 1).default(0.7),
  monitoring: z.strictObject({
    mandateUntil: IsoDate.optional().describe('the panel\'s mandate ends after this date unless renewed'),
    renewalMonths: z.number().int().min(1).default(12),
    baselineWith: num(0, 1).optional().describe('enforcement baseline while monitored'),
    baselineWithout: num(0, 1).optional().describe('enforcement baseline once monitoring has lapsed'),
  }).optional(),
  evaders: z.array(Id).default([]),
});

export const Trigger = z.strictObject({
  id: Id,
  title: z.string().optional(),
  source: z.string().optional(),
  rate: Rate.optional(),
  scale: Weight.optional().describe('multiplies the rate; read from the state each tick'),
  at: z.array(z.union([IsoDate, z.number().int().min(0)])).optional().describe('scheduled dates or ticks'),
  every: z.strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31).default(1) }).optional()
    .describe('yearly on this month and day'),
  becomes: Condition.optional().describe('fires when this condition turns from false to true'),
  when: Condition.optional().describe('eligibility: the trigger only fires while this holds'),
  cooldown: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).optional().describe('fires at most this many times, then is spent'),
  effect: Effects,
});

export const Inject = z.strictObject({
  at: z.union([IsoDate, z.number().int().min(0)]),
  effect: Effects,
  note: z.string().optional(),
});

export const Situation = z.strictObject({
  title: z.string(),
  description: z.string().optional(),
  relations: z.array(Relation).optional().describe('start-state overrides'),
  variables: z.record(Id, z.number()).optional(),
  inject: z.array(Inject).default([]),
});

export const Outcome = z.strictObject({
  title: z.string().optional(),
  description: z.string().optional(),
  when: Condition,
});

export const Source = z.strictObject({ id: Id, title: z.string(), url: z.string().optional(), note: z.string().optional() });

export const Scenario = z.strictObject({
  version: z.string().describe(`format version, currently "${FORMAT_VERSION}"`),
  extends: z.string().optional().describe('a variant: the bundled id or relative path of the scenario this file changes; resolved by the loader'),
  remove: z.record(Id, z.array(z.union([Id, z.tuple([Id, Id])]))).optional()
    .describe('in a variant: ids (or relation pairs) to delete from the base, by section'),
  id: Id,
  title: z.string(),
  description: z.string().optional(),
  sources: z.array(Source).default([]),
  clock: Clock,
  parameters: idMap(Parameter).default({}),
  ladder: Ladder.optional().describe('default: peace, tension, crisis, clash, war, nuclear'),
  regions: idMap(Region).default({}),
  actors: idMap(Actor),
  relations: z.array(Relation).default([]),
  variables: idMap(Variable).default({}),
  doctrine: z.record(Id, z.array(DecisionPoint)).default({}),
  pacts: z.array(Pact).default([]),
  council: Council.optional(),
  sanctions: z.array(Sanctions).default([]),
  triggers: z.array(Trigger).default([]),
  situations: idMap(Situation).default({}),
  outcomes: idMap(Outcome),
});

export type ScenarioInput = z.input<typeof Scenario>;
export type Scenario = z.infer<typeof Scenario>;
export type Pact = z.infer<typeof Pact>;
export type Obligation = z.infer<typeof Obligation>;
export type Trigger = z.infer<typeof Trigger>;
export type DecisionPoint = z.infer<typeof DecisionPoint>;
export type Council = z.infer<typeof Council>;
export type Sanctions = z.infer<typeof Sanctions>;
export type Ladder = z.infer<typeof Ladder>;
export type Relation = z.infer<typeof Relation>;
export type Situation = z.infer<typeof Situation>;
export type EventPattern = z.infer<typeof EventPattern>;

export { ActorRef, RegionRef, Condition, Effects, Weight };
