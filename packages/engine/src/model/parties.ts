/*
 * A pact's `parties` as written: an actor id, or `{ actor, from, to }` with the party's own first
 * and last day. Zod-free (structural types), so the batch path that compiles a model loads no schema.
 */

/** One `parties` entry (the schema's `Party`). */
export type PartyEntry = string | { readonly actor: string; readonly from?: string | undefined; readonly to?: string | undefined };

/** The actor of a `parties` entry. */
export const partyActor = (p: PartyEntry): string => (typeof p === 'string' ? p : p.actor);

/** The actor ids of a pact's `parties`, in written order: every actor that is a party at some time. */
export const partyIds = (pact: { readonly parties: readonly PartyEntry[] }): string[] => pact.parties.map(partyActor);

/** The first and last day of a party's membership as written (undefined: the pact's own date). */
export const partyDates = (p: PartyEntry): { from: string | undefined; to: string | undefined } =>
  (typeof p === 'string' ? { from: undefined, to: undefined } : { from: p.from, to: p.to });

/** A party for display: the actor id, with its own dates if it has any (`TUR (from 1952-02-18)`). */
export const partyLabel = (p: PartyEntry): string => {
  const { from, to } = partyDates(p);
  const dates = [from !== undefined ? `from ${from}` : '', to !== undefined ? `to ${to}` : ''].filter(Boolean).join(' ');
  return dates ? `${partyActor(p)} (${dates})` : partyActor(p);
};
