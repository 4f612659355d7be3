import { z } from 'zod';
import { Id, IsoDate } from './primitives.js';

/**
 * A party to a pact: an actor id (a party for the pact's whole life), or the actor with the first
 * and last day it is a party (an accession, a withdrawal, a denunciation). Written like a Council
 * seat's term.
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

/** The actor of a `parties` entry. */
export const partyActor = (p: Party): string => (typeof p === 'string' ? p : p.actor);

/** The actor ids of a pact's `parties`, in written order: every actor that is a party at some time. */
export const partyIds = (pact: { readonly parties: readonly Party[] }): string[] => pact.parties.map(partyActor);

/** The first and last day of a party's membership as written (undefined: the pact's own date). */
export const partyDates = (p: Party): { from: string | undefined; to: string | undefined } =>
  (typeof p === 'string' ? { from: undefined, to: undefined } : { from: p.from, to: p.to });

/** A party for display: the actor id, with its own dates if it has any (`TUR (from 1952-02-18)`). */
export const partyLabel = (p: Party): string => {
  const { from, to } = partyDates(p);
  const dates = [from !== undefined ? `from ${from}` : '', to !== undefined ? `to ${to}` : ''].filter(Boolean).join(' ');
  return dates ? `${partyActor(p)} (${dates})` : partyActor(p);
};
