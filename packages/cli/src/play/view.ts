import { resolveParameters, stats, type DecisionRequest, type RunResult, type TraceEvent } from '@casus/engine';
import { isFoldedClockLine } from '../clock-rules.js';
import { eventLine } from '../event-line.js';
import type { Paint } from '../io.js';
import { describePeriod } from '../run-period.js';
import { formatPercentWithInterval } from '../number-format.js';
import type { Frame, PendingDecision } from './frame.js';
import { metricMeans, type OddsColumn, type OddsReport } from './odds.js';
import type { BranchSummary, Session } from './session.js';

/** What one kind of decision asks of a person. */
export const KIND_WORDS: Record<DecisionRequest['kind'], string> = {
  doctrine: 'choose a course of action',
  judge: 'judge whether the casus foederis has arisen',
  request: 'as the attacked party, ask your allies for help or not',
  respond: 'respond under an invoked obligation',
  vote: 'vote in the Security Council',
  duty: 'respect or breach a negative duty',
  withdraw: 'put a draft to the vote or withdraw it',
};

/** `tick 16 · 2025-04-28` */
export function tickLabel(session: Session, tick: number): string {
  return `tick ${tick} · ${session.dates[Math.min(tick, session.horizon)]}`;
}

/** The lines that open a session: scenario, run, who is played, the period, how to get help. */
export function formatHeader(session: Session, colors: Paint): string[] {
  const { setup } = session;
  const sc = setup.scenario;
  const played = setup.actors.map((a) => `${a} (${sc.actors[a]?.name ?? a})`).join(', ');
  const unit = session.baseModel.clock.unit;
  const out = [
    `${sc.title} (${sc.id}) — seed ${setup.seed}, run ${setup.runIndex}, ${setup.engine} engine`,
    `playing ${played === '' ? 'no actor (observing)' : played}`,
  ];
  if (setup.situation !== undefined) out.push(`situation ${setup.situation}: ${sc.situations[setup.situation]?.title ?? ''}`);
  const overrides = Object.entries(setup.parameters);
  if (overrides.length > 0) out.push(`parameters ${overrides.map(([k, v]) => `${k}=${v}`).join(', ')}`);
  out.push(colors.dim(`${describePeriod(sc.clock)}. Enter advances one ${unit}; type help for the commands.`));
  return out;
}

/** Where the session stands, in a few words: `start · 2025-01-06`, `after tick 16 · …`, `in tick 16 · …`. */
export function whereLabel(session: Session, frame: Frame): string {
  if (frame.pending) return `in ${tickLabel(session, frame.position)}`;
  if (frame.position === 0) return `start · ${session.dates[0]}`;
  return `after ${tickLabel(session, frame.position - 1)}`;
}

/** The prompt: where the session stands, or who must decide. */
export function promptText(session: Session, frame: Frame): string {
  const branch = session.allBranches.length > 1 ? `${session.branchName} ` : '';
  if (frame.pending) return `${branch}${frame.pending.request.actor} decides (1–${frame.pending.request.options.length})> `;
  if (frame.ended) return `${branch}end> `;
  if (frame.position === 0) return `${branch}start ${session.dates[0]}> `;
  return `${branch}t${frame.position - 1} ${session.dates[frame.position - 1]}> `;
}

/** A group of ticks to show: one tick with its events, or a run of quiet ticks. */
export interface TickBlock {
  readonly from: number;
  readonly to: number;
  readonly events: readonly TraceEvent[];
  /** Outcomes that first held at this tick by the state of the world (not after an event). */
  readonly byState: readonly string[];
  /** The tick is still in progress (a decision is pending in it). */
  readonly open: boolean;
  /** The tick continues one shown before (its first events were shown when a decision stopped it). */
  readonly continued: boolean;
}

