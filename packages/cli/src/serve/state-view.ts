import { resolveParameters, stats } from '@casus/engine';
import { metricMeans, type OddsColumn, type OddsReport } from '../play/odds.js';
import { PLAIN } from '../play/transcript.js';
import { formatStatus, KIND_WORDS, percentWithInterval, tickLabel, whereLabel } from '../play/view.js';
import type { Session } from '../play/session.js';
import type { Role } from './access.js';
import type { OddsStatus, Seminar } from './seminar.js';
import type { DecisionView, OddsCell, OddsView, SessionView } from './state-types.js';
import { teamOf } from './teams.js';
import { teamEvents, teamStatus } from './fog.js';

/** Access details the facilitator's page shows (join links with their QR codes). */
export type AccessList = SessionView['access'];

/**
 * The snapshot of a seminar one role may see. The facilitator sees everything; the wall sees the
 * whole run, the picture of relations and the odds from here, but no one's choices or open
 * decisions (its odds take no decision each way and leave the open round's answers to the
 * doctrine: Seminar.perspective); a team sees only what its actors know (fog.ts): its own open
 * decisions and recorded choices, the events its actors would know with the causes it may see (the
 * act, not another actor's decision and option), a state of play without other actors' treaty
 * deliberations or the model's judgments, and odds that never take another team's decision each way.
 */
export function sessionView(seminar: Seminar, role: Role, access: AccessList): SessionView {
  const s = seminar.current;
  const f = s.frame;
  const sc = s.setup.scenario;
  const model = s.baseModel;
  const rungs = model.rungs.map((r) => r.id);
  const rungIndex = (id: string): number => Math.max(0, rungs.indexOf(id));
  const teams = seminar.teams;
  const team = role.kind === 'team' ? teams.find((t) => t.name === role.team) : undefined;
  const mine = (actor: string): boolean => role.kind === 'facilitator' || (team !== undefined && team.actors.includes(actor));
  const open = s.open;
  const choices = s.branch.decisions
    .map((d) => ({ seq: d.seq, tick: d.tick, actor: d.actor, team: teamOf(teams, d.actor)?.name ?? null, key: d.key, option: d.option }))
    .filter((c) => mine(c.actor))
    .sort((x, y) => x.seq - y.seq);
  const start = resolveParameters(sc, s.setup.parameters);
  // The picture: played actors and every actor in a relation above peace (fifteen Council members would crowd it).
  const involved = new Set<string>(s.setup.actors);
  for (const r of f.result.final.relations) {
    if (r.rung !== rungs[0] || r.war !== 'none') { involved.add(r.between[0]); involved.add(r.between[1]); }
  }
  const actors = Object.keys(sc.actors).filter((a) => involved.has(a)).map((id) => {
    const rung = f.result.final.postures[id] ?? rungs[0]!;
    return { id, name: sc.actors[id]?.name ?? id, rung, rungIndex: rungIndex(rung), team: teamOf(teams, id)?.name ?? null };
  });
  const decisions: DecisionView[] = role.kind === 'wall' ? [] : open.filter((d) => mine(d.request.actor)).map(({ request: req, occurrence, answer }) => ({
    actor: req.actor, actorName: sc.actors[req.actor]?.name ?? req.actor, team: teamOf(teams, req.actor)?.name ?? null, kind: req.kind, kindWords: KIND_WORDS[req.kind],
    tick: req.tick, round: req.round, key: req.key, occurrence, answer: answer ?? null, prompt: req.prompt, options: [...req.options], doctrine: req.options[req.chosen] ?? '',
    consequences: req.kind === 'doctrine' ? doctrineEffects(sc.doctrine[req.actor] ?? [], req.actor, req.key) : {},
  }));
  const unanswered = open.filter((d) => d.answer === undefined);
  const allEvents = f.result.events ?? [];
  const events = team === undefined ? allEvents : teamEvents(model, new Set(team.actors), allEvents);
  return {
    role: role.kind,
    team: role.kind === 'team' ? role.team : null,
    version: seminar.version,
    scenario: { id: sc.id, title: sc.title },
    seed: String(s.setup.seed),
    situation: s.setup.situation ?? null,
    branch: s.branchName,
    branches: s.allBranches.map((b) => b.name),
    where: whereLabel(s, f),
    position: f.position,
    horizon: s.horizon,
    ended: f.ended,
    decisions,
    deciding: f.pending !== undefined,
    waitingOn: teams.filter((t) => unanswered.some((d) => t.actors.includes(d.request.actor))).map((t) => t.name),
    teams: teams.map((t) => (team !== undefined && t !== team ? { name: t.name, actors: [...t.actors], open: null, answered: null, choices: null } : {
      name: t.name, actors: [...t.actors],
      open: unanswered.filter((d) => t.actors.includes(d.request.actor)).length,
      answered: open.filter((d) => d.answer !== undefined && t.actors.includes(d.request.actor)).length,
      choices: s.branch.decisions.filter((d) => t.actors.includes(d.actor)).length,
    })),
    events: events.map((e) => ({ seq: e.seq, tick: e.tick, date: e.date, text: e.text, cause: e.cause, parent: e.parent })),
    outcomes: model.outcomes.map((o) => ({ id: o.id, title: o.title, tick: f.result.outcomes[o.id]?.tick ?? null })),
    rungs,
    actors,
    relations: f.result.final.relations
      .filter((r) => r.rung !== rungs[0] || r.war !== 'none')
      .map((r) => ({ a: r.between[0], b: r.between[1], rung: r.rung, rungIndex: rungIndex(r.rung), war: r.war })),
    status: (team === undefined ? formatStatus(s, f, 0, PLAIN) : teamStatus(s, f, new Set(team.actors))).map((l) => l.trimEnd()),
    choices: role.kind === 'wall' ? [] : choices,
    injects: role.kind === 'facilitator' ? s.branch.injects.map((i) => ({ seq: i.seq, tick: i.tick, effect: JSON.stringify(i.effect) })) : [],
    parameters: team !== undefined ? [] : Object.entries(f.parameters).map(([name, value]) => ({
      name, value, start: start[name]!, levels: Object.keys(sc.parameters[name]?.levels ?? {}),
    })),
    odds: oddsView(s, seminar.oddsStatus(seminar.perspective(role)), seminar.oddsRuns),
    access: role.kind === 'facilitator' ? access : null,
  };
}

