import type { Model, VoteRuleInfo } from '../model/model.js';
import type { MachineHost } from '../machines/host.js';
import type { MachineKind } from '../machines/definitions.js';
import { TABLES } from '../machines/host.js';
import type { Effect } from '../schema/effect.js';
import { Streams } from '../rng/streams.js';
import { runKeyBits } from '../rng/hash.js';
import { unitFloat } from '../rng/xor128.js';
import { EventQueue, type Queued } from './queue.js';
import type { SimEvent } from './event.js';
import type { Decider } from './decision.js';
import { dueWords, triggerClock, type TriggerClock } from './trigger-clock.js';
import { Episodes } from './episodes.js';
import { inSpells, partyOn } from '../model/parties.js';
import { carveBlock } from './start-block.js';

/** A scenario compiled to code: replaces the interpreted start of a tick (see compiler/). */
export interface TickProgram {
  beginTick(s: RunState, t: number): void;
  /**
   * The rest of the run, to the horizon: `Simulator.step` tick after tick, the start of each tick
   * inline (compiler/tick-program.ts `runSource`); `settle` drains a tick (run/simulator.ts).
   */
  runTicks(s: RunState, settle: (s: RunState) => void, beginTick: (s: RunState, t: number) => void): void;
  /** What follows recording an event: counters, outcomes, listeners (compiler/record-program.ts). */
  recorded(s: RunState, ev: SimEvent): void;
  /** The scenario's own effects, specialised (compiler/effect-program.ts); others are interpreted. */
  /**
   * By position (compiler/effect-program.ts `compileEffects`): every trigger's, doctrine option's
   * and situation inject's effects in one list, so a queued item finds its function by index
   * (`PendingEffect.compiled`) rather than by a look-up of the effect object.
   */
  readonly effects: {
    readonly effects: readonly Effect[];
    readonly fns: readonly (((s: RunState, self: number, actor: number, target: number, cause: string, parent: number) => void) | undefined)[];
    readonly triggerBase: Int32Array;
    readonly optionBase: readonly Int32Array[];
    /** Per situation id, the base of each of its injects. */
    readonly injectBase: ReadonlyMap<string, Int32Array>;
  };
  /** The doctrine options' raw weights, generated (compiler/doctrine-program.ts). */
  readonly optionWeights: ((s: RunState, point: number, actor: number, target: number, w: Float64Array) => void) | undefined;
}

/** An effect waiting in the queue, with the role bindings and cause it was emitted with (reused once applied: see run/effects.ts `queueItem`). */
export interface PendingEffect extends Queued {
  effect: Effect | undefined;
  /** Internal items: an obligation's response falling due. */
  respond: number;
  self: number;
  actor: number;
  target: number;
  cause: string;
  parent: number;
  /** The day the effect is dated (it may fall inside its tick: a dated inject). */
  day: number;
  /** Internal: the war episode a response was made in (-1: none). */
  episode: number;
  /** The effect's place in the compiled program's list (`TickProgram.effects`), or -1. */
  compiled: number;
  /**
   * The whole list when `effect` is the first of several emitted together (a trigger's, an
   * option's): the rest are applied right after it by settle, at the serials that follow this
   * item's (see run/effects.ts `emit`); undefined for an item of one effect.
   */
  more: readonly Effect[] | undefined;
}

/** A decision collected during a tick and resolved with the others of its round. */
/** A casus put up for judgment: a pending decision, or (RunState `deferred`) one waiting for its duty to be free. */
export type PendingJudgment = Extract<PendingDecision, { readonly type: 'judge' }>;
/** An occasion of a decision point of the doctrine. */
export type DoctrineDecision = Extract<PendingDecision, { readonly type: 'doctrine' }>;

export type PendingDecision =
  | { readonly type: 'doctrine'; readonly point: number; readonly actor: number; readonly target: number; readonly parent: number }
  | { readonly type: 'judge'; readonly obligation: number; readonly met: boolean; readonly enemy: number; readonly beneficiary: number; readonly rungBefore: number; readonly episode: number; readonly parent: number }
  | { readonly type: 'respond'; readonly obligation: number; readonly parent: number }
  | { readonly type: 'withdraw'; readonly draft: number; readonly parent: number }
  | { readonly type: 'vote'; readonly draft: number; readonly parent: number };

