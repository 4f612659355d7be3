import { createHash } from 'node:crypto';
import { PlayInputError } from '../play/input-error.js';
import type { OddsReport } from '../play/odds.js';
import type { OpenDecision } from '../play/replay.js';
import type { Session } from '../play/session.js';
import { sessionToText } from '../play/session-file.js';
import { describeAction } from '../play/repl.js';
import { tickLabel, whereLabel } from '../play/view.js';
import type { JoinCodes, Role } from './access.js';
import { ServeError } from './errors.js';
import type { OddsSource } from './odds-service.js';
import type { OddsRequest } from './odds-protocol.js';
import type { Team } from './teams.js';
import { teamOf } from './teams.js';

/** What a client asks the session to do. Every action names the state version it was made on. */
export type ActionRequest =
  | { readonly type: 'advance'; readonly ticks: number }
  /** An answer to one of the open round's decisions: `actor`'s (its decision `key`, `occurrence` when it has several open; else its first unanswered). */
  | { readonly type: 'answer'; readonly actor: string; readonly option: string; readonly key?: string | undefined; readonly occurrence?: number | undefined }
  | { readonly type: 'inject'; readonly effect: string }
  | { readonly type: 'set'; readonly name: string; readonly value: string }
  | { readonly type: 'undo' }
  | { readonly type: 'fork'; readonly name: string }
  | { readonly type: 'switch'; readonly name: string };

/** A moment of the session whose odds the after-action review shows: after which action, and where. */
export interface Milestone {
  readonly branch: string;
  /** The branch action it followed (-1: the start; advances carry the last action's seq). */
  readonly seq: number;
  readonly label: string;
  readonly where: string;
  readonly key: string;
}

/** What the server keeps besides the session file (never shared with `casus play`): teams, codes, odds. */
export interface SeminarSidecar {
  readonly format: 'casus-serve-seminar';
  readonly version: 1;
  readonly teams: readonly Team[];
  readonly codes: JoinCodes;
  readonly milestones: readonly Milestone[];
  readonly odds: Readonly<Record<string, OddsReport>>;
}

/** The files a seminar saves after every action. */
export interface SeminarStore {
  saveSession(text: string): void;
  saveSidecar(sidecar: SeminarSidecar): void;
}

export type OddsStatus =
  | { readonly state: 'ready'; readonly key: string; readonly report: OddsReport }
  | { readonly state: 'computing'; readonly key: string; readonly done: number; readonly total: number }
  | { readonly state: 'failed'; readonly key: string; readonly message: string }
  | { readonly state: 'none'; readonly key: string; readonly reason: string };

/**
 * Whose odds: `main` takes the pending decision each way (what `casus play` shows; the
 * facilitator's); a team with another open decision of the round sees that one taken each way; a
 * team with none open, and the wall, see one column from here, the open decisions left to the
 * model — so no odds but the facilitator's and the deciding team's own show a decision's options.
 */
export interface OddsPerspective {
  readonly id: string;
  readonly decision: OddsRequest['decision'];
  /** Answers of the open round the team may not know yet (other teams'), left to the model in its odds. */
  readonly withhold: NonNullable<OddsRequest['withhold']>;
}
export const MAIN_PERSPECTIVE: OddsPerspective = { id: 'main', decision: undefined, withhold: [] };

/**
 * A seminar: one `casus play` session shared by a facilitator, teams and a wall. Actions are
 * applied one at a time, in the order they reach the server, each only if it was made on the
 * current state version (else E_STALE: the client refreshes) — except an answer to a decision of
 * the open round made while only other answers to that round came in: those commute (the engine
 * applies a round's answers in its own order, whatever order they arrive in), so two teams
 * answering at once are both taken and the run does not depend on who was first. A team may
 * answer only its own actors' decisions. After every action the session file and the sidecar are
 * saved, listeners are told the new version, and the odds from the new state are asked of the odds
 * worker for every perspective a page shows (cached by the content of the state, so an undo back
 * to a known state shows its odds at once).
 */
