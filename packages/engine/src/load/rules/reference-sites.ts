import type { ByClass, Condition, Effect, EventPattern, RegionRef, Relation, Scenario, Weight } from '../../schema/index.js';
import type { PathSegment } from '../issue.js';
import { walkLogic, type Site } from './walk.js';

/** The namespaces a reference can point into. */
export type ReferenceKind = 'actor' | 'region' | 'rung' | 'pact' | 'obligation' | 'variable' | 'outcome' | 'regime';

/** One place where the scenario names something declared elsewhere. */
export interface Reference {
  readonly kind: ReferenceKind;
  readonly id: string;
  readonly path: PathSegment[];
  /** Set inside logic (conditions, effects, weights): decides whether roles are bound there. */
  readonly site?: Site;
  /** For obligations: the pact whose obligations are meant. */
  readonly pact?: string;
  /** The id is a map key (doctrine actors, situation variables), so point at the key. */
  readonly anchor?: 'key';
  /**
   * The name must be known when the scenario is compiled (an event pattern matches events by a
   * fixed actor): of the roles only `$self` in a doctrine.
   */
  readonly fixed?: boolean;
}

/** A pair of actors written together inside logic (`between: [A, B]`, a weight's `rung` term). */
export interface PairReference {
  readonly pair: readonly [string, string];
  readonly path: PathSegment[];
}

/**
 * Every reference in a scenario, in declaration order: the structural fields (relations, pacts,
 * Council, sanctions, regions) and everything inside conditions, effects, weights and event
 * patterns. Knowing where names occur is kept apart from checking them (see references.ts).
 */
export function collectReferences(s: Scenario): { refs: Reference[]; pairs: PairReference[] } {
  const refs: Reference[] = [];
  const pairs: PairReference[] = [];
  const ref = (kind: ReferenceKind, id: string | undefined, path: PathSegment[], extra: Partial<Reference> = {}) => {
    if (id !== undefined) refs.push({ kind, id, path, ...extra });
  };
  const actors = (ids: readonly string[] | undefined, path: PathSegment[], site?: Site) =>
    ids?.forEach((id, i) => ref('actor', id, [...path, i], site === undefined ? {} : { site }));
  const pair = (p: readonly [string, string] | undefined, path: PathSegment[], site?: Site) => {
    if (p === undefined) return;
    actors(p, path, site);
    pairs.push({ pair: p, path });
  };
  // A casus `by`: a list of actors, or a class naming actors (`alliedWith`, `except`).
  const byActors = (by: string | readonly string[] | ByClass, path: PathSegment[]): void => {
    if (typeof by === 'string') return;
    if (Array.isArray(by)) actors(by, path);
    else if ('allOf' in by) by.allOf.forEach((part, k) => byActors(part, [...path, 'allOf', k]));
    else if ('alliedWith' in by) actors(by.alliedWith, [...path, 'alliedWith']);
    else if ('except' in by && Array.isArray(by.except)) actors(by.except, [...path, 'except']);
  };
  // Declared relations are checked as a list by the relations rule; only their names count here.
  const relation = (r: Relation, path: PathSegment[]) => {
    actors(r.between, [...path, 'between']);
    ref('rung', r.rung, [...path, 'rung']);
    ref('actor', r.initiator, [...path, 'initiator']);
  };

  for (const [id, region] of Object.entries(s.regions)) {
    if (Array.isArray(region.within)) region.within.forEach((w, i) => ref('region', w, ['regions', id, 'within', i]));
    else ref('region', region.within, ['regions', id, 'within']);
    ref('actor', region.administeredBy, ['regions', id, 'administeredBy']);
    actors(region.claimedBy, ['regions', id, 'claimedBy']);
  }
  for (const [id, actor] of Object.entries(s.actors)) ref('region', actor.territory, ['actors', id, 'territory']);
  for (const [id, theatre] of Object.entries(s.theatres)) actors(theatre.actors, ['theatres', id, 'actors']);
  s.relations.forEach((r, i) => relation(r, ['relations', i]));
  if (s.ladder !== undefined) {
    ref('rung', s.ladder.crisis, ['ladder', 'crisis']);
    for (const [level, rung] of Object.entries(s.ladder.responses ?? {})) ref('rung', rung, ['ladder', 'responses', level]);
  }
  for (const actor of Object.keys(s.doctrine)) ref('actor', actor, ['doctrine', actor], { anchor: 'key' });
  s.pacts.forEach((p, i) => {
    const at: PathSegment[] = ['pacts', i];
    p.parties.forEach((party, k) => {
      if (typeof party === 'string') ref('actor', party, [...at, 'parties', k]);
      else ref('actor', party.actor, [...at, 'parties', k, 'actor']);
    });
    p.obligations.forEach((o, j) => {
      const ob: PathSegment[] = [...at, 'obligations', j];
      actors(o.obligated, [...ob, 'obligated']);
      actors(o.beneficiaries, [...ob, 'beneficiaries']);
      // (1.12) The states a negative duty's `unprovoked` and a neutrality's `enemies` name.
      if (o.unprovoked !== undefined && typeof o.unprovoked !== 'boolean') byActors(o.unprovoked, [...ob, 'unprovoked']);
      if (o.enemies !== undefined) byActors(o.enemies, [...ob, 'enemies']);
      const attack = o.casus?.armedAttack;
      if (attack !== undefined) {
        if (Array.isArray(attack.on)) actors(attack.on, [...ob, 'casus', 'armedAttack', 'on']);
        byActors(attack.by, [...ob, 'casus', 'armedAttack', 'by']);
        if (attack.supportedBy !== undefined) byActors(attack.supportedBy, [...ob, 'casus', 'armedAttack', 'supportedBy']);
        attack.in?.forEach((clause, k) => {
          const cl = [...ob, 'casus', 'armedAttack', 'in', k];
          ref('region', clause.region, [...cl, 'region']);
          if (clause.administeredBy !== undefined && clause.administeredBy !== 'attacked' && clause.administeredBy !== 'any_party') {
            ref('actor', clause.administeredBy, [...cl, 'administeredBy']);
          }
        });
      }
      for (const key of ['threat', 'signal', 'hostileAct'] as const) {
        const act = o.casus?.[key];
        if (act === undefined) continue;
        if (Array.isArray(act.on)) actors(act.on, [...ob, 'casus', key, 'on']);
        byActors(act.by, [...ob, 'casus', key, 'by']);
      }
    });
  });
  if (s.council !== undefined) {
    s.council.seats.forEach((seat, i) => ref('actor', seat.actor, ['council', 'seats', i, 'actor']));
    s.council.policies.forEach((p, i) => {
      if (p.member !== 'default') ref('actor', p.member, ['council', 'policies', i, 'member']);
      actors(p.shield, ['council', 'policies', i, 'shield']);
    });
    s.council.vetoDebate?.emergencySessions?.forEach((e, i) => actors(e.on, ['council', 'vetoDebate', 'emergencySessions', i, 'on']));
  }
  s.sanctions.forEach((r, i) => {
    const at: PathSegment[] = ['sanctions', i];
    ref('actor', r.target, [...at, 'target']);
    actors(r.members, [...at, 'members']);
    ref('variable', r.enforcement, [...at, 'enforcement']);
    actors(r.evaders, [...at, 'evaders']);
  });
  for (const [id, sit] of Object.entries(s.situations)) {
    sit.relations?.forEach((r, i) => relation(r, ['situations', id, 'relations', i]));
    for (const v of Object.keys(sit.variables ?? {})) ref('variable', v, ['situations', id, 'variables', v], { anchor: 'key' });
  }

  const logic = { ref, actors, pair };
  walkLogic(s, {
    condition: (c, path, site) => conditionRefs(c, path, site, logic),
    effect: (e, path, site) => effectRefs(e, path, site, logic),
    weight: (w, path, site) => weightRefs(w, path, site, logic),
    eventPattern: (p, path, site) => patternRefs(p, path, site, logic),
  });
  return { refs, pairs };
}

