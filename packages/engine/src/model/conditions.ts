import type { Condition } from '../schema/condition.js';
import { OBLIGATION_STATES, RESPONSE_LEVELS } from '../schema/vocabulary.js';
import { TABLES } from '../machines/host.js';
import { WAR_DECLARED, WAR_HOSTILITIES, WAR_NONE, type Predicate } from './model.js';
import { actorRef, bindActor, lookup, ModelError, type CompileContext } from './context.js';
import { dayOf } from './calendar.js';
import { SIDE_INITIATOR } from '../run/episodes.js';
import type { RunState } from '../run/state.js';

const TRUE: Predicate = () => true;
/** No actor named (a field left out), told apart from the role codes. */
const NO_ACTOR = -100;

/**
 * (1.13) Whether pair `p` is at war in a war `x`'s side began: in an open war episode, `x` stands
 * on the side that first used force (the attribution `unprovoked` reads); outside one, at war
 * with `x` the pair's initiator.
 */
function begunOnSideOf(s: RunState, p: number, x: number): boolean {
  if (x < 0) return false;
  const e = s.pairEpisode[p]!;
  if (e >= 0 && s.episodes.isOpen(e)) return s.episodes.sideOf(e, x) === SIDE_INITIATOR;
  return s.warStatus(p) !== WAR_NONE && s.initiator[p] === x;
}

/**
 * Compiles a condition into a closure over the run state. Every id is resolved here, once, so
 * evaluating a condition in the run loop is a few array reads.
 */
