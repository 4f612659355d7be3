/*
 * A pact's `parties` as written: an actor id, `{ actor, from, to }` with the party's own first
 * and last day, or `{ actor, spells }` for a party that left and rejoined; and the compiled
 * spells as the run reads them. Zod-free (structural types), so the batch path that compiles a
 * model loads no schema.
 */

/** One spell as written: first and last day, each defaulting to the pact's own date. */
export interface SpellEntry { readonly from?: string | undefined; readonly to?: string | undefined }

/** One `parties` entry (the schema's `Party`). */
export type PartyEntry = string | {
  readonly actor: string; readonly from?: string | undefined; readonly to?: string | undefined;
  readonly spells?: readonly SpellEntry[] | undefined;
};

/** The actor of a `parties` entry. */
export const partyActor = (p: PartyEntry): string => (typeof p === 'string' ? p : p.actor);

/** The actor ids of a pact's `parties`, in written order: every actor that is a party at some time. */
export const partyIds = (pact: { readonly parties: readonly PartyEntry[] }): string[] => pact.parties.map(partyActor);

/**
 * A party's spells of membership as written, in written order (undefined dates: the pact's own).
 * A plain id or `{ actor, from, to }` is one spell.
 */
export const partySpells = (p: PartyEntry): readonly SpellEntry[] => {
  if (typeof p === 'string') return [{}];
  return p.spells ?? [{ from: p.from, to: p.to }];
};

/** One spell for display: `from 1952-02-18 to 1999-04-19`, either side left out when the pact's own date; '' for both. */
export const spellLabel = ({ from, to }: SpellEntry): string =>
  [from !== undefined ? `from ${from}` : '', to !== undefined ? `to ${to}` : ''].filter(Boolean).join(' ');

/** A party for display: the actor id, with its own dates if it has any (`TUR (from 1952-02-18)`; spells joined by `; `). */
export const partyLabel = (p: PartyEntry): string => {
  const dates = partySpells(p).map(spellLabel).filter(Boolean).join('; ');
  return dates ? `${partyActor(p)} (${dates})` : partyActor(p);
};

/**
 * Whether `day` lies in one of `spells`: [from, until) pairs written flat
 * (`[from0, until0, from1, until1, …]`), in date order.
 */
export function inSpells(spells: readonly number[], day: number): boolean {
  for (let k = 0; k < spells.length; k += 2) {
    if (day < spells[k]!) return false;
    if (day < spells[k + 1]!) return true;
  }
  return false;
}

/**
 * The spell `day` lies in, as the index of its first day in `spells` (0, 2, …), or -1. Whether
 * `day` comes before every spell is `day < spells[0]`.
 */
export function spellAt(spells: readonly number[], day: number): number {
  for (let k = 0; k < spells.length; k += 2) {
    if (day < spells[k]!) return -1;
    if (day < spells[k + 1]!) return k;
  }
  return -1;
}

/**
 * Whether actor `a` is a party to `pact` on `day` by its own spells of membership (whether the
 * pact itself is in force that day is asked apart).
 */
export function partyOn(pact: { readonly parties: readonly number[]; readonly partySpells: readonly (readonly number[])[] }, a: number, day: number): boolean {
  const k = pact.parties.indexOf(a);
  return k >= 0 && inSpells(pact.partySpells[k]!, day);
}
