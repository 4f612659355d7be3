import type { TraceEvent } from '@casus/engine';
import { clockCauses, clockNote, isFoldedClockLine } from './clock-rules.js';
import { eventLine, voteLine } from './event-line.js';
import type { Paint } from './io.js';
import type { ReplayedRun } from './replay-run.js';
import { describePeriod } from './run-period.js';
import { parametersNote, type RunRequest } from './run-request.js';

/** Events shown of the tick in which a run stopped with an error (a cascade of thousands). */
const CASCADE_SHOWN = 20;

/** ISO date of a day number (days since 1970-01-01), as the engine counts them. */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** `tick 21 · 2025-06-02` */
export function tickLabel(run: ReplayedRun, tick: number): string {
  return `tick ${tick} · ${isoOfDay(run.model.clock.days[tick]!)}`;
}

/** The tick the run got to: the horizon, or the tick at which it stopped with an error. */
export function lastTick(run: ReplayedRun): number {
  return run.result.status === 'error' ? run.state.tick : run.model.clock.horizon;
}

/**
 * The story of one run, as lines of text: a header naming the scenario, seed and run; each tick
 * with events (date, every event with its cause, obligations' fates, Council votes, outcomes as
 * they are reached); then a summary of final postures, relations, obligation fates, Council drafts
 * and sanctions regimes. A pure function of the run: the same run gives the same bytes.
 */
export function formatStory(run: ReplayedRun, req: RunRequest, colors: Paint): string[] {
  const { model: m, result: r } = run;
  const clocks = clockCauses(m);
  const hidden: TraceEvent[] = [];
  const events: TraceEvent[] = [];
  for (const e of r.events ?? []) (isFoldedClockLine(e, clocks, r.outcomes) ? hidden : events).push(e);
  const out: string[] = [];
  const unit = m.clock.unit;
  out.push(`${req.scenario.title} (${r.scenario}) — seed ${r.seed}, run ${r.runIndex}, ${r.engine} engine`);
  if (r.situation !== null) out.push(`situation ${r.situation}: ${m.situations.get(r.situation)?.title ?? ''}`);
  const note = parametersNote(req);
  if (note !== undefined) out.push(colors.dim(note));
  out.push(colors.dim(`${describePeriod(req.scenario.clock)}; ${unit}s without events are not shown`));
  const folded = clockNote(hidden, unit);
  if (folded !== undefined) out.push(colors.dim(folded));

  // Outcomes are shown after the event that made them hold, or at the top of their tick when
  // they held by the state of the world (from the start, or through drift).
  const afterEvent = new Map<number, string[]>();
  const atTick = new Map<number, string[]>();
  const dateOf = new Map(events.map((e) => [e.seq, e.date]));
  for (const o of m.outcomes) {
    const res = r.outcomes[o.id]!;
    if (res.tick === null) continue;
    // Reached by an event: that event's day (a dated inject or vote may fall inside the tick).
    const when = res.event !== null ? (dateOf.get(res.event) ?? res.date) : res.date;
    const line = colors.green(`★ OUTCOME ${o.id} reached${o.title !== o.id ? ` — ${o.title}` : ''} (${when})`);
    const map = res.event !== null ? afterEvent : atTick;
    const key = res.event ?? res.tick;
    map.set(key, [...(map.get(key) ?? []), line]);
  }
  const ticks = [...new Set([...events.map((e) => e.tick), ...atTick.keys()])].sort((a, b) => a - b);
  const byTick = new Map<number, TraceEvent[]>();
  for (const e of events) {
    const list = byTick.get(e.tick);
    if (list) list.push(e); else byTick.set(e.tick, [e]);
  }
  for (const t of ticks) {
    out.push('', tickLabel(run, t));
    for (const line of atTick.get(t) ?? []) out.push(`  ${line}`);
    const tickEvents = byTick.get(t) ?? [];
    // The tick a run stopped in holds a runaway cascade: its start shows the loop, the rest is noise.
    const shown = r.status === 'error' && t === run.state.tick ? tickEvents.slice(0, CASCADE_SHOWN) : tickEvents;
    // An event dated inside its tick (a dated inject, a vote on its draft's day) gets its own date
    // line, so a reader does not take the tick's first day for the day it happened.
    let day = isoOfDay(m.clock.days[t]!);
    for (const e of shown) {
      if (e.date !== day) { day = e.date; out.push(colors.dim(`  · ${day}`)); }
      out.push(`  ${eventLine(e, colors)}`);
      const votes = voteLine(m, run.state, e.seq, colors);
      if (votes !== undefined) out.push(`       ${votes}`);
      for (const line of afterEvent.get(e.seq) ?? []) out.push(`  ${line}`);
    }
    if (shown.length < tickEvents.length) out.push(colors.dim(`  … ${tickEvents.length - shown.length} more events in this tick (not shown; --json has them all)`));
  }
  if (r.status === 'error') out.push('', colors.red(`✖ the run stopped at ${tickLabel(run, run.state.tick)}: ${r.error}`));
  out.push('', ...formatSummary(run, colors));
  return out;
}

