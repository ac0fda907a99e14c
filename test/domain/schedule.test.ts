import type { Activity } from '../../src/domain/activity';
import { dateOf, datesBetween } from '../../src/domain/date';
import { createHolidayCalendar } from '../../src/domain/holidays/calendar';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  ScheduleSettingsError,
  generateSchedule,
  planYear,
} from '../../src/domain/schedule';
import type { ScheduleSettings } from '../../src/domain/settings';

const d = dateOf;
const BRANCHES = ['第一党支部', '第二党支部'];

function shifted(activities: readonly Activity[]): string[] {
  return activities.filter((a) => a.shifted).map((a) => `${a.plannedDate}→${a.date}`);
}

describe('generateSchedule: the default plan of 2023', () => {
  const { activities, warnings } = generateSchedule({ year: 2023, branches: ['第一党支部'] });

  it('holds 24 activities on the 2nd and 4th Friday, two moved off holidays', () => {
    expect(warnings).toEqual([]);
    expect(activities).toHaveLength(24);
    expect(activities[0]).toEqual({
      id: '2023-01-1',
      branch: '第一党支部',
      kind: 'fixed',
      date: '2023-01-13',
      plannedDate: '2023-01-13',
      shifted: false,
      reason: null,
      theme: 'study',
      provisional: false,
    });
    expect(activities[1]).toEqual({
      id: '2023-01-2',
      branch: '第一党支部',
      kind: 'fixed',
      date: '2023-01-28',
      plannedDate: '2023-01-27',
      shifted: true,
      reason: '原定 2023-01-27（春节假期），顺延至 2023-01-28（调休上班日）',
      theme: 'deliberation',
      provisional: false,
    });
    expect(shifted(activities)).toEqual(['2023-01-27→2023-01-28', '2023-06-23→2023-06-25']);
  });

  it('gives June’s and December’s last activity to 党内民主评议日', () => {
    const review = activities.filter((a) => a.theme === 'review').map((a) => `${a.id} ${a.date}`);
    expect(review).toEqual(['2023-06-2 2023-06-25', '2023-12-2 2023-12-22']);
  });

  it('moves the other way under 提前', () => {
    const advance = generateSchedule({ year: 2023, branches: ['x'], settings: { policy: 'advance' } });
    expect(shifted(advance.activities)).toEqual(['2023-01-27→2023-01-20', '2023-06-23→2023-06-21']);
  });
});

describe('generateSchedule: real clashes in the official calendar', () => {
  const cases: [number, ScheduleSettings['reading'], ScheduleSettings['policy'], string[]][] = [
    [2024, 'nth-weekday', 'postpone', []],
    [2025, 'nth-weekday', 'postpone', []],
    [2024, 'calendar-week', 'advance', []],
    [2025, 'calendar-week', 'postpone', []],
    [2004, 'nth-weekday', 'postpone', ['2004-01-23→2004-01-29']],
    [2007, 'nth-weekday', 'advance', ['2007-02-23→2007-02-17']],
    [2012, 'nth-weekday', 'postpone', ['2012-01-27→2012-01-29', '2012-06-22→2012-06-25']],
    [2016, 'nth-weekday', 'postpone', ['2016-02-12→2016-02-14', '2016-06-10→2016-06-12']],
    [2017, 'nth-weekday', 'postpone', ['2017-01-27→2017-01-26']],
    [2019, 'nth-weekday', 'advance', ['2019-02-08→2019-02-03', '2019-09-13→2019-09-12']],
    [2020, 'nth-weekday', 'postpone', ['2020-01-24→2020-01-23', '2020-06-26→2020-06-28']],
    [2021, 'nth-weekday', 'postpone', ['2021-02-12→2021-02-18']],
    [2026, 'nth-weekday', 'postpone', ['2026-09-25→2026-09-28']],
    [
      2005,
      'calendar-week',
      'advance',
      ['2005-02-11→2005-02-08', '2005-05-06→2005-05-08', '2005-10-07→2005-10-08'],
    ],
    [2017, 'calendar-week', 'postpone', ['2017-10-06→2017-10-09']],
    [2018, 'calendar-week', 'advance', ['2018-04-06→2018-04-04']],
    [2023, 'calendar-week', 'postpone', ['2023-06-23→2023-06-25', '2023-10-06→2023-10-07']],
    [2023, 'calendar-week', 'advance', ['2023-06-23→2023-06-21', '2023-10-06→2023-10-07']],
    [2026, 'calendar-week', 'advance', ['2026-02-20→2026-02-14', '2026-09-25→2026-09-24']],
  ];

  it.each(cases)('%i, %s, %s', (year, reading, policy, expected) => {
    const { activities } = generateSchedule({ year, branches: ['x'], settings: { reading, policy } });
    expect(shifted(activities)).toEqual(expected);
  });

  it('explains a fallback in the reason', () => {
    const { activities } = generateSchedule({
      year: 2005,
      branches: ['x'],
      settings: { reading: 'calendar-week', policy: 'advance' },
    });
    expect(activities.find((a) => a.plannedDate === '2005-10-07')?.reason).toBe(
      '原定 2005-10-07（国庆节假期），提前后最近的工作日 2005-09-30 已在上月，改为顺延至 2005-10-08（调休上班日）',
    );
  });

  it('can exclude weekend working days', () => {
    const { activities } = generateSchedule({
      year: 2023,
      branches: ['x'],
      settings: { weekendWorkdaysCount: false },
    });
    expect(shifted(activities)).toEqual(['2023-01-27→2023-01-30', '2023-06-23→2023-06-26']);
  });
});

