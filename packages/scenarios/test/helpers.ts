// Shared by the scenario-library tests: loading bundled files, the golden-summary format, and the
// historical record the calibration tests compare against.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compile, formatIssue, loadScenario, masterSeedOf, resolveParameters, Simulator, summarise,
  type Aggregates, type Scenario,
} from '@casus/engine';
import { listScenarios, SCENARIO_DIR, scenarioResolver, type BundledScenario } from '../src/index.js';

export const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));
/** The seed and size of every pinned golden summary. */
export const GOLDEN_SEED = 20260101;
export const GOLDEN_RUNS = 2000;

export interface LibraryFile extends BundledScenario {
  text: string;
  /** The base scenario an overlay names in `extends:`, if any. */
  extends: string | undefined;
}

/** Every bundled scenario file with its text; overlays are marked by the base they extend. */
export function libraryFiles(): LibraryFile[] {
  return listScenarios().map((s) => {
    const text = readFileSync(s.path, 'utf8');
    return { ...s, text, extends: /^extends:\s*([A-Za-z][\w.-]*)/m.exec(text)?.[1] };
  });
}

/** Loads a bundled file's text as the CLI does, resolving `extends` against the library. */
export function loadText(text: string, id: string, opts: { strict?: boolean } = {}): ReturnType<typeof loadScenario> {
  return loadScenario(text, { filename: `${id}.yaml`, resolve: scenarioResolver({ baseDir: SCENARIO_DIR }), ...(opts.strict === true ? { strict: true } : {}) });
}

/** Loads a bundled scenario by id, or throws with every issue the loader reported. */
export function loadBundled(id: string): Scenario {
  const file = libraryFiles().find((f) => f.id === id);
  if (file === undefined) throw new Error(`no bundled scenario "${id}"`);
  const loaded = loadText(file.text, id);
  if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
  return loaded.scenario;
}

/** The ladder's rung ids, as `summarise` wants them. */
export function rungsOf(scenario: Scenario): string[] {
  return compile(scenario, resolveParameters(scenario)).rungs.map((r) => r.id);
}

const r4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * The part of a batch summary pinned in `golden/<id>.json`: exact hit counts, probabilities rounded
 * to four places, first-hit quartiles, the non-empty conditional pairs, the obligation ledger, the
 * Council and regime tallies, highest rungs of actors that ever leave their start, and the three
 * most frequent causal paths of each outcome. Everything is deterministic for a given seed.
 */
export function goldenOf(scenario: Scenario, agg: Aggregates): Record<string, unknown> {
  const sum = summarise(agg, rungsOf(scenario), 3);
  const nonZero = (o: Record<string, unknown>): boolean => JSON.stringify(o).match(/:[1-9]/) !== null;
  return {
    scenario: scenario.id,
    seed: GOLDEN_SEED,
    runs: sum.runs,
    errors: sum.errors,
    outcomes: Object.fromEntries(sum.outcomes.map((o) => [o.id, { hits: o.hits, p: r4(o.p), q1: o.q1, median: o.median, q3: o.q3 }])),
    conditional: Object.fromEntries(sum.conditional.filter((c) => c.both > 0)
      .map((c) => [`${c.outcome} | ${c.given}`, { both: c.both, given: c.givenHits, p: r4(c.p), givenFirst: c.before }])),
    obligations: Object.fromEntries(Object.entries(sum.obligations).filter(([, o]) => nonZero(o))),
    council: Object.fromEntries(Object.entries(sum.council).filter(([, c]) => c.tabled > 0)),
    regimes: sum.regimes,
    highestRung: Object.fromEntries(Object.entries(sum.highestRung)
      .filter(([, row]) => Object.values(row).filter((x) => x > 0).length > 1)
      .map(([actor, row]) => [actor, Object.fromEntries(Object.entries(row).filter(([, x]) => x > 0).map(([k, x]) => [k, r4(x)]))])),
    paths: Object.fromEntries(Object.entries(sum.paths).map(([id, list]) => [id, list.map((p) => `${p.count} × ${p.path}`)])),
    // Who began the wars each outcome happened in (engine 0.8.0).
    wars: Object.fromEntries(Object.entries(sum.wars).map(([id, list]) => [id, Object.fromEntries(list.map((w) => [w.initiator, w.count]))])),
  };
}

export function goldenPath(id: string): string {
  return join(GOLDEN_DIR, `${id}.json`);
}

