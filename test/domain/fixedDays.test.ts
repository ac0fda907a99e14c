import {
  fixedDaysOfMonth,
  monthsWhereReadingsDiffer,
  nthWeekdayOfMonth,
  readingsDiffer,
  weekdayOfCalendarWeek,
} from '../../src/domain/fixedDays';

describe('nthWeekdayOfMonth', () => {
  it('finds the 2nd and 4th Friday', () => {
    expect(nthWeekdayOfMonth(2023, 1, 5, 2)).toBe('2023-01-13');
    expect(nthWeekdayOfMonth(2023, 1, 5, 4)).toBe('2023-01-27');
    expect(nthWeekdayOfMonth(2024, 3, 5, 2)).toBe('2024-03-08');
    expect(nthWeekdayOfMonth(2024, 3, 5, 4)).toBe('2024-03-22');
  });

  it('handles a month starting on that weekday and the 5th and last ones', () => {
    expect(nthWeekdayOfMonth(2027, 1, 5, 1)).toBe('2027-01-01');
    expect(nthWeekdayOfMonth(2023, 3, 5, 5)).toBe('2023-03-31');
    expect(nthWeekdayOfMonth(2023, 2, 5, 5)).toBeNull();
    expect(nthWeekdayOfMonth(2023, 2, 5, -1)).toBe('2023-02-24');
    expect(nthWeekdayOfMonth(2023, 3, 5, -1)).toBe('2023-03-31');
    expect(nthWeekdayOfMonth(2023, 3, 5, 0)).toBeNull();
  });

  it('works for other weekdays', () => {
    expect(nthWeekdayOfMonth(2023, 10, 1, 1)).toBe('2023-10-02');
    expect(nthWeekdayOfMonth(2023, 10, 7, 1)).toBe('2023-10-01');
    expect(nthWeekdayOfMonth(2023, 10, 2, 2)).toBe('2023-10-10'); // Tuesday
    expect(nthWeekdayOfMonth(2023, 10, 3, 2)).toBe('2023-10-11'); // Wednesday
  });
});

describe('weekdayOfCalendarWeek (weeks start on Monday, week 1 holds the 1st)', () => {
  it('equals the n-th Friday when the 1st is Monday to Friday', () => {
    // 2023-03-01 is a Wednesday.
    expect(weekdayOfCalendarWeek(2023, 3, 5, 2)).toBe('2023-03-10');
    expect(weekdayOfCalendarWeek(2023, 3, 5, 4)).toBe('2023-03-24');
    // 2027-01-01 is a Friday: week 1's Friday is the 1st.
    expect(weekdayOfCalendarWeek(2027, 1, 5, 1)).toBe('2027-01-01');
  });

  it('is a week earlier when the 1st is a Saturday or Sunday', () => {
    // 2023-01-01 is a Sunday: week 1 is 2022-12-26 … 2023-01-01, week 2 is 01-02 … 01-08.
    expect(weekdayOfCalendarWeek(2023, 1, 5, 2)).toBe('2023-01-06');
    expect(weekdayOfCalendarWeek(2023, 1, 5, 4)).toBe('2023-01-20');
    // 2023-04-01 is a Saturday.
    expect(weekdayOfCalendarWeek(2023, 4, 5, 2)).toBe('2023-04-07');
    expect(weekdayOfCalendarWeek(2023, 4, 5, 4)).toBe('2023-04-21');
  });

  it('has no day when the week’s Friday lies outside the month', () => {
    expect(weekdayOfCalendarWeek(2023, 1, 5, 1)).toBeNull(); // 2022-12-30
    expect(weekdayOfCalendarWeek(2023, 7, 5, 6)).toBeNull(); // 2023-08-04
    expect(weekdayOfCalendarWeek(2023, 7, 5, 5)).toBe('2023-07-28');
    expect(weekdayOfCalendarWeek(2023, 7, 5, -1)).toBe('2023-07-28');
    expect(weekdayOfCalendarWeek(2023, 7, 5, 0)).toBeNull();
  });
});

describe('fixedDaysOfMonth', () => {
  it('gives one day per ordinal, in the rule’s order', () => {
    expect(fixedDaysOfMonth(2023, 10, { weekday: 5, ordinals: [2, 4], reading: 'nth-weekday' })).toEqual([
      '2023-10-13',
      '2023-10-27',
    ]);
    expect(fixedDaysOfMonth(2023, 10, { weekday: 5, ordinals: [2, 4], reading: 'calendar-week' })).toEqual([
      '2023-10-06',
      '2023-10-20',
    ]);
    expect(fixedDaysOfMonth(2023, 1, { weekday: 5, ordinals: [1, 3], reading: 'calendar-week' })).toEqual([
      null,
      '2023-01-13',
    ]);
  });
});

describe('where the two readings differ', () => {
  it('differs exactly in months that start on a Saturday or Sunday (Friday, 2nd and 4th)', () => {
    expect(monthsWhereReadingsDiffer(2023, 2027, 5, [2, 4])).toEqual([
      '2023-01',
      '2023-04',
      '2023-07',
      '2023-10',
      '2024-06',
      '2024-09',
      '2024-12',
      '2025-02',
      '2025-03',
      '2025-06',
      '2025-11',
      '2026-02',
      '2026-03',
      '2026-08',
      '2026-11',
      '2027-05',
      '2027-08',
    ]);
  });

  it('agrees in months that start on a weekday', () => {
    expect(readingsDiffer(2024, 1, 5, [2, 4])).toBe(false); // Monday
    expect(readingsDiffer(2027, 1, 5, [2, 4])).toBe(false); // Friday
    expect(readingsDiffer(2024, 6, 5, [2, 4])).toBe(true); // Saturday
  });

  it('depends on the weekday: for Monday they agree only in months starting on a Monday', () => {
    expect(readingsDiffer(2024, 1, 1, [2, 4])).toBe(false); // 2024-01-01 is a Monday
    expect(readingsDiffer(2024, 2, 1, [2, 4])).toBe(true); // 2024-02-01 is a Thursday
  });
});
