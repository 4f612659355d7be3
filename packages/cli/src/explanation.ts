import { dayOf, partyActor, partySpells, spellLabel, type Condition, type TraceEvent } from '@casus/engine';
import { eventLine, voteLine } from './event-line.js';
import type { Paint } from './io.js';
import type { ReplayedRun } from './replay-run.js';
import { describePeriod } from './run-period.js';
import { parametersNote, type RunRequest } from './run-request.js';
import { isoOfDay, lastTick, tickLabel } from './story.js';

const RELATION_MOVES = new Set(['armedAttack', 'escalation', 'deescalation', 'ceasefire', 'peace']);
/** How many of the last events touching an unreached outcome's actors are shown. */
const LAST_EVENTS = 5;

/**
 * Why each outcome of a run happened (or `only` that one): for a reached outcome, the chain of
 * events from its root to the event after which it first held, each with tick, date, sentence and
 * cause; for one that held by the state of the world, says so; for an unreached one, what it asks,
 * what came closest (highest rung on the relations it tests, the obligations, drafts and events it
 * names) and the last events touching the actors it names.
 */
export function formatExplanation(run: ReplayedRun, req: RunRequest, only: string | undefined, colors: Paint): string[] {
  const { model: m, result: r } = run;
  const out: string[] = [`${req.scenario.title} (${r.scenario}) — seed ${r.seed}, run ${r.runIndex}${r.situation !== null ? `, situation ${r.situation}` : ''}, ${r.engine} engine`];
  const note = parametersNote(req);
  if (note !== undefined) out.push(colors.dim(note));
  if (r.status === 'error') out.push(colors.red(`✖ the run stopped at ${tickLabel(run, run.state.tick)}: ${r.error}`));
  for (const o of m.outcomes) {
    if (only !== undefined && o.id !== only) continue;
    const res = r.outcomes[o.id]!;
    const when = req.scenario.outcomes[o.id]!.when;
    out.push('');
    out.push(`${res.tick !== null ? colors.green('★') : colors.dim('☆')} ${o.id}${o.title !== o.id ? ` — ${o.title}` : ''}`);
    if (res.tick === null) {
      out.push(`  not reached by ${tickLabel(run, lastTick(run))}.`);
      out.push(`  it asks: ${flow(when)}`);
      out.push(...closest(run, when, colors));
    } else if (res.event === null) {
      out.push(`  held at ${tickLabel(run, res.tick)} with no event as its cause: it held from the start, or the state drifted into it.`);
      out.push(`  it asks: ${flow(when)}`);
    } else {
      out.push(`  reached at ${tickLabel(run, res.tick)}. The chain of causes, from the root to the event after which it held:`);
      const chain = chainTo(r.events ?? [], res.event);
      chain.forEach((ev, k) => {
        const last = k === chain.length - 1;
        out.push(`    ${ev.tick === chain[k - 1]?.tick ? ' '.repeat(tickLabel(run, ev.tick).length) : tickLabel(run, ev.tick)}  ${eventLine(ev, colors)}${last ? colors.green(`  ◀ ${o.id} holds from here`) : ''}`);
        const votes = voteLine(m, run.state, ev.seq, colors);
        if (votes !== undefined) out.push(`    ${' '.repeat(tickLabel(run, ev.tick).length)}        ${votes}`);
      });
      out.push(`  causes: ${res.path.join(' → ')}`);
      const war = warOf(run, chain.at(-1));
      if (war !== undefined) out.push(war);
    }
  }
  return out;
}

/**
 * The war episode of the event that made the outcome hold, when it belongs to one (the definition
 * the batch's `wars` count uses): who began it, against whom and when, the two sides by the end,
 * and whether it ended. A chain that starts inside a war (an allied offensive, a great power's
 * entry) does not show how the war began; this line does. The sides are listed, not called
 * co-beginners: a state drawn in by being attacked stands on a side it did not choose.
 */
function warOf(run: ReplayedRun, ev: TraceEvent | undefined): string | undefined {
  const r = run.result;
  const ep = ev?.episode !== undefined ? r.episodes[ev.episode] : undefined;
  if (ep === undefined) return undefined;
  const opened = ep.openedBy !== null ? `${tickLabel(run, ep.start.tick)}, #${ep.openedBy}` : 'under way at the start';
  const state = ep.end !== null ? `ended ${tickLabel(run, ep.end.tick)}` : 'still open at the end';
  return `  war episode ${ep.id}: begun by ${ep.initiator} against ${ep.victim} (sides: ${ep.sides.initiator.join(', ')} | ${ep.sides.defender.join(', ')}) — ${opened}; ${state}`;
}

