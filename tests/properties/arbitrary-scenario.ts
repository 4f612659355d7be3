// Invariant: this generator yields scenario data (plain JSON, as YAML would parse) that the loader accepts — it is the input domain of the property tests.
import fc from 'fast-check';
import { FORMAT_VERSION, validateScenarioData, type Scenario } from '@casus/engine';

/*
 * Random scenarios as an author would write them: 2–6 actors with relations on the default ladder,
 * regions with administrators, some within several others, 0–3 pacts (parties that join or leave
 * on their own dates before or during the run, some in several spells, some by a notice of denunciation given in the
 * run; defence, consultation, non-aggression, no-sanctions
 * duties with casus foederis clauses, reliability, deny and pretext chances, the attacked party's
 * request, response delays),
 * 1–6 triggers (hazards, schedules, yearly dates, edges), doctrine (including a strike back on the
 * attacker's territory guarded by a rung ceiling), a Council of 3–7 seats with permanent members
 * (drafts sometimes under Chapter VI with parties to a dispute who must abstain),
 * an optional sanctions regime with its enforcement variable and panel, 2–4 outcomes, a situation,
 * up to two theatres;
 * weekly ticks, horizon 10–40.
 *
 * Conventions the property tests rely on:
 * - every `signal` a decision point listens for, and every `happened: { event: signal }`
 *   condition, names a kind from SIGNAL_KINDS, so a signal of any other kind is heard by nothing;
 * - nothing listens for `decision` events, so a decision point whose options do nothing is inert;
 * - options whose id is in ESCALATING can raise a relation; the others cannot.
 */

export type Json = Record<string, unknown>;

/**
 * A property's number of runs, scaled by `CASUS_PROPERTY_SCALE` (default 1) so a nightly job can
 * search deeper: `CASUS_PROPERTY_SCALE=20 vitest run tests/properties`.
 */
export function runs(n: number): number {
  const scale = Number(globalThis.process?.env?.CASUS_PROPERTY_SCALE ?? 1);
  return Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

export const START = '2025-01-06';
export const RUNGS = ['peace', 'tension', 'crisis', 'clash', 'war', 'nuclear'] as const;
export const SIGNAL_KINDS = ['protest', 'launch', 'talks', 'test'] as const;
export const ESCALATING = new Set(['strike-back', 'escalate', 'strike-in-place']);
const ACTOR_IDS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const LEVELS = ['consult', 'diplomatic', 'materiel', 'forces', 'war'] as const;
const DRAFT_KINDS = ['sanctions', 'panel_renewal', 'condemnation', 'ceasefire', 'relief', 'agenda', 'authorization', 'admission'] as const;
/** Dates inside every run (the shortest run, 10 weeks from START, ends 2025-03-17). */
const DATES_IN_RUN = ['2025-01-20', '2025-02-03', '2025-02-17', '2025-03-03'] as const;
/** Dates inside a weekly tick (a Thursday and a Saturday), which events keep as their own day. */
const MID_TICK_DATES = ['2025-01-23', '2025-02-15'] as const;
const HOSTILE_ACT_KINDS = ['cyber_operation', 'interdiction'] as const;
const DAYS_2025 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface ScenarioOptions {
  /** Let doctrine event patterns name `$actor` / `$target`, which the loader refuses (E_ROLE_CONTEXT): for the loader's properties. */
  readonly rolesInPatterns?: boolean;
}

interface Ctx {
  readonly actors: readonly string[];
  readonly regions: readonly string[];
  readonly pacts: readonly { id: string; parties: readonly string[]; denounceable?: boolean }[];
  readonly council: boolean;
  readonly regime: string | undefined;
  readonly outcomes: readonly string[];
  readonly horizon: number;
  readonly options: ScenarioOptions;
}

type Site = 'trigger' | 'outcome' | 'doctrine' | 'council';

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const pad = (n: number) => String(n).padStart(2, '0');
/** A probability on a coarse grid (with the ends), so shrinking stays readable. */
const prob = fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 20 }).map((k) => k / 20));
/** Optional field helper: `{ ...opt('k', arb) }` is either `{}` or `{ k: value }`. */
// `freq` is fast-check's: the field is absent with probability 1/freq (so 1 would mean never).
function opt<T>(key: string, arb: fc.Arbitrary<T>, freq = 2): fc.Arbitrary<Json> {
  return fc.option(arb, { nil: undefined, freq }).map((v) => (v === undefined ? {} : { [key]: v }));
}
/** Like {@link opt}, but the key is written only about once in `odds` (`fc.option`'s `freq` makes it absent once in `freq`). */
function rare<T>(key: string, arb: fc.Arbitrary<T>, odds: number): fc.Arbitrary<Json> {
  return fc.oneof({ arbitrary: fc.constant<Json>({}), weight: odds - 1 }, { arbitrary: arb.map((v): Json => ({ [key]: v })), weight: 1 });
}
function merge(...parts: fc.Arbitrary<Json>[]): fc.Arbitrary<Json> {
  return fc.tuple(...parts).map((xs) => Object.assign({}, ...xs) as Json);
}

function pairOf(actors: readonly string[]): fc.Arbitrary<[string, string]> {
  return fc.tuple(fc.nat({ max: actors.length - 1 }), fc.nat({ max: actors.length - 2 }))
    .map(([i, j]) => [actors[i]!, actors[j >= i ? j + 1 : j]!]);
}

function rolePair(): fc.Arbitrary<[string, string]> {
  return fc.constantFrom<[string, string]>(['$self', '$actor'], ['$actor', '$self'], ['$self', '$target'], ['$actor', '$target']);
}

// ---------------------------------------------------------------------------------------------
// Conditions and weights