export class Seminar {
  private readonly listeners = new Set<(version: string) => void>();
  private readonly oddsCache = new Map<string, OddsReport>();
  private readonly oddsFailed = new Map<string, string>();
  /** States whose odds are being computed, with the runs done and to do. */
  private readonly computing = new Map<string, { done: number; total: number }>();
  private lastProgressNote = 0;
  private milestones: Milestone[];
  private chain: Promise<unknown> = Promise.resolve();
  private currentVersion: string;
  /** Versions of the session since the open round opened, between which only answers to it were given. */
  private roundVersions = new Set<string>();
  private closed = false;

  constructor(
    private session: Session,
    readonly teams: readonly Team[],
    readonly codes: JoinCodes,
    private readonly store: SeminarStore,
    private readonly odds: OddsSource,
    readonly oddsRuns: number,
    saved?: Pick<SeminarSidecar, 'milestones' | 'odds'>,
    private readonly clock: () => number = () => 0,
  ) {
    for (const [k, r] of Object.entries(saved?.odds ?? {})) this.oddsCache.set(k, r);
    this.milestones = [...(saved?.milestones ?? [])];
    this.currentVersion = this.computeVersion();
    this.roundVersions.add(this.currentVersion);
    if (!this.milestones.some((m) => m.key === this.stateKey())) this.milestones.push(this.milestone('the start'));
    this.save();
    this.ensureOdds();
  }

  /** The session as it stands (read only: act through {@link act}). */
  get current(): Session {
    return this.session;
  }

  /** The state version: a hash of the session file's text (so it survives a restart). */
  get version(): string {
    return this.currentVersion;
  }

