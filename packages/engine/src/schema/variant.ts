import { z } from 'zod';
import { Id } from './primitives.js';
import {
  Actor, Council, DecisionPoint, Outcome, Region, Scenario, Seat, Situation, Theatre, Variable,
} from './scenario.js';
import { Parameter } from './parameter.js';

/*
 * The shape of a variant file (one that `extends` another), for editors: every section optional,
 * entries of id-keyed maps may be `null` (delete), and the Council may be patched by member. The
 * loader never validates a variant against this: it merges the variant over its base and validates
 * the result against `Scenario`. This schema only lets the JSON Schema describe what may be written.
 */

const patchMap = <T extends z.ZodType>(value: T) => z.record(Id, value.nullable());

/** A seat in a patch keyed by member: the key names the actor. */
const SeatEntry = Seat.extend({ actor: Id.optional().describe('the key of the entry; may be left out') });
const Policy = Council.shape.policies.element;
/** A voting policy in a patch keyed by member. */
const PolicyEntry = Policy.extend({ member: z.union([Id, z.literal('default')]).optional().describe('the key of the entry; may be left out') });

export const CouncilPatch = z.strictObject({
  rule: Council.shape.rule.unwrap().partial().optional().describe('merged field by field over the base\'s rule'),
  anticipation: Council.shape.anticipation.unwrap().nullable().optional().describe('replaces the base\'s anticipation whole; null removes it'),
  vetoDebate: Council.shape.vetoDebate.unwrap().nullable().optional().describe('(1.9) replaces the base\'s vetoDebate whole; null removes it (no Assembly debates)'),
  seats: z.union([
    Council.shape.seats,
    z.record(Id, z.union([SeatEntry, z.array(SeatEntry).min(1)]).nullable())
      .describe('a patch by member: the member\'s seats (one, or a list of terms) replace the base\'s in place; null removes them'),
  ]).optional(),
  policies: z.union([
    Council.shape.policies,
    z.record(z.union([Id, z.literal('default')]), PolicyEntry.nullable())
      .describe('a patch by member: the member\'s voting policy replaces the base\'s in place; null removes it'),
  ]).optional(),
});

const S = Scenario.shape;
export const VariantFile = z.strictObject({
  ...S,
  version: S.version.optional(),
  extends: z.string().describe('the bundled id or relative path of the scenario this file changes'),
  clock: S.clock.optional(),
  parameters: patchMap(Parameter).optional(),
  regions: patchMap(Region).optional(),
  actors: patchMap(Actor).optional(),
  variables: patchMap(Variable).optional(),
  doctrine: z.record(Id, z.array(DecisionPoint).nullable()).optional(),
  situations: patchMap(Situation).optional(),
  outcomes: patchMap(Outcome).optional(),
  theatres: patchMap(Theatre).optional(),
  council: CouncilPatch.optional(),
});
