import { metricValue, type MetricInfo, type RunState, type Simulator } from '@casus/engine';
import type { Frame, PendingDecision } from './frame.js';
import { placeKey, replay, stepUntil, type Course, type RunIdentity, type Worlds } from './replay.js';
import { formatValue } from '../number-format.js';

/** How often each outcome happened in a set of runs. */
/** Continuations per odds table when none is asked for (`odds` at the prompt, `casus serve --odds-runs`). */
export const DEFAULT_ODDS_RUNS = 2000;

export interface OddsColumn {
  /** `from here`, `if OPTION`, or `at the start`. */
  readonly label: string;
  readonly runs: number;
  /** Runs in which each outcome held (runs that stopped with an error never count). */
  readonly hits: Readonly<Record<string, number>>;
  /** Runs that stopped with an error (a runaway cascade). */
  readonly errors: number;
  /**
   * (1.10) Per metric the scenario declares, the sum of its values over the runs that did not fail
   * (whole runs, the ticks already played included); absent without metrics.
   */
  readonly metricSums?: Readonly<Record<string, number>>;
}

/** The odds from the current state of a session, next to the odds at the start. */
export interface OddsReport {
  /** Ticks completed where the continuations start (with a decision pending: the tick it is in). */
  readonly position: number;
  readonly pending: PendingDecision | undefined;
  /** The continuations start inside tick `position`, its open decisions left to the model (a seminar team's odds while others decide). */
  readonly inTick?: boolean;
  readonly runs: number;
  readonly outcomes: readonly { readonly id: string; readonly title: string }[];
  /** (1.10) The scenario's metrics (absent without them). */
  readonly metrics?: readonly { readonly id: string; readonly title: string }[];
  /** Outcomes the session's run has already reached, with the tick (null: not yet). */
  readonly reached: Readonly<Record<string, number | null>>;
  /** One column from the current state or, with a decision pending, one per option. */
  readonly columns: readonly OddsColumn[];
  /** `runs` runs of the scenario from tick 0 (start values of the parameters, no injects, the model deciding). */
  readonly baseline: OddsColumn;
}

export interface OddsInput {
  readonly worlds: Worlds;
  readonly identity: RunIdentity;
  readonly course: Course;
  readonly played: ReadonlySet<string>;
  readonly frame: Frame;
  readonly runs: number;
  /** A baseline computed before for the same number of runs (it depends on nothing else). */
  readonly baseline?: OddsColumn | undefined;
  /** Told the runs done so far (of every column and the baseline) now and then; for progress displays only. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /**
   * The decision to take each way: by default the frame's pending one (what `casus play` shows);
   * another decision of the open round (a seminar team's own); or null, none — the open round's
   * unanswered decisions are left to the model and there is one column, from here.
   */
  readonly decision?: PendingDecision | null | undefined;
  /**
   * Recorded answers of the open round (tick `frame.position`) to leave to the model: answers a
   * seminar team may not know yet (another team's, which take effect with the rest of the round).
   */
  readonly withhold?: readonly { readonly actor: string; readonly key: string; readonly occurrence: number }[] | undefined;
}

/**
 * Monte Carlo from the current state: the session's run is re-simulated (batch engine; its trace
 * is identical to the reference engine's) to the current tick and saved; continuation k restores
 * it and draws new luck as run k of the same seed would (`reseed(seed, k)`). People's recorded
 * answers shape the state; their later decisions are left to the model. White-cell injects still
 * to come and parameter changes apply as in the session.
 */
