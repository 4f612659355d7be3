import type { Scenario } from '@casus/engine';

/**
 * The parameters a nested design draws: those with a distribution (not a fixed value) that no
 * --set override pins.
 */
export function uncertainParameters(scenario: Scenario, overrides: Readonly<Record<string, number>>): string[] {
  return Object.entries(scenario.parameters).filter(([name, p]) => p.value === undefined && !Object.hasOwn(overrides, name)).map(([name]) => name);
}

/**
 * Parameter draws K for a default batch of `runs` runs: about √(runs/4), between 2 and 40 — 5 × 20
 * for 100 runs, 15 × 66 for 1,000, 40 × 250 for 10,000, 40 × 2,500 for 100,000. Enough draws for a
 * spread and a rank correlation, enough runs per draw for each draw's probability. Fewer than 8 runs
 * give 1 (no draws: the batch is nominal).
 */
export function judgmentDraws(runs: number): number {
  if (runs < 8) return 1;
  return Math.min(40, Math.max(2, Math.round(Math.sqrt(runs / 4))));
}
