/**
 * Texts of the summaries filed on paper (月度汇总, 年度汇总) and of the `summary` and `sheets`
 * commands. Wording follows the policy (张国土资党发〔2017〕21号): 到会率, 应参加党员, 通报.
 */
import { formatDateZh, formatRate } from './attendance';
import type { CalendarDate } from '../domain/date';

export const SUMMARY_SHEET_NAMES = {
  month: '月度汇总',
  year: '年度汇总',
} as const;

/**
 * The organisation's name as the user gave it, a space, the rest; without a name (unit not filled
 * in) just the rest. Names are never prefixed (a branch titled “中共第一党支部” beside a unit
 * “中共××委员会” reads as a different organisation): the branch pages carry the branch's name, the
 * pages across branches the unit's.
 */
function titled(name: string, rest: string): string {
  const org = name.trim();
  return org === '' ? rest : `${org} ${rest}`;
}

export const MONTH_SUMMARY = {
  branchTitle: (branch: string, year: number, month: number) =>
    titled(branch, `${year}年${month}月党员固定活动日情况汇总`),
  overviewTitle: (unit: string, year: number, month: number) =>
    titled(unit, `${year}年${month}月各党支部党员固定活动日情况汇总`),
  unit: (unit: string) => `单位：${unit}`,
  period: (from: CalendarDate, to: CalendarDate) => `统计期间：${formatDateZh(from)}—${formatDateZh(to)}`,
  asOf: (date: CalendarDate) => `记录截至：${formatDateZh(date)}`,
  generatedAt: (text: string) => `生成时间：${text}`,
  counts: {
    required: '应开展',
    planned: '已安排',
    held: '已开展',
    unrecorded: '未登记',
    below: (threshold: number) => `到会率低于${formatRate(threshold)}`,
  },
  activitiesHeading: '一、活动开展情况',
  activityHeader: [
    '序号',
    '日期',
    '星期',
    '主题',
    '活动内容',
    '应到',
    '实到',
    '请假',
    '缺席',
    '迟到',
    '早退',
    '列席',
    '未登记',
    '到会率',
    '达标',
  ],
  total: '合计',
  met: '是',
  notMet: '否',
  notHeld: '未开展',
  noRate: '—',
  /** 到会率 and 达标 of an activity (or a period) with nothing recorded yet: never 0%. */
  unrecorded: '未登记',
  /** 达标 of a partly recorded activity the missing entries could still decide. */
  undecidedBlank: '待补登',
  /** 达标 the unreadable entries could still decide. */
  undecidedInvalid: '待核实',
  /** Under the activities, when some are not (fully) recorded. */
  recordsNote: (unrecorded: readonly string[], partial: readonly string[]) =>
    [
      '注：到会率只计已登记出勤的活动',
      unrecorded.length > 0 ? `；${unrecorded.join('、')}尚未登记出勤，不计入合计到会率` : '',
      partial.length > 0 ? `；${partial.join('、')}部分登记，补登后再核对到会率和是否达标` : '',
      '。',
    ].join(''),
  noActivities: '本月没有安排活动。',
  recordsHeading: '二、活动记录',
  recordsHeader: ['序号', '日期', '地点', '存档资料', '主持人', '记录人', '经费（元）', '备注'],
  shifted: (planned: CalendarDate, reason: string | null) =>
    `原定${formatDateZh(planned)}${reason ? `，${reason}` : '，已调整'}`,
  provisional: '按预估节假日安排',
  invitees: (names: readonly string[]) => `列席：${names.join('、')}`,
  note: (text: string) => `备注：${text}`,
  peopleHeading: '三、请假、缺席、迟到早退及未登记人员',
  peopleHeader: ['序号', '日期', '情况', '姓名', '原因或说明'],
  categoryShort: { 预备党员: '预备' } as Record<string, string>,
  nobody: '本月无请假、缺席、迟到、早退或未登记人员。',
  unrecordedHint: '未登记出勤，请补登',
  unrecordedSituation: '未登记',
  everyoneDue: '全体应到人员',
  nothingRecordedHint: (due: number) => `应到 ${due} 人均未登记出勤，请补登`,
  /** The compact list, used when one row per person would not fit the page. */
  groupedHeader: ['日期', '情况', '人员（按原因或说明分列）'],
  groupedSituation: (situation: string, count: number) => `${situation}\n${count}人`,
  noReason: '未填写原因',
  warningsHeading: '四、提示事项',
  noWarnings: '无。',
  branchesHeading: '一、各党支部开展情况',
  branchesHeader: [
    '序号',
    '党支部',
    '已安排',
    '已开展',
    '应到人次',
    '实到人次',
    '请假人次',
    '缺席人次',
    '迟到',
    '早退',
    '列席',
    '未登记',
    '到会率',
    '未达标',
  ],
  short: '活动次数不足',
  overviewRecordsNote:
    '注：到会率只计已登记出勤的活动；“未登记”表示该支部本月的活动尚未登记出勤，不是无人到会。尚未登记的活动见下面的提示事项。',
  overviewWarningsHeading: '二、提示事项',
} as const;

