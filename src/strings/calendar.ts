/**
 * Chinese texts of the activity calendar: holiday names, shift reasons, warnings, the holiday
 * file's messages and the `party-day` command line. Dates in texts stay 'YYYY-MM-DD', as in sheets.
 */
import { type CalendarDate, type IsoWeekday, weekdayName } from '../domain/date';
import type { DayInfo, HolidaySource, ManualAction } from '../domain/holidays/types';

// ---------------------------------------------------------------------------------------------
// Holidays

/** The names of 《全国年节及纪念日放假办法》. */
export const HOLIDAY_NAMES = {
  newYear: '元旦',
  springFestival: '春节',
  qingming: '清明节',
  labourDay: '劳动节',
  dragonBoat: '端午节',
  midAutumn: '中秋节',
  nationalDay: '国庆节',
} as const;

/** chinese-days writes 清明, 端午, 中秋; the 放假办法 says 清明节, 端午节, 中秋节. */
const PACKAGE_NAMES: Readonly<Record<string, string>> = {
  清明: HOLIDAY_NAMES.qingming,
  端午: HOLIDAY_NAMES.dragonBoat,
  中秋: HOLIDAY_NAMES.midAutumn,
};

export function holidayNameFromPackage(name: string): string {
  return Object.hasOwn(PACKAGE_NAMES, name) ? PACKAGE_NAMES[name] : name;
}

/** The name of a day the user entered without one. */
export const MANUAL_DEFAULT_NAMES: Readonly<Record<Exclude<ManualAction, 'remove'>, string>> = {
  off: '放假',
  working: '上班',
};

export const SOURCE_LABELS: Readonly<Record<HolidaySource, string>> = {
  official: '官方',
  provisional: '预估',
  notice: '通知',
  manual: '手工',
};

export const DAY_KIND_LABELS: Readonly<Record<DayInfo['kind'], string>> = {
  off: '放假',
  working: '调休上班',
  workday: '工作日',
  weekend: '周末',
};

// ---------------------------------------------------------------------------------------------
// Settings

const CHINESE_NUMBERS = ['零', '一', '二', '三', '四', '五', '六'];

export const WEEKDAY_LABELS = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'] as const;

function ordinalWord(n: number): string {
  return n === -1 ? '最后一' : `第${CHINESE_NUMBERS[n] ?? n}`;
}

/** "每月第二、第四个星期五" or "每月第二周、第四周的星期五". */
export function describeFixedDays(
  weekday: IsoWeekday,
  ordinals: readonly number[],
  reading: 'nth-weekday' | 'calendar-week',
): string {
  const day = WEEKDAY_LABELS[weekday - 1];
  if (reading === 'nth-weekday') return `每月${ordinals.map(ordinalWord).join('、')}个${day}`;
  return `每月${ordinals.map((n) => `${ordinalWord(n)}周`).join('、')}的${day}`;
}

export const POLICY_LABELS = { postpone: '顺延', advance: '提前' } as const;

export const SETTINGS_ERRORS = {
  noOrdinals: '活动日设置：至少要选一个“第几个”，如第二、第四个。',
  badOrdinal: (value: number, max: number) =>
    `活动日设置：“第${value}个”无效，请填 1 到 ${max} 之间的整数，或 -1 表示最后一个。`,
  duplicateOrdinals: '活动日设置：“第几个”有重复，请每个只填一次。',
  badWeekday: (value: unknown) => `活动日设置：星期“${String(value)}”无效，请填 1（星期一）到 7（星期日）。`,
  badReading: (value: string) =>
    `活动日设置：“${value}”无法识别，请选“第N个星期五”（nth-weekday）或“第N周的星期五”（calendar-week）。`,
  badPolicy: (value: string) =>
    `活动日设置：调整方式“${value}”无法识别，请选顺延（postpone）或提前（advance）。`,
  badRequired: (value: number) => `活动日设置：每月至少活动次数“${value}”无效，请填 0 到 31 之间的整数。`,
  badMaxShift: (value: number) => `活动日设置：最多调整天数“${value}”无效，请填 1 到 31 之间的整数。`,
};

// ---------------------------------------------------------------------------------------------
// Shifting

/** Why the nearest day in one direction could not be used. */
export type ShiftProblem =
  | { kind: 'none'; direction: 1 | -1; days: number }
  | { kind: 'other-month'; direction: 1 | -1; date: CalendarDate }
  | { kind: 'too-far'; direction: 1 | -1; date: CalendarDate; maxDays: number }
  | { kind: 'neighbour'; direction: 1 | -1; date: CalendarDate; neighbour: CalendarDate };

