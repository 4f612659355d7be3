import { z } from 'zod';
import { choice, Id, Intensity, IsoDate, num, Probability, Rate } from './primitives.js';
import { ActorRef, RegionRef } from './refs.js';
import { Condition, COUNCIL_PRODUCT, DRAFT_KIND, EVENT_KIND, REGIME_STATE, RESPONSE_LEVEL, RESPONSE_LEVELS } from './condition.js';
import { Effects } from './effect.js';
import { Weight } from './weight.js';
import { Parameter } from './parameter.js';
import { ActorTag, BY_CLASS_FORMS } from './by-class.js';
import { Party } from './membership.js';
import { Metric } from './metric.js';

/**
 * The scenario format's version. 1.x versions only ever add optional fields, so every 1.x loader
 * reads every older 1.x file; a change that would make an existing file invalid or mean something
 * else is a new major version (see docs/scenario-format.md, "Versioning").
 */
export const FORMAT_VERSION = '1.17';

const idMap = <T extends z.ZodType>(value: T) => z.record(Id, value);

export const Clock = z.strictObject({
  start: IsoDate.describe('the date of tick 0'),
  tick: choice(['day', 'week', 'month'] as const, {
    day: 'one tick is a day',
    week: 'one tick is a week',
    month: 'one tick is a calendar month',
  }).describe('the length of one step'),
  // The minimum is checked by a named rule (E_HORIZON); the JSON Schema states it for editors.
  horizon: z.number().int().meta({ minimum: 1 }).describe('the number of ticks in a run; at least 1'),
}).describe('the calendar of a run: start date, step length and number of steps');

export const Region = z.strictObject({
  name: z.string().optional().describe('display name'),
  within: z.union([Id, z.array(Id).min(1)]).optional()
    .describe('the enclosing region, or every region it lies within (treaty areas overlap); the first that yields an administrator gives it'),
  administeredBy: Id.optional().describe('the actor that administers the region'),
  claimedBy: z.array(Id).optional().describe('actors that claim the region'),
}).describe('a place attacks can happen in, for pacts that name regions');

export const Actor = z.strictObject({
  name: z.string().describe('display name'),
  nuclear: z.boolean().default(false).describe('the actor has nuclear weapons'),
  territory: Id.optional().describe('home region; default: an implicit region with the actor\'s id'),
  attributes: z.record(Id, z.number()).optional().describe('named numbers about the actor, for conditions and weights'),
  tags: z.array(ActorTag).optional().describe('classes the actor belongs to, for a casus `by: { tag }`: a tag, or { tag, from, to } for one carried between two dates'),
}).describe('a state or other actor');

export const ALIGNMENTS = ['ally', 'partner', 'neutral', 'rival', 'adversary'] as const;
export const WAR_STATUSES = ['none', 'hostilities', 'declared'] as const;

export const Relation = z.strictObject({
  between: z.tuple([Id, Id]).describe('the two actors (order does not matter)'),
  alignment: choice(ALIGNMENTS, {
    ally: 'bound by a defence commitment or close alignment',
    partner: 'cooperating without a defence commitment',
    neutral: 'neither aligned nor hostile',
    rival: 'competing, with disputes',
    adversary: 'hostile',
  }).default('neutral').describe('how the two actors stand toward each other'),
  rung: Id.optional().describe('the rung on the escalation ladder at the start; default: the lowest rung'),
  war: choice(WAR_STATUSES, { none: 'no war', hostilities: 'active hostilities, undeclared', declared: 'a declared war' })
    .default('none').describe('the war status at the start'),
  initiator: Id.optional().describe('who began the war under way, for wars at the start'),
  since: IsoDate.optional().describe('since when the relation has stood so'),
  note: z.string().optional().describe('a free-text note'),
}).describe('the start state of the relation between two actors');

export const Rung = z.strictObject({
  id: Id.describe('the rung\'s id, unique on the ladder'),
  name: z.string().optional().describe('display name'),
  intensity: Intensity.optional().describe('an armed attack of at least this MID hostility level lifts a relation to this rung'),
  war: z.boolean().optional().describe('active hostilities: a relation at or above this rung is in a state of war'),
  nuclear: z.boolean().optional().describe('the rung a nuclear attack lifts a relation to'),
  deescalation: Rate.optional().describe('hazard of stepping down one rung'),
}).describe('one step of the escalation ladder');

export const Ladder = z.strictObject({
  rungs: z.array(Rung).describe('the rungs, lowest first'),
  crisis: Id.optional().describe('every rung above this one needs a de-escalation hazard; default: the third rung'),
  responses: z.strictObject({
    diplomatic: Id.optional().describe('the rung for a diplomatic response'),
    materiel: Id.optional().describe('the rung for a materiel response'),
    forces: Id.optional().describe('the rung for committing forces'),
    war: Id.optional().describe('the rung for entering the war'),
  }).optional().describe('the rung an obligated party\'s relation with the attacker rises to when it honours at each level'),
});

