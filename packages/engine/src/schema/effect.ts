import { z } from 'zod';
import { Id, num, oneOf, Probability, type Num } from './primitives.js';
import { ActorPair, ActorRef, RegionRef } from './refs.js';
import { DRAFT_KINDS } from './condition.js';

export const ArmedAttack = z.strictObject({
  by: ActorRef,
  on: ActorRef,
  in: RegionRef.optional().describe('where the attack takes place; default: the target\'s home territory'),
  intensity: z.number().int().min(1).max(5).describe('MID hostility level: 4 use of force, 5 war'),
  nuclear: z.boolean().optional(),
  declare: z.boolean().optional().describe('the attacker also declares war'),
});

const Between = z.strictObject({ between: ActorPair });

/**
 * What a trigger, a doctrine option or an inject does, as data. The engine turns each into events
 * with their cause; an effect that changes nothing emits no event.
 */
export interface Effect {
  armedAttack?: z.infer<typeof ArmedAttack> | undefined;
  threat?: { by: string; on: string } | undefined;
  escalate?: { between: [string, string]; to?: string | undefined; steps?: number | undefined } | undefined;
  deescalate?: { between: [string, string]; to?: string | undefined; steps?: number | undefined } | undefined;
  ceasefire?: { between: [string, string] } | undefined;
  peace?: { between: [string, string] } | undefined;
  variable?: { id: string; add?: Num | undefined; set?: Num | undefined } | undefined;
  draft?: { kind: (typeof DRAFT_KINDS)[number]; target?: string | undefined; regime?: string | undefined; sponsor?: string | undefined; between?: [string, string] | undefined; withdrawal?: Num | undefined; compliance?: Num | undefined } | undefined;
  sanctions?: { regime: string; action: 'impose' | 'join' | 'leave' | 'lift'; by?: string | undefined } | undefined;
  signal?: { kind: string; by?: string | undefined; on?: string | undefined } | undefined;
  alliance?: { by: string; with: string; against: string } | undefined;
  basing?: { host: string; user: string; against: string } | undefined;
}

export const Effect: z.ZodType<Effect> = oneOf({
  armedAttack: ArmedAttack.optional(),
  threat: z.strictObject({ by: ActorRef, on: ActorRef }).optional(),
  escalate: z.strictObject({ between: ActorPair, to: Id.optional(), steps: z.number().int().min(1).optional() }).optional(),
  deescalate: z.strictObject({ between: ActorPair, to: Id.optional(), steps: z.number().int().min(1).optional() }).optional(),
  ceasefire: Between.optional(),
  peace: Between.optional(),
  variable: z.strictObject({ id: Id, add: num().optional(), set: num().optional() }).optional(),
  draft: z.strictObject({
    kind: z.enum(DRAFT_KINDS),
    target: ActorRef.optional(),
    regime: Id.optional(),
    sponsor: ActorRef.optional(),
    between: ActorPair.optional().describe('for ceasefire drafts'),
    withdrawal: Probability().optional().describe('chance the sponsor withdraws it before a vote'),
    compliance: Probability().optional().describe('ceasefire drafts: chance the parties obey it once adopted; default 1 (always)'),
  }).optional(),
  sanctions: z.strictObject({ regime: Id, action: z.enum(['impose', 'join', 'leave', 'lift']), by: ActorRef.optional() }).optional(),
  signal: z.strictObject({ kind: Id, by: ActorRef.optional(), on: ActorRef.optional() }).optional(),
  alliance: z.strictObject({ by: ActorRef, with: ActorRef, against: ActorRef }).optional(),
  basing: z.strictObject({ host: ActorRef, user: ActorRef, against: ActorRef }).optional(),
}, 'an effect') as unknown as z.ZodType<Effect>;

/** One effect or a list of effects, applied in order. */
export const Effects = z.union([Effect, z.array(Effect).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));
