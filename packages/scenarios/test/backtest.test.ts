// The korea-2010 backtest: the year of the Cheonan and Yeonpyeong, run through the korea-2024
// behavioural model. History had two lethal incidents, no war, no nuclear test, the panel renewed
// and no multilateral talks; the test reports where that history falls in the simulated
// distribution (figures quoted in packages/scenarios/CALIBRATION.md).
//
// korea-2010 is a full file, not an overlay; the first test keeps it honest by failing when its
// behavioural model (ladder, doctrine, shared triggers and parameters, outcomes) drifts from the
// baseline's (parameters: from korea-2024-no-treaty, whose treaty channels are 2010's). Port a
// change with `python3 packages/scenarios/test/tools/gen-korea-2010.py`.
import { describe, expect, it } from 'vitest';
import { compile, masterSeedOf, resolveParameters, Simulator, stats, type Scenario } from '@casus/engine';
import { loadBundled } from './helpers.js';

const base = loadBundled('korea-2024');
const noTreaty = loadBundled('korea-2024-no-treaty');
const y2010 = loadBundled('korea-2010');

/** Parameters korea-2010 leaves out or sets differently on purpose, with the reason. */
const PARAMETERS_2010_ONLY = new Set([
  'russia_panel_yes_2010', 'china_panel_yes_2010',     // the 2010 Council's record
  'icbm_rate', 'dprk_homeland_nuclear_logit',          // the capability of 2010: no ICBM-class launch before 2017
]);
/** The 2010 Council's vote weights (vote_2010_*, *_2010: votes, statements, forced votes) are its own; the treaty channels are korea-2024-no-treaty's (the 2000 treaty). */
const is2010Only = (name: string): boolean => PARAMETERS_2010_ONLY.has(name) || name.startsWith('vote_2010_') || name.endsWith('_2010');
/** Doctrine of korea-2024 with no 2010 counterpart (ROK lethal aid to Ukraine). */
const DOCTRINE_2024_ONLY = new Set(['RUS/answer-rok-arms-ukraine']);

const strip = <T extends object>(o: T, ...keys: string[]): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k))) as Partial<T>;

describe('korea-2010 shares the baseline\'s behavioural model', () => {
  it('has the same ladder and outcomes', () => {
    expect(y2010.ladder).toEqual(base.ladder);
    expect(y2010.outcomes).toEqual(base.outcomes);
  });

  it('has the same doctrine, decision point by decision point', () => {
    const points = (s: Scenario): Map<string, unknown> => new Map(Object.entries(s.doctrine)
      .flatMap(([actor, list]) => list.map((dp) => [`${actor}/${dp.id}`, dp] as const)));
    const a = points(base);
    const b = points(y2010);
    expect([...a.keys()].filter((k) => !b.has(k) && !DOCTRINE_2024_ONLY.has(k))).toEqual([]);
    for (const [key, dp] of b) expect(dp, key).toEqual(a.get(key));
  });

  it('has the same triggers wherever the two share a trigger id (titles and sources aside)', () => {
    const byId = new Map(base.triggers.map((t) => [t.id, t]));
    const shared = y2010.triggers.filter((t) => byId.has(t.id));
    expect(shared.length).toBeGreaterThanOrEqual(15);
    for (const t of shared) expect(strip(t, 'title', 'source'), t.id).toEqual(strip(byId.get(t.id)!, 'title', 'source'));
  });

  it('has the same parameters wherever the two share a name, and the same treaty clauses', () => {
    for (const [name, p] of Object.entries(y2010.parameters)) {
      if (is2010Only(name)) continue;
      expect(p, name).toEqual(noTreaty.parameters[name]);
    }
    for (const pact of y2010.pacts) {
      const twin = base.pacts.find((p) => p.id === pact.id);
      if (twin !== undefined) expect(pact.obligations, pact.id).toEqual(twin.obligations);
    }
  });
});

interface Tally {
  runs: number; incidents: number[]; war: boolean[]; test: boolean[]; talks: boolean[]; panelRenewed: boolean[];
  /** The Council on a DPRK attack: a presidential statement, a veto, an episode with no product. */
  statement: boolean[]; veto: boolean[]; noProduct: boolean[];
}

