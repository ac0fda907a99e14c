/** 生成活动安排: the preview of shifted dates and the write. */

export const scheduleZh = {
  scheduleHeading: '生成活动安排',
  schedulePreview: '预览活动安排',
  scheduleRun: '写入活动安排',
  scheduleStepPlan: '按节假日排定全年活动日…',
  schedulePreviewTitle: '活动安排预览',
  scheduleNeedsPreview: '请先点“预览活动安排”，核对调整的日期后再写入。',
  scheduleSummary: '{year} 年共 {activities} 次活动（{branches} 个党支部），其中 {shifted} 次因节假日调整：',
  scheduleNoShift: '全年没有活动日遇节假日。',
  scheduleProvisional: '部分日期依据预估的节假日，国务院通知公布后请核对。',
  scheduleDone: '已写入“活动安排”：{activities} 次活动。已登记的出勤、主题、地点等内容均已保留。',
  scheduleCancelled: '{n} 次原有活动已不在新安排中，其登记内容保留在表末（已取消）。',
  attendanceHint:
    '出勤登记：下载后在 Excel 或 WPS 中打开“出勤-支部名称”工作表，在每次活动一列中选择 √ 迟 早 事 病 × 免，再回到这里打开文件做汇总。',
} satisfies Record<string, string>;

export const scheduleEn: Record<keyof typeof scheduleZh, string> = {
  scheduleHeading: 'Generate the schedule',
  schedulePreview: 'Preview the schedule',
  scheduleRun: 'Write the schedule',
  scheduleStepPlan: 'Planning the year around holidays…',
  schedulePreviewTitle: 'Schedule preview',
  scheduleNeedsPreview: 'Preview the schedule first and check the moved dates, then write it.',
  scheduleSummary: '{year}: {activities} activities ({branches} branches), {shifted} moved for holidays:',
  scheduleNoShift: 'No activity day falls on a holiday this year.',
  scheduleProvisional: 'Some dates rest on estimated holidays; check them when the notice is published.',
  scheduleDone:
    'Wrote the schedule: {activities} activities. Attendance, topics, places and the rest were kept.',
  scheduleCancelled:
    '{n} earlier activities are no longer planned; their records are kept at the end (cancelled).',
  attendanceHint:
    'Attendance: after downloading, open the “出勤-branch” sheets in Excel or WPS, pick √ 迟 早 事 病 × 免 in each activity’s column, then open the file here again for the summaries.',
};
