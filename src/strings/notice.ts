/**
 * Texts of the State Council's holiday notice (《国务院办公厅关于20XX年部分节假日安排的通知》) as the
 * add-in reads it: the holiday names a notice may use, the findings of its checks, the pane's
 * “粘贴国务院通知” panel (with its English table) and the command line's messages. Dates in messages
 * stay 'YYYY-MM-DD', as in the sheets.
 */
import { HOLIDAY_NAMES } from './calendar';

/** The names (and short forms) a notice's items start with, each read as the 放假办法's name. */
export const NOTICE_HOLIDAY_WORDS: Readonly<Record<string, string>> = {
  元旦: HOLIDAY_NAMES.newYear,
  春节: HOLIDAY_NAMES.springFestival,
  清明节: HOLIDAY_NAMES.qingming,
  清明: HOLIDAY_NAMES.qingming,
  国际劳动节: HOLIDAY_NAMES.labourDay,
  五一劳动节: HOLIDAY_NAMES.labourDay,
  劳动节: HOLIDAY_NAMES.labourDay,
  五一: HOLIDAY_NAMES.labourDay,
  端午节: HOLIDAY_NAMES.dragonBoat,
  端午: HOLIDAY_NAMES.dragonBoat,
  中秋节: HOLIDAY_NAMES.midAutumn,
  中秋: HOLIDAY_NAMES.midAutumn,
  国庆节: HOLIDAY_NAMES.nationalDay,
  国庆: HOLIDAY_NAMES.nationalDay,
};

const WEEKDAYS = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'] as const;

/** 1 → 星期一 … 7 → 星期日. */
export function weekdayWord(isoWeekday: number): string {
  return WEEKDAYS[isoWeekday - 1] ?? String(isoWeekday);
}

/** “第二项（春节）”: how a finding names the item of the notice it is about. */
export function itemLabel(number: number, holidays: readonly string[]): string {
  const numeral = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][number - 1] ?? String(number);
  return `第${numeral}项（${holidays.join('、')}）`;
}

/** Each finding's message: what is wrong, where, and what was done or is to be done. */
export const NOTICE_FINDINGS = {
  noYear:
    '通知中没有写明年份（如“关于2027年部分节假日安排的通知”“现将2027年元旦……”）。请连同标题或第一段一起粘贴。',
  yearAssumed: (year: number) => `通知中没有写明年份，按 ${year} 年读取。`,
  yearMismatch: (noticeYear: number, expected: number) =>
    `这是 ${noticeYear} 年的通知，不是 ${expected} 年的；请粘贴 ${expected} 年的通知，或在 ${noticeYear} 年度的工作簿中使用它。`,
  yearOutOfRange: (year: number) => `通知的年份 ${year} 超出范围，只能读取 2000 至 2099 年的通知。`,
  noItems:
    '没有读到任何放假安排。通知的每一项应像“一、元旦：1月1日放假……”这样以节日名称和冒号开头；请粘贴通知全文。',
  unknownHeading: (label: string) =>
    `${label}之后的这一句像是另一项，但冒号前的节日名称无法识别（可能是转载时的乱码）。这一句的日期没有读取；请对照原文改正节日名称。`,
  unreadSentence: (label: string) =>
    `${label}：这一句中的日期没有读作放假或上班（句中没有“放假”“补休”“上班”等字样），没有读取；请对照原文核对。`,
  dayWithoutMonth: (label: string, text: string) =>
    `${label}：“${text}”没有月份，也无法从前面的日期得知；请写成“5月1日”这样的日期。`,
  badDate: (label: string, text: string) => `${label}：“${text}”不是有效的日期，请对照原文改正。`,
  backwardRange: (label: string, from: string, to: string) =>
    `${label}：${from} 至 ${to} 的结束日期早于开始日期；跨年的日期请写明年份，如“2026年12月31日至2027年1月2日”。`,
  weekdayMismatch: (label: string, date: string, actual: string, written: string) =>
    `${label}：${date} 是${actual}，括号里写的是${written}。已按日期 ${date} 读取，请核对原文。`,
  lunarMismatch: (label: string, date: string, actual: string, written: string) =>
    `${label}：${date} 是农历${actual}，括号里写的是“${written}”。已按日期 ${date} 读取，请核对原文。`,
  countMismatch: (label: string, from: string, to: string, written: number, actual: number) =>
    `${label}：写的是“共${written}天”，但 ${from} 至 ${to} 是 ${actual} 天；请核对日期和天数。`,
  workingOnWeekday: (label: string, date: string, weekday: string) =>
    `${label}：上班日 ${date} 是${weekday}，本来就是工作日；调休上班日应在周六或周日，请核对。`,
  makeUpOnWeekend: (label: string, date: string, weekday: string) =>
    `${label}：补休日 ${date} 是${weekday}，本来就不上班；补休日应在周一至周五，请核对。`,
  offAndWorking: (date: string, offLabel: string, workLabel: string) =>
    `${date} 在${offLabel}中放假，又在${workLabel}中上班；一天不能既放假又上班，请核对。`,
  duplicateDay: (date: string, first: string, second: string) =>
    `${date} 在${first}和${second}中都出现了；已只计一次，请核对。`,
  statutoryNotOff: (holiday: string, date: string, rule: string) =>
    `按《全国年节及纪念日放假办法》，${holiday}${rule}应放假，即 ${date}；通知中这一天没有放假，请核对日期。`,
  statutoryUnderOther: (holiday: string, date: string, label: string) =>
    `按《全国年节及纪念日放假办法》，${date} 是${holiday}；通知把这一天放在${label}中，请核对。`,
  holidayMissing: (holiday: string, dates: string) =>
    `通知中没有“${holiday}”一项（按《全国年节及纪念日放假办法》应在 ${dates} 放假）。可能漏贴了一段，请粘贴通知全文。`,
  duplicateHoliday: (holiday: string, first: string, second: string) =>
    `“${holiday}”在${first}和${second}中各出现一次，请核对是否重复粘贴。`,
  encouraged: (label: string, dates: string) =>
    `${label}：“鼓励……休息”是倡议，不是放假安排；${dates} 不计为放假日。`,
} as const;