describe('generateSchedule: provisional years', () => {
  it('marks every 2027 activity provisional and warns once', () => {
    const { activities, warnings } = generateSchedule({ year: 2027, branches: BRANCHES });
    expect(activities).toHaveLength(48);
    expect(activities.every((a) => a.provisional)).toBe(true);
    expect(warnings).toEqual([
      {
        code: 'provisional-holidays',
        message:
          '2027年的节假日安排尚无官方数据，日程按《全国年节及纪念日放假办法》预估（未计调休），标为“预估”。国务院公布当年放假安排后，请录入节假日并重新生成日程。',
      },
    ]);
  });

  it('moves a fixed day off an estimated holiday and says so (1st and 3rd Friday)', () => {
    const { activities } = generateSchedule({ year: 2027, branches: ['x'], settings: { ordinals: [1, 3] } });
    expect(activities.filter((a) => a.shifted).map((a) => a.reason)).toEqual([
      '原定 2027-01-01（元旦假期，预估），顺延至 2027-01-04（星期一）',
      '原定 2027-02-05（春节假期，预估），顺延至 2027-02-09（星期二）',
      '原定 2027-10-01（国庆节假期，预估），顺延至 2027-10-04（星期一）',
    ]);
  });

  it('is no longer provisional once the user entered the notice', () => {
    const notice = createHolidayCalendar({
      manual: createHolidayCalendar()
        .daysOfYear(2027)
        .map((day) => ({ date: day.date, action: day.kind })),
    });
    const { activities, warnings } = generateSchedule({ year: 2027, branches: ['x'], calendar: notice });
    expect(warnings).toEqual([]);
    expect(activities.some((a) => a.provisional)).toBe(false);
  });
});

describe('generateSchedule: branches, extras and short months', () => {
  const extras = [
    { branch: '第二党支部', date: d(2023, 3, 15), theme: 'visit' as const },
    { branch: '第二党支部', date: d(2023, 3, 1) },
    { branch: '第一党支部', date: d(2023, 3, 20) },
    { branch: '第二党支部', date: d(2024, 3, 1) },
  ];
  const { activities, warnings } = generateSchedule({ year: 2023, branches: BRANCHES, extras });

  it('sorts by branch order then date and numbers extras X1, X2 … in the order given', () => {
    const march = activities
      .filter((a) => a.date.startsWith('2023-03'))
      .map((a) => `${a.branch} ${a.id} ${a.date} ${a.theme}`);
    expect(march).toEqual([
      '第一党支部 2023-03-1 2023-03-10 study',
      '第一党支部 2023-03-X1 2023-03-20 other',
      '第一党支部 2023-03-2 2023-03-24 service',
      '第二党支部 2023-03-X2 2023-03-01 other',
      '第二党支部 2023-03-1 2023-03-10 study',
      '第二党支部 2023-03-X1 2023-03-15 visit',
      '第二党支部 2023-03-2 2023-03-24 service',
    ]);
    expect(activities.findIndex((a) => a.branch === '第二党支部')).toBe(25);
    expect(activities.find((a) => a.id === '2023-03-X1' && a.branch === '第二党支部')).toMatchObject({
      kind: 'extra',
      plannedDate: '2023-03-15',
      shifted: false,
      reason: null,
      provisional: false,
    });
    expect(warnings).toEqual([]);
  });

  it('leaves extras of other years to their own schedule', () => {
    expect(activities.some((a) => a.date.startsWith('2024'))).toBe(false);
  });

  it('keeps an extra whose branch is not listed, after the listed branches', () => {
    const result = generateSchedule({
      year: 2023,
      branches: ['第一党支部'],
      extras: [{ branch: '机关党支部', date: d(2023, 5, 4) }],
    });
    expect(result.activities.filter((a) => a.branch === '机关党支部').map((a) => a.id)).toContain(
      '2023-05-X1',
    );
    expect(result.activities[result.activities.length - 1].branch).toBe('机关党支部');
  });

  it('flags a month with fewer activities than required, per branch', () => {
    const result = generateSchedule({
      year: 2023,
      branches: BRANCHES,
      settings: { requiredPerMonth: 3 },
      extras,
    });
    const short = result.warnings.filter((w) => w.code === 'month-short');
    expect(short).toHaveLength(22); // 24 branch-months, less March of both (2 fixed + 1 or 2 extras)
    expect(short[0]).toEqual({
      code: 'month-short',
      message: '第一党支部2023年1月只安排了2次活动，少于每月至少3次的要求，请补充安排活动（其他主题日）。',
      branch: '第一党支部',
      month: '2023-01',
    });
  });

  it('flags a month whose calendar week has no Friday in it', () => {
    // 2023-01-01 is a Sunday: week 1's Friday is 2022-12-30.
    const result = generateSchedule({
      year: 2023,
      branches: ['x'],
      settings: { reading: 'calendar-week', ordinals: [1, 3] },
    });
    expect(
      result.activities.filter((a) => a.date.startsWith('2023-01')).map((a) => `${a.id} ${a.date}`),
    ).toEqual(['2023-01-2 2023-01-13']);
    expect(result.warnings.map((w) => `${w.code} ${w.month}`)).toEqual([
      'month-short 2023-01',
      'month-short 2023-04',
      'month-short 2023-07',
      'month-short 2023-10',
    ]);
  });

  it('applies theme overrides per branch', () => {
    const result = generateSchedule({
      year: 2023,
      branches: BRANCHES,
      themeOverrides: [{ month: 1, slot: 1, theme: 'service', branch: '第二党支部' }],
    });
    expect(result.activities.filter((a) => a.id === '2023-01-1').map((a) => a.theme)).toEqual([
      'study',
      'service',
    ]);
  });
});

