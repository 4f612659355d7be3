import { isoOf } from './calendar.js';
import type { ByClassInfo, Model } from './model.js';

/*
 * Who belongs to a class of attackers on a given day (schema/by-class.ts). Everything here reads
 * the model only — declared alignments, pact dates, tag dates — so the two engines, the narration
 * and the loader's checks agree by construction.
 */

/** The alignment index of `ally` (schema ALIGNMENTS). */
const ALLY = 0;

/**
 * A pair declared `alignment: ally` (the start state; alignments do not change during a run). The
 * one definition of a declared ally: war episodes (run/attribution.ts, rule 4) read it too.
 */
export function declaredAllies(m: Model, a: number, b: number): boolean {
  if (a === b) return false;
  return m.alignment[m.pairOf[a * m.actors.length + b]!] === ALLY;
}

/** Whether pact `p` is in force on `day` (as RunState.pactInForce). */
function pactInForceOn(m: Model, p: number, day: number): boolean {
  const pact = m.pacts[p]!;
  return day >= pact.inForceDay && day < pact.lapsedDay;
}

/**
 * What makes `a` an ally of `b` on `day`: the first pact in force that day binding them by a
 * defence or offense obligation between them (its index), else -2 for a declared `alignment:
 * ally`, else -1 (not allies).
 */
export function allyTie(m: Model, a: number, b: number, day: number): number {
  if (a === b) return -1;
  for (const t of m.alliances[a]!) if (t.other === b && pactInForceOn(m, t.pact, day)) return t.pact;
  return declaredAllies(m, a, b) ? -2 : -1;
}

/** Whether actor `a` carries tag `tag` on `day`. */
export function carriesTag(m: Model, a: number, tag: number, day: number): boolean {
  for (const t of m.actorTags[a]!) if (t.tag === tag && day >= t.fromDay && day < t.untilDay) return true;
  return false;
}

/** Whether actor `a` belongs to class `c` on `day` (the day of the act). */
export function inClass(m: Model, c: ByClassInfo, a: number, day: number): boolean {
  switch (c.kind) {
    case 'tag': return carriesTag(m, a, c.tag, day) !== c.negate;
    case 'except': return !c.actors.includes(a);
    case 'alliedWith':
      if (c.actors.includes(a)) return c.including;
      for (const b of c.actors) if (allyTie(m, a, b, day) !== -1) return true;
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
    case 'tag': {
      const tag = m.tags[c.tag]!.replace(/_/g, ' ');
      return carriesTag(m, a, c.tag, day) ? `${id(a)} is ${tag} ${on}` : `${id(a)} is not ${tag} ${on}`;
    }
    case 'except': return c.actors.includes(a) ? `${id(a)} is excepted` : `${id(a)} is not among ${c.actors.map(id).join(', ')}`;
    case 'alliedWith': {
      const named = c.actors.map(id).join(' or ');
      if (c.actors.includes(a)) return c.including ? `${id(a)} is named` : `${id(a)} is named, and only its allies count`;
      for (const b of c.actors) {
        const tie = allyTie(m, a, b, day);
        if (tie !== -1) return `${id(a)} is allied with ${id(b)} ${on} (${tie >= 0 ? m.pacts[tie]!.id : 'declared alignment'})`;
      }
      return `${id(a)} is not allied with ${named} ${on}`;
    }
  }
}