export function computeOdds(input: OddsInput): OddsReport {
  const { worlds, identity, played, frame, runs } = input;
  let course = input.course;
  if (input.withhold !== undefined && input.withhold.length > 0) {
    const answers = new Map(course.answers);
    for (const w of input.withhold) answers.delete(placeKey({ tick: frame.position, ...w }));
    course = { ...course, answers };
  }
  const pending = input.decision === undefined ? frame.pending : input.decision ?? undefined;
  const total = runs * ((pending?.request.options.length ?? 1) + (input.baseline ? 0 : 1));
  let done = 0;
  const progress = input.onProgress === undefined ? undefined : (n: number): void => { done += n; input.onProgress!(done, total); };
  const engine = 'batch';
  const model = worlds.model(worlds.overridesAt([], 0));
  const outcomes = model.outcomes.map((o) => ({ id: o.id, title: o.title }));
  const columns: OddsColumn[] = [];
  const inTick = pending === undefined && frame.pending !== undefined;
  if (pending === undefined) {
    // Inside a tick (a decision open), the rest of it as the session would play it, the model deciding.
    const start = replay(worlds, engine, identity, course, played, inTick ? frame.position + 1 : frame.position, 'model').sim;
    columns.push(continuations('from here', worlds, identity, course, start, runs, progress));
  } else {
    const { request, occurrence } = pending;
    const place = placeKey({ tick: request.tick, actor: request.actor, key: request.key, occurrence });
    for (const option of request.options) {
      const answers = new Map(course.answers).set(place, option);
      const withAnswer: Course = { ...course, answers };
      // The rest of the tick as the session would play it (other people's pending choices left to the model).
      const start = replay(worlds, engine, identity, withAnswer, played, frame.position + 1, 'model').sim;
      columns.push(continuations(`if ${option}`, worlds, identity, withAnswer, start, runs, progress));
    }
  }
  const baseline = input.baseline ?? fromTheStart(worlds, identity, runs, progress);
  const reached: Record<string, number | null> = {};
  for (const o of outcomes) reached[o.id] = frame.result.outcomes[o.id]?.tick ?? null;
  const metrics = model.metrics.map((x) => ({ id: x.id, title: x.title }));
  return { position: frame.position, pending, ...(inTick ? { inTick } : {}), runs, outcomes, ...(metrics.length > 0 ? { metrics } : {}), reached, columns, baseline };
}

const PROGRESS_EVERY = 100;

function continuations(label: string, worlds: Worlds, identity: RunIdentity, course: Course, start: Simulator, runs: number, progress?: (n: number) => void): OddsColumn {
  const snapshot = start.snapshot();
  const tally = new Tally(start.model.outcomes.map((o) => o.id), start.model.metrics);
  for (let k = 0; k < runs; k++) {
    start.restore(snapshot, { injects: course.injects });
    start.reseed(identity.master, k);
    const { sim } = stepUntil(worlds, 'batch', start, course, Number.POSITIVE_INFINITY, undefined);
    tally.add(sim.state);
    if (progress && (k + 1) % PROGRESS_EVERY === 0) progress(PROGRESS_EVERY);
  }
  progress?.(runs % PROGRESS_EVERY);
  return tally.column(label, runs);
}

function fromTheStart(worlds: Worlds, identity: RunIdentity, runs: number, progress?: (n: number) => void): OddsColumn {
  const sim = worlds.simulator('batch', worlds.overridesAt([], 0));
  const tally = new Tally(sim.model.outcomes.map((o) => o.id), sim.model.metrics);
  for (let k = 0; k < runs; k++) {
    tally.add(sim.run(identity.master, k, { situation: identity.situation }));
    if (progress && (k + 1) % PROGRESS_EVERY === 0) progress(PROGRESS_EVERY);
  }
  progress?.(runs % PROGRESS_EVERY);
  return tally.column('at the start', runs);
}

class Tally {
  private readonly hits: number[];
  private readonly sums: number[];
  private errors = 0;

  constructor(private readonly ids: readonly string[], private readonly metrics: readonly MetricInfo[]) {
    this.hits = ids.map(() => 0);
    this.sums = metrics.map(() => 0);
  }

  add(s: RunState): void {
    if (s.status === 'error') { this.errors++; return; }
    for (let i = 0; i < this.ids.length; i++) if (s.outcomeTick[i]! >= 0) this.hits[i]!++;
    for (let k = 0; k < this.metrics.length; k++) this.sums[k]! += metricValue(s, this.metrics[k]!);
  }

  column(label: string, runs: number): OddsColumn {
    const hits: Record<string, number> = {};
    this.ids.forEach((id, i) => { hits[id] = this.hits[i]!; });
    if (this.metrics.length === 0) return { label, runs, hits, errors: this.errors };
    return { label, runs, hits, errors: this.errors, metricSums: Object.fromEntries(this.metrics.map((x, k) => [x.id, this.sums[k]!])) };
  }
}

/**
 * (1.10) Each metric's mean per run in every column of a report (its columns, then the baseline),
 * over the runs that did not fail, as text; `—` for a column with none. Empty without metrics.
 */
export function metricMeans(report: OddsReport): { id: string; title: string; means: string[] }[] {
  const columns = [...report.columns, report.baseline];
  return (report.metrics ?? []).map((x) => ({
    id: x.id, title: x.title,
    means: columns.map((c) => (c.runs - c.errors > 0 ? formatValue((c.metricSums?.[x.id] ?? 0) / (c.runs - c.errors)) : '—')),
  }));
}