  /** Called with the new version after every change of state or of the odds. Returns an unsubscribe function. */
  subscribe(listener: (version: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies an action made by `role` on state `version`. Queued behind any action in progress, so
   * two submissions at once are applied one after the other and the second, made on a state that
   * no longer exists, is refused with E_STALE rather than overwriting the first.
   */
  act(role: Role, version: string, action: ActionRequest): Promise<{ version: string; message: string }> {
    const run = this.chain.then(() => this.apply(role, version, action));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private apply(role: Role, version: string, action: ActionRequest): { version: string; message: string } {
    if (this.closed) throw new ServeError('E_REFUSED', 'the server is shutting down');
    // Who may do what is checked first: a forbidden action is refused whatever state it was made on.
    if (role.kind === 'wall') throw new ServeError('E_FORBIDDEN', 'the wall display only shows the session; it cannot act');
    if (role.kind === 'team') {
      if (action.type !== 'answer') throw new ServeError('E_FORBIDDEN', `a team can only answer its own actors' decisions; ${action.type} is for the facilitator`);
      const team = this.teams.find((t) => t.name === role.team)!;
      if (!team.actors.includes(action.actor)) {
        const owner = teamOf(this.teams, action.actor)?.name;
        throw new ServeError('E_FORBIDDEN', `team ${team.name} plays ${team.actors.join(', ')}; ${action.actor} ${owner ? `is team ${owner}'s` : 'is played by no team'}`);
      }
    }
    const commutes = action.type === 'answer' && this.roundVersions.has(version);
    if (version !== this.currentVersion && !commutes) {
      throw new ServeError('E_STALE', 'the session has moved on since this page was drawn: refresh and try again', { version: this.currentVersion });
    }
    const s = this.session;
    const roundBefore = this.roundId();
    let message: string;
    try {
      switch (action.type) {
        case 'answer': {
          const { decision, request } = s.answerOpen({ actor: action.actor, key: action.key, occurrence: action.occurrence }, action.option);
          const waits = s.open.some((d) => d.request.tick === request.tick && d.request.round === request.round && d.answer === undefined);
          message = `${decision.actor} chose ${decision.option} (${decision.key})${waits ? '; it takes effect with the round\'s other decisions, once they are in' : ''}`;
          break;
        }
        case 'advance': {
          const before = s.frame.position;
          s.advance(action.ticks);
          const f = s.frame;
          const deciding = this.teams.filter((t) => s.open.some((d) => d.answer === undefined && t.actors.includes(d.request.actor))).map((t) => t.name);
          message = f.pending ? `advanced to ${tickLabel(s, f.position)}: ${s.open.length} decision${s.open.length === 1 ? '' : 's'} open (${deciding.join(', ')})` : `advanced ${Math.max(0, f.position - before)} tick(s)`;
          break;
        }
        case 'inject': {
          const { action: a } = s.inject(action.effect);
          message = `white-cell inject at ${tickLabel(s, a.tick)}`;
          break;
        }
        case 'set': {
          const { action: a, previous } = s.set(`${action.name}=${action.value}`);
          message = `${a.name} = ${a.value} (was ${previous}) from ${tickLabel(s, a.tick)}`;
          break;
        }
        case 'undo': message = `undid ${describeAction(s, s.undo())}`; break;
        case 'fork': s.fork(action.name); message = `forked branch ${action.name}`; break;
        case 'switch': s.switchTo(action.name); message = `switched to branch ${action.name}`; break;
      }
      void s.frame;
    } catch (error) {
      if (error instanceof PlayInputError) throw new ServeError('E_REFUSED', error.message);
      throw error;
    }
    this.currentVersion = this.computeVersion();
    if (action.type === 'answer' && this.roundId() === roundBefore) this.roundVersions.add(this.currentVersion);
    else this.roundVersions = new Set([this.currentVersion]);
    if (!this.milestones.some((m) => m.key === this.stateKey() && m.branch === s.branchName)) this.milestones.push(this.milestone(message));
    this.save();
    this.ensureOdds();
    this.notify();
    return { version: this.currentVersion, message };
  }

  /** Which round the session waits on (branch, tick, round), or '' when none. */
  private roundId(): string {
    const first = this.session.open[0];
    return first === undefined ? '' : `${this.session.branchName}\u0000${first.request.tick}\u0000${first.request.round}`;
  }

  /**
   * Whose odds a role sees (see {@link OddsPerspective}). The facilitator's take the pending
   * decision each way, as `casus play` does. The wall shows no one's open decisions or choices: with
   * a round open, its odds are one column from here, every open decision left to the doctrine and
   * every answer given to the round (not in effect yet) withheld — so its numbers do not move when a
   * team answers, and no option of any team's decision is on the projector.
   */
  perspective(role: Role): OddsPerspective {
    if (role.kind === 'facilitator') return MAIN_PERSPECTIVE;
    const s = this.session;
    const pending = s.frame.pending;
    if (pending === undefined) return MAIN_PERSPECTIVE;
    const place = (d: OpenDecision) => ({ actor: d.request.actor, key: d.request.key, occurrence: d.occurrence });
    const name = (d: OpenDecision) => `${d.request.actor}/${d.request.key}/${d.occurrence}`;
    if (role.kind === 'wall') {
      const given = s.open.filter((d) => d.answer !== undefined);
      return { id: `none|${given.map(name).join(',')}`, decision: null, withhold: given.map(place) };
    }
    const team = this.teams.find((t) => t.name === role.team);
    const ours = (actor: string): boolean => team !== undefined && team.actors.includes(actor);
    // Another team's answer takes effect only with the rest of the round: until then it is not known.
    const others = s.open.filter((d) => d.answer !== undefined && !ours(d.request.actor));
    const withhold = others.map(place);
    const hidden = others.map(name).join(',');
    const mine = s.open.find((d) => d.answer === undefined && ours(d.request.actor));
    if (mine === undefined) return { id: `none|${hidden}`, decision: null, withhold };
    const isPending = mine.request.actor === pending.request.actor && mine.request.key === pending.request.key && mine.occurrence === pending.occurrence;
    if (isPending && withhold.length === 0) return MAIN_PERSPECTIVE;
    return { id: `${name(mine)}|${hidden}`, decision: place(mine), withhold };
  }

  /** The key of the current state for the odds: what people did on this branch and where it stands, nothing else. */
  stateKey(): string {
    const s = this.session;
    const b = s.branch;
    const f = s.frame;
    const content = {
      decisions: b.decisions.map((d) => [d.tick, d.actor, d.key, d.occurrence, d.option]).sort((x, y) => String(x).localeCompare(String(y))),
      injects: [...b.injects].sort((x, y) => x.seq - y.seq).map((i) => [i.tick, i.effect]),
      changes: [...b.changes].sort((x, y) => x.tick - y.tick || x.seq - y.seq).map((c) => [c.tick, c.name, c.value]),
      position: f.position,
      pending: f.pending ? [f.pending.request.tick, f.pending.request.actor, f.pending.request.key, f.pending.occurrence] : null,
      runs: this.oddsRuns,
    };
    return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 20);
  }

  private oddsKey(p: OddsPerspective): string {
    return p.id === MAIN_PERSPECTIVE.id ? this.stateKey() : `${this.stateKey()}\u0000${p.id}`;
  }

  /** The odds from the current state for a perspective: ready, being computed, failed, or not applicable (the run is over). */
  oddsStatus(p: OddsPerspective = MAIN_PERSPECTIVE): OddsStatus {
    const key = this.oddsKey(p);
    const ready = this.oddsCache.get(key);
    if (ready) return { state: 'ready', key, report: ready };
    if (this.session.frame.ended) return { state: 'none', key, reason: 'the run is over: its outcomes are as shown' };
    const failed = this.oddsFailed.get(key);
    if (failed !== undefined) return { state: 'failed', key, message: failed };
    const progress = this.computing.get(key) ?? { done: 0, total: 0 };
    return { state: 'computing', key, ...progress };
  }

  /** The review's moments on the current branch, in order, with their odds where computed. */
  reviewMoments(): { milestone: Milestone; odds: OddsReport | undefined }[] {
    const b = this.session.branch;
    const alive = new Set([...b.decisions, ...b.injects, ...b.changes].map((a) => a.seq));
    return this.milestones
      .filter((m) => (m.branch === b.name || m.seq < 0) && (m.seq < 0 || alive.has(m.seq)))
      .map((milestone) => ({ milestone, odds: this.oddsCache.get(milestone.key) }));
  }

  /** Stops accepting actions; odds in flight are dropped. */
  close(): void {
    this.closed = true;
    this.listeners.clear();
  }

  private milestone(label: string): Milestone {
    const s = this.session;
    const b = s.branch;
    const seqs = [...b.decisions, ...b.injects, ...b.changes].map((a) => a.seq);
    return { branch: b.name, seq: seqs.length === 0 ? -1 : Math.max(...seqs), label, where: whereLabel(s, s.frame), key: this.stateKey() };
  }

  /** Asks the odds of the current state for the facilitator, then for the wall and each team whose view differs. */
  private ensureOdds(): void {
    const seen = new Set<string>();
    for (const p of [MAIN_PERSPECTIVE, this.perspective({ kind: 'wall' }), ...this.teams.map((t) => this.perspective({ kind: 'team', team: t.name }))]) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      this.ensureOddsFor(p);
    }
  }

  private ensureOddsFor(p: OddsPerspective): void {
    const key = this.oddsKey(p);
    if (this.oddsCache.has(key) || this.computing.has(key) || this.oddsFailed.has(key) || this.session.frame.ended) return;
    this.computing.set(key, { done: 0, total: 0 });
    const text = sessionToText(this.session);
    const onProgress = (done: number, total: number): void => {
      this.computing.set(key, { done, total });
      // Progress is for display: tell the pages at most four times a second.
      const now = this.clock();
      if (this.closed || now - this.lastProgressNote < 250) return;
      this.lastProgressNote = now;
      this.notify();
    };
    this.odds.compute(text, this.oddsRuns, onProgress, p.decision, p.withhold).then(
      (report) => {
        this.oddsCache.set(key, report);
        this.computing.delete(key);
        if (this.closed) return;
        this.save();
        this.notify();
      },
      (error: Error) => {
        this.computing.delete(key);
        if (this.closed) return;
        this.oddsFailed.set(key, error.message);
        this.notify();
      },
    );
  }

  private computeVersion(): string {
    return createHash('sha256').update(sessionToText(this.session)).digest('hex').slice(0, 16);
  }

  private save(): void {
    this.store.saveSession(sessionToText(this.session));
    const keys = new Set(this.milestones.map((m) => m.key));
    const odds: Record<string, OddsReport> = {};
    for (const [k, r] of this.oddsCache) if (keys.has(k)) odds[k] = r;
    this.store.saveSidecar({ format: 'casus-serve-seminar', version: 1, teams: this.teams, codes: this.codes, milestones: this.milestones, odds });
  }

  private notify(): void {
    for (const l of this.listeners) l(this.currentVersion);
  }
}
