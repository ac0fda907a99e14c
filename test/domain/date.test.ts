import {
  addDays,
  calendarDate,
  dateOf,
  dateParts,
  datesBetween,
  daysBetween,
  daysInMonth,
  firstOfMonth,
  fromExcelSerial,
  halfOf,
  isCalendarDate,
  isWeekend,
  isoWeekday,
  lastOfMonth,
  maxDate,
  minDate,
  monthKey,
  monthKeyOf,
  monthOf,
  parseIsoDate,
  toExcelSerial,
  weekdayName,
  yearOf,
} from '../../src/domain/date';

describe('calendarDate / parseIsoDate', () => {
  it('builds zero-padded dates and refuses days that do not exist', () => {
    expect(calendarDate(2023, 1, 27)).toBe('2023-01-27');
    expect(calendarDate(2024, 2, 29)).toBe('2024-02-29');
    expect(calendarDate(2023, 2, 29)).toBeNull();
    expect(calendarDate(2100, 2, 29)).toBeNull();
    expect(calendarDate(2000, 2, 29)).toBe('2000-02-29');
    expect(calendarDate(2023, 13, 1)).toBeNull();
    expect(calendarDate(2023, 4, 31)).toBeNull();
    expect(calendarDate(2023, 1, 0)).toBeNull();
    expect(calendarDate(2023.5, 1, 1)).toBeNull();
    expect(calendarDate(999, 1, 1)).toBeNull();
  });

  it('parses exactly YYYY-MM-DD', () => {
    expect(parseIsoDate('2023-01-27')).toBe('2023-01-27');
    expect(parseIsoDate('2023-1-27')).toBeNull();
    expect(parseIsoDate('2023-02-30')).toBeNull();
    expect(parseIsoDate(' 2023-01-27')).toBeNull();
    expect(parseIsoDate('2023/01/27')).toBeNull();
    expect(isCalendarDate('2023-12-31')).toBe(true);
    expect(isCalendarDate('2023-12-32')).toBe(false);
    expect(isCalendarDate(45000)).toBe(false);
  });

  it('throws on a programming error in dateOf', () => {
    expect(() => dateOf(2023, 2, 30)).toThrow(RangeError);
  });
});

describe('parts and months', () => {
  it('reads the parts back', () => {
    expect(dateParts(dateOf(2027, 2, 5))).toEqual({ year: 2027, month: 2, day: 5 });
    expect(yearOf(dateOf(2027, 2, 5))).toBe(2027);
    expect(monthOf(dateOf(2027, 12, 5))).toBe(12);
    expect(monthKeyOf(dateOf(2027, 2, 5))).toBe('2027-02');
    expect(monthKey(2027, 9)).toBe('2027-09');
    expect(halfOf(dateOf(2023, 6, 30))).toBe(1);
    expect(halfOf(dateOf(2023, 7, 1))).toBe(2);
  });

  it('knows month lengths and ends', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 12)).toBe(31);
    expect(firstOfMonth(2023, 10)).toBe('2023-10-01');
    expect(lastOfMonth(2024, 2)).toBe('2024-02-29');
    expect(lastOfMonth(2023, 4)).toBe('2023-04-30');
  });
});

describe('day arithmetic (independent of the time zone and of DST changes)', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays(dateOf(2023, 1, 27), 1)).toBe('2023-01-28');
    expect(addDays(dateOf(2023, 12, 31), 1)).toBe('2024-01-01');
    expect(addDays(dateOf(2024, 3, 1), -1)).toBe('2024-02-29');
    expect(addDays(dateOf(2023, 1, 27), -7)).toBe('2023-01-20');
    // The US switches to summer time on 2023-03-12 and back on 2023-11-05.
    expect(addDays(dateOf(2023, 3, 11), 1)).toBe('2023-03-12');
    expect(addDays(dateOf(2023, 3, 12), 1)).toBe('2023-03-13');
    expect(addDays(dateOf(2023, 11, 4), 2)).toBe('2023-11-06');
  });

  it('counts whole days', () => {
    expect(daysBetween(dateOf(2023, 1, 27), dateOf(2023, 1, 28))).toBe(1);
    expect(daysBetween(dateOf(2023, 1, 28), dateOf(2023, 1, 20))).toBe(-8);
    expect(daysBetween(dateOf(2023, 1, 1), dateOf(2024, 1, 1))).toBe(365);
    expect(daysBetween(dateOf(2023, 3, 1), dateOf(2023, 4, 1))).toBe(31);
  });

  it('lists the days of a span, both ends included', () => {
    expect(datesBetween(dateOf(2024, 2, 27), dateOf(2024, 3, 2))).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
      '2024-03-02',
    ]);
    expect(datesBetween(dateOf(2024, 3, 2), dateOf(2024, 3, 1))).toEqual([]);
  });

  it('orders dates as strings', () => {
    expect(minDate(dateOf(2023, 1, 27), dateOf(2022, 12, 31))).toBe('2022-12-31');
    expect(maxDate(dateOf(2023, 1, 27), dateOf(2022, 12, 31))).toBe('2023-01-27');
  });
});

describe('weekdays', () => {
  it('gives ISO weekdays and Chinese names', () => {
    expect(isoWeekday(dateOf(2023, 1, 27))).toBe(5);
    expect(isoWeekday(dateOf(2023, 1, 28))).toBe(6);
    expect(isoWeekday(dateOf(2023, 1, 29))).toBe(7);
    expect(isoWeekday(dateOf(2023, 1, 30))).toBe(1);
    expect(weekdayName(dateOf(2023, 1, 27))).toBe('星期五');
    expect(weekdayName(dateOf(2027, 2, 7))).toBe('星期日');
    expect(isWeekend(dateOf(2023, 1, 28))).toBe(true);
    expect(isWeekend(dateOf(2023, 1, 27))).toBe(false);
  });
});

describe('Excel serials (1900 date system)', () => {
  it('converts both ways', () => {
    expect(toExcelSerial(dateOf(2023, 1, 27))).toBe(44953);
    expect(fromExcelSerial(44953)).toBe('2023-01-27');
    expect(fromExcelSerial(44953.75)).toBe('2023-01-27');
    expect(toExcelSerial(dateOf(1900, 1, 1))).toBe(1);
    expect(fromExcelSerial(1)).toBe('1900-01-01');
    expect(fromExcelSerial(59)).toBe('1900-02-28');
    expect(fromExcelSerial(61)).toBe('1900-03-01');
    expect(toExcelSerial(dateOf(1900, 3, 1))).toBe(61);
  });

  it('refuses serials with no date', () => {
    expect(fromExcelSerial(60)).toBeNull();
    expect(fromExcelSerial(0)).toBeNull();
    expect(fromExcelSerial(Number.NaN)).toBeNull();
    expect(fromExcelSerial(2958466)).toBeNull();
  });
});
