// The scored hindcast (CALIBRATION.md, "Hindcast 2010–2025"): one simulated year from each
// 1 January 2010 … 2025, each started from that year's state as the facts give it, scored against
// what happened that year with the Brier and log scores, beside climatology (each outcome's
// frequency over the same sixteen years).
//
//   pnpm hindcast [runs per year]            (default 2000; seed 20260101)
//
// Starting state of year Y (facts/ and CNS):
// - treaties: korea-2024-no-treaty (the 2000 Russia–DPRK treaty) for 2010–2024, korea-2024 for 2025
//   (the 2024 treaty entered into force on 4 Dec 2024);
// - testing tempo from year Y−1's ballistic launch days (CNS; 2009–2011 not in the file: low):
//   ≥ 25 campaign, 10–24 routine, otherwise low; 2019 starts in the 2018 opening (moratorium,
//   diplomacy under way);
// - the Russia–Ukraine war from 2022 (it began on 24 Feb 2022; the year is started at war), DPRK
//   forces in Kursk from 2025; UN monitoring by the Panel of Experts until its mandate lapsed on
//   30 Apr 2024 (the March 2024 renewal is scheduled as a draft in 2024), enforcement 0.75 while
//   monitored, 0.5 after;
// - the Council's stance of the year, from the record (`councilStance`): 2010–2021 the unanimity
//   era — every DPRK sanctions resolution adopted 15–0 (2006–17, F§2a), the panel renewed
//   unanimously every year (F§2d), so Russia's and China's "no" weights are 0.05 and a sponsor
//   expects no veto; statements agreed once and blocked once (S/PRST/2010/13; Yeonpyeong, F§5,
//   F§2g), so objection and consent weigh the same. From 2022 the split (the May 2022 veto, F§2b;
//   the statement refused after the November 2022 ICBM, F§2g; the March 2024 panel veto): the
//   scenario's own values, drafts shelved when a veto is expected;
// - capability: no ICBM launches before 2017 (CNS icbm_coded), so icbm_rate is 0 for 2010–2016;
// - the Council: the five permanent members, Japan, the ROK and eight elected members voting by
//   the default policy (Japan and the ROK sit every year: a simplification).
// Outcomes scored, each year: a nuclear test; a DPRK-initiated lethal incident; a non-lethal use of
// force (MID 4); a war on the peninsula; a vetoed DPRK draft; a DPRK sanctions resolution adopted;
// an ICBM launch. Launch days (CNS,
// 2012–2025) are checked against the simulated 5–95% band.
import { compile, masterSeedOf, resolveParameters, Simulator, type Scenario } from '@casus/engine';
import { loadBundled } from '../helpers.js';

const RUNS = Number(process.argv[2] ?? 2000);
const SEED = 20260101;
const YEARS = Array.from({ length: 16 }, (_, i) => 2010 + i);

/** Ballistic launch days per year (CNS; facts/dprk_missile_tests_per_year_cns.csv). */
const LAUNCH_DAYS: Record<number, number> = {
  2012: 0, 2013: 3, 2014: 11, 2015: 7, 2016: 15, 2017: 15, 2018: 0, 2019: 14, 2020: 4, 2021: 4, 2022: 34, 2023: 16, 2024: 12, 2025: 7,
};
/** What happened, per year (facts/facts.md §3b, §2b; inter_korean_incidents.csv; CNS icbm_coded). */
const OBSERVED: Record<string, readonly number[]> = {
  nuclear_test: [2013, 2016, 2017],
  lethal_incident: [2010, 2020],
  exchange_of_fire: [2010, 2014, 2015, 2020, 2022],
  regional_war: [],
  council_veto: [2022, 2024],
  // 2087 and 2094 (2013), 2270 and 2321 (2016), 2356, 2371, 2375 and 2397 (2017): F§2a.
  council_resolution: [2013, 2016, 2017],
  icbm_launch: [2017, 2022, 2023, 2024],
};
const OUTCOMES = Object.keys(OBSERVED);

/**
 * The Council's stance at the start of `year`, as parameter overrides (see the header). Before the
 * split the sponsor reads no veto, so anticipation never shelves a draft; the panel renewal of
 * March 2024 is put to a vote as a mandate renewal must be (or the panel lapses).
 */
