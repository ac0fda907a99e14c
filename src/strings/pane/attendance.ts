/** 出勤登记: each branch's records, the activity to record next and where. */

export const attendanceZh = {
  attendanceHeading: '出勤登记',
  attendanceRun: '查看登记情况',
  attendanceStep: '统计各党支部的出勤登记情况…',
  attendanceCounts:
    '已登记 {recorded} 次，部分登记 {partial} 次，待登记 {pending} 次，尚未开展 {upcoming} 次。',
  attendanceOverviewTitle: '出勤登记情况',
  attendanceOverview:
    '截至 {date}，{branches} 个党支部：待登记 {pending} 次，部分登记 {partial} 次，到会率低于 {threshold} 的 {below} 次。',
  attendancePendingList: '待登记 {n} 次：{dates}',
  attendancePartialList: '部分登记 {n} 次（补登后才能判断是否达标）：{dates}',
  attendanceMoreDates: '显示全部 {n} 个日期',
  attendanceNoMembers:
    '名册中没有人员，无法登记出勤。请导入该支部的党员；花名册中支部名称写法不同的，在“导入党员”的预览中对应到本支部。',
  attendanceBelowList: '低于 {threshold} 的活动：{items}',
  attendanceBelowItem: '{date}（到会率 {rate}）',
  attendanceAllRecorded: '已开展的活动都已登记。',
  attendanceNoActivities: '本年度还没有活动，请先在“生成活动安排”中写入活动安排。',
  attendanceCurrent: '当前活动：{date} {theme}',
  attendanceNext: '下次活动：{date} {theme}',
  attendanceOpen: '打开出勤登记（{date} 活动）',
  attendanceOpenStep: '在 Excel 中打开出勤登记表…',
  attendanceOpened: '已打开“{sheet}”并选中 {cell}，可以开始登记。',
  attendanceWhereFile: '下载后在 Excel 或 WPS 中打开“{sheet}”工作表，从 {cell} 单元格起登记这次活动。',
  attendanceNoSheet: '还没有“{branch}”的出勤登记表，请先在“生成活动安排”中写入活动安排。',
  attendanceNoColumn: '“{sheet}”中还没有这次活动的列，请先在“生成活动安排”中重新写入活动安排。',
  attendanceDate: '{month}月{day}日',
} satisfies Record<string, string>;

export const attendanceEn: Record<keyof typeof attendanceZh, string> = {
  attendanceHeading: 'Record attendance',
  attendanceRun: 'Show the records',
  attendanceStep: 'Counting each branch’s attendance records…',
  attendanceCounts:
    '{recorded} recorded, {partial} partly recorded, {pending} not recorded, {upcoming} still to come.',
  attendanceOverviewTitle: 'Attendance records',
  attendanceOverview:
    'As of {date}, {branches} branches: {pending} not recorded, {partial} partly recorded, {below} below {threshold}.',
  attendancePendingList: '{n} not recorded: {dates}',
  attendancePartialList: '{n} partly recorded (judged once complete): {dates}',
  attendanceMoreDates: 'Show all {n} dates',
  attendanceNoMembers:
    'Nobody is on this branch’s roster, so nothing can be recorded. Import its members; a roster naming the branch differently can be matched in the import preview.',
  attendanceBelowList: 'Activities below {threshold}: {items}',
  attendanceBelowItem: '{date} ({rate} attended)',
  attendanceAllRecorded: 'Every activity held so far is recorded.',
  attendanceNoActivities: 'No activities this year yet; write the schedule first.',
  attendanceCurrent: 'Current activity: {date} {theme}',
  attendanceNext: 'Next activity: {date} {theme}',
  attendanceOpen: 'Open attendance (activity of {date})',
  attendanceOpenStep: 'Opening the attendance sheet in Excel…',
  attendanceOpened: 'Opened “{sheet}” and selected {cell}: you can start recording.',
  attendanceWhereFile:
    'After downloading, open the “{sheet}” sheet in Excel or WPS and record this activity from cell {cell}.',
  attendanceNoSheet: '“{branch}” has no attendance sheet yet; write the schedule first.',
  attendanceNoColumn: '“{sheet}” has no column for this activity yet; write the schedule again first.',
  attendanceDate: '{date}',
};
