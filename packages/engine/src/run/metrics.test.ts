// Invariant: a metric (1.10) reports, for each run, what a plain count of that run says — a `count`
// the events of its kind in the run's trace, a `ticks` metric the ticks at whose end its condition
// held, read tick by tick from the state — and the batch's histogram, per-draw sums and summary
// are those of the per-run values, merged from any split of the runs.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../load/index.js';
import { compile, resolveParameters } from '../model/compile.js';
import { simulate } from './simulate.js';
import { Simulator } from './simulator.js';
import { BatchContext, METRIC_PRECISION_SPREAD, metricHalfWidth, precisionReached, runBatch } from '../batch/batch.js';
import { summariseValues } from '../stats/values.js';
import { canonicalAggregates, mergeInto } from '../batch/aggregates.js';
import { runRecord } from '../batch/records.js';
import { summarise } from '../batch/summary.js';
import { metricValues } from './metrics.js';
import { masterSeedOf } from '../rng/hash.js';
import { runResult } from './result.js';
import { CompareContext, mergeComparison, summariseMetricComparison } from '../batch/compare.js';

const TUTORIAL = readFileSync(new URL('../../../scenarios/scenarios/tutorial.yaml', import.meta.url), 'utf8');
const METRICS = `
metrics:
  attacks:
    title: Armed attacks, use of force or more
    count: { happened: { event: armedAttack, minIntensity: 4 } }
  vetoes:
    count: { council: { kind: sanctions, result: [vetoed, failed] } }
  weeks_at_war:
    ticks: { relation: { between: [C, B], atLeast: war } }
  weeks_in_crisis:
    ticks: { relation: { between: [A, B], atLeast: crisis } }
`;

