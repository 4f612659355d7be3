import { z } from 'zod';
import { choice, Id, Intensity, IsoDate, num, oneOf, Probability, type Num } from './primitives.js';
import { ActorPair, ActorRef, RegionRef } from './refs.js';
import { COUNCIL_PRODUCT, COUNCIL_PRODUCTS, DRAFT_KIND, DRAFT_KINDS, STATEMENT_PRODUCT, STATEMENT_PRODUCTS } from './condition.js';

export const ArmedAttack = z.strictObject({
  by: ActorRef.describe('the attacker'),
  on: ActorRef.describe('the actor attacked'),
  in: RegionRef.optional().describe('where the attack takes place; default: the target\'s home territory'),
  intensity: Intensity.describe('MID hostility level: display_of_force (3), use_of_force (4) or war (5); a number 1–5 also works'),
  nuclear: z.boolean().optional().describe('a nuclear attack: lifts the relation to the nuclear rung'),
  declare: z.boolean().optional().describe('the attacker also declares war'),
  inAidOf: ActorRef.optional().describe('(1.7) the attacker comes to this actor\'s aid in its war with the target, without a treaty (UN Charter Art. 51, collective self-defence at the victim\'s request): the attack joins that war on the actor\'s side, so who began the war is read from it; ignored when the actor is not fighting the target'),
});

const Between = z.strictObject({ between: ActorPair.describe('the two actors') });
const Move = (what: string) => z.strictObject({
  between: ActorPair.describe('the two actors of the relation'),
  to: Id.optional().describe(`the rung to ${what} to`),
  steps: z.number().int().min(1).optional().describe('how many rungs to move (default 1)'),
});

/** The Charter basis a draft may declare (1.6): the proviso of Art. 27(3) applies under the first two. */
export const DRAFT_BASES = ['chapter_vi', 'article_52_3', 'chapter_vii'] as const;

/** How far a ceasefire reaches: the named pair only, or every pair fighting in that pair's war episode. */
export const CEASEFIRE_SCOPES = ['dyad', 'episode'] as const;

/**
 * A hostile act that is not a military attack — a cyber operation, an interdiction at sea, a
 * blockade notice: recorded as its own event kind (`hostileAct`, with its `kind`), judged by
 * clauses with a `hostileAct` casus and by doctrine, and never lifting the relation by itself.
 */
export const HostileAct = z.strictObject({
  by: ActorRef.describe('who does it'),
  on: ActorRef.describe('whom it is done to'),
  kind: Id.describe('what was done: cyber_operation, interdiction, blockade, sabotage…'),
  in: RegionRef.optional().describe('where it happened; default: the target\'s home territory'),
});

/**
 * What a trigger, a doctrine option or an inject does, as data. The engine turns each into events
 * with their cause; an effect that changes nothing emits no event.
 */
export interface Effect {
  armedAttack?: z.infer<typeof ArmedAttack> | undefined;
  threat?: { by: string; on: string } | undefined;
  escalate?: { between: [string, string]; to?: string | undefined; steps?: number | undefined } | undefined;
  deescalate?: { between: [string, string]; to?: string | undefined; steps?: number | undefined } | undefined;
  ceasefire?: { between: [string, string]; scope?: (typeof CEASEFIRE_SCOPES)[number] | undefined } | undefined;
  peace?: { between: [string, string] } | undefined;
  variable?: { id: string; add?: Num | undefined; set?: Num | undefined } | undefined;
  draft?: { kind: (typeof DRAFT_KINDS)[number]; target?: string | undefined; regime?: string | undefined; sponsor?: string | undefined; between?: [string, string] | undefined; scope?: (typeof CEASEFIRE_SCOPES)[number] | undefined; withdrawal?: Num | undefined; compliance?: Num | undefined; product?: (typeof COUNCIL_PRODUCTS)[number] | undefined; fallback?: (typeof STATEMENT_PRODUCTS)[number][] | undefined; forceVote?: Num | undefined; under?: (typeof DRAFT_BASES)[number] | undefined; dispute?: string[] | undefined } | undefined;
  sanctions?: { regime: string; action: 'impose' | 'join' | 'leave' | 'lift'; by?: string | undefined } | undefined;
  signal?: { kind: string; by?: string | undefined; on?: string | undefined } | undefined;
  alliance?: { by: string; with: string; against: string } | undefined;
  basing?: { host: string; user: string; against: string } | undefined;
  hostileAct?: z.infer<typeof HostileAct> | undefined;
  denounce?: { pact: string; by: string; effective?: string | undefined; revoke?: boolean | undefined } | undefined;
}

