import { z } from 'zod';
import { choice, Id, Intensity, IsoDate, num, oneOf, type Num } from './primitives.js';
import { ActorPair, ActorRef } from './refs.js';
import { COUNCIL_PRODUCTS, DRAFT_KINDS, DRAFT_RESULTS, EVENT_KINDS, OBLIGATION_STATES, REGIME_STATES, RESPONSE_LEVELS, STATEMENT_PRODUCTS } from './vocabulary.js';

export { COUNCIL_PRODUCTS, DRAFT_KINDS, DRAFT_RESULTS, EVENT_KINDS, OBLIGATION_STATES, REGIME_STATES, RESPONSE_LEVELS, STATEMENT_PRODUCTS };

/** Meanings of the enum values, shown by editors (see `choice`). */
export const OBLIGATION_STATE = choice(OBLIGATION_STATES, {
  not_in_force: 'the casus arose while the pact was not in force, or its party not (yet, or any longer) a party',
  dormant: 'not yet called on',
  judged: 'a casus was met (or claimed) and is being judged',
  invoked: 'the casus was accepted: the duty is due',
  denied: 'the obligated party denied that the casus was met',
  unrequested: 'the casus was met but the attacked party did not ask for help (a clause with `request`)',
  honoured: 'the obligated party responded as the pact requires',
  defected: 'the obligated party failed to respond',
  moot: 'the war it answered ended, or the party it would act for left the pact, before the response was carried out',
  lapsed: 'the pact was no longer in force, or its party had left it',
});
export const RESPONSE_LEVEL = choice(RESPONSE_LEVELS, {
  consult: 'consultations only',
  diplomatic: 'diplomatic support (statements, votes)',
  materiel: 'arms, munitions and supplies',
  forces: 'armed forces committed to the defence',
  war: 'entering the war against the attacker',
});
export const REGIME_STATE = choice(REGIME_STATES, {
  proposed: 'tabled but not yet in force',
  in_force: 'imposed and enforced',
  eroding: 'in force but enforcement has fallen below the erosion threshold',
  lifted: 'ended',
});
export const DRAFT_RESULT = choice(DRAFT_RESULTS, {
  adopted: 'enough votes in favour and no veto',
  vetoed: 'defeated by a permanent member\'s negative vote',
  failed: 'too few votes in favour',
  withdrawn: 'withdrawn by its sponsor before the vote',
  shelved: 'not put to a vote: the sponsor expected a permanent member\'s veto (no vote, so no veto on record)',
  presidential_statement: 'a presidential statement (S/PRST) was adopted by consensus of all members',
  press_statement: 'a press statement was agreed by consensus of all members',
  blocked: 'a draft statement was blocked: at least one member objected, so there was no consensus',
  no_product: 'a Council episode ended with nothing issued: every draft was withdrawn, shelved or blocked',
});
export const COUNCIL_PRODUCT = choice(COUNCIL_PRODUCTS, {
  resolution: 'a draft resolution, put to a vote under the adoption rule (Charter Art. 27(3))',
  presidential_statement: 'a presidential statement, read at a formal meeting; adopted only by consensus (any member can block it, no veto needed)',
  press_statement: 'a press statement issued by the president; also by consensus, and weaker than a presidential statement',
});
export const STATEMENT_PRODUCT = choice(STATEMENT_PRODUCTS, {
  presidential_statement: 'a presidential statement (consensus)',
  press_statement: 'a press statement (consensus)',
});
export const DRAFT_KIND = choice(DRAFT_KINDS, {
  sanctions: 'a sanctions resolution on the target',
  panel_renewal: 'renewal of a sanctions monitoring panel\'s mandate',
  condemnation: 'a resolution condemning the target',
  ceasefire: 'a resolution demanding a ceasefire between two actors',
  relief: 'relief of sanctions on the target',
  agenda: 'a procedural decision on the target\'s situation (putting it on the agenda, holding a meeting on it): adopted by minYes votes of any members, no veto (Charter Art. 27(2))',
  authorization: '(1.9) a resolution authorising the use of force against the target ("all necessary measures", res. 678 of 1990) or recommending that members help repel its attack (res. 83 of 1950); recorded only',
  admission: '(1.9) a recommendation that the target be admitted to the United Nations (Charter Art. 4(2)): a substantive decision, subject to the veto (the Republic of Korea\'s application, vetoed 1949); recorded only',
});
export const EVENT_KIND = choice(EVENT_KINDS, {
  armedAttack: 'an armed attack by one actor on another',
  threat: 'a threat of armed aggression',
  escalation: 'a relation rose on the ladder',
  deescalation: 'a relation stepped down the ladder',
  ceasefire: 'hostilities between two actors ended in a ceasefire',
  peace: 'two actors made peace',
  signal: 'a named signal (a missile test, talks, a protest)',
  variable: 'a variable changed',
  draft: 'a draft resolution was tabled in the Council',
  draftResult: 'the Council acted on a draft: voted, agreed or blocked a statement, or the draft was withdrawn or shelved; or an episode ended with no product',
  sanctions: 'a sanctions regime changed state or membership',
  monitoring: 'a monitoring panel\'s mandate was renewed or lapsed',
  obligation: 'a pact obligation changed state (judged, invoked, honoured, …)',
  duty: 'a negative duty (non-aggression, neutrality, …) was respected or breached',
  alliance: 'an actor joined an alliance against another',
  basing: 'an actor let another use its territory against a third',
  decision: 'an actor took a decision at a doctrine decision point',
  hostileAct: 'a hostile act that is not an armed attack (cyber operation, interdiction, blockade)',
  episode: 'a step of a war episode (it began, widened, ended, or the casus an ally answered ended)',
  pact: 'a party gave notice of denunciation (kind notice), its notice took effect (withdrawn; terminated for a bilateral pact), or (1.8) it withdrew its notice (revoked)',
  assembly: '(1.9) the General Assembly debated a veto (kind veto_debate; res. 76/262), or (1.12) took it up in an emergency special session on the same situation (kind emergency_session)',
});

