/**
 * Chinese texts of the roster, attendance and figures area: code labels, field names, row messages
 * and warning messages. Wording follows the policy (张国土资党发〔2017〕21号) where it has words.
 */
import type { AttendanceCode } from '../domain/attendance';
import type { CalendarDate } from '../domain/date';
import type { RosterField } from '../domain/roster';
import type { Outcome } from '../domain/tally';

export const CODE_LABELS: Record<AttendanceCode, string> = {
  '√': '出席',
  迟: '迟到',
  早: '早退',
  事: '事假',
  病: '病假',
  '×': '缺席',
  免: '免参加',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  'not-due': '不计',
  present: '出席',
  late: '迟到',
  'left-early': '早退',
  'personal-leave': '事假',
  'sick-leave': '病假',
  absent: '缺席',
  unrecorded: '未登记',
  invalid: '无效',
  invitee: '列席',
};

/** Column names of the figures, in the order summaries print them. */
export const FIGURE_LABELS = {
  due: '应到',
  attended: '实到',
  present: '出席',
  late: '迟到',
  leftEarly: '早退',
  leave: '请假',
  personalLeave: '事假',
  sickLeave: '病假',
  absent: '缺席',
  unrecorded: '未登记',
  invalid: '无效',
  invitees: '列席',
  rate: '到会率',
} as const;

export const ROSTER_FIELD_NAMES = {
  id: '编号',
  name: '姓名',
  branch: '所属支部',
  category: '类别',
  gender: '性别',
  joinedParty: '入党日期',
  onRosterFrom: '转入日期',
  onRosterTo: '转出日期',
  exempt: '是否免参加',
  exemptionReason: '免参加原因',
  exemptionApproval: '审批情况',
  exemptionContact: '联系人',
  exemptionFrom: '免参加起始日期',
  exemptionTo: '免参加截止日期',
  phone: '联系电话',
  note: '备注',
  leader: '领导干部',
} as const satisfies Record<RosterField, string>;
type RosterFieldName = RosterField;

const CATEGORY_LIST = '正式党员、预备党员、发展对象、入党积极分子、团员青年、群众代表';
const DATE_FORMS = '2026-03-05、2026/3/5、2026.3.5 或 2026年3月5日';
const CODE_LIST = '√ 迟 早 事 病 × 免';

function field(name: RosterFieldName): string {
  return `「${ROSTER_FIELD_NAMES[name]}」`;
}

function rowField(row: number, name: RosterFieldName): string {
  return `第 ${row} 行${field(name)}`;
}

export const rosterMessages = {
  nameMissing: (row: number) => `${rowField(row, 'name')}为空；请填写姓名，或删除这一行。`,
  branchMissing: (row: number) => `${rowField(row, 'branch')}为空；请填写该同志所在的党支部。`,
  categoryMissing: (row: number) => `${rowField(row, 'category')}为空；请填写 ${CATEGORY_LIST} 之一。`,
  categoryUnknown: (row: number, text: string) =>
    `${rowField(row, 'category')}为“${text}”，无法识别；请填写 ${CATEGORY_LIST} 之一。`,
  dateInvalid: (row: number, name: RosterFieldName, text: string) =>
    `${rowField(row, name)}为“${text}”，不是有效日期；请写成 ${DATE_FORMS}。`,
  dateInvalidLeftBlank: (row: number, name: RosterFieldName, text: string) =>
    `${rowField(row, name)}为“${text}”，不是有效日期，暂按未填写处理；请写成 ${DATE_FORMS}。`,
  flagUnknown: (row: number, text: string) =>
    `${rowField(row, 'exempt')}为“${text}”，无法识别；请填“是”或“否”（留空表示否）。`,
  leaderUnknown: (row: number, text: string) =>
    `${rowField(row, 'leader')}为“${text}”，无法识别，暂按“否”处理；请填“是”或“否”（留空表示否）。`,
  genderUnknown: (row: number, text: string) =>
    `${rowField(row, 'gender')}为“${text}”，无法识别，暂按未填写处理；请填写“男”或“女”。`,
  duplicateId: (row: number, id: string, firstRow: number) =>
    `${rowField(row, 'id')}“${id}”与第 ${firstRow} 行重复；编号用来关联出勤记录，请改成不重复的编号（或留空由本工具生成）。`,
  datesReversed: (
    row: number,
    from: RosterFieldName,
    to: RosterFieldName,
    fromDate: CalendarDate,
    toDate: CalendarDate,
  ) => `第 ${row} 行${field(to)}（${toDate}）早于${field(from)}（${fromDate}）；请核对这两个日期。`,
  exemptionReasonMissing: (row: number) =>
    `第 ${row} 行标为免参加，但${field('exemptionReason')}为空；请补填（本人申请、党支部审核同意的依据）。`,
  exemptionContactMissing: (row: number) =>
    `第 ${row} 行标为免参加，但${field('exemptionContact')}为空；按规定党支部要确定专人联系，请补填联系人。`,
  exemptionWithoutFlag: (row: number) =>
    `第 ${row} 行填写了免参加的原因、联系人或日期，但${field('exempt')}不是“是”，未按免参加处理；如已经党支部批准，请填“是”。`,
} as const;

