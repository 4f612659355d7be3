import type { Relation } from '../../schema/index.js';
import { ROLES } from '../../schema/index.js';
import type { PathSegment } from '../issue.js';
import { formatPath } from '../issue.js';
import { collectReferences } from './reference-sites.js';
import type { Rule, RuleContext } from './context.js';

const isRole = (id: string) => (ROLES as readonly string[]).includes(id);

/**
 * A relation is between two different actors, is declared once per pair (in either order), and
 * its `initiator` is one of the two. Any pair written in logic (`between`, a weight's `rung` term)
 * must also name two different actors, unless a role is involved (bound at run time).
 */
export const relations: Rule = {
  name: 'relations',
  check(s, ctx) {
    checkList(ctx, s.relations, ['relations']);
    for (const [id, sit] of Object.entries(s.situations)) if (sit.relations !== undefined) checkList(ctx, sit.relations, ['situations', id, 'relations']);
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