/**
 * The ticks between two moments of a session — events from sequence number `fromSeq` on, ticks
 * from `fromTick` to the frame's — grouped for display; consecutive quiet ticks collapse into one
 * block when `collapseQuiet`. `continuing`: tick `fromTick` was shown before, stopped at a decision.
 * The lines of `clocks` (clock-rules.ts) are left out, so a week in which only a clock moved is quiet.
 */
export function tickBlocks(frame: Frame, clocks: ReadonlySet<string>, fromSeq: number, fromTick: number, collapseQuiet: boolean, continuing = false): TickBlock[] {
  const events = (frame.result.events ?? []).slice(fromSeq).filter((e) => !isFoldedClockLine(e, clocks, frame.result.outcomes));
  const lastTick = frame.pending ? frame.position : frame.position - 1;
  const byState = new Map<number, string[]>();
  for (const [id, o] of Object.entries(frame.result.outcomes)) {
    if (o.tick !== null && o.event === null && o.tick >= fromTick) byState.set(o.tick, [...(byState.get(o.tick) ?? []), id]);
  }
  const blocks: TickBlock[] = [];
  for (let t = Math.max(0, fromTick); t <= lastTick; t++) {
    const here = events.filter((e) => e.tick === t);
    const held = byState.get(t) ?? [];
    const open = frame.pending !== undefined && t === frame.position;
    const continued = t === fromTick && (continuing || (fromSeq > 0 && (frame.result.events ?? [])[fromSeq - 1]?.tick === t));
    const quiet = here.length === 0 && held.length === 0 && !open;
    const prev = blocks[blocks.length - 1];
    if (quiet && collapseQuiet && prev && prev.events.length === 0 && prev.byState.length === 0 && !prev.open && prev.to === t - 1) {
      blocks[blocks.length - 1] = { ...prev, to: t };
      continue;
    }
    blocks.push({ from: t, to: t, events: here, byState: held, open, continued });
  }
  return blocks;
}

/** A tick block as terminal lines: header, each event with its cause and Council votes, outcomes as they are reached. */
export function formatTickBlock(session: Session, frame: Frame, block: TickBlock, colors: Paint): string[] {
  if (block.events.length === 0 && block.byState.length === 0 && !block.open) {
    return block.from === block.to
      ? [colors.dim(`── ${tickLabel(session, block.from)} · nothing happened`)]
      : [colors.dim(`── ticks ${block.from}–${block.to} · ${session.dates[block.from]} to ${session.dates[block.to]} · nothing happened`)];
  }
  const out = [`── ${tickLabel(session, block.from)}${block.continued ? ' (continued)' : ''} ${'─'.repeat(Math.max(3, 44 - tickLabel(session, block.from).length))}`];
  const result = frame.result;
  for (const id of block.byState) out.push(`  ${colors.green(outcomeReached(session, result, id))}`);
  for (const e of block.events) {
    out.push(`  ${eventLine(e, colors)}`);
    const votes = voteText(e, result, colors);
    if (votes !== undefined) out.push(`       ${votes}`);
    for (const [id, o] of Object.entries(result.outcomes)) if (o.event === e.seq) out.push(`  ${colors.green(outcomeReached(session, result, id))}`);
  }
  return out;
}

function outcomeReached(session: Session, result: RunResult, id: string): string {
  const title = session.baseModel.outcomes.find((o) => o.id === id)?.title ?? id;
  return `★ OUTCOME ${id} reached${title !== id ? ` — ${title}` : ''} (${result.outcomes[id]!.date})`;
}