/** A Council draft's particulars (its lifecycle state lives in the machine host). */
export interface DraftRecord {
  kind: string;
  target: number;
  regime: number;
  sponsor: number;
  pairA: number;
  pairB: number;
  withdrawal: number;
  /** Ceasefire drafts: chance the parties obey it once adopted (1: always, no draw). */
  compliance: number;
  tick: number;
  vetoedBy: number[];
  cause: string;
  /** Ceasefire drafts: the named pair only, or its whole war episode. */
  scope: 'dyad' | 'episode';
  /** What the sponsor seeks: resolution, presidential_statement or press_statement. */
  product: string;
  /** Weaker products still to seek, in order, if this one is withdrawn, shelved or blocked. */
  fallback: readonly string[];
  /** Chance the sponsor puts a resolution it expects to be vetoed to a vote (-1: the Council's default). */
  forceVote: number;
  /**
   * (1.6) The members bound to abstain as parties to the dispute (Charter Art. 27(3), proviso): the
   * draft's `dispute` when it is declared `under` Chapter VI or Art. 52(3) and the rule applies the
   * proviso; empty otherwise (and in drafts restored from an older snapshot).
   */
  recused?: readonly number[];
}

/** `partyLeave` with no notice given (the engine's far-future day). */
export const NO_NOTICE = 2 ** 31 - 1;

/**
 * The mutable state of one run: typed arrays indexed like the model, the machine instances (in a
 * host), the random streams, the queue and the event list. One RunState is reused for every run of
 * a batch; `reset` re-initialises it without reallocating the arrays.
 */
