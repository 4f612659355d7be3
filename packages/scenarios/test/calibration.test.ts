// Calibration of korea-2024 against the record in packages/scenarios/facts (copied into helpers.ts):
// the simulated yearly base rates of missile launch days, nuclear tests and lethal armed incidents
// match the observed years, and P(regional war | lethal armed incident) is reported next to the
// record (none of the 12 lethal incidents in facts §3c led to war). The figures printed here are
// the ones quoted in packages/scenarios/CALIBRATION.md.
//
// Yearly rates are read over eight simulated years per run (the length of the record 2017–2024):
// the shipped two-year horizon starts from one observed state (a routine testing year, no
// diplomacy under way), so its first years say more about the start than about the base rates.
import { describe, expect, it } from 'vitest';
import { runBatch, stats, summarise } from '@casus/engine';
import {
  cdf, LAUNCH_DAYS, LAUNCH_DAYS_2025, launchDaysFromCsv, LETHAL_INCIDENTS, loadBundled, mean, NUCLEAR_TESTS,
  PENINSULA_LETHAL_1990_2024, quantile, rungsOf, yearlySignalCounts,
} from './helpers.js';

const SEED = 20260101;
const korea = loadBundled('korea-2024');
const YEARS = 8;
const RUNS = 1000;
const yearly = yearlySignalCounts(korea, ['missile_launch_day', 'nuclear_test', 'lethal_incident'], { runs: RUNS, years: YEARS, seed: SEED });
const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);
const fmt = (x: number, d = 3): string => x.toFixed(d);

describe('the record copied into the tests', () => {
  it('matches the launch-day column of the facts CSV shipped with the scenarios', () => {
    const csv = launchDaysFromCsv();
    expect(csv, 'packages/scenarios/facts/dprk_missile_tests_per_year_cns.csv').toBeDefined();
    if (csv === undefined) return;
    for (const [year, days] of Object.entries(LAUNCH_DAYS)) expect(csv[Number(year)], `launch days ${year}`).toBe(days);
    expect(csv[2025]).toBe(LAUNCH_DAYS_2025);
  });
});

describe('korea-2024: missile launch days per year', () => {
  const xs = sorted(yearly.missile_launch_day!);
  const q05 = quantile(xs, 0.05);
  const q95 = quantile(xs, 0.95);
  const record = Object.values(LAUNCH_DAYS);
  console.info(`[calibration] launch days/yr over ${RUNS}×${YEARS} simulated years: mean ${fmt(mean(xs), 2)} (record 2017–24 ${fmt(mean(record), 2)}), `
    + `5–95% [${q05}, ${q95}], P(0) ${fmt(cdf(xs, 0))}, P(≥34) ${fmt(1 - cdf(xs, 33))}; record ${record.join(', ')}`);

  it('puts every observed year 2017–2024 inside the simulated 5–95% range', () => {
    for (const [year, days] of Object.entries(LAUNCH_DAYS)) {
      expect(days, `${year}: ${days} launch days vs simulated [${q05}, ${q95}]`).toBeGreaterThanOrEqual(q05);
      expect(days, `${year}: ${days} launch days vs simulated [${q05}, ${q95}]`).toBeLessThanOrEqual(q95);
    }
  });

  it('has a mean and a spread like the record (mean 12.4, sd 10.6, 2017–2024)', () => {
    const m = mean(xs);
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
    expect(m).toBeGreaterThan(9);
    expect(m).toBeLessThan(16);
    // Far more spread than a Poisson year (sd ≈ √12 ≈ 3.5): the tempo regimes and moratoria.
    expect(sd).toBeGreaterThan(7);
  });

  it('reports where 2025 (out of sample, 7 launch days) falls in the first simulated year', () => {
    const first = sorted(yearly.missile_launch_day!.filter((_, i) => i % YEARS === 0));
    const p = cdf(first, LAUNCH_DAYS_2025 - 1);
    console.info(`[calibration] 2025: ${LAUNCH_DAYS_2025} launch days; first simulated year 5–95% [${quantile(first, 0.05)}, ${quantile(first, 0.95)}], `
      + `median ${quantile(first, 0.5)}; P(X < 7) ${fmt(p)}, P(X ≤ 7) ${fmt(cdf(first, LAUNCH_DAYS_2025))}`);
    expect(LAUNCH_DAYS_2025).toBeGreaterThanOrEqual(quantile(first, 0.05));
  });
});