function leafCondition(ctx: Ctx, site: Site): fc.Arbitrary<Json> {
  const roles = site === 'doctrine' || site === 'council';
  const anyActor = roles ? fc.oneof({ arbitrary: pick(ctx.actors), weight: 3 }, { arbitrary: pick(['$self', '$actor', '$target']), weight: 1 }) : pick(ctx.actors);
  // (1.13) `happened` and `council` counts may name the roles where they are bound.
  const counterActor = anyActor;
  const pair = roles ? fc.oneof(pairOf(ctx.actors), rolePair()) : pairOf(ctx.actors);
  const leaves: fc.Arbitrary<Json>[] = [
    merge(fc.record({ between: pair }), opt('atLeast', pick(RUNGS)), opt('atMost', pick(RUNGS), 3),
      opt('war', fc.constantFrom<boolean | string>(true, false, 'hostilities', 'declared'), 3)).map((relation) => ({ relation })),
    merge(fc.record({ actor: anyActor }), opt('atLeast', pick(RUNGS))).map((posture) => ({ posture })),
    fc.record({ id: fc.constant('tension'), gt: fc.integer({ min: 0, max: 10 }).map((k) => k / 10) }).map((variable) => ({ variable })),
    fc.oneof(
      merge(fc.record({ event: fc.constant('armedAttack') }), opt('by', counterActor), opt('on', counterActor), opt('minIntensity', fc.integer({ min: 1, max: 5 }))),
      merge(fc.record({ event: fc.constant('signal'), kind: pick(SIGNAL_KINDS) }), opt('by', counterActor, 3)),
      merge(fc.record({ event: pick(['threat', 'escalation', 'draftResult', 'obligation', 'duty'] as const) }), opt('on', counterActor, 3)),
      fc.record({ event: fc.constant('obligation'), kind: pick(['honoured', 'denied', 'defected', 'invoked']) }),
    ).chain((h) => merge(fc.constant(h), opt('atLeast', fc.integer({ min: 1, max: 3 }), 3))).map((happened) => ({ happened })),
    fc.record({ tick: fc.record({ gte: fc.integer({ min: 0, max: ctx.horizon }) }) }),
    fc.record({ date: fc.record({ from: pick(DATES_IN_RUN) }) }),
  ];
  if (ctx.council) {
    leaves.push(merge(fc.record({ result: fc.subarray(['adopted', 'vetoed', 'failed', 'withdrawn', 'shelved', 'presidential_statement', 'press_statement', 'blocked', 'no_product'], { minLength: 1 }) }),
      opt('kind', pick(DRAFT_KINDS)), opt('target', counterActor, 3)).map((council) => ({ council })));
  }
  if (ctx.regime !== undefined) {
    leaves.push(fc.record({ id: fc.constant(ctx.regime), state: fc.subarray(['proposed', 'in_force', 'eroding', 'lifted'], { minLength: 1 }) }).map((regime) => ({ regime })));
  }
  if (ctx.pacts.length > 0) {
    leaves.push(pick(ctx.pacts).chain((p) => merge(fc.record({ pact: fc.constant(p.id) }),
      fc.oneof(opt('state', fc.subarray(['judged', 'invoked', 'denied', 'honoured', 'defected', 'lapsed'], { minLength: 1 })),
        opt('atLeast', pick(LEVELS)))).map((obligation) => ({ obligation }))));
    leaves.push(pick(ctx.pacts).map((p) => ({ pactInForce: p.id })));
    // A party of the day: a party of the pact (whose spells may change in the run) or any actor, or a role.
    leaves.push(pick(ctx.pacts).chain((p) => fc.oneof(pick(p.parties), anyActor).map((actor) => ({ party: { pact: p.id, actor } }))));
  }
  if (ctx.outcomes.length > 0) leaves.push(pick(ctx.outcomes).map((outcome) => ({ outcome })));
  return fc.oneof(...leaves);
}

function condition(ctx: Ctx, site: Site, depth = 1): fc.Arbitrary<Json> {
  const leaf = leafCondition(ctx, site);
  if (depth <= 0) return leaf;
  const inner = condition(ctx, site, depth - 1);
  return fc.oneof(
    { arbitrary: leaf, weight: 6 },
    { arbitrary: fc.array(inner, { minLength: 1, maxLength: 3 }).map((all) => ({ all })), weight: 1 },
    { arbitrary: fc.array(inner, { minLength: 1, maxLength: 3 }).map((any) => ({ any })), weight: 1 },
    { arbitrary: inner.map((not) => ({ not })), weight: 1 },
  );
}

function term(ctx: Ctx, site: Site): fc.Arbitrary<Json> {
  const coef = fc.integer({ min: -8, max: 8 }).map((k) => k / 4);
  const roles = site === 'doctrine';
  const pair = roles ? fc.oneof(pairOf(ctx.actors), rolePair()) : pairOf(ctx.actors);
  return fc.oneof(
    fc.record({ coef, variable: fc.constant('tension') }),
    fc.record({ coef, rung: pair }),
    fc.record({ coef, posture: roles ? fc.oneof(pick(ctx.actors), fc.constant('$self')) : pick(ctx.actors) }),
    fc.record({ coef, war: pair }),
    fc.record({ coef, condition: leafCondition(ctx, site) }),
  );
}

/** A weight: a constant, the parameter `w`, a logistic or a clamped linear predictor. */
function weight(ctx: Ctx, site: Site): fc.Arbitrary<unknown> {
  const linear = merge(opt('intercept', fc.integer({ min: -8, max: 8 }).map((k) => k / 4)), opt('terms', fc.array(term(ctx, site), { minLength: 1, maxLength: 3 })));
  return fc.oneof(
    { arbitrary: fc.constantFrom(0, 0.5, 1, 2, 3), weight: 5 },
    { arbitrary: fc.constant('w'), weight: 1 },
    { arbitrary: linear.map((logistic) => ({ logistic })), weight: 2 },
    { arbitrary: merge(linear, opt('max', fc.constantFrom(1, 5), 3)).map((l) => ({ linear: l })), weight: 2 },
  );
}

// ---------------------------------------------------------------------------------------------
// Effects

function attack(ctx: Ctx): fc.Arbitrary<Json> {
  return pairOf(ctx.actors).chain(([by, on]) => merge(
    fc.record({ by: fc.constant(by), on: fc.constant(on), intensity: fc.oneof(fc.integer({ min: 1, max: 5 }), pick(['display_of_force', 'use_of_force', 'war'] as const)) }),
    opt('in', fc.oneof(pick(ctx.regions.length > 0 ? ctx.regions : [on]), pick(ctx.actors).map((a) => ({ territoryOf: a }))), 1),
    opt('declare', fc.boolean(), 3),
    opt('nuclear', fc.constant(true), 8),
    // Coming to a state's aid without a treaty (1.7): often a state fighting the target, sometimes not.
    opt('inAidOf', pick(ctx.actors), 4),
  )).map((armedAttack) => ({ armedAttack }));
}