/** How a finding names the statutory day it checks: 除夕, 正月初一, 当日 … */
export const STATUTORY_RULE_WORDS = {
  newYear: '（1月1日）',
  lunar: (words: string) => `（农历${words}）`,
  labourDay: (day: number) => `（5月${day}日）`,
  nationalDay: (day: number) => `（10月${day}日）`,
  qingming: '（清明当日）',
} as const;

/** Why pasting a notice into the workbook was refused (Chinese, like every message of the app's actions). */
export const NOTICE_APP_TEXT = {
  empty: '请先把国务院放假通知的全文粘贴到文本框中。',
  noSettings: '还没有设置工作簿，请先完成“设置工作簿”，再粘贴通知。',
  workbookYear: (workbookYear: number, year: number) =>
    `工作簿的年度是 ${workbookYear} 年，不是 ${year} 年；请点“重新读取工作簿”（文件模式下重新打开文件）后再试。`,
  hasErrors: (count: number) =>
    `通知中有 ${count} 处需要先改正的问题，改正后再预览、写入；“节假日”表没有改动。第一处：`,
  otherYearDay: (date: string, year: number) =>
    `${date} 属于 ${year} 年，不写入本年度的“节假日”表；请在 ${year} 年度的工作簿中登记这一天。`,
} as const;

/** The command line: `party-day holidays` and the `--notice` option of `party-day schedule`. */
export const NOTICE_CLI_TEXT = {
  holidaysDescription: '列出一年的放假日和调休上班日；用 --notice 读取国务院放假通知（.txt）并核对',
  holidaysUsage: '--notice <通知.txt> [--json] | --year <年份>',
  noticeOption: '国务院放假通知的文本文件（.txt，UTF-8 或 GB18030）：按通知的放假、调休安排',
  yearOption: '年份，如 2027（通知中没有写明年份时也用它）',
  jsonOption: '以 JSON 输出（供程序使用）',
  needNoticeOrYear: '请用 --notice 指定通知文件，或用 --year 指定年份。',
  fileMissing: (path: string) => `找不到通知文件“${path}”，请检查文件路径。`,
  fileUnreadable: (path: string, detail: string) => `无法读取通知文件“${path}”：${detail}`,
  fileNotText: (path: string) =>
    `通知文件“${path}”不是文本文件（UTF-8 或 GB18030 编码的 .txt）。请把通知全文粘贴到记事本中另存为 .txt 后再试。`,
  noticeErrors: (path: string, count: number) => `通知文件“${path}”有 ${count} 处需要先改正的问题：`,
  noticeYearMismatch: (path: string, noticeYear: number, year: number) =>
    `通知文件“${path}”是 ${noticeYear} 年的通知，与 --year ${year} 不符。`,
  title: (year: number, source: string) => `${year}年节假日安排（${source}）`,
  sourceNotice: '据通知',
  sourceBuiltIn: '内置数据',
  headers: ['日期', '星期', '类型', '节日'],
  kinds: { off: '放假', working: '上班' } as const,
  total: (off: number, working: number) => `放假 ${off} 天，调休上班 ${working} 天。`,
  findingsTitle: '核对结果：',
  severity: { error: '错误', warning: '提示', info: '说明' } as const,
  noFindings: '核对无误：每一项的日期、星期、天数与《全国年节及纪念日放假办法》相符。',
  sentencePrefix: '原文：',
} as const;

