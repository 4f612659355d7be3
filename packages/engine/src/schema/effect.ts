import { z } from 'zod';
import { Id, Intensity, num, oneOf, Probability, type Num } from './primitives.js';
import { ActorPair, ActorRef, RegionRef } from './refs.js';
import { DRAFT_KINDS } from './condition.js';

export const ArmedAttack = z.strictObject({
  by: ActorRef,
  on: ActorRef,
  in: RegionRef.optional().describe('where the attack takes place; default: the target\'s home territory'),
  intensity: Intensity.describe('MID hostility level: display_of_force (3), use_of_force (4) or war (5); a number 1–5 also works'),
  nuclear: z.boolean().optional(),
  declare: z.boolean().optional().describe('the attacker also declares war'),
});

const Between = z.strictObject({ between: ActorPair });

/** How far a ceasefire reaches: the named pair only, or every pair fighting in that pair's war episode. */
export const CEASEFIRE_SCOPES = ['dyad', 'episode'] as const;

/**
 * A hostile act that is not a military attack — a cyber operation, an interdiction at sea, a
 * blockade notice: recorded as its own event kind (`hostileAct`, with its `kind`), judged by
 * clauses with a `hostileAct` casus and by doctrine, and never lifting the relation by itself.
 */
export const HostileAct = z.strictObject({
  by: ActorRef,
  on: ActorRef,
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
  draft?: { kind: (typeof DRAFT_KINDS)[number]; target?: string | undefined; regime?: string | undefined; sponsor?: string | undefined; between?: [string, string] | undefined; scope?: (typeof CEASEFIRE_SCOPES)[number] | undefined; withdrawal?: Num | undefined } | undefined;
  sanctions?: { regime: string; action: 'impose' | 'join' | 'leave' | 'lift'; by?: string | undefined } | undefined;
  signal?: { kind: string; by?: string | undefined; on?: string | undefined } | undefined;
  alliance?: { by: string; with: string; against: string } | undefined;
  basing?: { host: string; user: string; against: string } | undefined;
  hostileAct?: z.infer<typeof HostileAct> | undefined;
}

export const Effect: z.ZodType<Effect> = oneOf({
  armedAttack: ArmedAttack.optional(),
  threat: z.strictObject({ by: ActorRef, on: ActorRef }).optional(),
  escalate: z.strictObject({ between: ActorPair, to: Id.optional(), steps: z.number().int().min(1).optional() }).optional(),
  deescalate: z.strictObject({ between: ActorPair, to: Id.optional(), steps: z.number().int().min(1).optional() }).optional(),
  ceasefire: z.strictObject({
    between: ActorPair,
    scope: z.enum(CEASEFIRE_SCOPES).optional().describe('dyad (default): this pair only; episode: every pair fighting in this pair\'s war episode'),
  }).optional(),
  peace: Between.optional(),
  variable: z.strictObject({ id: Id, add: num().optional(), set: num().optional() }).optional(),
  draft: z.strictObject({
    kind: z.enum(DRAFT_KINDS),
    target: ActorRef.optional(),
    regime: Id.optional(),
    sponsor: ActorRef.optional(),
    between: ActorPair.optional().describe('for ceasefire drafts'),
    scope: z.enum(CEASEFIRE_SCOPES).optional().describe('for ceasefire drafts: dyad (default) or the whole war episode of the pair'),
    withdrawal: Probability().optional().describe('chance the sponsor withdraws it before a vote'),
  }).optional(),
  sanctions: z.strictObject({ regime: Id, action: z.enum(['impose', 'join', 'leave', 'lift']), by: ActorRef.optional() }).optional(),
  signal: z.strictObject({ kind: Id, by: ActorRef.optional(), on: ActorRef.optional() }).optional(),
  alliance: z.strictObject({ by: ActorRef, with: ActorRef, against: ActorRef }).optional(),
  basing: z.strictObject({ host: ActorRef, user: ActorRef, against: ActorRef }).optional(),
  hostileAct: HostileAct.optional(),
}, 'an effect') as unknown as z.ZodType<Effect>;

/** One effect or a list of effects, applied in order. */
export const Effects = z.union([Effect, z.array(Effect).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));
