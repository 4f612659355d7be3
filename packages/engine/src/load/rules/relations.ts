import type { Relation } from '../../schema/index.js';
import { ROLES } from '../../schema/index.js';
import type { PathSegment } from '../issue.js';
import { formatPath } from '../issue.js';
import { collectReferences } from './reference-sites.js';
import type { Rule, RuleContext } from './context.js';
import { DEFAULT_LADDER } from '../../model/ladder.js';

const isRole = (id: string) => (ROLES as readonly string[]).includes(id);

/**
 * A relation is between two different actors, is declared once per pair (in either order), and
 * its `initiator` is one of the two. A relation that starts above the crisis rung opens a war
 * episode at the start; without an `initiator` the engine names the actor declared first in
 * `actors` as the one who began it, which decides every `unprovoked` casus, so it is a warning
 * (`W_WAR_NO_INITIATOR`). Any pair written in logic (`between`, a weight's `rung` term)
 * must also name two different actors, unless a role is involved (bound at run time).
 */
export const relations: Rule = {
  name: 'relations',
  check(s, ctx) {
    const order = Object.keys(s.actors);
    const l = s.ladder ?? DEFAULT_LADDER;
    const crisis = l.crisis !== undefined ? l.rungs.findIndex((r) => r.id === l.crisis) : Math.min(2, l.rungs.length - 1);
    const rungs = l.rungs.map((r) => r.id);
    const lists: [readonly Relation[], PathSegment[]][] = [[s.relations, ['relations']]];
    for (const [id, sit] of Object.entries(s.situations)) if (sit.relations !== undefined) lists.push([sit.relations, ['situations', id, 'relations']]);
    for (const [list, base] of lists) {
      checkList(ctx, list, base);
      if (crisis >= 0) warnNoInitiator(ctx, list, base, rungs, crisis, order);
    }
    for (const p of collectReferences(s).pairs) {
      const [a, b] = p.pair;
      if (a === b && !isRole(a)) {
        ctx.report({ code: 'E_SELF_RELATION', path: p.path, received: `[${a}, ${b}]`, expected: 'two different actors', message: `a pair of actors names ${a} twice` });
      }
    }
  },
};

function checkList(ctx: RuleContext, list: readonly Relation[], base: PathSegment[]): void {
  const seen = new Map<string, PathSegment[]>();
  list.forEach((r, i) => {
    const path = [...base, i];
    const [a, b] = r.between;
    if (a === b) {
      ctx.report({ code: 'E_SELF_RELATION', path: [...path, 'between'], received: `[${a}, ${b}]`, expected: 'two different actors', message: `an actor cannot have a relation with itself (${a})` });
      return;
    }
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.report({ code: 'E_DUPLICATE_RELATION', path: [...path, 'between'], received: `[${a}, ${b}]`, message: `the relation between ${a} and ${b} is already declared at ${formatPath(first)}` });
    } else {
      seen.set(key, path);
    }
    if (r.initiator !== undefined && r.initiator !== a && r.initiator !== b) {
      ctx.report({ code: 'E_INITIATOR', path: [...path, 'initiator'], received: JSON.stringify(r.initiator), expected: `${a} or ${b}`, message: `the initiator of a war between ${a} and ${b} must be one of them, got ${r.initiator}` });
    }
  });
}

/** A war under way at the start whose initiator is not declared: who began it falls to actor order. */
function warnNoInitiator(ctx: RuleContext, list: readonly Relation[], base: PathSegment[], rungs: readonly string[], crisis: number, order: readonly string[]): void {
  list.forEach((r, i) => {
    const [a, b] = r.between;
    if (r.initiator !== undefined || r.rung === undefined || a === b || rungs.indexOf(r.rung) <= crisis) return;
    const ia = order.indexOf(a); const ib = order.indexOf(b);
    if (ia < 0 || ib < 0) return; // an unknown actor is reported by the references rule
    const first = ia < ib ? a : b;
    ctx.report({
      code: 'W_WAR_NO_INITIATOR', severity: 'warning', path: [...base, i, 'rung'], received: r.rung,
      message: `the relation between ${a} and ${b} starts at "${r.rung}", above the crisis rung, with no initiator: ${first}, the one declared first in actors, is taken to have begun it`,
      hint: `declare who began it: initiator: ${a} or initiator: ${b}`,
    });
  });
}
