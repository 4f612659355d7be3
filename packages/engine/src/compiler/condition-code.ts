/**
 * Conditions as JavaScript expressions over the run state `s`, for the kinds whose meaning is a few
 * array reads (relations and postures between named actors, variables, counters, outcomes, dates,
 * ticks, regimes, pacts in force, parties of the day, and their combinations). Anything else —
 * role-bound actors, obligations, Council results — returns undefined, and the caller keeps the compiled closure
 * (model/conditions.ts), which is the definition both forms must agree with.
 *
 * @module
 */
import type { Condition } from '../schema/condition.js';
import type { Model } from '../model/model.js';
import { WAR_DECLARED, WAR_HOSTILITIES, WAR_NONE } from '../model/model.js';
import { dayOf } from '../model/calendar.js';
import { TABLES } from '../machines/host.js';
import type { Num } from '../schema/primitives.js';
import { idx, num } from './code.js';
import type { RunState } from '../run/state.js';

/**
 * The expression for condition `c` with no role bindings (a trigger's), or undefined. `lit` writes
 * a number that is a value of the model (a threshold that may be a parameter) rather than of its
 * structure: a slot read when the code is shared across parameter draws (compiler/code.ts).
 */
export function conditionCode(c: Condition, m: Model, lit: (x: number) => string = num, roles?: ConditionRoles): string | undefined {
  const value = (n: Num): number => {
    if (typeof n === 'number') return n;
    const v = m.parameters[n.param];
    if (v === undefined) throw new Error(`unknown parameter "${n.param}"`);
    return v;
  };
  const actor = (ref: string): number | undefined => m.actorIndex.get(ref);
  const actorExpr = (ref: string): string | undefined => actorCode(ref, m, roles);
  const rung = (id: string | undefined, dflt: number): number | undefined => (id === undefined ? dflt : m.rungIndex.get(id));

  const go = (c: Condition): string | undefined => {
    if (c.all) {
      const parts = c.all.map(go);
      return parts.some((p) => p === undefined) ? undefined : parts.length === 0 ? 'true' : `(${parts.join(' && ')})`;
    }
    if (c.any) {
      const parts = c.any.map(go);
      return parts.some((p) => p === undefined) ? undefined : parts.length === 0 ? 'false' : `(${parts.join(' || ')})`;
    }
    if (c.not) {
      const inner = go(c.not);
      return inner === undefined ? undefined : `!${inner}`;
    }
    if (c.relation) {
      // (1.13) Who began the war is the episodes' record: the closure reads it.
      if (c.relation.begunBy !== undefined) return undefined;
      const lo = rung(c.relation.atLeast, -1);
      const hi = rung(c.relation.atMost, 1e9);
      if (lo === undefined || hi === undefined) return undefined;
      const ax = actorExpr(c.relation.between[0]);
      const bx = actorExpr(c.relation.between[1]);
      if (ax === undefined || bx === undefined) return undefined;
      const warCode = WAR_TEST[String(c.relation.war)];
      if (warCode === undefined) return undefined;
      // A role bound when the code runs: the helper binds the pair as the closure does.
      if (!LITERAL.test(ax) || !LITERAL.test(bx)) return `H.relationIn(s, ${ax}, ${bx}, ${num(lo)}, ${num(hi)}, ${num(warCode)})`;
      const a = Number(ax);
      const b = Number(bx);
      if (a === b) return 'false';
      const p = idx(m.pairOf[a * m.actors.length + b]!);
      // A rung is an index of the ladder: the defaults (-1 and 1e9) bound every rung, so need no test.
      const tests = [`s.rung[${p}] >= ${num(lo)}`, `s.rung[${p}] <= ${num(hi)}`].filter((_, k) => (k === 0 ? c.relation!.atLeast !== undefined : c.relation!.atMost !== undefined));
      if (tests.length === 0) tests.push('true');
      const war = c.relation.war;
      const w = `s.machine.relation[${p}]`;
      if (war === true) tests.push(`${w} !== ${num(WAR_NONE)}`);
      else if (war === false) tests.push(`${w} === ${num(WAR_NONE)}`);
      else if (war === 'hostilities') tests.push(`${w} === ${num(WAR_HOSTILITIES)}`);
      else if (war === 'declared') tests.push(`${w} === ${num(WAR_DECLARED)}`);
      else if (war !== undefined) return undefined;
      return `(${tests.join(' && ')})`;
    }
    if (c.posture) {
      const ax = actorExpr(c.posture.actor);
      const lo = rung(c.posture.atLeast, -1);
      const hi = rung(c.posture.atMost, 1e9);
      if (ax === undefined || lo === undefined || hi === undefined) return undefined;
      return `H.postureIn(s, ${ax}, ${num(lo)}, ${num(hi)})`;
    }
    if (c.variable) {
      const v = m.variableIndex.get(c.variable.id);
      if (v === undefined) return undefined;
      const x = `s.vars[${idx(v)}]`;
      const bound = (n: Num | undefined, dflt: number): string => (n === undefined ? num(dflt) : lit(value(n)));
      // The closure makes all four comparisons (a NaN value fails every one). `>= -Infinity` and
      // `<= Infinity` hold for every other number, so when not given they are left out: the strict
      // ones, always written, still fail NaN and the infinities as the closure does.
      const tests = [`${x} > ${bound(c.variable.gt, -Infinity)}`];
      if (c.variable.gte !== undefined) tests.push(`${x} >= ${bound(c.variable.gte, -Infinity)}`);
      tests.push(`${x} < ${bound(c.variable.lt, Infinity)}`);
      if (c.variable.lte !== undefined) tests.push(`${x} <= ${bound(c.variable.lte, Infinity)}`);
      return `(${tests.join(' && ')})`;
    }
    if (c.regime) {
      const r = m.regimeIndex.get(c.regime.id);
      if (r === undefined) return undefined;
      const states = [...new Set(c.regime.state.map((x) => TABLES.regime.state(x)))];
      return states.length === 0 ? 'false' : `(${states.map((st) => `s.machine.regime[${idx(r)}] === ${num(st)}`).join(' || ')})`;
    }
    if (c.happened) {
      const h = c.happened;
      const by = h.by !== undefined ? actor(h.by) : -1;
      const on = h.on !== undefined ? actor(h.on) : -1;
      if (by === undefined || on === undefined) return undefined;
      const minIntensity = h.minIntensity ?? 0;
      const k = m.counters.findIndex((x) => x.event === h.event && x.detail === h.kind && x.actor === by && x.target === on
        && x.minIntensity === minIntensity && x.nuclear === h.nuclear);
      if (k < 0) return undefined;
      return `(s.counters[${idx(k)}] >= ${h.atLeast === undefined ? num(1) : lit(h.atLeast)})`;
    }
    if (c.outcome !== undefined) {
      const o = m.outcomes.findIndex((x) => x.id === c.outcome);
      return o < 0 ? undefined : `(s.outcomeTick[${idx(o)}] >= 0)`;
    }
    if (c.pactInForce !== undefined) {
      const p = m.pactIndex.get(c.pactInForce);
      return p === undefined ? undefined : `s.pactInForce(${idx(p)})`;
    }
    if (c.party) {
      const p = m.pactIndex.get(c.party.pact);
      const ax = actorExpr(c.party.actor);
      return p === undefined || ax === undefined ? undefined : `H.partyIn(s, ${idx(p)}, ${ax})`;
    }
    if (c.date) {
      const tests: string[] = [];
      if (c.date.from !== undefined) tests.push(`s.curDay >= ${num(dayOf(c.date.from))}`);
      if (c.date.before !== undefined) tests.push(`s.curDay < ${num(dayOf(c.date.before))}`);
      return tests.length === 0 ? 'true' : `(${tests.join(' && ')})`;
    }
    if (c.tick) {
      const tests: string[] = [];
      if (c.tick.gte !== undefined) tests.push(`s.tick >= ${num(c.tick.gte)}`);
      if (c.tick.lt !== undefined) tests.push(`s.tick < ${num(c.tick.lt)}`);
      return tests.length === 0 ? 'true' : `(${tests.join(' && ')})`;
    }
    // Obligations, Council results and kinds added later: the closure decides.
    if (c.obligation || c.council) return undefined;
    return Object.keys(c).length === 0 ? 'true' : undefined;
  };
  return go(c);
}