function triggerEffect(ctx: Ctx): fc.Arbitrary<Json> {
  const effects: { arbitrary: fc.Arbitrary<Json>; weight: number }[] = [
    { arbitrary: attack(ctx), weight: 4 },
    { arbitrary: merge(fc.record({ between: pairOf(ctx.actors) }), fc.oneof(opt('to', pick(RUNGS)), opt('steps', fc.integer({ min: 1, max: 2 })))).map((escalate) => ({ escalate })), weight: 2 },
    { arbitrary: fc.record({ between: pairOf(ctx.actors) }).map((deescalate) => ({ deescalate })), weight: 1 },
    { arbitrary: merge(fc.record({ kind: pick(SIGNAL_KINDS) }), opt('by', pick(ctx.actors)), opt('on', pick(ctx.actors), 3)).map((signal) => ({ signal })), weight: 2 },
    { arbitrary: pairOf(ctx.actors).map(([by, on]) => ({ threat: { by, on } })), weight: 2 },
    { arbitrary: fc.record({ id: fc.constant('tension'), add: fc.integer({ min: -4, max: 4 }).map((k) => k / 10) }).map((variable) => ({ variable })), weight: 1 },
    { arbitrary: merge(fc.record({ between: pairOf(ctx.actors) }), opt('scope', pick(['dyad', 'episode'] as const), 3)).map((ceasefire) => ({ ceasefire })), weight: 1 },
    { arbitrary: pairOf(ctx.actors).chain(([by, on]) => fc.record({ by: fc.constant(by), on: fc.constant(on), kind: pick(HOSTILE_ACT_KINDS) })).map((hostileAct) => ({ hostileAct })), weight: 1 },
  ];
  if (ctx.council) {
    const draft = fc.oneof(
      merge(fc.record({ kind: pick(['sanctions', 'condemnation'] as const), target: pick(ctx.actors) }), opt('sponsor', pick(ctx.actors)),
        ctx.regime !== undefined ? opt('regime', fc.constant(ctx.regime)) : fc.constant({})),
      merge(fc.record({ kind: fc.constant('ceasefire'), between: pairOf(ctx.actors) }), opt('scope', pick(['dyad', 'episode'] as const), 3)),
      ctx.regime !== undefined ? pick(['panel_renewal', 'relief'] as const).map((kind) => ({ kind, regime: ctx.regime })) : fc.constant({ kind: 'condemnation' }),
    ).chain((d) => merge(fc.constant(d), opt('withdrawal', prob, 3),
      // Council products: a statement instead of a resolution, weaker products to fall back on, a
      // forced vote. (fc.option's freq is the inverse of the chance of leaving the field out: 3.)
      opt('product', pick(['resolution', 'presidential_statement', 'press_statement'] as const), 3),
      opt('fallback', fc.subarray(['presidential_statement', 'press_statement'] as const), 3),
      opt('forceVote', prob, 3),
      // The Charter basis and the parties to the dispute (1.6): under Chapter VI (or Art. 52(3)) a
      // seated party to the dispute must abstain (Art. 27(3), proviso); under Chapter VII it votes.
      opt('under', pick(['chapter_vi', 'article_52_3', 'chapter_vii'] as const), 2),
      opt('dispute', fc.subarray([...ctx.actors], { minLength: 1, maxLength: 2 }), 2)));
    effects.push({ arbitrary: draft.map((d) => ({ draft: d })), weight: 2 });
    // A procedural (agenda) decision: a vote without a veto, and no statement form.
    const agenda = merge(fc.record({ kind: fc.constant('agenda'), target: pick(ctx.actors) }), opt('sponsor', pick(ctx.actors)), opt('withdrawal', prob, 3));
    effects.push({ arbitrary: agenda.map((d) => ({ draft: d })), weight: 1 });
  }
  if (ctx.regime !== undefined) {
    effects.push({
      arbitrary: merge(fc.record({ regime: fc.constant(ctx.regime), action: pick(['impose', 'join', 'leave', 'lift'] as const) }), opt('by', pick(ctx.actors), 3)).map((sanctions) => ({ sanctions })),
      weight: 1,
    });
  }
  // A party gives notice of denunciation (1.6), of a pact that has a clause; sometimes twice, or
  // after it has left, which the engine ignores.
  const denounceable = ctx.pacts.filter((p) => p.denounceable);
  if (denounceable.length > 0) {
    effects.push({
      // (1.8) sometimes naming a later day for the notice's effect (inside the run, or past it), or revoking one.
      arbitrary: pick(denounceable).chain((p) => fc.oneof(
        { arbitrary: merge(fc.record({ pact: fc.constant(p.id), by: pick(p.parties) }), opt('effective', fc.constantFrom(...DATES_IN_RUN, '2030-01-01'), 4)), weight: 6 },
        { arbitrary: fc.record({ pact: fc.constant(p.id), by: pick(p.parties), revoke: fc.constant(true) }), weight: 1 },
      ).map((denounce) => ({ denounce }))),
      weight: 2,
    });
  }
  return fc.oneof(...effects);
}

function effects(one: fc.Arbitrary<Json>): fc.Arbitrary<Json | Json[]> {
  return fc.oneof({ arbitrary: one, weight: 4 }, { arbitrary: fc.array(one, { minLength: 1, maxLength: 3 }), weight: 1 });
}

// ---------------------------------------------------------------------------------------------
// Parts of a scenario

function regionsArb(regionIds: readonly string[], actors: readonly string[]): fc.Arbitrary<Json> {
  return fc.tuple(...regionIds.map((_, i) => merge(
    opt('administeredBy', pick(actors), 4),
    // One parent, or several (overlapping treaty areas); only earlier regions, so never a cycle.
    i > 0 ? opt('within', fc.oneof(
      pick(regionIds.slice(0, i)),
      fc.uniqueArray(pick(regionIds.slice(0, i)), { minLength: 1, maxLength: Math.min(3, i) }),
    )) : fc.constant({}),
  ))).map((rs) => Object.fromEntries(rs.map((r, i) => [regionIds[i]!, r])));
}

function relationsArb(actors: readonly string[]): fc.Arbitrary<Json[]> {
  const pairs: [string, string][] = [];
  for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) pairs.push([actors[i]!, actors[j]!]);
  return fc.tuple(...pairs.map(([a, b]) => fc.option(merge(
    fc.record({ between: fc.constant([a, b]) }),
    opt('rung', pick(RUNGS), 3),
    opt('alignment', pick(['ally', 'partner', 'neutral', 'rival', 'adversary'] as const)),
    fc.oneof(
      { arbitrary: fc.constant({}), weight: 6 },
      { arbitrary: fc.record({ war: pick(['hostilities', 'declared'] as const), initiator: pick([a, b]) }), weight: 1 },
    ),
  ), { nil: undefined, freq: 2 }))).map((rs) => rs.filter((r): r is Json => r !== undefined));
}

function responseArb(floor: number): fc.Arbitrary<Json> {
  return fc.integer({ min: floor, max: LEVELS.length - 1 }).chain((at) => merge(
    fc.record({ atLeast: fc.constant(LEVELS[at]!) }),
    opt('within', fc.integer({ min: 0, max: 2 })),
    opt('shortfall', pick(['none', ...LEVELS.slice(0, at)])),
    opt('onCasusEnd', pick(['withdraw', 'continue', 'decide'] as const), 3),
    // Level weights over levels at or above atLeast, not all zero.
    opt('levels', fc.array(fc.integer({ min: 0, max: 3 }), { minLength: LEVELS.length - at, maxLength: LEVELS.length - at })
      .filter((ws) => ws.some((w) => w > 0))
      .map((ws) => Object.fromEntries(ws.map((w, k) => [LEVELS[at + k]!, w]))), 1),
  ));
}

function judgmentArb(): fc.Arbitrary<Json> {
  return merge(
    opt('deny', prob), opt('pretext', prob),
    opt('pretextAtMost', pick(LEVELS), 3),
    opt('pretextWhen', fc.constantFrom<Json>(
      { relation: { between: ['$target', '$actor'], atLeast: 'war' } },
      { not: { relation: { between: ['$self', '$actor'], atLeast: 'clash' } } },
    ), 1),
  );
}

