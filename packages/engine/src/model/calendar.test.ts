import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, dayOf, isoOf, tickDays } from './calendar.js';

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
});
