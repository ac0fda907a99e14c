/**
 * Texts of the 党总支's roll-up of several branch workbooks: the conflicts found between the files,
 * what a file that is not a branch workbook is, the roll-up sheets and the `merge` command.
 */
import type { CalendarDate } from '../domain/date';
import { formatDateZh, formatRate } from './attendance';

export const ROLLUP_SHEET_NAMES = {
  status: '报送情况',
  month: '总支月度检查',
  year: '总支年度汇总',
  members: '总支党员参与',
} as const;

/** Where a branch was found: “第一党支部（一支部.xlsx）”. */
export const branchInFile = (branch: string, file: string) => `${branch}（${file}）`;

export const ROLLUP_CONFLICTS = {
  unreadable: (message: string) => `${message}未计入汇总。`,
  foreignFile: (file: string, what: string) =>
    `“${file}”不是本助手的支部工作簿：${what}。未计入汇总；请改选支部用助手生成的工作簿。`,
  plainWorkbook: (sheets: readonly string[]) =>
    `它是一个普通的 Excel 工作簿，其中的工作表为${sheets.length > 0 ? `“${sheets.join('”“')}”` : '（无）'}，没有本助手的“设置”“出勤”等表`,
  rollupWorkbook: '它是党总支的汇总工作簿（含“报送情况”等汇总表），不是支部工作簿',
  unusable: (file: string, message: string) => `“${file}”无法汇总：${message}未计入汇总。`,
  otherYear: (file: string, fileYear: number, year: number) =>
    `“${file}”是 ${fileYear} 年度的工作簿，本次汇总 ${year} 年，未计入汇总；请让该支部发送 ${year} 年度的工作簿。`,
  noBranches: (file: string) => `“${file}”的“设置”表没有列出任何党支部，未计入汇总。`,
  sameBranchUsed: (branch: string, used: string, others: readonly string[], why: string) =>
    `“${branch}”在多个文件中出现：采用“${used}”，未采用“${others.join('”“')}”，因为${why}。如有误，请只保留正确的一份后重新汇总。`,
  moreRecords: (used: number, other: number) =>
    `它登记的出勤较多（${used} 人次，另一份 ${other} 人次），应是较新的一份`,
  identical: '几份的名单和出勤登记完全相同',
  sameBranchRefused: (branch: string, files: readonly string[], count: number) =>
    `“${branch}”在“${files.join('”“')}”中都有，登记的出勤同为 ${count} 人次但内容不同，无法判断哪份是最新的，该支部未计入汇总；请确认后只保留一份，重新汇总。`,
  memberName: (id: string, places: ReadonlyArray<{ name: string; where: string }>) =>
    `党员编号 ${id} 在不同文件中姓名不同：${places.map((place) => `${place.where}为“${place.name}”`).join('，')}。汇总未合并这些记录（各支部按各自名单统计）；请核对编号后改正。`,
  settingDiffers: (setting: string, values: ReadonlyArray<{ file: string; value: string }>) =>
    `各文件的${setting}不同：${values.map((v) => `“${v.file}”${v.value}`).join('，')}。各支部的数字按各自文件的设置计算，不作换算；如需统一，请修改“设置”表后重新发送。`,
  settingNames: {
    threshold: '到会率标准',
    requiredPerMonth: '每月应开展次数',
    fixedDays: '固定活动日',
    policy: '节假日调整方式',
  },
  perMonth: (n: number) => `${n} 次`,
} as const;

/** What a file that is not an .xlsx workbook looks like, by its first bytes. */
export const FOREIGN_FILE_KINDS = {
  pdf: '它是 PDF 文档',
  word: '它是 Word 文档（.docx）',
  powerpoint: '它是 PowerPoint 演示文稿（.pptx）',
  ole: '它是旧版 Office 文件（.xls/.doc/.et），或设置了打开密码的工作簿',
  zip: '它是一个压缩包（.zip），不是 Excel 工作簿',
  damagedWorkbook: '它像是 Excel 工作簿，但文件不完整或已损坏（可能没有下载或复制完整），请让该支部重新发送',
  text: '它是文本文件（如 CSV），不是 Excel 工作簿；名单类文件请在“导入名单”中使用',
  image: '它是图片',
  empty: '它是空文件',
  unknown: '无法识别它的格式，不是 Excel 工作簿（.xlsx）',
} as const;

export const REPORT_STATUS_LABELS = {
  reported: '已报',
  partial: '部分',
  unreported: '未报',
  'nothing-due': '无到期活动',
} as const;

