import type { Obligation, Scenario } from '../schema/scenario.js';
import { partyActor, partySpells } from './parties.js';
import type { Num, Rate } from '../schema/primitives.js';
import type { Effect } from '../schema/effect.js';
import { EVENT_KINDS, RESPONSE_LEVELS } from '../schema/vocabulary.js';
import { exp, log } from '../rng/math.js';
import { addMonths, DAYS_PER, dayAfterMonths, dayOf, isoOf, runDays, tickDays, type TickUnit } from './calendar.js';
import { compileCondition, conditionDependencies, countSlots } from './conditions.js';
import { compileWeight, isConstantWeight, weightUpperBound } from './weights.js';
import { lookup, ModelError, type CompileContext } from './context.js';
import { DEFAULT_LADDER } from './ladder.js';
import { compileRegions } from './regions.js';
import { obligationIds } from '../load/rules/obligation-ids.js';
import { nominalValue, parameterRanges, type ParameterValues } from './params.js';
import type { ByClass } from '../schema/by-class.js';
import { byRuleCompiler, compileAlliances, compileTags } from './by-class.js';
import type {
  ActCasusInfo, ByRule,
  ActorInfo, CouncilInfo, CounterInfo, DecisionPointInfo, Model, ObligationInfo, OutcomeInfo, MetricInfo, PactInfo,
  RegimeInfo, RegionInfo, RungInfo, SituationInfo, TriggerInfo, VariableInfo, VoteRuleInfo,
} from './model.js';
import { CHECKED_AT_ACT, WAR_DECLARED, WAR_HOSTILITIES, WAR_NONE } from './model.js';

const FAR_FUTURE = 2 ** 31 - 1;
/** The day the General Assembly gave itself its standing mandate to debate every veto (res. 76/262). */
const VETO_DEBATE_MANDATE = '2022-04-26';

/** The nominal value of every parameter (see {@link nominalValue}), with overrides applied. */
export function resolveParameters(scenario: Scenario, overrides: Readonly<Record<string, number>> = {}): ParameterValues {
  const out: Record<string, number> = {};
  for (const [name, p] of Object.entries(scenario.parameters)) out[name] = nominalValue(p);
  const ranges = Object.keys(overrides).length > 0 ? parameterRanges(scenario) : {};
  for (const [name, v] of Object.entries(overrides)) {
    if (!Object.hasOwn(scenario.parameters, name)) throw new ModelError(`unknown parameter "${name}"`);
    const range = ranges[name];
    if (range && (v < range[0] || v > range[1])) throw new ModelError(`parameter "${name}" = ${v} is outside [${range[0]}, ${range[1]}], the values the fields that use it can hold`);
    out[name] = v;
  }
  return out;
}

/** Probability that a Poisson process of `rate` fires at least once in one tick. */
export function hazardPerTick(ratePerTick: number): number {
  return ratePerTick <= 0 ? 0 : 1 - exp(-ratePerTick);
}

/**
 * Compiles a validated scenario for one set of parameter values. Throws {@link ModelError} only
 * for mistakes the loader's rules exist to catch, so a loaded scenario always compiles.
 */