export const WarTest = z.union([
  z.boolean(),
  choice(['hostilities', 'declared'] as const, { hostilities: 'active hostilities, declared or not', declared: 'a declared war' }),
]);

const Comparison = z.strictObject({
  gt: num().optional().describe('holds when the value is greater than this'),
  gte: num().optional().describe('holds when the value is at least this'),
  lt: num().optional().describe('holds when the value is less than this'),
  lte: num().optional().describe('holds when the value is at most this'),
});

/**
 * A condition over the state of a run, written as data and never evaluated as code. Exactly one
 * key per object; combine with `all`, `any`, `not`.
 */
export interface Condition {
  all?: Condition[] | undefined;
  any?: Condition[] | undefined;
  not?: Condition | undefined;
  relation?: { between: [string, string]; atLeast?: string | undefined; atMost?: string | undefined; war?: boolean | 'hostilities' | 'declared' | undefined; begunBy?: string | undefined } | undefined;
  posture?: { actor: string; atLeast?: string | undefined; atMost?: string | undefined } | undefined;
  variable?: { id: string; gt?: Num | undefined; gte?: Num | undefined; lt?: Num | undefined; lte?: Num | undefined } | undefined;
  obligation?: { pact: string; obligation?: string | undefined; by?: string | undefined; state?: (typeof OBLIGATION_STATES)[number][] | undefined; atLeast?: (typeof RESPONSE_LEVELS)[number] | undefined; enemy?: string | undefined; beneficiary?: string | undefined } | undefined;
  regime?: { id: string; state: (typeof REGIME_STATES)[number][] } | undefined;
  council?: { kind?: (typeof DRAFT_KINDS)[number] | undefined; target?: string | undefined; result: (typeof DRAFT_RESULTS)[number][]; atLeast?: number | undefined } | undefined;
  happened?: { event: (typeof EVENT_KINDS)[number]; kind?: string | undefined; by?: string | undefined; on?: string | undefined; minIntensity?: number | undefined; nuclear?: boolean | undefined; atLeast?: number | undefined } | undefined;
  outcome?: string | undefined;
  pactInForce?: string | undefined;
  party?: { pact: string; actor: string } | undefined;
  date?: { from?: string | undefined; before?: string | undefined } | undefined;
  tick?: { gte?: number | undefined; lt?: number | undefined } | undefined;
}