/** The events from the root of `seq`'s chain of parents to `seq` itself. */
export function chainTo(events: readonly TraceEvent[], seq: number): TraceEvent[] {
  const chain: TraceEvent[] = [];
  for (let e: number | null = seq; e !== null && chain.length <= events.length; e = events[e]!.parent) chain.push(events[e]!);
  return chain.reverse();
}

/** Every leaf condition of a condition tree (under all / any / not), in written order. */
function leaves(c: Condition): Condition[] {
  if (c.all) return c.all.flatMap(leaves);
  if (c.any) return c.any.flatMap(leaves);
  if (c.not) return leaves(c.not);
  return [c];
}

/** What came closest to an unreached outcome: one honest line per thing its condition tests. */
function closest(run: ReplayedRun, when: Condition, colors: Paint): string[] {
  const { model: m, result: r, state: s } = run;
  const events = r.events ?? [];
  const hints: string[] = [];
  const actors = new Set<string>();
  const seen = new Set<string>();
  const hint = (line: string) => { if (!seen.has(line)) { seen.add(line); hints.push(line); } };
  for (const c of leaves(when)) {
    if (c.relation) {
      const [x, y] = c.relation.between;
      actors.add(x); actors.add(y);
      const a = m.actorIndex.get(x); const b = m.actorIndex.get(y);
      if (a === undefined || b === undefined || a === b) continue;
      const p = m.pairOf[a * m.actors.length + b]!;
      const top = highestRung(run, [p]);
      const now = r.final.relations.find((rel) => rel.between.includes(x) && rel.between.includes(y));
      hint(`${x}–${y}: highest rung reached ${m.rungs[top.rung]!.id}${top.tick !== null ? ` (first at ${tickLabel(run, top.tick)})` : ' (its starting rung)'}; now ${now ? `${now.rung}, war status ${now.war}` : 'peace'}`);
    } else if (c.posture) {
      actors.add(c.posture.actor);
      const a = m.actorIndex.get(c.posture.actor);
      if (a === undefined) continue;
      const pairs = m.actors.map((_, b) => (b === a ? -1 : m.pairOf[a * m.actors.length + b]!)).filter((p) => p >= 0);
      const top = highestRung(run, pairs);
      hint(`posture of ${c.posture.actor}: highest rung reached ${m.rungs[top.rung]!.id}${top.tick !== null ? ` (first at ${tickLabel(run, top.tick)})` : ''}; now ${r.final.postures[c.posture.actor]}`);
    } else if (c.obligation) {
      const spec = c.obligation;
      if (spec.by !== undefined) actors.add(spec.by);
      r.final.obligations.forEach((o, i) => {
        if (o.pact !== spec.pact || (spec.obligation !== undefined && o.obligation !== spec.obligation) || (spec.by !== undefined && o.actor !== spec.by)) return;
        const fates = s.events.filter((e) => e.kind === 'obligation' && e.ref === i).map((e) => e.detail);
        hint(`obligation ${o.key}: ${fates.length === 0 ? 'never judged' : fates.join(' → ')}; now ${o.state}${o.level !== null ? ` (${o.level})` : ''}`);
      });
    } else if (c.council) {
      const spec = c.council;
      if (spec.target !== undefined) actors.add(spec.target);
      const drafts = r.final.drafts.filter((d) => (spec.kind === undefined || d.kind === spec.kind) && (spec.target === undefined || d.target === spec.target));
      hint(`Council: ${drafts.length === 0 ? `no ${spec.kind ?? ''} draft was tabled`.replace('  ', ' ') : drafts.map((d) => `${d.kind} ${d.product === 'resolution' ? 'draft' : `draft ${d.product.replace('_', ' ')}`} ${d.result.replace('_', ' ')} at tick ${d.tick}${d.votes !== '' ? ` (${d.votes})` : ''}`).join('; ')}`);
    } else if (c.happened) {
      const spec = c.happened;
      if (spec.by !== undefined) actors.add(spec.by);
      if (spec.on !== undefined) actors.add(spec.on);
      const matching = s.events.filter((e) => e.kind === spec.event
        && (spec.by === undefined || m.actors[e.actor]?.id === spec.by) && (spec.on === undefined || m.actors[e.target]?.id === spec.on)
        && (spec.kind === undefined || e.detail === spec.kind || e.detail.startsWith(`${spec.kind}:`)));
      const maxIntensity = Math.max(0, ...matching.map((e) => e.intensity));
      const what = `${spec.event}${spec.kind !== undefined ? ` ${spec.kind}` : ''}${spec.by !== undefined ? ` by ${spec.by}` : ''}${spec.on !== undefined ? ` on ${spec.on}` : ''}`;
      hint(`${what}: ${matching.length} event${matching.length === 1 ? '' : 's'}${spec.minIntensity !== undefined && matching.length > 0 ? `, highest intensity ${maxIntensity}` : ''}`);
    } else if (c.variable) {
      const v = r.final.variables[c.variable.id];
      if (v !== undefined) hint(`variable ${c.variable.id} ends at ${v}`);
    } else if (c.regime) {
      const g = r.final.regimes.find((x) => x.id === c.regime!.id);
      if (g) hint(`regime ${g.id} ends ${g.state}, enforcement ${g.enforcement.toFixed(2)}`);
    } else if (c.outcome !== undefined) {
      const other = r.outcomes[c.outcome];
      if (other) hint(`outcome ${c.outcome}: ${other.tick === null ? 'not reached' : `reached at ${tickLabel(run, other.tick)}`}`);
    } else if (c.pactInForce !== undefined) {
      const p = m.pactIndex.get(c.pactInForce);
      if (p !== undefined) hint(`pact ${c.pactInForce}: ${pactLife(run, p)}`);
    } else if (c.party) {
      const p = m.pactIndex.get(c.party.pact);
      const a = m.actorIndex.get(c.party.actor);
      if (p === undefined || a === undefined) continue;
      actors.add(c.party.actor);
      // The spells as written, as `casus show` and the report's pact table label them.
      const entry = m.scenario.pacts[p]!.parties.find((x) => partyActor(x) === c.party!.actor);
      const spells = entry === undefined ? 'never a party' : `a party ${partySpells(entry).map((sp) => spellLabel(sp) || 'throughout').join(', then ')}`;
      hint(`${c.party.actor} in ${c.party.pact}: ${spells}; the pact ${pactLife(run, p)}`);
    } else if (c.date || c.tick) {
      const end = lastTick(run);
      hint(`the run's clock: ${describePeriod(m.scenario.clock)}${end < m.clock.horizon ? `; it stopped at ${tickLabel(run, end)}` : ''}`);
    }
  }
  const out: string[] = [];
  if (hints.length > 0) out.push('  what came closest:', ...hints.map((h) => `    - ${h}`));
  const letDown = events.filter((e) => e.kind === 'obligation' && /^(denied|defected)/.test(e.detail ?? ''));
  if (letDown.length > 0) {
    out.push('  obligations denied or defected in this run:');
    for (const e of letDown) out.push(`    ${tickLabel(run, e.tick)}  ${eventLine(e, colors)}`);
  }
  const named = [...actors].filter((a) => m.actorIndex.has(a));
  if (named.length > 0) {
    const touching = events.filter((e) => (e.actor !== undefined && named.includes(e.actor)) || (e.target !== undefined && named.includes(e.target)));
    if (touching.length === 0) out.push(`  no event touched ${named.join(', ')} in this run.`);
    else {
      out.push(`  last events touching ${named.join(', ')}:`);
      for (const e of touching.slice(-LAST_EVENTS)) out.push(`    ${tickLabel(run, e.tick)}  ${eventLine(e, colors)}`);
    }
  }
  return out;
}