/** '2026年3月13日'. */
export function formatDateZh(date: CalendarDate): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** 0.8 → '80%', 7/9 → '77.8%'. */
export function formatRate(rate: number): string {
  return `${(rate * 100).toFixed(1).replace(/\.0$/, '')}%`;
}

/** Up to five names, then '等 N 人'. */
export function nameList(names: readonly string[]): string {
  const shown = names.slice(0, 5).join('、');
  return names.length > 5 ? `${shown}等 ${names.length} 人` : shown;
}

function who(branch: string, name: string, memberId: string): string {
  return `${branch} ${name}（编号 ${memberId}）`;
}

export const attendanceMessages = {
  unknownCode: (branch: string, name: string, memberId: string, date: CalendarDate, text: string) =>
    `${who(branch, name, memberId)}${formatDateZh(date)}活动的登记为“${text}”，无法识别，未计入任何一项；请改为 ${CODE_LIST} 之一。`,
  conflict: (branch: string, name: string, memberId: string, date: CalendarDate, texts: string) =>
    `${who(branch, name, memberId)}${formatDateZh(date)}活动有两条不同的登记（${texts}），未计入任何一项；请只保留一条。`,
  exemptionMissing: (branch: string, name: string, memberId: string, date: CalendarDate) =>
    `${who(branch, name, memberId)}${formatDateZh(date)}活动登记为“免”，但花名册中没有其免参加记录，按无效处理；如已经党支部审核同意免参加，请在花名册中登记原因、审批情况和联系人，否则请改填“事”或“病”。`,
  unknownMember: (branch: string, memberId: string, date: CalendarDate, text: string) =>
    `${branch} ${formatDateZh(date)}活动有编号 ${memberId} 的登记“${text}”，但本支部花名册中没有这个编号，未计入；请核对编号或花名册。`,
} as const;

export const offRosterMessages = {
  /** Entries typed at activities when the member was off the branch's roster (before 在册起, after 在册止). */
  entries: (member: {
    branch: string;
    name: string;
    memberId: string;
    from: CalendarDate | undefined;
    to: CalendarDate | undefined;
    entries: ReadonlyArray<{ date: CalendarDate; text: string }>;
  }) => {
    const span =
      member.from !== undefined && member.to !== undefined
        ? `在册时间为 ${member.from} 至 ${member.to}`
        : member.from !== undefined
          ? `自 ${member.from} 起在册`
          : `在册至 ${member.to ?? '…'}`;
    const list = member.entries.map((entry) => `${formatDateZh(entry.date)}“${entry.text}”`).join('、');
    return (
      `${who(member.branch, member.name, member.memberId)}按党员名册${span}，不在册期间的 ${member.entries.length} 次活动有登记：${list}。` +
      `这些登记保留在出勤登记表中（灰底），不计入应到、实到和到会率；如该党员当时仍在本支部，请在党员名册中改正其“在册起”“在册止”后重新生成。`
    );
  },
} as const;

export interface RunText {
  branch: string;
  name: string;
  memberId: string;
  first: CalendarDate;
  last: CalendarDate;
  count: number;
  months: number;
}