function tutorialWithMetrics() {
  const loaded = loadScenario(`${TUTORIAL.replace(/^version: .*$/m, 'version: "1.10"')}\n${METRICS}`, { filename: 'tutorial.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  expect(loaded.warnings.filter((w) => w.code === 'W_VERSION_FEATURE')).toEqual([]);
  return loaded.scenario;
}

describe('metrics', () => {
  it('count the events of the trace and the ticks at whose end the condition held, run by run', () => {
    const scenario = tutorialWithMetrics();
    const m = compile(scenario);
    const cb = m.pairOf[m.actorIndex.get('C')! * m.actors.length + m.actorIndex.get('B')!]!;
    const ab = m.pairOf[m.actorIndex.get('A')! * m.actors.length + m.actorIndex.get('B')!]!;
    const stepper = new Simulator(m, { compiled: false });
    let seen = { attacks: 0, vetoes: 0, war: 0, crisis: 0 };
    for (let run = 0; run < 300; run++) {
      const situation = run % 3 === 0 ? 'invasion' : undefined;
      const r = simulate(m, { seed: 5, runIndex: run, situation });
      // The ticks, stepped one by one and read from the state at each tick's end; the events from
      // the stepped run's record of every event.
      stepper.reset(5, run, { situation });
      let war = 0;
      let crisis = 0;
      while (stepper.step()) {
        if (stepper.state.rung[cb]! >= m.warRung) war++;
        if (stepper.state.rung[ab]! >= m.crisisRung) crisis++;
      }
      // The horizon's own tick ends the loop (step returns false after simulating it).
      if (stepper.state.rung[cb]! >= m.warRung) war++;
      if (stepper.state.rung[ab]! >= m.crisisRung) crisis++;
      const events = stepper.state.events;
      const attacks = events.filter((e) => e.kind === 'armedAttack' && e.intensity >= 4).length;
      const vetoes = events.filter((e) => e.kind === 'draftResult' && /^(vetoed|failed):sanctions/.test(e.detail)).length;
      expect(r.metrics, `run ${run}`).toEqual({ attacks, vetoes, weeks_at_war: war, weeks_in_crisis: crisis });
      expect(metricValues(stepper.state)).toEqual(r.metrics);
      seen = { attacks: seen.attacks + attacks, vetoes: seen.vetoes + vetoes, war: seen.war + war, crisis: seen.crisis + crisis };
    }
    // The scenario gives every metric something to count.
    expect(Object.values(seen).every((n) => n > 0)).toBe(true);
  });

  it('the batch keeps the histogram of the per-run values; any split merges to it; the summary reads it', () => {
    const scenario = tutorialWithMetrics();
    for (const parameterDraws of [0, 4]) {
      const ctx = new BatchContext(scenario, { seed: 9, runs: 400, parameterDraws });
      const whole = ctx.empty();
      const values: Record<string, number[]> = {};
      ctx.runRange(whole, 0, 400, (r) => { for (const [id, v] of Object.entries(r.metrics!)) (values[id] ??= []).push(v!); });
      const parts = [ctx.empty(), ctx.empty(), ctx.empty()];
      ctx.runRange(parts[0]!, 0, 137);
      ctx.runRange(parts[1]!, 137, 300);
      ctx.runRange(parts[2]!, 300, 400);
      const merged = mergeInto(mergeInto(parts[2]!, parts[0]!), parts[1]!);
      expect(JSON.stringify(canonicalAggregates(merged))).toBe(JSON.stringify(canonicalAggregates(whole)));
      const summary = summarise(canonicalAggregates(whole));
      expect(summary.metrics.map((x) => x.id)).toEqual(['attacks', 'vetoes', 'weeks_at_war', 'weeks_in_crisis']);
      for (const x of summary.metrics) {
        const v = values[x.id]!;
        const hist: Record<string, number> = {};
        for (const n of v) hist[n] = (hist[n] ?? 0) + 1;
        expect(whole.metrics![x.id]!.runs).toEqual(hist);
        expect(x.runs).toBe(400);
        expect(x.mean).toBeCloseTo(v.reduce((a, b) => a + b, 0) / v.length, 12);
        expect(x.max).toBe(Math.max(...v));
        expect(x.positive).toBeCloseTo(v.filter((n) => n > 0).length / v.length, 12);
        expect(x.lo).toBeLessThanOrEqual(x.mean);
        expect(x.hi).toBeGreaterThanOrEqual(x.mean);
        expect(x.interval).toBe(parameterDraws > 0 ? 'draw-clustered' : 't');
        if (parameterDraws > 0) {
          // Per draw, the sum of its runs' values.
          const sums = whole.draws.map((d) => d.metrics![x.id]!);
          expect(sums.reduce((a, b) => a + b, 0)).toBe(v.reduce((a, b) => a + b, 0));
          expect(whole.draws.map((d) => d.cells.metrics![x.id]!.reduce((a, b) => a + b, 0))).toEqual(sums);
        }
      }
    }
  });

  it('a ticks condition with a parameter for its bound reads each draw\'s value in the shared generated loop', () => {
    const loaded = loadScenario(`${TUTORIAL.replace(/^version: .*$/m, 'version: "1.10"')}
metrics:
  tense: { ticks: { variable: { id: tension, gt: nonaggression_respect } } }
`, { filename: 'tutorial.yaml' });
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
    const ctx = new BatchContext(loaded.scenario, { seed: 2, runs: 50, parameterDraws: 6 });
    const agg = ctx.empty();
    const got: number[] = [];
    ctx.runRange(agg, 0, ctx.total, (r) => { got.push(r.metrics!.tense!); });
    const want: number[] = [];
    const byDraw = new Set<number>();
    for (let run = 0; run < ctx.total; run++) {
      const draw = ctx.design.drawOf(run);
      const interpreted = new Simulator(ctx.design.model(draw), { compiled: false });
      want.push(metricValues(interpreted.run(masterSeedOf(2), ctx.design.seedIndexOf(run)))['tense']!);
      byDraw.add(want[run]!);
    }
    expect(got).toEqual(want);
    // The draws' thresholds differ, and so do the counts.
    expect(byDraw.size).toBeGreaterThan(2);
  });

  it('a comparison pairs run k of A with run k of B: exact sums, B − A and its paired interval', () => {
    const scenario = tutorialWithMetrics();
    for (const parameterDraws of [0, 3]) {
      const a = { scenario, parameters: { ally_reliability: 0.9 } };
      const b = { scenario, parameters: { ally_reliability: 0.3 } };
      const options = { seed: 4, runs: 300, ...(parameterDraws > 0 ? { parameterDraws } : {}) };
      const ctx = new CompareContext(a, b, options);
      const whole = ctx.empty();
      ctx.runRange(whole, 0, ctx.total);
      // Split anywhere and merged: the same counts.
      const x = ctx.empty();
      const y = ctx.empty();
      ctx.runRange(x, 0, 101);
      ctx.runRange(y, 101, ctx.total);
      expect(JSON.stringify(mergeComparison(x, y).pairedMetrics)).toBe(JSON.stringify(whole.pairedMetrics));
      if (parameterDraws === 0) {
        // The sums, run by run from the two variants' own runs.
        const ma = compile(scenario, resolveParameters(scenario, { ally_reliability: 0.9 }));
        const mb = compile(scenario, resolveParameters(scenario, { ally_reliability: 0.3 }));
        const want = { n: 0, sumA: 0, sumB: 0, sumD2: 0 };
        for (let run = 0; run < 300; run++) {
          const va = simulate(ma, { seed: 4, runIndex: run }).metrics!.weeks_at_war!;
          const vb = simulate(mb, { seed: 4, runIndex: run }).metrics!.weeks_at_war!;
          want.n++; want.sumA += va; want.sumB += vb; want.sumD2 += (vb - va) ** 2;
        }
        expect(whole.pairedMetrics!.weeks_at_war).toMatchObject(want);
        expect(want.sumA).toBeGreaterThan(want.sumB);
      } else {
        expect(whole.pairedDraws!.reduce((n, d) => n + d.metricRuns!.reduce((p, q) => p + q, 0), 0)).toBe(whole.pairedMetrics!.attacks!.n);
      }
      const rows = summariseMetricComparison(whole);
      expect(rows.map((r) => r.id)).toEqual(['attacks', 'vetoes', 'weeks_at_war', 'weeks_in_crisis']);
      for (const r of rows) {
        expect(r.diff).toBeCloseTo(r.meanB - r.meanA, 12);
        expect(r.lo).toBeLessThanOrEqual(r.diff);
        expect(r.hi).toBeGreaterThanOrEqual(r.diff);
        expect(r.interval).toBe(parameterDraws > 0 ? 'draw-clustered' : 'paired');
      }
      // A less reliable ally: fewer weeks at war with Borduria.
      const war = rows.find((r) => r.id === 'weeks_at_war')!;
      expect(war.diff).toBeLessThan(0);
    }
    // The same variant twice: every pair equal, B − A exactly 0 with no width.
    const same = new CompareContext({ scenario }, { scenario }, { seed: 4, runs: 200 });
    const c = same.empty();
    same.runRange(c, 0, 200);
    for (const r of summariseMetricComparison(c)) expect([r.diff, r.pairedHalfWidth, c.pairedMetrics![r.id]!.sumD2]).toEqual([0, 0, 0]);
  });

  it('a failed run reports no metric value, and is not in the histogram', () => {
    const scenario = tutorialWithMetrics();
    const m = compile(scenario);
    // A bound of one event a tick makes the first cascade fail the run.
    const sim = new Simulator(m, { maxEventsPerTick: 1 });
    const s = sim.run(5, 0, { situation: 'invasion' });
    expect(s.status).toBe('error');
    const record = runRecord(m, s, 0, 5, -1, {});
    expect(record.metrics).toEqual({ attacks: null, vetoes: null, weeks_at_war: null, weeks_in_crisis: null });
    expect(runResult(m, s, 5, false).metrics).toEqual(record.metrics);
  });

  it('a scenario without metrics keeps the shapes of its results', () => {
    const loaded = loadScenario(TUTORIAL, { filename: 'tutorial.yaml' });
    if (!loaded.ok) throw new Error('tutorial does not load');
    const ctx = new BatchContext(loaded.scenario, { seed: 1, runs: 10 });
    const agg = ctx.empty();
    let record: object | undefined;
    ctx.runRange(agg, 0, 10, (r) => { record ??= r; });
    expect('metrics' in agg).toBe(false);
    expect(record && 'metrics' in record).toBe(false);
    expect('metrics' in simulate(compile(loaded.scenario), { seed: 1, runIndex: 0 })).toBe(false);
  });

  it('a precision target stops a batch at the first chunk where each named metric\'s half-width (the summary\'s) is met', async () => {
    const scenario = tutorialWithMetrics();
    const targets = { attacks: 0.05, weeks_at_war: 0.1 };
    const chunk = 250;
    const result = await runBatch(scenario, { seed: 3, runs: 40_000, chunk, metricPrecision: targets });
    expect(result.runs).toBeLessThan(40_000);
    expect(result.runs % chunk).toBe(0);
    expect(result.complete).toBe(true);
    // The same batch, chunk by chunk: no earlier boundary met every target, and the half-width is
    // the summary's (mean to the interval's upper end).
    const ctx = new BatchContext(scenario, { seed: 3, runs: 40_000 });
    const agg = ctx.empty();
    for (let to = chunk; to < result.runs; to += chunk) {
      ctx.runRange(agg, to - chunk, to);
      expect(precisionReached(agg, { metricPrecision: targets }), `at ${to}`).toBe(false);
    }
    ctx.runRange(agg, result.runs - chunk, result.runs);
    expect(canonicalAggregates(agg)).toEqual(result.aggregates);
    const summary = summarise(result.aggregates);
    for (const [id, target] of Object.entries(targets)) {
      const x = summary.metrics.find((y) => y.id === id)!;
      expect(metricHalfWidth(result.aggregates, id)).toBeCloseTo(x.hi - x.mean, 12);
      expect(metricHalfWidth(result.aggregates, id)).toBeLessThanOrEqual(target);
    }
  });

  it('a metric\'s half-width is not read until enough runs differ from its commonest value', () => {
    const ctx = new BatchContext(tutorialWithMetrics(), { seed: 1, runs: 10 });
    const agg = ctx.empty();
    agg.runs = 1000;
    // Every run the same value: a t interval of width 0, which says nothing about the tail.
    agg.metrics!.attacks!.runs = { 0: 1000 };
    expect(metricHalfWidth(agg, 'attacks')).toBe(Infinity);
    agg.metrics!.attacks!.runs = { 0: 991, 7: METRIC_PRECISION_SPREAD - 1 };
    expect(metricHalfWidth(agg, 'attacks')).toBe(Infinity);
    expect(precisionReached(agg, { metricPrecision: { attacks: 1e9 } })).toBe(false);
    agg.metrics!.attacks!.runs = { 0: 990, 7: METRIC_PRECISION_SPREAD };
    const v = summariseValues(agg.metrics!.attacks!.runs);
    expect(metricHalfWidth(agg, 'attacks')).toBe(v.hi - v.mean);
    expect(precisionReached(agg, { metricPrecision: { attacks: 1e9 } })).toBe(true);
    // The commonest value need not be 0: ten runs off 3 count as well.
    agg.metrics!.attacks!.runs = { 2: 4, 3: 990, 5: 6 };
    expect(Number.isFinite(metricHalfWidth(agg, 'attacks'))).toBe(true);
    expect(() => metricHalfWidth(agg, 'nope')).toThrow('unknown metric "nope"');
  });

  it('a metric target names a declared metric, and cannot go with parameter draws', () => {
    const scenario = tutorialWithMetrics();
    expect(() => new BatchContext(scenario, { seed: 1, runs: 10, metricPrecision: { nope: 1 } })).toThrow('unknown metric "nope"');
    expect(() => new BatchContext(scenario, { seed: 1, runs: 10, parameterDraws: 3, metricPrecision: { attacks: 1 } })).toThrow('parameter draws');
  });
});