export function compile(scenario: Scenario, parameters: ParameterValues = resolveParameters(scenario)): Model {
  const value = (n: Num): number => {
    if (typeof n === 'number') return n;
    const v = parameters[n.param];
    if (v === undefined) throw new ModelError(`unknown parameter "${n.param}"`);
    return v;
  };
  const unit = scenario.clock.tick as TickUnit;
  const tickLen = DAYS_PER[unit];
  const perTick = (r: Rate): number => (value(r.value) * tickLen) / DAYS_PER[r.per];
  const horizon = scenario.clock.horizon;
  const days = tickDays(scenario.clock.start, unit, horizon);
  // Tick t covers [days[t], days[t + 1]); a day outside [days[0], endDay) falls in no tick (-1).
  const endDay = tickDays(scenario.clock.start, unit, horizon + 1)[horizon + 1]!;
  const tickOfDay = (day: number): number => {
    if (day < days[0]! || day >= endDay) return -1;
    let t = 0;
    for (let i = 0; i <= horizon; i++) if (days[i]! <= day) t = i;
    return t;
  };

  // Actors and their implicit home regions.
  const actorIds = Object.keys(scenario.actors);
  const actorIndex = new Map(actorIds.map((id, i) => [id, i] as const));
  const nA = actorIds.length;
  const regionIds = Object.keys(scenario.regions);
  for (const id of actorIds) {
    if (scenario.actors[id]!.territory === undefined && !regionIds.includes(id)) regionIds.push(id);
  }
  const regionIndex = new Map(regionIds.map((id, i) => [id, i] as const));
  const regionsResolved: RegionInfo[] = compileRegions(scenario, regionIds, actorIndex);
  const actors: ActorInfo[] = actorIds.map((id) => {
    const a = scenario.actors[id]!;
    return { id, name: a.name, nuclear: a.nuclear, territory: lookup(regionIndex, a.territory ?? id, 'region') };
  });

  // Ladder.
  const ladder = scenario.ladder ?? DEFAULT_LADDER;
  const rungIndex = new Map(ladder.rungs.map((r, i) => [r.id, i] as const));
  const rungs: RungInfo[] = ladder.rungs.map((r) => ({
    id: r.id, name: r.name ?? r.id, intensity: r.intensity ?? 0, war: r.war ?? false, nuclear: r.nuclear ?? false,
    deescalation: r.deescalation ? hazardPerTick(perTick(r.deescalation)) : 0,
  }));
  const crisisRung = ladder.crisis !== undefined ? lookup(rungIndex, ladder.crisis, 'rung') : Math.min(2, rungs.length - 1);
  let warRung = rungs.findIndex((r) => r.war);
  if (warRung < 0) warRung = rungs.length - 1;
  let nuclearRung = rungs.findIndex((r) => r.nuclear);
  if (nuclearRung < 0) nuclearRung = rungs.length - 1;
  const responseRung = new Int8Array(RESPONSE_LEVELS.length).fill(-1);
  const resp = ladder.responses ?? {};
  for (const [lvl, rung] of Object.entries(resp)) {
    if (rung !== undefined) responseRung[RESPONSE_LEVELS.indexOf(lvl as (typeof RESPONSE_LEVELS)[number])] = lookup(rungIndex, rung, 'rung');
  }
  if (responseRung[3]! < 0) responseRung[3] = warRung;
  if (responseRung[4]! < 0) responseRung[4] = warRung;

  // Relations: every unordered pair exists; declared ones set the start.
  const pairOf = new Int32Array(nA * nA).fill(-1);
  const pairA: number[] = [];
  const pairB: number[] = [];
  for (let a = 0; a < nA; a++) for (let b = a + 1; b < nA; b++) {
    pairOf[a * nA + b] = pairOf[b * nA + a] = pairA.length;
    pairA.push(a); pairB.push(b);
  }
  const nP = pairA.length;
  const alignment = new Int8Array(nP).fill(2);
  const initialRung = new Int8Array(nP);
  const initialWar = new Int8Array(nP);
  const initialInitiator = new Int16Array(nP).fill(-1);
  const ALIGN = ['ally', 'partner', 'neutral', 'rival', 'adversary'];
  const applyRelations = (list: Scenario['relations']): void => {
    for (const r of list) {
      const a = lookup(actorIndex, r.between[0], 'actor');
      const b = lookup(actorIndex, r.between[1], 'actor');
      const p = pairOf[a * nA + b]!;
      if (p < 0) throw new ModelError(`relation of ${r.between[0]} with itself`);
      alignment[p] = ALIGN.indexOf(r.alignment);
      initialRung[p] = r.rung !== undefined ? lookup(rungIndex, r.rung, 'rung') : 0;
      initialWar[p] = r.war === 'declared' ? WAR_DECLARED : r.war === 'hostilities' ? WAR_HOSTILITIES : WAR_NONE;
      initialInitiator[p] = r.initiator !== undefined ? lookup(actorIndex, r.initiator, 'actor') : -1;
    }
  };
  applyRelations(scenario.relations);

  // Tags the actors carry, and when; a class of attackers reads them on the day of an act.
  const { tags, actorTags } = compileTags(scenario, actorIds);

  // Variables.
  const variableIds = Object.keys(scenario.variables);
  const variableIndex = new Map(variableIds.map((id, i) => [id, i] as const));
  const variables: VariableInfo[] = variableIds.map((id) => {
    const v = scenario.variables[id]!;
    const initial = value(v.initial);
    const r = v.reversion ? reversionPerTick(value(v.reversion.value), v.reversion.per, tickLen) : 0;
    return { id, min: v.min, max: v.max, initial, baseline: v.baseline !== undefined ? value(v.baseline) : initial, keep: 1 - r };
  });

  // Pacts and obligations (one instance per obligated party).
  const pactIndex = new Map(scenario.pacts.map((p, i) => [p.id, i] as const));
  const pacts: PactInfo[] = scenario.pacts.map((p) => {
    const inForceDay = dayOf(p.inForce);
    const lapsedDay = p.lapsed !== undefined ? dayOf(p.lapsed) : FAR_FUTURE;
    // Only dates that make a difference inside the pact's life count; the rest mean "always"
    // (dates outside the life are loader errors, E_DATES; spells out of order, E_SPELLS).
    const spellsOf = p.parties.map((x) => partySpells(x).flatMap((sp) => {
      const from = sp.from !== undefined && dayOf(sp.from) > inForceDay ? dayOf(sp.from) : -FAR_FUTURE;
      const until = sp.to !== undefined && dayOf(sp.to) + 1 < lapsedDay ? dayOf(sp.to) + 1 : FAR_FUTURE;
      return [from, until];
    }));
    const dated = spellsOf.some((sp) => sp.length > 2 || sp[0]! > -FAR_FUTURE || sp[1]! < FAR_FUTURE);
    const d = p.denunciation;
    // The minimum period bars the notice (NATO Art. 13 as read, US–Japan Art. X) or only the exit (Brussels Art. XII).
    const minimum = d === undefined ? 0 : dayAfterMonths(p.inForce, 12 * d.afterYears) ?? FAR_FUTURE;
    const barsExit = d !== undefined && d.afterYearsBars === 'exit';
    return {
      id: p.id, name: p.name,
      parties: p.parties.map((x) => lookup(actorIndex, partyActor(x), 'actor')),
      inForceDay, lapsedDay, partySpells: spellsOf,
      // A pact that can be denounced in a run (1.6) has parties that may leave on a day no date gives.
      staggered: d !== undefined || dated,
      dated,
      denunciation: d === undefined ? undefined : {
        noticeMonths: d.noticeMonths,
        fromDay: barsExit ? -FAR_FUTURE : minimum,
        exitFromDay: barsExit ? minimum : -FAR_FUTURE,
        term: d.term === undefined ? undefined : { inForce: p.inForce, years: d.term.years, renewalYears: d.term.renewalYears },
      },
    };
  });
  const sources: string[] = [];
  const source = (name: string): number => { sources.push(name); return sources.length - 1; };
  const byRule = byRuleCompiler(actorIndex, tags);
  const alliances = compileAlliances(scenario, pacts, actorIndex);
  const obligations: ObligationInfo[] = [];
  const obligationsOfPact: { index: number; id: string; obligated: number }[][] = pacts.map(() => []);
  scenario.pacts.forEach((p, pi) => {
    const ids = obligationIds(p);
    const pact = pacts[pi]!;
    const partyIndices = pact.parties.map((a) => actorIds[a]!);
    // The days a party's duty binds: its spells of membership within the pact's life.
    const windowOf = (a: number): number[] => {
      const out: number[] = [];
      const sp = pact.partySpells[pact.parties.indexOf(a)]!;
      for (let k = 0; k < sp.length; k += 2) {
        const from = Math.max(pact.inForceDay, sp[k]!);
        const until = Math.min(pact.lapsedDay, sp[k + 1]!);
        if (from < until) out.push(from, until);
      }
      return out;
    };
    // The days a beneficiary is protected, as far as its own dates go (the pact's life is checked
    // apart, so a casus before entry into force is still recorded not_in_force); an actor never
    // a party (a protocol state named a beneficiary): always.
    const protectedOf = (a: number): readonly number[] => {
      const k = pact.parties.indexOf(a);
      return k < 0 ? [-FAR_FUTURE, FAR_FUTURE] : pact.partySpells[k]!;
    };
    for (const [k, o] of p.obligations.entries()) {
      const oid = ids[k]!;
      const obligated = (o.obligated ?? partyIndices).map((x) => lookup(actorIndex, x, 'actor'));
      const benefit = (o.beneficiaries ?? partyIndices).map((x) => lookup(actorIndex, x, 'actor'));
      const atLeast = RESPONSE_LEVELS.indexOf(o.response?.atLeast ?? (o.type === 'consultation' ? 'consult' : 'forces'));
      const cum = new Float64Array(RESPONSE_LEVELS.length);
      let total = 0;
      for (let l = 0; l < RESPONSE_LEVELS.length; l++) {
        if (l >= atLeast) {
          const weights = o.response?.levels;
          const w = weights ? (weights[RESPONSE_LEVELS[l]!] !== undefined ? value(weights[RESPONSE_LEVELS[l]!]!) : 0) : l === atLeast ? 1 : 0;
          total += w;
        }
        cum[l] = total;
      }
      if (total <= 0) { cum.fill(0); for (let l = atLeast; l < cum.length; l++) cum[l] = 1; total = 1; }
      for (let l = 0; l < cum.length; l++) cum[l]! /= total;
      const casus = o.casus?.armedAttack;
      for (const who of obligated) {
        const key = `${p.id}/${oid}@${actorIds[who]}`;
        const beneficiaries = benefit.filter((b) => b !== who);
        const spells = windowOf(who);
        // A party whose spells all lie outside the pact's life (loader errors) binds no day.
        const fromDay = spells.length > 0 ? spells[0]! : FAR_FUTURE;
        const untilDay = spells.length > 0 ? spells[spells.length - 1]! : FAR_FUTURE;
        const info: ObligationInfo = {
          index: obligations.length, key, cause: `obligation:${key}`, pact: pi, id: oid, type: o.type, article: o.article ?? '',
          obligated: who, spells, fromDay, untilDay,
          beneficiaries,
          beneficiarySpells: beneficiaries.map(protectedOf),
          negative: CHECKED_AT_ACT.has(o.type),
          unprovoked: o.unprovoked !== undefined && o.unprovoked !== false,
          unprovokedAgainst: o.unprovoked === undefined || typeof o.unprovoked === 'boolean' ? 'any' : byRule(o.unprovoked, pi),
          enemies: o.enemies === undefined ? 'any' : byRule(o.enemies, pi),
          againstSupporter: o.response?.against === 'supporter',
          againstBoth: o.response?.against === 'both',
          declares: o.response?.declares ?? true,
          casus: casus ? {
            on: casus.on === 'party' ? 'party' : casus.on.map((x) => lookup(actorIndex, x, 'actor')),
            by: byRule(casus.by, pi),
            regions: casus.in?.map((c) => ({
              region: c.region !== undefined ? lookup(regionIndex, c.region, 'region') : -1,
              administeredBy: c.administeredBy === undefined ? -1 : c.administeredBy === 'attacked' || c.administeredBy === 'any_party' ? c.administeredBy : lookup(actorIndex, c.administeredBy, 'actor'),
            })),
            minIntensity: casus.minIntensity,
            stateOfWar: casus.stateOfWar,
            unprovoked: casus.unprovoked,
            minEnemies: casus.minEnemies ?? 1,
            sameWar: casus.sameWar === true,
            menace: casus.menace === true,
            supportedBy: casus.supportedBy === undefined ? undefined : byRule(casus.supportedBy, pi),
            awaitWhen: o.casus!.awaitWhen === true && o.casus!.when !== undefined,
          } : undefined,
          acts: actCasus(o.casus, actorIndex, (b) => byRule(b, pi)),
          threat: o.casus?.threat ? {
            on: o.casus.threat.on === 'party' ? 'party' : o.casus.threat.on.map((x) => lookup(actorIndex, x, 'actor')),
            by: byRule(o.casus.threat.by, pi),
          } : undefined,
          atLeast,
          levelCumulative: cum,
          shortfall: o.response?.shortfall && o.response.shortfall !== 'none' ? RESPONSE_LEVELS.indexOf(o.response.shortfall) : -1,
          within: o.response?.within ?? 0,
          reliability: value(o.reliability),
          consent: o.consent !== undefined ? value(o.consent) : -1,
          partnersAtWar: o.partners === 'at_war',
          deny: o.judgment ? value(o.judgment.deny) : 0,
          pretext: o.judgment ? value(o.judgment.pretext) : 0,
          pretextAtMost: o.judgment?.pretextAtMost !== undefined ? RESPONSE_LEVELS.indexOf(o.judgment.pretextAtMost) : -1,
          pretextWhen: undefined,
          casusWhen: undefined,
          request: o.request ? value(o.request.chance) : -1,
          requestWhen: undefined,
          onCasusEnd: o.response?.onCasusEnd ?? 'withdraw',
          escape: o.escape,
          scope: o.scope ?? 'unilateral',
          source: source(`obligation:${key}`),
        };
        obligations.push(info);
        obligationsOfPact[pi]!.push({ index: info.index, id: oid, obligated: who });
      }
    }
  });
  const casusByBeneficiary: number[][] = actorIds.map(() => []);
  const threatByBeneficiary: number[][] = actorIds.map(() => []);
  const actsByKind = new Map<string, number[]>([['signal', []], ['hostileAct', []]]);
  const dutiesByActor: number[][] = actorIds.map(() => []);
  const unCooperationByActor: number[][] = actorIds.map(() => []);
  for (const o of obligations) {
    if (o.type === 'un_cooperation') unCooperationByActor[o.obligated]!.push(o.index);
    if (o.negative) { dutiesByActor[o.obligated]!.push(o.index); continue; }
    const list = o.type === 'offense' ? pacts[o.pact]!.parties.filter((x) => x !== o.obligated) : o.beneficiaries;
    if (o.casus) for (const b of list) casusByBeneficiary[b]!.push(o.index);
    if (o.threat) for (const b of o.beneficiaries) threatByBeneficiary[b]!.push(o.index);
    for (const a of o.acts) {
      const l = actsByKind.get(a.event)!;
      if (l[l.length - 1] !== o.index) l.push(o.index);
    }
  }

  const regimeIndex = new Map(scenario.sanctions.map((r, i) => [r.id, i] as const));
  const outcomeIds = Object.keys(scenario.outcomes);
  const outcomeIndex = new Map(outcomeIds.map((id, i) => [id, i] as const));
  const counters: CounterInfo[] = [];
  const ctxFor = (owner: number): CompileContext => ({
    actorIndex, rungIndex, variableIndex, pactIndex, regimeIndex, outcomeIndex, obligationsOfPact,
    pairOf, nActors: nA, counters, value, owner,
  });
  const ctx = ctxFor(-1);
  scenario.pacts.forEach((p, pi) => {
    const ids = obligationIds(p);
    p.obligations.forEach((o, k) => {
      for (const info of obligations) {
        if (info.pact !== pi || info.id !== ids[k]) continue;
        if (o.judgment?.pretextWhen) info.pretextWhen = compileCondition(o.judgment.pretextWhen, ctxFor(info.obligated));
        if (o.casus?.when) info.casusWhen = compileCondition(o.casus.when, ctxFor(info.obligated));
        if (o.request?.when) info.requestWhen = compileCondition(o.request.when, ctxFor(info.obligated));
      }
    });
  });

  // The values a variable can hold: its bounds, widened by any start value that lies outside them.
  const variableRange = (v: number): [number, number] => {
    const info = variables[v]!;
    const starts = [
      info.initial, info.baseline,
      ...Object.values(scenario.situations).map((sit) => sit.variables?.[info.id]),
      ...scenario.sanctions.filter((r) => r.enforcement === info.id).flatMap((r) => [r.monitoring?.baselineWith, r.monitoring?.baselineWithout, ...(r.monitoring?.outside ?? []).map((o) => o.baseline)].map((b) => (b === undefined ? undefined : value(b)))),
    ].filter((x): x is number => x !== undefined);
    return [Math.min(info.min, ...starts), Math.max(info.max, ...starts)];
  };

  // Triggers.
  const triggers: TriggerInfo[] = scenario.triggers.map((t, index) => {
    const ratePerTick = t.rate ? perTick(t.rate) : 0;
    const scheduled = new Set<number>();
    for (const at of t.at ?? []) {
      const tick = typeof at === 'number' ? at : tickOfDay(dayOf(at));
      if (tick >= 0 && tick <= horizon) scheduled.add(tick);
    }
    if (t.every === 'tick') {
      // A rule, not a chance: every tick of the run is a scheduled firing, and `when`, `cooldown`
      // and `limit` decide as for any scheduled trigger.
      for (let tick = 0; tick <= horizon; tick++) scheduled.add(tick);
    } else if (t.every) {
      const y0 = Number(scenario.clock.start.slice(0, 4));
      const y1 = Number(isoOf(endDay).slice(0, 4));
      for (let y = y0; y <= y1; y++) {
        // A day the month lacks (31 April, 29 February in a common year) is that month's last day.
        const first = `${y}-${pad(t.every.month)}-01`;
        const d = dayOf(first) + Math.min(t.every.day, dayOf(addMonths(first, 1)) - dayOf(first)) - 1;
        const tick = tickOfDay(d);
        if (tick >= 0) scheduled.add(tick);
      }
    }
    const constant = !t.scale || isConstantWeight(t.scale);
    const scaleConst = t.scale && constant ? compileWeight(t.scale, ctx)(undefined as never, -1, -1, -1) : 1;
    return {
      index, id: t.id, cause: `trigger:${t.id}`, source: source(`trigger:${t.id}`),
      constantP: constant ? hazardPerTick(ratePerTick * scaleConst) : -1,
      ratePerTick,
      scale: t.scale && !constant ? compileWeight(t.scale, ctx) : undefined,
      maxRate: ratePerTick * (t.scale ? weightUpperBound(t.scale, ctx, variableRange, rungs.length - 1) : 1),
      stochastic: t.rate !== undefined,
      scheduled,
      becomes: t.becomes ? compileCondition(t.becomes, ctx) : undefined,
      when: t.when ? compileCondition(t.when, ctx) : undefined,
      cooldown: t.cooldown,
      limit: t.limit ?? FAR_FUTURE,
      effects: t.effect as Effect[],
    };
  });

  // Doctrine.
  const decisionPoints: DecisionPointInfo[] = [];
  const listeners = new Map<string, number[]>();
  for (const [actorId, points] of Object.entries(scenario.doctrine)) {
    const owner = lookup(actorIndex, actorId, 'actor');
    const octx = ctxFor(owner);
    const refs = (x: string | string[] | undefined): number[] | undefined => x === undefined ? undefined
      : (Array.isArray(x) ? x : [x]).map((r) => (r === '$self' ? owner : lookup(actorIndex, r, 'actor')));
    for (const dp of points) {
      const key = `${actorId}/${dp.id}`;
      const info: DecisionPointInfo = {
        index: decisionPoints.length, key, actor: owner, id: dp.id,
        event: dp.on.event, kind: dp.on.kind, by: refs(dp.on.by), on: refs(dp.on.on), minIntensity: dp.on.minIntensity ?? 0,
        when: dp.when ? compileCondition(dp.when, octx) : undefined,
        options: dp.options.map((o) => ({ id: o.id, label: o.label ?? o.id, weight: compileWeight(o.weight, octx), scope: o.scope, effects: (o.effect ?? []) as Effect[], cause: `decision:${key}:${o.id}` })),
        source: source(`decision:${key}`),
        spec: dp,
      };
      decisionPoints.push(info);
      const l = listeners.get(dp.on.event) ?? [];
      l.push(info.index);
      listeners.set(dp.on.event, l);
    }
  }

  // Council.
  let council: CouncilInfo | undefined;
  if (scenario.council) {
    const c = scenario.council;
    const rules = (list: (typeof c.policies)[number]['rules']): VoteRuleInfo[] => list.map((r) => {
      const yes = value(r.vote.yes); const no = value(r.vote.no); const ab = value(r.vote.abstain); const away = value(r.vote.absent); const silent = r.vote.notVoting === undefined ? 0 : value(r.vote.notVoting);
      // Weights that all read 0 (parameters; literal zeros are a load error) express no vote:
      // the member abstains, as when no rule matches (semantics.md, "The Security Council").
      const none = !(yes + no + ab + away + silent > 0);
      const total = none ? 1 : yes + no + ab + away + silent;
      return {
        kinds: r.kind === undefined ? undefined : Array.isArray(r.kind) ? r.kind : [r.kind],
        products: r.product === undefined ? undefined : Array.isArray(r.product) ? r.product : [r.product],
        target: r.target, when: r.when ? compileCondition(r.when, ctx) : undefined,
        yes: none ? 0 : yes / total, no: none ? 0 : (yes + no) / total, abstain: none ? 1 : (yes + no + ab) / total,
        // 1 exactly when no one is present and silent, so the draws of a 1.7 file are unchanged.
        absent: none || silent === 0 ? 1 : (yes + no + ab + away) / total,
      };
    });
    const policies: CouncilInfo['policies'][number][] = actorIds.map(() => undefined);
    let defaultPolicy: CouncilInfo['defaultPolicy'];
    for (const p of c.policies) {
      const compiled = { shield: p.shield.map((x) => lookup(actorIndex, x, 'actor')), rules: rules(p.rules) };
      if (p.member === 'default') defaultPolicy = compiled;
      else policies[lookup(actorIndex, p.member, 'actor')] = compiled;
    }
    const seated = new Set(c.seats.map((s) => s.actor));
    const permanent = new Set(c.seats.filter((s) => s.permanent).map((s) => s.actor));
    council = {
      minYes: c.rule.minYes, permanentVeto: c.rule.permanentVeto, partiesAbstain: c.rule.partiesAbstain ?? true,
      amended: (c.rule.amended ?? []).map((a) => ({ day: dayOf(a.from), minYes: a.minYes })),
      seats: c.seats.map((s) => ({
        actor: lookup(actorIndex, s.actor, 'actor'), permanent: s.permanent,
        fromDay: s.from !== undefined ? dayOf(s.from) : -FAR_FUTURE, toDay: s.to !== undefined ? dayOf(s.to) : FAR_FUTURE,
      })),
      permanent: actorIds.map((id) => permanent.has(id)),
      policies, defaultPolicy,
      voteSource: actorIds.map((id) => (seated.has(id) ? source(`vote:${id}`) : -1)),
      withdrawalSource: source('council:withdrawal'),
      anticipation: c.anticipation ? { vetoExpectedAbove: value(c.anticipation.vetoExpectedAbove), forceVote: value(c.anticipation.forceVote) } : undefined,
      anticipationSource: source('council:anticipation'),
      complianceSource: source('council:compliance'),
      vetoDebate: c.vetoDebate === undefined ? undefined : {
        fromDay: dayOf(c.vetoDebate.from ?? VETO_DEBATE_MANDATE), workingDays: c.vetoDebate.workingDays, runEnd: runDays(scenario.clock).end,
        sessions: (c.vetoDebate.emergencySessions ?? []).map((e) => ({
          id: e.id, on: e.on.map((x) => lookup(actorIndex, x, 'actor')), fromDay: dayOf(e.from), untilDay: e.to !== undefined ? dayOf(e.to) + 1 : FAR_FUTURE,
        })),
      },
    };
  }

  // Sanctions regimes.
  const regimes: RegimeInfo[] = scenario.sanctions.map((r, index) => {
    const variable = lookup(variableIndex, r.enforcement, 'variable');
    const v = variables[variable]!;
    return {
      index, id: r.id, authority: r.authority, target: lookup(actorIndex, r.target, 'actor'),
      members: (r.members ?? []).map((x) => lookup(actorIndex, x, 'actor')),
      initialState: r.state, variable,
      tightenBy: value(r.tightenBy), erodesBelow: value(r.erodesBelow), restoresAbove: value(r.restoresAbove),
      monitored: r.monitoring !== undefined,
      mandateUntilDay: r.monitoring?.mandateUntil !== undefined ? dayOf(r.monitoring.mandateUntil) : FAR_FUTURE,
      renewalMonths: r.monitoring?.renewalMonths ?? 12,
      baselineWith: r.monitoring?.baselineWith !== undefined ? value(r.monitoring.baselineWith) : v.baseline,
      baselineWithout: r.monitoring?.baselineWithout !== undefined ? value(r.monitoring.baselineWithout) : v.baseline,
      outside: (r.monitoring?.outside ?? []).map((o) => ({
        id: o.id, fromDay: dayOf(o.from), toDay: o.until !== undefined ? dayOf(o.until) : FAR_FUTURE, baseline: value(o.baseline),
      })),
    };
  });

  const outcomes: OutcomeInfo[] = outcomeIds.map((id) => {
    const o = scenario.outcomes[id]!;
    return { id, title: o.title ?? id, when: compileCondition(o.when, ctx), dependsOn: conditionDependencies(o.when) };
  });
  const outcomesByKind = new Map<string, number[]>();
  for (const kind of [...EVENT_KINDS, 'tick']) {
    outcomesByKind.set(kind, outcomes.map((o, i) => [o, i] as const).filter(([o]) => o.dependsOn.has(kind) || o.dependsOn.has('*')).map(([, i]) => i));
  }
  // A count's counters are registered like a condition's (after every condition's, so no other
  // counter's index moves); a `ticks` metric gets a slot of its own, counted at each tick's end.
  let tickSlots = 0;
  const metrics: MetricInfo[] = Object.entries(scenario.metrics ?? {}).map(([id, x]) => x.count !== undefined
    ? { id, title: x.title ?? id, kind: 'count', counters: countSlots(ctx, x.count), slot: -1, holds: undefined }
    : { id, title: x.title ?? id, kind: 'ticks', counters: [], slot: tickSlots++, holds: compileCondition(x.ticks!, ctx) });
  const countersByKind = new Map<string, number[]>();
  counters.forEach((c, i) => { const l = countersByKind.get(c.event) ?? []; l.push(i); countersByKind.set(c.event, l); });

  const situations = new Map<string, SituationInfo>();
  for (const [id, s] of Object.entries(scenario.situations)) {
    situations.set(id, {
      id, title: s.title,
      injects: s.inject.map((inj, index) => ({
        index,
        tick: typeof inj.at === 'number' ? inj.at : Math.max(0, tickOfDay(dayOf(inj.at))),
        // A dated inject keeps its own day, which may fall inside its tick: pacts are judged in
        // force, and the story dates it, as of that day.
        day: typeof inj.at === 'number' ? days[Math.min(inj.at, days.length - 1)]! : Math.max(days[0]!, dayOf(inj.at)),
        effects: inj.effect as Effect[],
      })),
      relations: s.relations ?? [],
      variables: s.variables ?? {},
    });
  }

  const deescalationSource = source('hazard:deescalation');
  // The attacked party's request for help: one stream per actor that some clause with `request`
  // protects, added after every other source so that no other source's index moves.
  const requestSource = new Int32Array(nA).fill(-1);
  for (const o of obligations) {
    if (o.request < 0) continue;
    for (const b of o.beneficiaries) if (requestSource[b]! < 0) requestSource[b] = source(`request:${actorIds[b]}`);
  }

  return {
    scenario, parameters,
    clock: { start: scenario.clock.start, unit, horizon, days },
    actors, actorIndex, regions: regionsResolved, regionIndex,
    theatres: Object.entries(scenario.theatres).map(([id, t]) => ({ id, title: t.title, actors: t.actors.map((a) => lookup(actorIndex, a, 'actor')) })),
    rungs, rungIndex, crisisRung, warRung, nuclearRung, responseRung, allyStruckNewWar: scenario.episodes?.allyStruck === 'new_war', aidWithdraws: scenario.episodes?.aidEnds === 'withdraw',
    pairOf, pairA: Int32Array.from(pairA), pairB: Int32Array.from(pairB), alignment, tags, actorTags, alliances, initialRung, initialWar, initialInitiator,
    variables, variableIndex, pacts, pactIndex, obligations, casusByBeneficiary, threatByBeneficiary, actsByKind, dutiesByActor, separatePeace: obligations.some((o) => o.type === 'no_separate_peace'), menaceSupport: obligations.some((o) => o.casus?.menace === true), unCooperationByActor,
    triggers, decisionPoints, listeners, council, regimes, regimeIndex, outcomes, counters, countersByKind, outcomesByKind, situations,
    metrics, tickMetrics: metrics.filter((x) => x.kind === 'ticks'),
    sources, deescalationSource, requestSource,
  };
}

