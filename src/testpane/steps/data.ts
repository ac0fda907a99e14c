/**
 * The year the Excel run goes through, and what a person types along the way. Every expected figure
 * in the steps is a literal worked out from these by hand (see the comments at each), not
 * recomputed with the code under test.
 *
 * 2026, the State Council's calendar known: the 2nd and 4th Fridays. 1 January 2026 is a Thursday,
 * so January's Fridays are 2, 9, 16, 23, 30 (activity 2026-01-1 on the 9th); 1 March is a Sunday,
 * so March's are 6, 13, 20, 27 (2026-03-1 on the 13th).
 */
import type { CalendarDate } from '../../domain/date';
import type { ManualHolidayEntry } from '../../domain/holidays/types';
import type { CellValue } from '../readBack';

export const YEAR = 2026;
export const UNIT = '实测单位机关党委';
export const BRANCHES = ['第一党支部', '第二党支部'] as const;
export const [FIRST, SECOND] = BRANCHES;

/** The owned sheets, in the order the add-in adds them after the blank workbook's own sheet. */
export const OWNED_SHEETS = ['设置', '党员名册', '节假日', '活动安排', `出勤-${FIRST}`, `出勤-${SECOND}`];
export const ATTENDANCE_SHEET = `出勤-${FIRST}`;
export const SCHEDULE_SHEET = '活动安排';

/**
 * 添加示例党员: per branch S<b>-01…04 正式, S<b>-05 预备, S<b>-06 正式 but 免参加, S<b>-07 入党积极分子
 * (列席): 7 each, 14 in all; 5 each are due (应到).
 */
export const SAMPLE_IDS = [1, 2].flatMap((b) => [1, 2, 3, 4, 5, 6, 7].map((n) => `S${b}-0${n}`));

/** The roster sheet a secretary keeps, typed in as they would (dates typed as 2001-07-01). */
export const ROSTER_SHEET = '花名册';
export const ROSTER_TYPED: CellValue[][] = [
  ['姓名', '所在支部', '人员类别', '入党时间'],
  ['段勇', FIRST, '正式党员', '2001-07-01'],
  ['周敏', FIRST, '预备党员', '2025-09-01'],
  ['孙立新', SECOND, '正式党员', '1998-06-30'],
];
export const IMPORTED = ['段勇', '周敏', '孙立新'];

/** 节假日: a day off the unit adds on March's first activity day, Friday 13 March. */
export const DAY_OFF = { date: '2026-03-13', action: 'off', name: '单位统一放假' } as const;
/** Regenerating with one more day off, on January's first activity day, Friday 9 January. */
export const SECOND_DAY_OFF: ManualHolidayEntry = {
  date: '2026-01-09' as CalendarDate,
  action: 'off',
  name: '单位集中学习',
};

/** Excel's date serials of the days above (1 January 2026 is 46023). */
export const SERIAL = {
  '2026-01-09': 46031,
  '2026-01-12': 46034,
  '2026-03-13': 46094,
  '2026-03-16': 46097,
} as const;

/**
 * What the secretary records on 出勤-第一党支部, by member and activity. 7 are due there after the
 * import (S1-01…05, 段勇, 周敏); S1-07 is 列席 (never counted).
 *   2026-01-1: √ √ 迟 √ 早 √ 事 → 实到 6 (√ 4, 迟 1, 早 1), 请假 1: 6/7, met.
 *   2026-03-1: √ × 病 √ √ × √ → 实到 4, 请假 1, 缺席 2: 4/7, under 80 %; S1-07 √ is 列席 1.
 */
export const ATTENDANCE: ReadonlyArray<{ member: string; activity: string; code: string }> = [
  { member: 'S1-01', activity: '2026-01-1', code: '√' },
  { member: 'S1-02', activity: '2026-01-1', code: '√' },
  { member: 'S1-03', activity: '2026-01-1', code: '迟' },
  { member: 'S1-04', activity: '2026-01-1', code: '√' },
  { member: 'S1-05', activity: '2026-01-1', code: '早' },
  { member: '段勇', activity: '2026-01-1', code: '√' },
  { member: '周敏', activity: '2026-01-1', code: '事：外出培训' },
  { member: 'S1-01', activity: '2026-03-1', code: '√' },
  { member: 'S1-02', activity: '2026-03-1', code: '×' },
  { member: 'S1-03', activity: '2026-03-1', code: '病' },
  { member: 'S1-04', activity: '2026-03-1', code: '√' },
  { member: 'S1-05', activity: '2026-03-1', code: '√' },
  { member: '段勇', activity: '2026-03-1', code: '×' },
  { member: '周敏', activity: '2026-03-1', code: '√' },
  { member: 'S1-07', activity: '2026-03-1', code: '√' },
];

/** What the secretary types into 活动安排 for 第一党支部's 2026-01-1 (kept by regenerating). */
export const SCHEDULE_TYPED = { 活动内容: '学习党章党规', 地点: '党员活动室', 主持人: '段勇' } as const;

/** "Today" for the summaries and the check: the year is over. */
export const AS_OF = '2026-12-31';
export const GENERATED_AT = '2026-12-31 16:00';