export class RunState {
  tick = 0;
  /** The tick `step` simulates next. */
  nextTick = 0;
  day = 0;
  masterSeed = 0;
  runIndex = 0;
  readonly rung: Int8Array;
  readonly initiator: Int16Array;
  /** Tick at which each relation next steps down a rung by its hazard (-1: never). */
  readonly deescalateAt: Int32Array;
  /**
   * Bit `p mod 32` of word `⌊p / 32⌋` set when relation p may have a de-escalation pending
   * (`deescalateAt[p] >= 0`): the scan for due ones visits these relations only, in the same order,
   * instead of all of them (korea-2024 has 351, of which a handful above the crisis rung). Set by
   * every write of a wait; a set bit is a hint (the scan reads `deescalateAt` and clears it when -1).
   */
  readonly deescalating: Int32Array;
  /** How many times each relation has arrived at a rung this run (keys the de-escalation draws). */
  readonly rungArrivals: Int32Array;
  /** The earliest tick any relation is due to de-escalate (a lower bound; see run/tick). */
  nextDeescalation = 0;
  /**
   * The effect a relation's de-escalation by its hazard queues, one per relation, made once: it
   * depends on the relation alone, and a queued effect is only read (run/tick `deescalationHazards`).
   */
  readonly deescalations: readonly Effect[];
  /** Highest rung each actor has reached in the run so far. */
  readonly peak: Int8Array;
  /** Each relation's rung at the start of the run, and the highest it has reached since. */
  readonly pairStart: Int8Array;
  readonly pairPeak: Int8Array;
  /**
   * `pairStart` and `pairPeak` four relations to a word: a relation's peak only rises, so equal
   * words are four relations that never rose (batch/aggregates.ts skips them together).
   */
  readonly pairStartWords: Int32Array;
  readonly pairPeakWords: Int32Array;
  /**
   * The bytes of every array a reset sets to the run's start (rungs, relations, variables, the
   * obligations', requests', regimes', triggers' and outcomes' arrays, the machines' start states):
   * one buffer they are all views of, so a reset copies one image (run/start-block.ts).
   */
  readonly startBlock: Uint8Array;
  /** Start states of the machines, reused by every reset. */
  readonly starts: { relation: Int8Array; obligation: Int8Array; draft: Int8Array; regime: Int8Array; trigger: Int8Array };
  readonly vars: Float64Array;
  readonly baseline: Float64Array;
  readonly obligationLevel: Int8Array;
  /** Current casus of each obligation: enemy × nActors + beneficiary, or -1. */
  readonly obligationCasus: Int32Array;
  /** The war episode of each obligation's current casus (-1: none, e.g. a threat). */
  readonly obligationEpisodeId: Int32Array;
  /** 1 when the obligation's current invocation is a pretext (an unmet casus claimed). */
  readonly obligationPretext: Uint8Array;
  /** The last episode for which a not-in-force fate was recorded (one record per episode). */
  readonly obligationNotInForce: Int32Array;
  /** War episodes of the run: who began each, and the sides. */
  readonly episodes: Episodes;
  /** The open episode each pair of actors is fighting in (-1: none). */
  readonly pairEpisode: Int32Array;
  /** How many times each relation has come down from above the crisis rung to it or below this run. */
  readonly pairDescents: Int32Array;
  /**
   * For a casus judged outside any episode (a threat, a signal): the relation's `pairDescents` at
   * the judgment if it then stood above the crisis rung, else -1 (run/obligations.ts `free`).
   */
  readonly obligationAboveCrisis: Int32Array;
  /**
   * The obligation whose honoured response made this pair's fighting (a co-belligerent), −2 − the
   * aider for a fight made in aid of a state at war (`inAidOf`, run/attribution.ts), or -1: the
   * pair's own fight.
   */
  readonly pairJoinedBy: Int32Array;
  /** Pairs that have just left an episode, as (pair, episode, parent event) triples, for settle. */
  readonly leaving: number[] = [];
  /** The day of the effect being applied (events are dated with it). */
  curDay = 0;
  readonly obligationCasusEvent: Int32Array;
  /** Further attackers joined to an obligation's pending casus (a coalition), obligation × actor. */
  readonly obligationCoEnemies: Uint8Array;
  /**
   * The casus each obligation has judged (or joined as a coalition) in war episodes, obligation ×
   * JUDGED_SLOTS entries of episode × nActors² + casus key, oldest first; those of episodes that have
   * ended are dropped as entries are added (run/obligations.ts `free`: one judgment per casus and episode).
   */
  readonly obligationJudged: Float64Array;
  /** How many entries of `obligationJudged` each obligation holds. */
  readonly obligationJudgedCount: Uint8Array;
  /**
   * Per actor, the act outside any war episode its latest request for help answered (−2 − the act's
   * event seq; −1 for none). Requests within an episode are kept with the episode (run/request.ts).
   */
  readonly requestOccasion: Int32Array;
  /** Per actor, the number and a person's answer for the act in `requestOccasion` (kept apart from a war's request of the same tick). */
  readonly requestActDraw: Float64Array;
  readonly requestActAnswer: Int8Array;
  /** Per actor, the tick its latest request in a war episode was made (−1: none): casus judged in that tick share it. */
  readonly requestTick: Int32Array;
  /** Per actor, the number its latest request drew from its `request:ACTOR` stream. */
  readonly requestDraw: Float64Array;
  /** Per actor, a person's answer to its latest request: 0 asked, 1 did not ask, −1 the model's number. */
  readonly requestAnswer: Int8Array;
  readonly regimeMonitoredUntil: Int32Array;
  readonly regimeMonitored: Uint8Array;
  readonly regimeMember: Uint8Array;
  readonly triggerFires: Int32Array;
  readonly triggerCoolUntil: Int32Array;
  readonly triggerLast: Uint8Array;
  /** Per-run key of each trigger's numbers (see run/trigger-clock). */
  readonly triggerKey: Int32Array;
  /** Each stochastic trigger's next candidate tick. */
  readonly triggerNext: Int32Array;
  /** Index of each trigger's next candidate. */
  readonly triggerCandidate: Int32Array;
  /** The calendar of candidate ticks, `dueWords` words a tick (run/trigger-clock `markDue`). */
  readonly triggerDue: Int32Array;
  readonly dueWords: number;
  /** The model's per-trigger candidate probabilities. */
  readonly clock: TriggerClock;
  /** The scenario's start-of-tick compiled to code (batch engine), or undefined: the rules interpreted. */
  program: TickProgram | undefined;
  readonly pactLapsed: Uint8Array;
  /**
   * (1.6) Per pact × actor (`pact * actors + actor`): the day a notice of denunciation given in the
   * run takes effect, the party's first day out (2^31 − 1: no notice). See run/denunciation.ts.
   */
  readonly partyLeave: Int32Array;
  /** Per pact × actor: 1 once that notice has taken effect (recorded, or overtaken by written dates); 2 for the other party of a pact the notice terminates. */
  readonly partyLeft: Uint8Array;
  /** (1.12) The last tick each actor threatened each other (actor × nActors + target; -1: never), recorded only for models with `menaceSupport`. */
  readonly threatTick: Int32Array;
  /**
   * Per pact: the day it ends — its written `lapsed` day (2^31 − 1: none), or the earlier day a
   * denunciation left it with fewer than two parties. `pactInForce` reads it in place of the model's
   * `lapsedDay`, so the check costs what it did before denunciation existed.
   */
  readonly pactEnd: Int32Array;
  /**
   * 1 once a notice of denunciation has been given in the run (run/denunciation.ts): until then the
   * membership questions below skip the three arrays (nearly every run of nearly every scenario).
   */
  noticeGiven = 0;
  readonly counters: Int32Array;
  /** (1.10) Per `ticks` metric (Model.tickMetrics), the ticks at whose end its condition held. */
  readonly metricTicks: Int32Array;
  readonly outcomeTick: Int32Array;
  readonly outcomeEvent: Int32Array;
  readonly drafts: DraftRecord[] = [];
  /**
   * The Council's members seated on day `seatedDay` (run/council `seatedMembers`): a function of
   * the day alone, so kept from run to run. Never mutated: a new day gets a new list, since
   * rounds of votes keep the list they were given.
   */
  seated: readonly number[] = [];
  seatedDay = Number.NaN;
  /** The members seated on each day met so far, one list per distinct set of members (run/council). */
  readonly seatedByDay = new Map<number, readonly number[]>();
  readonly seatings = new Map<string, readonly number[]>();
  /** The text of votes already recorded, per list of members, by the votes' code (run/council `votesText`). */
  readonly voteTexts = new Map<readonly number[], Map<number, string>>();
  /** Per draft kind and product, each actor's vote rules that can apply (run/council `rulesFor`). */
  readonly voteRules = new Map<string, Map<string, readonly (readonly VoteRuleInfo[])[]>>();
  /** Per draft index, the draft object whose rules `draftRules` holds (run/council `matchingRule`). */
  readonly draftRulesOf: (DraftRecord | undefined)[] = [];
  readonly draftRules: (readonly (readonly VoteRuleInfo[])[] | undefined)[] = [];
  readonly events: SimEvent[] = [];
  /** Event objects reused across runs (see run/record.ts `recordEvent`): slot i serves event i. */
  readonly eventPool: SimEvent[] = [];
  readonly queue = new EventQueue<PendingEffect>();
  decisions: PendingDecision[] = [];
  /** The round of decisions being taken in this tick (see DecisionRequest.round); 0 before the first. */
  decisionRound = 0;
  /** The other list of decisions: settle swaps the two lists round by round (no new array a round). */
  decisionSpare: PendingDecision[] = [];
  /**
   * (Engine 0.17.0) Occasions of a decision point heard while the round being collected already
   * holds one of the same point: each waits for the next round, where its `when` is read again
   * (run/doctrine.ts `hear`, `hearAgain`). Empty at the end of every tick, not always inside a
   * round, where branching saves a run (run/snapshot.ts keeps them).
   */
  readonly heardAgain: DoctrineDecision[] = [];
  /**
   * Casus that met a duty busy with a casus on another protected party (judged, or invoked and
   * waiting for its response), in the order they came: each is put up for judgment once the duty
   * is free again (run/obligations.ts `deferCasus`, `releaseDeferred`).
   */
  readonly deferred: PendingJudgment[] = [];
  /**
   * (1.12) Attacks that meet a clause written `supportedBy` but for the support, or (1.13) one
   * written `awaitWhen` but for its condition, waiting in their war for what they lack
   * (run/obligations.ts `awaitCasus`, `releaseAwaited`). The name, kept from 1.12, is also the
   * snapshot's field.
   */
  readonly awaitingSupport: PendingJudgment[] = [];
  /**
   * (1.13) Some attack of `awaitingSupport` waits for its clause's condition (`casus.when`), which
   * can come to hold with nothing queued (a date, a drift, a de-escalation): the tick is then
   * settled even when quiet, so the attack is judged on the day it holds.
   */
  awaitingWhen = false;
  readonly streams: Streams;
  /** The choices of a round when no round hook watches (run/simulator.ts `resolve`): reused. */
  readonly choiceScratch: unknown[] = [];
  /**
   * Breaches chosen at an act not yet known to go ahead, four numbers each (duty, by, against,
   * parent): recorded once every duty the act meets is passed, dropped when one holds it back
   * (run/duties.ts `checkDuties`). Empty between acts, so never part of a snapshot.
   */
  readonly pendingBreaches: number[] = [];
  eventsThisTick = 0;
  /**
   * A lean run (a plain batch's, see `RunOptions.lean`): an event that nothing takes notice of where
   * it is recorded is counted, not recorded (run/record.ts `countUnrecorded`).
   */
  lean = false;
  /** Events of this run counted but not recorded (lean runs). */
  unrecorded = 0;
  /** Reused buffer for option weights. */
  weightScratch = new Float64Array(8);
  /** Draws made, as (source index, value) pairs, when `recordDraws` is on. */
  drawLog: number[] | undefined;
  /** Which settle of the tick is under way: 1 after the tick's start, 2 after de-escalation (see Simulator.step). */
  phase = 0;
  /** Batch-internal: sees every round of decisions before it is applied (Simulator's RoundHook). */
  roundHook: ((round: readonly PendingDecision[], choices: unknown[]) => void) | undefined;