/** A pact's life by its dates, and whether it was in force at the run's last tick (an effect may end it sooner). */
function pactLife(run: ReplayedRun, p: number): string {
  const { model: m, state: s } = run;
  const pact = m.scenario.pacts[p]!;
  const end = lastTick(run);
  // `lapsed` is the first day out of force; the last day in it is the one before.
  const life = `from ${pact.inForce}${pact.lapsed !== undefined ? ` to ${isoOfDay(dayOf(pact.lapsed) - 1)}` : ''}`;
  return `in force ${life} by its dates; ${s.pactInForce(p, m.clock.days[end]!) ? 'in force' : 'not in force'} at ${tickLabel(run, end)}`;
}

/** The highest rung any of `pairs` reached, and the first tick it was reached (null: at the start). */
function highestRung(run: ReplayedRun, pairs: readonly number[]): { rung: number; tick: number | null } {
  const { model: m, state: s } = run;
  let best = { rung: 0, tick: null as number | null };
  for (const p of pairs) {
    // The first move on a pair starts from its starting rung; with no move, the rung never changed.
    const moves = s.events.filter((e) => RELATION_MOVES.has(e.kind) && e.ref === p && e.from >= 0);
    const start = moves.length > 0 ? moves[0]!.from : s.rung[p]!;
    if (start > best.rung) best = { rung: start, tick: null };
    for (const e of moves) if (e.to > best.rung) best = { rung: e.to, tick: e.tick };
  }
  return { rung: Math.min(best.rung, m.rungs.length - 1), tick: best.tick };
}

/** A condition in YAML flow style, as an author would write it: `{ relation: { between: [C, B], war: true } }`. */
export function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{ ${entries.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
  }
  return typeof value === 'string' && !/^[\w.$@/-]+$/.test(value) ? JSON.stringify(value) : String(value);
}
