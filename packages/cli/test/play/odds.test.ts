// Invariants of "what are the odds from here?": a pure function of the session and the number of
// continuations (same seed, same odds); continuation k from the start is run k of the batch, so
// from the start the odds equal the baseline; with a decision pending there is one column per
// option; outcomes already reached count as certain.
import { describe, expect, it } from 'vitest';
import { masterSeedOf, Simulator, compile } from '@casus/engine';
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