  decider: Decider | undefined;
  situation: string | undefined;
  /** The ticks at which the last situation met has injects, marked (run/tick.ts `queueInjects`). */
  injectTicks: { readonly situation: string; readonly at: Uint8Array } | undefined = undefined;
  /** Hand-made injects of this run (a seminar's white cell). */
  injects: readonly { readonly tick: number; readonly effects: readonly Effect[] }[] = [];
  status: 'running' | 'done' | 'error' = 'running';
  error: string | undefined;

  constructor(readonly model: Model, readonly host: MachineHost, readonly maxEventsPerTick = 10_000) {
    const nP = model.pairA.length;
    const nA = model.actors.length;
    const nO = model.obligations.length;
    const nR = model.regimes.length;
    const nT = model.triggers.length;
    // Everything a reset sets to the run's start, in one block (run/start-block.ts).
    const { arrays: a, block } = carveBlock((c) => ({
      rung: c.int8(nP), pairStart: c.int8(nP), pairPeak: c.int8(nP), peak: c.int8(nA), initiator: c.int16(nP),
      deescalateAt: c.int32(nP), deescalating: c.int32(Math.ceil(nP / 32)), rungArrivals: c.int32(nP),
      relation: c.int8(nP), obligation: c.int8(nO), regime: c.int8(nR), trigger: c.int8(nT),
      vars: c.float64(model.variables.length), baseline: c.float64(model.variables.length),
      obligationLevel: c.int8(nO), obligationCasus: c.int32(nO), obligationEpisodeId: c.int32(nO), obligationPretext: c.uint8(nO),
      obligationNotInForce: c.int32(nO), obligationCasusEvent: c.int32(nO), obligationCoEnemies: c.uint8(nO * nA), obligationJudgedCount: c.uint8(nO),
      requestOccasion: c.int32(nA), requestTick: c.int32(nA), requestActAnswer: c.int8(nA), requestAnswer: c.int8(nA),
      regimeMonitoredUntil: c.int32(nR), regimeMonitored: c.uint8(nR), regimeMember: c.uint8(nR * nA),
      triggerFires: c.int32(nT), triggerCoolUntil: c.int32(nT),
      pactLapsed: c.uint8(model.pacts.length), counters: c.int32(model.counters.length), metricTicks: c.int32(model.tickMetrics.length),
      outcomeTick: c.int32(model.outcomes.length), outcomeEvent: c.int32(model.outcomes.length),
      pairEpisode: c.int32(nP), pairDescents: c.int32(nP), pairJoinedBy: c.int32(nP),
    }));
    this.startBlock = block;
    this.rung = a.rung;
    this.initiator = a.initiator;
    this.deescalateAt = a.deescalateAt;
    this.deescalating = a.deescalating;
    this.rungArrivals = a.rungArrivals;
    this.peak = a.peak;
    this.pairStart = a.pairStart;
    this.pairPeak = a.pairPeak;
    // Carved in whole 8-byte units, so the words cover every relation (and padding, 0 in both).
    this.pairStartWords = new Int32Array(block.buffer, a.pairStart.byteOffset, Math.ceil(nP / 4));
    this.pairPeakWords = new Int32Array(block.buffer, a.pairPeak.byteOffset, Math.ceil(nP / 4));
    this.starts = { relation: a.relation, obligation: a.obligation, draft: new Int8Array(0), regime: a.regime, trigger: a.trigger };
    this.vars = a.vars;
    this.baseline = a.baseline;
    this.obligationLevel = a.obligationLevel;
    this.obligationCasus = a.obligationCasus;
    this.obligationEpisodeId = a.obligationEpisodeId;
    this.obligationPretext = a.obligationPretext;
    this.obligationNotInForce = a.obligationNotInForce;
    this.episodes = new Episodes(nA);
    this.pairEpisode = a.pairEpisode;
    this.pairDescents = a.pairDescents;
    this.obligationAboveCrisis = new Int32Array(nO);
    this.pairJoinedBy = a.pairJoinedBy;
    this.obligationCasusEvent = a.obligationCasusEvent;
    this.obligationCoEnemies = a.obligationCoEnemies;
    this.obligationJudged = new Float64Array(nO * JUDGED_SLOTS);
    this.obligationJudgedCount = a.obligationJudgedCount;
    this.requestOccasion = a.requestOccasion;
    this.requestDraw = new Float64Array(nA);
    this.requestTick = a.requestTick;
    this.requestActDraw = new Float64Array(nA);
    this.requestActAnswer = a.requestActAnswer;
    this.requestAnswer = a.requestAnswer;
    this.regimeMonitoredUntil = a.regimeMonitoredUntil;
    this.regimeMonitored = a.regimeMonitored;
    this.regimeMember = a.regimeMember;
    this.triggerFires = a.triggerFires;
    this.triggerCoolUntil = a.triggerCoolUntil;
    this.deescalations = Array.from(model.pairA, (a, p) => ({ deescalate: { between: [model.actors[a]!.id, model.actors[model.pairB[p]!]!.id] } }));
    this.triggerLast = new Uint8Array(nT);
    this.triggerKey = new Int32Array(nT);
    this.triggerNext = new Int32Array(nT);
    this.triggerCandidate = new Int32Array(nT);
    this.dueWords = dueWords(nT);
    // Ticks 0 … horizon + 1: a candidate every tick marks the tick after the one it is at.
    this.triggerDue = new Int32Array((model.clock.horizon + 2) * this.dueWords);
    this.clock = triggerClock(model);
    this.pactLapsed = a.pactLapsed;
    this.counters = a.counters;
    this.metricTicks = a.metricTicks;
    this.outcomeTick = a.outcomeTick;
    this.outcomeEvent = a.outcomeEvent;
    this.streams = new Streams(model.sources);
    this.machine = {
      relation: new Int8Array(nP), obligation: new Int8Array(nO), draft: new Int8Array(16), regime: new Int8Array(nR), trigger: new Int8Array(nT),
    };
    // Notices of denunciation (1.6, run/denunciation.ts): none given, every pact ending on its own
    // date; `clearLists` resets them for every run.
    this.partyLeave = new Int32Array(model.pacts.length * model.actors.length).fill(NO_NOTICE);
    this.partyLeft = new Uint8Array(model.pacts.length * model.actors.length);
    this.threatTick = new Int32Array(model.menaceSupport ? model.actors.length * model.actors.length : 0).fill(-1);
    this.pactEnd = Int32Array.from(model.pacts, (pact) => pact.lapsedDay);
  }