export const YEAR_SUMMARY = {
  title: (org: string, year: number) => titled(org, `${year}年度党员固定活动日参加情况汇总`),
  period: (year: number) => `统计期间：${year}年1月1日—${year}年12月31日`,
  header: {
    index: '序号',
    name: '姓名',
    category: '类别',
    month: (month: number) => `${month}月`,
    firstHalf: '上半年',
    secondHalf: '下半年',
    year: '全年',
    due: '应到',
    attended: '实到',
    leave: '请假',
    absent: '缺席',
    rate: '到会率',
    note: '备注',
  },
  notDue: '—',
  unrecorded: '未登记',
  exempt: '免参加',
  invitee: '列席',
  branchBand: (branch: string) => branch.trim(),
  branchRows: {
    attended: '支部合计（实到人次）',
    rate: '到会率',
    held: '已开展次数',
    below: '未达标次数',
  },
  overviewBand: (unit: string) =>
    unit.trim() === '' ? '各党支部各月到会率及合计' : `${unit.trim()}：各党支部各月到会率及合计`,
  overviewRows: {
    attended: '合计（实到人次）',
    rate: '到会率',
    held: '已开展次数',
    below: '未达标次数',
  },
  notes:
    '注：各月为实到次数，“—”表示当月没有应参加的活动，“未登记”表示当月的活动尚未登记出勤（不是没有参加）；到会率只计已登记出勤的活动。列席人员各月为列席次数，不计入到会率。上半年、下半年两栏供年中、年底专题组织生活会通报党员参加活动情况。',
  warningsHeading: '提示事项',
  noMembers: '本支部没有在册党员。',
} as const;

export const SIGNATURE = {
  branchSecretary: '支部书记（签字）：',
  recorder: '记录人（签字）：',
  unitSecretary: '党总支书记（签字）：',
  date: '日期：',
  datePlaceholder: '    年  月  日',
} as const;

export const SUMMARY_APP = {
  noSettings: '工作簿中没有“设置”表，无法汇总；请先用助手（或 party-day generate）生成工作簿。',
  settingsUnreadable: '“设置”表有无法读取的内容，汇总会算错；请按下列提示改正后再试。',
  otherYear: (asked: number, year: number) =>
    `工作簿是 ${year} 年度的，不能汇总 ${asked} 年；请指定 ${year} 年的月份或年度。`,
  unknownBranch: (name: string, known: readonly string[]) =>
    `工作簿中没有名为“${name}”的党支部；现有：${known.length > 0 ? known.join('、') : '（无）'}。`,
} as const;

export const SUMMARY_CLI = {
  summaryDescription: '按月或按年统计各党支部的活动和党员到会情况（读取已生成的工作簿）',
  sheetsDescription: '把月度汇总或年度汇总表写入工作簿的副本（原文件不变）',
  inOption: '已生成的工作簿（.xlsx）',
  outOption: '写出的新工作簿（.xlsx），不能与输入文件相同',
  monthOption: '统计月份，如 2027-03',
  yearOption: '统计年度，如 2027',
  branchOption: '只统计这个党支部（名称）',
  jsonOption: '输出 JSON',
  asOfOption: '记录截至日期（默认今天），如 2027-03-31',
  needPeriod: '请用 --month（如 2027-03）或 --year（如 2027）指定统计期间，二者选一。',
  bothPeriods: '--month 和 --year 只能选一个。',
  badMonth: (text: string) => `统计月份“${text}”无效；请写成 年-月，如 2027-03。`,
  badYear: (text: string) => `统计年度“${text}”无效；请写四位年份，如 2027。`,
  badAsOf: (text: string) => `截至日期“${text}”无效；请写成 年-月-日，如 2027-03-31。`,
  periodMonth: (year: number, month: number) => `${year}年${month}月`,
  periodYear: (year: number) => `${year}年`,
  branchLine: (branch: string) => `【${branch}】`,
  summaryUsage: '--in 工作簿.xlsx (--month 2027-03 | --year 2027) [--branch 名称] [--json]',
  sheetsUsage: '--in 工作簿.xlsx --out 结果.xlsx (--month 2027-03 | --year 2027) [--branch 名称]',
  needInput: '请用 --in 指定已生成的工作簿（.xlsx）。',
  needOutput: '请用 --out 指定写出的新工作簿（.xlsx）；原文件不会被改动。',
  activitiesTitle: '活动',
  activityHeaders: [
    '日期',
    '主题',
    '应到',
    '实到',
    '迟到',
    '早退',
    '请假',
    '缺席',
    '未登记',
    '到会率',
    '达标',
  ],
  membersTitle: '党员',
  memberHeaders: ['编号', '姓名', '应到', '实到', '请假', '缺席', '到会率'],
  met: '是',
  notMet: '否',
  notHeld: '未开展',
  unrecorded: '未登记',
  undecidedBlank: '待补登',
  undecidedInvalid: '待核实',
  warningsTitle: '提示',
  noWarnings: '（无）',
  wrote: (path: string, sheets: readonly string[]) => `已写入 ${path}：${sheets.join('、')}`,
  problemsTitle: '读取工作簿时发现的问题：',
} as const;
