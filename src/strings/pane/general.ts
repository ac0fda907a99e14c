/** The pane's frame: title, the steps overview, the browser notice, and what every action shares (busy, done, errors). */

export const generalZh = {
  title: '党员固定活动日助手',
  subtitle: '按《党员固定活动日制度实施方案》安排全年活动、登记出勤、汇总到会率。',
  loading: '正在连接 Excel…',
  stepsHeading: '工作步骤',
  stepsIntro: '按以下顺序完成。在浏览器中，请点“使用文件模式”打开工作簿后逐步操作。',
  stepSetupName: '设置工作簿',
  stepSetupDetail: '在当前工作簿中添加本助手的工作表和设置，不改动您已有的表格。',
  stepMembersName: '导入党员',
  stepMembersDetail: '从花名册导入党员，区分正式党员、预备党员，登记经批准免参加的党员和列席人员。',
  stepHolidaysName: '节假日',
  stepHolidaysDetail: '载入国务院公布的放假和调休安排；活动日遇节假日可顺延或提前。',
  stepScheduleName: '生成活动安排',
  stepScheduleDetail: '按每月第二周、第四周的星期五生成全年活动，每次一主题（“5+X”）。',
  stepAttendanceName: '出勤登记',
  stepAttendanceDetail: '逐次登记到会、迟到、早退、请假（事假、病假）和缺席。',
  stepMonthlyName: '月度汇总',
  stepMonthlyDetail: '按支部统计每月活动开展情况和到会率，供党总支部每月检查。',
  stepAnnualName: '年度汇总',
  stepAnnualDetail: '年中、年底通报党员参加活动情况。',
  stepCheckName: '检查',
  stepCheckDetail: '找出到会率低于应参加党员总数 80%、每月不足两次、尚未登记等情况。',
  stepRollupDetail: '党总支用：汇总各支部发来的工作簿，看各支部的报送情况，打印每月检查和年度完成情况。',
  notInExcelTitle: '未在 Excel 中运行',
  notInExcelBody:
    '本页面是 Excel 加载项，现在在浏览器中打开，无法读写 Excel 工作簿。请在 Excel 的“开始”选项卡中打开本加载项，或使用文件模式处理 .xlsx 文件。',
  openFileMode: '使用文件模式',
  busyLabel: '正在处理',
  doneTitle: '完成',
  errorTitle: '未能完成',
  errorUnexpected: '出现意外错误：{detail}。工作簿未被改动；请重试，若仍出错请把此提示告知管理员。',
  writtenSheets: '已写入工作表：{sheets}。',
  noticesTitle: '提示',
  problemsTitle: '需要处理的问题（{n} 项）',
  mustFixTitle: '必须处理（{n} 项）：这些行未导入，改正后再预览',
  toLookTitle: '提示（{n} 项）：不影响导入，请核对',
  foldMore: '显示全部 {n} 项',
  foldLess: '只显示前 {n} 项',
  needsSetup: '请先完成“设置工作簿”。',
  needsFile: '请先打开或新建工作簿。',
} satisfies Record<string, string>;

export const generalEn: Record<keyof typeof generalZh, string> = {
  title: 'Party Members’ Fixed Activity Day Assistant',
  subtitle:
    'Plan the year’s activities, record attendance and summarise attendance rates, as the branch policy requires.',
  loading: 'Connecting to Excel…',
  stepsHeading: 'Steps',
  stepsIntro:
    'Work through them in this order. In a browser, click “Use file mode” to open a workbook and run them.',
  stepSetupName: 'Set up the workbook',
  stepSetupDetail:
    'Adds the assistant’s sheets and settings to this workbook without touching your own sheets.',
  stepMembersName: 'Import members',
  stepMembersDetail:
    'Import members from the roster: full and probationary members, approved exemptions and invited attendees.',
  stepHolidaysName: 'Holidays',
  stepHolidaysDetail:
    'Loads the State Council’s holiday and make-up working days; activity days move around holidays.',
  stepScheduleName: 'Generate the schedule',
  stepScheduleDetail: 'Plans the 2nd and 4th Friday of every month, one theme each time (“5+X”).',
  stepAttendanceName: 'Record attendance',
  stepAttendanceDetail:
    'Mark present, late, left early, approved leave (personal, sick) and absent for each activity.',
  stepMonthlyName: 'Monthly summary',
  stepMonthlyDetail: 'Activities held and attendance rates per branch, for the monthly check.',
  stepAnnualName: 'Annual summary',
  stepAnnualDetail: 'Each member’s participation, reported at mid-year and year-end.',
  stepCheckName: 'Check',
  stepCheckDetail:
    'Finds attendance below 80% of members due, months with fewer than two activities, and gaps.',
  stepRollupDetail:
    'For the general branch: rolls up the workbooks the branches send — who has reported, the monthly check and the year’s completion.',
  notInExcelTitle: 'Not running in Excel',
  notInExcelBody:
    'This page is an Excel add-in opened in a browser, so it cannot read or write a workbook. Open it from the Home tab in Excel, or use file mode to work on an .xlsx file.',
  openFileMode: 'Use file mode',
  busyLabel: 'Working',
  doneTitle: 'Done',
  errorTitle: 'Could not finish',
  errorUnexpected:
    'Unexpected error: {detail}. The workbook was not changed; try again, and report this message if it persists.',
  writtenSheets: 'Sheets written: {sheets}.',
  noticesTitle: 'Notes',
  problemsTitle: 'Problems to fix ({n})',
  mustFixTitle: 'Must be fixed ({n}): these rows were left out; fix them and preview again',
  toLookTitle: 'To check ({n}): the import goes ahead',
  foldMore: 'Show all {n}',
  foldLess: 'Show the first {n} only',
  needsSetup: 'Set up the workbook first.',
  needsFile: 'Open or create a workbook first.',
};