export const Effect: z.ZodType<Effect> = oneOf({
  armedAttack: ArmedAttack.optional().describe('an armed attack: lifts the relation up the ladder and may call pacts into play'),
  threat: z.strictObject({ by: ActorRef.describe('who threatens'), on: ActorRef.describe('who is threatened') }).optional()
    .describe('a threat of armed aggression (consultation clauses react to it)'),
  escalate: Move('escalate').optional().describe('raises a relation on the ladder'),
  deescalate: Move('de-escalate').optional().describe('lowers a relation on the ladder'),
  ceasefire: z.strictObject({
    between: ActorPair.describe('the two actors'),
    scope: choice(CEASEFIRE_SCOPES, { dyad: 'this pair only', episode: 'every pair fighting in this pair\'s war episode' }).optional()
      .describe('dyad (default): this pair only; episode: every pair fighting in this pair\'s war episode'),
  }).optional().describe('ends active hostilities between two actors'),
  peace: Between.optional().describe('ends a war between two actors'),
  variable: z.strictObject({
    id: Id.describe('the variable'),
    add: num().optional().describe('added to the value (clamped to the variable\'s bounds)'),
    set: num().optional().describe('the new value (clamped to the variable\'s bounds)'),
  }).optional().describe('changes a variable'),
  draft: z.strictObject({
    kind: DRAFT_KIND.describe('the kind of draft'),
    target: ActorRef.optional().describe('the actor the draft is about'),
    regime: Id.optional().describe('the sanctions regime it concerns'),
    sponsor: ActorRef.optional().describe('the member that tables it'),
    between: ActorPair.optional().describe('for ceasefire drafts'),
    scope: choice(CEASEFIRE_SCOPES, { dyad: 'this pair only', episode: 'the whole war episode of the pair' }).optional()
      .describe('for ceasefire drafts: dyad (default) or the whole war episode of the pair'),
    withdrawal: Probability().optional().describe('chance the sponsor withdraws it before a vote'),
    compliance: Probability().optional().describe('ceasefire drafts: chance the parties obey it once adopted; default 1 (always)'),
    product: COUNCIL_PRODUCT.optional().describe('what the sponsor seeks: resolution (default; voted under the adoption rule) or a presidential or press statement (consensus: any member\'s objection blocks it)'),
    fallback: z.array(STATEMENT_PRODUCT).optional()
      .describe('weaker products sought in turn, in this order, when this draft is withdrawn, shelved or blocked (e.g. [presidential_statement, press_statement]); an episode that ends with none issued is recorded as no_product'),
    forceVote: Probability().optional()
      .describe('resolutions: chance the sponsor still puts the draft to a vote when it expects a veto (to put the veto on record); default: the Council\'s anticipation.forceVote'),
    under: choice(DRAFT_BASES, {
      chapter_vi: 'Chapter VI, pacific settlement of disputes (Arts. 33–38)',
      article_52_3: 'Art. 52(3), settlement through regional arrangements',
      chapter_vii: 'Chapter VII, action with respect to threats to the peace, breaches of the peace and acts of aggression',
    }).optional().describe('(1.6) the Charter basis of the decision; with `dispute`, decides whether the proviso of Art. 27(3) applies (Chapter VI and Art. 52(3) only). Default: not stated, so it does not'),
    dispute: z.array(ActorRef).min(1).optional()
      .describe('(1.6) the parties to the dispute the draft is about: under Chapter VI or Art. 52(3), a member among them "shall abstain from voting" (Art. 27(3)), an obligatory abstention, not a veto'),
  }).optional().describe('opens a Council episode: a draft resolution or statement, then the weaker products of `fallback` until one is issued or none is'),
  sanctions: z.strictObject({
    regime: Id.describe('the sanctions regime'),
    action: choice(['impose', 'join', 'leave', 'lift'] as const, {
      impose: 'put the regime in force',
      join: 'an actor joins a coalition regime',
      leave: 'an actor leaves a coalition regime',
      lift: 'end the regime',
    }).describe('what happens to the regime'),
    by: ActorRef.optional().describe('the actor joining or leaving'),
  }).optional().describe('changes a sanctions regime'),
  signal: z.strictObject({
    kind: Id.describe('the signal\'s name, e.g. missile_test'),
    by: ActorRef.optional().describe('who sends it'),
    on: ActorRef.optional().describe('whom it is aimed at'),
  }).optional().describe('a named event that conditions and doctrine can react to'),
  alliance: z.strictObject({
    by: ActorRef.describe('the actor that allies'),
    with: ActorRef.describe('its new ally'),
    against: ActorRef.describe('the actor the alliance is against (breaches no_hostile_alliance duties toward it)'),
  }).optional().describe('an actor enters an alliance against another'),
  basing: z.strictObject({
    host: ActorRef.describe('the actor whose territory is used'),
    user: ActorRef.describe('the actor using it'),
    against: ActorRef.describe('the actor it is used against (breaches no_hostile_territory duties toward it)'),
  }).optional().describe('an actor lets another use its territory against a third'),
  hostileAct: HostileAct.optional().describe('a hostile act that is not an armed attack (cyber operation, interdiction, blockade)'),
  denounce: z.strictObject({
    pact: Id.describe('the pact denounced; it must have a `denunciation` clause'),
    by: ActorRef.describe('the party giving notice'),
    effective: IsoDate.optional().describe('(1.8) the day the notice names for its effect, when later than the clause allows (the US notice of 23 Dec 1978 ending the treaty with the Republic of China on 1 Jan 1980); a day earlier than the clause allows changes nothing'),
    revoke: z.boolean().optional().describe('(1.8) true: the party withdraws the notice it gave, before it takes effect (Vienna Convention Art. 68); it stays a party as if it had given none'),
  }).optional().describe('(1.6) a party gives notice of denunciation: it stays bound through the notice period, then ceases to be a party (a bilateral pact ends)'),
}, 'an effect').describe('an effect with exactly one key') as unknown as z.ZodType<Effect>;

/** One effect or a list of effects, applied in order. */
export const Effects = z.union([Effect, z.array(Effect).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]))
  .describe('one effect, or a list of effects applied in order');