export function compileCondition(c: Condition, ctx: CompileContext): Predicate {
  if (c.all) {
    const parts = c.all.map((x) => compileCondition(x, ctx));
    return (s, a, b, t) => { for (const p of parts) if (!p(s, a, b, t)) return false; return true; };
  }
  if (c.any) {
    const parts = c.any.map((x) => compileCondition(x, ctx));
    return (s, a, b, t) => { for (const p of parts) if (p(s, a, b, t)) return true; return false; };
  }
  if (c.not) {
    const inner = compileCondition(c.not, ctx);
    return (s, a, b, t) => !inner(s, a, b, t);
  }
  if (c.relation) {
    const x = actorRef(ctx, c.relation.between[0]);
    const y = actorRef(ctx, c.relation.between[1]);
    const lo = c.relation.atLeast !== undefined ? lookup(ctx.rungIndex, c.relation.atLeast, 'rung') : -1;
    const hi = c.relation.atMost !== undefined ? lookup(ctx.rungIndex, c.relation.atMost, 'rung') : 1e9;
    const war = c.relation.war;
    const n = ctx.nActors;
    const pairOf = ctx.pairOf;
    const begunBy = c.relation.begunBy !== undefined ? actorRef(ctx, c.relation.begunBy) : NO_ACTOR;
    return (s, self, actor, target) => {
      const a = bindActor(x, self, actor, target);
      const b = bindActor(y, self, actor, target);
      if (a < 0 || b < 0 || a === b) return false;
      const p = pairOf[a * n + b]!;
      const r = s.rung[p]!;
      if (r < lo || r > hi) return false;
      if (begunBy !== NO_ACTOR && !begunOnSideOf(s, p, bindActor(begunBy, self, actor, target))) return false;
      if (war === undefined) return true;
      const w = s.warStatus(p);
      if (war === true) return w !== WAR_NONE;
      if (war === false) return w === WAR_NONE;
      return war === 'hostilities' ? w === WAR_HOSTILITIES : w === WAR_DECLARED;
    };
  }
  if (c.posture) {
    const x = actorRef(ctx, c.posture.actor);
    const lo = c.posture.atLeast !== undefined ? lookup(ctx.rungIndex, c.posture.atLeast, 'rung') : -1;
    const hi = c.posture.atMost !== undefined ? lookup(ctx.rungIndex, c.posture.atMost, 'rung') : 1e9;
    return (s, self, actor, target) => {
      const a = bindActor(x, self, actor, target);
      if (a < 0) return false;
      const r = s.posture(a);
      return r >= lo && r <= hi;
    };
  }
  if (c.variable) {
    const v = lookup(ctx.variableIndex, c.variable.id, 'variable');
    const gt = c.variable.gt !== undefined ? ctx.value(c.variable.gt) : -Infinity;
    const gte = c.variable.gte !== undefined ? ctx.value(c.variable.gte) : -Infinity;
    const lt = c.variable.lt !== undefined ? ctx.value(c.variable.lt) : Infinity;
    const lte = c.variable.lte !== undefined ? ctx.value(c.variable.lte) : Infinity;
    return (s) => { const x = s.vars[v]!; return x > gt && x >= gte && x < lt && x <= lte; };
  }
  if (c.obligation) {
    const pact = lookup(ctx.pactIndex, c.obligation.pact, 'pact');
    const by = c.obligation.by !== undefined ? actorRef(ctx, c.obligation.by) : -1;
    const id = c.obligation.obligation;
    const candidates = ctx.obligationsOfPact[pact]!.filter((o) => id === undefined || o.id === id);
    if (candidates.length === 0) throw new ModelError(`pact "${c.obligation.pact}" has no obligation "${id}"`);
    const states = new Set((c.obligation.state ?? OBLIGATION_STATES.filter((x) => x !== 'dormant' && x !== 'lapsed' && x !== 'not_in_force' && x !== 'unrequested'))
      .map((x) => TABLES.obligation.state(x)));
    const atLeast = c.obligation.atLeast !== undefined ? RESPONSE_LEVELS.indexOf(c.obligation.atLeast) : -1;
    const honoured = TABLES.obligation.state('honoured');
    // (1.14) The casus the duty is answering: its enemy (or a coalition's) and the party it protects.
    const enemy = c.obligation.enemy !== undefined ? actorRef(ctx, c.obligation.enemy) : -1;
    const beneficiary = c.obligation.beneficiary !== undefined ? actorRef(ctx, c.obligation.beneficiary) : -1;
    const n = ctx.actorIndex.size;
    return (s, self, actor, target) => {
      const who = by === -1 ? -1 : bindActor(by, self, actor, target);
      const foe = enemy === -1 ? -1 : bindActor(enemy, self, actor, target);
      const ward = beneficiary === -1 ? -1 : bindActor(beneficiary, self, actor, target);
      for (const o of candidates) {
        if (who >= 0 && o.obligated !== who) continue;
        if (foe >= 0 || ward >= 0) {
          const casus = s.obligationCasus[o.index]!;
          if (casus < 0) continue;
          if (ward >= 0 && casus % n !== ward) continue;
          if (foe >= 0 && Math.floor(casus / n) !== foe && s.obligationCoEnemies[o.index * n + foe] === 0) continue;
        }
        const st = s.obligationState(o.index);
        if (atLeast >= 0) { if (st === honoured && s.obligationLevel[o.index]! >= atLeast) return true; continue; }
        if (states.has(st)) return true;
      }
      return false;
    };
  }
  if (c.regime) {
    const r = lookup(ctx.regimeIndex, c.regime.id, 'sanctions regime');
    const states = new Set(c.regime.state.map((x) => TABLES.regime.state(x)));
    return (s) => states.has(s.regimeState(r));
  }
  if (c.council || c.happened) {
    const need = c.council ? c.council.atLeast ?? 1 : c.happened!.atLeast ?? 1;
    const count = c.council ? { council: c.council } : { happened: c.happened };
    const keyed = roleKeyedSlots(ctx, count);
    if (keyed === undefined) {
      const slots = countSlots(ctx, count);
      if (slots.length === 1) { const k = slots[0]!; return (s) => s.counters[k]! >= need; }
      return (s) => { let n = 0; for (const k of slots) n += s.counters[k]!; return n >= need; };
    }
    // (1.13) A role in the count: the counters of the actors it binds to, chosen at each look.
    const { by, on, width, slots } = keyed;
    const onValues = on < -1 ? ctx.nActors : 1;
    return (s, self, actor, target) => {
      const a = by < -1 ? bindActor(by, self, actor, target) : 0;
      const b = on < -1 ? bindActor(on, self, actor, target) : 0;
      if (a < 0 || b < 0) return false;
      const at = (a * onValues + b) * width;
      let total = 0;
      for (let k = 0; k < width; k++) total += s.counters[slots[at + k]!]!;
      return total >= need;
    };
  }
  if (c.outcome !== undefined) {
    const o = lookup(ctx.outcomeIndex, c.outcome, 'outcome');
    return (s) => s.outcomeTick[o]! >= 0;
  }
  if (c.pactInForce !== undefined) {
    const p = lookup(ctx.pactIndex, c.pactInForce, 'pact');
    return (s) => s.pactInForce(p);
  }
  if (c.party) {
    // A party in the sense of the law of treaties (VCLT Art. 2(1)(g)): bound, the treaty in force for it.
    const p = lookup(ctx.pactIndex, c.party.pact, 'pact');
    const x = actorRef(ctx, c.party.actor);
    return (s, self, actor, target) => {
      const a = bindActor(x, self, actor, target);
      return a >= 0 && s.pactInForce(p) && s.isParty(p, a);
    };
  }
  if (c.date) {
    // The day of the effect, decision or vote being applied (a dated inject may fall inside its
    // tick), as `pactInForce` and `party` read it; at the start of a tick, the tick's first day.
    const from = c.date.from !== undefined ? dayOf(c.date.from) : -Infinity;
    const before = c.date.before !== undefined ? dayOf(c.date.before) : Infinity;
    return (s) => s.curDay >= from && s.curDay < before;
  }
  if (c.tick) {
    const gte = c.tick.gte ?? -Infinity;
    const lt = c.tick.lt ?? Infinity;
    return (s) => s.tick >= gte && s.tick < lt;
  }
  return TRUE;
}