  /**
   * Every machine instance's current state, mirrored from the host's answers. The host (xstate or
   * the compiled table) decides every transition; the rules read the state from here, so reads cost
   * an array access in both engines.
   */
  readonly machine: { relation: Int8Array; obligation: Int8Array; draft: Int8Array; regime: Int8Array; trigger: Int8Array };

  /** Sends an event to a machine instance through the host; returns the new state or -1 (ignored). */
  send(kind: MachineKind, i: number, event: number): number {
    const to = this.host.send(kind, i, event);
    if (to >= 0) {
      // A switch, not `this.machine[kind]`: see machines/host.ts TableHost.
      switch (kind) {
        case 'relation': this.machine.relation[i] = to; break;
        case 'obligation': this.machine.obligation[i] = to; break;
        case 'draft': this.machine.draft[i] = to; break;
        case 'regime': this.machine.regime[i] = to; break;
        default: this.machine.trigger[i] = to; break;
      }
    }
    return to;
  }

  /** Adds a draft machine in its initial state; returns its index. */
  addDraft(): number {
    const i = this.host.add('draft');
    if (i >= this.machine.draft.length) {
      const grown = new Int8Array(Math.max(16, this.machine.draft.length * 2));
      grown.set(this.machine.draft);
      this.machine.draft = grown;
    }
    this.machine.draft[i] = TABLES.draft.initial;
    return i;
  }

