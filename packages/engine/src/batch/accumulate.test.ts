// accumulate's per-relation escalation counts, folded four relations to a word, equal a plain count
// of every relation whose peak rose above its start (korea-2024: many relations, not a multiple of 4
// of them; the regimes' states alike).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../load/index.js';
import { compile } from '../model/compile.js';
import { Simulator } from '../run/simulator.js';
import { TABLES } from '../machines/host.js';
import { runResult } from '../run/result.js';
import { accumulate, canonicalAggregates, emptyAggregates, mergeInto } from './aggregates.js';

describe('accumulate', () => {
  it('counts the relations that rose and the states of regimes as a plain count of each run does', () => {
    for (const id of ['korea-2024', 'tutorial']) {
      const loaded = loadScenario(readFileSync(new URL(`../../../scenarios/scenarios/${id}.yaml`, import.meta.url), 'utf8'), { filename: `${id}.yaml` });
      if (!loaded.ok) throw new Error(`${id} does not load`);
      const m = compile(loaded.scenario);
      const sim = new Simulator(m);
      const agg = emptyAggregates(m);
      const escalation: Record<string, number[]> = {};
      const regimes: Record<string, Record<string, number>> = {};
      let rose = 0;
      for (let run = 0; run < 300; run++) {
        const s = sim.run(3, run);
        accumulate(agg, m, s);
        for (let p = 0; p < m.pairA.length; p++) {
          if (s.pairPeak[p]! === s.pairStart[p]!) continue;
          rose++;
          const key = `${m.actors[m.pairA[p]!]!.id}|${m.actors[m.pairB[p]!]!.id}`;
          (escalation[key] ??= new Array<number>(m.rungs.length).fill(0))[s.pairPeak[p]!]!++;
        }
        for (const g of m.regimes) {
          const st = TABLES.regime.states[s.machine.regime[g.index]!]!;
          (regimes[g.id] ??= {})[st] = (regimes[g.id]![st] ?? 0) + 1;
        }
      }
      expect(rose).toBeGreaterThan(0);
      expect(Object.fromEntries(Object.entries(agg.escalation ?? {}).map(([k, e]) => [k, e.runs]))).toEqual(escalation);
      for (const g of m.regimes) expect(Object.fromEntries(Object.entries(agg.regimes[g.id]!).filter(([, n]) => n > 0))).toEqual(regimes[g.id]);
    }
  });

  it('counts, per outcome reached inside a war, who began that war, as each run\'s result tells it; merging halves gives the whole', () => {
    const loaded = loadScenario(readFileSync(new URL('../../../scenarios/scenarios/tutorial.yaml', import.meta.url), 'utf8'), { filename: 'tutorial.yaml' });
    if (!loaded.ok) throw new Error('tutorial does not load');
    const m = compile(loaded.scenario);
    const sim = new Simulator(m);
    const whole = emptyAggregates(m);
    const halves = [emptyAggregates(m), emptyAggregates(m)];
    const expected: Record<string, Record<string, number>> = {};
    for (let run = 0; run < 400; run++) {
      const s = sim.run(11, run, { situation: 'invasion' });
      accumulate(whole, m, s);
      accumulate(halves[run % 2]!, m, s);
      const r = runResult(m, s, 11, true);
      for (const [id, o] of Object.entries(r.outcomes)) {
        const episode = o.event === null ? undefined : r.events![o.event]!.episode;
        if (episode === undefined) continue;
        const who = r.episodes[episode]!.initiator;
        (expected[id] ??= {})[who] = (expected[id]![who] ?? 0) + 1;
      }
    }
    // The invasion's war reaches both outcomes: the clash in every run, Carpania's entry in some.
    expect(expected.clash?.B).toBe(400);
    expect(expected.ally_intervenes?.B).toBeGreaterThan(0);
    expect(whole.wars).toEqual(expected);
    const merged = mergeInto(halves[0]!, halves[1]!);
    expect(JSON.stringify(canonicalAggregates(merged).wars)).toBe(JSON.stringify(canonicalAggregates(whole).wars));
  });
});
