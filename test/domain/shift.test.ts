import { dateOf } from '../../src/domain/date';
import { DEFAULT_HOLIDAY_CALENDAR, createHolidayCalendar } from '../../src/domain/holidays/calendar';
import { isActivityDay, nearestActivityDay, shiftFixedDay, type ShiftOptions } from '../../src/domain/shift';

const d = dateOf;
const calendar = DEFAULT_HOLIDAY_CALENDAR;
const base: ShiftOptions = {
  calendar,
  policy: 'postpone',
  weekendWorkdaysCount: true,
  maxShiftDays: 7,
  after: null,
  before: null,
};

describe('isActivityDay / nearestActivityDay', () => {
  it('counts 调休 working days unless weekend working days are excluded', () => {
    expect(isActivityDay(calendar, d(2023, 1, 28), true)).toBe(true);
    expect(isActivityDay(calendar, d(2023, 1, 28), false)).toBe(false);
    expect(isActivityDay(calendar, d(2023, 1, 30), false)).toBe(true);
    expect(nearestActivityDay(calendar, d(2023, 1, 27), 1, true)).toBe('2023-01-28');
    expect(nearestActivityDay(calendar, d(2023, 1, 27), 1, false)).toBe('2023-01-30');
    expect(nearestActivityDay(calendar, d(2023, 1, 27), -1, true)).toBe('2023-01-20');
  });
});

describe('shiftFixedDay with the official calendar', () => {
  it('keeps a working day', () => {
    expect(shiftFixedDay(d(2023, 1, 13), base)).toEqual({
      ok: true,
      date: '2023-01-13',
      shifted: false,
      reason: null,
    });
  });

  it('moves 2023-01-27 (春节) to the 调休 Saturday under 顺延 and a week earlier under 提前', () => {
    expect(shiftFixedDay(d(2023, 1, 27), base)).toEqual({
      ok: true,
      date: '2023-01-28',
      shifted: true,
      reason: '原定 2023-01-27（春节假期），顺延至 2023-01-28（调休上班日）',
    });
    expect(shiftFixedDay(d(2023, 1, 27), { ...base, policy: 'advance' })).toEqual({
      ok: true,
      date: '2023-01-20',
      shifted: true,
      reason: '原定 2023-01-27（春节假期），提前至 2023-01-20（星期五）',
    });
  });

  it('skips weekend working days when they do not count', () => {
    expect(shiftFixedDay(d(2023, 1, 27), { ...base, weekendWorkdaysCount: false })).toMatchObject({
      date: '2023-01-30',
      reason: '原定 2023-01-27（春节假期），顺延至 2023-01-30（星期一）',
    });
  });

  it('falls back to the preceding day when 顺延 would leave the month (2017-01-27, 2020-01-24)', () => {
    expect(shiftFixedDay(d(2017, 1, 27), base)).toEqual({
      ok: true,
      date: '2017-01-26',
      shifted: true,
      reason:
        '原定 2017-01-27（春节假期），顺延后最近的工作日 2017-02-03 已在下月，改为提前至 2017-01-26（星期四）',
    });
    expect(shiftFixedDay(d(2020, 1, 24), base)).toMatchObject({ date: '2020-01-23' });
  });

  it('falls back to the following day when 提前 would leave the month (2023-10-06 in the calendar-week reading)', () => {
    expect(shiftFixedDay(d(2023, 10, 6), { ...base, policy: 'advance' })).toEqual({
      ok: true,
      date: '2023-10-07',
      shifted: true,
      reason:
        '原定 2023-10-06（国庆节假期），提前后最近的工作日 2023-09-28 已在上月，改为顺延至 2023-10-07（调休上班日）',
    });
  });

  it('falls back when the following day is too far or reaches the next activity', () => {
    // 2021-02-12 (春节) → 2021-02-18 is 6 days later: fine with 7, too far with 5.
    expect(shiftFixedDay(d(2021, 2, 12), base)).toMatchObject({ date: '2021-02-18' });
    expect(shiftFixedDay(d(2021, 2, 12), { ...base, maxShiftDays: 5 })).toEqual({
      ok: true,
      date: '2021-02-10',
      shifted: true,
      reason:
        '原定 2021-02-12（春节假期），顺延后最近的工作日 2021-02-18 超过5天，改为提前至 2021-02-10（星期三）',
    });
    expect(shiftFixedDay(d(2021, 2, 12), { ...base, before: d(2021, 2, 18) })).toMatchObject({
      date: '2021-02-10',
      reason:
        '原定 2021-02-12（春节假期），顺延后最近的工作日 2021-02-18 不早于本月下一次活动（2021-02-18），改为提前至 2021-02-10（星期三）',
    });
  });

  it('reports a day that cannot move either way instead of failing', () => {
    const outcome = shiftFixedDay(d(2021, 2, 12), { ...base, maxShiftDays: 1 });
    expect(outcome).toEqual({
      ok: false,
      reason:
        '原定 2021-02-12（春节假期）无法调整：顺延后最近的工作日 2021-02-18 超过1天；提前后最近的工作日 2021-02-10 超过1天',
    });
  });
});

describe('shiftFixedDay with provisional and manual days', () => {
  it('says when the holiday is estimated or entered by hand', () => {
    const mine = createHolidayCalendar({
      manual: [{ date: d(2023, 3, 10), action: 'off', name: '单位运动会' }],
    });
    expect(shiftFixedDay(d(2023, 3, 10), { ...base, calendar: mine })).toMatchObject({
      date: '2023-03-13',
      reason: '原定 2023-03-10（单位运动会假期，手工录入），顺延至 2023-03-13（星期一）',
    });
    expect(shiftFixedDay(d(2027, 2, 5), base)).toMatchObject({
      date: '2027-02-09',
      reason: '原定 2027-02-05（春节假期，预估），顺延至 2027-02-09（星期二）',
    });
  });

  it('keeps the after bound for the preceding day', () => {
    const blocked = shiftFixedDay(d(2017, 1, 27), { ...base, after: d(2017, 1, 26) });
    expect(blocked.ok).toBe(false);
    expect(blocked.reason).toContain('提前后最近的工作日 2017-01-26 不晚于本月上一次活动（2017-01-26）');
  });
});
