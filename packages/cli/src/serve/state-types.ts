/*
 * The JSON the seminar server sends to its pages: one snapshot per role. Self-contained (no
 * imports) so the browser app can share these types without pulling in Node code.
 */

export type RoleKind = 'facilitator' | 'team' | 'wall';

export interface OddsCell {
  /** `37.4% [35.3, 39.5]`, as `casus play`'s odds table prints it, or `100% (reached tick 3)`. */
  readonly text: string;
  readonly p: number;
  readonly lo: number;
  readonly hi: number;
}

export interface OddsView {
  readonly state: 'ready' | 'computing' | 'failed' | 'none';
  /** What the numbers are: `odds from after tick 2 · 2024-01-15 — 2,000 continuations…` */
  readonly title: string;
  readonly message?: string;
  readonly runs: number;
  /** While computing: runs done and to do (every column and the baseline; 0 of 0 before the first report). */
  readonly done?: number;
  readonly total?: number;
  /** Column labels: `from here` or `if OPTION`…, then `at the start`. */
  readonly columns: readonly string[];
  readonly rows: readonly { readonly id: string; readonly title: string; readonly cells: readonly OddsCell[] }[];
  /** (1.10) The scenario's metrics: the mean per run in each column (whole runs, the ticks played included). */
  readonly metrics?: readonly { readonly id: string; readonly title: string; readonly means: readonly string[] }[];
}

export interface EventView {
  readonly seq: number;
  readonly tick: number;
  readonly date: string;
  readonly text: string;
  readonly cause: string;
  readonly parent: number | null;
}

export interface DecisionView {
  readonly actor: string;
  /** Which time in its tick this actor meets this decision (with `key`, the decision's place). */
  readonly occurrence: number;
  /** The round of the tick it belongs to: a round's decisions are taken on the same state, answered in any order. */
  readonly round: number;
  /** The option already given, which takes effect when the round's other decisions are in; null: not yet answered. */
  readonly answer: string | null;
  readonly actorName: string;
  readonly team: string | null;
  readonly kind: string;
  /** What kind of decision it is, in words. */
  readonly kindWords: string;
  readonly tick: number;
  readonly key: string;
  readonly prompt: string;
  readonly options: readonly string[];
  /** The option the actor's doctrine chose (the team's answer replaces it). */
  readonly doctrine: string;
  /** For a doctrine decision: what each option does, as the scenario's doctrine writes it (option → effects). */
  readonly consequences: Readonly<Record<string, string>>;
}

export interface ChoiceView {
  readonly seq: number;
  readonly tick: number;
  readonly actor: string;
  readonly team: string | null;
  readonly key: string;
  readonly option: string;
}

export interface ActorView {
  readonly id: string;
  readonly name: string;
  readonly rung: string;
  readonly rungIndex: number;
  readonly team: string | null;
}

export interface RelationView {
  readonly a: string;
  readonly b: string;
  readonly rung: string;
  readonly rungIndex: number;
  readonly war: string;
}

export interface TeamView {
  readonly name: string;
  readonly actors: readonly string[];
  /**
   * Decisions of the open round the team has not answered yet (0: nothing to decide now). The
   * counts are another team's business: a team gets them for itself only (null for the others;
   * whom the session waits on is in `waitingOn`).
   */
  readonly open: number | null;
  /** Decisions of the open round the team has answered (they take effect with the rest of the round). */
  readonly answered: number | null;
  readonly choices: number | null;
}

export interface SessionView {
  readonly role: RoleKind;
  readonly team: string | null;
  readonly version: string;
  readonly scenario: { readonly id: string; readonly title: string };
  readonly seed: string;
  readonly situation: string | null;
  readonly branch: string;
  readonly branches: readonly string[];
  /** `after tick 2 · 2024-01-15` */
  readonly where: string;
  readonly position: number;
  readonly horizon: number;
  readonly ended: boolean;
  /**
   * The decisions of the open round this role may see, in the engine's order: all of them for the
   * facilitator, a team's own for a team, none for the wall. A later round of the same tick (what
   * follows from these choices) is known only once this one is complete.
   */
  readonly decisions: readonly DecisionView[];
  /** A decision is open: the clock waits until every one of the round is answered. */
  readonly deciding: boolean;
  /** The teams the session waits on (with an unanswered decision of the open round), in team order. */
  readonly waitingOn: readonly string[];
  readonly teams: readonly TeamView[];
  readonly events: readonly EventView[];
  readonly outcomes: readonly { readonly id: string; readonly title: string; readonly tick: number | null }[];
  readonly rungs: readonly string[];
  readonly actors: readonly ActorView[];
  readonly relations: readonly RelationView[];
  /** The state of play as `casus play`'s status shows it (for a team: only what its actors know). */
  readonly status: readonly string[];
  /** Recorded choices: all for the facilitator, the team's own for a team, none for the wall. */
  readonly choices: readonly ChoiceView[];
  readonly injects: readonly { readonly seq: number; readonly tick: number; readonly effect: string }[];
  /** Judgment parameters in force (facilitator and wall; none for a team: the model's judgments are not what its actors know). */
  readonly parameters: readonly { readonly name: string; readonly value: number; readonly start: number; readonly levels: readonly string[] }[];
  readonly odds: OddsView;
  /** Join codes and their QR codes (SVG), for the facilitator only. */
  readonly access: readonly { readonly label: string; readonly url: string; readonly code: string; readonly qr: string }[] | null;
}
