import type { Model } from '../model/model.js';
import { RESPONSE_LEVEL_NAMES } from '../model/model.js';
import { TABLES } from '../machines/host.js';
import { isoOf } from '../model/calendar.js';
import { SEED_SCHEME } from '../rng/streams.js';
import type { RunState } from './state.js';
import { describeEvent, voteCounts } from './narrate.js';
import { metricValues } from './metrics.js';
import { SIDE_DEFENDER, SIDE_INITIATOR } from './episodes.js';

/** An event with names instead of indices, for traces read by people and other programs. */
export interface TraceEvent {
  seq: number;
  tick: number;
  date: string;
  kind: string;
  cause: string;
  parent: number | null;
  actor?: string;
  target?: string;
  region?: string;
  detail?: string;
  /** Index of the obligation, draft, regime, variable or relation pair concerned. */
  ref?: number;
  /** Council votes, `ACTOR:yes|no|abstain|absent` joined by spaces (draft results only). */
  votes?: string;
  /** Draft results: how many members voted each way (absent members are counted, never a veto). */
  tally?: { yes: number; no: number; abstain: number; absent: number; obligatory?: number; notVoting?: number };
  /** (1.6) A `pact` event: the day the notice of denunciation takes (or took) effect, the party's first day out. */
  effective?: string;
  /** (1.9) An `assembly` debate: the permanent members whose veto it debates. */
  vetoedBy?: string[];
  /** (1.9) An `assembly` debate: the day of the veto. */
  vetoed?: string;
  /** (1.12) An `assembly` event `emergency_session:KIND`: the emergency special session that took the veto up. */
  session?: string;
  /** Before and after: rung ids for a relation that moved (attack, escalation, de-escalation, ceasefire, peace), values for a variable. */
  from?: string | number;
  to?: string | number;
  /** Obligations honoured or defected: the response level reached. */
  level?: string;
  /**
   * An obligation invoked, denied or left `unrequested` under a clause that acts on request: the
   * attacked party who asked for help (invoked, denied) or did not (unrequested).
   */
  attacked?: string;
  /** The war episode it belongs to (an index into `episodes`). */
  episode?: number;
  text: string;
}

/** One war episode of a run: who began it, against whom, when, and who stood on which side. */
export interface EpisodeResult {
  id: number;
  initiator: string;
  victim: string;
  start: { tick: number; date: string };
  end: { tick: number; date: string } | null;
  /** The event that opened it (null: a war under way at the start). */
  openedBy: number | null;
  sides: { initiator: string[]; defender: string[] };
}

export interface OutcomeResult {
  /** First tick at which the outcome held, or null. */
  tick: number | null;
  date: string | null;
  /** The event after which it first held (null: it held from the start or by drift). */
  event: number | null;
  /** Cause ids from the root event to the one that made the outcome hold. */
  path: string[];
}

export interface RunResult {
  scenario: string;
  seed: number | string;
  runIndex: number;
  seedScheme: string;
  engine: 'reference' | 'batch';
  situation: string | null;
  status: 'ok' | 'error';
  error: string | null;
  outcomes: Record<string, OutcomeResult>;
  /**
   * (1.10) Each metric's value at the end of the run, by id; null in a failed run (its counts
   * stopped part-way); absent when the scenario declares none.
   */
  metrics?: Record<string, number | null>;
  final: {
    relations: { between: [string, string]; rung: string; war: string; initiator: string | null }[];
    postures: Record<string, string>;
    obligations: { key: string; pact: string; obligation: string; article: string; actor: string; state: string; level: string | null }[];
    /**
     * Council drafts in the order tabled. `result`: adopted, vetoed, failed (resolutions), the
     * product's name for an issued statement, blocked, withdrawn or shelved; `vetoedBy` holds the
     * permanent members that vetoed a resolution, or the members that blocked a statement.
     */
    drafts: { kind: string; product: string; target: string | null; result: string; tick: number; votes: string; vetoedBy: string[] }[];
    regimes: { id: string; state: string; enforcement: number; monitored: boolean }[];
    variables: Record<string, number>;
  };
  events?: TraceEvent[];
  /** The run's war episodes (see docs/semantics.md, "War episodes"). */
  episodes: EpisodeResult[];
  /** Number of random draws made when `recordDraws` was on; -1 when draws were not counted. */
  draws: number;
}