/**
 * The counters whose sum is a `council` or `happened` count by fixed actors (a condition's, before
 * its `atLeast`; a metric's `count`): one per result of a `council` count, one for a `happened`
 * count. A count naming a role is {@link roleKeyedSlots}'.
 */
export function countSlots(ctx: CompileContext, c: { council?: Condition['council']; happened?: Condition['happened'] }): number[] {
  const { by, on } = countActors(ctx, c);
  if (by < -1 || on < -1) throw new ModelError('a count that names $actor or $target (or $self outside a doctrine) is read where roles are bound');
  return countersFor(ctx, c, by, on);
}

/**
 * (1.13) A count whose actor or target is a role (`happened: { by: $actor }`, `council: { target:
 * $actor }`): counters for every actor the role can bind to, so the count read at an obligation,
 * a doctrine or a Council policy is the one about the actors of that look. `slots` holds `width`
 * counters (one per `council` result) for each binding, role `by` major; undefined when the count
 * names no role.
 */
function roleKeyedSlots(ctx: CompileContext, c: { council?: Condition['council']; happened?: Condition['happened'] }): { by: number; on: number; width: number; slots: Int32Array } | undefined {
  const { by, on } = countActors(ctx, c);
  if (by >= -1 && on >= -1) return undefined;
  const n = ctx.nActors;
  const byValues = by < -1 ? n : 1;
  const onValues = on < -1 ? n : 1;
  const width = c.council ? c.council.result.length : 1;
  const slots = new Int32Array(byValues * onValues * width);
  for (let a = 0; a < byValues; a++) {
    for (let b = 0; b < onValues; b++) {
      const list = countersFor(ctx, c, by < -1 ? a : by, on < -1 ? b : on);
      slots.set(list, (a * onValues + b) * width);
    }
  }
  return { by, on, width, slots };
}

/** The actor references of a count: its actor (`happened.by`; none for `council`) and target (`happened.on`, `council.target`), -1 for any. */
function countActors(ctx: CompileContext, c: { council?: Condition['council']; happened?: Condition['happened'] }): { by: number; on: number } {
  if (c.council) return { by: -1, on: c.council.target !== undefined ? actorRef(ctx, c.council.target) : -1 };
  const h = c.happened!;
  return { by: h.by !== undefined ? actorRef(ctx, h.by) : -1, on: h.on !== undefined ? actorRef(ctx, h.on) : -1 };
}

function countersFor(ctx: CompileContext, c: { council?: Condition['council']; happened?: Condition['happened'] }, by: number, on: number): number[] {
  if (c.council) {
    return c.council.result.map((result) => counter(ctx, { event: 'draftResult', detail: result, actor: -1, target: on, minIntensity: 0, nuclear: undefined, kind: c.council!.kind }));
  }
  const h = c.happened!;
  return [counter(ctx, { event: h.event, detail: h.kind, actor: by, target: on, minIntensity: h.minIntensity ?? 0, nuclear: h.nuclear, kind: undefined })];
}

/**
 * Registers (or reuses) an event counter. Draft kinds are folded into the detail as
 * `result:kind` so one counter matches one (result, kind) combination.
 */
function counter(ctx: CompileContext, spec: { event: string; detail: string | undefined; actor: number; target: number; minIntensity: number; nuclear: boolean | undefined; kind: string | undefined }): number {
  const detail = spec.kind !== undefined ? `${spec.detail}:${spec.kind}` : spec.detail;
  const found = ctx.counters.findIndex((c) => c.event === spec.event && c.detail === detail && c.actor === spec.actor
    && c.target === spec.target && c.minIntensity === spec.minIntensity && c.nuclear === spec.nuclear);
  if (found >= 0) return found;
  ctx.counters.push({ event: spec.event, detail, actor: spec.actor, target: spec.target, minIntensity: spec.minIntensity, nuclear: spec.nuclear });
  return ctx.counters.length - 1;
}


const RELATION_KINDS = ['armedAttack', 'escalation', 'deescalation', 'ceasefire', 'peace'];

/**
 * The event kinds whose recording can change a condition's truth (`tick` for what changes with
 * the calendar or by drift, `*` for anything). Outcomes are re-checked only after such events.
 */
export function conditionDependencies(c: Condition, out: Set<string> = new Set()): Set<string> {
  if (c.all) for (const x of c.all) conditionDependencies(x, out);
  else if (c.any) for (const x of c.any) conditionDependencies(x, out);
  else if (c.not) conditionDependencies(c.not, out);
  else if (c.relation || c.posture) {
    for (const k of RELATION_KINDS) out.add(k);
    // (1.13) Sides are taken by states joining a war: the episode's record.
    if (c.relation?.begunBy !== undefined) out.add('episode');
  }
  else if (c.variable) { out.add('variable'); out.add('tick'); }
  else if (c.obligation) out.add('obligation');
  else if (c.regime) out.add('sanctions');
  else if (c.council) out.add('draftResult');
  else if (c.happened) out.add(c.happened.event);
  else if (c.outcome !== undefined) out.add('*');
  else out.add('tick');
  return out;
}