describe('generateSchedule: the month’s neighbours and impossible shifts', () => {
  it('does not let a postponed day reach the next activity', () => {
    const offWeek = datesBetween(d(2023, 3, 10), d(2023, 3, 17)).map((date) => ({
      date,
      action: 'off' as const,
    }));
    const calendar = createHolidayCalendar({ manual: offWeek });
    const { activities } = generateSchedule({
      year: 2023,
      branches: ['x'],
      calendar,
      settings: { ordinals: [2, 3] },
    });
    expect(
      activities.filter((a) => a.date.startsWith('2023-03')).map((a) => `${a.plannedDate}→${a.date}`),
    ).toEqual(['2023-03-10→2023-03-09', '2023-03-17→2023-03-20']);
  });

  it('warns and leaves out a fixed day that cannot move, and flags the short month', () => {
    const offDays = datesBetween(d(2023, 3, 1), d(2023, 3, 17)).map((date) => ({
      date,
      action: 'off' as const,
    }));
    const calendar = createHolidayCalendar({ manual: offDays });
    const { activities, warnings } = generateSchedule({ year: 2023, branches: ['x'], calendar });
    expect(activities.filter((a) => a.date.startsWith('2023-03')).map((a) => a.id)).toEqual(['2023-03-2']);
    expect(warnings).toEqual([
      {
        code: 'shift-impossible',
        message:
          '2023年3月：原定 2023-03-10（放假，手工录入）无法调整：顺延后最近的工作日 2023-03-20 超过7天；提前后最近的工作日 2023-02-28 已在上月。这次活动未排入日程，请另选日期补充安排。',
        month: '2023-03',
      },
      {
        code: 'month-short',
        message: 'x2023年3月只安排了1次活动，少于每月至少2次的要求，请补充安排活动（其他主题日）。',
        branch: 'x',
        month: '2023-03',
      },
    ]);
  });
});

describe('generateSchedule: settings and speed', () => {
  it('refuses unusable settings with a Chinese message', () => {
    expect(() => generateSchedule({ year: 2023, branches: ['x'], settings: { ordinals: [] } })).toThrow(
      ScheduleSettingsError,
    );
    expect(() => generateSchedule({ year: 2023, branches: ['x'], settings: { maxShiftDays: 0 } })).toThrow(
      '活动日设置：最多调整天数“0”无效，请填 1 到 31 之间的整数。',
    );
  });

  it('plans a year once for all branches', () => {
    const plan = planYear(2023, DEFAULT_SCHEDULE_SETTINGS);
    expect(plan.days.map((day) => day.date).slice(0, 2)).toEqual(['2023-01-13', '2023-01-28']);
    expect(plan.provisional).toBe(false);
  });

  // Its speed is measured by `npm run bench` (engine.tenYears.2000members.ms), not by a timed test.
  it('gives every one of fifty branches its 24 activities in each of ten years', () => {
    const branches = Array.from({ length: 50 }, (_, i) => `第${i + 1}党支部`);
    let count = 0;
    for (let year = 2020; year < 2030; year++)
      count += generateSchedule({ year, branches }).activities.length;
    expect(count).toBe(10 * 50 * 24);
  });
});
