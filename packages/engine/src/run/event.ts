/**
 * One thing that happened in a run, with its cause. Every event is caused by a trigger, an inject,
 * an obligation, a decision, a Council vote, a hazard or a rule, and points at the event that led
 * to it (`parent`, -1 for a root), so any outcome can be traced back to its roots.
 *
 * All events share one shape (fields unused by a kind hold -1 or '') so the hot loop stays
 * monomorphic.
 */
export interface SimEvent {
  /** Position in the run's event list. */
  seq: number;
  tick: number;
  /** The day it is dated: the tick's first day, or a day inside the tick (a dated inject). */
  day: number;
  kind: EventKind;
  /** Cause id: `trigger:ID`, `inject:SITUATION#N`, `obligation:PACT/OBL@ACTOR`, `decision:ACTOR/POINT:OPTION`, `council:KIND:RESULT`, `duty:PACT/OBL@ACTOR`, `hazard:deescalation`, `drift:VARIABLE`, `pact:ID`, `mandate:REGIME`. */
  cause: string;
  parent: number;
  actor: number;
  target: number;
  region: number;
  intensity: number;
  nuclear: boolean;
  /** Kind-specific word: signal kind, obligation fate, draft kind, vote tally, regime state… */
  detail: string;
  /**
   * Kind-specific before/after: rungs for relation changes, levels for obligations, values for
   * variables, yes/no counts for draft results. For an obligation `invoked`, `denied` or `unrequested`
   * under a clause that acts on request, `from` is the attacked party who asked (or did not); for an
   * `assembly` debate, the day of the veto.
   */
  from: number;
  to: number;
  /** Index of the obligation, draft, regime, variable or relation pair concerned. */
  ref: number;
  /** Council votes as `ACTOR:yes|no|abstain` joined by spaces (draft results); for an `assembly` debate, the members whose veto it debates. */
  votes: string;
  /** The war episode a use of force (or an episode event) belongs to, or the war a decision was taken in (doctrine.ts `applyOption`); -1 for none. */
  episode: number;
}

export type EventKind =
  | 'armedAttack' | 'threat' | 'escalation' | 'deescalation' | 'ceasefire' | 'peace' | 'signal' | 'variable'
  | 'draft' | 'draftResult' | 'sanctions' | 'monitoring' | 'obligation' | 'duty' | 'alliance' | 'basing' | 'decision'
  | 'hostileAct' | 'episode' | 'pact' | 'assembly';
