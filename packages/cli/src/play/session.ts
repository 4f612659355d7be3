import { masterSeedOf, resolveParameters, type DecisionRequest, type Effect, type EngineKind, type Inject, type Model, type Scenario } from '@casus/engine';
import { parameterValue } from '../parameter-value.js';
import { unknownParameterHint } from '../did-you-mean.js';
import { buildFrame, type Frame } from './frame.js';
import { validateInject, parseInject } from './inject.js';
import { PlayInputError } from './input-error.js';
import { computeOdds, DEFAULT_ODDS_RUNS, type OddsColumn, type OddsReport } from './odds.js';
import { AwaitDecision, openRound, placeKey, replay, Worlds, type Change, type Course, type DecisionPlace, type OpenDecision, type RunIdentity } from './replay.js';

/** What a session plays: the scenario and the run, and who the people are. */
export interface SessionSetup {
  readonly scenario: Scenario;
  /** The scenario argument as typed (a path or a bundled id), for replay lines and saved files. */
  readonly scenarioArg: string;
  /** SHA-256 of the resolved scenario (see batch/manifest.ts `scenarioHash`), checked when a session file is loaded. */
  readonly scenarioHash: string;
  readonly seed: number | string;
  readonly runIndex: number;
  readonly situation: string | undefined;
  /** The played actors' ids, in the order given. */
  readonly actors: readonly string[];
  readonly engine: EngineKind;
  /** Parameter overrides from the start (`--set`). */
  readonly parameters: Readonly<Record<string, number>>;
}

/** Common to every recorded action: its order on the branch, and the branch's target when it was taken (undo returns there). */
interface ActionBase {
  readonly seq: number;
  readonly at: number;
}

/** A person's answer to a decision, keyed by its place in the run. */
export interface DecisionAction extends ActionBase, DecisionPlace {
  readonly kind: DecisionRequest['kind'];
  readonly option: string;
}

/** A white-cell inject, applied at `tick`. `effect` is the value as written (one effect or a list). */
export interface InjectAction extends ActionBase {
  readonly tick: number;
  readonly effect: unknown;
}

/** A parameter changed from `tick` on. */
export interface ChangeAction extends ActionBase, Change {}

/** One line of play: its answers, injects and parameter changes, and how far it has been advanced. */
export interface BranchData {
  readonly name: string;
  /** Ticks the branch is to be simulated to (fewer when a decision is pending). */
  target: number;
  /** The branch it was copied from, and where that branch stood (`in tick 2`, `after tick 5`, `at the start`). */
  readonly forkedFrom: { readonly branch: string; readonly where: string } | null;
  nextSeq: number;
  decisions: DecisionAction[];
  injects: InjectAction[];
  changes: ChangeAction[];
}

/** An action, tagged, as `undo` reports it. */
export type Action =
  | { readonly type: 'decision'; readonly action: DecisionAction }
  | { readonly type: 'inject'; readonly action: InjectAction }
  | { readonly type: 'change'; readonly action: ChangeAction };

/** A branch as `branches` lists it. */
export interface BranchSummary {
  readonly name: string;
  readonly current: boolean;
  readonly target: number;
  readonly decisions: number;
  readonly injects: number;
  readonly changes: number;
  readonly forkedFrom: BranchData['forkedFrom'];
}

const BRANCH_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const MAIN_BRANCH = 'main';
const MAX_ODDS_RUNS = 1_000_000;

/**
 * A seminar session: one seeded run of a scenario in which people take the decisions of some
 * actors, inject events and change judgments. It stores only what people did — answers keyed by
 * (tick, actor, decision key, occurrence in the tick), injects, parameter changes — and rebuilds
 * the run by re-simulating from tick 0 with a decider that replays the answers and stops at the
 * first decision of a played actor that has none. So saving is exact, undo drops the last action,
 * and a fork is a copy of the action lists. Pure: no terminal, no files, no clock.
 */