/** `votes: B no (veto) · C yes · …` for a Council result, from the trace alone. */
function voteText(e: TraceEvent, result: RunResult, colors: Paint): string | undefined {
  if (e.kind !== 'draftResult' || !e.votes) return undefined;
  const draft = e.ref !== undefined ? result.final.drafts[e.ref] : undefined;
  const vetoedBy = new Set(draft?.vetoedBy ?? []);
  // On a statement a "no" is an objection that blocks consensus, not a veto.
  const mark = draft !== undefined && draft.product !== 'resolution' ? ' (objects)' : ' (veto)';
  const votes = e.votes.split(' ').map((pair) => {
    const [actor = '', vote = ''] = pair.split(':');
    // An abstention owed as a party to the dispute (Charter Art. 27(3), format 1.6) says so.
    const shown = vote === 'abstain_obligatory' ? 'abstain (party to the dispute)' : vote;
    const text = `${actor} ${shown}${vetoedBy.has(actor) && vote === 'no' ? mark : ''}`;
    return vote === 'yes' ? colors.green(text) : vote === 'no' ? colors.red(text) : text;
  });
  return `votes: ${votes.join(' · ')}`;
}

/**
 * The state of play: postures, relations not at peace, obligations in play (with responses due),
 * Council business (drafts open, or tabled from `sinceTick` on), sanctions regimes, outcomes reached
 * and parameters changed in the session.
 */
export function formatStatus(session: Session, frame: Frame, sinceTick: number, colors: Paint): string[] {
  const f = frame.result.final;
  const out: string[] = [];
  const row = (label: string, text: string): void => { out.push(`  ${label.padEnd(12)} ${text}`); };
  const played = session.played;
  // Many actors (a Council of fifteen): list those not at peace and the played ones, count the rest.
  const postures = Object.entries(f.postures);
  const shown = postures.length <= 8 ? postures : postures.filter(([a, rung]) => rung !== session.baseModel.rungs[0]!.id || played.has(a));
  const rest = postures.length - shown.length;
  row('postures', `${shown.map(([a, rung]) => `${played.has(a) ? `${a}*` : a} ${rung}`).join(' · ')}${rest > 0 ? colors.dim(` (+${rest} at ${session.baseModel.rungs[0]!.id})`) : ''}`);
  const relations = f.relations.filter((r) => r.rung !== 'peace' || r.war !== 'none').map((x) => {
    const war = x.war === 'none' ? '' : ` (${x.war}${x.initiator !== null ? `, begun by ${x.initiator}` : ''})`;
    return `${x.between[0]}–${x.between[1]} ${x.rung}${war}`;
  });
  row('relations', relations.length === 0 ? 'all at peace' : relations.join(' · '));

  const model = session.baseModel;
  const inPlay = f.obligations.map((o, i) => ({ o, i })).filter(({ o }) => o.state !== 'dormant' && o.state !== 'lapsed');
  if (inPlay.length === 0) row('obligations', colors.dim('none in play'));
  inPlay.forEach(({ o, i }, k) => {
    const pact = model.pacts.find((p) => p.id === o.pact)?.name ?? o.pact;
    const due = frame.responsesDue.filter((r) => r.obligation === i).map((r) => `response due ${tickLabel(session, r.tick)}`);
    const level = o.level !== null && (o.state === 'honoured' || o.state === 'defected') ? ` (${o.level})` : '';
    const paintState = o.state === 'honoured' ? colors.green : o.state === 'defected' || o.state === 'denied' ? colors.red : colors.yellow;
    row(k === 0 ? 'obligations' : '', `${o.actor}${played.has(o.actor) ? '*' : ''} ${pact}${o.article ? ` ${o.article}` : ''}: ${paintState(`${o.state}${level}`)}${due.length ? ` — ${due.join(', ')}` : ''}`);
  });

  const drafts = f.drafts.map((d, i) => ({ d, i })).filter(({ d }) => d.tick >= sinceTick || d.result === 'drafted' || d.result === 'voting');
  drafts.forEach(({ d }, k) => {
    const statement = d.product !== 'resolution';
    const veto = d.vetoedBy.length > 0 ? ` (${statement ? 'blocked by' : 'veto:'} ${d.vetoedBy.join(', ')})` : '';
    const what = statement ? `draft ${d.product.replaceAll('_', ' ')} (${d.kind})` : `${d.kind} draft`;
    row(k === 0 ? 'council' : '', `${what}${d.target !== null ? ` on ${d.target}` : ''}, tabled ${tickLabel(session, d.tick)}: ${d.result.replaceAll('_', ' ')}${veto}${d.votes ? colors.dim(` — ${d.votes}`) : ''}`);
  });
  if (f.regimes.length > 0) {
    row('sanctions', f.regimes.map((g) => `${g.id} ${g.state.replace('_', ' ')}, enforcement ${g.enforcement.toFixed(2)}${g.monitored ? ', monitored' : ''}`).join(' · '));
  }
  const reached = Object.entries(frame.result.outcomes).filter(([, o]) => o.tick !== null);
  row('outcomes', reached.length === 0 ? colors.dim('none reached yet') : colors.green(reached.map(([id, o]) => `★ ${id} (tick ${o.tick})`).join(' · ')));
  const start = resolveParameters(session.setup.scenario, session.setup.parameters);
  const changed = Object.entries(frame.parameters).filter(([k, v]) => start[k] !== v);
  if (changed.length > 0) row('parameters', changed.map(([k, v]) => `${k} ${v} (start ${start[k]})`).join(' · '));
  return out;
}