/**
 * Per-tick share of the gap to the baseline that a variable closes, from a share per unit of time:
 * 1 - (1 - r)^(tick / unit), with the engine's own exp and log.
 */
function reversionPerTick(share: number, per: 'day' | 'week' | 'month' | 'year', tickLen: number): number {
  if (share >= 1) return 1;
  if (share <= 0) return 0;
  return 1 - exp(log(1 - share) * (tickLen / DAYS_PER[per]));
}

/** The casus clauses of an obligation that judge signals and hostile acts. */
function actCasus(casus: Obligation['casus'], actorIndex: ReadonlyMap<string, number>, by: (b: 'any' | 'non_party' | 'party' | string[] | ByClass) => ByRule): ActCasusInfo[] {
  const out: ActCasusInfo[] = [];
  const on = (o: 'any' | 'party' | string[]): ActCasusInfo['on'] => (typeof o === 'string' ? o : o.map((x) => lookup(actorIndex, x, 'actor')));
  if (casus?.signal) out.push({ event: 'signal', kinds: casus.signal.kinds, by: by(casus.signal.by), on: on(casus.signal.on) });
  if (casus?.hostileAct) out.push({ event: 'hostileAct', kinds: casus.hostileAct.kinds, by: by(casus.hostileAct.by), on: on(casus.hostileAct.on) });
  return out;
}

function pad(n: number): string { return String(n).padStart(2, '0'); }
