import type { PathSegment } from '../issue.js';
import { formatPath } from '../issue.js';
import { unique } from './ids.js';
import type { Rule } from './context.js';
import { walkLogic } from './walk.js';

/**
 * The Council can work as written: an agenda (procedural) draft is a vote, not a statement; a rule
 * giving permanent members a veto needs a permanent seat;
 * a voting policy is for an actor that holds a seat (or `default`), once per member; an actor's
 * terms do not overlap; and the votes a draft needs do not exceed the seats there are.
 */
export const council: Rule = {
  name: 'council',
  check(s, ctx) {
    // A procedural decision is taken by a vote or not at all: it has no statement form to fall back on.
    walkLogic(s, {
      effect(e, path) {
        const d = e.draft;
        if (d === undefined || d.kind !== 'agenda') return;
        if (d.product !== undefined && d.product !== 'resolution') {
          ctx.report({
            code: 'E_ENUM', path: [...path, 'draft', 'product'], received: d.product, expected: 'resolution (the procedural vote), or no product',
            message: 'an agenda decision is a procedural vote of the members (Charter Art. 27(2)); it cannot be sought as a statement',
          });
        }
        if (d.fallback !== undefined && d.fallback.length > 0) {
          ctx.report({
            code: 'E_ENUM', path: [...path, 'draft', 'fallback'], received: d.fallback.join(', '), expected: 'no fallback',
            message: 'an agenda decision has no weaker product to fall back on: a statement does not put an item on the agenda',
          });
        }
      },
    });
    const c = s.council;
    if (c === undefined) return;
    if (c.rule.permanentVeto && !c.seats.some((seat) => seat.permanent)) {
      ctx.report({
        code: 'E_COUNCIL_P5', path: ['council', 'rule', 'permanentVeto'], expected: 'at least one seat with permanent: true',
        message: 'the adoption rule gives permanent members a veto, but no seat is permanent',
        hint: 'mark the permanent seats with permanent: true, or set permanentVeto: false',
      });
    }
    const seated = new Set(c.seats.map((seat) => seat.actor));
    c.policies.forEach((p, i) => {
      if (p.member === 'default' || seated.has(p.member)) return;
      ctx.report({
        code: 'E_COUNCIL_P5', path: ['council', 'policies', i, 'member'], received: JSON.stringify(p.member), expected: `a seated member (${[...seated].join(', ')}) or default`,
        message: `a voting policy for ${p.member}, which holds no Council seat`,
      });
    });
    unique(ctx, 'voting policy for member', c.policies.map((p, i) => [p.member, ['council', 'policies', i, 'member']]));
    const terms = new Map<string, { from: string; to: string; path: PathSegment[] }[]>();
    c.seats.forEach((seat, i) => {
      const term = { from: seat.from ?? '0000-01-01', to: seat.to ?? '9999-12-31', path: ['council', 'seats', i] };
      const earlier = terms.get(seat.actor) ?? [];
      const clash = earlier.find((t) => t.from <= term.to && term.from <= t.to);
      if (clash !== undefined) {
        ctx.report({ code: 'E_DUPLICATE_ID', path: ['council', 'seats', i, 'actor'], received: JSON.stringify(seat.actor), message: `${seat.actor} already holds a seat for part of this term (${formatPath(clash.path)})` });
      }
      terms.set(seat.actor, [...earlier, term]);
    });
    if (c.rule.minYes > c.seats.length) {
      ctx.report({ code: 'E_RANGE', path: ['council', 'rule', 'minYes'], received: String(c.rule.minYes), expected: `at most ${c.seats.length} (the number of seats)`, message: `a draft needs ${c.rule.minYes} votes in favour but the Council has ${c.seats.length} seat${c.seats.length === 1 ? '' : 's'}` });
    }
  },
};
