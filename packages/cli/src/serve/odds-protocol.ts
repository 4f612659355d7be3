import type { Scenario } from '@casus/engine';
import type { OddsReport } from '../play/odds.js';

/** What the odds worker is started with: the scenario (plain data) and how sessions name it. */
export interface OddsWorkerInit {
  readonly scenario: Scenario;
  readonly scenarioArg: string;
  readonly scenarioHash: string;
}

/** One request: the odds from the current state of a saved session (the `casus play` session file's text). */
export interface OddsRequest {
  readonly id: number;
  readonly sessionText: string;
  readonly runs: number;
  /** Whose view: the decision of the open round to take each way (default: the pending one), or null (none: one column from here). */
  readonly decision?: { readonly actor: string; readonly key: string; readonly occurrence: number } | null;
  /** Recorded answers to leave to the model (other teams' answers of the open round, not yet in effect). */
  readonly withhold?: readonly { readonly actor: string; readonly key: string; readonly occurrence: number }[];
}

export type OddsReply =
  | { readonly id: number; readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly id: number; readonly type: 'done'; readonly report: OddsReport }
  | { readonly id: number; readonly type: 'failed'; readonly message: string };