/** Cause ids from the root of an event's chain to the event, consecutive repeats folded. */
export function causalPath(s: RunState, seq: number): string[] {
  const out: string[] = [];
  for (let e = seq, guard = 0; e >= 0 && guard < 100_000; e = s.events[e]!.parent, guard++) {
    const ev = s.events[e]!;
    const c = ev.cause;
    if (out[out.length - 1] !== c) out.push(c);
    // A judged casus names the episode rule it was judged by: who began the war it belongs to,
    // and whether the clause was met or claimed as a pretext.
    if (ev.kind === 'obligation' && ev.episode >= 0 && (ev.detail === 'judged' || ev.detail === 'judged:unmet')) {
      const step = `episode:begun-by-${s.model.actors[s.episodes.initiator[ev.episode]!]!.id}:${ev.detail === 'judged' ? 'casus-met' : 'casus-unmet'}`;
      if (out[out.length - 1] !== step) out.push(step);
    }
  }
  return out.reverse();
}

const RELATION_MOVES: ReadonlySet<string> = new Set(['armedAttack', 'escalation', 'deescalation', 'ceasefire', 'peace']);

export function traceEvents(m: Model, s: RunState): TraceEvent[] {
  return s.events.map((ev) => {
    const t: TraceEvent = {
      seq: ev.seq, tick: ev.tick, date: isoOf(ev.day), kind: ev.kind, cause: ev.cause,
      parent: ev.parent >= 0 ? ev.parent : null, text: describeEvent(m, ev),
    };
    if (ev.actor >= 0) t.actor = m.actors[ev.actor]!.id;
    if (ev.target >= 0) t.target = m.actors[ev.target]!.id;
    if (ev.region >= 0) t.region = m.regions[ev.region]!.id;
    if (ev.detail) t.detail = ev.detail;
    if (ev.ref >= 0) t.ref = ev.ref;
    if (ev.votes && ev.kind !== 'assembly') t.votes = ev.votes;
    if (ev.kind === 'draftResult' && ev.votes) {
      // `obligatory` (abstentions owed under Art. 27(3), also counted in `abstain`) only when there are some.
      const { obligatory, notVoting, ...tally } = voteCounts(ev.votes);
      t.tally = { ...tally, ...(obligatory > 0 ? { obligatory } : {}), ...(notVoting > 0 ? { notVoting } : {}) };
    }
    // Every pact event carries the day (a day number, negative before 1970: no sentinel to test for).
    if (ev.kind === 'pact') t.effective = isoOf(ev.to);
    if (ev.kind === 'assembly') {
      t.vetoedBy = ev.votes.split(' ').filter((x) => x !== '');
      t.vetoed = isoOf(ev.from);
      if (ev.to >= 0) t.session = m.council!.vetoDebate!.sessions[ev.to]!.id;
    }
    if (ev.kind === 'variable') { t.from = ev.from; t.to = ev.to; }
    if (RELATION_MOVES.has(ev.kind) && ev.from >= 0 && ev.to >= 0) { t.from = m.rungs[ev.from]?.id ?? ev.from; t.to = m.rungs[ev.to]?.id ?? ev.to; }
    if (ev.kind === 'obligation' && ev.to >= 0 && /^(honoured|defected)/.test(ev.detail)) t.level = RESPONSE_LEVEL_NAMES[ev.to];
    if (ev.kind === 'obligation' && ev.from >= 0 && (ev.detail === 'invoked' || ev.detail === 'denied' || ev.detail === 'unrequested')) t.attacked = m.actors[ev.from]!.id;
    if (ev.episode >= 0) t.episode = ev.episode;
    return t;
  });
}

const WAR = ['none', 'hostilities', 'declared'];

