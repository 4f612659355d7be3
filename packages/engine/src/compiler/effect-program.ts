/**
 * The scenario compiler, third part: the effects a scenario writes (its triggers', doctrine
 * options' and situation injects') compiled once per model into specialised functions. The kind
 * of an effect is decided once, actor, region and variable ids become indices, and the rung an
 * attack lifts a relation to is a constant — no chain of tests on the effect object and no `Map`
 * lookup of an id when the effect is applied. The rules themselves (an armed attack's war episode,
 * duties, the obligations listening) are the shared ones of run/effects.ts.
 *
 * Effects of the other kinds go straight to their rule in run/effects.ts (no chain of tests on the
 * effect object when applied). Effects made while a run goes on (a white cell's injects, the
 * engine's own internal effects) are applied by run/effects.ts `applyEffect`, as the reference
 * engine applies every effect; the differential property proves the two equal.
 *
 * @module
 */
import type { Model } from '../model/model.js';
import type { Effect } from '../schema/effect.js';
import type { RegionRef } from '../schema/refs.js';
import type { RunState, TickProgram } from '../run/state.js';
import { applyAlliance, applyBasing, applyDraft, applyHostileAct, applyMove, applySanctions, applyThreat, applyTruce, armedAttack, attackRung } from '../run/effects.js';
import { countUnrecorded, recordAt } from '../run/record.js';
import { recusedMembers, tableDraft } from '../run/council.js';
import type { SimEvent } from '../run/event.js';
import { compileRecordedAt, recordSiteKey, type RecordSite } from './record-program.js';

/** An effect compiled for one model: applies it with the role bindings and cause it was queued with. */
export type CompiledEffect = (s: RunState, self: number, actor: number, target: number, cause: string, parent: number) => void;

/** Actor references as numbers: an actor's index, -1 for none (an unknown id), or a role. */
const SELF = -2, ACTOR = -3, TARGET = -4;

/**
 * What is known, where the code is generated, of the role bindings an effect is queued with: a
 * trigger's or an inject's effects are queued with none (-1 each: run/tick.ts), a doctrine option's
 * with its point's owner as `$self` (run/doctrine.ts `applyOption`). Undefined: bound at run time.
 */
export interface KnownRoles {
  readonly self?: number | undefined;
  readonly actor?: number | undefined;
  readonly target?: number | undefined;
}

const UNKNOWN_ROLES: KnownRoles = {};
/** A trigger's and an inject's effects: queued with no role bound. */
const NO_ROLES: KnownRoles = { self: -1, actor: -1, target: -1 };

/** An actor reference's code: a role known where the code is generated is its actor (or -1). */
function actorCode(m: Model, ref: string, roles: KnownRoles = UNKNOWN_ROLES): number {
  if (ref === '$self') return roles.self ?? SELF;
  if (ref === '$actor') return roles.actor ?? ACTOR;
  if (ref === '$target') return roles.target ?? TARGET;
  return m.actorIndex.get(ref) ?? -1;
}

const NO_FALLBACK: readonly string[] = Object.freeze([]);

/** The actor a code stands for, given the role bindings. */
function bound(code: number, self: number, actor: number, target: number): number {
  return code >= -1 ? code : code === SELF ? self : code === ACTOR ? actor : target;
}

/** Where an act takes place: the territory of `on` (no region given), a region, or the territory of an actor. */
function regionOf(m: Model, ref: RegionRef | undefined, roles: KnownRoles): (on: number, self: number, actor: number, target: number) => number {
  const territory = Int32Array.from(m.actors, (a) => a.territory);
  if (ref === undefined) return (on) => (on >= 0 ? territory[on]! : -1);
  if (typeof ref === 'string') { const r = m.regionIndex.get(ref) ?? -1; return () => r; }
  const code = actorCode(m, ref.territoryOf, roles);
  return (_on, self, actor, target) => { const a = bound(code, self, actor, target); return a >= 0 ? territory[a]! : -1; };
}