describe('korea-2024: nuclear tests per year', () => {
  const xs = sorted(yearly.nuclear_test!);
  const m = mean(xs);
  console.info(`[calibration] nuclear tests/yr: mean ${fmt(m)} (record 2017–24: ${fmt(mean(Object.values(NUCLEAR_TESTS)))}; 2006–24: ${fmt(6 / 19)}), `
    + `P(≥1 in a year) ${fmt(1 - cdf(xs, 0))}, 5–95% [${quantile(xs, 0.05)}, ${quantile(xs, 0.95)}]`);

  it('puts every observed year 2017–2024 (one test, then none) inside the simulated 5–95% range', () => {
    for (const [year, n] of Object.entries(NUCLEAR_TESTS)) {
      expect(n, `${year}`).toBeGreaterThanOrEqual(quantile(xs, 0.05));
      expect(n, `${year}`).toBeLessThanOrEqual(quantile(xs, 0.95));
    }
  });

  it('has a yearly rate between the last seven years (none) and 2006–2017 (0.55)', () => {
    // Deliberately below the 2006–24 average (0.32): no test since Sep 2017 (judgment in nuclear_test_rate).
    expect(m).toBeGreaterThan(0.03);
    expect(m).toBeLessThan(0.32);
  });
});

describe('korea-2024: lethal armed incidents per year', () => {
  const xs = sorted(yearly.lethal_incident!);
  const m = mean(xs);
  const { incidents, years } = PENINSULA_LETHAL_1990_2024;
  console.info(`[calibration] lethal incidents/yr: mean ${fmt(m)} (record 1990–2024 ${incidents}/${years} = ${fmt(incidents / years)}), `
    + `P(≥1) ${fmt(1 - cdf(xs, 0))}, P(≥2) ${fmt(1 - cdf(xs, 1))} (2010 had 2); record 95% Poisson interval [0.046, 0.333]`);

  it('matches the 1990–2024 rate within its Poisson 95% interval [0.046, 0.333]', () => {
    // Exact Poisson interval for 5 events in 35 years: [1.62, 11.67] / 35.
    expect(m).toBeGreaterThan(0.046);
    expect(m).toBeLessThan(0.333);
  });

  it('puts the quiet years inside the simulated range and documents 2010 as a tail year', () => {
    // 31 of the 35 years 1990–2024 had no lethal incident, 3 had one: both inside [q05, q95].
    expect(quantile(xs, 0.05)).toBe(0);
    expect(quantile(xs, 0.95)).toBeGreaterThanOrEqual(1);
    // 2010 (two incidents) is deliberately outside the 95% range: incidents cluster only through
    // tension in this model, so a two-incident year is about a 1-in-100 year. The korea-2010
    // backtest reports where that year falls when tension and the Council are those of 2010.
    expect(1 - cdf(xs, 1)).toBeGreaterThan(0);
    expect(1 - cdf(xs, 1)).toBeLessThan(0.05);
  });
});

describe('korea-2024: P(regional war | lethal armed incident)', () => {
  // Wilson 95% upper bound for 0 wars in 12 lethal incidents (facts §3c).
  const recordUpper = stats.wilson(0, LETHAL_INCIDENTS.length).hi;

  it('is reported next to the record (0 of 12) and lies inside the record\'s interval', async () => {
    const base = summarise((await runBatch(korea, { seed: SEED, runs: 4000 })).aggregates, rungsOf(korea));
    const cond = base.conditional.find((c) => c.given === 'lethal_incident' && c.outcome === 'regional_war')!;
    const sit = summarise((await runBatch(korea, { seed: SEED, runs: 4000, situation: 'yeonpyeong-clash' })).aggregates, rungsOf(korea));
    const war = sit.outcomes.find((o) => o.id === 'regional_war')!;
    console.info(`[calibration] P(regional war | lethal incident), baseline 4000 runs: ${fmt(cond.p)} (${cond.both}/${cond.givenHits}; `
      + `Wilson 95% [${fmt(cond.lo)}, ${fmt(cond.hi)}]); from the yeonpyeong-clash situation: ${fmt(war.p)} [${fmt(war.lo)}, ${fmt(war.hi)}]; `
      + `record 0/${LETHAL_INCIDENTS.length} (Wilson 95% [0, ${fmt(recordUpper)}])`);
    expect(cond.givenHits).toBeGreaterThan(500);
    expect(cond.p).toBeLessThan(recordUpper);
    expect(war.p).toBeLessThan(recordUpper);
    // And not zero: the model is not one where incidents can never lead to war.
    expect(war.p).toBeGreaterThan(0);
  });
});
