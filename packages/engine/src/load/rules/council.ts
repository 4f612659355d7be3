import type { PathSegment } from '../issue.js';
import { formatPath } from '../issue.js';
import { unique } from './ids.js';
import type { Rule } from './context.js';
import { walkLogic } from './walk.js';
import { supportOf } from './support.js';
import type { Num } from '../../schema/primitives.js';
import type { Scenario } from '../../schema/index.js';
import { dayOf, isoOf, runDays } from '../../model/calendar.js';
import { declaresAtLeast } from '../feature-versions.js';

/**
 * The Council can work as written: an agenda (procedural) draft is a vote, not a statement; a rule
 * giving permanent members a veto needs a permanent seat;
 * a voting policy is for an actor that holds a seat (or `default`), once per member; an actor's
 * terms do not overlap; the votes a draft needs do not exceed the seats there are; and every vote
 * rule gives some vote a weight above 0 (`voteWeights`).
 */
export const council: Rule = {
  name: 'council',
  check(s, ctx) {
    // A procedural decision is taken by a vote or not at all: it has no statement form to fall back on.
    walkLogic(s, {
      effect(e, path) {
        const d = e.draft;
        // Without a Council no draft is ever tabled, so an outcome waiting for its result could never hold.
        if (d !== undefined && s.council === undefined) {
          // An error from format 1.11; a warning in a file that declares an older version, which stays valid.
          const strict = declaresAtLeast(s.version, '1.11');
          ctx.report({
            code: strict ? 'E_REQUIRED' : 'W_DRAFT_NO_COUNCIL', ...(strict ? {} : { severity: 'warning' as const }),
            path: [...path, 'draft'], anchor: 'key', expected: 'a council section (seats, rule, voting policies)',
            message: 'a draft is tabled in the Security Council, but the scenario has no council section: it would never be voted on',
            hint: 'add council: { rule: { minYes: 9, permanentVeto: true }, seats: […], policies: […] }, or remove the draft',
          });
        }
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
    voteWeights(s, c, ctx);
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
    seatCount(s, c, ctx);
    if (c.rule.minYes > c.seats.length) {
      ctx.report({ code: 'E_RANGE', path: ['council', 'rule', 'minYes'], received: String(c.rule.minYes), expected: `at most ${c.seats.length} (the number of seats)`, message: `a draft needs ${c.rule.minYes} votes in favour but the Council has ${c.seats.length} seat${c.seats.length === 1 ? '' : 's'}` });
    }
    (c.rule.amended ?? []).forEach((a, i, all) => {
      const at = ['council', 'rule', 'amended', i];
      if (i > 0 && dayOf(a.from) <= dayOf(all[i - 1]!.from)) {
        ctx.report({ code: 'E_DATES', path: [...at, 'from'], received: a.from, expected: `a day after ${all[i - 1]!.from}`, message: 'the amendments of the voting rule must be in date order, each from a later day than the one before' });
      }
      if (a.minYes > c.seats.length) {
        ctx.report({ code: 'E_RANGE', path: [...at, 'minYes'], received: String(a.minYes), expected: `at most ${c.seats.length} (the number of seats)`, message: `from ${a.from} a draft needs ${a.minYes} votes in favour but the Council has ${c.seats.length} seat${c.seats.length === 1 ? '' : 's'}` });
      }
    });
    // (1.12) An emergency special session meets from its first day to its last.
    c.vetoDebate?.emergencySessions?.forEach((e, i) => {
      const at = ['council', 'vetoDebate', 'emergencySessions', i];
      if (e.to !== undefined && e.to < e.from) {
        ctx.report({ code: 'E_DATES', path: [...at, 'to'], received: e.to, expected: `a date no earlier than from (${e.from})`, message: `emergency special session ${e.id} ends on ${e.to}, before it begins on ${e.from}` });
      }
    });
  },
};

/** The votes in favour a draft needs on `day` under the rule as written (its amendments included). */
function minYesOnDay(c: NonNullable<Scenario['council']>, day: number): number {
  let n = c.rule.minYes;
  for (const a of c.rule.amended ?? []) if (dayOf(a.from) <= day) n = a.minYes;
  return n;
}

/**
 * The number of seats changes during the run (elected terms ending with no successors written, or
 * new members from a date): drafts after the change are voted by a smaller or larger Council,
 * which moves every vote count — a warning, once, at the first change (`W_COUNCIL_SEATS`).
 */
function seatCount(s: Scenario, c: NonNullable<Scenario['council']>, ctx: Parameters<Rule['check']>[1]): void {
  const { start, end } = runDays(s.clock);
  const from = (seat: (typeof c.seats)[number]): number => (seat.from === undefined ? -Infinity : dayOf(seat.from));
  const until = (seat: (typeof c.seats)[number]): number => (seat.to === undefined ? Infinity : dayOf(seat.to) + 1);
  const count = (day: number): number => c.seats.filter((seat) => from(seat) <= day && day < until(seat)).length;
  const changes = [...new Set(c.seats.flatMap((seat) => [from(seat), until(seat)]).filter((d) => d > start && d < end))].sort((a, b) => a - b);
  const before = count(start);
  const first = changes.find((d) => count(d) !== before);
  if (first === undefined) return;
  const after = count(first);
  // An amendment of the voting rule from the same day is the author's own reading of the change
  // (the enlargement of 1 January 1966 with its nine votes): nothing to warn about.
  if ((c.rule.amended ?? []).some((a) => dayOf(a.from) === first)) return;
  const ending = c.seats.map((seat, i) => [seat, i] as const).filter(([seat]) => until(seat) === first);
  const starting = c.seats.map((seat, i) => [seat, i] as const).filter(([seat]) => from(seat) === first);
  const [, at] = (after < before ? ending : starting)[0] ?? ending[0] ?? starting[0]!;
  const who = after < before ? `the terms of ${ending.map(([seat]) => seat.actor).join(', ')} end ${isoOf(first - 1)}` : `${starting.map(([seat]) => seat.actor).join(', ')} take${starting.length === 1 ? 's' : ''} a seat`;
  ctx.report({
    code: 'W_COUNCIL_SEATS', severity: 'warning', path: ['council', 'seats', at, after < before ? 'to' : 'from'], received: `${before} → ${after} seats`,
    message: `the Council has ${before} seat${before === 1 ? '' : 's'} when the run starts and ${after} from ${isoOf(first)} (${who}): drafts voted after that day count ${after} members (${minYesOnDay(c, first)} votes in favour needed)`,
    hint: 'write the members that succeed them, with their terms, if the Council should keep its size',
  });
}

const VOTE_KEYS = ['yes', 'no', 'abstain', 'absent', 'notVoting'] as const;

/**
 * A vote rule says how a member votes, so its weights cannot all be 0: `vote: {}` or four literal
 * zeros expresses no vote at all (the engine used to read it as certain absence, a vote nobody
 * wrote). An error at the rule's `vote` (`E_VOTE_WEIGHTS`). Weights that name parameters can all
 * read 0 only under some parameter values; the engine then has the member abstain, as a member
 * whose policy has no rule for the draft does (semantics.md, "The Security Council"), and the
 * loader warns (`W_VOTE_WEIGHTS_ZERO`) when every weight is 0 or a parameter that takes the value 0
 * with a chance above 0 (a fixed value or a discrete value), so that abstention is never a surprise.
 */
function voteWeights(s: Scenario, c: NonNullable<Scenario['council']>, ctx: Parameters<Rule['check']>[1]): void {
  /** 'zero': the literal 0; 'can': a parameter that can take 0 with positive chance; 'no': otherwise. */
  const zero = (w: Num): 'zero' | 'can' | 'no' => {
    if (typeof w === 'number') return w === 0 ? 'zero' : 'no';
    const p = s.parameters[w.param];
    if (p === undefined) return 'no';
    const sup = supportOf(p);
    if (!sup.ok) return 'no';
    const levels = Object.values(p.levels ?? {});
    const canZero = (sup.min === 0 && sup.max === 0) || (sup.values?.includes(0) ?? false) || levels.includes(0);
    return canZero ? 'can' : 'no';
  };
  c.policies.forEach((p, i) => p.rules.forEach((r, j) => {
    const path: PathSegment[] = ['council', 'policies', i, 'rules', j, 'vote'];
    const kinds = VOTE_KEYS.map((k) => zero(r.vote[k] ?? 0));
    if (kinds.every((k) => k === 'zero')) {
      ctx.report({
        code: 'E_VOTE_WEIGHTS', path, expected: 'a weight above 0 for at least one of yes, no, abstain, absent, notVoting', received: 'all 0',
        message: `the vote rule ${j + 1} of ${p.member === 'default' ? 'the default policy' : `${p.member}'s policy`} gives every vote weight 0, so it says nothing about how the member votes`,
        hint: 'give the vote the member casts a weight (e.g. vote: { abstain: 1 }), or remove the rule',
      });
    } else if (kinds.every((k) => k !== 'no')) {
      ctx.report({
        code: 'W_VOTE_WEIGHTS_ZERO', severity: 'warning', path,
        message: `every weight of the vote rule ${j + 1} of ${p.member === 'default' ? 'the default policy' : `${p.member}'s policy`} is 0 or a parameter that can take the value 0: when they all read 0 the member abstains`,
      });
    }
  }));
}
