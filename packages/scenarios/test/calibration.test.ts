// Calibration of korea-2024 against the record in packages/scenarios/facts (copied into helpers.ts):
// the simulated yearly base rates of missile launch days, nuclear tests and lethal armed incidents
// match the observed years, and P(regional war | lethal armed incident) is reported next to the
// whole incident record (none of the 31 uses of force since 1990 led to war). The figures printed here are
// the ones quoted in packages/scenarios/CALIBRATION.md.
//
// Yearly rates are read over eight simulated years per run (about the length of the record 2017–2025):
// the shipped two-year horizon starts from one observed state (a routine testing year, no
// diplomacy under way), so its first years say more about the start than about the base rates.
import { describe, expect, it } from 'vitest';
import { compile, masterSeedOf, resolveParameters, Simulator } from '@casus/engine';
import {
  cdf, INCIDENT_RECORD, LAUNCH_DAYS, LAUNCH_DAYS_2025, launchDaysFromCsv, loadBundled, mean, NUCLEAR_TESTS,
  quantile, yearlySignalCounts,
} from './helpers.js';

const SEED = 20260101;
const korea = loadBundled('korea-2024');
const YEARS = 8;
const RUNS = 1000;
const yearly = yearlySignalCounts(korea, ['missile_launch_day', 'nuclear_test', 'lethal_incident', 'exchange_of_fire'], { runs: RUNS, years: YEARS, seed: SEED });
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
  console.info(`[calibration] launch days/yr over ${RUNS}×${YEARS} simulated years: mean ${fmt(mean(xs), 2)} (record 2017–25 ${fmt(mean(record), 2)}), `
    + `5–95% [${q05}, ${q95}], P(0) ${fmt(cdf(xs, 0))}, P(≥34) ${fmt(1 - cdf(xs, 33))}; record ${record.join(', ')}`);

  it('puts every observed year 2017–2025 inside the simulated 5–95% range', () => {
    for (const [year, days] of Object.entries(LAUNCH_DAYS)) {
      expect(days, `${year}: ${days} launch days vs simulated [${q05}, ${q95}]`).toBeGreaterThanOrEqual(q05);
      expect(days, `${year}: ${days} launch days vs simulated [${q05}, ${q95}]`).toBeLessThanOrEqual(q95);
    }
  });

  it('has a mean and a spread like the record (mean 11.8, sd 10.1, 2017–2025)', () => {
    const m = mean(xs);
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
    expect(m).toBeGreaterThan(9);
    expect(m).toBeLessThan(16);
    // Far more spread than a Poisson year (sd ≈ √12 ≈ 3.5): the tempo regimes and moratoria.
    expect(sd).toBeGreaterThan(7);
  });

  it('reports where 2025 (7 launch days; in the fit since 6 Dec 2026) falls in the first simulated year', () => {
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
  const all = INCIDENT_RECORD.lethal['1990-2025'];
  const lull = INCIDENT_RECORD.lethal['2011-2025'];
  const p2 = 1 - cdf(xs, 1);
  console.info(`[calibration] lethal incidents/yr over ${RUNS}×${YEARS} simulated years: mean ${fmt(m)} (record: 2011–25 ${lull.events}/${lull.years} = ${fmt(lull.events / lull.years)}, `
    + `Garwood 95% [0.002, 0.371]; 1990–2025 ${all.events}/${all.years} = ${fmt(all.events / all.years)}, [0.172, 0.582]), `
    + `P(≥1) ${fmt(1 - cdf(xs, 0))}, P(≥2) ${fmt(p2)} (about one year in ${Math.round(1 / p2)}; 2010 had 2)`);

  it('lies between the 2011–2025 lull and the 1990–2025 rate, inside the lull\'s Poisson 95% interval', () => {
    expect(m).toBeGreaterThan(0.002);
    expect(m).toBeLessThan(0.371);
  });

  it('puts the quiet years inside the simulated range and measures how rare a two-incident year (2010) is', () => {
    expect(quantile(xs, 0.05)).toBe(0);
    // Incidents cluster only through tension in this model, so a two-incident year is rare; the
    // figure printed above is the one CALIBRATION.md quotes.
    expect(p2).toBeGreaterThan(0);
    expect(p2).toBeLessThan(0.05);
  });
});

describe('korea-2024: non-lethal uses of force per year', () => {
  const xs = sorted(yearly.exchange_of_fire!);
  const pAny = 1 - cdf(xs, 0);
  const all = INCIDENT_RECORD.yearsWithNonLethalUseOfForce['1990-2025'];
  const lull = INCIDENT_RECORD.yearsWithNonLethalUseOfForce['2011-2025'];
  console.info(`[calibration] non-lethal uses of force/yr: mean ${fmt(mean(xs))}, P(≥1 in a year) ${fmt(pAny)} `
    + `(record: years with one, 2011–25 ${lull.years}/${lull.of} = ${fmt(lull.years / lull.of)}, 1990–2025 ${all.years}/${all.of} = ${fmt(all.years / all.of)})`);

  it('gives a share of years with at least one between the lull and the whole record, widened for sampling', () => {
    expect(pAny).toBeGreaterThan(0.1);
    expect(pAny).toBeLessThan(0.55);
  });
});

describe('korea-2024: P(war | use of force), against the whole record (0 of 31 since 1990)', () => {
  // The likelihood of the record under the model: (1 − p_lethal)^13 · (1 − p_fire)^18, with p the
  // chance of a regional war within 12 weeks of an incident, measured from the situations.
  const pWar = (scenario: typeof korea, situation: string, runs: number): number => {
    const model = compile(scenario, resolveParameters(scenario));
    const sim = new Simulator(model);
    const w = model.outcomes.findIndex((o) => o.id === 'regional_war');
    let wars = 0;
    for (let run = 0; run < runs; run++) {
      const t = sim.run(masterSeedOf(SEED), run, { situation }).outcomeTick[w]!;
      if (t >= 0 && t <= 13) wars++;
    }
    return wars / runs;
  };

  it('makes the record (no war after 31 uses of force) unsurprising, without making war impossible', () => {
    const record = INCIDENT_RECORD.useOfForce1990_2025;
    for (const id of ['korea-2024-no-treaty', 'korea-2024']) {
      const s = id === 'korea-2024' ? korea : loadBundled(id);
      const lethal = pWar(s, 'yeonpyeong-clash', 3000);
      const fire = pWar(s, 'exchange-of-fire', 3000);
      const likelihood = (1 - lethal) ** record.lethal * (1 - fire) ** record.nonLethal;
      console.info(`[calibration] ${id}: P(war within 12 weeks | lethal attack) ${fmt(lethal, 4)}, | exchange of fire ${fmt(fire, 4)}; `
        + `P(no war in the record's 31 uses of force) ${fmt(likelihood)}`);
      expect(likelihood).toBeGreaterThan(0.3);
      expect(lethal + fire).toBeGreaterThan(0);
    }
  });
});
