/**
 * The most runs a batch, a comparison or a sweep can index (2^40): run indices must stay exact
 * where they are multiplied (draws × runs, points × runs).
 */
export const MAX_RUNS = 2 ** 40;

/** A count as every message prints it: `1,099,511,627,776`. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * The one wording of a whole-number option that is not one, or out of its range, in every command
 * (each keeps its own error code): `--runs expects a whole number between 1 and 1,099,511,627,776,
 * got "-1"`.
 */
export function wholeNumberMessage(flag: string, raw: unknown, min: number, max: number): string {
  return `${flag} expects a whole number between ${formatCount(min)} and ${formatCount(max)}, got "${String(raw)}"`;
}
