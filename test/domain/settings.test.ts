import {
  DEFAULT_SCHEDULE_SETTINGS,
  parsePolicy,
  parseReading,
  parseWeekday,
  settingsProblems,
  sortedOrdinals,
  withDefaults,
} from '../../src/domain/settings';
import { describeFixedDays } from '../../src/strings/calendar';

describe('schedule settings', () => {
  it('defaults to the policy: 2nd and 4th Friday, 顺延, two a month, within a week', () => {
    expect(DEFAULT_SCHEDULE_SETTINGS).toMatchObject({
      weekday: 5,
      ordinals: [2, 4],
      reading: 'nth-weekday',
      policy: 'postpone',
      weekendWorkdaysCount: true,
      requiredPerMonth: 2,
      maxShiftDays: 7,
    });
    expect(settingsProblems(DEFAULT_SCHEDULE_SETTINGS)).toEqual([]);
    expect(describeFixedDays(5, [2, 4], 'nth-weekday')).toBe('每月第二、第四个星期五');
    expect(describeFixedDays(5, [2, 4], 'calendar-week')).toBe('每月第二周、第四周的星期五');
    expect(describeFixedDays(3, [1, -1], 'nth-weekday')).toBe('每月第一、最后一个星期三');
  });

  it('keeps defaults for fields left undefined', () => {
    expect(withDefaults({ policy: 'advance', weekday: undefined })).toEqual({
      ...DEFAULT_SCHEDULE_SETTINGS,
      policy: 'advance',
    });
  });

  it('explains every unusable field in Chinese', () => {
    const bad = withDefaults({
      weekday: 8 as never,
      ordinals: [2, 6, 2],
      requiredPerMonth: -1,
      maxShiftDays: 0,
    });
    expect(settingsProblems(bad)).toEqual([
      '活动日设置：星期“8”无效，请填 1（星期一）到 7（星期日）。',
      '活动日设置：“第6个”无效，请填 1 到 5 之间的整数，或 -1 表示最后一个。',
      '活动日设置：每月至少活动次数“-1”无效，请填 0 到 31 之间的整数。',
      '活动日设置：最多调整天数“0”无效，请填 1 到 31 之间的整数。',
    ]);
    expect(settingsProblems(withDefaults({ ordinals: [] }))).toEqual([
      '活动日设置：至少要选一个“第几个”，如第二、第四个。',
    ]);
    expect(settingsProblems(withDefaults({ ordinals: [4, 4] }))).toEqual([
      '活动日设置：“第几个”有重复，请每个只填一次。',
    ]);
    expect(settingsProblems(withDefaults({ ordinals: [6], reading: 'calendar-week' }))).toEqual([]);
  });

  it('reads policies, readings and weekdays as people write them', () => {
    expect(parsePolicy('顺延')).toBe('postpone');
    expect(parsePolicy('提前')).toBe('advance');
    expect(parsePolicy(' Advance ')).toBe('advance');
    expect(parsePolicy('推迟')).toBeNull();
    expect(parsePolicy('constructor')).toBeNull();
    expect(parseReading('toString')).toBeNull();
    expect(parseReading('calendar-week')).toBe('calendar-week');
    expect(parseReading('第N周')).toBe('calendar-week');
    expect(parseReading('第n个')).toBe('nth-weekday');
    expect(parseReading('weekly')).toBeNull();
    expect(parseWeekday('5')).toBe(5);
    expect(parseWeekday('星期五')).toBe(5);
    expect(parseWeekday('周三')).toBe(3);
    expect(parseWeekday('礼拜天')).toBe(7);
    expect(parseWeekday('周日')).toBe(7);
    expect(parseWeekday('8')).toBeNull();
    expect(parseWeekday('Friday')).toBeNull();
  });

  it('orders ordinals as in the calendar, the last one last', () => {
    expect(sortedOrdinals([4, -1, 2])).toEqual([2, 4, -1]);
  });
});
