import type { Condition, Pact } from '../../schema/index.js';
import type { PathSegment } from '../issue.js';
import { addMonths, dayOf, isoOf, runDays } from '../../model/calendar.js';
import { walkLogic } from './walk.js';
import { partyLabel, partySpells, spellLabel } from '../../model/parties.js';
import type { Rule, RuleContext } from './context.js';

/**
 * Dates are in a possible order: a pact is signed no later than it enters into force and lapses
 * after; a party's membership begins no later than it ends and lies within the pact's life (from
 * entry into force to the day before it lapsed), and its spells go in date order without
 * overlapping; a Council term ends no earlier than it begins; a yearly date exists; a date window is not
 * empty. Scheduled dates and ticks outside the run are warnings (they simply never happen).
 * ISO dates compare correctly as strings.
 */
export const dates: Rule = {
  name: 'dates',
  check(s, ctx) {
    s.pacts.forEach((p, i) => {
      if (p.signed !== undefined && p.signed > p.inForce) {
        ctx.report({ code: 'E_DATES', path: ['pacts', i, 'signed'], received: p.signed, expected: `a date no later than inForce (${p.inForce})`, message: `signed ${p.signed}, after entry into force ${p.inForce}` });
      }
      if (p.lapsed !== undefined && p.lapsed <= p.inForce) {
        ctx.report({ code: 'E_DATES', path: ['pacts', i, 'lapsed'], received: p.lapsed, expected: `a date after inForce (${p.inForce})`, message: `lapsed ${p.lapsed}, not after entry into force ${p.inForce}` });
      }
      p.parties.forEach((party, j) => { if (typeof party !== 'string') spells(p, party, ['pacts', i, 'parties', j], ctx); });
    });
    s.council?.seats.forEach((seat, i) => {
      if (seat.from !== undefined && seat.to !== undefined && seat.to < seat.from) {
        ctx.report({ code: 'E_DATES', path: ['council', 'seats', i, 'to'], received: seat.to, expected: `a date no earlier than from (${seat.from})`, message: `the term of ${seat.actor} ends ${seat.to}, before it begins ${seat.from}` });
      }
    });
    const { start, end } = runDays(s.clock);
    const { horizon } = s.clock;
    const when = (at: string | number, path: PathSegment[], what: string, early: boolean) => {
      const outside = typeof at === 'number'
        ? (at > horizon ? `tick ${at} is after the last tick (${horizon})` : undefined)
        : early && dayOf(at) < start ? `${at} is before the clock starts (${s.clock.start})`
          : dayOf(at) >= end ? `${at} is after the end of the run (${isoOf(end - 1)})` : undefined;
      if (outside !== undefined) ctx.report({ code: 'W_OUTSIDE_RUN', severity: 'warning', path, received: String(at), message: `${outside}: this ${what} never happens` });
    };
    s.triggers.forEach((t, i) => {
      t.at?.forEach((at, j) => when(at, ['triggers', i, 'at', j], 'scheduled firing', true));
      if (t.every !== undefined && t.every !== 'tick' && t.every.day > daysInMonth(t.every.month)) {
        ctx.report({ code: 'E_DATES', path: ['triggers', i, 'every', 'day'], received: String(t.every.day), expected: `a day of month ${t.every.month}`, message: `month ${t.every.month} has no day ${t.every.day}` });
      }
    });
    // An inject dated before the start is applied at tick 0, so only late ones are lost; an early
    // one is said, since it then takes tick 0's date rather than its own.
    for (const [id, sit] of Object.entries(s.situations)) {
      sit.inject.forEach((inj, i) => {
        const path: PathSegment[] = ['situations', id, 'inject', i, 'at'];
        when(inj.at, path, 'inject', false);
        if (typeof inj.at === 'string' && dayOf(inj.at) < start) {
          ctx.report({
            code: 'W_INJECT_BEFORE_START', severity: 'warning', path, received: inj.at,
            message: `${inj.at} is before the clock starts (${s.clock.start}): this inject is applied at tick 0 and dated ${s.clock.start}, not its own date`,
            hint: `date it on or after ${s.clock.start}, or start the clock earlier`,
          });
        }
      });
    }
    // A pact, or a party's membership, that no day of the run falls in: its duties never bind
    // (most often a mistyped year).
    const run = `${s.clock.start} to ${isoOf(end - 1)}`;
    s.pacts.forEach((p, i) => {
      const from = dayOf(p.inForce);
      const until = p.lapsed !== undefined ? dayOf(p.lapsed) : Infinity;
      if (until <= start || from >= end) {
        const early = until <= start;
        ctx.report({
          code: 'W_OUTSIDE_RUN', severity: 'warning', path: ['pacts', i, early ? 'lapsed' : 'inForce'], received: early ? p.lapsed! : p.inForce,
          message: `pact "${p.id}" ${early ? `lapsed ${p.lapsed}, before the run (${run})` : `enters into force ${p.inForce}, after the run (${run})`}: it binds no one on any day of the run`,
        });
        return;
      }
      p.parties.forEach((party, j) => {
        if (typeof party === 'string') return;
        const seen = partySpells(party).some((sp) => {
          const a = Math.max(from, start, sp.from !== undefined ? dayOf(sp.from) : from);
          const b = Math.min(until, end, sp.to !== undefined ? dayOf(sp.to) + 1 : until);
          return a < b;
        });
        if (!seen) {
          ctx.report({
            code: 'W_OUTSIDE_RUN', severity: 'warning', path: ['pacts', i, 'parties', j], received: partyLabel(party),
            message: `${party.actor} is a party to pact "${p.id}" only ${partySpells(party).map(spellLabel).filter(Boolean).join('; ')}, on no day of the run (${run}): it bears no duty under it and is owed none`,
          });
        }
      });
    });
    walkLogic(s, { condition: (c, path) => window(c, path, ctx) });
  },
};