export const Variable = z.strictObject({
  name: z.string().optional().describe('display name'),
  min: z.number().default(0).describe('lowest value (values are clamped)'),
  max: z.number().default(1).describe('highest value (values are clamped)'),
  initial: num().describe('the value at tick 0'),
  baseline: num().optional().describe('value it reverts toward; default: initial'),
  reversion: Rate.optional().describe('fraction of the gap to the baseline closed per unit of time'),
}).describe('a number in [min, max] that effects change and conditions and weights read');

export const EventPattern = z.strictObject({
  event: EVENT_KIND.describe('the kind of event'),
  kind: Id.optional().describe('signal kind, draft kind, or obligation fate'),
  by: z.union([ActorRef, z.array(ActorRef)]).optional().describe('the actor (or any of the actors) who did it'),
  on: z.union([ActorRef, z.array(ActorRef)]).optional().describe('the actor (or any of the actors) it was done to'),
  minIntensity: Intensity.optional().describe('armed attacks: at least this MID hostility level'),
}).describe('the events a decision point reacts to');

export const Option = z.strictObject({
  id: Id.describe('the option\'s id, unique within the decision point'),
  label: z.string().optional().describe('display label'),
  weight: Weight.describe('relative weight of choosing this option'),
  scope: choice(['in_place', 'attacker_territory', 'none'] as const, {
    in_place: 'defend where attacked',
    attacker_territory: 'strike the attacker\'s territory: the response is itself an armed attack',
    none: 'not a use of force',
  }).default('none').describe('where a use of force takes place, for the law of self-defence'),
  effect: Effects.optional().describe('what choosing it does'),
}).describe('one choice at a decision point');

export const DecisionPoint = z.strictObject({
  id: Id.describe('the decision point\'s id, unique within the actor\'s doctrine'),
  on: EventPattern.describe('the events that call for a decision'),
  when: Condition.optional().describe('the decision is taken only while this holds'),
  options: z.array(Option).min(1).describe('the choices, drawn by weight'),
}).describe('a decision an actor takes when an event happens');

/** What an ally that joined a war under an obligation does when the episode it answered ends. */
export const CASUS_END_POLICIES = ['withdraw', 'continue', 'decide'] as const;

export const OBLIGATION_TYPES = [
  'defense', 'offense', 'consultation', 'neutrality', 'nonaggression',
  'no_hostile_alliance', 'no_hostile_territory', 'no_sanctions', 'un_cooperation', 'no_separate_peace',
] as const;

export const RegionClause = z.strictObject({
  region: Id.optional().describe('the attack happens in this region or one within it'),
  administeredBy: z.union([choice(['attacked', 'any_party'] as const, {
    attacked: 'administered by the attacked party',
    any_party: 'administered by any party to the pact',
  }), Id]).optional()
    .describe('the place is administered by the attacked party, by any party, or by a named actor'),
}).describe('a place an attack must happen in');

/** Who an act must be done by, in a clause: anyone, a non-party, a party, named actors, or a class of states. */
const ByClause = z.union([choice(['any', 'non_party', 'party'] as const, {
  any: 'anyone',
  non_party: 'an actor not party to the pact',
  party: 'a party to the pact (offense pacts)',
}), z.array(Id), ...BY_CLASS_FORMS]);
/** Whom an act must be done to: any other party, named parties, or (signals) anyone or no one in particular. */
const OnClause = z.union([z.literal('party'), z.array(Id)]);

