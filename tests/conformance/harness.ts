/**
 * Runs a conformance case on one engine and reads back, in the shape of the case's expectations,
 * what the run did: the fate of every obligation, the ledgers, the drafts, the duty events.
 */
import { formatIssue, loadScenario, simulate, type Decider, type RunResult, type Scenario, type TraceEvent } from '@casus/engine';
import type { ConformanceCase, EventPattern, ExpectedDraft, ExpectedObligation, ExpectedRelation } from './case.js';

export type Engine = 'batch' | 'reference';
export const ENGINES: readonly Engine[] = ['batch', 'reference'];
export const DEFAULT_SEEDS: readonly (number | string)[] = [1, 'datc'];

/** Loader warnings a case may carry: a clause no inject can set off is normal in a one-event case. */
const ALLOWED_WARNINGS = new Set(['W_CASUS_UNREACHABLE']);

/** Loads a case's scenario; a case that does not load cleanly is itself a failure. */
export function loadCase(c: ConformanceCase): Scenario {
  const loaded = loadScenario(c.yaml, { filename: `${c.id}.yaml` });
  if (!loaded.ok) throw new Error(`${c.id} does not load:\n${loaded.issues.map(formatIssue).join('\n')}`);
  const expected = new Set(c.warnings ?? []);
  const extra = loaded.warnings.filter((w) => !ALLOWED_WARNINGS.has(w.code) && !expected.has(w.code));
  if (extra.length > 0) throw new Error(`${c.id} loads with warnings:\n${extra.map(formatIssue).join('\n')}`);
  const missing = [...expected].filter((code) => !loaded.warnings.some((w) => w.code === code));
  if (missing.length > 0) throw new Error(`${c.id} should load with the warning(s) ${missing.join(', ')}`);
  return loaded.scenario;
}

export interface CaseRun {
  result: RunResult;
  /** Pinned decisions that were asked during the run. */
  asked: Set<string>;
}

/** Runs a case once; pinned decisions replace the model's choice, by option name. */
export function runCase(c: ConformanceCase, scenario: Scenario, engine: Engine, seed: number | string): CaseRun {
  const pins = c.decisions ?? {};
  const asked = new Set<string>();
  const decider: Decider = (req) => {
    const withActor = `${req.kind} ${req.key} ${req.actor}`;
    const plain = `${req.kind} ${req.key}`;
    const pin = pins[withActor] !== undefined ? withActor : pins[plain] !== undefined ? plain : undefined;
    if (pin === undefined) return undefined;
    asked.add(pin);
    const index = req.options.indexOf(pins[pin]!);
    if (index < 0) throw new Error(`${c.id}: pinned "${pins[pin]}" for ${pin}, but the options are ${req.options.join(', ')}`);
    return index;
  };
  const result = simulate(scenario, {
    seed, runIndex: 0, engine, trace: true, recordDraws: true,
    ...(c.situation !== undefined ? { situation: c.situation } : {}),
    decider,
  });
  return { result, asked };
}

/** The run's fate of every obligation, with the level where the expectation checks it. */
export function observedObligations(c: ConformanceCase, r: RunResult): Record<string, ExpectedObligation> {
  const out: Record<string, ExpectedObligation> = {};
  for (const o of r.final.obligations) {
    const want = c.expect.obligations[o.key];
    const withLevel = o.state === 'honoured' || o.state === 'defected' || (want !== undefined && 'level' in want);
    out[o.key] = withLevel ? { state: o.state as ExpectedObligation['state'], level: o.level as ExpectedObligation['level'] } : { state: o.state as ExpectedObligation['state'] };
  }
  return out;
}

/** The details of an obligation's own events (`judged`, `invoked:pretext`, `honoured:forces`, …). */
export function ledgerOf(r: RunResult, key: string): string[] {
  return (r.events ?? []).filter((e) => e.kind === 'obligation' && e.cause === `obligation:${key}`).map((e) => e.detail ?? '');
}

