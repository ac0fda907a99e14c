/**
 * The calendar with a pasted notice's days (entries of origin 'notice'): they replace the year's
 * estimate or shipped data, the user's own entries still win, other years are untouched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dateOf } from '../../src/domain/date';
import { createHolidayCalendar } from '../../src/domain/holidays/calendar';
import { noticeHolidayEntries, readHolidayNotice } from '../../src/domain/holidays/notice';

const example = readHolidayNotice(
  readFileSync(path.join(__dirname, '..', 'fixtures', 'holiday-notices', 'example-2027.txt'), 'utf8'),
);
const entries = noticeHolidayEntries(example, 2027);

describe('a calendar with a pasted notice', () => {
  it('takes the notice’s days instead of the estimate: 调休 working days count, nothing is provisional', () => {
    const estimated = createHolidayCalendar();
    expect(estimated.isProvisionalYear(2027)).toBe(true);
    expect(estimated.isWorkingDay(dateOf(2027, 2, 12))).toBe(true);

    const calendar = createHolidayCalendar({ manual: entries });
    expect(calendar.fromNotice(2027)).toBe(true);
    expect(calendar.isProvisionalYear(2027)).toBe(false);
    expect(calendar.dayInfo(dateOf(2027, 2, 12))).toEqual({
      date: '2027-02-12',
      kind: 'off',
      name: '春节',
      source: 'notice',
    });
    expect(calendar.isWorkingDay(dateOf(2027, 2, 20))).toBe(true);
    expect(calendar.daysOfYear(2027)).toHaveLength(33);
    // Another year keeps its own sources.
    expect(calendar.fromNotice(2026)).toBe(false);
    expect(calendar.dayInfo(dateOf(2026, 2, 16)).source).toBe('official');
  });

  it('lets the user’s own entries win over the notice', () => {
    const calendar = createHolidayCalendar({
      manual: [
        ...entries,
        { date: dateOf(2027, 2, 12), action: 'remove' },
        { date: dateOf(2027, 3, 12), action: 'off', name: '运动会' },
      ],
    });
    expect(calendar.dayInfo(dateOf(2027, 2, 12)).kind).toBe('workday');
    expect(calendar.dayInfo(dateOf(2027, 3, 12))).toMatchObject({ kind: 'off', source: 'manual' });
    expect(calendar.daysOfYear(2027)).toHaveLength(33);
  });

  it('replaces the shipped data of a year that has it', () => {
    const calendar = createHolidayCalendar({
      manual: [{ date: dateOf(2026, 3, 2), action: 'off', name: '春节', origin: 'notice' }],
    });
    expect(calendar.fromNotice(2026)).toBe(true);
    expect(calendar.daysOfYear(2026)).toEqual([
      { date: '2026-03-02', kind: 'off', name: '春节', source: 'notice' },
    ]);
    expect(calendar.hasOfficialData(2026)).toBe(true);
  });
});