  /** Starts every machine in the given states (host and mirror alike). */
  startMachines(starts: { readonly [K in MachineKind]: ArrayLike<number> }): void {
    this.host.reset(starts);
    const mc = this.machine;
    copyStates(mc.relation, starts.relation);
    copyStates(mc.obligation, starts.obligation);
    copyStates(mc.regime, starts.regime);
    copyStates(mc.trigger, starts.trigger);
    if (starts.draft.length > mc.draft.length) mc.draft = new Int8Array(starts.draft.length);
    if (starts.draft.length > 0) copyStates(mc.draft, starts.draft);
  }

  /** War status of relation pair `p`: 0 none, 1 hostilities, 2 declared. */
  warStatus(p: number): number {
    return this.machine.relation[p]!;
  }

  /** An actor's posture: its highest rung across all its relations. */
  posture(a: number): number {
    const m = this.model;
    const n = m.actors.length;
    let best = 0;
    for (let b = 0; b < n; b++) {
      if (b === a) continue;
      const r = this.rung[m.pairOf[a * n + b]!]!;
      if (r > best) best = r;
    }
    return best;
  }

  obligationState(i: number): number {
    return this.machine.obligation[i]!;
  }

  regimeState(i: number): number {
    return this.machine.regime[i]!;
  }

  /** Whether pact `p` is in force on `day` (default: the day of the effect being applied). */
  pactInForce(p: number, day = this.curDay): boolean {
    const pact = this.model.pacts[p]!;
    return day >= pact.inForceDay && day < this.pactEnd[p]!;
  }

