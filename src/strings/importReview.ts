/**
 * Texts of what an import asks the secretary to look at: cells showing an error value, names that
 * may not be names, 转出/转入 dates written in 备注, and the roster's branch names 设置 does not
 * know. Each names the row once and says what to do.
 */
import type { CalendarDate } from '../domain/date';

/** Why a name is listed for a look. */
export type NameConcern = 'formula' | 'phone' | 'digits';

const CONCERNS: Record<NameConcern, string> = {
  formula: '以 = + - @ 开头，像是公式',
  phone: '像是电话号码',
  digits: '含有数字',
};

export const IMPORT_REVIEW = {
  errorCell: (row: number, field: string, error: string, required: boolean) =>
    `第 ${row} 行「${field}」单元格显示错误值${error === '' ? '' : ` ${error}`}（通常是公式出错）` +
    (required
      ? `，这一行未导入；请在花名册中改正这个单元格后重新预览。`
      : `，暂按未填写处理；请在花名册中改正这个单元格。`),
  suspiciousName: (row: number, name: string, concern: NameConcern) =>
    `第 ${row} 行「姓名」“${name}”${CONCERNS[concern]}，已按文字原样导入；请核对是否填错了列或多了字符。`,
  noteDate: (
    row: number,
    name: string,
    note: string,
    field: 'onRosterFrom' | 'onRosterTo',
    date: CalendarDate,
  ) =>
    `第 ${row} 行 ${name} 的「备注」写有“${note}”：如属实，可把 ${date} 作为「${field === 'onRosterTo' ? '在册止' : '在册起'}」，${field === 'onRosterTo' ? '此后' : '此前'}的活动不再计入其应到。`,
  noteDateApplied: (row: number, name: string, field: 'onRosterFrom' | 'onRosterTo', date: CalendarDate) =>
    `第 ${row} 行 ${name}：按「备注」把 ${date} 填为「${field === 'onRosterTo' ? '在册止' : '在册起'}」。`,
  /** The same name and 入党日期 (or phone) in two branches at once: one person counted twice? */
  twoBranches: (at: {
    row: number;
    branch: string;
    firstRow: number;
    firstBranch: string;
    name: string;
    field: string;
    value: string;
  }) =>
    `第 ${at.row} 行“${at.name}”（${at.branch}）与第 ${at.firstRow} 行“${at.name}”（${at.firstBranch}）的「${at.field}」都是 ${at.value}，` +
    `可能是同一人登记在两个党支部，两个支部都会把他计入应到。如是同一人，请只保留其所属党支部的一行；` +
    `如是组织关系转接，请在原支部一行填写「在册止」、新支部一行填写「在册起」；如确为两人，可不处理。`,
  /** The roster's branch name 设置 does not know, added as a new branch. */
  branchAdded: (roster: string, count: number, suggestion: string | null) =>
    `花名册中的党支部“${roster}”（${count} 人）不在“设置”的党支部中，已作为新党支部添加` +
    (suggestion === null
      ? '。如它就是“设置”中的某个支部，请在“设置”表该支部的“花名册中的名称”栏填写“' +
        roster +
        '”，再导入一次。'
      : `；它可能就是“${suggestion}”，如是，请在“设置”表“${suggestion}”一行的“花名册中的名称”栏填写“${roster}”（或用 --map-branch ${roster}=${suggestion}），再导入一次。`),
  branchMapped: (roster: string, count: number, to: string) =>
    `花名册中的“${roster}”（${count} 人）按“${to}”导入，已记在“设置”表“${to}”的“花名册中的名称”中，下次导入自动对应。`,
  branchSkipped: (roster: string, count: number) => `花名册中“${roster}”的 ${count} 人按您的选择未导入。`,
  decisionUnused: (roster: string, reason: 'not-in-roster' | 'known' | 'no-target', to: string | null) =>
    reason === 'not-in-roster'
      ? `花名册中没有党支部“${roster}”，对它的指定未使用；请核对名称。`
      : reason === 'known'
        ? `“${roster}”已是“设置”中的党支部（或已记为某支部的花名册名称），按原样导入，对它的指定未使用。`
        : `“设置”中没有党支部“${to ?? ''}”，“${roster}”未按指定对应，已作为新党支部添加；请核对名称。`,
  branchEmpty: (branch: string) =>
    `“设置”中的“${branch}”在名册中没有人员，无法登记出勤；请导入该支部的党员，或把花名册中的支部名称对应到它。`,
  unitMissing: '请填写单位名称：它印在每张汇总表的页眉和跨支部汇总的标题上，如“中共××局机关委员会”。',
} as const;