export const ROLLUP_SHEETS = {
  statusTitle: (unit: string, period: string) => titled(unit, `${period}各党支部报送情况`),
  monthTitle: (unit: string, year: number, month: number) =>
    titled(unit, `${year}年${month}月各党支部党员固定活动日检查表`),
  yearTitle: (unit: string, year: number) => titled(unit, `${year}年度各党支部党员固定活动日完成情况`),
  membersTitle: (unit: string, year: number) => titled(unit, `${year}年度各党支部党员参加固定活动日情况`),
  periodMonth: (year: number, month: number) => `${year}年${month}月`,
  periodYear: (year: number) => `${year}年度`,
  asOf: (date: CalendarDate) => `记录截至：${formatDateZh(date)}`,
  generatedAt: (text: string) => `生成时间：${text}`,
  files: (count: number) => `汇总文件：${count} 个`,
  statusHeaders: ['序号', '党支部', '来源文件', '最近登记', '已开展', '报送情况', '尚未登记的活动'],
  pendingPartial: '部分登记',
  noPending: '—',
  conflictsHeading: '汇总时发现的问题（未作猜测，请核对）',
  noConflicts: '各文件之间没有发现冲突。',
  problemsHeading: '各文件读取时的提示',
  monthHeaders: [
    '党支部',
    '已开展/应开展',
    '日期',
    '主题',
    '应到',
    '实到',
    '到会率',
    '达标',
    '无故缺席',
    '来源文件',
  ],
  shortNote: '（未达要求）',
  shortReasons: {
    tooFew: (planned: number, required: number) => `活动次数不足（${planned}/${required}）`,
    below: (n: number) => `到会率未达标 ${n} 次`,
    unrecorded: (n: number) => `未登记完 ${n} 次`,
  },
  noActivity: '本月无活动',
  totalsLabel: '党总支合计',
  met: '是',
  notMet: '否',
  undecided: '待登记',
  notHeld: '未开展',
  notYet: '—',
  unrecorded: '未登记',
  noneAbsent: '无',
  monthNote: (required: string, threshold: string) =>
    `说明：每月至少开展 ${required} 次；到会率 = 实到 ÷ 应到，达到 ${threshold} 为达标；“无故缺席”为登记为“×”的党员；未达要求的支部排在前面。`,
  matrixHeaders: {
    rank: '排名',
    branch: '党支部',
    month: (m: number) => `${m}月`,
    times: '次',
    rate: '率',
    met: '达',
    monthsMet: '达标月数',
    completion: '完成率',
    yearRate: '全年到会率',
    file: '来源文件',
  },
  matrixMet: '✓',
  matrixNotMet: '✗',
  matrixOpen: '…',
  matrixNote:
    '说明：“次”为当月已开展次数，“率”为当月到会率，“达”为当月是否达标（✓ 达标，✗ 未达标，… 尚待登记，空白为月份未结束）；完成率 = 已结束月份中开展次数（每月最多计应开展次数）÷ 应开展次数；排名按完成率，其次按全年到会率。',
  membersHeaders: [
    '编号',
    '姓名',
    '上半年应到',
    '上半年实到',
    '上半年到会率',
    '下半年应到',
    '下半年实到',
    '下半年到会率',
    '全年应到',
    '全年实到',
    '全年到会率',
  ],
  membersBranch: (branch: string, file: string) => `${branch}（来源：${file}）`,
  noMembers: '（无党员）',
  rate: (value: number) => formatRate(value),
} as const;

export const MERGE_CLI = {
  description: '汇总多个党支部的工作簿（党总支用）：报送情况、月度检查或年度汇总',
  usage: 'a.xlsx b.xlsx … (--month 2027-03 | --year 2027) --out 总支汇总.xlsx [--json]',
  outOption: '写入汇总表的工作簿；已存在时只替换其中的汇总表，其余内容保留',
  unitOption: '党总支名称（印在汇总表上；默认取各文件相同的单位名称）',
  needFiles: '请给出要汇总的支部工作簿（一个或多个 .xlsx 文件）。',
  needOutput: '请用 --out 指定写入汇总表的工作簿，或用 --json 只输出数字。',
  outIsInput: (path: string) => `--out 不能是要汇总的支部工作簿之一（${path}），以免覆盖它。`,
  wrote: (path: string, sheets: readonly string[]) => `已写入 ${path}：${sheets.join('、')}`,
  conflictsTitle: '汇总时发现的问题：',
  problemsTitle: (file: string) => `“${file}”读取时的提示：`,
  nothingUsable: '没有一个文件可以汇总，请按上面的提示改正后再试。',
  statusLine: (branch: string, file: string, status: string, pending: string) =>
    `${branch}（${file}）：${status}${pending === '' ? '' : `，尚未登记：${pending}`}`,
} as const;

function titled(name: string, rest: string): string {
  const org = name.trim();
  return org === '' ? rest : `${org} ${rest}`;
}