export const Casus = z.strictObject({
  armedAttack: z.strictObject({
    on: OnClause.default('party').describe('who must be attacked: any other party, or named parties'),
    by: ByClause.default('any').describe('who must attack: anyone, a non-party, a party (offense pacts), named actors, or a class judged on the day ({ alliedWith }, { except }, { tag }, (1.12) { allOf })'),
    in: z.array(RegionClause).optional().describe('where: any of these clauses; omitted = anywhere'),
    minIntensity: Intensity.default(4).describe('the attack must reach this MID hostility level (use_of_force 4, war 5)'),
    stateOfWar: z.boolean().default(false).describe('the attack must leave the party in active hostilities'),
    unprovoked: z.boolean().default(false)
      .describe('the attacked party must be on the defending side of the war episode the attack belongs to (UN Charter Art. 51)'),
    // No default: a scenario that does not write it resolves as before (its SHA-256 unchanged).
    minEnemies: z.number().int().min(1).max(100).optional()
      .describe('(1.11) the attacked party must be fighting at least this many states that `by` names, the attacker included ("attacked and engaged in a war with two or more Great Powers", Triple Alliance 1882 Art. III); default 1'),
    // No default, as for `minEnemies`.
    sameWar: z.boolean().optional()
      .describe('(1.12) with minEnemies: count only the states fighting the attacked party in the war the attack belongs to ("should any other Power or Powers join in hostilities against that ally", the Anglo-Japanese Alliance, 1902, Art. III), not its other wars'),
    menace: z.boolean().optional()
      .describe('(1.12) with supportedBy: a state it names that threatens the attacked party during the attack\'s war supports the attacker too — "by military measures which constitute a menace to the Party attacked" (the Dual Alliance, 1879, Art. II)'),
    supportedBy: z.union([z.literal('non_party'), z.array(Id).min(1), ...BY_CLASS_FORMS]).optional()
      .describe('(1.12) the attacker must be supported by a state this names (judged on the day): one standing on its side of the war the attack belongs to — fighting there, or arming it under a treaty — other than the attacker, the attacked party and the obligated party ("attacked … by Italy supported by Germany", the Franco-Russian Military Convention, 1892, Art. 1); support that comes later in the same war completes the casus then'),
  }).optional().describe('an armed attack that calls the duty into play'),
  threat: z.strictObject({
    on: OnClause.default('party').describe('who must be threatened: any other party, or named parties'),
    by: z.union([choice(['any', 'non_party'] as const, { any: 'anyone', non_party: 'an actor not party to the pact' }), z.array(Id), ...BY_CLASS_FORMS]).default('any')
      .describe('who must threaten: anyone, a non-party, named actors, or a class judged on the day ({ alliedWith }, { except }, { tag }, (1.12) { allOf })'),
  }).optional().describe('a threat of armed aggression (consultation clauses)'),
  signal: z.strictObject({
    kinds: z.array(Id).min(1).describe('signal kinds that meet the clause: nuclear_test, missile_overflight, icbm_launch…'),
    by: ByClause.default('any').describe('who must send it: anyone, a non-party, a party, named actors, or a class judged on the day'),
    on: z.union([choice(['party', 'any'] as const, { party: 'a signal aimed at a protected party', any: 'any signal, also one aimed at no one (a test, a launch)' }), z.array(Id)]).default('any')
      .describe('party: a signal aimed at a protected party; any (default): also a signal aimed at no one (a test, a launch)'),
  }).optional().describe('a named provocation that is not an armed attack (consultation on "provocations and threats")'),
  hostileAct: z.strictObject({
    kinds: z.array(Id).min(1).optional().describe('hostile-act kinds that meet the clause; omitted = any kind'),
    by: ByClause.default('any').describe('who must do it: anyone, a non-party, a party, named actors, or a class judged on the day'),
    on: OnClause.default('party').describe('whom it must be done to: any other party, or named parties'),
  }).optional().describe('a hostile act that is not military: a cyber operation, an interdiction at sea…'),
  when: Condition.optional()
    .describe('(1.12) the casus is met only while this also holds at the act ($self the obligated party, $actor the enemy, $target the protected party): a condition on an organ\'s decision, the state of a war, a variable ("in the circumstances specified in Article 15, paragraph 7, of the Covenant", the Franco-Soviet Treaty, 1935, Art. 2); (1.13) a `council` or `happened` count in it may name the roles ({ council: { target: $actor } }: the decision on the attacker)'),
  awaitWhen: z.boolean().optional()
    .describe('(1.13) with when and armedAttack: an armed attack that meets the clause but for `when` waits in its war, and is judged the day `when` comes to hold, while the war lasts and the duty binds — for an organ that decides after the attack (the League Council failing to agree its report on the dispute, the Franco-Soviet Treaty, 1935, Art. 2); default false: `when` is read at the attack only'),
}).describe('what calls the duty into play');