export function observedDrafts(r: RunResult): ExpectedDraft[] {
  return r.final.drafts.map((d) => {
    const out: ExpectedDraft = { kind: d.kind as ExpectedDraft['kind'], product: d.product as ExpectedDraft['product'], target: d.target, result: d.result as ExpectedDraft['result'] };
    if (d.result !== 'withdrawn' && d.result !== 'shelved') {
      const votes = d.votes.split(' ').filter(Boolean).map((v) => v.split(':')[1]);
      out.yes = votes.filter((v) => v === 'yes').length;
      out.no = votes.filter((v) => v === 'no').length;
      // An obligatory abstention (Art. 27(3), proviso) is an abstention, whose members are named apart.
      out.abstain = votes.filter((v) => v === 'abstain' || v === 'abstain_obligatory').length;
      const absent = votes.filter((v) => v === 'absent').length;
      if (absent > 0) out.absent = absent;
      const notVoting = votes.filter((v) => v === 'not_voting').length;
      if (notVoting > 0) out.notVoting = notVoting;
    }
    out.abstainedAsParty = d.votes.split(' ').filter((v) => v.endsWith(':abstain_obligatory')).map((v) => v.split(':')[0]!);
    // The run result keeps the members that blocked a statement where a resolution keeps its vetoes.
    const statement = d.product !== 'resolution';
    out.vetoedBy = statement ? [] : d.vetoedBy;
    out.blockedBy = statement ? d.vetoedBy : [];
    return out;
  });
}

/** A draft expectation with its defaults filled in, for comparison with observedDrafts. */
export function normaliseDraft(d: ExpectedDraft): ExpectedDraft {
  return { ...d, product: d.product ?? 'resolution', target: d.target ?? null, vetoedBy: d.vetoedBy ?? [], blockedBy: d.blockedBy ?? [], abstainedAsParty: d.abstainedAsParty ?? [] };
}

export function observedDuties(r: RunResult): { key: string; verdict: string }[] {
  return (r.events ?? []).filter((e) => e.kind === 'duty').map((e) => ({ key: e.cause.replace(/^duty:/, ''), verdict: e.detail ?? '' }));
}

export function matches(e: TraceEvent, p: EventPattern): boolean {
  if (e.kind !== p.kind) return false;
  if (p.cause !== undefined && e.cause !== p.cause) return false;
  if (p.actor !== undefined && e.actor !== p.actor) return false;
  if (p.target !== undefined && e.target !== p.target) return false;
  if (p.region !== undefined && e.region !== p.region) return false;
  if (p.date !== undefined && e.date !== p.date) return false;
  if (p.effective !== undefined && e.effective !== p.effective) return false;
  if (p.attacked !== undefined && e.attacked !== p.attacked) return false;
  if (p.detail !== undefined && e.detail !== p.detail && !(e.detail ?? '').startsWith(`${p.detail}:`)) return false;
  return true;
}

/** The patterns of `wanted` not found, in order, in the trace (empty when all are found). */
export function missingInOrder(events: readonly TraceEvent[], wanted: readonly EventPattern[]): EventPattern[] {
  let i = 0;
  const missing: EventPattern[] = [];
  for (const p of wanted) {
    let j = i;
    while (j < events.length && !matches(events[j]!, p)) j++;
    if (j === events.length) missing.push(p);
    else i = j + 1;
  }
  return missing;
}

export function observedRelation(r: RunResult, want: ExpectedRelation): ExpectedRelation {
  const [a, b] = want.between;
  const rel = r.final.relations.find((x) => (x.between[0] === a && x.between[1] === b) || (x.between[0] === b && x.between[1] === a));
  const actual = { rung: rel?.rung ?? 'peace', war: (rel?.war ?? 'none') as ExpectedRelation['war'], initiator: rel?.initiator ?? null };
  const out: ExpectedRelation = { between: want.between };
  if (want.rung !== undefined) out.rung = actual.rung;
  if (want.war !== undefined) out.war = actual.war;
  if (want.initiator !== undefined) out.initiator = actual.initiator;
  return out;
}

/** What the two engines must agree on, draw for draw: everything but the engine's name. */
export function comparable(r: RunResult): unknown {
  return { status: r.status, error: r.error, outcomes: r.outcomes, final: r.final, events: r.events, draws: r.draws };
}
