// accumulate's per-relation escalation counts, folded four relations to a word, equal a plain count
// of every relation whose peak rose above its start (korea-2024: many relations, not a multiple of 4
// of them; the regimes' states alike).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../load/index.js';
import { compile } from '../model/compile.js';
import { Simulator } from '../run/simulator.js';
import { TABLES } from '../machines/host.js';
import { accumulate, emptyAggregates } from './aggregates.js';

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
});