  /**
   * Whether actor `a` is a party to pact `p` on `day` by its own membership dates (whether the pact
   * itself is in force that day is asked apart: {@link pactInForce}, {@link obligationBinds}).
   */
  isParty(p: number, a: number, day = this.curDay): boolean {
    return partyOn(this.model.pacts[p]!, a, day) && (this.noticeGiven === 0 || day < this.partyLeave[p * this.model.actors.length + a]!);
  }

  /** Whether obligation `i` binds on `day`: its pact is in force and its party is a party (in one of its spells). */
  obligationBinds(i: number, day = this.curDay): boolean {
    const o = this.model.obligations[i]!;
    // A notice of denunciation that has taken effect ends the party's membership (run/denunciation.ts).
    if (this.noticeGiven !== 0 && day >= this.partyLeave[o.pact * this.model.actors.length + o.obligated]!) return false;
    // One spell (nearly every party): two comparisons, as before spells.
    return o.spells.length === 2 ? day >= o.fromDay && day < o.untilDay : inSpells(o.spells, day);
  }

  /**
   * Whether obligation `i` protects actor `b` on `day`, as far as `b`'s own membership goes: a
   * party only while it is one, a named non-party always. Whether the pact is in force is
   * {@link obligationBinds}'s question, asked apart so that a casus before entry into force is
   * still recorded `not_in_force`.
   */
  protects(i: number, b: number, day = this.curDay): boolean {
    const o = this.model.obligations[i]!;
    const k = o.beneficiaries.indexOf(b);
    return k >= 0 && inSpells(o.beneficiarySpells[k]!, day) && (this.noticeGiven === 0 || day < this.partyLeave[o.pact * this.model.actors.length + b]!);
  }