/** The run's war episodes with names instead of indices. */
export function episodeResults(m: Model, s: RunState): EpisodeResult[] {
  return s.episodes.save().map((e, id) => {
    const sides: EpisodeResult['sides'] = { initiator: [], defender: [] };
    e.sides.forEach((side, a) => { if (side === SIDE_INITIATOR) sides.initiator.push(m.actors[a]!.id); else if (side === SIDE_DEFENDER) sides.defender.push(m.actors[a]!.id); });
    return {
      id, initiator: m.actors[e.initiator]!.id, victim: m.actors[e.victim]!.id,
      start: { tick: e.startTick, date: isoOf(m.clock.days[e.startTick]!) },
      end: e.endTick >= 0 ? { tick: e.endTick, date: isoOf(m.clock.days[e.endTick]!) } : null,
      openedBy: e.openedBy >= 0 ? e.openedBy : null, sides,
    };
  });
}

/** Builds the plain-data result of a finished run. */
export function runResult(m: Model, s: RunState, seed: number | string, trace: boolean): RunResult {
  const outcomes: Record<string, OutcomeResult> = {};
  m.outcomes.forEach((o, i) => {
    const tick = s.outcomeTick[i]!;
    const ev = s.outcomeEvent[i]!;
    outcomes[o.id] = {
      tick: tick >= 0 ? tick : null,
      date: tick >= 0 ? isoOf(m.clock.days[tick]!) : null,
      event: tick >= 0 && ev >= 0 ? ev : null,
      path: tick >= 0 && ev >= 0 ? causalPath(s, ev) : tick >= 0 ? ['state'] : [],
    };
  });
  const relations: RunResult['final']['relations'] = [];
  for (let p = 0; p < m.pairA.length; p++) {
    const war = s.warStatus(p);
    if (s.rung[p] === 0 && war === 0 && m.initialRung[p] === 0 && m.initialWar[p] === 0) continue;
    relations.push({
      between: [m.actors[m.pairA[p]!]!.id, m.actors[m.pairB[p]!]!.id], rung: m.rungs[s.rung[p]!]!.id, war: WAR[war]!,
      initiator: war !== 0 && s.initiator[p]! >= 0 ? m.actors[s.initiator[p]!]!.id : null,
    });
  }
  const postures: Record<string, string> = {};
  m.actors.forEach((a, i) => { postures[a.id] = m.rungs[s.posture(i)]!.id; });
  const drafts = s.drafts.map((d, i) => {
    const ev = s.events.find((e) => e.kind === 'draftResult' && e.ref === i);
    return {
      kind: d.kind, product: d.product, target: d.target >= 0 ? m.actors[d.target]!.id : null, result: s.draftState(i) === 'issued' ? d.product : s.draftState(i), tick: d.tick,
      votes: ev?.votes ?? '', vetoedBy: d.vetoedBy.map((a) => m.actors[a]!.id),
    };
  });
  const variables: Record<string, number> = {};
  m.variables.forEach((v, i) => { variables[v.id] = s.vars[i]!; });
  const result: RunResult = {
    scenario: m.scenario.id, seed, runIndex: s.runIndex, seedScheme: SEED_SCHEME, engine: s.host.engine,
    situation: s.situation ?? null, status: s.status === 'error' ? 'error' : 'ok', error: s.error ?? null,
    outcomes,
    ...(m.metrics.length > 0 ? { metrics: metricValues(s) } : {}),
    final: {
      relations, postures,
      obligations: m.obligations.map((o) => ({
        key: o.key, pact: m.pacts[o.pact]!.id, obligation: o.id, article: o.article, actor: m.actors[o.obligated]!.id,
        state: TABLES.obligation.states[s.obligationState(o.index)]!,
        level: s.obligationLevel[o.index]! >= 0 ? RESPONSE_LEVEL_NAMES[s.obligationLevel[o.index]!]! : null,
      })),
      drafts,
      regimes: m.regimes.map((g) => ({ id: g.id, state: TABLES.regime.states[s.regimeState(g.index)]!, enforcement: s.vars[g.variable]!, monitored: s.regimeMonitored[g.index] === 1 })),
      variables,
    },
    episodes: episodeResults(m, s),
    draws: s.drawLog ? s.drawLog.length / 2 : -1,
  };
  if (trace) result.events = traceEvents(m, s);
  return result;
}
