import type { Scenario } from '@casus/engine';

/**
 * The parameters a nested design draws: those with a distribution (not a fixed value) that no
 * --set override pins.
 */
export function uncertainParameters(scenario: Scenario, overrides: Readonly<Record<string, number>>): string[] {
  return Object.entries(scenario.parameters).filter(([name, p]) => p.value === undefined && !Object.hasOwn(overrides, name)).map(([name]) => name);
}

/**
 * Parameter draws K for a default batch of `runs` runs: near √(runs/4), between 2 and 40, and
 * preferably a divisor of `runs` so the batch has exactly the runs asked for — 20 × 90 for 1,800,
 * 20 × 100 for 2,000, 40 × 250 for 10,000, 40 × 2,500 for 100,000. Enough draws for a spread and a
 * rank correlation, enough runs per draw for each draw's probability. With no divisor in range the
 * runs per draw are rounded down. Fewer than 8 runs give 1 (no draws: the batch is nominal).
 */
export function judgmentDraws(runs: number): number {
  if (runs < 8) return 1;
  const target = Math.min(40, Math.max(2, Math.sqrt(runs / 4)));
  let best = 0;
  for (let k = 2; k <= 40; k++) {
    if (runs % k !== 0) continue;
    if (best === 0 || Math.abs(k - target) < Math.abs(best - target) || (Math.abs(k - target) === Math.abs(best - target) && k > best)) best = k;
  }
  // A divisor far from the target (e.g. 2 for 2 × a large prime) is worse than a few runs short.
  return best > 0 && Math.abs(best - target) <= target / 2 ? best : Math.round(target);
}

/**
 * `--runs` as typed for the default design over the judgments: it is split into `draws` draws of
 * `perDraw` runs (batch/judgments.ts), so it lies in [draws × perDraw, draws × (perDraw + 1)). The
 * command line's value when it gives this design, else the first value that does (every such value
 * gives the same batch: the design depends on the draws and runs per draw only).
 */
export function requestedRuns(draws: number, perDraw: number, typed: string | undefined): number {
  const gives = (n: number): boolean => judgmentDraws(n) === draws && Math.floor(n / draws) === perDraw;
  const n = typed === undefined ? NaN : Number(typed.replaceAll('_', ''));
  if (Number.isSafeInteger(n) && gives(n)) return n;
  for (let k = draws * perDraw; k < draws * (perDraw + 1); k++) if (gives(k)) return k;
  return draws * perDraw;
}