/** The odds as the pages show them: the same cell texts as `casus play`'s odds table. */
export function oddsView(s: Session, status: OddsStatus, runs: number): OddsView {
  const n = runs.toLocaleString('en-US');
  if (status.state === 'computing') {
    return { state: 'computing', title: `computing the odds from here (${whereLabel(s, s.frame)}): ${n} continuations per column…`, runs, done: status.done, total: status.total, columns: [], rows: [] };
  }
  if (status.state === 'failed') return { state: 'failed', title: 'the odds could not be computed', message: status.message, runs, columns: [], rows: [] };
  if (status.state === 'none') return { state: 'none', title: 'no odds from here', message: status.reason, runs, columns: [], rows: [] };
  return oddsTable(s, status.report);
}

/** An odds report as a table of cells: one column per continuation column, then the baseline. */
export function oddsTable(s: Session, report: OddsReport): OddsView {
  const where = report.pending
    ? `${tickLabel(s, report.position)}, with ${report.pending.request.actor}'s decision (${report.pending.request.key}) taken each way`
    : report.inTick ? `${tickLabel(s, report.position)}, its open decisions left to the doctrine`
      : report.position === 0 ? `the start · ${s.dates[0]}` : `after ${tickLabel(s, report.position - 1)}`;
  const n = report.runs.toLocaleString('en-US');
  const columns: OddsColumn[] = [...report.columns, report.baseline];
  const cell = (c: OddsColumn, id: string, isBaseline: boolean): OddsCell => {
    const reached = report.reached[id];
    if (!isBaseline && reached !== null && reached !== undefined) return { text: `100% (reached tick ${reached})`, p: 1, lo: 1, hi: 1 };
    const counted = c.runs - c.errors;
    const w = counted > 0 ? stats.wilson(c.hits[id] ?? 0, counted) : { p: 0, lo: 0, hi: 0 };
    return { text: percentWithInterval(c.hits[id] ?? 0, counted), p: w.p, lo: w.lo, hi: w.hi };
  };
  return {
    state: 'ready',
    title: `odds from ${where} — ${n} continuations, each with new luck; baseline: ${n} runs from tick 0`,
    runs: report.runs,
    columns: columns.map((c) => c.label),
    rows: report.outcomes.map((o) => ({ id: o.id, title: o.title, cells: columns.map((c, i) => cell(c, o.id, i === columns.length - 1)) })),
    ...(report.metrics !== undefined ? { metrics: metricMeans(report) } : {}),
  };
}

/** Each option of a doctrine decision point (`ACTOR/POINT`) with its effects as written, in compact flow style. */
function doctrineEffects(points: readonly { id: string; options: readonly { id: string; effect?: unknown }[] }[], actor: string, key: string): Record<string, string> {
  const point = points.find((p) => `${actor}/${p.id}` === key);
  const out: Record<string, string> = {};
  for (const o of point?.options ?? []) {
    if (o.effect === undefined) continue;
    const list = Array.isArray(o.effect) ? o.effect : [o.effect];
    out[o.id] = list.map((e) => JSON.stringify(e).replace(/"([^"]+)":/g, '$1: ').replace(/"/g, '').replace(/,/g, ', ')).join('; ');
  }
  return out;
}
