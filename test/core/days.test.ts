import { describe, expect, it } from 'vitest';
import { dayNumber, daysBetween, isCalendarDay } from '../../src/core/days.js';

describe('calendar days', () => {
  it('accepts only days that exist', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-04-31')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('2026-1-01')).toBe(false);
    expect(isCalendarDay('')).toBe(false);
  });

  it('counts whole days, across a leap day and backwards', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-05-29', '2026-11-25')).toBe(180);
    expect(daysBetween('2026-11-25', '2026-11-24')).toBe(-1);
  });
});
