import type { Model, TraceEvent } from '@casus/engine';

/**
 * The causes (`trigger:ID`) of a scenario's clocks: rules that fire every tick (`every: tick`) and
 * only move variables, as korea-2024's `war-clock` counts a war's weeks. Told line by line, a clock
 * adds the same arithmetic to every week of a long war (three lines a week in korea-2024), which
 * buries what happened; stories and the play view leave those lines out and say so once. A clock
 * that also does something else (a signal, an attack) is an event worth reading, and stays.
 */
export function clockCauses(model: Model): ReadonlySet<string> {
  const everyTick = model.clock.horizon + 1;
  const causes = new Set<string>();
  for (const t of model.triggers) {
    if (t.scheduled.size < everyTick || t.effects.length === 0) continue;
    const onlyVariables = t.effects.every((e) => Object.entries(e).every(([key, value]) => value === undefined || key === 'variable'));
    if (onlyVariables) causes.add(t.cause);
  }
  return causes;
}

/**
 * Whether a story leaves `e` out: a variable event caused by one of `clocks`, unless an outcome of
 * the run first held after it (that line stays, with the outcome under it).
 */
export function isFoldedClockLine(e: TraceEvent, clocks: ReadonlySet<string>, outcomes: Readonly<Record<string, { readonly event: number | null }>>): boolean {
  if (e.kind !== 'variable' || !clocks.has(e.cause)) return false;
  for (const o of Object.values(outcomes)) if (o.event === e.seq) return false;
  return true;
}

/** The note a story prints when it left clock lines out, naming the clocks that fired. */
export function clockNote(hidden: readonly TraceEvent[], unit: string): string | undefined {
  if (hidden.length === 0) return undefined;
  const ids = [...new Set(hidden.map((e) => e.cause.replace(/^trigger:/, '')))];
  const variables = [...new Set(hidden.map((e) => e.detail))];
  return `clock rules (${ids.join(', ')}) move ${variables.join(', ')} every ${unit}: their ${hidden.length} lines are not shown (--json has them)`;
}