interface Emit {
  ref(kind: ReferenceKind, id: string | undefined, path: PathSegment[], extra?: Partial<Reference>): void;
  actors(ids: readonly string[] | undefined, path: PathSegment[], site?: Site): void;
  pair(p: readonly [string, string] | undefined, path: PathSegment[], site?: Site): void;
}

function conditionRefs(c: Condition, path: PathSegment[], site: Site, e: Emit): void {
  if (c.relation !== undefined) {
    const at = [...path, 'relation'];
    e.pair(c.relation.between, [...at, 'between'], site);
    e.ref('rung', c.relation.atLeast, [...at, 'atLeast']);
    e.ref('rung', c.relation.atMost, [...at, 'atMost']);
    e.ref('actor', c.relation.begunBy, [...at, 'begunBy'], { site });
  }
  if (c.posture !== undefined) {
    const at = [...path, 'posture'];
    e.ref('actor', c.posture.actor, [...at, 'actor'], { site });
    e.ref('rung', c.posture.atLeast, [...at, 'atLeast']);
    e.ref('rung', c.posture.atMost, [...at, 'atMost']);
  }
  if (c.variable !== undefined) e.ref('variable', c.variable.id, [...path, 'variable', 'id']);
  if (c.obligation !== undefined) {
    const at = [...path, 'obligation'];
    e.ref('pact', c.obligation.pact, [...at, 'pact']);
    e.ref('obligation', c.obligation.obligation, [...at, 'obligation'], { pact: c.obligation.pact });
    e.ref('actor', c.obligation.by, [...at, 'by'], { site });
    e.ref('actor', c.obligation.enemy, [...at, 'enemy'], { site });
    e.ref('actor', c.obligation.beneficiary, [...at, 'beneficiary'], { site });
  }
  if (c.regime !== undefined) e.ref('regime', c.regime.id, [...path, 'regime', 'id']);
  // (1.13) A count may name a role where roles are bound: the count about the actors of the look.
  if (c.council !== undefined) e.ref('actor', c.council.target, [...path, 'council', 'target'], { site });
  if (c.happened !== undefined) {
    e.ref('actor', c.happened.by, [...path, 'happened', 'by'], { site });
    e.ref('actor', c.happened.on, [...path, 'happened', 'on'], { site });
  }
  e.ref('outcome', c.outcome, [...path, 'outcome']);
  e.ref('pact', c.pactInForce, [...path, 'pactInForce']);
  if (c.party !== undefined) {
    e.ref('pact', c.party.pact, [...path, 'party', 'pact']);
    e.ref('actor', c.party.actor, [...path, 'party', 'actor'], { site });
  }
}

