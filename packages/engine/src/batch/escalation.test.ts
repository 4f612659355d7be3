// Escalation per pair counts, for each pair, the runs whose relation rose above the rung it started
// on, by the highest rung reached: a war under way at the start is not a war reached. The counts
// are exact and merge by addition (any split of the runs gives the same aggregates), and grouping
// by theatre is a pure function of the aggregates and the declared theatres.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile } from '../model/compile.js';
import { BatchContext } from './batch.js';
import { canonicalAggregates, mergeInto } from './aggregates.js';
import { escalationGroups, escalationLayout } from './escalation.js';
import { summarise } from './summary.js';

const yaml = `
version: "1.0"
id: pairs
title: Escalation per pair
clock: { start: 2025-01-06, tick: week, horizon: 6 }
actors:
  RUS: { name: Russia }
  UKR: { name: Ukraine }
  PRK: { name: DPRK }
  ROK: { name: ROK }
  USA: { name: United States }
relations:
  - { between: [RUS, UKR], rung: war, war: hostilities, initiator: RUS }
  - { between: [PRK, ROK], rung: crisis }
theatres:
  korea: { title: Korean peninsula, actors: [PRK, ROK, USA] }
  ukraine: { title: War in Ukraine, actors: [RUS, UKR] }
triggers:
  - id: shelling
    rate: { per: week, value: 0.3 }
    limit: 1
    effect: { armedAttack: { by: PRK, on: ROK, intensity: 4 } }
  - id: strike
    rate: { per: week, value: 0.1 }
    limit: 1
    effect: { armedAttack: { by: USA, on: RUS, intensity: 5 } }
outcomes:
  korean_clash: { when: { relation: { between: [PRK, ROK], atLeast: clash } } }
`;

function scenario() {
  const r = loadScenario(yaml);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.scenario;
}

describe('escalation per pair', () => {
  const s = scenario();
  const ctx = new BatchContext(s, { seed: 7, runs: 400 });
  const whole = ctx.empty();
  ctx.runRange(whole, 0, 400);

  it('counts rises above the start only: a war under way from the first day is left out', () => {
    const esc = whole.escalation!;
    expect(Object.keys(esc).sort()).toEqual(['PRK|ROK', 'RUS|USA']);
    expect(esc['PRK|ROK']!.from).toBe('crisis');
    expect(esc['RUS|USA']!.from).toBe('peace');
    // The shelling lifts the Koreas to clash, never higher; the strike lifts RUS–USA to war.
    expect(esc['PRK|ROK']!.runs.map((n, i) => (n > 0 ? i : -1)).filter((i) => i >= 0)).toEqual([3]);
    expect(esc['RUS|USA']!.runs.map((n, i) => (n > 0 ? i : -1)).filter((i) => i >= 0)).toEqual([4]);
    expect(esc['PRK|ROK']!.runs[3]).toBe(whole.outcomes.korean_clash!.hits);
    // Russia is "at war" in every run per actor, but that is the war it started with.
    expect(whole.highestRung.RUS![4]).toBe(400);
  });

  it('merges exactly by addition, whatever the split', () => {
    for (const cuts of [[0, 400], [0, 1, 400], [0, 137, 255, 400]]) {
      const parts = cuts.slice(1).map((to, k) => { const a = ctx.empty(); ctx.runRange(a, cuts[k]!, to); return a; });
      const merged = parts.slice(1).reduceRight((acc, p) => mergeInto(acc, p), parts[0]!);
      expect(JSON.stringify(canonicalAggregates(merged).escalation)).toBe(JSON.stringify(canonicalAggregates(whole).escalation));
    }
  });

  it('groups pairs by the first theatre that lists both, others last, in declared actor order', () => {
    const m = compile(s);
    const rungs = m.rungs.map((r) => r.id);
    const groups = escalationGroups(whole, rungs, escalationLayout(m));
    expect(groups.map((g) => [g.theatre, g.pairs.map((x) => x.pair.join('–'))])).toEqual([
      ['korea', ['PRK–ROK']],
      [null, ['RUS–USA']],
    ]);
    const korea = groups[0]!.pairs[0]!;
    expect(korea.p).toBeCloseTo(korea.runs / 400, 12);
    expect(Object.keys(korea.highest)).toEqual(['clash']);
    expect(summarise(whole, rungs, 5, escalationLayout(m)).escalation).toEqual(groups);
    // Without theatres: one group of all pairs.
    expect(escalationGroups(whole, rungs).map((g) => g.title)).toEqual(['All pairs']);
  });

  it('reads aggregates written before escalation was recorded', () => {
    const old = structuredClone(whole);
    delete old.escalation;
    expect(escalationGroups(old, ['peace'])).toEqual([]);
    const merged = mergeInto(structuredClone(old), whole);
    expect(merged.escalation).toEqual(whole.escalation);
  });
});