/**
 * The tag the random classes read (`by: { tag }`): actor A always carries it (for all time or from
 * a date inside the run), the others sometimes, so membership can change in the middle of a run.
 */
const CLASS_TAG = 'bloc';

/** A tag an actor carries: plain, or between dates of the run (a class judged on the day then changes). */
function tagArb(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constant(CLASS_TAG), weight: 2 },
    { arbitrary: merge(fc.record({ tag: fc.constant(CLASS_TAG) }), opt('from', pick([...DATES_IN_RUN, ...MID_TICK_DATES])), opt('to', pick(DATES_IN_RUN.slice(2)))), weight: 2 },
    { arbitrary: fc.constant('other'), weight: 1 },
  );
}

/** Who an act must be done by: the plain forms, and the classes judged on the day of the act. */
function byArb(ctx: Ctx, plain: readonly string[]): fc.Arbitrary<unknown> {
  const some = fc.subarray([...ctx.actors], { minLength: 1 });
  return fc.oneof(
    { arbitrary: pick(plain), weight: 2 },
    { arbitrary: some, weight: 1 },
    { arbitrary: merge(fc.record({ alliedWith: some }), opt('including', fc.boolean())), weight: 2 },
    { arbitrary: fc.record({ except: fc.oneof(some, fc.constant({ tag: CLASS_TAG })) }), weight: 1 },
    { arbitrary: fc.constant({ tag: CLASS_TAG }), weight: 1 },
    // (1.12) An intersection: the tag and not a party, or the tag and a list.
    { arbitrary: fc.oneof(fc.constant('non_party'), some).map((part) => ({ allOf: [{ tag: CLASS_TAG }, part] })), weight: 1 },
  );
}

/** The attacked party's request (`request`): a chance, sometimes a parameter, and sometimes a condition on it. */
function requestArb(): fc.Arbitrary<Json> {
  return merge(
    // Often low, so that casus left unrequested are common enough for the properties to meet them.
    opt('chance', fc.oneof({ arbitrary: prob, weight: 3 }, { arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.constant('rel'), weight: 1 }), 4),
    opt('when', fc.constantFrom<Json>(
      { relation: { between: ['$target', '$actor'], atLeast: 'war' } },
      { not: { relation: { between: ['$self', '$actor'], atLeast: 'clash' } } },
    ), 1),
  );
}

function obligationArb(ctx: Ctx, parties: readonly string[]): fc.Arbitrary<Json> {
  if (parties.length > 1) return dutyArb(ctx, parties);
  // (1.8) A pact of one party is a unilateral undertaking: every duty names whom it protects
  // (other actors), and a casus names no party of its own (`on: party` means the beneficiaries).
  const others = ctx.actors.filter((a) => a !== parties[0]);
  return fc.tuple(dutyArb(ctx, parties), fc.subarray(others, { minLength: 1 })).map(([duty, beneficiaries]) => {
    for (const clause of Object.values((duty.casus ?? {}) as Record<string, Json>)) if (Array.isArray(clause.on)) clause.on = 'party';
    return { ...duty, beneficiaries };
  });
}

function dutyArb(ctx: Ctx, parties: readonly string[]): fc.Arbitrary<Json> {
  const partySubset = fc.subarray([...parties], { minLength: 1 });
  const regionClause = merge(
    ctx.regions.length > 0 ? opt('region', pick(ctx.regions)) : fc.constant({}),
    opt('administeredBy', fc.oneof(pick(['attacked', 'any_party'] as const), pick(ctx.actors))),
  );
  const armedAttack = merge(
    opt('on', fc.oneof(fc.constant('party'), partySubset), 3),
    opt('by', byArb(ctx, ['any', 'non_party']), 2),
    opt('in', fc.array(regionClause, { minLength: 1, maxLength: 2 }), 2),
    opt('minIntensity', fc.integer({ min: 1, max: 5 })),
    opt('stateOfWar', fc.boolean(), 2),
    opt('unprovoked', fc.boolean(), 2),
    // (1.12) Only when a named state supports the attacker.
    rare('supportedBy', fc.oneof(fc.subarray([...ctx.actors], { minLength: 1 }), fc.constant('non_party')), 5),
  );
  // (1.12) A condition on the casus, (1.13) with counts about the act's actors, read at the attack
  // or awaited in its war.
  const casusWhen = rare('when', fc.constantFrom<Json>(
    { happened: { event: 'threat', by: '$actor', on: '$target' } },
    { council: { result: ['vetoed', 'failed'], target: '$actor' } },
    { not: { happened: { event: 'armedAttack', by: '$target', on: '$actor' } } },
    { relation: { between: ['$self', '$actor'], atLeast: 'crisis' } },
  ), 4).chain((w) => (w.when === undefined ? fc.constant(w) : merge(fc.constant(w), opt('awaitWhen', fc.boolean()))));
  // (1.12) A duty limited to some enemies: the victims whose war lifts it, a neutrality's enemies.
  const someEnemies = byArb(ctx, ['non_party']);
  const unprovoked = rare('unprovoked', fc.oneof(
    { arbitrary: fc.boolean(), weight: 2 },
    { arbitrary: fc.oneof(fc.subarray([...ctx.actors], { minLength: 1 }), fc.constant({ tag: CLASS_TAG }), fc.constant({ allOf: [{ tag: CLASS_TAG }, 'non_party'] })), weight: 1 },
  ), 3);
  const reliability = fc.oneof({ arbitrary: prob, weight: 4 }, { arbitrary: fc.constant('rel'), weight: 1 });
  const common = merge(
    opt('reliability', reliability, 4),
    opt('obligated', partySubset, 3),
    opt('escape', pick(['none', 'constitutional_processes', 'national_law'] as const), 3),
    opt('article', fc.constantFrom('Art. 2', 'Art. 4', 'Art. V'), 3),
  );
  return fc.oneof(
    merge(fc.record({ type: fc.constant('defense'), casus: merge(armedAttack.map((a) => ({ armedAttack: a })), casusWhen) }), common, opt('response', responseArb(0), 3), opt('judgment', judgmentArb(), 3), opt('request', requestArb()), opt('against', fc.constant('supporter'), 2))
      // (1.12) A response against the supporter, where the casus names one.
      .map(({ against, ...d }) => (against !== undefined && d.response !== undefined && (d.casus as { armedAttack: Json }).armedAttack.supportedBy !== undefined
        ? { ...d, response: { ...(d.response as Json), against } } : d)),
    merge(fc.record({
      type: fc.constant('consultation'),
      casus: fc.oneof(
        merge(opt('on', fc.oneof(fc.constant('party'), partySubset)), opt('by', byArb(ctx, ['any', 'non_party']))).map((threat) => ({ threat })),
        armedAttack.map((a) => ({ armedAttack: a })),
        merge(fc.record({ kinds: fc.subarray([...SIGNAL_KINDS], { minLength: 1 }) }), opt('on', fc.oneof(pick(['any', 'party'] as const), partySubset)), opt('by', byArb(ctx, ['any', 'non_party'])))
          .map((signal) => ({ signal })),
        merge(opt('kinds', fc.subarray([...HOSTILE_ACT_KINDS], { minLength: 1 })), opt('on', fc.oneof(fc.constant('party'), partySubset)), opt('by', byArb(ctx, ['any', 'non_party'])))
          .map((hostileAct) => ({ hostileAct })),
      ),
    }), common, opt('response', responseArb(0), 3), opt('judgment', judgmentArb(), 2), opt('request', requestArb(), 3)),
    merge(fc.record({ type: fc.constant('nonaggression') }), common, opt('beneficiaries', partySubset, 3), unprovoked),
    merge(fc.record({ type: fc.constant('neutrality') }), common, unprovoked, opt('enemies', someEnemies, 2)),
    // An offense duty armed at materiel: support for an attacker (1.12 supportedBy), arms a neutrality may hold back.
    merge(fc.record({ type: fc.constant('offense'), casus: fc.constant({ armedAttack: { by: 'party' } }), response: fc.constant({ atLeast: 'materiel' }) }), common),
    merge(fc.record({ type: fc.constant('no_sanctions') }), common, opt('scope', pick(['unilateral', 'any'] as const))),
    // (1.11) No separate peace; (1.14) with some enemies only; (1.15) lifted by the partners' consent;
    // (1.16) leaving behind a partner at war in law only.
    merge(fc.record({ type: fc.constant('no_separate_peace') }), common, opt('enemies', someEnemies, 3), opt('consent', pick([0, 0.5, 1]), 2), opt('partners', pick(['fighting', 'at_war']), 2)),
  );
}