export const Obligation = z.strictObject({
  id: Id.optional().describe('default: the type, suffixed when repeated'),
  type: choice(OBLIGATION_TYPES, {
    defense: 'come to the aid of a party attacked by another',
    offense: 'join a party\'s attack',
    consultation: 'consult when a party is attacked or threatened',
    neutrality: 'while a party is at war with a third state, neither fight it, align against it, lend territory against it nor arm its enemy',
    nonaggression: 'not attack a party',
    no_hostile_alliance: 'not join an alliance against a party',
    no_hostile_territory: 'not let territory be used against a party',
    no_sanctions: 'not sanction a party',
    un_cooperation: 'vote with a party in the Security Council',
    no_separate_peace: '(1.11) make no ceasefire or peace with an enemy a party is still fighting, except together with it',
  }).describe('what the duty is'),
  article: z.string().optional().describe('the treaty article, e.g. "Art. 5"'),
  summary: z.string().optional().describe('the clause in a sentence'),
  obligated: z.array(Id).optional().describe('who bears the duty; default: every party (each only while it is a party)'),
  beneficiaries: z.array(Id).optional()
    .describe('whom it protects; default: the other parties. A party is protected only while it is a party; a named non-party for the pact\'s whole life'),
  casus: Casus.optional().describe('what calls the duty into play (positive duties)'),
  response: z.strictObject({
    atLeast: RESPONSE_LEVEL.describe('the least response that honours the duty'),
    // partialRecord: a record keyed by an enum would require every level to be listed.
    levels: z.partialRecord(RESPONSE_LEVEL, num(0)).optional().describe('relative weights of the levels at or above atLeast when honoured'),
    shortfall: choice(['none', ...RESPONSE_LEVELS] as const, {
      none: 'nothing', consult: 'consultations only', diplomatic: 'diplomatic support', materiel: 'arms and supplies', forces: 'armed forces', war: 'war',
    }).default('none').describe('what a defecting party still does'),
    within: z.number().int().min(0).default(0).describe('ticks between invocation and response'),
    against: choice(['attacker', 'supporter', 'both'] as const, {
      attacker: 'the attacker',
      supporter: 'the state supporting the attacker (a casus with supportedBy)',
      both: 'the attacker and its supporter, one casus (a casus with supportedBy)',
    }).optional().describe('(1.12) whom the response acts against: the attacker (default) or, for a casus with `supportedBy`, the supporter ("Russia shall employ all her available forces to attack Germany", Franco-Russian Military Convention, 1892, Art. 1), or both as one casus ("the conduct of the war … in common", the Dual Alliance, 1879, Art. II)'),
    declares: z.boolean().optional()
      .describe('(1.17) whether a response at level `war` declares war as it strikes (default true). Write false for a state that fights without declaring war: none of the states answering the wars since 1945 declared one (the United States last did in 1942)'),
    onCasusEnd: choice(CASUS_END_POLICIES, {
      withdraw: 'withdraw: a ceasefire with the enemy',
      continue: 'continue: its own war from then on',
      decide: 'decide: an episode event casus_ended for doctrine to answer',
    }).default('withdraw')
      .describe('when the war episode it answered ends: withdraw (ceasefire with the enemy), continue (its own war from then on), or decide (an `episode` event `casus_ended` for doctrine)'),
  }).optional().describe('what honouring the duty means'),
  reliability: Probability().default(1).describe('chance an invoked duty is honoured, or a negative duty respected'),
  judgment: z.strictObject({
    deny: Probability().default(0).describe('chance a met casus is denied'),
    pretext: Probability().default(0).describe('chance an unmet casus is claimed'),
    pretextAtMost: RESPONSE_LEVEL.optional().describe('the highest response level a pretext may carry'),
    pretextWhen: Condition.optional()
      .describe('a pretext may only be claimed while this holds ($self the obligated party, $actor the enemy, $target the protected party)'),
  }).optional().describe('how the obligated party judges whether the casus was met'),
  request: z.strictObject({
    chance: Probability().default(1).describe('chance the attacked party asks for help, once per war episode (or act) for all its allies'),
    when: Condition.optional()
      .describe('the attacked party asks only while this holds ($self the obligated party, $actor the attacker, $target the attacked party)'),
  }).optional().describe('the duty is invoked only at the request of the attacked party (Rio Treaty Art. 3(2); UN Charter Art. 51 as read in Nicaragua v. United States, 1986)'),
  escape: choice(['none', 'constitutional_processes', 'national_law'] as const, {
    none: 'no escape clause',
    constitutional_processes: 'acts "in accordance with constitutional processes"',
    national_law: 'acts "in accordance with national law"',
  }).default('none')
    .describe('escape clause; acts through the response delay and reliability'),
  scope: choice(['unilateral', 'any'] as const, { unilateral: 'only sanctions outside the UN', any: 'UN measures too' })
    .optional().describe('no_sanctions: whether UN measures are covered too'),
  // No default: a scenario that does not write it resolves as before (its SHA-256 unchanged).
  unprovoked: z.union([z.boolean(), z.array(Id).min(1), ...BY_CLASS_FORMS]).optional()
    .describe('(1.11) nonaggression, neutrality: the duty protects the beneficiary only in a war it did not begin — while it wages a war it began (stands on the side that began an open war episode), acts against it by a party not on its side are not checked (Locarno 1925 Art. 2, legitimate defence and action against an aggressor; the 1926 Berlin Treaty Art. 2, neutrality toward a partner attacked "despite its peaceful attitude"). (1.12) Named actors or a class instead of true: only a war begun against one of them (the war episode\'s victim, judged on the day) lifts the protection (the Reinsurance Treaty, 1887, Art. I: "a war against Austria or France … resulting from an attack directed against one of these")'),
  // No default, as for `unprovoked`.
  enemies: z.union([z.literal('non_party'), z.array(Id).min(1), ...BY_CLASS_FORMS]).optional()
    .describe('(1.12) neutrality: only a war with one of these calls the duty into play — a non-party, named actors, or a class judged on the day ("at war with a third Great Power", the Reinsurance Treaty, 1887, Art. I: { tag: great_power }); default: any state other than the obligated party'),
  // No default, as for `unprovoked`.
  consent: Probability().optional()
    .describe('(1.15) no_separate_peace: a separate truce is allowed with the consent of the partners left fighting ("except by mutual consent", the Anglo-Soviet Treaty, 1942, Art. II; "in full agreement", the Pact of Steel, 1939, Art. V): the chance each of them agrees, asked before the duty is kept or broken; when all agree the truce breaches nothing'),
  // No default, as for `unprovoked`.
  partners: choice(['fighting', 'at_war'] as const, {
    fighting: 'a partner still fighting the enemy (an open war episode above the crisis rung, or the war rung): the default',
    at_war: 'also a partner at war with the enemy in law only (a declared war without hostilities): "not to conclude except by mutual consent any armistice" binds whatever the fighting (the Anglo-Soviet Treaty, 1942, Art. II; the United Kingdom, at war with Finland since 1941 without hostilities, signed the Moscow Armistice of 1944)',
  }).optional()
    .describe('(1.16) no_separate_peace: which partners a truce with the enemy would leave behind — those still fighting it (default), or also those at war with it in law only'),
}).describe('one duty of a pact');

