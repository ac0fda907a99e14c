/**
 * 补学登记 (issue 13, 4): the sheet's texts, the 检查 step's two findings and the summaries' lines.
 * Wording after the policy (张国土资党发〔2017〕21号, 二、2 专人联系; 四、3 请假须经党支部批准).
 */
import type { CalendarDate } from '../domain/date';
import { formatDateZh } from './attendance';

export const MAKE_UP_SHEET = {
  name: '补学登记',
  title: (year: number, days: number) =>
    `${year}年补学登记：F—K 列所填重新生成不会清除；活动后 ${days} 天内未补学的在“检查”中列出。`,
  printHeader: (unit: string, year: number) =>
    `${unit}${unit === '' ? '' : ' '}${year}年党员固定活动日补学登记`,
  headers: [
    '姓名',
    '支部',
    '活动日期',
    '主题',
    '出勤',
    '请假批准人',
    '补学方式',
    '补学日期',
    '传达人',
    '内容或心得',
    '备注',
    '状态',
    '人员编号',
    '活动编号',
  ] as const,
  methods: ['自学', '集中补学', '专人传达', '上门传达'] as const,
  /** The method pre-filled for an exempt member. */
  exemptMethod: '专人传达',
  attendance: (code: string, note: string | null) => {
    const word = MAKE_UP_SHEET_CODES[code] ?? code;
    return note === null ? word : `${word}：${note}`;
  },
  validation: {
    methodTitle: '补学方式',
    method: '请从下拉列表中选择。',
  },
  /** The 状态 of a row kept for what was typed in it, though nothing is owed any more. */
  status: {
    corrected: (code: string) => `出勤已改为“${code}”，无需补学（保留所填内容）`,
    notRecorded: '出勤登记已清空，无需补学（保留所填内容）',
    cancelled: '活动已取消（保留所填内容）',
    memberGone: '人员已不在名册（保留所填内容）',
    noKey: '待更正：缺少人员编号或活动编号，请勿删改 M、N 列',
  },
} as const;

const MAKE_UP_SHEET_CODES: Readonly<Record<string, string>> = {
  事: '事假',
  病: '病假',
  '×': '缺席',
  免: '免参加',
};

export const MAKE_UP_CHECK = {
  overdue: (name: string, branch: string, date: CalendarDate, days: number, cell: string, sheet: string) =>
    `${branch} ${name}：${formatDateZh(date)}的活动已过 ${days} 天仍未补学；补学后请在“${sheet}”${cell} 填写补学日期。`,
  noApprover: (
    name: string,
    branch: string,
    date: CalendarDate,
    leave: string,
    cell: string,
    sheet: string,
  ) =>
    `${branch} ${name}：${formatDateZh(date)}的活动${leave}未填请假批准人；请假须经党支部批准，请在“${sheet}”${cell} 填写批准人。`,
  unreadableDate: (
    name: string,
    branch: string,
    date: CalendarDate,
    text: string,
    cell: string,
    sheet: string,
  ) =>
    `${branch} ${name}：${formatDateZh(date)}的活动补学日期“${text}”不是日期（暂按已补学计）；请在“${sheet}”${cell} 按“年-月-日”填写补学的日期。`,
  earlyDate: (
    name: string,
    branch: string,
    date: CalendarDate,
    done: CalendarDate,
    cell: string,
    sheet: string,
  ) =>
    `${branch} ${name}：${formatDateZh(date)}的活动补学日期${formatDateZh(done)}早于活动日期（暂按已补学计）；请核对“${sheet}”${cell}。`,
  /** When the 补学登记 sheet has no row for the entry yet. */
  notListed: '（补学登记中还没有这一行，请先在助手中点“生成”）',
} as const;

export const MAKE_UP_SUMMARY = {
  /** The monthly branch page's line. */
  monthLine: (due: number, done: number, outstanding: number, overdue: number) =>
    due === 0
      ? '补学：本月活动无须补学的党员。'
      : `补学：应补学 ${due} 人次，已补学 ${done} 人次，未补学 ${outstanding} 人次${overdue > 0 ? `（其中逾期 ${overdue} 人次）` : ''}。`,
  /** The annual per-member table's note: 补学 done of owed. */
  memberNote: (done: number, due: number) => `补学${done}/${due}`,
} as const;
