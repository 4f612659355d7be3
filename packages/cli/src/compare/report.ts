import { stats, summarise, summariseComparison, summariseMetricComparison, type Aggregates, type Scenario } from '@casus/engine';
import type { StopReason } from '../batch/execute.js';
import { shellWord } from '../batch/replay.js';
import type { Paint } from '../io.js';
import { formatPercentWithInterval, formatPointChange, formatPoints, formatValue, formatValueInterval } from '../number-format.js';
import { widestPairedHalfWidth, type CompareJobResult } from './execute.js';
import { describeChanges, formatScenarioDiff, type DescribedChange } from '../scenario-diff.js';
import type { ComparePlan, VariantPlan } from './options.js';

/** A probability with its 95% interval of simulation error: Wilson's, or draw-clustered over the judgments. */
export interface Estimate {
  readonly hits: number;
  readonly runs: number;
  readonly p: number;
  readonly lo: number;
  readonly hi: number;
}

/** One outcome both variants watch: both probabilities and the paired difference B − A. */
export interface OutcomeRow {
  readonly id: string;
  readonly title: string;
  /** Runs where both, only A, only B, neither reached it. */
  readonly counts: { readonly n11: number; readonly n10: number; readonly n01: number; readonly n00: number };
  readonly a: Estimate;
  readonly b: Estimate;
  /** B − A with Newcombe's paired 95% interval (exactly 0 when the variants are identical). */
  readonly diff: { readonly value: number; readonly lo: number; readonly hi: number; readonly halfWidth: number };
  /** Half-width the same counts would give for two independent batches of the same size. */
  readonly independentHalfWidth: number;
  /** independent ÷ paired half-width; null when the paired one is 0, and over the judgments (no like-for-like independent figure). */
  readonly tighter: number | null;
  /** The paired interval excludes 0. */
  readonly distinguishable: boolean;
  /** No run reached it in one variant and not the other (n10 = n01 = 0). */
  readonly sameInEveryRun: boolean;
}