/** The follow-up of the events recorded at a site, compiled once per distinct site of a model. */
type FollowUps = (site: RecordSite) => FollowUp;
type FollowUp = ((s: RunState, ev: SimEvent) => void) | undefined;

function followUps(m: Model): FollowUps {
  const made = new Map<string, FollowUp>();
  return (site) => {
    const key = recordSiteKey(site);
    if (!made.has(key)) made.set(key, compileRecordedAt(m, site));
    return made.get(key);
  };
}

/** What a site knows of an actor reference: its index, -1 for none, undefined for a role. */
function knownActor(code: number): number | undefined {
  return code >= -1 ? code : undefined;
}

/**
 * The specialised form of `e`, or undefined for an effect applied by `applyEffect`. The event it
 * records is followed by code generated for this effect (`follow`), what it knows of the event
 * decided where the code is generated — with `roles`, the role bindings known there: an attack
 * or signal by `$self` in a doctrine option is then one by a known actor, its follow-up as
 * specialised as one by a named actor.
 */
export function compileEffect(m: Model, e: Effect, follow: FollowUps = followUps(m), roles: KnownRoles = UNKNOWN_ROLES): CompiledEffect | undefined {
  if (e.variable) {
    const spec = e.variable;
    const v = m.variableIndex.get(spec.id);
    if (v === undefined) return undefined;
    const info = m.variables[v]!;
    const value = (n: number | { param: string }): number => (typeof n === 'number' ? n : m.parameters[n.param]!);
    const lo = info.min, hi = info.max, id = info.id;
    const after = follow({ kind: 'variable', detail: id, actor: -1, target: -1, intensity: 0, nuclear: false, ref: v });
    if (spec.set !== undefined) {
      const set = value(spec.set);
      return (s, _self, _actor, _target, cause, parent) => {
        const before = s.vars[v]!;
        const x = Math.min(hi, Math.max(lo, set));
        if (x === before) return;
        s.vars[v] = x;
        if (after === undefined && s.lean) countUnrecorded(s);
        else recordAt(s, after, 'variable', cause, parent, -1, -1, -1, 0, false, id, before, x, v, -1);
      };
    }
    const add = spec.add !== undefined ? value(spec.add) : 0;
    return (s, _self, _actor, _target, cause, parent) => {
      const before = s.vars[v]!;
      const x = Math.min(hi, Math.max(lo, before + add));
      if (x === before) return;
      s.vars[v] = x;
      if (after === undefined && s.lean) countUnrecorded(s);
      else recordAt(s, after, 'variable', cause, parent, -1, -1, -1, 0, false, id, before, x, v, -1);
    };
  }
  if (e.signal) {
    const kind = e.signal.kind;
    const by = e.signal.by !== undefined ? actorCode(m, e.signal.by, roles) : -1;
    const on = e.signal.on !== undefined ? actorCode(m, e.signal.on, roles) : -1;
    const after = follow({ kind: 'signal', detail: kind, actor: knownActor(by), target: knownActor(on), intensity: 0, nuclear: false });
    return (s, self, actor, target, cause, parent) => {
      if (after === undefined && s.lean) countUnrecorded(s);
      else recordAt(s, after, 'signal', cause, parent, bound(by, self, actor, target), bound(on, self, actor, target), -1, 0, false, kind, -1, -1, -1, -1);
    };
  }
  if (e.armedAttack) {
    const a = e.armedAttack;
    const byCode = actorCode(m, a.by, roles), onCode = actorCode(m, a.on, roles);
    const aidCode = a.inAidOf === undefined ? -1 : actorCode(m, a.inAidOf, roles);
    const region = regionOf(m, a.in, roles);
    const intensity = a.intensity, nuclear = a.nuclear ?? false, declare = a.declare ?? false;
    const rungTo = attackRung(m, intensity, nuclear);
    // A declaring attack's detail is `declared` only when the war was not declared already.
    const after = follow({ kind: 'armedAttack', detail: declare ? undefined : '', actor: knownActor(byCode), target: knownActor(onCode), intensity, nuclear });
    return (s, self, actor, target, cause, parent) => {
      const by = bound(byCode, self, actor, target), on = bound(onCode, self, actor, target);
      if (by < 0 || on < 0 || by === on) return;
      armedAttack(s, by, on, region(on, self, actor, target), intensity, nuclear, declare, rungTo, bound(aidCode, self, actor, target), undefined, cause, parent, after);
    };
  }
  if (e.draft && m.council) {
    // The draft's particulars, resolved once: roles as codes, ids as indices, quantities as numbers.
    const d = e.draft;
    const value = (n: number | { param: string } | undefined, dflt: number): number => (n === undefined ? dflt : typeof n === 'number' ? n : m.parameters[n.param]!);
    const role = (ref: string | undefined): number => (ref === undefined ? -1 : actorCode(m, ref, roles));
    const kind = d.kind, targetCode = role(d.target), sponsorCode = role(d.sponsor);
    const aCode = d.between ? role(d.between[0]) : -1, bCode = d.between ? role(d.between[1]) : -1;
    const regime = d.regime !== undefined ? m.regimeIndex.get(d.regime)! : -1;
    const withdrawal = value(d.withdrawal, 0), compliance = value(d.compliance, 1), forceVote = value(d.forceVote, -1);
    const scope = d.scope ?? 'dyad', product = d.product ?? 'resolution', fallback = d.fallback ?? NO_FALLBACK;
    return (s, self, actor, target, cause, parent) => {
      tableDraft(s, kind, bound(targetCode, self, actor, target), regime, bound(sponsorCode, self, actor, target),
        bound(aCode, self, actor, target), bound(bCode, self, actor, target), withdrawal, compliance, cause, scope, product, fallback, forceVote, parent,
        recusedMembers(s, d, self, actor, target));
    };
  }
  // The other kinds: the shared rule of run/effects.ts, the kind decided here rather than by
  // applyEffect's chain of tests on the effect object when it is applied.
  const rule = e.escalate || e.deescalate ? applyMove : e.ceasefire || e.peace ? applyTruce : e.draft ? applyDraft : e.threat ? applyThreat
    : e.hostileAct ? applyHostileAct : e.sanctions ? applySanctions : e.alliance ? applyAlliance : e.basing ? applyBasing : undefined;
  if (rule !== undefined) return (s, self, actor, target, cause, parent) => rule(s, e, self, actor, target, cause, parent);
  return undefined;
}

