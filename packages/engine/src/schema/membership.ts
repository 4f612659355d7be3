import { z } from 'zod';
import { Id, IsoDate } from './primitives.js';

/** One spell of membership: the first and last day a party is one (both inclusive, like a Council term). */
export const Spell = z.strictObject({
  from: IsoDate.optional().describe('first day as a party (an accession, a rejoining); default, for the first spell only: the pact\'s entry into force'),
  to: IsoDate.optional().describe('last day as a party (its withdrawal, denunciation or suspension took effect the next day); default, for the last spell only: the pact\'s end'),
}).describe('one spell of membership');
export type Spell = z.infer<typeof Spell>;

/**
 * A party to a pact: an actor id (a party for the pact's whole life), the actor with the first
 * and last day it is a party (an accession, a withdrawal, a denunciation), or (1.5) the actor with
 * several spells, for a party that left and came back. Written like a Council seat's term. One
 * entry per actor either way, so a party's history reads in one place and a repeated actor stays
 * an error. The helpers that read it are zod-free, in model/parties.ts.
 */
export const Party = z.union([
  Id,
  z.strictObject({
    actor: Id.describe('the party'),
    from: IsoDate.optional().describe('first day as a party (its accession); default: the pact\'s entry into force'),
    to: IsoDate.optional().describe('last day as a party (its withdrawal or denunciation took effect the next day); default: the pact\'s end'),
    spells: z.array(Spell).min(1).optional()
      .describe('(1.5) its spells of membership, in date order and not overlapping, for a party that left and rejoined; instead of from and to'),
  }).describe('a party with its own membership dates'),
]);
export type Party = z.infer<typeof Party>;