function regionRefs(r: RegionRef | undefined, path: PathSegment[], site: Site, e: Emit): void {
  if (r === undefined) return;
  if (typeof r === 'string') e.ref('region', r, path);
  else e.ref('actor', r.territoryOf, [...path, 'territoryOf'], { site });
}

function effectRefs(x: Effect, path: PathSegment[], site: Site, e: Emit): void {
  const actor = (id: string | undefined, at: PathSegment[]) => e.ref('actor', id, at, { site });
  if (x.armedAttack !== undefined) {
    const at = [...path, 'armedAttack'];
    actor(x.armedAttack.by, [...at, 'by']);
    actor(x.armedAttack.on, [...at, 'on']);
    if (x.armedAttack.inAidOf !== undefined) actor(x.armedAttack.inAidOf, [...at, 'inAidOf']);
    regionRefs(x.armedAttack.in, [...at, 'in'], site, e);
  }
  if (x.threat !== undefined) {
    actor(x.threat.by, [...path, 'threat', 'by']);
    actor(x.threat.on, [...path, 'threat', 'on']);
  }
  for (const key of ['escalate', 'deescalate'] as const) {
    const m = x[key];
    if (m === undefined) continue;
    e.pair(m.between, [...path, key, 'between'], site);
    e.ref('rung', m.to, [...path, key, 'to']);
  }
  if (x.ceasefire !== undefined) e.pair(x.ceasefire.between, [...path, 'ceasefire', 'between'], site);
  if (x.peace !== undefined) e.pair(x.peace.between, [...path, 'peace', 'between'], site);
  if (x.variable !== undefined) e.ref('variable', x.variable.id, [...path, 'variable', 'id']);
  if (x.draft !== undefined) {
    const at = [...path, 'draft'];
    actor(x.draft.target, [...at, 'target']);
    actor(x.draft.sponsor, [...at, 'sponsor']);
    e.ref('regime', x.draft.regime, [...at, 'regime']);
    e.pair(x.draft.between, [...at, 'between'], site);
    // A misspelt party to the dispute would switch the Art. 27(3) proviso off without a word.
    (x.draft.dispute ?? []).forEach((a, k) => actor(a, [...at, 'dispute', k]));
  }
  if (x.sanctions !== undefined) {
    e.ref('regime', x.sanctions.regime, [...path, 'sanctions', 'regime']);
    actor(x.sanctions.by, [...path, 'sanctions', 'by']);
  }
  if (x.signal !== undefined) {
    actor(x.signal.by, [...path, 'signal', 'by']);
    actor(x.signal.on, [...path, 'signal', 'on']);
  }
  if (x.alliance !== undefined) for (const k of ['by', 'with', 'against'] as const) actor(x.alliance[k], [...path, 'alliance', k]);
  if (x.basing !== undefined) for (const k of ['host', 'user', 'against'] as const) actor(x.basing[k], [...path, 'basing', k]);
  if (x.denounce !== undefined) {
    e.ref('pact', x.denounce.pact, [...path, 'denounce', 'pact']);
    actor(x.denounce.by, [...path, 'denounce', 'by']);
  }
}

function weightRefs(w: Weight, path: PathSegment[], site: Site, e: Emit): void {
  if (typeof w !== 'object' || !('logistic' in w || 'linear' in w)) return;
  const [key, linear] = 'logistic' in w ? ['logistic', w.logistic] as const : ['linear', w.linear] as const;
  linear.terms.forEach((t, i) => {
    const at = [...path, key, 'terms', i];
    e.ref('variable', t.variable, [...at, 'variable']);
    e.pair(t.rung, [...at, 'rung'], site);
    e.ref('actor', t.posture, [...at, 'posture'], { site });
    e.pair(t.war, [...at, 'war'], site);
  });
}

function patternRefs(p: EventPattern, path: PathSegment[], site: Site, e: Emit): void {
  for (const key of ['by', 'on'] as const) {
    const v = p[key];
    const list = typeof v === 'string' ? [v] : v ?? [];
    list.forEach((id, i) => e.ref('actor', id, typeof v === 'string' ? [...path, key] : [...path, key, i], { site, fixed: true }));
  }
}