/** Final postures, relations, obligation fates, Council drafts, regimes, outcomes and metrics of a run. */
export function formatSummary(run: ReplayedRun, colors: Paint): string[] {
  const { model: m, result: r, state: s } = run;
  const f = r.final;
  const out: string[] = [`summary at ${tickLabel(run, lastTick(run))}`];
  const width = Math.max(0, ...m.outcomes.map((o) => o.id.length));
  out.push('  outcomes');
  for (const o of m.outcomes) {
    const res = r.outcomes[o.id]!;
    out.push(`    ${o.id.padEnd(width)}  ${res.tick === null ? colors.dim('not reached') : colors.green(`reached at tick ${res.tick} · ${res.date}`)}`);
  }
  // (1.10) The numbers the run reports, as a batch counts them.
  if (r.metrics !== undefined && r.status === 'ok') out.push(`  metrics      ${Object.entries(r.metrics).map(([id, v]) => `${id} ${v}`).join(' · ')}`);
  out.push(`  postures     ${Object.entries(f.postures).map(([a, rung]) => `${a} ${rung}`).join(' · ')}`);
  const relations = f.relations.map((x) => {
    const war = x.war === 'none' ? '' : ` (${x.war}${x.initiator !== null ? `, begun by ${x.initiator}` : ''})`;
    return `${x.between[0]}–${x.between[1]} ${x.rung}${war}`;
  });
  out.push(`  relations    ${relations.length === 0 ? 'all at peace' : relations.join(' · ')}`);
  if (f.obligations.length > 0) {
    out.push('  obligations');
    const keyWidth = Math.max(...f.obligations.map((o) => `${o.key}${o.article ? ` ${o.article}` : ''}`.length));
    f.obligations.forEach((o, i) => {
      const fates = new Map<string, number>();
      for (const ev of s.events) {
        if (ev.kind !== 'obligation' || ev.ref !== i) continue;
        const word = ev.detail.split(':')[0]!;
        fates.set(word, (fates.get(word) ?? 0) + 1);
      }
      const now = `${o.state}${o.level !== null && (o.state === 'honoured' || o.state === 'defected') ? ` (${o.level})` : ''}`;
      const history = fates.size === 0 ? 'never judged' : [...fates].map(([w, n]) => `${w} ${n}×`).join(', ');
      const paintNow = o.state === 'honoured' ? colors.green : o.state === 'defected' || o.state === 'denied' ? colors.red : (x: string) => x;
      out.push(`    ${`${o.key}${o.article ? ` ${o.article}` : ''}`.padEnd(keyWidth)}  now ${paintNow(now)}; in this run: ${history}`);
    });
  }
  if (f.drafts.length > 0) {
    out.push('  council');
    for (const d of f.drafts) {
      const statement = d.product !== 'resolution';
      const what = statement ? `draft ${d.product.replaceAll('_', ' ')} (${d.kind})` : `${d.kind} draft`;
      const by = d.vetoedBy.length > 0 ? ` (${statement ? 'blocked by' : 'veto:'} ${d.vetoedBy.join(', ')})` : '';
      out.push(`    tick ${d.tick}: ${what}${d.target !== null ? ` on ${d.target}` : ''} ${statement && d.result === d.product ? 'issued' : d.result}${by}${d.votes !== '' ? colors.dim(` — ${d.votes}`) : ''}`);
    }
  }
  if (f.regimes.length > 0) {
    out.push(`  sanctions    ${f.regimes.map((g) => `${g.id} ${g.state.replace('_', ' ')}, enforcement ${g.enforcement.toFixed(2)}${g.monitored ? ', monitored' : ''}`).join(' · ')}`);
  }
  return out;
}