const DIRECTION_WORDS = { 1: '顺延', '-1': '提前' } as const;

function directionWord(direction: 1 | -1): string {
  return DIRECTION_WORDS[direction];
}

function sourceSuffix(source: HolidaySource | null): string {
  if (source === 'provisional') return '，预估';
  if (source === 'manual') return '，手工录入';
  return '';
}

/** Why the planned day cannot hold the activity: "春节假期", "周末" … */
function plannedLabel(info: DayInfo): string {
  if (info.kind === 'off') {
    const name = info.name ?? MANUAL_DEFAULT_NAMES.off;
    const holiday = /(假|假期)$/.test(name) ? name : `${name}假期`;
    return `${holiday}${sourceSuffix(info.source)}`;
  }
  if (info.kind === 'working') return `周末调休上班日，按设置不安排活动${sourceSuffix(info.source)}`;
  return '周末';
}

function targetLabel(info: DayInfo): string {
  if (info.kind === 'working') return `调休上班日${sourceSuffix(info.source)}`;
  return weekdayName(info.date);
}

function problemText(problem: ShiftProblem): string {
  const word = directionWord(problem.direction);
  switch (problem.kind) {
    case 'none':
      return `${problem.direction === 1 ? '之后' : '之前'}${problem.days}天内没有工作日`;
    case 'other-month':
      return `${word}后最近的工作日 ${problem.date} 已在${problem.direction === 1 ? '下' : '上'}月`;
    case 'too-far':
      return `${word}后最近的工作日 ${problem.date} 超过${problem.maxDays}天`;
    case 'neighbour':
      return problem.direction === 1
        ? `${word}后最近的工作日 ${problem.date} 不早于本月下一次活动（${problem.neighbour}）`
        : `${word}后最近的工作日 ${problem.date} 不晚于本月上一次活动（${problem.neighbour}）`;
  }
}

export const SHIFT_TEXT = {
  /** "原定 2023-01-27（春节假期），顺延至 2023-01-28（调休上班日）". */
  moved(planned: DayInfo, target: DayInfo, direction: 1 | -1, problem: ShiftProblem | null): string {
    const start = `原定 ${planned.date}（${plannedLabel(planned)}）`;
    const move = `${directionWord(direction)}至 ${target.date}（${targetLabel(target)}）`;
    return problem === null ? `${start}，${move}` : `${start}，${problemText(problem)}，改为${move}`;
  },
  impossible(planned: DayInfo, first: ShiftProblem, second: ShiftProblem): string {
    return `原定 ${planned.date}（${plannedLabel(planned)}）无法调整：${problemText(first)}；${problemText(second)}`;
  },
};

// ---------------------------------------------------------------------------------------------
// Warnings