function pactsArb(ctx: Omit<Ctx, 'pacts'>, count: number): fc.Arbitrary<Json[]> {
  const n = ctx.actors.length;
  const lists = fc.tuple(...Array.from({ length: count }, () => fc.tuple(
    // Mostly two to four parties; sometimes one, a unilateral undertaking (1.8).
    fc.oneof({ arbitrary: fc.shuffledSubarray([...ctx.actors], { minLength: 2, maxLength: Math.min(4, n) }), weight: 6 }, { arbitrary: fc.shuffledSubarray([...ctx.actors], { minLength: 1, maxLength: 1 }), weight: 1 }),
    // A denunciation clause (1.6): notice of 0–3 months falls due inside a run; a year's often does not.
    // (1.7) A minimum period that bars the notice or only the exit, or a term renewed tacitly: for a
    // pact in force from 1960-06-01, 65 years and the terms 10 + 5k, 65 + k, 1 + k end on 2025-06-01,
    // inside a run; 20 + 10k ends outside it, so a notice waits for 2030.
    fc.option(merge(fc.record({ noticeMonths: fc.constantFrom(0, 1, 2, 3, 12) }), fc.oneof(
      { arbitrary: merge(opt('afterYears', fc.constantFrom(0, 10, 70), 3)), weight: 5 },
      { arbitrary: merge(fc.record({ afterYears: fc.constant(65), afterYearsBars: pick(['notice', 'exit'] as const) })), weight: 2 },
      { arbitrary: merge(fc.record({ term: fc.constantFrom({ years: 10, renewalYears: 5 }, { years: 65, renewalYears: 1 }, { years: 1, renewalYears: 1 }, { years: 20, renewalYears: 10 }) }), opt('afterYears', fc.constantFrom(0, 10, 70), 3)), weight: 3 },
    )), { nil: undefined, freq: 2 }),
  )));
  return lists.chain((partyLists) => {
    const pacts = partyLists.map(([parties, denunciation], i) => ({ id: `pact${i + 1}`, parties, denunciation, denounceable: denunciation !== undefined }));
    const full: Ctx = { ...ctx, pacts };
    return fc.tuple(...pacts.map((p) => merge(
      fc.record({
        id: fc.constant(p.id), name: fc.constant(`Treaty ${p.id}`),
        obligations: fc.array(obligationArb(full, p.parties), { minLength: 1, maxLength: 3 }),
      }),
      fc.constant<Json>(p.denunciation !== undefined ? { denunciation: p.denunciation } : {}),
      // In force long before the start, or from a date inside the run; sometimes lapsing inside it.
      fc.oneof(
        { arbitrary: fc.constant<Json>({ inForce: '1960-06-01' }), weight: 4 },
        { arbitrary: fc.constant<Json>({ inForce: DATES_IN_RUN[0] }), weight: 1 },
        { arbitrary: fc.constant<Json>({ inForce: '1961-07-11', lapsed: DATES_IN_RUN[2] }), weight: 1 },
      ).chain((life) => fc.tuple(...p.parties.map((a) => partyArb(a, life.inForce as string, life.lapsed as string | undefined)))
        .map((parties) => ({ ...life, parties }))),
    )));
  });
}

/** Membership dates a party may carry: before the run (joined or left already), inside it, inside a tick. */
const MEMBERSHIP_DATES = ['1990-01-01', '2024-06-01', ...DATES_IN_RUN, ...MID_TICK_DATES].sort();

/**
 * A `parties` entry: mostly the plain id; sometimes `{ actor }` with a first and/or last day as a
 * party inside the pact's life (an accession or a withdrawal before or during the run).
 */
function partyArb(actor: string, inForce: string, lapsed: string | undefined): fc.Arbitrary<Json | string> {
  const dates = MEMBERSHIP_DATES.filter((d) => d >= inForce && (lapsed === undefined || d < lapsed));
  if (dates.length === 0) return fc.constant(actor);
  return fc.oneof(
    { arbitrary: fc.constant(actor), weight: 6 },
    { arbitrary: fc.constant<Json>({ actor }), weight: 1 },
    { arbitrary: pick(dates).map((from): Json => ({ actor, from })), weight: 2 },
    { arbitrary: pick(dates).map((to): Json => ({ actor, to })), weight: 2 },
    { arbitrary: fc.tuple(pick(dates), pick(dates)).map(([x, y]): Json => ({ actor, from: x < y ? x : y, to: x < y ? y : x })), weight: 1 },
    // Spells (1.5): left and rejoined, sometimes twice, on dates before, inside and within the ticks of the run.
    ...(dates.length >= 2 ? [{ arbitrary: spellsArb(dates).map((spells): Json => ({ actor, spells })), weight: 2 }] : []),
  );
}

/**
 * Spells on distinct dates in order, read as boundaries first day, last day, first day…: with
 * `openStart` the first spell has no first day (it begins with the pact), and an odd number of
 * boundaries leaves the last without a last day. Each spell ends before the next begins.
 */
