import type { ActorTag, ByClass } from '../schema/by-class.js';
import type { Scenario } from '../schema/scenario.js';
import { dayOf, isoOf } from './calendar.js';
import { lookup } from './context.js';
import type { AllianceTie, ByClassInfo, ByRule, Model, PactInfo, TagSpan } from './model.js';
import { partyOn } from './parties.js';

/*
 * Classes of attackers (schema/by-class.ts): compiled here, and who belongs to one on a given day.
 * Membership reads the model only — declared alignments, pact dates, tag dates — so the two
 * engines and the narration agree by construction. No zod here: the batch path loads this file.
 */

const FAR_FUTURE = 2 ** 31 - 1;

/** The tag and the dates of an `ActorTag`, whichever way it is written. */
export function tagParts(t: ActorTag): { tag: string; from?: string | undefined; to?: string | undefined } {
  return typeof t === 'string' ? { tag: t } : t;
}

/** The tags the actors carry (ids in the order first declared) and, per actor, when. */
export function compileTags(scenario: Scenario, actorIds: readonly string[]): { tags: string[]; actorTags: TagSpan[][] } {
  const tags: string[] = [];
  const actorTags = actorIds.map((id) => (scenario.actors[id]!.tags ?? []).map((t): TagSpan => {
    const { tag, from, to } = tagParts(t);
    if (!tags.includes(tag)) tags.push(tag);
    return { tag: tags.indexOf(tag), fromDay: from !== undefined ? dayOf(from) : -FAR_FUTURE, untilDay: to !== undefined ? dayOf(to) + 1 : FAR_FUTURE };
  }));
  return { tags, actorTags };
}

/**
 * Allies by treaty, per actor: the other parties of each pact with a `defense` or `offense`
 * obligation borne by one of the two toward the other (either way round), in declared order.
 */
export function compileAlliances(scenario: Scenario, pacts: readonly PactInfo[], actorIndex: ReadonlyMap<string, number>): AllianceTie[][] {
  const alliances: AllianceTie[][] = Array.from({ length: actorIndex.size }, () => []);
  const actors = (ids: readonly string[]): number[] => ids.map((x) => lookup(actorIndex, x, 'actor'));
  scenario.pacts.forEach((p, pi) => {
    const parties = pacts[pi]!.parties;
    for (const o of p.obligations) {
      if (o.type !== 'defense' && o.type !== 'offense') continue;
      const bearers = o.obligated ? actors(o.obligated) : parties;
      const protectedOnes = o.beneficiaries ? actors(o.beneficiaries) : parties;
      for (const a of bearers) for (const b of protectedOnes) {
        if (a === b || !parties.includes(a) || !parties.includes(b)) continue;
        for (const [x, y] of [[a, b], [b, a]] as const) {
          if (!alliances[x]!.some((t) => t.other === y && t.pact === pi)) alliances[x]!.push({ other: y, pact: pi });
        }
      }
    }
  });
  return alliances;
}

/**
 * A compiler of a casus `by` (plain, a list, or a class) to indices; `pact` is the pact whose
 * parties a `non_party` part of an `allOf` reads.
 */
export function byRuleCompiler(actorIndex: ReadonlyMap<string, number>, tags: readonly string[]): (b: 'any' | 'non_party' | 'party' | string[] | ByClass, pact: number) => ByRule {
  const tagIndex = new Map(tags.map((t, i) => [t, i] as const));
  const actors = (ids: readonly string[]): number[] => ids.map((x) => lookup(actorIndex, x, 'actor'));
  const simple = (b: Exclude<ByClass, { allOf: unknown }>): ByClassInfo => {
    if ('alliedWith' in b) return { kind: 'alliedWith', actors: actors(b.alliedWith), including: b.including };
    if ('tag' in b) return { kind: 'tag', tag: lookup(tagIndex, b.tag, 'tag'), negate: false };
    if (Array.isArray(b.except)) return { kind: 'except', actors: actors(b.except) };
    return { kind: 'tag', tag: lookup(tagIndex, b.except.tag, 'tag'), negate: true };
  };
  return (b, pact) => {
    if (typeof b === 'string') return b;
    if (Array.isArray(b)) return actors(b);
    if ('allOf' in b) {
      return { kind: 'allOf', parts: b.allOf.map((x) => (x === 'non_party' ? { kind: 'nonParty', pact } : Array.isArray(x) ? actors(x) : simple(x))) };
    }
    return simple(b);
  };
}

/** The alignment index of `ally` (schema ALIGNMENTS). */
const ALLY = 0;

/** A pair declared `alignment: ally` (the start state; alignments do not change during a run). */
export function declaredAllies(m: Model, a: number, b: number): boolean {
  if (a === b) return false;
  return m.alignment[m.pairOf[a * m.actors.length + b]!] === ALLY;
}

/**
 * Notices of denunciation given during a run (RunState `partyLeave`, `pactEnd`; run/denunciation.ts):
 * read with the written dates when a run asks; the model alone (no run) knows only the written dates.
 */
export interface Notices {
  /** 0 while no notice has been given in the run: the arrays are then not read. */
  readonly noticeGiven: number;
  readonly partyLeave: ArrayLike<number>;
  readonly pactEnd: ArrayLike<number>;
}