/**
 * The compiled forms of every effect a scenario writes — its triggers', doctrine options' and
 * situation injects' — in one list, each list's effects at consecutive positions from its base.
 * The queue holds an effect's position (`PendingEffect.compiled`); `undefined` in `fns` means the
 * effect is applied by run/effects.ts `applyEffect`.
 */
export function compileEffects(m: Model): TickProgram['effects'] {
  const effects: Effect[] = [];
  const roles: KnownRoles[] = [];
  const add = (list: readonly Effect[], known: KnownRoles): number => {
    const at = effects.length;
    for (const e of list) { effects.push(e); roles.push(known); }
    return at;
  };
  const triggerBase = Int32Array.from(m.triggers, (tr) => add(tr.effects, NO_ROLES));
  const optionBase = m.decisionPoints.map((dp) => { const known: KnownRoles = { self: dp.actor }; return Int32Array.from(dp.options, (o) => add(o.effects, known)); });
  const injectBase = new Map([...m.situations.values()].map((sit) => [sit.id, Int32Array.from(sit.injects, (inj) => add(inj.effects, NO_ROLES))] as const));
  // An effect object listed twice with the same known roles is compiled once.
  const compiled = new Map<Effect, Map<string, CompiledEffect | undefined>>();
  const follow = followUps(m);
  const fns = effects.map((e, k) => {
    const known = roles[k]!;
    const key = `${known.self},${known.actor},${known.target}`;
    let byRoles = compiled.get(e);
    if (byRoles === undefined) { byRoles = new Map(); compiled.set(e, byRoles); }
    if (!byRoles.has(key)) byRoles.set(key, compileEffect(m, e, follow, known));
    return byRoles.get(key);
  });
  return { effects, fns, triggerBase, optionBase, injectBase };
}
