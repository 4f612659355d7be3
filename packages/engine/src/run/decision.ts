/**
 * A decision an actor must take, offered to a {@link Decider} after the engine has drawn the
 * doctrine's or policy's own choice (the draw is always made, so a person's choice does not shift
 * anyone's random numbers).
 */
export interface DecisionRequest {
  readonly kind: 'doctrine' | 'judge' | 'request' | 'respond' | 'vote' | 'duty' | 'withdraw';
  readonly tick: number;
  /**
   * The decision's round within its tick (from 1). Decisions of one round are all chosen on the
   * same state before any of them is applied, so none can see another's effect; a later round may
   * arise from an earlier one's choices. A negative duty is decided the moment its act is tried: a
   * round of its own.
   */
  readonly round: number;
  /** The deciding actor's id. */
  readonly actor: string;
  /** Stable key of the decision source: the decision point, obligation or Council draft. */
  readonly key: string;
  readonly options: readonly string[];
  /** Index in `options` the model itself chose. */
  readonly chosen: number;
  /** One line of context for a person: what happened and what is at stake. */
  readonly prompt: string;
}

/**
 * Takes decisions in place of the model for some actors: return an option index, or `undefined`
 * to keep the model's choice. Must be deterministic for a run to stay replayable (a seminar
 * session is replayed from its recorded decisions).
 */
export type Decider = (request: DecisionRequest) => number | undefined;