function councilStance(year: number): Record<string, number> {
  if (year >= 2022) return {};
  return {
    russia_veto: 0.05, russia_veto_after_test: 0.05, vote_chn_sanctions_no: 0.05, vote_chn_no_after_test: 0.05, vote_chn_panel_no: 0.05,
    rus_statement_objection: 0.5, rus_statement_consent: 0.5, chn_statement_objection: 0.5, chn_statement_consent: 0.5,
  };
}

function tempoAfter(days: number | undefined): number {
  if (days === undefined) return 1;
  return days >= 25 ? 3 : days >= 10 ? 2 : 1;
}

/** A Monday near 1 January of `year` (the model's weeks start on the clock's date). */
function firstMonday(year: number): string {
  const d = new Date(Date.UTC(year, 0, 1));
  while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function yearScenario(year: number): { scenario: Scenario; overrides: Record<string, number> } {
  const base = loadBundled(year >= 2025 ? 'korea-2024' : 'korea-2024-no-treaty');
  const s = structuredClone(base) as Scenario & Record<string, unknown>;
  const start = firstMonday(year);
  (s as { clock: Scenario['clock'] }).clock = { ...s.clock, start, horizon: 52 };
  const vars = s.variables as Record<string, { initial: unknown; baseline?: unknown }>;
  const set = (id: string, v: number): void => { vars[id] = { ...vars[id]!, initial: v }; };
  const opening = year === 2019;
  set('dprk_test_mode', opening ? 0 : tempoAfter(LAUNCH_DAYS[year - 1]));
  set('diplomacy', opening ? 1 : 0);
  set('peninsula_tension', opening ? 0.3 : 0.5);
  set('un_enforcement', year <= 2024 ? 0.75 : 0.5);
  const relations = (s.relations as Scenario['relations']).map((r) => {
    const pair = [...r.between].sort().join('-');
    if (pair === 'RUS-UKR' && year < 2022) return { ...r, rung: 'crisis', war: 'none' as const, initiator: undefined, since: undefined };
    if (pair === 'PRK-UKR' && year < 2025) return { ...r, rung: 'peace', war: 'none' as const, initiator: undefined, since: undefined, alignment: 'neutral' as const };
    if (pair === 'PRK-ROK' || pair === 'PRK-USA') return { ...r, rung: opening ? 'tension' : r.rung };
    return r;
  });
  (s as { relations: unknown }).relations = relations;
  // Monitoring: the panel's mandate runs to 30 Apr of the next year until 2023; in 2024 it lapses
  // on 30 Apr after the scheduled March renewal (vetoed in history).
  const sanctions = (s.sanctions as Scenario['sanctions']).map((r) => r.id !== 'un-1718' || r.monitoring === undefined ? r
    : { ...r, monitoring: { ...r.monitoring, mandateUntil: year <= 2023 ? `${year + 1}-04-30` : '2024-04-30' } });
  (s as { sanctions: unknown }).sanctions = sanctions;
  const triggers = [...(s.triggers as Scenario['triggers'])];
  if (year === 2024) {
    triggers.push({ id: 'panel-renewal-2024', at: ['2024-03-25'], cooldown: 0, effect: [{ draft: { kind: 'panel_renewal', target: 'PRK', regime: 'un-1718', sponsor: 'USA', forceVote: 1 } }] } as unknown as Scenario['triggers'][number]);
  }
  (s as { triggers: unknown }).triggers = triggers;
  // The Council: P5, Japan, the ROK and eight elected members (default policy), seated all year.
  const elected = Array.from({ length: 8 }, (_, i) => `E${i + 1}`);
  const actors = { ...(s.actors as Record<string, unknown>) };
  for (const e of elected) actors[e] = { name: `Elected member ${e}`, nuclear: false };
  (s as { actors: unknown }).actors = actors;
  const council = s.council!;
  (s as { council: unknown }).council = {
    ...council,
    seats: [
      ...['CHN', 'FRA', 'RUS', 'GBR', 'USA'].map((actor) => ({ actor, permanent: true })),
      ...['JPN', 'ROK', ...elected].map((actor) => ({ actor, permanent: false })),
    ],
  };
  const overrides: Record<string, number> = councilStance(year);
  // Scored: a DPRK sanctions resolution adopted within the year.
  (s as { outcomes: unknown }).outcomes = { ...(s.outcomes as Record<string, unknown>), council_resolution: { title: 'A DPRK sanctions resolution adopted', when: { council: { kind: 'sanctions', target: 'PRK', result: ['adopted'] } } } };
  // Capability of the year: no ICBM-class launch before 2017 (CNS icbm_coded is 0 until 2017).
  if (year < 2017) overrides.icbm_rate = 0;
  return { scenario: s, overrides };
}

interface YearResult { year: number; p: Record<string, number>; band: [number, number]; median: number }

function simulateYear(year: number): YearResult {
  const { scenario, overrides } = yearScenario(year);
  const model = compile(scenario, resolveParameters(scenario, overrides));
  const sim = new Simulator(model);
  const idx = OUTCOMES.map((id) => model.outcomes.findIndex((o) => o.id === id));
  const hits = OUTCOMES.map(() => 0);
  const days: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const st = sim.run(masterSeedOf(SEED), run);
    if (st.status === 'error') throw new Error(`${year} run ${run}: ${st.error}`);
    idx.forEach((o, k) => { if (st.outcomeTick[o]! >= 0 && st.outcomeTick[o]! < 52) hits[k]!++; });
    days.push(st.events.filter((e) => e.kind === 'signal' && e.detail === 'missile_launch_day' && e.tick < 52).length);
  }
  days.sort((a, b) => a - b);
  const q = (f: number): number => days[Math.min(days.length - 1, Math.floor(f * days.length))]!;
  return { year, p: Object.fromEntries(OUTCOMES.map((o, k) => [o, hits[k]! / RUNS])), band: [q(0.05), q(0.95)], median: q(0.5) };
}