export const Pact = z.strictObject({
  id: Id.describe('the pact\'s id, unique among pacts'),
  name: z.string().describe('the treaty\'s name'),
  parties: z.array(Party).min(1)
    .describe('the actors bound by it: an actor id (a party for the pact\'s whole life), { actor, from, to } for a party that joined or left on its own dates, or { actor, spells } for one that left and rejoined; (1.8) one party alone for a unilateral undertaking (a guarantee), whose duties name their beneficiaries'),
  signed: IsoDate.optional().describe('date of signature'),
  inForce: IsoDate.describe('date of entry into force'),
  lapsed: IsoDate.optional().describe('date it ended, if it did'),
  source: z.string().optional().describe('a source id or a citation'),
  atop: z.number().int().optional().describe('ATOP alliance id'),
  note: z.string().optional().describe('a free-text note'),
  obligations: z.array(Obligation).min(1).describe('its duties'),
  denunciation: z.strictObject({
    // Bounded so that no notice can run past the calendar's last day (year 9999) and wrap.
    noticeMonths: z.number().int().min(0).max(1200).describe('months from a party\'s notice of denunciation to the day it ceases to be a party (NATO Art. 13, SEATO Art. X, US–Japan Art. X: 12; Rio Treaty Art. 25: 24)'),
    afterYears: z.number().int().min(0).max(1000).default(0).describe('a minimum period: the pact has been in force this many years before a notice may be given (`afterYearsBars: notice`; US–Japan Art. X: 10; NATO Art. 13 read as a bar on the notice: 20) or before a party may leave (`afterYearsBars: exit`; modified Brussels Treaty Art. XII: 50)'),
    afterYearsBars: choice(['notice', 'exit'] as const, {
      notice: 'a notice given before afterYears have passed has no effect',
      exit: 'a notice may be given at any time; it takes effect on the later of (notice + noticeMonths) and (entry into force + afterYears)',
    }).default('notice').describe('(1.7) what afterYears bars: the notice itself, or only the exit'),
    // Whole years, bounded like afterYears so that no end of a term runs past year 9999 for a pact in force in an ordinary era.
    term: z.strictObject({
      years: z.number().int().min(1).max(1000).describe('the initial term in years from entry into force (USSR–DPRK 1961: 10; Warsaw Treaty Art. 11: 20; Soviet–Japanese Neutrality Pact Art. 3: 5)'),
      renewalYears: z.number().int().min(1).max(1000).describe('each tacit renewal in years (USSR–DPRK 1961: 5; Warsaw Treaty Art. 11: 10; Soviet–Japanese Neutrality Pact Art. 3: 5)'),
    }).optional().describe('(1.7) a fixed term renewed tacitly unless denounced: a notice takes effect at the end of the first term (the initial one or a renewal) that ends at least noticeMonths after it; a notice too late for the current term counts for the next. Without a notice the pact runs on, term after term'),
    implied: z.boolean().default(false).describe('the text has no denunciation clause and the author holds a right of denunciation intended or implied (Vienna Convention Art. 56(1)); then notice is at least 12 months (Art. 56(2))'),
    article: z.string().optional().describe('the article that provides for it, e.g. "Art. 13"'),
  }).optional().describe('(1.6) how a party leaves by notice during a run (a `denounce` effect): notice, then membership ends after noticeMonths (or, 1.7, at the end of a term); a bilateral pact ends for both. Without it a pact cannot be denounced'),
}).describe('a treaty and its obligations');

/**
 * The judgments of the war-episode rules a scenario may choose (format 1.7; docs/semantics.md, "War
 * episodes"). Optional at the top level, with no default there, so a variant that says nothing
 * keeps its base's choice.
 */