/** The expressions the roles of a condition stand for (a doctrine's owner as a literal; the event's actor and target). */
export interface ConditionRoles {
  readonly self: string;
  readonly actor: string;
  readonly target: string;
}

/** An actor as code: a literal index, or (with roles) the expression a role is bound to; undefined if unknown. */
export function actorCode(ref: string, m: Model, roles: ConditionRoles | undefined): string | undefined {
  if (roles !== undefined && (ref === '$self' || ref === '$actor' || ref === '$target')) return ref === '$self' ? roles.self : ref === '$actor' ? roles.actor : roles.target;
  const a = m.actorIndex.get(ref);
  return a === undefined ? undefined : idx(a);
}

/** An actor written as a literal index (known when the code is generated), not a role's expression. */
export const LITERAL = /^\d+$/;

/** `relation.war` as a number for {@link CONDITION_HELPERS}: -1 no test. */
const WAR_TEST: Readonly<Record<string, number>> = { undefined: -1, true: 0, false: 1, hostilities: 2, declared: 3 };

/** What condition expressions call; the generated programs spread these into their helpers. */
export const CONDITION_HELPERS = {
  /** A posture in [lo, hi]; an actor bound to no one (-1) fails, as the closure does. */
  postureIn(s: RunState, a: number, lo: number, hi: number): boolean {
    if (a < 0) return false;
    const r = s.posture(a);
    return r >= lo && r <= hi;
  },
  /** model/conditions.ts's party test: `a` (-1: a role bound to no one) a party to pact `p` today, the pact in force. */
  partyIn(s: RunState, p: number, a: number): boolean {
    return a >= 0 && s.pactInForce(p) && s.isParty(p, a);
  },
  /** model/conditions.ts's relation test with the pair bound now. */
  relationIn(s: RunState, a: number, b: number, lo: number, hi: number, war: number): boolean {
    if (a < 0 || b < 0 || a === b) return false;
    const p = s.model.pairOf[a * s.model.actors.length + b]!;
    const r = s.rung[p]!;
    if (r < lo || r > hi) return false;
    if (war < 0) return true;
    const w = s.warStatus(p);
    return war === 0 ? w !== WAR_NONE : war === 1 ? w === WAR_NONE : war === 2 ? w === WAR_HOSTILITIES : w === WAR_DECLARED;
  },
};