export interface UnexcusedText {
  branch: string;
  name: string;
  memberId: string;
  year: number;
  /** The activities' dates, in order. */
  dates: readonly CalendarDate[];
  limit: number;
}

/** '1月9日'. */
function monthDayZh(date: CalendarDate): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

export const warningMessages = {
  belowThreshold: (
    branch: string,
    date: CalendarDate,
    themeName: string,
    figures: { attended: number; due: number; unrecorded: number; rate: number },
    threshold: number,
  ) =>
    `${branch} ${formatDateZh(date)}（${themeName}）到会率 ${formatRate(figures.rate)}（实到 ${figures.attended} / 应到 ${figures.due}），低于 ${formatRate(threshold)}；请查明缺席原因，做好提醒和补学。` +
    (figures.unrecorded > 0 ? `另有 ${figures.unrecorded} 人未登记，补登后再核对。` : ''),
  monthShort: (branch: string, year: number, month: number, count: number, required: number) =>
    `${branch} ${year}年${month}月安排活动 ${count} 次，少于每月至少 ${required} 次的要求；请补充安排活动。`,
  unrecorded: (branch: string, date: CalendarDate, themeName: string, names: readonly string[]) =>
    `${branch} ${formatDateZh(date)}（${themeName}）部分登记，有 ${names.length} 人未登记出勤（${nameList(names)}）；请补登。`,
  nothingRecorded: (branch: string, date: CalendarDate, themeName: string, due: number) =>
    `${branch} ${formatDateZh(date)}（${themeName}）尚未登记出勤（应到 ${due} 人），到会率无法计算；请在出勤登记表中补登。`,
  absenceRun: (run: RunText) => {
    const base = `${run.branch} ${run.name}（编号 ${run.memberId}）自${formatDateZh(run.first)}至${formatDateZh(run.last)}连续 ${run.count} 次无故缺席固定活动日`;
    if (run.months >= 6)
      return `${base}，涉及 ${run.months} 个月。党章第九条对没有正当理由连续六个月不参加党的组织生活有专门规定；请党支部尽快与本人谈心谈话，核实是否有正当理由、请假是否漏登，再按规定程序研究。本提示仅供党支部参考，不作结论。`;
    if (run.months >= 3)
      return `${base}，涉及 ${run.months} 个月；请党支部安排谈心谈话，了解原因，做好教育提醒。本提示仅供党支部参考。`;
    return `${base}；请党支部及时提醒，了解原因。`;
  },
  unexcusedLimit: (count: UnexcusedText) =>
    `${count.branch} ${count.name}（编号 ${count.memberId}）${count.year}年无故缺席固定活动日 ${count.dates.length} 次` +
    `（${count.dates.map(monthDayZh).join('、')}），${count.dates.length > count.limit ? '超过' : '达到'}“设置”中的无故缺席提示次数（${count.limit} 次）；` +
    '请党支部了解原因，核实是否有请假漏登，做好谈心谈话和教育提醒。本提示仅供党支部参考，不作结论。',
  emptyBranch: (branch: string) =>
    `${branch}的名册中没有人员，无法登记出勤、计算到会率；请导入该支部的党员。如花名册中这个支部的名称写法不同，请在导入预览中把它对应到“${branch}”；如已不设这个支部，请在“设置”表中删除它。`,
  provisionalHolidays: (year: number) =>
    `${year}年的节假日安排尚未录入，活动日期按《全国年节及纪念日放假办法》预估；国务院办公厅通知发布后，请录入并重新生成日程。`,
} as const;

/** How people who share a name are told apart (see src/domain/memberLabels.ts). */
export const SAME_NAME = {
  label: {
    id: (name: string, id: string) => `${name}（编号 ${id}）`,
    phone: (name: string, tail: string) => `${name}（手机尾号 ${tail}）`,
    category: (name: string, category: string) => `${name}（${category}）`,
  },
  /** Said once at import, for each name two or more people of a branch share. */
  imported: (branch: string, name: string, count: number, labels: readonly string[]) =>
    `${branch}有 ${count} 位“${name}”，各表中写作：${labels.join('、')}；请核对是否确为不同的人。`,
} as const;