export const Episodes = z.strictObject({
  allyStruck: choice(['ally_side', 'new_war'] as const, {
    ally_side: 'the war widens to it: it stands on its ally\'s side (rule 4, the broad reading)',
    new_war: 'a new armed attack on it, begun by the striker (a strict reading of Art. 51)',
  }).default('ally_side')
    .describe('a belligerent\'s ally that has taken no side in the war, struck by the other side: the war widens to it on its ally\'s side, or the strike is a new armed attack on it'),
  // Optional with no default, so a file that does not write it resolves as before.
  aidEnds: choice(['continue', 'withdraw'] as const, {
    continue: 'the aider fights on, its own war from then on, begun by itself (the default)',
    withdraw: 'the aider withdraws: a ceasefire with the foe it fought in the ended war',
  }).optional()
    .describe('(1.15) when the war a state joined by its own decision (inAidOf, or striking an ally\'s enemy) ends and its fight has not: it fights on as its own war (continue, the default), or withdraws as a treaty ally does by default (withdraw) — unless an ally fights the same foe in an open war, whose aid it then goes on giving'),
}).describe('judgments of the war-episode rules');

/** Relative weights of a member's votes; absence, like abstention, is never a veto (Art. 27(3) as practised). */
const VoteDist = z.strictObject({
  yes: num(0).default(0).describe('relative weight of voting yes'),
  no: num(0).default(0).describe('relative weight of voting no (a veto for a permanent member)'),
  abstain: num(0).default(0).describe('relative weight of abstaining'),
  absent: num(0).default(0).describe('relative weight of being absent (never a veto)'),
  // Optional rather than defaulted: a file that does not write it parses (and hashes) as before 1.8.
  notVoting: num(0).optional().describe('(1.8) relative weight of being present and not voting (res. 83, 1950: Egypt and India); counted apart from absence, never a veto'),
}).describe('relative weights of the member\'s votes');

export const VoteRule = z.strictObject({
  kind: z.union([DRAFT_KIND, z.array(DRAFT_KIND)]).optional().describe('the drafts the rule applies to; default: any kind'),
  target: choice(['shielded', 'other', 'any'] as const, {
    shielded: 'drafts targeting an actor this member shields',
    other: 'drafts targeting anyone else',
    any: 'any draft',
  }).default('any').describe('whose drafts the rule applies to'),
  product: z.union([COUNCIL_PRODUCT, z.array(COUNCIL_PRODUCT)]).optional()
    .describe('the products the rule applies to (resolution, presidential_statement, press_statement); default: any. On a statement a "no" is an objection that blocks consensus; yes, abstain and absent do not'),
  when: Condition.optional().describe('the rule applies only while this holds'),
  vote: VoteDist.describe('how the member votes'),
}).describe('how a member votes on some drafts; the first rule that applies decides');

export const Seat = z.strictObject({
  actor: Id.describe('the member'),
  permanent: z.boolean().default(false).describe('a permanent member, with a veto'),
  from: IsoDate.optional().describe('first day of the term'),
  to: IsoDate.optional().describe('last day of the term (elected members leave on 31 December)'),
}).describe('a seat on the Council');

export const Council = z.strictObject({
  rule: z.strictObject({
    minYes: z.number().int().min(1).default(9).describe('votes in favour a draft needs'),
    permanentVeto: z.boolean().default(true).describe('a negative vote of a permanent member defeats the draft; abstention and absence do not'),
    partiesAbstain: z.boolean().optional()
      .describe('(1.6) the proviso of Art. 27(3): in decisions under Chapter VI and Art. 52(3), a member that is a party to the dispute abstains (default true: the Charter as written). false reads the Council\'s practice, which has rarely applied it since the 1960s; only drafts that declare `under` and `dispute` are concerned either way'),
    amended: z.array(z.strictObject({
      from: IsoDate.describe('the first day the amended number applies'),
      minYes: z.number().int().min(1).describe('votes in favour a draft needs from that day'),
    })).min(1).optional()
      .describe('(1.11) amendments of the number of votes in favour, in date order: from each `from` on, its `minYes` replaces the one before (the Charter\'s Art. 27 as amended in 1965: seven of eleven, then nine of fifteen)'),
  }).default({ minYes: 9, permanentVeto: true }).describe('the voting rule'),
  anticipation: z.strictObject({
    vetoExpectedAbove: Probability().describe('a sponsor expects a veto when the chance of one — enough votes in favour and a permanent member against, read from the members\' voting policies at the time — exceeds this'),
    forceVote: Probability().describe('chance a sponsor still puts a resolution it expects to be vetoed to a vote (a draft effect\'s own forceVote overrides it); otherwise the draft is shelved'),
  }).optional().describe('sponsors read the Council before a vote and do not put a draft to a vote when they expect a veto (shelved: no vote, so no veto on record). Without it every draft is put to a vote'),
  vetoDebate: z.strictObject({
    from: IsoDate.optional().describe('the first day a veto calls a debate (default 2022-04-26, the day res. 76/262 was adopted); a veto cast earlier calls none'),
    workingDays: z.number().int().min(1).max(10).default(10)
      .describe('the working day after the veto (Monday to Friday; UN holidays are not counted apart) on which the Assembly meets: the mandate says within 10'),
    emergencySessions: z.array(z.strictObject({
      id: Id.describe('the session, e.g. ES-11'),
      on: z.array(Id).min(1).describe('the situation it is on, by the states a draft targets: a veto of a draft on one of them is on the same situation'),
      from: IsoDate.describe('the first day the Assembly meets in the session (a meeting, or the first of the days it stands ready to resume)'),
      to: IsoDate.optional().describe('the last such day; default: to the end of the run'),
    })).optional().describe('(1.12) emergency special sessions of the Assembly: the proviso of res. 76/262, op. 1 — a veto is debated in its own meeting "provided that the General Assembly does not meet in an Emergency Special Session on the same situation"; when a session on the draft\'s target meets between the veto and the day the debate would be held, the veto is taken up there (an `assembly` event `emergency_session:KIND` on the first such day) and no separate debate is held'),
  }).optional().describe('(1.9) the General Assembly\'s standing mandate to debate every veto (res. 76/262 of 26 April 2022): a formal meeting on the situation within ten working days of a permanent member\'s veto, recorded as an `assembly` event `veto_debate:KIND`. It binds no one and changes nothing beyond the record. Without it no debate is recorded'),
  seats: z.array(Seat).min(1).describe('the members'),
  policies: z.array(z.strictObject({
    member: z.union([Id, z.literal('default')]).describe('the member, or default for members without a policy of their own'),
    shield: z.array(Id).default([]).describe('partners this member shields'),
    rules: z.array(VoteRule).min(1).describe('its voting rules, first match wins'),
  }).describe('how a member votes')).describe('voting policies'),
}).describe('the UN Security Council');

