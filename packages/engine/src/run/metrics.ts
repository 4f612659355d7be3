import type { MetricInfo } from '../model/model.js';
import type { RunState } from './state.js';

/**
 * (1.10) The numbers a run reports (a scenario's `metrics`). A count is read from the event
 * counters the run keeps anyway (the `happened` and `council` conditions' counters), so it costs
 * nothing while the run goes; a `ticks` metric reads its condition once at the end of every tick,
 * after everything the tick brought — the Simulator's `step` and a round finished from a snapshot
 * call {@link countMetricTicks} at that one point, and the compiled run loop does the same in code
 * of its own (compiler/tick-program.ts `tickMetricLines`).
 */

/** At the end of a tick: each `ticks` metric whose condition holds counts the tick. */
export function countMetricTicks(s: RunState): void {
  for (let k = 0; k < s.metricTicks.length; k++) if (metricHolds(s, k)) s.metricTicks[k]!++;
}

/** Whether the condition of `ticks` metric `k` holds now (also the generated run loop's fallback). */
export function metricHolds(s: RunState, k: number): boolean {
  return s.model.tickMetrics[k]!.holds!(s, -1, -1, -1);
}

/** A metric's value in the run's state (at the end of the run: its value for the run). */
export function metricValue(s: RunState, x: MetricInfo): number {
  if (x.kind === 'ticks') return s.metricTicks[x.slot]!;
  let n = 0;
  for (const k of x.counters) n += s.counters[k]!;
  return n;
}

/** Every metric's value, by id in declared order; null in a failed run (its counts stopped part-way). */
export function metricValues(s: RunState): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const x of s.model.metrics) out[x.id] = s.status === 'error' ? null : metricValue(s, x);
  return out;
}