export function readGolden(id: string): unknown {
  const path = goldenPath(id);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

/**
 * Counts the signals of each kind per simulated year (52 ticks) over `runs` runs of a scenario
 * whose horizon is stretched to `years` years. Runs read the simulator's own event list, so no
 * trace objects are built.
 */
export function yearlySignalCounts(scenario: Scenario, kinds: readonly string[], opts: { runs: number; years: number; seed: number }): Record<string, number[]> {
  const stretched: Scenario = { ...scenario, clock: { ...scenario.clock, horizon: opts.years * 52 } };
  const sim = new Simulator(compile(stretched, resolveParameters(stretched)));
  const out: Record<string, number[]> = Object.fromEntries(kinds.map((k) => [k, []]));
  const master = masterSeedOf(opts.seed);
  for (let run = 0; run < opts.runs; run++) {
    const s = sim.run(master, run);
    if (s.status === 'error') throw new Error(`run ${run}: ${s.error}`);
    const per: Record<string, number[]> = Object.fromEntries(kinds.map((k) => [k, new Array<number>(opts.years).fill(0)]));
    for (const e of s.events) {
      if (e.kind !== 'signal' || !(e.detail in per)) continue;
      const year = Math.floor(e.tick / 52);
      if (year < opts.years) per[e.detail]![year]!++;
    }
    for (const k of kinds) out[k]!.push(...per[k]!);
  }
  return out;
}

/** Nearest-rank quantile of a sorted sample. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Share of the sample at or below `x` (the empirical CDF). */
export function cdf(xs: readonly number[], x: number): number {
  return xs.filter((v) => v <= x).length / xs.length;
}

// --- The record (facts/, in this package once copied there, else ../shared/facts). Copied here so
// --- the tests run where neither folder is present; the calibration test checks these figures
// --- against the CSV whenever the file is there.

const CNS_CSV = 'dprk_missile_tests_per_year_cns.csv';
export const FACTS_CSV = [
  fileURLToPath(new URL(`../facts/${CNS_CSV}`, import.meta.url)),
  fileURLToPath(new URL(`../../../../shared/facts/${CNS_CSV}`, import.meta.url)),
].find((p) => existsSync(p)) ?? fileURLToPath(new URL(`../facts/${CNS_CSV}`, import.meta.url));

/**
 * Distinct ballistic-missile launch days per year (CNS via nagix/nk-missile-tests; facts §3a): the
 * years the launch parameters are fitted to (2025 since 6 Dec 2026).
 */
export const LAUNCH_DAYS: Readonly<Record<number, number>> = {
  2017: 15, 2018: 0, 2019: 14, 2020: 4, 2021: 4, 2022: 34, 2023: 16, 2024: 12, 2025: 7,
};
/** 2025, the first year after the scenario's start: where it falls in the first simulated year. */
export const LAUNCH_DAYS_2025 = 7;

/** DPRK nuclear tests per year 2017–2024 (facts §3b: the sixth and last on 3 Sep 2017). */
export const NUCLEAR_TESTS: Readonly<Record<number, number>> = {
  2017: 1, 2018: 0, 2019: 0, 2020: 0, 2021: 0, 2022: 0, 2023: 0, 2024: 0,
};

/**
 * Lethal armed incidents listed in facts §3c, by year (1967–2010; the 2015 mine blasts maimed but
 * did not kill). None led to war.
 */
export const LETHAL_INCIDENTS: readonly number[] = [1967, 1968, 1968, 1969, 1974, 1983, 1987, 1996, 1999, 2002, 2010, 2010];
/** On the peninsula since 1990 (Gangneung 1996, Yeonpyeong 1999 and 2002, Cheonan and Yeonpyeong 2010). */
export const PENINSULA_LETHAL_1990_2024 = { incidents: 5, years: 35 };

/**
 * The systematic incident record (facts/inter_korean_incidents.csv, complete for lethal incidents
 * and uses of force from 1990): DPRK-initiated lethal incidents (Sokcho 1998 and the covert 2019
 * US shooting excluded), non-lethal uses of force (MID 4, initiator DPRK or unclear), and the years
 * with at least one of the latter. No incident escalated to war.
 */
export const INCIDENT_RECORD = {
  lethal: { '1990-2025': { events: 12, years: 36 }, '1990-2010': { events: 10, years: 21 }, '2011-2025': { events: 1, years: 15 } },
  nonLethalUseOfForce: { '1990-2010': { events: 9, years: 21 }, '2011-2025': { events: 9, years: 15 } },
  yearsWithNonLethalUseOfForce: { '1990-2025': { years: 13, of: 36 }, '2011-2025': { years: 4, of: 15 } },
  useOfForce1990_2025: { lethal: 13, nonLethal: 18, wars: 0 },
} as const;

/** Reads the launch-day column of the facts CSV, or undefined when the file is not there. */
export function launchDaysFromCsv(): Record<number, number> | undefined {
  if (!existsSync(FACTS_CSV)) return undefined;
  const [header, ...rows] = readFileSync(FACTS_CSV, 'utf8').trim().split('\n');
  const cols = header!.split(',');
  const y = cols.indexOf('year');
  const d = cols.indexOf('ballistic_launch_days');
  return Object.fromEntries(rows.map((r) => r.split(',')).map((c) => [Number(c[y]), Number(c[d])]));
}