/** The pane's notice panel inside the 节假日 step; `NOTICE_PANE_EN` is typed from it. */
export const NOTICE_PANE_ZH = {
  holidaysSourceNotice: '通知',
  noticeHeading: '粘贴国务院通知',
  noticeIntro:
    '国务院办公厅每年年底公布下一年的《关于部分节假日安排的通知》。把通知全文（从标题到落款均可，转载的繁体、半角标点也能读）粘贴到下面，先预览核对，再写入“节假日”表（来源“通知”），代替 {year} 年原有的预估（或内置）日期；您手工添加的行保留。',
  noticeText: '通知全文',
  noticePlaceholder: '国务院办公厅关于{year}年部分节假日安排的通知\n……\n一、元旦：……',
  noticePreview: '预览',
  noticePreviewStep: '读取通知…',
  noticeWrite: '按通知写入节假日表',
  noticeWriteStep: '写入“节假日”表…',
  noticeSummary: '{year} 年：放假 {off} 天，调休上班 {working} 天（{items} 项）。',
  noticeNoErrors: '核对无误：日期、星期、天数都与《全国年节及纪念日放假办法》相符。',
  noticeErrorCount: '{n} 处需要先改正（红色），改正文本框中的通知后再预览。',
  noticeWarningCount: '{n} 处提示（黄色），请对照原文核对；确认无误也可以写入。',
  noticeItemsLabel: '通知中的放假安排',
  noticeGeneralLabel: '整体核对',
  noticeDaysLabel: '{item}的日期',
  noticeSeverityError: '需改正',
  noticeSeverityWarning: '提示',
  noticeSeverityInfo: '说明',
  noticeMoves: '写入后重新生成活动安排，将调整 {n} 次活动：',
  noticeNoMoves: '写入后活动日不变。',
  noticeMovedItem: '{branch}：{from} 改为 {to}',
  noticeDone: '已写入“{sheet}”表：{year} 年放假 {off} 天、调休上班 {working} 天，来源“通知”。',
  noticeReplacedEstimate: '代替了 {n} 个预估的放假日。',
  noticeReplacedNotice: '代替了之前粘贴的通知（{n} 天）。',
  noticeKeptManual: '您手工添加的 {n} 行保留，并优先于通知。',
  noticeRegenerate: '活动安排尚未改变：请到“生成活动安排”预览并写入，活动日才会按通知调整。',
  noticeStale: '文本框中的通知已修改，请重新预览。',
};

export type NoticePaneStrings = typeof NOTICE_PANE_ZH;

export const NOTICE_PANE_EN: NoticePaneStrings = {
  holidaysSourceNotice: 'Notice',
  noticeHeading: 'Paste the State Council notice',
  noticeIntro:
    'Late each year the State Council General Office publishes next year’s holiday notice (关于部分节假日安排的通知). Paste its full text below (reposts in traditional characters or with half-width punctuation are read too), preview and check it, then write it to the 节假日 sheet (source “notice”) in place of the estimated (or built-in) days of {year}; rows you added by hand are kept.',
  noticeText: 'Text of the notice',
  noticePlaceholder: '国务院办公厅关于{year}年部分节假日安排的通知\n……\n一、元旦：……',
  noticePreview: 'Preview',
  noticePreviewStep: 'Reading the notice…',
  noticeWrite: 'Write the notice to the holiday sheet',
  noticeWriteStep: 'Writing the 节假日 sheet…',
  noticeSummary: '{year}: {off} days off, {working} make-up working days ({items} items).',
  noticeNoErrors:
    'No problems: dates, weekdays and day counts agree with the national holiday rules (全国年节及纪念日放假办法).',
  noticeErrorCount:
    '{n} problems must be fixed first (red): correct the notice in the text box and preview again.',
  noticeWarningCount:
    '{n} points to check (yellow) against the original; if it is right you may still write it.',
  noticeItemsLabel: 'Arrangements in the notice',
  noticeGeneralLabel: 'Overall checks',
  noticeDaysLabel: 'Days of {item}',
  noticeSeverityError: 'Fix',
  noticeSeverityWarning: 'Check',
  noticeSeverityInfo: 'Note',
  noticeMoves: 'When the schedule is generated again, {n} activities move:',
  noticeNoMoves: 'No activity day changes.',
  noticeMovedItem: '{branch}: {from} becomes {to}',
  noticeDone:
    'Wrote to “{sheet}”: {off} days off and {working} make-up working days of {year}, source “notice”.',
  noticeReplacedEstimate: 'They replace {n} estimated days off.',
  noticeReplacedNotice: 'They replace the notice pasted before ({n} days).',
  noticeKeptManual: 'The {n} rows you added by hand are kept and take precedence.',
  noticeRegenerate:
    'The schedule is unchanged: preview and write it again under “Generate the schedule” so the activity days follow the notice.',
  noticeStale: 'The notice in the text box has changed: preview it again.',
};