/** The decision a played actor must take: what is at stake and the numbered options. */
export function formatPending(session: Session, pending: PendingDecision, colors: Paint): string[] {
  const r = pending.request;
  const name = session.setup.scenario.actors[r.actor]?.name ?? r.actor;
  return [
    colors.yellow(`▶ ${r.actor} (${name}) decides — ${KIND_WORDS[r.kind]} · ${tickLabel(session, r.tick)}`),
    `  ${r.prompt}`,
    ...r.options.map((o, i) => `    ${String(i + 1).padStart(2)}  ${o}`),
    colors.dim(`  answer with a number 1–${r.options.length} or an option id; "odds" shows the odds of each option`),
  ];
}

/** The run is over: when, and which outcomes it reached. */
export function formatEnd(session: Session, frame: Frame, colors: Paint): string[] {
  const r = frame.result;
  const head = r.status === 'error'
    ? colors.red(`✖ the run stopped at ${tickLabel(session, frame.position)}: ${r.error}`)
    : `■ the run is over: ${tickLabel(session, session.horizon)} was its last tick`;
  const outcomes = Object.entries(r.outcomes).map(([id, o]) => (o.tick === null ? `${id} not reached` : `★ ${id} at tick ${o.tick}`));
  return [head, `  ${outcomes.join(' · ')}`, colors.dim('  undo, fork or switch to play on from an earlier point; save to keep the session; quit to leave')];
}

/** `37.4% [35.3, 39.5]` */
export function percentWithInterval(hits: number, runs: number): string {
  if (runs === 0) return '—';
  const w = stats.wilson(hits, runs);
  return formatPercentWithInterval(w.p, w.lo, w.hi);
}

