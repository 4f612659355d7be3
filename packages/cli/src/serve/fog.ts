import { dayOf, partyOn, type Model, type TraceEvent } from '@casus/engine';
import type { Frame } from '../play/frame.js';
import type { Session } from '../play/session.js';
import { tickLabel } from '../play/view.js';

/**
 * Fog of war: which events of a run a team's actors know. The facilitator and the wall see every
 * event; a team sees
 *
 * - what happens in the open: uses of force, threats, changes of posture (escalation,
 *   de-escalation, ceasefire, peace, war episodes joined), alliances and basing, Security Council
 *   drafts and results with their votes, sanctions and monitoring, treaties entering into force or
 *   lapsing, notices of denunciation and their effect, and signals (statements, tests, exercises, transfers) — except a signal aimed at no one
 *   to which only its own actor's doctrine reacts: that is the actor's internal step (a planned
 *   incident), not a statement;
 * - what concerns its actors' treaties: an obligation invoked, honoured, defected, moot or left
 *   unrequested (no request for help came) is known to every party of the pact on that day (a
 *   state that left it, or has not yet joined, is not told);
 * - a hostile act short of an armed attack (a cyber operation, an interdiction) to the side that
 *   did it and the side it was done to;
 * - everything its own actors did, including their deliberations: their decisions, their judgments
 *   of a casus foederis, their respect or breach of a duty.
 *
 * A decision put to the team names in its prompt the event it answers.
 *
 * Never: another actor's decisions, judgments and duty choices as such (their effects in the open
 * are seen, with the act as their cause — {@link teamCause} — not the decision and option behind
 * it), white-cell injects as such, and changes of the model's variables (tension, deterrence:
 * quantities of the model, not observations).
 */
const PUBLIC: ReadonlySet<string> = new Set([
  'armedAttack', 'threat', 'escalation', 'deescalation', 'ceasefire', 'peace', 'episode', 'alliance', 'basing',
  'draft', 'draftResult', 'sanctions', 'monitoring',
  // A notice of denunciation is deposited and the depositary informs every party (NATO Art. 13,
  // Rio Art. 25); its taking effect is as public as a pact lapsing.
  'pact',
  // The General Assembly debates a veto in a public plenary meeting (res. 76/262).
  'assembly',
]);
/** Obligation events that are deliberation (the obligated actor's own). */
const DELIBERATION = /^(judged|denied|not_in_force)/;
/** Obligation events about the pact as a whole: public. */
const TREATY = new Set(['in_force', 'lapsed']);

/** Whether a team playing `actors` knows event `e`. */
export function knownTo(model: Model, actors: ReadonlySet<string>, e: TraceEvent): boolean {
  if (e.actor !== undefined && actors.has(e.actor)) return true;
  if (PUBLIC.has(e.kind)) return true;
  switch (e.kind) {
    case 'signal': return !internalSignal(model, e);
    case 'hostileAct': return e.target !== undefined && actors.has(e.target);
    case 'obligation': {
      const detail = e.detail ?? '';
      if (TREATY.has(detail)) return true;
      if (DELIBERATION.test(detail)) return false;
      const o = e.ref !== undefined ? model.obligations[e.ref] : undefined;
      return o !== undefined && toldOfPact(model, actors, o.pact, e.date);
    }
    default: return false; // decision, duty, variable
  }
}

/** Whether a team playing `actors` has a party of pact `pact` (its index) on `date`, in whichever of its spells (a state between two is not one). */
function toldOfPact(model: Model, actors: ReadonlySet<string>, pact: number, date: string): boolean {
  const p = model.pacts[pact]!;
  const day = dayOf(date);
  return p.parties.some((i) => actors.has(model.actors[i]!.id) && partyOn(p, i, day));
}

/**
 * The cause a team is shown for an event it knows: the act, not the deliberation behind it. A
 * cause naming another actor's decision and option (`decision:USA/answer-attack-on-ally:restraint`),
 * its respect or breach of a duty (`duty:…@USA`), or its obligation when the team has no party of
 * the pact that day (`obligation:…@USA`), becomes `act:USA` — the event is what that actor did in
 * the open; a white-cell inject (`inject:white-cell#N`) becomes the act of the event's actor (or
 * `event`), as if it had happened by itself. Its own actors' causes, the scenario's triggers and
 * situation, the Council's, the treaties' and the model's own causes are kept.
 */
