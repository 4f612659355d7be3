import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, addWorkingDays, dayAfterMonths, dayOf, isoOf, tickDays } from './calendar.js';

describe('calendar', () => {
  it('matches known day numbers', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(dayOf('2000-03-01')).toBe(11017);
    expect(dayOf('2024-12-04') - dayOf('2024-06-19')).toBe(168);
    expect(isoOf(dayOf('1953-07-27'))).toBe('1953-07-27');
  });

  it('round-trips every day from 1900 to 2100', () => {
    fc.assert(fc.property(fc.integer({ min: dayOf('1900-01-01'), max: dayOf('2100-12-31') }), (d) => dayOf(isoOf(d)) === d));
  });

  it('adds months with day clamping', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
    expect(addMonths('2024-04-30', -4)).toBe('2023-12-30');
  });

  it('lays out weekly ticks seven days apart', () => {
    const days = tickDays('2025-01-06', 'week', 52);
    expect(days.length).toBe(53);
    expect(isoOf(days[52]!)).toBe('2026-01-05');
  });

  it('dayAfterMonths: the same date, or the first of the next month when the month has no such date', () => {
    expect(isoOf(dayAfterMonths('1961-09-10', 120)!)).toBe('1971-09-10');
    expect(isoOf(dayAfterMonths('1992-02-29', 120)!)).toBe('2002-03-01');
    expect(isoOf(dayAfterMonths('1992-02-29', 48)!)).toBe('1996-02-29');
    expect(isoOf(dayAfterMonths('2025-01-31', 1)!)).toBe('2025-03-01');
    expect(isoOf(dayAfterMonths('2024-01-30', 1)!)).toBe('2024-03-01');
    expect(isoOf(dayAfterMonths('2024-01-29', 1)!)).toBe('2024-02-29');
    expect(isoOf(dayAfterMonths('9999-11-30', 1)!)).toBe('9999-12-30');
    expect(dayAfterMonths('9999-12-31', 1)).toBeUndefined();
  });

  it('dayAfterMonths never ends a period before addMonths does, and at most three days after', () => {
    const iso = fc.integer({ min: dayOf('1600-01-01'), max: dayOf('2600-12-31') }).map(isoOf);
    fc.assert(fc.property(iso, fc.integer({ min: 0, max: 1200 }), (d, months) => {
      const clamped = dayOf(addMonths(d, months));
      const full = dayAfterMonths(d, months)!;
      // Equal unless the day of the month does not exist in the target month.
      expect(full - clamped).toBe(Number(d.slice(8, 10)) === Number(isoOf(clamped).slice(8, 10)) ? 0 : 1);
    }));
  });

  it('addWorkingDays counts Monday to Friday: the Assembly\'s veto debates of 2022 and 2024', () => {
    // Vetoes of Thursday 26 May 2022 and Thursday 28 March 2024 (res. 76/262: within ten working days).
    expect(isoOf(addWorkingDays(dayOf('2022-05-26'), 10))).toBe('2022-06-09');
    expect(isoOf(addWorkingDays(dayOf('2022-05-26'), 9))).toBe('2022-06-08');
    expect(isoOf(addWorkingDays(dayOf('2024-03-28'), 10))).toBe('2024-04-11');
    // From a Friday, a Saturday and a Sunday, the first working day is the Monday after.
    for (const d of ['2024-04-12', '2024-04-13', '2024-04-14']) expect(isoOf(addWorkingDays(dayOf(d), 1))).toBe('2024-04-15');
  });

  it('addWorkingDays: n working days are n weekdays, never ending on a weekend, before 1970 too', () => {
    const weekday = (d: number): number => new Date(Date.UTC(1970, 0, 1 + d)).getUTCDay();
    fc.assert(fc.property(fc.integer({ min: dayOf('1900-01-01'), max: dayOf('2200-12-31') }), fc.integer({ min: 1, max: 30 }), (day, n) => {
      const end = addWorkingDays(day, n);
      let count = 0;
      for (let d = day + 1; d <= end; d++) if (weekday(d) !== 0 && weekday(d) !== 6) count++;
      expect(count).toBe(n);
      expect([0, 6]).not.toContain(weekday(end));
    }));
  });
});