function monthText(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

export const CALENDAR_WARNINGS = {
  monthShort: (branch: string, month: string, count: number, required: number) =>
    `${branch}${monthText(month)}${count === 0 ? '没有安排活动' : `只安排了${count}次活动`}，少于每月至少${required}次的要求，请补充安排活动（其他主题日）。`,
  provisionalHolidays: (year: number) =>
    `${year}年的节假日安排尚无官方数据，日程按《全国年节及纪念日放假办法》预估（未计调休），标为“预估”。国务院公布当年放假安排后，请录入节假日并重新生成日程。`,
  shiftImpossible: (month: string, reason: string) =>
    `${monthText(month)}：${reason}。这次活动未排入日程，请另选日期补充安排。`,
};

// ---------------------------------------------------------------------------------------------
// The user's holiday file (日期,类型,名称)

export const HOLIDAY_FILE_COLUMNS = { date: '日期', type: '类型', name: '名称' } as const;

export const HOLIDAY_FILE_TYPE_WORDS: Readonly<Record<string, ManualAction>> = {
  放假: 'off',
  休息: 'off',
  休假: 'off',
  off: 'off',
  上班: 'working',
  补班: 'working',
  调休上班: 'working',
  working: 'working',
  删除: 'remove',
  取消: 'remove',
  remove: 'remove',
};

export const HOLIDAY_FILE_ERRORS = {
  empty: '节假日文件是空的。第1行应为表头“日期,类型,名称”，从第2行起每行一天。',
  missingHeader: (found: string) =>
    `第1行应为表头“日期,类型,名称”（名称可省略），现在是“${found}”。请在文件第一行加上表头。`,
  unclosedQuote: (row: number) => `第${row}行：引号没有成对，请检查这一行。`,
  badDate: (row: number, text: string) =>
    text === ''
      ? `第${row}行：日期是空的，请填写日期，如 2027-02-05。`
      : `第${row}行：日期“${text}”无效，请写成 2027-02-05 这样的格式。`,
  badType: (row: number, text: string) =>
    text === ''
      ? `第${row}行：类型是空的，请填写 放假、上班 或 删除。`
      : `第${row}行：类型“${text}”无法识别，请填写 放假、上班 或 删除。`,
  duplicate: (row: number, date: string, earlierRow: number) =>
    `第${row}行：日期 ${date} 在第${earlierRow}行已填写过，请只保留一行。`,
};

// ---------------------------------------------------------------------------------------------
// The command line

export const CLI_TEXT = {
  programDescription: '党员固定活动日助手（命令行）',
  programUsage: '<命令> [选项]',
  scheduleUsage: '--year <年份> [选项]',
  helpOption: '显示帮助',
  helpCommand: '显示某个命令的帮助',
  helpTitles: {
    'Usage:': '用法：',
    'Options:': '选项：',
    'Commands:': '命令：',
    'Arguments:': '参数：',
    'Global Options:': '全局选项：',
  } as Readonly<Record<string, string>>,
  scheduleDescription: '列出一年的党员固定活动日安排（默认每月第二、第四个星期五，遇节假日顺延）',
  options: {
    year: '年份，如 2023',
    policy: '遇节假日的调整方式：postpone（顺延，默认）或 advance（提前），也可写 顺延、提前',
    reading:
      '“第二周、第四周的星期五”的理解：nth-weekday（第N个星期五，默认）或 calendar-week（第N周的星期五）',
    weekday: '活动日是星期几：1–7 或 星期五、周五（默认星期五）',
    holidays: '自己录入的节假日文件（CSV，列：日期,类型,名称；类型为 放假、上班 或 删除）',
    json: '以 JSON 输出（供程序使用）',
  },
  errorPrefix: '错误：',
  missingYear: '请用 --year 指定年份，如 --year 2023。',
  badYear: (text: string) => `年份“${text}”不是有效的年份，请写成四位数字，如 --year 2023。`,
  yearOutOfRange: (year: number, from: number, to: number) =>
    `年份 ${year} 超出范围，请指定 ${from} 到 ${to} 之间的年份。`,
  badPolicy: (text: string) => `调整方式“${text}”无法识别，请用 postpone（顺延）或 advance（提前）。`,
  badReading: (text: string) =>
    `“${text}”无法识别，请用 nth-weekday（第N个星期五）或 calendar-week（第N周的星期五）。`,
  badWeekday: (text: string) => `星期“${text}”无法识别，请用 1–7（1 为星期一）或 星期五、周五 这样的写法。`,
  fileMissing: (path: string) => `找不到节假日文件“${path}”，请检查文件路径。`,
  fileUnreadable: (path: string, detail: string) => `无法读取节假日文件“${path}”：${detail}`,
  fileNotUtf8: (path: string) =>
    `节假日文件“${path}”不是 UTF-8 编码。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再试。`,
  fileErrors: (path: string, count: number) => `节假日文件“${path}”有 ${count} 处错误，请改正后再试：`,
  unknownOption: (option: string) => `不认识的选项“${option}”。用 --help 查看可用的选项。`,
  unknownCommand: (command: string) => `不认识的命令“${command}”。用 --help 查看可用的命令。`,
  missingOptionValue: (option: string) => `选项 ${option} 缺少取值。`,
  excessArguments: '多余的参数。用 --help 查看用法。',
  missingCommand: '请指定命令，如 party-day schedule --year 2023。用 --help 查看可用的命令。',
  unexpected: (detail: string) => `程序出错：${detail}`,
  tableTitle: (year: number, rule: string, policy: string) =>
    `${year}年党员固定活动日安排（${rule}，遇节假日${policy}）`,
  tableHeaders: ['序号', '日期', '星期', '主题', '原定日期', '说明'],
  provisionalMark: '（预估）',
  total: (count: number) => `共 ${count} 次活动。`,
  warningsTitle: '提示：',
};