export class Session {
  readonly worlds: Worlds;
  readonly played: ReadonlySet<string>;
  readonly identity: RunIdentity;
  /** ISO date of every tick, 0 … horizon. */
  readonly dates: readonly string[];
  private readonly branchMap = new Map<string, BranchData>();
  private current = MAIN_BRANCH;
  private cached: Frame | undefined;
  private cachedOpen: readonly OpenDecision[] | undefined;
  /** Parsed effects of each inject action (session files keep the effects as written). */
  private readonly parsedInjects = new WeakMap<InjectAction, readonly Effect[]>();
  private readonly baselineOdds = new Map<number, OddsColumn>();

  private constructor(readonly setup: SessionSetup) {
    const sc = setup.scenario;
    for (const a of setup.actors) {
      if (!Object.hasOwn(sc.actors, a)) throw new PlayInputError(`unknown actor "${a}" in --as; ${sc.id} has ${Object.keys(sc.actors).join(', ')}`);
    }
    if (setup.situation !== undefined && !Object.hasOwn(sc.situations, setup.situation)) {
      throw new PlayInputError(`unknown situation "${setup.situation}"; ${sc.id} has ${Object.keys(sc.situations).join(', ') || 'none'}`);
    }
    for (const name of Object.keys(setup.parameters)) {
      if (!Object.hasOwn(sc.parameters, name)) throw new PlayInputError(`unknown parameter "${name}"${unknownParameterHint(name, sc, setup.scenarioArg)}`);
    }
    this.worlds = new Worlds(sc, setup.parameters);
    this.played = new Set(setup.actors);
    this.identity = { master: masterSeedOf(setup.seed), runIndex: setup.runIndex, situation: setup.situation };
    const model = this.baseModel;
    this.dates = Array.from(model.clock.days, (day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
  }

  /** A new session at the start of the run, on branch `main`. */
  static start(setup: SessionSetup): Session {
    const s = new Session(setup);
    s.branchMap.set(MAIN_BRANCH, emptyBranch(MAIN_BRANCH, null));
    return s;
  }

  /**
   * A session rebuilt from saved branches (see session-file.ts): every inject is validated again
   * against the scenario, and the current branch must exist.
   */
  static resume(setup: SessionSetup, branches: readonly BranchData[], current: string): Session {
    const s = new Session(setup);
    for (const b of branches) {
      if (s.branchMap.has(b.name)) throw new PlayInputError(`the session has two branches named "${b.name}"`);
      const copy = cloneBranch(b, b.name, b.forkedFrom);
      for (const inj of copy.injects) s.parseStoredInject(inj);
      s.branchMap.set(b.name, copy);
    }
    if (!s.branchMap.has(current)) throw new PlayInputError(`the session's current branch "${current}" is not among its branches`);
    s.current = current;
    return s;
  }

  /** The model with the start's parameter values (before any change made in the session). */
  get baseModel(): Model {
    return this.worlds.model(this.worlds.overridesAt([], 0));
  }

  get branchName(): string {
    return this.current;
  }

  /** The current branch's data (read-only use: save it with session-file.ts). */
  get branch(): BranchData {
    return this.branchMap.get(this.current)!;
  }

  /** Every branch, in creation order. */
  get allBranches(): readonly BranchData[] {
    return [...this.branchMap.values()];
  }

  /** The current state of play, re-simulated when something changed. */
  get frame(): Frame {
    if (this.cached === undefined) {
      this.cachedOpen = undefined;
      this.cached = this.rebuild();
    }
    return this.cached;
  }

  /**
   * The played actors' decisions of the round the session waits on (see {@link openRound}):
   * empty when nothing is pending. The pending decision is the first unanswered one; the others
   * may be answered first, in any order — the engine applies them in its own order once all are in.
   */
  get open(): readonly OpenDecision[] {
    const f = this.frame;
    if (this.cachedOpen === undefined) {
      this.cachedOpen = f.pending === undefined ? [] : openRound(this.worlds, this.setup.engine, this.identity, this.course(), this.played,
        new AwaitDecision(f.pending.request, f.pending.occurrence));
    }
    return this.cachedOpen;
  }

  /** The last tick of the run. */
  get horizon(): number {
    return this.dates.length - 1;
  }

  /**
   * Advances `ticks` ticks, stopping early at a decision of a played actor (the rest of that tick
   * runs once it is answered) or at the end of the run.
   */
  advance(ticks: number): Frame {
    const f = this.frame;
    if (f.pending) throw new PlayInputError(`a decision is pending: answer it first (${optionHint(f.pending.request)})`);
    if (f.ended) throw new PlayInputError(`the run is over (${f.result.status === 'error' ? 'it stopped with an error' : `tick ${this.horizon} was the last`}); undo, switch to another branch, or quit`);
    if (!Number.isSafeInteger(ticks) || ticks < 1) throw new PlayInputError(`expected a positive number of ticks, got ${ticks}`);
    this.branch.target = Math.min(this.horizon + 1, f.position + ticks);
    this.cached = undefined;
    return this.frame;
  }

  /** Answers the pending decision with an option, by number (1 = first) or id. */
  answer(text: string): { decision: DecisionAction; request: DecisionRequest; frame: Frame } {
    const f = this.frame;
    if (!f.pending) throw new PlayInputError('no decision is pending');
    return this.record(f.pending.request, f.pending.occurrence, text);
  }

  /**
   * Answers one of the open decisions ({@link open}) that has no answer yet: `actor`'s, with
   * decision key `key` and occurrence `occurrence` when given, else its first unanswered one.
   */
  answerOpen(place: { actor: string; key?: string | undefined; occurrence?: number | undefined }, text: string): { decision: DecisionAction; request: DecisionRequest; frame: Frame } {
    const open = this.open;
    if (open.length === 0) throw new PlayInputError('no decision is pending');
    const mine = open.filter((d) => d.request.actor === place.actor && (place.key === undefined || d.request.key === place.key) && (place.occurrence === undefined || d.occurrence === place.occurrence));
    const target = mine.find((d) => d.answer === undefined);
    if (target === undefined) {
      const what = `${place.actor}${place.key !== undefined ? `'s ${place.key}` : ''}`;
      throw new PlayInputError(mine.length > 0 ? `${what} is answered already (${mine.map((d) => d.answer).join(', ')}); it takes effect when the round's other decisions are in` : `${what} has no decision open now`);
    }
    return this.record(target.request, target.occurrence, text);
  }

  private record(request: DecisionRequest, occurrence: number, text: string): { decision: DecisionAction; request: DecisionRequest; frame: Frame } {
    const index = optionIndex(request, text.trim());
    if (index === undefined) {
      const word = text.trim();
      throw new PlayInputError(/^\d+$/.test(word)
        ? `${word} is not an option here; answer ${optionHint(request)}`
        : `unknown command "${word.split(/\s/)[0]}" (and not an option of this decision); answer ${optionHint(request)}, or type help`);
    }
    const b = this.branch;
    const decision: DecisionAction = {
      seq: b.nextSeq++, at: b.target, tick: request.tick, actor: request.actor, key: request.key, occurrence,
      kind: request.kind, option: request.options[index]!,
    };
    b.decisions.push(decision);
    this.cached = undefined;
    return { decision, request, frame: this.frame };
  }

  /** The tick a white-cell action made now applies from: the next tick to be simulated. */
  get nextTick(): number {
    const f = this.frame;
    if (f.ended) return this.horizon + 1;
    return f.pending ? f.position + 1 : f.position;
  }

  /**
   * A white-cell inject, applied at the next tick (`inject:white-cell#N`). `text` is YAML or JSON:
   * one effect or a list.
   */
  inject(text: string): { action: InjectAction; effects: readonly Effect[] } {
    const tick = this.nextTick;
    if (tick > this.horizon) throw new PlayInputError('the run is over: there is no next tick to inject into');
    const parsed = parseInject(text, this.baseModel);
    if (!parsed.ok) throw new PlayInputError(parsed.message);
    const b = this.branch;
    const action: InjectAction = { seq: b.nextSeq++, at: b.target, tick, effect: parsed.inject.written };
    this.parsedInjects.set(action, parsed.inject.effects);
    b.injects.push(action);
    this.cached = undefined;
    return { action, effects: parsed.inject.effects };
  }

  /** Changes a parameter from the next tick on; `text` is `name=value`. Returns the value it replaces. */
  set(text: string): { action: ChangeAction; previous: number } {
    const eq = text.indexOf('=');
    const name = eq < 0 ? text.trim() : text.slice(0, eq).trim();
    const valueText = eq < 0 ? '' : text.slice(eq + 1).trim();
    const params = this.setup.scenario.parameters;
    if (eq < 0 || name === '') throw new PlayInputError(`set expects name=value, e.g. set ${Object.keys(params)[0] ?? 'name'}=0.5`);
    if (!Object.hasOwn(params, name)) throw new PlayInputError(`unknown parameter "${name}"${unknownParameterHint(name, this.setup.scenario, this.setup.scenarioArg)}`);
    const parsed = parameterValue(this.setup.scenario, name, valueText);
    if (!parsed.ok) throw new PlayInputError(`set ${name}: ${parsed.message}`);
    const value = parsed.value;
    const tick = this.nextTick;
    if (tick > this.horizon) throw new PlayInputError('the run is over: there is no next tick for the change to apply to');
    const b = this.branch;
    const previous = resolveParameters(this.setup.scenario, this.worlds.overridesAt(sortedChanges(b.changes), tick))[name]!;
    const action: ChangeAction = { seq: b.nextSeq++, at: b.target, tick, name, value };
    b.changes.push(action);
    this.cached = undefined;
    return { action, previous };
  }

  /**
   * Takes back the branch's last action (answer, inject or change) and returns to where the
   * session stood when it was taken.
   */
  undo(): Action {
    const b = this.branch;
    const last = lastAction(b);
    if (last === undefined) throw new PlayInputError(`nothing to undo on branch ${b.name}`);
    if (last.type === 'decision') b.decisions = b.decisions.filter((d) => d !== last.action);
    else if (last.type === 'inject') b.injects = b.injects.filter((d) => d !== last.action);
    else b.changes = b.changes.filter((d) => d !== last.action);
    b.target = last.action.at;
    this.cached = undefined;
    return last;
  }

  /** Copies the current branch under a new name and continues on the copy; the original stays as it is. */
  fork(name: string): BranchData {
    if (!BRANCH_NAME.test(name)) throw new PlayInputError(`fork needs a branch name of letters, digits, _ . - (at most 64), got "${name}"`);
    if (this.branchMap.has(name)) throw new PlayInputError(`a branch named "${name}" already exists; switch ${name} to go there`);
    const f = this.frame;
    const where = f.pending ? `in tick ${f.position}` : f.position === 0 ? 'at the start' : `after tick ${f.position - 1}`;
    const copy = cloneBranch(this.branch, name, { branch: this.current, where });
    for (const inj of copy.injects) this.parseStoredInject(inj);
    this.branchMap.set(name, copy);
    this.current = name;
    this.cached = undefined;
    return copy;
  }

  /** Continues on another branch. */
  switchTo(name: string): BranchData {
    const b = this.branchMap.get(name);
    if (!b) throw new PlayInputError(`no branch named "${name}"; the branches are ${[...this.branchMap.keys()].join(', ')}`);
    this.current = name;
    this.cached = undefined;
    return b;
  }

  branches(): BranchSummary[] {
    return this.allBranches.map((b) => ({
      name: b.name, current: b.name === this.current, target: b.target,
      decisions: b.decisions.length, injects: b.injects.length, changes: b.changes.length, forkedFrom: b.forkedFrom,
    }));
  }

  /**
   * "What are the odds from here?": `runs` continuations of the current state, each with new luck
   * (`reseed(seed, k)`), next to `runs` runs of the scenario from tick 0. With a decision pending,
   * one column per option: the rest of the tick as it is, then new luck. A pure function of the
   * session and `runs`.
   */
  odds(runs: number = DEFAULT_ODDS_RUNS): OddsReport {
    if (!Number.isSafeInteger(runs) || runs < 1 || runs > MAX_ODDS_RUNS) throw new PlayInputError(`odds takes a number of runs from 1 to ${MAX_ODDS_RUNS.toLocaleString('en-US')}, got ${runs}`);
    const f = this.frame;
    if (f.ended) throw new PlayInputError('the run is over: its outcomes are as shown (undo or switch to ask the odds from an earlier point)');
    const report = computeOdds({
      worlds: this.worlds, identity: this.identity, course: this.course(), played: this.played, frame: f, runs,
      baseline: this.baselineOdds.get(runs),
    });
    this.baselineOdds.set(runs, report.baseline);
    return report;
  }

  /** The replay input of the current branch. */
  course(branch: BranchData = this.branch): Course {
    const answers = new Map<string, string>();
    for (const d of branch.decisions) answers.set(placeKey(d), d.option);
    const injects: Inject[] = [...branch.injects].sort((x, y) => x.seq - y.seq).map((i) => ({ tick: i.tick, effects: this.parsedInjects.get(i)! }));
    return { answers, injects, changes: sortedChanges(branch.changes) };
  }

  private rebuild(): Frame {
    const b = this.branch;
    const course = this.course(b);
    const r = replay(this.worlds, this.setup.engine, this.identity, course, this.played, b.target, 'stop');
    // A decision stops the advance: once answered, the rest of its tick runs, and no further.
    if (r.pending) b.target = r.pending.request.tick + 1;
    const state = r.sim.state;
    const tickNext = r.pending ? state.tick + 1 : state.nextTick;
    const params = resolveParameters(this.setup.scenario, this.worlds.overridesAt(course.changes, tickNext));
    return buildFrame(r.sim.model, state, this.setup.seed, r.pending ? { request: r.pending.request, occurrence: r.pending.occurrence } : undefined, params);
  }

  private parseStoredInject(inj: InjectAction): void {
    const parsed = validateInject(inj.effect, this.baseModel);
    if (!parsed.ok) throw new PlayInputError(`a saved inject (tick ${inj.tick}) no longer fits the scenario: ${parsed.message}`);
    this.parsedInjects.set(inj, parsed.inject.effects);
  }
}

function emptyBranch(name: string, forkedFrom: BranchData['forkedFrom']): BranchData {
  return { name, target: 0, forkedFrom, nextSeq: 0, decisions: [], injects: [], changes: [] };
}

function cloneBranch(b: BranchData, name: string, forkedFrom: BranchData['forkedFrom']): BranchData {
  return {
    name, target: b.target, forkedFrom, nextSeq: b.nextSeq,
    decisions: b.decisions.map((d) => ({ ...d })),
    injects: b.injects.map((i) => ({ ...i, effect: structuredClone(i.effect) })),
    changes: b.changes.map((c) => ({ ...c })),
  };
}

function sortedChanges(changes: readonly ChangeAction[]): ChangeAction[] {
  return [...changes].sort((x, y) => x.tick - y.tick || x.seq - y.seq);
}

function lastAction(b: BranchData): Action | undefined {
  let best: Action | undefined;
  const consider = (a: Action): void => { if (best === undefined || a.action.seq > best.action.seq) best = a; };
  for (const action of b.decisions) consider({ type: 'decision', action });
  for (const action of b.injects) consider({ type: 'inject', action });
  for (const action of b.changes) consider({ type: 'change', action });
  return best;
}

/** The option a person meant: a number from 1, or an option id (exact, else ignoring case). */
export function optionIndex(request: DecisionRequest, text: string): number | undefined {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= request.options.length ? n - 1 : undefined;
  }
  const exact = request.options.indexOf(text);
  if (exact >= 0) return exact;
  const lower = text.toLowerCase();
  const loose = request.options.findIndex((o) => o.toLowerCase() === lower);
  return loose >= 0 ? loose : undefined;
}

/** "1–3 or an option id (protest, strike_back, …)" */
export function optionHint(request: DecisionRequest): string {
  return `with a number 1–${request.options.length} or an option id (${request.options.join(', ')})`;
}