function spellsArb(dates: readonly string[]): fc.Arbitrary<Json[]> {
  return fc.tuple(fc.uniqueArray(pick(dates), { minLength: 2, maxLength: 6 }), fc.boolean()).map(([picked, openStart]) => {
    const bounds: (string | undefined)[] = [...(openStart ? [undefined] : []), ...[...picked].sort()];
    const spells: Json[] = [];
    for (let k = 0; k < bounds.length; k += 2) {
      const [from, to] = [bounds[k], bounds[k + 1]];
      spells.push({ ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
    }
    return spells;
  });
}

function triggerArb(ctx: Ctx, index: number): fc.Arbitrary<Json> {
  const rate = fc.record({
    per: pick(['year', 'month'] as const),
    value: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 40 }).map((k) => k / 4), weight: 4 }, { arbitrary: fc.constant('rate'), weight: 1 }),
  });
  const firing = fc.oneof(
    { arbitrary: merge(fc.record({ rate }), opt('scale', weight(ctx, 'trigger'), 3)), weight: 6 },
    { arbitrary: fc.record({ at: fc.array(fc.oneof(fc.integer({ min: 0, max: ctx.horizon - 1 }), pick([...DATES_IN_RUN, ...MID_TICK_DATES])), { minLength: 1, maxLength: 3 }) }), weight: 2 },
    { arbitrary: fc.record({ every: fc.record({ month: fc.integer({ min: 1, max: 3 }), day: fc.integer({ min: 1, max: 28 }) }) }), weight: 1 },
    { arbitrary: fc.record({ every: fc.constant('tick') }), weight: 1 },
    { arbitrary: fc.record({ becomes: condition(ctx, 'trigger', 1) }), weight: 1 },
  );
  return merge(
    fc.record({ id: fc.constant(`trigger-${index + 1}`), effect: effects(triggerEffect(ctx)) }),
    firing,
    opt('when', condition(ctx, 'trigger', 1), 2),
    opt('cooldown', fc.integer({ min: 0, max: 4 }), 2),
    opt('limit', fc.integer({ min: 1, max: 3 }), 2),
  );
}

const OPTION_TEMPLATES: Record<string, Json> = {
  absorb: { signal: { kind: 'protest', by: '$self', on: '$actor' } },
  'strike-back': { armedAttack: { by: '$self', on: '$actor', in: { territoryOf: '$actor' }, intensity: 4 } },
  'strike-in-place': { armedAttack: { by: '$self', on: '$actor', intensity: 5 } },
  // The victim's defence without a treaty (1.7): strike the attacker in aid of the state it attacked.
  'strike-in-aid': { armedAttack: { by: '$self', on: '$actor', intensity: 5, inAidOf: '$target' } },
  talks: { deescalate: { between: ['$self', '$actor'] } },
  escalate: { escalate: { between: ['$self', '$actor'], steps: 1 } },
  threaten: { threat: { by: '$self', on: '$actor' } },
  wait: {},
};

function decisionPointArb(ctx: Ctx, index: number, first: boolean): fc.Arbitrary<Json> {
  const selfOrRole = ctx.options.rolesInPatterns ? pick(['$self', '$actor', '$target']) : fc.constant('$self');
  const pattern = fc.oneof(
    { arbitrary: merge(fc.record({ event: fc.constant('armedAttack'), on: selfOrRole }), opt('minIntensity', fc.integer({ min: 1, max: 5 }), 3)), weight: 4 },
    { arbitrary: merge(fc.record({ event: fc.constant('signal'), kind: pick(SIGNAL_KINDS) }), opt('by', pick(ctx.actors), 3)), weight: 1 },
    { arbitrary: fc.record({ event: fc.constant('threat'), on: fc.constant('$self') }), weight: 1 },
    { arbitrary: fc.record({ event: fc.constant('escalation'), on: fc.constant('$self') }), weight: 1 },
    ...(ctx.council ? [{ arbitrary: fc.record({ event: fc.constant('draftResult'), kind: pick(['vetoed', 'adopted', 'failed'] as const) }), weight: 1 }] : []),
  );
  const names = Object.keys(OPTION_TEMPLATES);
  // The first point of a doctrine always offers the strike back, guarded by a rung ceiling.
  const optionIds = first
    ? fc.subarray(names.filter((n) => n !== 'strike-back'), { maxLength: 2 }).map((xs) => ['strike-back', ...xs])
    : fc.subarray(names, { minLength: 1, maxLength: 3 });
  return fc.tuple(optionIds, pattern).chain(([ids, on]) => merge(
    fc.record({
      id: fc.constant(`dp${index + 1}`),
      on: fc.constant(on),
      options: fc.tuple(...ids.map((id) => weight(ctx, 'doctrine').map((w) => {
        const effect = OPTION_TEMPLATES[id]!;
        return {
          id, weight: w,
          ...(id === 'strike-back' ? { scope: 'attacker_territory' } : id === 'strike-in-place' ? { scope: 'in_place' } : {}),
          ...(Object.keys(effect).length > 0 ? { effect } : {}),
        };
      }))),
    }),
    ids.includes('strike-back')
      ? fc.constant({ when: { relation: { between: ['$self', '$actor'], atMost: 'war' } } })
      : opt('when', condition(ctx, 'doctrine', 1), 2),
  ));
}

function doctrineArb(ctx: Ctx): fc.Arbitrary<Json> {
  return fc.shuffledSubarray([...ctx.actors], { minLength: 1, maxLength: Math.min(3, ctx.actors.length) }).chain((owners) =>
    fc.tuple(...owners.map((_a, k) => fc.integer({ min: 1, max: 2 }).chain((nPoints) =>
      fc.tuple(...Array.from({ length: nPoints }, (_, i) => decisionPointArb(ctx, i, k === 0 && i === 0))))))
      .map((lists) => Object.fromEntries(owners.map((a, k) => [a, lists[k]]))));
}

function lastDay(month: number): string {
  return `2025-${pad(month)}-${pad(DAYS_2025[month - 1]!)}`;
}