export function teamCause(model: Model, actors: ReadonlySet<string>, e: TraceEvent): string {
  const cause = e.cause;
  const colon = cause.indexOf(':');
  const rest = cause.slice(colon + 1);
  const act = (actor: string | undefined): string => (actor === undefined || actor === '' ? 'event' : `act:${actor}`);
  switch (colon < 0 ? cause : cause.slice(0, colon)) {
    case 'decision': {
      // decision:ACTOR/POINT:OPTION (ACTOR/POINT is the decision's key)
      const actor = rest.slice(0, rest.indexOf('/'));
      return actors.has(actor) ? cause : act(actor);
    }
    case 'duty':
    case 'obligation': {
      // duty:PACT/OBLIGATION@ACTOR, obligation:PACT/OBLIGATION@ACTOR (the obligation's key)
      const o = model.obligations.find((x) => x.key === rest);
      const actor = o !== undefined ? model.actors[o.obligated]!.id : rest.slice(rest.lastIndexOf('@') + 1);
      if (actors.has(actor)) return cause;
      const told = cause.startsWith('obligation:') && o !== undefined && toldOfPact(model, actors, o.pact, e.date);
      return told ? cause : act(actor);
    }
    case 'inject': return rest.startsWith('white-cell#') ? act(e.actor) : cause;
    default: return cause;
  }
}

/**
 * The events a team knows, each pointing only at an event it also knows (else at none), each with
 * the cause the team may see ({@link teamCause}).
 */
export function teamEvents(model: Model, actors: ReadonlySet<string>, events: readonly TraceEvent[]): TraceEvent[] {
  const known = new Set<number>();
  const out: TraceEvent[] = [];
  for (const e of events) {
    if (!knownTo(model, actors, e)) continue;
    known.add(e.seq);
    const parent = e.parent !== null && !known.has(e.parent) ? null : e.parent;
    const cause = teamCause(model, actors, e);
    out.push(parent === e.parent && cause === e.cause ? e : { ...e, parent, cause });
  }
  return out;
}

/** A signal aimed at no one, to which only its own actor's decision points (and no treaty) react. */
function internalSignal(model: Model, e: TraceEvent): boolean {
  if (e.target !== undefined || e.actor === undefined) return false;
  const actor = model.actors.findIndex((a) => a.id === e.actor);
  const kind = e.detail ?? '';
  const points = (model.listeners.get('signal') ?? []).map((i) => model.decisionPoints[i]!).filter((dp) => dp.kind === undefined || dp.kind === kind);
  if (points.length === 0 || points.some((dp) => dp.actor !== actor)) return false;
  return !model.obligations.some((o) => o.acts.some((a) => a.event === 'signal' && (a.kinds === undefined || a.kinds.includes(kind))));
}

/**
 * The state of play as a team knows it: postures, relations, its own actors' obligations (not how
 * other actors weigh theirs), the Council's business, the sanctions regimes in force or not (not
 * the model's enforcement level), the outcomes reached. Parameter changes are the white cell's.
 */
export function teamStatus(session: Session, frame: Frame, actors: ReadonlySet<string>): string[] {
  const f = frame.result.final;
  const out: string[] = [];
  const row = (label: string, text: string): void => { out.push(`  ${label.padEnd(12)} ${text}`); };
  const peace = session.baseModel.rungs[0]!.id;
  const postures = Object.entries(f.postures).filter(([a, rung]) => rung !== peace || actors.has(a));
  row('postures', postures.map(([a, rung]) => `${actors.has(a) ? `${a}*` : a} ${rung}`).join(' · '));
  const relations = f.relations.filter((r) => r.rung !== peace || r.war !== 'none').map((x) => `${x.between[0]}–${x.between[1]} ${x.rung}${x.war === 'none' ? '' : ` (${x.war}${x.initiator !== null ? `, begun by ${x.initiator}` : ''})`}`);
  row('relations', relations.length === 0 ? 'all at peace' : relations.join(' · '));
  const own = f.obligations.filter((o) => actors.has(o.actor) && o.state !== 'dormant' && o.state !== 'lapsed');
  if (own.length === 0) row('obligations', 'none of yours in play');
  own.forEach((o, k) => {
    const pact = session.baseModel.pacts.find((p) => p.id === o.pact)?.name ?? o.pact;
    row(k === 0 ? 'obligations' : '', `${o.actor}* ${pact}${o.article ? ` ${o.article}` : ''}: ${o.state}${o.level !== null && (o.state === 'honoured' || o.state === 'defected') ? ` (${o.level})` : ''}`);
  });
  f.drafts.forEach((d, k) => {
    const veto = d.vetoedBy.length > 0 ? ` (veto: ${d.vetoedBy.join(', ')})` : '';
    row(k === 0 ? 'council' : '', `${d.kind} draft${d.target !== null ? ` on ${d.target}` : ''}, tabled ${tickLabel(session, d.tick)}: ${d.result}${veto}${d.votes ? ` — ${d.votes}` : ''}`);
  });
  if (f.regimes.length > 0) row('sanctions', f.regimes.map((g) => `${g.id} ${g.state.replace('_', ' ')}${g.monitored ? ', monitored' : ''}`).join(' · '));
  const reached = Object.entries(frame.result.outcomes).filter(([, o]) => o.tick !== null);
  row('outcomes', reached.length === 0 ? 'none reached yet' : reached.map(([id, o]) => `★ ${id} (tick ${o.tick})`).join(' · '));
  return out;
}
