/**
 * The shape of a treaty-adjudication conformance case, in the spirit of the Diplomacy Adjudicator
 * Test Cases (DATC): a tiny scenario, one event (an attack, a threat, a draft, a hostile act), and
 * the fate the rules in docs/semantics.md give every obligation, duty and draft in it.
 *
 * Fates are made deterministic by the case itself: probabilities of 0 or 1 (reliability, deny,
 * pretext, vote shares), a calm ladder (no de-escalation hazard, see CALM_LADDER), and, where a
 * clause leaves the level of response to the party (NATO Art. 5, US–ROK Art. III), a pinned
 * decision — what a seminar player would choose — in `decisions`.
 * The YAML fragments the cases share (ladder, pacts, Council) are in fragments.ts.
 */

export type ObligationState = 'not_in_force' | 'dormant' | 'judged' | 'invoked' | 'denied' | 'unrequested' | 'honoured' | 'defected' | 'moot' | 'lapsed';
export type Level = 'consult' | 'diplomatic' | 'materiel' | 'forces' | 'war';

export interface ExpectedObligation {
  state: ObligationState;
  /** Required when the state is honoured or defected; checked (null included) whenever given. */
  level?: Level | null;
}

export interface ExpectedDraft {
  kind: 'sanctions' | 'panel_renewal' | 'condemnation' | 'ceasefire' | 'relief' | 'agenda' | 'authorization' | 'admission';
  target?: string | null;
  /** resolution (default) or a statement, agreed by consensus. */
  product?: 'resolution' | 'presidential_statement' | 'press_statement';
  /**
   * adopted, vetoed, failed (resolutions put to a vote); the product's name for a statement
   * issued; blocked; withdrawn or shelved (never put to a vote).
   */
  result: 'adopted' | 'vetoed' | 'failed' | 'withdrawn' | 'shelved' | 'presidential_statement' | 'press_statement' | 'blocked';
  /** The tally (members' positions, for a statement); omitted for withdrawn and shelved drafts, which never come to a vote. */
  yes?: number;
  no?: number;
  abstain?: number;
  /** (1.8) Members present and not voting (given only when some were). */
  notVoting?: number;
  /** Members absent from the vote (given only when some were). */
  absent?: number;
  /** Permanent members whose negative vote defeated a draft that otherwise had the votes. */
  vetoedBy?: string[];
  /** Members whose objection blocked a statement (any member can). */
  blockedBy?: string[];
  /** Members that abstained as parties to the dispute (Charter Art. 27(3), proviso); counted in `abstain` too. Default: none. */
  abstainedAsParty?: string[];
}

/** One entry of the ledger of negative duties: `duty` events, in order. */
export interface ExpectedDuty {
  /** The obligation key, `pact/obligation@ACTOR`. */
  key: string;
  /** (1.15) `consented`: a partner's consent to a separate truce, under the key of the duty it lifts. */
  verdict: 'respected' | 'breached' | 'consented';
}

/** Matches a trace event; every field given must be equal (`detail` also matches `detail:…`). */
export interface EventPattern {
  kind: string;
  cause?: string;
  actor?: string;
  target?: string;
  region?: string;
  detail?: string;
  date?: string;
  /** A `pact` event: the day the notice takes (or took) effect, the party's first day out. */
  effective?: string;
  /** Under a clause acting on request: the attacked party who asked (invoked, denied) or did not (unrequested). */
  attacked?: string;
}

export interface ExpectedRelation {
  between: [string, string];
  rung?: string;
  war?: 'none' | 'hostilities' | 'declared';
  initiator?: string | null;
}

export interface ConformanceCase {
  /** Stable id, `FAMILY-NN` (e.g. `R24-05`). */
  id: string;
  title: string;
  /** Where the clause, date or tally comes from: the facts.md section and its URL. */
  source: string;
  /** How an ambiguous text was coded, and why. */
  interpretation?: string;
  /** The whole scenario, as an author would write it. */
  yaml: string;
  /** Situation to start from (its injects carry the event under test). */
  situation?: string;
  /**
   * Choices pinned for the run, keyed `KIND KEY` as in a DecisionRequest (`respond nato/art5@USA`)
   * and valued by option name (`honour:forces`). Every pinned decision must actually be asked.
   */
  decisions?: Record<string, string>;
  /** Warning codes the scenario is expected to load with (each must occur); any other warning fails the case. */
  warnings?: string[];
  /** Seeds to run; the fate must not depend on them (default: two seeds). */
  seeds?: (number | string)[];
  /**
   * A known failure: the engine disagrees with docs/semantics.md on this case, and this says how
   * (what it does instead, and why). The expectation stays as semantics.md has it; the fate tests
   * are then expected to fail, and fail the suite as soon as the engine is fixed, so the mark
   * cannot outlive the defect. The README's "Known failures" table is generated from these.
   */
  knownFailure?: string;
  expect: {
    /** The fate of EVERY obligation of the scenario, keyed `pact/obligation@ACTOR`. */
    obligations: Record<string, ExpectedObligation>;
    /**
     * The obligation's own ledger (details of its `obligation` events, in order), for the keys
     * given. An obligation expected dormant must have an empty ledger in any case.
     */
    ledger?: Record<string, string[]>;
    /** Every Council draft of the run, in order (default: none). */
    drafts?: ExpectedDraft[];
    /** Every `duty` event of the run, in order (default: none). */
    duties?: ExpectedDuty[];
    /** Events that must appear, in this order (other events may come between). */
    events?: EventPattern[];
    /** Events that must not appear. */
    absent?: EventPattern[];
    /** Final relations (only the fields given are checked). */
    relations?: ExpectedRelation[];
  };
}

/** The same expectation for every key, to be overridden by the few that move. */
export function all(keys: readonly string[], fate: ExpectedObligation): Record<string, ExpectedObligation> {
  return Object.fromEntries(keys.map((k) => [k, fate]));
}

export const DORMANT: ExpectedObligation = { state: 'dormant' };
export const LAPSED: ExpectedObligation = { state: 'lapsed' };
export const NOT_IN_FORCE: ExpectedObligation = { state: 'not_in_force' };

/** Keys of an obligation instantiated for each of its obligated parties. */
export function keysOf(pact: string, obligations: readonly string[], parties: readonly string[]): string[] {
  return obligations.flatMap((o) => parties.map((p) => `${pact}/${o}@${p}`));
}

/** The ledger of a met casus that is invoked and honoured at `level`. */
export const honouredLedger = (level: Level): string[] => ['judged', 'invoked', `honoured:${level}`];
