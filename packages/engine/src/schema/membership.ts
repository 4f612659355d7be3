import { z } from 'zod';
import { Id, IsoDate } from './primitives.js';

/**
 * A party to a pact: an actor id (a party for the pact's whole life), or the actor with the first
 * and last day it is a party (an accession, a withdrawal, a denunciation). Written like a Council
 * seat's term. The helpers that read it are zod-free, in model/parties.ts.
 */
export const Party = z.union([
  Id,
  z.strictObject({
    actor: Id.describe('the party'),
    from: IsoDate.optional().describe('first day as a party (its accession); default: the pact\'s entry into force'),
    to: IsoDate.optional().describe('last day as a party (its withdrawal or denunciation took effect the next day); default: the pact\'s end'),
  }).describe('a party with its own membership dates'),
]);
export type Party = z.infer<typeof Party>;
