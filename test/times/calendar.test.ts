// Calendar arithmetic the time values rest on.
import { describe, expect, it } from 'vitest';
import { isoWeek, nearestWeekday, weekdayOf } from '../../src/analyse/times/calendar.js';
import { findWeekdayDates } from '../../src/analyse/times/weekday-dates.js';

describe('calendar', () => {
  it('gives ISO weeks across year boundaries', () => {
    expect(isoWeek({ year: 2025, month: 12, day: 4 })).toBe('2025-W49');
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toBe('2020-W53');
    expect(isoWeek({ year: 2024, month: 12, day: 30 })).toBe('2025-W01');
  });

  it('finds weekdays back and forward from an anchor', () => {
    const thu = { year: 2025, month: 12, day: 4 };
    expect(weekdayOf(thu)).toBe(4);
    expect(nearestWeekday(thu, 4, false)).toEqual(thu);
    expect(nearestWeekday(thu, 5, false)).toEqual({ year: 2025, month: 11, day: 28 });
    expect(nearestWeekday(thu, 5, true)).toEqual({ year: 2025, month: 12, day: 5 });
  });

  it('finds weekday+date pairs in their written forms, with both readings of a slashed date', () => {
    const pairs = findWeekdayDates('on Thursday (12/4), on Fri., Dec. 5 and on Saturday the 6th of December 2025');
    expect(pairs.map((p) => [p.weekday, p.readings.map((r) => `${r.month}/${r.day}`), p.year])).toEqual([
      [4, ['12/4', '4/12'], null], [5, ['12/5'], null], [6, ['12/6'], 2025],
    ]);
  });
});
