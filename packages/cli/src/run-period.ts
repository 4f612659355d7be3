import { isoOf, runDays } from '@casus/engine';

/** A scenario's clock, as the format writes it (`clock: { start, tick, horizon }`). */
export interface ClockSpec {
  readonly start: string;
  readonly tick: 'day' | 'week' | 'month';
  readonly horizon: number;
}

/**
 * The period a run covers, said one way by every command (run, explain, show, list --detail, play,
 * report): `2024-12-09 to 2026-12-13, 105 weeks (ticks 0–104)`. `horizon` is the last tick
 * (docs/scenario-format.md, `clock.horizon`), so a run has ticks 0 … horizon, `horizon + 1` steps,
 * and ends on the last day of its last tick, the day before the step after it would begin.
 */
export function describePeriod(clock: ClockSpec): string {
  const { start, end } = runDays(clock);
  const steps = clock.horizon + 1;
  return `${isoOf(start)} to ${isoOf(end - 1)}, ${steps} ${clock.tick}${steps === 1 ? '' : 's'} (ticks 0–${clock.horizon})`;
}
