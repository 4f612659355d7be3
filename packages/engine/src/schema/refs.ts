import { z } from 'zod';
import { ID_PATTERN } from './primitives.js';

/**
 * Roles an effect or condition inside a doctrine or an event pattern may name instead of a fixed
 * actor: `$self` is the deciding actor, `$actor` the one who did the event, `$target` the one it
 * was done to.
 */
export const ROLES = ['$self', '$actor', '$target'] as const;
export type Role = (typeof ROLES)[number];

export const ActorRef = z
  .string()
  .refine((s) => ID_PATTERN.test(s) || (ROLES as readonly string[]).includes(s), {
    message: 'expected an actor id or one of $self, $actor, $target',
  })
  .meta({ description: 'an actor id, or a role: $self, $actor, $target' });

export const ActorPair = z.tuple([ActorRef, ActorRef]).meta({ description: 'two actors, [A, B]' });

/** A region id, or the home territory of an actor (`{ territoryOf: $actor }`). */
export const RegionRef = z.union([
  z.string().regex(ID_PATTERN, { message: 'expected a region id' }).meta({ description: 'a region id' }),
  z.strictObject({ territoryOf: ActorRef.describe('the actor whose home territory is meant') }).meta({ description: 'an actor\'s home territory' }),
]).meta({ description: 'a region id, or { territoryOf: ACTOR }' });
export type RegionRef = z.infer<typeof RegionRef>;