export const Sanctions = z.strictObject({
  id: Id.describe('the regime\'s id, unique among sanctions regimes'),
  name: z.string().optional().describe('display name'),
  authority: choice(['un', 'coalition'] as const, { un: 'imposed by the Security Council', coalition: 'imposed by a coalition of states' })
    .describe('who imposes it'),
  target: Id.describe('the sanctioned actor'),
  members: z.array(Id).optional().describe('coalition members'),
  state: REGIME_STATE.default('in_force').describe('the state at the start'),
  enforcement: Id.describe('the variable that holds enforcement in [0, 1]'),
  tightenBy: num(0, 1).default(0.1).describe('enforcement added when the Council adopts a sanctions draft on the target'),
  erodesBelow: num(0, 1).default(0.5).describe('the regime erodes when enforcement falls below this'),
  restoresAbove: num(0, 1).default(0.7).describe('an eroding regime is restored when enforcement rises above this'),
  monitoring: z.strictObject({
    mandateUntil: IsoDate.optional().describe('the panel\'s mandate ends after this date unless renewed'),
    renewalMonths: z.number().int().min(1).default(12).describe('months a renewal extends the mandate by'),
    baselineWith: num(0, 1).optional().describe('enforcement baseline while monitored'),
    baselineWithout: num(0, 1).optional().describe('enforcement baseline once monitoring has lapsed'),
    outside: z.array(z.strictObject({
      id: Id.describe('the mechanism\'s id, unique within the regime'),
      name: z.string().optional().describe('display name'),
      source: z.string().optional().describe('a source id or a citation'),
      from: IsoDate.describe('the day it began monitoring'),
      until: IsoDate.optional().describe('the last day it monitors, if it ended'),
      baseline: num(0, 1).describe('enforcement baseline while it monitors and the Council\'s panel does not (the larger of this and baselineWithout applies)'),
    }).describe('a monitoring mechanism set up by states outside the Council: no Council vote starts, renews or ends it'))
      .default([]).describe('monitoring mechanisms outside the Council (e.g. the Multilateral Sanctions Monitoring Team, from October 2024)'),
  }).optional().describe('a monitoring panel whose mandate the Council renews, and any monitoring outside the Council'),
  evaders: z.array(Id).default([]).describe('actors that help the target evade'),
}).describe('a sanctions regime');

export const Trigger = z.strictObject({
  id: Id.describe('the trigger\'s id, unique among triggers'),
  title: z.string().optional().describe('display title'),
  source: z.string().optional().describe('a source id or a citation for the rate'),
  rate: Rate.optional().describe('fires at random at this rate (a hazard)'),
  scale: Weight.optional().describe('multiplies the rate; read from the state each tick'),
  at: z.array(z.union([IsoDate, z.number().int().min(0)])).optional().describe('scheduled dates or ticks'),
  every: z.union([
    z.strictObject({
      month: z.number().int().min(1).max(12).describe('the month, 1–12'),
      day: z.number().int().min(1).max(31).default(1).describe('the day of the month (default 1)'),
    }).describe('yearly on this month and day'),
    z.literal('tick').describe('(1.16) at every tick: a rule that applies each tick while `when` holds (a war clock, a drain while a war lasts), not a chance'),
  ]).optional()
    .describe('yearly on a month and day, or (1.16) `tick`: at every tick'),
  becomes: Condition.optional().describe('fires when this condition turns from false to true'),
  when: Condition.optional().describe('eligibility: the trigger only fires while this holds'),
  cooldown: z.number().int().min(0).default(0).describe('ticks after firing before it can fire again'),
  limit: z.number().int().min(1).optional().describe('fires at most this many times, then is spent'),
  effect: Effects.describe('what firing does'),
}).describe('something that happens: at a rate, on dates, yearly, at every tick, or when a condition becomes true');