const many = <T extends z.ZodType>(t: T) => z.union([t, z.array(t).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[]);

/** A count of Council drafts by kind, target and result (the `council` condition; a metric's `count`). */
export const CouncilCount = z.strictObject({
  kind: DRAFT_KIND.optional().describe('the kind of draft; default: any'),
  target: ActorRef.optional().describe('the draft\'s target; default: any'),
  result: many(DRAFT_RESULT).describe('one result or a list: adopted, vetoed and failed are votes on resolutions; presidential_statement and press_statement are statements agreed; no_product counts episodes that issued nothing'),
  atLeast: z.number().int().min(1).optional().describe('how many such drafts (default 1)'),
});

/** A count of recorded events matching a pattern (the `happened` condition; a metric's `count`). */
export const HappenedCount = z.strictObject({
  event: EVENT_KIND.describe('the kind of event'),
  kind: Id.optional().describe('signal kind, hostile-act kind, draft kind, obligation fate, episode step, or declared (an armed attack that declared war)'),
  by: ActorRef.optional().describe('the actor who did it; default: anyone'),
  on: ActorRef.optional().describe('the actor it was done to; default: anyone'),
  minIntensity: Intensity.optional().describe('armed attacks: at least this MID hostility level'),
  nuclear: z.boolean().optional().describe('armed attacks: only nuclear (true) or only conventional (false) ones'),
  atLeast: z.number().int().min(1).optional().describe('how many such events (default 1)'),
});

export const Condition: z.ZodType<Condition> = oneOf({
  get all() { return z.array(Condition).min(1).optional().describe('holds when every condition in the list holds'); },
  get any() { return z.array(Condition).min(1).optional().describe('holds when at least one condition in the list holds'); },
  get not() { return Condition.optional().describe('holds when the condition does not'); },
  relation: z.strictObject({
    between: ActorPair.describe('the two actors of the relation (order does not matter)'),
    atLeast: Id.optional().describe('lowest rung (inclusive)'),
    atMost: Id.optional().describe('highest rung (inclusive)'),
    war: WarTest.optional().describe('true: any war status other than none; or a specific status'),
    begunBy: ActorRef.optional().describe('(1.13) the two are at war, in a war this actor\'s side began: in an open war episode, it stands on the side that first used force; outside one, it opened the hostilities of the pair ("a DPRK that began the war")'),
  }).optional().describe('holds when the relation between two actors is within these rungs (and war status)'),
  posture: z.strictObject({
    actor: ActorRef.describe('the actor whose posture (highest rung among its relations) is tested'),
    atLeast: Id.optional().describe('lowest rung (inclusive)'),
    atMost: Id.optional().describe('highest rung (inclusive)'),
  }).optional().describe('holds when an actor\'s posture, the highest rung among its relations, is within these rungs'),
  variable: Comparison.extend({ id: Id.describe('the variable') }).optional().describe('holds when a variable\'s value passes every comparison given'),
  obligation: z.strictObject({
    pact: Id.describe('the pact'),
    obligation: Id.optional().describe('the obligation\'s id within the pact; default: any'),
    by: ActorRef.optional().describe('the obligated party'),
    state: many(OBLIGATION_STATE).optional().describe('one state or a list; default: any state but dormant and lapsed'),
    atLeast: RESPONSE_LEVEL.optional().describe('honoured at this response level or higher'),
    enemy: ActorRef.optional().describe('(1.14) the duty\'s casus answers this state: its attacker, or an enemy that joined it as a coalition'),
    beneficiary: ActorRef.optional().describe('(1.14) the duty\'s casus protects this party'),
  }).optional().describe('holds when an obligation of a pact is (or was) in one of these states'),
  regime: z.strictObject({
    id: Id.describe('the sanctions regime'),
    state: many(REGIME_STATE).describe('one state or a list'),
  }).optional().describe('holds when a sanctions regime is in one of these states'),
  council: CouncilCount.optional().describe('holds when the Council has voted drafts with these results'),
  happened: HappenedCount.optional().describe('holds once such an event has happened in the run'),
  outcome: Id.optional().describe('holds once this outcome has happened'),
  pactInForce: Id.optional().describe('holds while this pact is in force'),
  party: z.strictObject({
    pact: Id.describe('the pact'),
    actor: ActorRef.describe('the actor (or a role: $self, $actor, $target)'),
  }).optional().describe('(1.5) holds on the days the actor is a party to the pact: the pact in force and the day inside one of the actor\'s spells of membership'),
  date: z.strictObject({
    from: IsoDate.optional().describe('on or after this date'),
    before: IsoDate.optional().describe('strictly before this date'),
  }).optional().describe('holds between these calendar dates'),
  tick: z.strictObject({
    gte: z.number().int().optional().describe('at or after this tick'),
    lt: z.number().int().optional().describe('before this tick'),
  }).optional().describe('holds between these ticks'),
}, 'a condition').describe('a condition with exactly one key; combine with all, any, not') as unknown as z.ZodType<Condition>;
