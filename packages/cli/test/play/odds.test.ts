// Invariants of "what are the odds from here?": a pure function of the session and the number of
// continuations (same seed, same odds); continuation k from the start is run k of the batch, so
// from the start the odds equal the baseline; with a decision pending there is one column per
// option; outcomes already reached count as certain.
import { describe, expect, it } from 'vitest';
import { masterSeedOf, metricValues, Simulator, compile } from '@casus/engine';
import { formatOdds } from '../../src/play/view.js';
import { metricMeans } from '../../src/play/odds.js';
import { oddsTable } from '../../src/serve/state-view.js';
import { advanceToDecision, scenarioAt, startSession, TUTORIAL } from './helpers.js';

describe('odds', () => {
  it('same session, same seed → the same odds; another seed → other odds', () => {
    const a = startSession({ seed: 9 });
    const b = startSession({ seed: 9 });
    const c = startSession({ seed: 10 });
    for (const s of [a, b, c]) s.advance(2);
    expect(a.odds(300)).toEqual(b.odds(300));
    expect(c.odds(300).columns).not.toEqual(a.odds(300).columns);
  });

  it('from the start, continuation k is run k: the odds equal the baseline, which counts runs 0 … N−1', () => {
    const s = startSession({ seed: 5, situation: undefined, actors: [] });
    const report = s.odds(400);
    expect(report.columns).toHaveLength(1);
    expect(report.columns[0]!.hits).toEqual(report.baseline.hits);
    const model = compile(scenarioAt(TUTORIAL));
    const sim = new Simulator(model);
    const hits: Record<string, number> = Object.fromEntries(model.outcomes.map((o) => [o.id, 0]));
    for (let k = 0; k < 400; k++) {
      const st = sim.run(masterSeedOf(5), k);
      model.outcomes.forEach((o, i) => { if (st.outcomeTick[i]! >= 0) hits[o.id]!++; });
    }
    expect(report.baseline.hits).toEqual(hits);
  });

  it('(1.10) the metrics\' sums from the start equal the baseline\'s, which sums runs 0 … N−1; the table prints their means', () => {
    const file = 'packages/cli/test/fixtures/sweep.yaml';
    const s = startSession({ seed: 5, situation: undefined, actors: [], file });
    const report = s.odds(300);
    expect(report.metrics?.map((x) => x.id)).toEqual(['strikes', 'weeks_joined']);
    expect(report.columns[0]!.metricSums).toEqual(report.baseline.metricSums);
    const model = compile(scenarioAt(file));
    const sim = new Simulator(model);
    const sums: Record<string, number> = { strikes: 0, weeks_joined: 0 };
    for (let k = 0; k < 300; k++) {
      const values = metricValues(sim.run(masterSeedOf(5), k));
      for (const id of Object.keys(sums)) sums[id]! += values[id]!;
    }
    expect(report.baseline.metricSums).toEqual(sums);
    expect(sums.strikes).toBeGreaterThan(0);
    const text = formatOdds(s, report, { green: (x) => x, red: (x) => x, yellow: (x) => x, dim: (x) => x }).join('\n');
    expect(text).toMatch(new RegExp(`\\n  strikes\\s+mean ${(sums.strikes! / 300).toPrecision(3).replace('.', '\\.')}`));
    // casus serve's odds table carries the same means (the browser shows them as rows).
    expect(oddsTable(s, report).metrics).toEqual(metricMeans(report));
    expect(metricMeans(report)[0]!.means).toHaveLength(2);
    // A scenario without metrics: no field, no rows.
    expect(startSession({ seed: 5 }).odds(50).metrics).toBeUndefined();
  });

  it('with a decision pending, one column per option: denying the casus keeps Carpania out of the war', () => {
    const s = startSession({ seed: 2 });
    advanceToDecision(s);
    const report = s.odds(400);
    expect(report.columns.map((c) => c.label)).toEqual(['if invoke', 'if deny']);
    const [invoke, deny] = report.columns;
    expect(invoke!.hits.ally_intervenes!).toBeGreaterThan(deny!.hits.ally_intervenes! + 50);
    expect(report.reached.clash).toBe(2);
    // Asking the odds changes nothing in the session.
    expect(s.frame.pending?.request.key).toBe('a-c-1960/defense@C');
    expect(s.branch.decisions).toEqual([]);
  });

  it('the odds from here follow what people did: an inject of a clash makes the clash certain', () => {
    const s = startSession({ seed: 3, situation: undefined, actors: [] });
    s.advance(2);
    const before = s.odds(200);
    s.inject('{armedAttack: {by: B, on: A, in: east_march, intensity: 4}}');
    const after = s.odds(200);
    expect(after.columns[0]!.hits.clash).toBe(200);
    expect(before.columns[0]!.hits.clash).toBeLessThan(200);
    expect(after.baseline).toEqual(before.baseline);
  });

  it('refuses a bad number of runs and a finished run', () => {
    const s = startSession({ situation: undefined, actors: [] });
    expect(() => s.odds(0)).toThrow(/odds takes a number of runs/);
    s.advance(100);
    expect(() => s.odds(10)).toThrow(/the run is over/);
  });
});