/** Whether pact `p` is in force on `day` and `a` and `b` are both parties to it that day, in one of their spells (as RunState.pactInForce and isParty). */
function bothPartiesOn(m: Model, p: number, a: number, b: number, day: number, notices?: Notices): boolean {
  const pact = m.pacts[p]!;
  if (day < pact.inForceDay || day >= pact.lapsedDay) return false;
  if (notices !== undefined && notices.noticeGiven !== 0) {
    const n = m.actors.length;
    if (day >= notices.pactEnd[p]! || day >= notices.partyLeave[p * n + a]! || day >= notices.partyLeave[p * n + b]!) return false;
  }
  return partyOn(pact, a, day) && partyOn(pact, b, day);
}

/**
 * What makes `a` an ally of `b` on `day`: the first pact in force that day, both being parties to
 * it that day (membership dates), binding them by a defence or offense obligation between them (its
 * index), else -2 for a declared `alignment: ally`, else -1 (not allies). The one definition of an
 * ally: casus classes `{ alliedWith }` and war episodes (run/attribution.ts, rule 4) read it.
 */
export function allyTie(m: Model, a: number, b: number, day: number, notices?: Notices): number {
  if (a === b) return -1;
  for (const t of m.alliances[a]!) if (t.other === b && bothPartiesOn(m, t.pact, a, b, day, notices)) return t.pact;
  return declaredAllies(m, a, b) ? -2 : -1;
}

/** Whether actor `a` carries tag `tag` on `day`. */
export function carriesTag(m: Model, a: number, tag: number, day: number): boolean {
  for (const t of m.actorTags[a]!) if (t.tag === tag && day >= t.fromDay && day < t.untilDay) return true;
  return false;
}

/** Whether `a` is a party to pact `p` on `day` (the pact in force, `a` in a spell of membership, no notice of its taken effect). */
function partyOnDay(m: Model, p: number, a: number, day: number, notices?: Notices): boolean {
  const pact = m.pacts[p]!;
  if (day < pact.inForceDay || day >= pact.lapsedDay) return false;
  if (notices !== undefined && notices.noticeGiven !== 0 && (day >= notices.pactEnd[p]! || day >= notices.partyLeave[p * m.actors.length + a]!)) return false;
  return partyOn(pact, a, day);
}

/** Whether actor `a` belongs to class `c` on `day` (the day of the act). */
export function inClass(m: Model, c: ByClassInfo, a: number, day: number, notices?: Notices): boolean {
  switch (c.kind) {
    case 'nonParty': return !partyOnDay(m, c.pact, a, day, notices);
    case 'allOf':
      for (const part of c.parts) if (!(Array.isArray(part) ? part.includes(a) : inClass(m, part as ByClassInfo, a, day, notices))) return false;
      return true;
    case 'tag': return carriesTag(m, a, c.tag, day) !== c.negate;
    case 'except': return !c.actors.includes(a);
    case 'alliedWith':
      if (c.including && c.actors.includes(a)) return true;
      // Without `including`, a named actor still counts as the ally of another named one.
      for (const b of c.actors) if (allyTie(m, a, b, day, notices) !== -1) return true;
      return false;
  }
}

/**
 * Why `a` does or does not belong to class `c` on `day`, for the story of a run: "USA is allied
 * with JPN on 1962-10-01 (us-jpn-1960)", "KHM is communist on 1977-01-28".
 */
export function classReason(m: Model, c: ByClassInfo, a: number, day: number): string {
  const id = (x: number): string => m.actors[x]!.id;
  const on = `on ${isoOf(day)}`;
  switch (c.kind) {
    case 'nonParty': return partyOnDay(m, c.pact, a, day) ? `${id(a)} is a party to ${m.pacts[c.pact]!.id} ${on}` : `${id(a)} is not a party to ${m.pacts[c.pact]!.id} ${on}`;
    case 'allOf': {
      // Every part's reason when all hold; the first failing part's otherwise.
      const reasons: string[] = [];
      for (const part of c.parts) {
        const list = Array.isArray(part) ? part as readonly number[] : undefined;
        const holds = list !== undefined ? list.includes(a) : inClass(m, part as ByClassInfo, a, day);
        const reason = list !== undefined ? (holds ? `${id(a)} is named` : `${id(a)} is not among ${list.map(id).join(', ')}`) : classReason(m, part as ByClassInfo, a, day);
        if (!holds) return reason;
        reasons.push(reason);
      }
      return reasons.join(', and ');
    }
    case 'tag': {
      const tag = m.tags[c.tag]!.replace(/_/g, ' ');
      return carriesTag(m, a, c.tag, day) ? `${id(a)} is ${tag} ${on}` : `${id(a)} is not ${tag} ${on}`;
    }
    case 'except': return c.actors.includes(a) ? `${id(a)} is excepted` : `${id(a)} is not excepted (only ${c.actors.map(id).join(', ')})`;
    case 'alliedWith': {
      const named = c.actors.map(id).join(' or ');
      if (c.including && c.actors.includes(a)) return `${id(a)} is named`;
      for (const b of c.actors) {
        const tie = allyTie(m, a, b, day);
        if (tie !== -1) return `${id(a)} is allied with ${id(b)} ${on} (${tie >= 0 ? m.pacts[tie]!.id : 'declared alignment'})`;
      }
      if (c.actors.includes(a)) return `${id(a)} is named, and only the allies of the named count`;
      return `${id(a)} is not allied with ${named} ${on}`;
    }
  }
}
