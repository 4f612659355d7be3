import type { RunState } from './state.js';
import type { DecisionRequest } from './decision.js';

/**
 * The model's choice, unless a decider (a person in a seminar, a script) takes this decision.
 * An out-of-range answer is a programming error of the decider and stops the run.
 */
export function decide(s: RunState, req: Omit<DecisionRequest, 'tick' | 'round'>): number {
  return personChoice(s, req) ?? req.chosen;
}

/** A decider's own answer, or undefined when there is none or it keeps the model's choice. */
export function personChoice(s: RunState, req: Omit<DecisionRequest, 'tick' | 'round'>): number | undefined {
  if (!s.decider) return undefined;
  const pick = s.decider({ ...req, tick: s.tick, round: s.decisionRound });
  if (pick === undefined) return undefined;
  if (!Number.isInteger(pick) || pick < 0 || pick >= req.options.length) {
    throw new Error(`decider returned ${pick} for ${req.key}; expected an index in 0..${req.options.length - 1}`);
  }
  return pick;
}
