/*
 * Calendar arithmetic on day numbers (days since 1970-01-01), without Date objects, so the engine
 * reads no clock and gives the same dates in every JavaScript engine and time zone.
 */

/** Day number of an ISO date `YYYY-MM-DD` (proleptic Gregorian; Hinnant's days_from_civil). */
export function dayOf(iso: string): number {
  const y0 = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** ISO date of a day number (Hinnant's civil_from_days). */
export function isoOf(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The `n`-th working day after `day` (Monday to Friday; no holidays): 1970-01-01, day 0, was a
 * Thursday, so a day's weekday (Monday 0) is (day + 3) mod 7.
 */
export function addWorkingDays(day: number, n: number): number {
  let d = day;
  for (let k = 0; k < n; ) {
    d++;
    if ((((d + 3) % 7) + 7) % 7 < 5) k++;
  }
  return d;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Adds whole months, clamping the day to the month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

/**
 * The first day after a period of whole `months` that begins on `iso` (a notice period, a term, a
 * minimum period): the same date `months` later, or, when that month has no such date, the first day
 * of the month after it, so that a period is never cut short — a ten-year term from 29 Feb 1992 runs
 * through 28 Feb 2002 and its first day after is 1 Mar 2002 (with {@link addMonths}' clamping it
 * would be 28 Feb, a day early). A day number; `undefined` past 31 Dec 9999, the calendar's last day.
 */
export function dayAfterMonths(iso: string, months: number): number | undefined {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  if (ny > 9999) return undefined;
  const nm = total - ny * 12 + 1;
  const pad = (v: number, w: number): string => String(v).padStart(w, '0');
  // December has 31 days, so an overflow never leaves year `ny`.
  if (d > daysInMonth(ny, nm)) return dayOf(`${pad(ny, 4)}-${pad(nm + 1, 2)}-01`);
  return dayOf(`${pad(ny, 4)}-${pad(nm, 2)}-${pad(d, 2)}`);
}

export type TickUnit = 'day' | 'week' | 'month';

/**
 * A run's first day and the day after its last, as day numbers: ticks 0 … horizon, the last one
 * ending the day before the tick after it would begin.
 */
export function runDays(clock: { readonly start: string; readonly tick: TickUnit; readonly horizon: number }): { start: number; end: number } {
  const start = dayOf(clock.start);
  const end = clock.tick === 'month' ? dayOf(addMonths(clock.start, clock.horizon + 1)) : start + (clock.horizon + 1) * (clock.tick === 'week' ? 7 : 1);
  return { start, end };
}

/** Day number of each tick 0..horizon (inclusive), so a tick's date is one array read. */
export function tickDays(start: string, unit: TickUnit, horizon: number): Int32Array {
  const days = new Int32Array(horizon + 1);
  const d0 = dayOf(start);
  for (let t = 0; t <= horizon; t++) {
    days[t] = unit === 'day' ? d0 + t : unit === 'week' ? d0 + 7 * t : dayOf(addMonths(start, t));
  }
  return days;
}

/** Length of one unit of time in days, for converting rates; a month and a year are averages. */
export const DAYS_PER: Readonly<Record<'day' | 'week' | 'month' | 'year', number>> = {
  day: 1, week: 7, month: 365.2425 / 12, year: 365.2425,
};

/** The calendar date (ISO) of a tick of a compiled model (clamped to the run's ticks). */
export function tickDate(model: { readonly clock: { readonly days: Int32Array; readonly horizon: number } }, tick: number): string {
  return isoOf(model.clock.days[Math.max(0, Math.min(tick, model.clock.horizon))]!);
}