  private keyMaster = Number.NaN;
  private keyRun = Number.NaN;
  private key = 0;

  /**
   * `runKey(masterSeed, runIndex)` (rng/hash) as a signed int32, `runKeyBits`: the start of every
   * seed of the run, made once per run (signed, so that it is kept and passed unboxed).
   */
  runKey(): number {
    if (this.keyMaster !== this.masterSeed || this.keyRun !== this.runIndex) {
      this.key = runKeyBits(this.masterSeed, this.runIndex);
      this.keyMaster = this.masterSeed;
      this.keyRun = this.runIndex;
    }
    return this.key;
  }

  /**
   * The next number of a named source as its generator's word (a signed int32): the number is
   * `unitFloat(word)` (rng/xor128), which the caller computes where it uses it. Logged (as the
   * number) when draws are recorded. A word and not the float because V8 returns a double from a
   * call it did not inline as a new heap number, and the deciding functions that draw (inlined
   * into `chooseRound` and the like) leave no inlining budget for this one: korea-2024's ~90 draws
   * a run were 1.4 KB of garbage. A signed int32 is a small integer, returned as it is.
   */
  drawBits(source: number): number {
    const b = this.streams.nextBits(source);
    if (this.drawLog) this.drawLog.push(source, unitFloat(b));
    return b;
  }

  pair(a: number, b: number): number {
    return this.model.pairOf[a * this.model.actors.length + b]!;
  }

  /**
   * Empties the event, draft and leaving lists for a new run, keeping their storage (setting a
   * list's length to 0 would free it, and every run would grow it again).
   */
  clearLists(): void {
    // What a run accumulates also includes the notices of denunciation given in it (1.6).
    if (this.noticeGiven !== 0) {
      this.partyLeave.fill(NO_NOTICE);
      this.partyLeft.fill(0);
      for (let p = 0; p < this.pactEnd.length; p++) this.pactEnd[p] = this.model.pacts[p]!.lapsedDay;
      this.noticeGiven = 0;
    }
    truncate(this.events, 0);
    this.unrecorded = 0;
    truncate(this.drafts, 0);
    truncate(this.leaving, 0);
    truncate(this.decisions, 0);
    truncate(this.deferred, 0);
    truncate(this.heardAgain, 0);
    truncate(this.awaitingSupport, 0);
    this.awaitingWhen = false;
    // A run stopped by an error inside an act leaves its breaches unsettled.
    if (this.pendingBreaches.length > 0) truncate(this.pendingBreaches, 0);
    if (this.model.menaceSupport) this.threatTick.fill(-1);
    // A run stopped by an error inside a round leaves the two lists the same one.
    if (this.decisionSpare === this.decisions) this.decisionSpare = [];
  }

  draftState(i: number): string {
    return TABLES.draft.states[this.machine.draft[i]!]!;
  }
}

/** Machine states copied into a mirror: a loop for the few states of a run's reset costs less than the built-in `set`'s call. */
function copyStates(to: Int8Array, from: ArrayLike<number>): void {
  if (from.length > 64) { to.set(from); return; }
  for (let i = 0; i < from.length; i++) to[i] = from[i]!;
}

/** Shortens a list to `n` items, keeping its storage. */
/**
 * Casus in open war episodes an obligation remembers having judged. A casus is an attacker ×
 * beneficiary, so this many arise in one war only when several attackers strike many beneficiaries
 * of one clause; past it the oldest is forgotten (and would be judged again).
 */
export const JUDGED_SLOTS = 16;

export function truncate(list: unknown[], n: number): void {
  while (list.length > n) list.pop();
}