/** The odds table: each outcome's probability from here (or per option) next to the baseline from tick 0. */
export function formatOdds(session: Session, report: OddsReport, colors: Paint): string[] {
  const where = report.pending
    ? `${tickLabel(session, report.position)}, with ${report.pending.request.actor}'s decision (${report.pending.request.key}) taken each way`
    : report.position === 0 ? `the start · ${session.dates[0]}` : `after ${tickLabel(session, report.position - 1)}`;
  const n = report.runs.toLocaleString('en-US');
  const out = [`odds from ${where} — ${n} continuations, each with new luck; baseline: ${n} runs from tick 0`];
  const columns: OddsColumn[] = [...report.columns, report.baseline];
  const width = Math.max(7, ...report.outcomes.map((o) => o.id.length));
  const cell = (c: OddsColumn, id: string, isBaseline: boolean): string => {
    const reached = report.reached[id];
    if (!isBaseline && reached !== null && reached !== undefined) return `100% (reached tick ${reached})`;
    return percentWithInterval(c.hits[id] ?? 0, c.runs - c.errors);
  };
  const cells = report.outcomes.map((o) => columns.map((c, i) => cell(c, o.id, i === columns.length - 1)));
  const widths = columns.map((c, i) => Math.max(c.label.length, ...cells.map((row) => row[i]!.length)) + 3);
  out.push(`  ${'outcome'.padEnd(width)}  ${columns.map((c, i) => c.label.padEnd(widths[i]!)).join('')}`.trimEnd());
  report.outcomes.forEach((o, k) => {
    out.push(`  ${o.id.padEnd(width)}  ${cells[k]!.map((text, i) => text.padEnd(widths[i]!)).join('')}`.trimEnd());
  });
  // (1.10) Each metric's mean per run in every column: over whole runs, the ticks played included.
  for (const x of metricMeans(report)) {
    out.push(`  ${x.id.padEnd(width)}  ${x.means.map((text, i) => `mean ${text}`.padEnd(widths[i]!)).join('')}`.trimEnd());
  }
  const errors = columns.filter((c) => c.errors > 0).map((c) => `${c.label}: ${c.errors} run${c.errors === 1 ? '' : 's'} stopped with an error (not counted)`);
  for (const e of errors) out.push(colors.red(`  ${e}`));
  out.push(colors.dim(`  [lo, hi] = 95% Wilson interval: simulation error only (more runs narrow it; it says nothing about the judgments).`));
  if ((report.metrics ?? []).length > 0) out.push(colors.dim('  mean = a metric\'s mean per run over the whole run, the ticks already played included.'));
  out.push(colors.dim(`  From here on the played actors' choices follow their doctrine; injects and parameter changes made so far apply.`));
  return out;
}

/** The branches, the current one marked. */
export function formatBranches(session: Session, list: readonly BranchSummary[]): string[] {
  return list.map((b) => {
    const mark = b.current ? '*' : ' ';
    const from = b.forkedFrom ? `; forked from ${b.forkedFrom.branch} ${b.forkedFrom.where}` : '';
    const at = b.target === 0 ? 'at the start' : `to tick ${Math.min(b.target, session.horizon + 1) - 1}`;
    return `${mark} ${b.name}  ${at}; ${b.decisions} answer${b.decisions === 1 ? '' : 's'}, ${b.injects} inject${b.injects === 1 ? '' : 's'}, ${b.changes} change${b.changes === 1 ? '' : 's'}${from}`;
  });
}

/** What each prompt command does. */
export const HELP: readonly (readonly [string, string])[] = [
  ['next, Enter', 'advance one tick'],
  ['run N', 'advance N ticks (a decision of a played actor stops it)'],
  ['1, 2, … or an option id', 'answer the pending decision'],
  ['odds [N]', 'Monte Carlo from here: N continuations with new luck (default: 2000), next to the odds at the start'],
  ['inject EFFECT', 'white cell: add an event from the next tick, e.g. inject {armedAttack: {by: B, on: A, intensity: 4}}'],
  ['set name=value', 'change a parameter from the next tick on'],
  ['status', 'show the state of play (and the pending decision)'],
  ['log', 'show every event so far'],
  ['undo', 'take back the last answer, inject or change, and go back to where it was made'],
  ['fork NAME', 'copy this branch under a new name and continue on the copy'],
  ['branches', 'list the branches'],
  ['switch NAME', 'continue on another branch'],
  ['save FILE', 'save the session (all branches) as JSON'],
  ['load FILE', 'load a saved session of this scenario'],
  ['help', 'this list'],
  ['quit', 'leave (the session is saved first with --session)'],
];

export function formatHelp(): string[] {
  const width = Math.max(...HELP.map(([c]) => c.length));
  return HELP.map(([c, d]) => `  ${c.padEnd(width)}  ${d}`);
}