function tally(scenario: Scenario, runs: number, situation?: string): Tally {
  const model = compile(scenario, resolveParameters(scenario));
  const sim = new Simulator(model);
  const idx = (id: string): number => model.outcomes.findIndex((o) => o.id === id);
  const [war, test, talks] = [idx('regional_war'), idx('nuclear_test'), idx('talks_resumed')];
  const t: Tally = { runs, incidents: [], war: [], test: [], talks: [], panelRenewed: [], statement: [], veto: [], noProduct: [] };
  for (let run = 0; run < runs; run++) {
    const s = sim.run(masterSeedOf(20260101), run, { situation });
    if (s.status === 'error') throw new Error(`run ${run}: ${s.error}`);
    t.incidents.push(s.events.filter((e) => e.kind === 'signal' && e.detail === 'lethal_incident').length);
    t.war.push(s.outcomeTick[war]! >= 0);
    t.test.push(s.outcomeTick[test]! >= 0);
    t.talks.push(s.outcomeTick[talks]! >= 0);
    t.panelRenewed.push(s.events.some((e) => e.kind === 'draftResult' && e.detail === 'adopted:panel_renewal'));
    t.statement.push(s.events.some((e) => e.kind === 'draftResult' && e.detail === 'presidential_statement:condemnation'));
    t.veto.push(s.events.some((e) => e.kind === 'draftResult' && e.detail === 'vetoed:condemnation'));
    t.noProduct.push(s.events.some((e) => e.kind === 'draftResult' && e.detail === 'no_product:condemnation'));
  }
  return t;
}

const share = (xs: readonly boolean[]): number => xs.filter(Boolean).length / xs.length;
const fmt = (x: number): string => x.toFixed(3);

describe('korea-2010: where the observed year falls', () => {
  const RUNS = 10_000;
  const t = tally(y2010, RUNS);
  const atLeast2 = t.incidents.map((n) => n >= 2);
  const pAtLeast2 = share(atLeast2);
  const warGiven2 = t.war.filter((_, i) => atLeast2[i]);
  const observed = t.incidents.map((n, i) => n >= 2 && !t.war[i]);

  it('reports the distribution of lethal incidents, war, and the rest of the record', () => {
    const dist = [0, 1, 2, 3].map((k) => fmt(t.incidents.filter((n) => (k < 3 ? n === k : n >= k)).length / RUNS));
    const w = stats.wilson(warGiven2.filter(Boolean).length, warGiven2.length);
    console.info(`[backtest 2010] ${RUNS} runs: lethal incidents 0/1/2/≥3 = ${dist.join(' / ')}; history (2) is at the top `
      + `${fmt(pAtLeast2)} of the distribution; P(no regional war) ${fmt(1 - share(t.war))}; P(war | ≥2 incidents) `
      + `${fmt(w.p)} (${warGiven2.filter(Boolean).length}/${warGiven2.length}, Wilson [${fmt(w.lo)}, ${fmt(w.hi)}]); `
      + `P(≥2 incidents and no war) ${fmt(share(observed))}; P(no nuclear test) ${fmt(1 - share(t.test))} (none in 2010); `
      + `P(panel renewed) ${fmt(share(t.panelRenewed))} (renewed); P(no multilateral talks) ${fmt(1 - share(t.talks))} (none)`);
    expect(share(observed)).toBeGreaterThan(0);
    expect(1 - share(t.war)).toBeGreaterThan(0.95);
    expect(1 - share(t.test)).toBeGreaterThan(0.9);
    expect(share(t.panelRenewed)).toBeGreaterThan(0.8);
  });

  it('finds war unlikely even after two lethal incidents, as history had it', () => {
    expect(warGiven2.length).toBeGreaterThan(30);
    expect(warGiven2.filter(Boolean).length / warGiven2.length).toBeLessThan(0.25);
  });

  it('reports what follows the Cheonan (situation `cheonan`)', () => {
    const c = tally(y2010, 4000, 'cheonan');
    const second = share(c.incidents.map((n) => n >= 2));
    console.info(`[backtest 2010] from the Cheonan (26 Mar): P(a second lethal incident in 2010) ${fmt(second)} (history: Yeonpyeong, 23 Nov); `
      + `P(regional war) ${fmt(share(c.war))} (history: none); the Council on a DPRK attack in the year: P(presidential statement) `
      + `${fmt(share(c.statement))} (history: S/PRST/2010/13), P(condemnation vetoed) ${fmt(share(c.veto))} (none), `
      + `P(an episode with no product) ${fmt(share(c.noProduct))} (Yeonpyeong)`);
    // History's products are inside what the model allows, and a veto (never cast on a DPRK draft in 2010) is rare.
    expect(share(c.statement)).toBeGreaterThan(0.05);
    expect(share(c.noProduct)).toBeGreaterThan(0.05);
    expect(share(c.veto)).toBeLessThan(0.15);
    expect(second).toBeGreaterThan(0);
    expect(share(c.war)).toBeLessThan(0.25);
  });
});
