/** 领导干部带头: the line of the monthly and annual summaries on the leaders' participation. */
import { formatRate } from './attendance';

export const LEADERS_TEXT = {
  /** '其中领导干部：应到 4 人次，实到 3 人次，出勤率 75%'; the rate as `rate` gives it. */
  line: (due: number, attended: number, rate: string, unrecorded: number) =>
    `其中领导干部：应到 ${due} 人次，实到 ${attended} 人次，出勤率 ${rate}` +
    (unrecorded > 0 ? `（另有 ${unrecorded} 人次未登记）` : ''),
  rate: formatRate,
  /** Person-times due, none recorded yet. */
  unrecorded: '未登记',
  /** Nobody due (the leaders exempt, or no activity held yet). */
  noRate: '—',
} as const;