function councilArb(ctx: Ctx): fc.Arbitrary<Json> {
  return fc.record({
    nSeats: fc.integer({ min: 3, max: 7 }),
    order: fc.shuffledSubarray([...ctx.actors], { minLength: ctx.actors.length, maxLength: ctx.actors.length }),
    veto: fc.boolean(),
  }).chain(({ nSeats, order, veto }) => {
    // Seats go round the actors; an actor holding several seats holds them in successive terms.
    const holders = Array.from({ length: nSeats }, (_, k) => order[k % order.length]!);
    const terms = new Map<string, number>();
    for (const h of holders) terms.set(h, (terms.get(h) ?? 0) + 1);
    const seen = new Map<string, number>();
    const seats = holders.map((actor) => {
      const m = terms.get(actor)!;
      const j = seen.get(actor) ?? 0;
      seen.set(actor, j + 1);
      const fromMonth = 1 + Math.floor((12 * j) / m);
      const nextMonth = 1 + Math.floor((12 * (j + 1)) / m);
      return { actor, ...(j > 0 ? { from: `2025-${pad(fromMonth)}-01` } : {}), ...(j < m - 1 ? { to: lastDay(nextMonth - 1) } : {}) };
    });
    const seated = [...new Set(holders)];
    // Weights that are all 0 are a load error (E_VOTE_WEIGHTS): such a draw abstains instead.
    const someVote = (v: Json): Json => (Object.values(v).some((w) => w !== 0) ? v : { ...v, abstain: 1 });
    const voteDist = fc.oneof(
      fc.record({ yes: prob, no: prob, abstain: prob }).map(someVote),
      merge(fc.record({ yes: prob, no: prob })).map(someVote),
      fc.constant({ yes: 'q', no: 0 }),
      // Absence, and (1.8) presence without a vote: neither is ever a veto.
      fc.record({ yes: prob, no: prob, absent: prob, notVoting: prob }).map(someVote),
      // Members sure of their vote: without them a resolution seldom has its votes, and one that
      // has them with a permanent member against — a veto — is rarer still.
      fc.constantFrom({ yes: 1 }, { yes: 0.1, no: 1 }),
    );
    const rule = merge(
      opt('kind', fc.oneof(pick(DRAFT_KINDS), fc.subarray([...DRAFT_KINDS], { minLength: 1, maxLength: 2 }))),
      opt('target', pick(['shielded', 'other', 'any'] as const)),
      opt('when', condition(ctx, 'council', 0), 3),
      opt('product', fc.oneof(pick(['resolution', 'presidential_statement', 'press_statement'] as const), fc.subarray(['presidential_statement', 'press_statement'] as const, { minLength: 1 })), 3),
      fc.record({ vote: voteDist }),
    );
    const policy = (member: string) => merge(
      // Often a last rule for every draft: rules that each name kinds, products, targets or
      // conditions seldom all miss when one catches the rest, and a member no rule matches abstains.
      fc.record({
        member: fc.constant(member),
        rules: fc.tuple(fc.array(rule, { minLength: 1, maxLength: 3 }), fc.option(fc.record({ vote: voteDist }), { nil: undefined })).map(([rs, last]) => (last ? [...rs, last] : rs)),
      }),
      opt('shield', fc.subarray([...ctx.actors], { minLength: 1 })),
    );
    return fc.record({
      permanent: fc.array(fc.boolean(), { minLength: nSeats, maxLength: nSeats }),
      // Terms split the seats, so fewer members sit on a day than there are seats: a rule needing
      // one vote keeps adoptions and vetoes (and the Assembly's debates of them) within reach.
      minYes: fc.oneof({ arbitrary: fc.constant(1), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: nSeats }), weight: 2 }),
      members: fc.subarray([...seated, 'default'], { minLength: 1 }),
      anticipation: fc.option(fc.record({ vetoExpectedAbove: prob, forceVote: prob }), { nil: undefined }),
      // The proviso of Art. 27(3) (1.6): on by default; sometimes written out, either way.
      partiesAbstain: fc.option(fc.boolean(), { nil: undefined, freq: 2 }),
      // (1.9) The Assembly's debate of every veto: from the mandate's day, or from a day inside the run.
      vetoDebate: fc.option(merge(opt('from', pick(DATES_IN_RUN)), opt('workingDays', fc.integer({ min: 1, max: 10 })),
        // (1.12) Emergency special sessions: a veto on their situation is taken up there.
        opt('emergencySessions', fc.array(fc.tuple(fc.constantFrom('ES-1', 'ES-2'), fc.subarray([...ctx.actors], { minLength: 1 }), fc.nat({ max: DATES_IN_RUN.length - 1 }), fc.option(fc.nat({ max: DATES_IN_RUN.length - 1 }), { nil: undefined }))
          // Meeting from one of the run's dates, to a later one or to the end of the run.
          .map(([id, on, i, j]): Json => ({ id, on, from: DATES_IN_RUN[i]!, ...(j !== undefined && j >= i ? { to: DATES_IN_RUN[j]! } : {}) })), { minLength: 1, maxLength: 2 }), 2)), { nil: undefined, freq: 2 }),
    }).chain(({ permanent, minYes, members, anticipation, partiesAbstain, vetoDebate }) => fc.tuple(...members.map(policy)).map((policies) => ({
      rule: { minYes, permanentVeto: veto, ...(partiesAbstain !== undefined ? { partiesAbstain } : {}) },
      ...(anticipation !== undefined ? { anticipation } : {}),
      ...(vetoDebate !== undefined ? { vetoDebate } : {}),
      // With a veto rule at least one seat is permanent (the first).
      seats: seats.map((s, k) => ({ ...s, ...((permanent[k] || (veto && k === 0)) ? { permanent: true } : {}) })),
      policies,
    })));
  });
}

function sanctionsArb(ctx: Ctx, regime: string): fc.Arbitrary<Json> {
  return fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })).chain(([a, b]) => merge(
    fc.record({
      id: fc.constant(regime), authority: pick(['un', 'coalition'] as const), target: pick(ctx.actors), enforcement: fc.constant('enf'),
      erodesBelow: fc.constant(Math.min(a, b) / 10), restoresAbove: fc.constant(Math.max(a, b) / 10),
    }),
    opt('members', fc.subarray([...ctx.actors], { minLength: 1 }), 3),
    opt('state', pick(['proposed', 'in_force', 'eroding', 'lifted'] as const), 3),
    opt('tightenBy', prob, 3),
    opt('monitoring', merge(
      opt('mandateUntil', pick(DATES_IN_RUN), 3),
      opt('renewalMonths', fc.integer({ min: 1, max: 12 })),
      opt('baselineWith', prob),
      opt('baselineWithout', prob),
      // Monitoring outside the Council, beginning (and perhaps ending) on dates inside the run.
      opt('outside', fc.tuple(pick(DATES_IN_RUN), pick(DATES_IN_RUN), fc.boolean(), prob).map(([x, y, ends, baseline]) => {
        const [from, until] = x <= y ? [x, y] : [y, x];
        return [{ id: 'outside', from, ...(ends ? { until } : {}), baseline }];
      }), 2),
    ), 2),
    opt('evaders', fc.subarray([...ctx.actors], { minLength: 1 }), 3),
  ));
}

function situationArb(ctx: Ctx): fc.Arbitrary<Json> {
  return merge(
    fc.record({
      title: fc.constant('A crisis breaks out'),
      // A tick, or a date (which may fall inside a tick: events keep their own day).
      inject: fc.array(fc.record({ at: fc.oneof(fc.integer({ min: 0, max: ctx.horizon - 1 }), pick([...DATES_IN_RUN, ...MID_TICK_DATES])), effect: effects(triggerEffect(ctx)) }), { minLength: 1, maxLength: 3 }),
    }),
    opt('variables', fc.integer({ min: 0, max: 10 }).map((k) => ({ tension: k / 10 })), 1),
  );
}