const clip = (p: number): number => Math.min(0.999, Math.max(0.001, p));
const brier = (p: number, o: number): number => (p - o) ** 2;
const logLoss = (p: number, o: number): number => -Math.log(o ? clip(p) : 1 - clip(p));

const results = YEARS.map(simulateYear);
const happened = (o: string, y: number): number => (OBSERVED[o]!.includes(y) ? 1 : 0);

console.log(`Hindcast 2010–2025: ${RUNS} runs a year, seed ${SEED}, batch engine`);
console.log('\nP(outcome within the year) / observed (1 = happened)');
console.log(`year  ${OUTCOMES.map((o) => o.padStart(19)).join('')}   launch days: observed / 5–95% band`);
for (const r of results) {
  const cells = OUTCOMES.map((o) => `${r.p[o]!.toFixed(3)} / ${happened(o, r.year)}`.padStart(19)).join('');
  const obs = LAUNCH_DAYS[r.year];
  const band = obs === undefined ? 'n/a (not in CNS)' : `${obs} / ${r.band[0]}–${r.band[1]}${obs >= r.band[0] && obs <= r.band[1] ? '' : '  OUTSIDE'}`;
  console.log(`${r.year}  ${cells}   ${band}`);
}
console.log('\nScores over the 16 years (lower is better; skill = 1 − model/climatology)');
console.log('outcome              freq   Brier model  Brier clim  skill    log model  log clim  skill');
for (const o of OUTCOMES) {
  const freq = results.reduce((a, r) => a + happened(o, r.year), 0) / results.length;
  const bm = results.reduce((a, r) => a + brier(r.p[o]!, happened(o, r.year)), 0) / results.length;
  const bc = results.reduce((a, r) => a + brier(freq, happened(o, r.year)), 0) / results.length;
  const lm = results.reduce((a, r) => a + logLoss(r.p[o]!, happened(o, r.year)), 0) / results.length;
  const lc = results.reduce((a, r) => a + logLoss(freq, happened(o, r.year)), 0) / results.length;
  const skill = (m: number, c: number): string => (c === 0 ? '   n/a' : (1 - m / c).toFixed(2).padStart(6));
  console.log(`${o.padEnd(19)} ${freq.toFixed(3)}   ${bm.toFixed(4).padStart(10)}  ${bc.toFixed(4).padStart(10)}  ${skill(bm, bc)}   ${lm.toFixed(3).padStart(9)}  ${lc.toFixed(3).padStart(8)}  ${skill(lm, lc)}`);
}
const scored = results.filter((r) => LAUNCH_DAYS[r.year] !== undefined);
const inside = scored.filter((r) => LAUNCH_DAYS[r.year]! >= r.band[0] && LAUNCH_DAYS[r.year]! <= r.band[1]).length;
console.log(`\nLaunch days inside the simulated 5–95% band: ${inside} of ${scored.length} years (2012–2025).`);
console.log('Climatology is in-sample (each outcome\'s frequency over these same years), the hardest baseline to beat; log scores clip p to [0.001, 0.999].');
