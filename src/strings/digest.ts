/**
 * Texts of the warning digest (src/domain/warningDigest.ts): one line per kind of finding and
 * branch, for the command line's report and the 提示事项 of the printed summaries.
 */
import type { CalendarDate } from '../domain/date';
import type { WarningCode } from '../domain/warning';

/** '1月9日'. */
export function monthDay(date: CalendarDate): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** A few dates listed, or the first and the last of many. */
function when(dates: readonly CalendarDate[]): string {
  if (dates.length === 0) return '';
  if (dates.length <= 4) return `（${dates.map(monthDay).join('、')}）`;
  return `，最早 ${monthDay(dates[0])}，最近 ${monthDay(dates[dates.length - 1])}`;
}

function months(keys: readonly string[]): string {
  return keys.length === 0 ? '' : `（${keys.map((key) => `${Number(key.slice(5, 7))}月`).join('、')}）`;
}

/** What each kind is called in a digest line, counted by what it concerns. */
const KINDS: Record<WarningCode, { unit: string; what: string }> = {
  'below-threshold': { unit: '次活动', what: '到会率低于要求' },
  'month-short': { unit: '个月', what: '活动次数少于每月要求' },
  'absence-run': { unit: '处', what: '连续无故缺席' },
  'unexcused-limit': { unit: '人', what: '一年内无故缺席达到提示次数' },
  unrecorded: { unit: '次活动', what: '未登记出勤' },
  'unknown-code': { unit: '处', what: '出勤登记无法识别' },
  'provisional-holidays': { unit: '项', what: '节假日为预估' },
  'shift-impossible': { unit: '次活动', what: '无法调整日期' },
  'roster-row': { unit: '行', what: '党员名册有误' },
  'orphan-entry': { unit: '处', what: '名册外人员的出勤登记' },
  'off-roster-entry': { unit: '处', what: '不在册期间的出勤登记' },
  'empty-branch': { unit: '个党支部', what: '名册中没有人员' },
  'orphan-sheet': { unit: '张', what: '出勤登记表的党支部已不在设置中' },
};

export const DIGEST_TEXT = {
  line: (
    code: WarningCode,
    branch: string | undefined,
    count: number,
    dates: readonly CalendarDate[],
    monthKeys: readonly string[],
  ) => {
    const kind = KINDS[code];
    const detail = code === 'month-short' ? months(monthKeys) : when(dates);
    return `${branch === undefined ? '' : `${branch}：`}${count} ${kind.unit}${kind.what}${detail}`;
  },
  more: (count: number) => `……另有 ${count} 项未列出`,
} as const;
