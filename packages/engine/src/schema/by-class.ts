import { z } from 'zod';
import { Id, IsoDate } from './primitives.js';

/*
 * Classes of states a casus names as the attacker: treaties that say "Japan or any state allied
 * with it" (Sino-Soviet Treaty, 1950, Art. 1), "Germany or any State allied with the latter"
 * (Finnish–Soviet Agreement, 1948, Art. 1) or "communist aggression" only (the United States'
 * Understanding to the Manila Pact, 1954). A fixed list of actors cannot write them: membership
 * is judged on the day of the act.
 */

/** A tag an actor carries, for all time or between two dates (Cambodia is communist from 17 April 1975). */
export const ActorTag = z.union([
  Id.describe('a tag the actor carries for the whole run'),
  z.strictObject({
    tag: Id.describe('the tag'),
    from: IsoDate.optional().describe('the first day the actor carries it; default: always before'),
    to: IsoDate.optional().describe('the last day the actor carries it; default: always after'),
  }).describe('a tag the actor carries between two dates'),
]).describe('a tag, or { tag, from, to } for a tag carried between two dates');
export type ActorTag = z.infer<typeof ActorTag>;

/** Anyone carrying a tag on the day of the act. */
const TagClass = z.strictObject({
  tag: Id.describe('the attacker carries this tag (actors[].tags) on the day of the act'),
}).describe('a state carrying a tag on the day of the act: { tag: communist }');

/**
 * The forms of a class of attackers, judged on the day of the act. Spread into the `by` unions
 * themselves (not nested as a union of their own), so a mistyped class is reported against the
 * form it comes closest to, not as "expected any, non_party or party".
 */
const SIMPLE_CLASS_FORMS = [
  z.strictObject({
    alliedWith: z.array(Id).min(1).describe('the named actors'),
    including: z.boolean().default(true).describe('the named actors themselves belong to the class ("Japan or any state allied with it"); default true'),
  }).describe('a state allied, on the day of the act, with one of the named actors: a declared alignment ally, or a party with it to a pact in force that has a defence or offense obligation between them'),
  z.strictObject({
    except: z.union([z.array(Id).min(1), TagClass]).describe('the actors left out, or { tag } to leave out those carrying a tag on the day of the act'),
  }).describe('anyone but these actors, or anyone not carrying a tag on the day of the act'),
  TagClass,
] as const;

/**
 * (1.12) States that belong to every one of the parts: "Great Powers nonsignatory to the present
 * Treaty" (the Triple Alliance, 1882, Art. III) is `{ allOf: [{ tag: great_power }, non_party] }`.
 */
const AllOfClass = z.strictObject({
  allOf: z.array(z.union([
    z.literal('non_party'),
    z.array(Id).min(1),
    ...SIMPLE_CLASS_FORMS,
  ])).min(2).describe('the parts, each a non_party, a list of actors or a class ({ alliedWith }, { except }, { tag }): a state must belong to all of them'),
}).describe('(1.12) the states that belong to every part: { allOf: [{ tag: great_power }, non_party] } for "a Great Power not party to the treaty"');

export const BY_CLASS_FORMS = [...SIMPLE_CLASS_FORMS, AllOfClass] as const;
export const ByClass = z.union(BY_CLASS_FORMS);
export type ByClass = z.infer<typeof ByClass>;