/** Random scenario data: a plain JSON object, before validation. Most draws validate; see {@link validScenario}. */
export function scenarioData(options: ScenarioOptions = {}): fc.Arbitrary<Json> {
  return fc.record({
    nActors: fc.integer({ min: 2, max: 6 }),
    nRegions: fc.integer({ min: 0, max: 4 }),
    nPacts: fc.integer({ min: 0, max: 3 }),
    nOutcomes: fc.integer({ min: 2, max: 4 }),
    nTriggers: fc.integer({ min: 1, max: 6 }),
    horizon: fc.integer({ min: 10, max: 40 }),
    council: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
    sanctions: fc.boolean(),
    situation: fc.boolean(),
  }).chain((plan) => {
    const actors = ACTOR_IDS.slice(0, plan.nActors);
    const regions = Array.from({ length: plan.nRegions }, (_, i) => `region${i + 1}`);
    const regime = plan.sanctions ? 'regime1' : undefined;
    const outcomeIds = Array.from({ length: plan.nOutcomes }, (_, i) => `outcome${i + 1}`);
    const base: Omit<Ctx, 'pacts'> = { actors, regions, council: plan.council, regime, outcomes: outcomeIds, horizon: plan.horizon, options };
    return pactsArb(base, plan.nPacts).chain((pacts) => {
      const ctx: Ctx = { ...base, pacts: pacts.map((p) => ({ id: p.id as string, parties: (p.parties as (string | Json)[]).map((x) => (typeof x === 'string' ? x : x.actor as string)), denounceable: p.denunciation !== undefined })) };
      // An outcome may refer only to outcomes declared before it, so outcomes never form a cycle.
      const outcomes = fc.tuple(...outcomeIds.map((id, i) => condition({ ...ctx, outcomes: outcomeIds.slice(0, i) }, 'outcome', 1)
        .map((when) => [id, { when }] as const))).map((xs) => Object.fromEntries(xs));
      return fc.record({
        regions: regionsArb(regions, actors),
        territories: fc.array(fc.option(pick(regions.length > 0 ? regions : ['none']), { nil: undefined, freq: 3 }), { minLength: actors.length, maxLength: actors.length }),
        nuclear: fc.array(fc.boolean(), { minLength: actors.length, maxLength: actors.length }),
        // Actor A always carries the class tag, so `by: { tag }` names a known tag.
        tags: fc.tuple(tagArb().filter((t) => t !== 'other'), ...actors.slice(1).map(() => fc.array(tagArb(), { maxLength: 2 }))),
        relations: relationsArb(actors),
        tension: fc.integer({ min: 0, max: 10 }).map((k) => k / 10),
        reversion: fc.integer({ min: 0, max: 10 }).map((k) => k / 10),
        enf: fc.integer({ min: 0, max: 10 }).map((k) => k / 10),
        doctrine: doctrineArb(ctx),
        council: plan.council ? councilArb(ctx) : fc.constant(undefined),
        sanctions: regime !== undefined ? sanctionsArb(ctx, regime) : fc.constant(undefined),
        triggers: fc.tuple(...Array.from({ length: plan.nTriggers }, (_, i) => triggerArb(ctx, i))),
        situation: plan.situation ? situationArb(ctx) : fc.constant(undefined),
        outcomes,
        // Numbers each run reports (1.10): a count of events or drafts (a `happened` or `council`
        // leaf without its threshold), or the ticks at whose end a condition holds.
        metrics: fc.array(fc.oneof(
          leafCondition(ctx, 'outcome').filter((c) => 'happened' in c || 'council' in c).map((c) => {
            const [key, spec] = Object.entries(c)[0]! as [string, Json];
            const { atLeast: _atLeast, ...rest } = spec;
            return { count: { [key]: rest } };
          }),
          condition(ctx, 'outcome', 1).map((ticks) => ({ ticks })),
        ), { maxLength: 3 }),
        // Theatres group actors for reports only; runs must not depend on them.
        theatres: fc.array(fc.uniqueArray(pick(actors), { minLength: 2, maxLength: actors.length }), { maxLength: 2 }),
        // The strict reading of an ally struck (1.7), now and then.
        allyStruck: fc.option(pick(['ally_side', 'new_war'] as const), { nil: undefined, freq: 2 }),
        // Aid that ends with its war (1.15), now and then.
        aidEnds: fc.option(pick(['continue', 'withdraw'] as const), { nil: undefined, freq: 2 }),
      }).map((p): Json => {
        const data: Json = {
          version: FORMAT_VERSION,
          id: 'random',
          title: 'A random scenario',
          clock: { start: START, tick: 'week', horizon: plan.horizon },
          parameters: {
            rel: { beta: [8, 2], basis: 'judgment' },
            rate: { uniform: [0.25, 2], basis: 'placeholder' },
            w: { uniform: [0.5, 2], basis: 'placeholder' },
            q: { value: 0.7, basis: 'data' },
          },
          regions: p.regions,
          actors: Object.fromEntries(actors.map((a, i) => [a, {
            name: `Actor ${a}`,
            ...(p.nuclear[i] ? { nuclear: true } : {}),
            ...(p.territories[i] !== undefined && p.territories[i] !== 'none' ? { territory: p.territories[i] } : {}),
            ...(i === 0 ? { tags: [p.tags[0]] } : (p.tags[i] as unknown[]).length > 0 ? { tags: p.tags[i] } : {}),
          }])),
          relations: p.relations,
          variables: {
            tension: { initial: p.tension, reversion: { per: 'month', value: p.reversion } },
            ...(regime !== undefined ? { enf: { initial: p.enf, baseline: p.enf, reversion: { per: 'year', value: 0.5 } } } : {}),
          },
          doctrine: p.doctrine,
          pacts,
          triggers: p.triggers,
          outcomes: p.outcomes,
        };
        if (p.metrics.length > 0) data.metrics = Object.fromEntries(p.metrics.map((x, i) => [`metric${i + 1}`, x]));
        if (p.council !== undefined) data.council = p.council;
        if (p.allyStruck !== undefined || p.aidEnds !== undefined) {
          data.episodes = { ...(p.allyStruck !== undefined ? { allyStruck: p.allyStruck } : {}), ...(p.aidEnds !== undefined ? { aidEnds: p.aidEnds } : {}) };
        }
        if (p.sanctions !== undefined) data.sanctions = [p.sanctions];
        if (p.situation !== undefined) data.situations = { crisis: p.situation };
        if (p.theatres.length > 0) data.theatres = Object.fromEntries(p.theatres.map((a, i) => [`theatre${i + 1}`, { title: `Theatre ${i + 1}`, actors: a }]));
        return data;
      });
    });
  });
}

/** A generated scenario that the loader accepted: the data as written, and the validated scenario. */
export interface ValidScenario {
  readonly data: Json;
  readonly scenario: Scenario;
}

/** Random scenarios the loader accepts (warnings allowed), with the validated form. */
export function validScenario(options: ScenarioOptions = {}): fc.Arbitrary<ValidScenario> {
  return scenarioData(options)
    .map((data) => ({ data, result: validateScenarioData(data) }))
    .filter((x) => x.result.ok)
    .map(({ data, result }) => ({ data, scenario: (result as { ok: true; scenario: Scenario }).scenario }));
}
