/** 节假日: the year's days with their source, and the form that adds or removes a day. */

export const holidaysZh = {
  holidaysHeading: '节假日',
  holidaysShow: '查看 {year} 年节假日',
  holidaysCounts: '放假 {off} 天，调休上班 {working} 天。',
  holidaysProvisionalTitle: '{year} 年尚无国务院放假通知数据',
  holidaysProvisionalBody:
    '以下日期按《全国年节及纪念日放假办法》推算，标为“预估”，调休上班日无法推算。国务院公布通知后，请在下方“粘贴国务院通知”中粘贴通知全文并写入，再重新生成活动安排。',
  holidaysSourceOfficial: '官方',
  holidaysSourceProvisional: '预估',
  holidaysSourceManual: '手工',
  holidaysKindOff: '放假',
  holidaysKindWorking: '调休上班',
  holidaysListLabel: '{year} 年节假日列表',
  holidaysListTitle: '{year} 年节假日',
  holidaysListHeading: '{year} 年节假日列表（{n} 天）',
  holidaysAddDateHint: '如 {example}',
  holidaysAddHeading: '添加或删除一天',
  holidaysAddIntro:
    '国务院通知有变化，或单位另有安排时，在这里逐日登记；写入“节假日”表（来源“手工”），原有各行保留。',
  holidaysAddDate: '日期（YYYY-MM-DD）',
  holidaysAddKind: '类型',
  holidaysAddOff: '放假',
  holidaysAddWorking: '调休上班',
  holidaysAddRemove: '不放假（删除官方或预估的放假日、调休日）',
  holidaysAddRemoveShort: '不放假',
  holidaysAddName: '名称',
  holidaysAddNameHint: '如：春节、国庆节；“不放假”可留空',
  holidaysAddRun: '写入节假日表',
  holidaysAddStep: '写入“节假日”表…',
  holidaysAddDone: '已在“{sheet}”表写入：{date} {kind}（{name}），来源“手工”。',
  holidaysAddReplaced: '这一天原有的手工记录（{kind}）已被替换。',
  holidaysAddRegenerate: '活动安排尚未改变：请到“生成活动安排”预览并写入，活动日才会按新的节假日调整。',
  holidaysAddMoved: '重新生成后将调整 {n} 次活动：',
  holidaysAddMovedItem: '{branch}：{from} 改为 {to}',
  holidaysAddNoMove: '这一天不影响任何活动日。',
} satisfies Record<string, string>;

export const holidaysEn: Record<keyof typeof holidaysZh, string> = {
  holidaysHeading: 'Holidays',
  holidaysShow: 'Show the holidays of {year}',
  holidaysCounts: '{off} days off, {working} make-up working days.',
  holidaysProvisionalTitle: 'No State Council notice for {year} yet',
  holidaysProvisionalBody:
    'The days below are estimated from the national holiday rules and marked “estimated”; make-up working days cannot be estimated. When the notice is published, paste it under “Paste the State Council notice” below, write it, and generate the schedule again.',
  holidaysSourceOfficial: 'Official',
  holidaysSourceProvisional: 'Estimated',
  holidaysSourceManual: 'Manual',
  holidaysKindOff: 'Day off',
  holidaysKindWorking: 'Working day',
  holidaysListLabel: 'Holidays of {year}',
  holidaysListTitle: 'Holidays of {year}',
  holidaysListHeading: 'Holidays of {year} ({n} days)',
  holidaysAddDateHint: 'e.g. {example}',
  holidaysAddHeading: 'Add or remove a day',
  holidaysAddIntro:
    'When the notice changes or your unit decides otherwise, enter the day here; it is written to the 节假日 sheet (source “manual”), keeping every row already there.',
  holidaysAddDate: 'Date (YYYY-MM-DD)',
  holidaysAddKind: 'Kind',
  holidaysAddOff: 'Day off',
  holidaysAddWorking: 'Make-up working day',
  holidaysAddRemove: 'Not a holiday (remove an official or estimated day)',
  holidaysAddRemoveShort: 'Not a holiday',
  holidaysAddName: 'Name',
  holidaysAddNameHint: 'e.g. 春节, 国庆节; may be empty for “not a holiday”',
  holidaysAddRun: 'Write to the holiday sheet',
  holidaysAddStep: 'Writing the 节假日 sheet…',
  holidaysAddDone: 'Wrote to “{sheet}”: {date} {kind} ({name}), source “manual”.',
  holidaysAddReplaced: 'The earlier manual entry for this day ({kind}) was replaced.',
  holidaysAddRegenerate:
    'The schedule is unchanged: preview and write it again under “Generate the schedule” so the activity days follow the new holidays.',
  holidaysAddMoved: '{n} activities move when the schedule is generated again:',
  holidaysAddMovedItem: '{branch}: {from} becomes {to}',
  holidaysAddNoMove: 'This day moves no activity.',
};

/**
 * Why a day typed into the pane's 节假日 form was not written (Chinese, like every message of the
 * app's actions): each names the field and what to type instead.
 */
export const HOLIDAY_ENTRY_TEXT = {
  badDate: (text: string) =>
    text === '' ? '请填写日期，如 2027-02-05。' : `日期“${text}”无法识别，请写成 2027-02-05 这样的日期。`,
  otherYear: (date: string, year: number) =>
    `${date} 不在 ${year} 年内；“节假日”表只记本年度的日子，请填写 ${year} 年的日期。`,
  noName: '请填写名称，如“春节”“国庆节”，便于核对。',
  noSettings: '还没有设置工作簿，请先完成“设置工作簿”，再添加节假日。',
  workbookYear: (workbookYear: number, year: number) =>
    `工作簿的年度是 ${workbookYear} 年，不是 ${year} 年；请点“重新读取工作簿”（文件模式下重新打开文件）后再试。`,
  nothingToRemove: (date: string) =>
    `${date} 在节假日安排中不是放假日或调休上班日，无需标为不放假；请核对日期。`,
} as const;