export const Inject = z.strictObject({
  at: z.union([IsoDate, z.number().int().min(0)]).describe('a date or a tick'),
  effect: Effects.describe('what happens'),
  note: z.string().optional().describe('a free-text note'),
}).describe('an event scheduled by a situation');

export const Situation = z.strictObject({
  title: z.string().describe('display title'),
  description: z.string().optional().describe('what the situation sets up'),
  relations: z.array(Relation).optional().describe('start-state overrides'),
  variables: z.record(Id, z.number()).optional().describe('start values of variables, by id'),
  inject: z.array(Inject).default([]).describe('scheduled events'),
}).describe('a named starting situation a run can be asked to start from (--situation)');

export const Outcome = z.strictObject({
  title: z.string().optional().describe('display title'),
  description: z.string().optional().describe('what it means'),
  when: Condition.describe('the outcome happens the first time this holds'),
}).describe('something to watch for: its probability and first date are reported');

/** A theatre groups actors for reports: escalation per pair is shown by theatre. */
export const Theatre = z.strictObject({
  title: z.string().describe('the theatre\'s name in summaries and reports'),
  actors: z.array(Id).min(2).describe('the actors whose pairs belong to this theatre (the first theatre listing both of a pair)'),
}).describe('a named group of actors, for reports');

export const Source = z.strictObject({
  id: Id.describe('the source\'s id, unique among sources'),
  title: z.string().describe('the work'),
  url: z.string().optional().describe('where to find it'),
  note: z.string().optional().describe('page, table, caveat'),
}).describe('a work the figures come from');

/** `ITEM/PART` in a variant's `remove`: one decision point, obligation or field of a base's item. */
const PartRef = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]*\/[A-Za-z][A-Za-z0-9_.-]*$/, { message: 'expected ITEM/PART: two ids joined by /' })
  .meta({ description: 'ITEM/PART: an actor and a decision point, a pact and an obligation or field, a trigger and a field' });

export const Scenario = z.strictObject({
  version: z.string().describe(`format version, currently "${FORMAT_VERSION}"`),
  extends: z.string().optional().describe('a variant: the bundled id or relative path of the scenario this file changes; resolved by the loader'),
  remove: z.record(Id, z.array(z.union([Id, PartRef, z.tuple([Id, Id])]))).optional()
    .describe('in a variant: ids (or relation pairs) to delete from the base, by section; in doctrine, pacts and triggers, ITEM/PART deletes one decision point, obligation or field of an item'),
  id: Id.describe('the scenario\'s id; a bundled scenario\'s id is its file name'),
  title: z.string().describe('one line shown in lists and reports'),
  description: z.string().optional().describe('a paragraph on what the scenario models'),
  sources: z.array(Source).default([]).describe('works the figures come from, cited by id'),
  clock: Clock,
  parameters: idMap(Parameter).default({}).describe('named uncertain inputs, by id; fields name them where a number is expected'),
  ladder: Ladder.optional().describe('the escalation ladder; default: peace, tension, crisis, clash, war, nuclear'),
  regions: idMap(Region).default({}).describe('places, by id'),
  actors: idMap(Actor).describe('the actors, by id'),
  relations: z.array(Relation).default([]).describe('start states of relations between actors (others start neutral at the lowest rung)'),
  variables: idMap(Variable).default({}).describe('numbers in the state of a run, by id'),
  doctrine: z.record(Id, z.array(DecisionPoint)).default({}).describe('per actor id, the decisions it takes when events happen'),
  pacts: z.array(Pact).default([]).describe('treaties and their obligations'),
  council: Council.optional(),
  sanctions: z.array(Sanctions).default([]).describe('sanctions regimes'),
  triggers: z.array(Trigger).default([]).describe('what makes things happen'),
  situations: idMap(Situation).default({}).describe('named starting situations, by id'),
  outcomes: idMap(Outcome).describe('the outcomes to watch, by id'),
  // Optional with no default: a scenario without metrics keeps its resolved form, and so its SHA-256.
  metrics: idMap(Metric).optional().describe('(1.10) numbers each run reports (counts of events, ticks a condition holds), by id'),
  theatres: idMap(Theatre).default({}).describe('named groups of actors; reports show escalation per pair by theatre'),
  episodes: Episodes.optional().describe('(1.7) how war episodes judge who began a war where the law leaves a choice'),
}).describe('a Casus scenario');

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
export type Theatre = z.infer<typeof Theatre>;

export { ActorRef, RegionRef, Condition, Effects, Weight };