/**
 * A party's spells: each one as {@link membership} checks it, and together in date order without
 * overlapping (E_SPELLS): each spell ends before the next begins, so only the first may leave out
 * `from` and only the last `to`. `spells` replaces `from` and `to`; both at once is E_SPELLS too.
 */
function spells(p: Pact, party: PartyObject, path: PathSegment[], ctx: RuleContext): void {
  if (party.spells === undefined) { membership(p, party.actor, party, path, ctx); return; }
  for (const key of ['from', 'to'] as const) {
    if (party[key] === undefined) continue;
    ctx.report({
      code: 'E_SPELLS', path: [...path, key], received: party[key],
      message: `${party.actor} has both spells and its own ${key} in pact "${p.id}"`, hint: `write the ${key} date inside spells`,
    });
  }
  const list = party.spells;
  list.forEach((spell, k) => membership(p, party.actor, spell, [...path, 'spells', k], ctx));
  for (let k = 1; k < list.length; k++) {
    const before = list[k - 1]!;
    const spell = list[k]!;
    const at: PathSegment[] = [...path, 'spells', k];
    if (before.to === undefined) {
      ctx.report({
        code: 'E_SPELLS', path: [...path, 'spells', k - 1], received: JSON.stringify(before),
        expected: 'a last day (to), since another spell follows',
        message: `${party.actor}'s spell ${k} in pact "${p.id}" has no last day, so it runs into spell ${k + 1}`,
      });
    } else if (spell.from === undefined) {
      ctx.report({
        code: 'E_SPELLS', path: at, received: JSON.stringify(spell), expected: `a first day (from) after ${before.to}`,
        message: `${party.actor}'s spell ${k + 1} in pact "${p.id}" has no first day, so it overlaps spell ${k}`,
      });
    } else if (spell.from <= before.to) {
      ctx.report({
        code: 'E_SPELLS', path: [...at, 'from'], received: spell.from, expected: `a date after ${before.to}, the last day of spell ${k}`,
        message: `${party.actor}'s spell ${k + 1} in pact "${p.id}" begins ${spell.from}, ${dayOf(spell.from) < dayOf(before.from ?? p.inForce) ? 'before the spell listed before it (spells go in date order)' : `before spell ${k} ends (${before.to}): spells must not overlap`}`,
      });
    }
  }
}

type PartyObject = Exclude<Pact['parties'][number], string>;

/**
 * One spell of a party: `from` no later than `to`, both within the pact's life. The last day as a
 * party must come before the day the pact lapsed, since on that day it binds no one.
 */
function membership(p: Pact, actor: string, spell: { from?: string | undefined; to?: string | undefined }, path: PathSegment[], ctx: RuleContext): void {
  const { from, to } = spell;
  const life = `${p.inForce}${p.lapsed !== undefined ? ` to ${isoOf(dayOf(p.lapsed) - 1)}` : ' on'}`;
  if (from !== undefined && to !== undefined && from > to) {
    ctx.report({ code: 'E_DATES', path: [...path, 'to'], received: to, expected: `a date no earlier than from (${from})`, message: `${actor} leaves pact "${p.id}" on ${to}, before it joins on ${from}` });
  }
  for (const [key, date] of [['from', from], ['to', to]] as const) {
    if (date === undefined) continue;
    if (date < p.inForce || (p.lapsed !== undefined && date >= p.lapsed)) {
      ctx.report({
        code: 'E_DATES', path: [...path, key], received: date, expected: `a date within the pact's life (${life})`,
        message: `${actor}'s membership ${key === 'from' ? 'begins' : 'ends'} ${date}, outside the life of pact "${p.id}" (${life})`,
      });
    }
  }
}

function window(c: Condition, path: PathSegment[], ctx: RuleContext): void {
  if (c.date?.from !== undefined && c.date.before !== undefined && c.date.before <= c.date.from) {
    ctx.report({ code: 'E_DATES', path: [...path, 'date', 'before'], received: c.date.before, expected: `a date after from (${c.date.from})`, message: `the window from ${c.date.from} before ${c.date.before} is empty` });
  }
}

/** Days in a month of a leap year, so a yearly 29 February is allowed. */
function daysInMonth(month: number): number {
  const first = `2000-${String(month).padStart(2, '0')}-01`;
  return dayOf(addMonths(first, 1)) - dayOf(first);
}