/** A mean per run with its 95% interval of simulation error (Student's t, or draw-clustered over the judgments). */
export interface MeanEstimate {
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

/** (1.10) One metric both variants declare: both means and the paired difference B − A. */
export interface MetricRow {
  readonly id: string;
  readonly title: string;
  /** Pairs counted: neither run failed. */
  readonly n: number;
  readonly a: MeanEstimate;
  readonly b: MeanEstimate;
  /** B − A, the mean paired difference, with its 95% interval (exactly 0 when the variants are identical). */
  readonly diff: { readonly value: number; readonly lo: number; readonly hi: number; readonly halfWidth: number };
  /** Half-width two independent batches of the same size would give (null over the judgments). */
  readonly independentHalfWidth: number | null;
  readonly distinguishable: boolean;
}

/** Everything the text and JSON outputs show, computed once from the exact counts. */
export interface CompareReport {
  readonly a: VariantInfo;
  readonly b: VariantInfo;
  readonly seed: number | string;
  readonly runs: number;
  readonly engine: string;
  readonly situation: string | null;
  /**
   * How the judgments were treated: `judgments` (the default when a side has uncertain parameters:
   * probabilities and B − A over the judgments, intervals with the draw as unit), `explicit`
   * (--parameter-draws, shared luck, also draw-clustered) or `nominal` (fixed values).
   */
  readonly judgments: { readonly mode: 'judgments' | 'explicit' | 'nominal'; readonly parameterDraws: number; readonly runsPerDraw: number | null };
  readonly identical: boolean;
  readonly stop: StopReason;
  readonly outcomes: readonly OutcomeRow[];
  /** (1.10) The metrics both variants declare (absent when they share none, so other comparisons keep their shape). */
  readonly metrics?: readonly MetricRow[];
  readonly onlyA: readonly { readonly id: string; readonly title: string; readonly estimate: Estimate }[];
  readonly onlyB: readonly { readonly id: string; readonly title: string; readonly estimate: Estimate }[];
  /** Runs that stopped with an error (counted as reaching no outcome). */
  readonly errors: { readonly a: number; readonly b: number };
  readonly replay: string;
  /** What scenario B changes from scenario A, item by item (empty when they are the same scenario; --set and --vs apart). */
  readonly changes: readonly DescribedChange[];
  /** --precision: the target half-width of B − A and the widest reached (null without it). */
  readonly precision: { readonly target: number; readonly reached: number } | null;
}

export interface VariantInfo {
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly overrides: Readonly<Record<string, number>>;
  readonly sha256: string;
}

export function variantInfo(v: VariantPlan): VariantInfo {
  return { file: v.arg, id: v.scenario.id, title: v.scenario.title, overrides: v.overrides, sha256: v.sha256 };
}

/** Builds the report from a finished comparison's exact counts. */
export function compareReport(plan: ComparePlan, job: CompareJobResult): CompareReport {
  const c = job.comparison;
  const n = c.runs;
  const estimate = (hits: number): Estimate => {
    const w = stats.wilson(hits, n);
    return { hits, runs: n, p: w.p, lo: w.lo, hi: w.hi };
  };
  const title = (sc: Scenario, id: string): string => sc.outcomes[id]?.title ?? id;
  // Over the judgments, each side's probability and interval are the batch summary's (draw-clustered).
  const nested = plan.parameterDraws > 0 && n > 0;
  const clustered = (agg: Aggregates): Map<string, Estimate> => new Map(summarise(agg).outcomes.map((o) => [o.id, { hits: o.hits, runs: n, p: o.p, lo: o.lo, hi: o.hi }]));
  const ca = nested ? clustered(c.a) : undefined;
  const cb = nested ? clustered(c.b) : undefined;
  const outcomes = n === 0 ? [] : summariseComparison(c).map((s): OutcomeRow => {
    const counts = c.paired[s.id]!;
    const same = counts.n10 === 0 && counts.n01 === 0;
    // Identical variants differ in no run by construction: the difference is exactly 0.
    const diff = plan.identical ? { value: 0, lo: 0, hi: 0, halfWidth: 0 } : { value: s.diff, lo: s.lo, hi: s.hi, halfWidth: s.pairedHalfWidth };
    return {
      id: s.id, title: title(plan.a.scenario, s.id), counts: { ...counts },
      a: ca?.get(s.id) ?? estimate(counts.n11 + counts.n10), b: cb?.get(s.id) ?? estimate(counts.n11 + counts.n01), diff,
      independentHalfWidth: s.independentHalfWidth,
      // Over the judgments the independent figure would also need the draw as unit: no ratio is claimed.
      tighter: diff.halfWidth > 0 && !nested ? s.independentHalfWidth / diff.halfWidth : null,
      distinguishable: plan.identical ? false : s.distinguishable,
      sameInEveryRun: same,
    };
  });
  const meanOf = (agg: Aggregates): Map<string, MeanEstimate> => new Map(summarise(agg).metrics.map((x) => [x.id, { mean: x.mean, lo: x.lo, hi: x.hi }]));
  const ma = meanOf(c.a);
  const mb = meanOf(c.b);
  const metricTitle = (id: string): string => plan.a.scenario.metrics?.[id]?.title ?? id;
  const metrics = n === 0 ? [] : summariseMetricComparison(c).map((x): MetricRow => ({
    id: x.id, title: metricTitle(x.id), n: x.n, a: ma.get(x.id)!, b: mb.get(x.id)!,
    diff: plan.identical ? { value: 0, lo: 0, hi: 0, halfWidth: 0 } : { value: x.diff, lo: x.lo, hi: x.hi, halfWidth: x.pairedHalfWidth },
    independentHalfWidth: Number.isFinite(x.independentHalfWidth) ? x.independentHalfWidth : null,
    distinguishable: plan.identical ? false : x.distinguishable,
  }));
  const shared = new Set(job.shared);
  const only = (agg: typeof c.a, sc: Scenario, cl: Map<string, Estimate> | undefined) => Object.keys(agg.outcomes).filter((id) => !shared.has(id))
    .map((id) => ({ id, title: title(sc, id), estimate: cl?.get(id) ?? estimate(agg.outcomes[id]!.hits) }));
  return {
    a: variantInfo(plan.a), b: variantInfo(plan.b), seed: plan.seed, runs: n, engine: plan.engine, situation: plan.situation ?? null,
    judgments: { mode: plan.judgments, parameterDraws: plan.parameterDraws, runsPerDraw: plan.parameterDraws > 0 ? plan.runs : null },
    identical: plan.identical, stop: job.reason, outcomes, ...(metrics.length > 0 ? { metrics } : {}),
    onlyA: n === 0 ? [] : only(c.a, plan.a.scenario, ca), onlyB: n === 0 ? [] : only(c.b, plan.b.scenario, cb),
    errors: { a: c.a.failed, b: c.b.failed },
    replay: compareReplayLine(plan),
    changes: describeChanges(plan.a.scenario, plan.b.scenario),
    precision: plan.precision === undefined ? null : { target: plan.precision, reached: n > 0 ? widestPairedHalfWidth(c) : 1 },
  };
}

/** The command that reruns this comparison with the same counts (nothing about workers or files). */
export function compareReplayLine(plan: ComparePlan): string {
  const words = ['casus', 'compare', plan.a.arg];
  if (plan.b.arg !== plan.a.arg) words.push(plan.b.arg);
  words.push('--runs', String(plan.judgments === 'judgments' ? plan.requestedRuns : plan.runs), '--seed', String(plan.seed));
  if (plan.judgments === 'explicit') words.push('--parameter-draws', String(plan.parameterDraws));
  if (plan.nominalFlag) words.push('--nominal');
  for (const [k, v] of Object.entries(plan.a.overrides)) words.push('--set', `${k}=${v}`);
  for (const [k, v] of Object.entries(plan.b.overrides)) words.push('--vs', `${k}=${v}`);
  if (plan.situation !== undefined) words.push('--situation', plan.situation);
  if (plan.engine !== 'batch') words.push('--engine', plan.engine);
  if (plan.precision !== undefined) words.push('--precision', String(plan.precision));
  return words.map(shellWord).join(' ');
}

/** A signed difference in percentage points without the unit: `+2.4`, `−0.038`, `0` (number-format.ts). */
const pp = (x: number): string => formatPointChange(x, '');
const halfPp = formatPoints;
const interval = (e: Estimate): string => formatPercentWithInterval(e.p, e.lo, e.hi);

/** The comparison as text: one block per shared outcome, then outcomes only one side has, then notes and the replay line. */
export function formatCompare(r: CompareReport, colors: Paint): string {
  const out: string[] = [];
  const label = (v: VariantInfo): string => {
    const o = Object.entries(v.overrides).map(([k, x]) => `${k}=${x}`).join(', ');
    return `${v.file}${o ? ` with ${o}` : ''}  ${colors.dim(`(${v.title}; sha256 ${v.sha256.slice(0, 12)}…)`)}`;
  };
  const j = r.judgments;
  const design = j.parameterDraws > 0 ? ` (${j.parameterDraws} parameter draws × ${(j.runsPerDraw ?? 0).toLocaleString('en-US')}${j.mode === 'explicit' ? ', shared luck' : ''})` : '';
  out.push(`Comparison on common random numbers — ${r.runs.toLocaleString('en-US')} paired runs${design}, seed ${r.seed}, ${r.engine} engine${r.situation ? `, situation ${r.situation}` : ''}`);
  out.push(`  A  ${label(r.a)}`, `  B  ${label(r.b)}`);
  if (r.stop === 'interrupted') out.push(colors.yellow('  (interrupted: these are the runs done so far)'));
  if (r.precision !== null) {
    out.push(r.stop === 'precision'
      ? colors.dim(`  Stopped at the precision asked: every B − A known to ±${halfPp(r.precision.reached)} pp or better (target ±${halfPp(r.precision.target)} pp)`)
      : colors.yellow(`  The precision asked (±${halfPp(r.precision.target)} pp) was not reached within --runs: the widest B − A is ±${halfPp(r.precision.reached)} pp`));
  }
  if (r.identical) out.push(colors.dim('  A and B resolve to the same scenario and parameter values: they differ in no run, by construction.'));
  if (r.changes.length > 0) out.push(...formatScenarioDiff(r.changes, colors).map((l) => `  ${l}`));
  out.push('');
  for (const o of r.outcomes) {
    out.push(`${o.id}${o.title !== o.id ? colors.dim(` — ${o.title}`) : ''}`);
    out.push(`    A ${interval(o.a)}    B ${interval(o.b)}`);
    const diff = `B − A ${pp(o.diff.value)} pp [${pp(o.diff.lo)}, ${pp(o.diff.hi)}]`;
    let flag: string;
    if (r.identical) flag = colors.dim('= identical variants');
    else if (!o.distinguishable) flag = colors.yellow('≈ not distinguishable from zero');
    else flag = o.diff.value > 0 ? colors.green('▲ B higher') : colors.red('▼ B lower');
    const same = o.sameInEveryRun ? 'no run differs (n10 = n01 = 0); ' : '';
    const gain = r.judgments.parameterDraws > 0
      ? colors.dim(`${same}±${halfPp(o.diff.halfWidth)} pp, the parameter draw as unit`)
      : o.tighter === null
      ? colors.dim(`${same}independent batches: ±${halfPp(o.independentHalfWidth)} pp`)
      : colors.dim(`${same}paired ±${halfPp(o.diff.halfWidth)} pp vs ±${halfPp(o.independentHalfWidth)} pp independent: ${o.tighter.toFixed(1)}× tighter`);
    out.push(`    ${diff}  ${flag}    ${gain}`);
  }
  const metrics = r.metrics ?? [];
  if (metrics.length > 0) out.push('', colors.dim('Metrics — mean per run; B − A, the mean of the paired differences'));
  for (const x of metrics) {
    const mean = (e: MeanEstimate): string => `${formatValue(e.mean)} [${formatValueInterval(e.lo, e.hi).replace(' – ', ', ')}]`;
    out.push(`${x.id}${x.title !== x.id ? colors.dim(` — ${x.title}`) : ''}`);
    out.push(`    A ${mean(x.a)}    B ${mean(x.b)}`);
    const signed = (v: number): string => (v > 0 ? `+${formatValue(v)}` : v < 0 ? `−${formatValue(-v)}` : '0');
    const diff = `B − A ${signed(x.diff.value)} [${signed(x.diff.lo)}, ${signed(x.diff.hi)}]`;
    let flag: string;
    if (r.identical) flag = colors.dim('= identical variants');
    else if (!x.distinguishable) flag = colors.yellow('≈ not distinguishable from zero');
    else flag = x.diff.value > 0 ? colors.green('▲ B higher') : colors.red('▼ B lower');
    const gain = x.independentHalfWidth === null
      ? colors.dim(`±${formatValue(x.diff.halfWidth)}, the parameter draw as unit`)
      : x.diff.halfWidth > 0
      ? colors.dim(`paired ±${formatValue(x.diff.halfWidth)} vs ±${formatValue(x.independentHalfWidth)} independent: ${(x.independentHalfWidth / x.diff.halfWidth).toFixed(1)}× tighter`)
      : colors.dim('no run differs');
    out.push(`    ${diff}  ${flag}    ${gain}`);
  }
  const onlyList = (side: 'A' | 'B', list: CompareReport['onlyA']): void => {
    if (list.length === 0) return;
    out.push('', `only in ${side}:`);
    for (const o of list) out.push(`    ${o.id}  ${interval(o.estimate)}`);
  };
  onlyList('A', r.onlyA);
  onlyList('B', r.onlyB);
  out.push('');
  if (r.errors.a > 0 || r.errors.b > 0) out.push(colors.red(`${r.errors.a} run(s) of A and ${r.errors.b} of B stopped with an error; they count as reaching no outcome (casus run … --run K shows one)`));
  if (j.parameterDraws > 0) {
    out.push(colors.dim('Over the judgments: each probability and B − A are pooled over draws of the uncertain parameters (the same drawn values for a parameter both'));
    out.push(colors.dim('variants draw). [lo, hi]: 95% intervals of simulation error with the parameter draw (and seed block) as unit, B − A widened to contain'));
    out.push(colors.dim('Newcombe\'s paired interval; pp = percentage points. --nominal compares at the nominal values.'));
    out.push(colors.dim('Run k of A and run k of B share their parameter draw and random numbers, so B − A is measured run by run.'));
  } else {
    out.push(colors.dim('[lo, hi]: 95% intervals of simulation error only — Wilson for each probability, Newcombe\'s paired interval for B − A; pp = percentage points.'));
    out.push(colors.dim('Run k of A and run k of B share their random numbers, so B − A is measured run by run: far tighter than two independent batches.'));
    out.push(colors.dim('Nominal judgments: both variants run at their nominal parameter values (with the overrides); the spread the judgments cause is not shown.'));
  }
  if (metrics.length > 0) {
    out.push(colors.dim(j.parameterDraws > 0
      ? 'Metrics: each mean over its variant\'s runs that did not fail, B − A over the pairs where neither failed, with two-way clustered intervals (the parameter draw and seed block as units).'
      : 'Metrics: each mean over its variant\'s runs that did not fail, with Student\'s t interval; B − A with Student\'s t over the paired differences, counting the pairs where neither run failed.'));
  }
  out.push(`Replay: ${r.replay}`);
  return `${out.join('\n')}\n`;
}
