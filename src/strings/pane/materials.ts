/** 活动材料: for one activity of a branch, the notice to paste and the sheets to print. */

export const materialsZh = {
  materialsHeading: '活动材料',
  materialsIntro: '选择党支部和活动，生成活动通知、签到表和活动记录，打印后存入《党组织工作记录簿》。',
  materialsBranch: '党支部',
  materialsActivity: '活动',
  materialsActivityOption: '{date} {theme}（{id}）',
  materialsCancelledOption: '{date} {theme}（{id}，已取消）',
  materialsNoActivities: '该党支部本年度还没有活动，请先在“生成活动安排”中写入活动安排。',
  materialsNotice: '活动通知',
  materialsSignIn: '签到表',
  materialsRecord: '活动记录',
  materialsMonthRecords: '本月全部活动记录',
  materialsNoticeStep: '生成活动通知…',
  materialsSheetStep: '统计出勤并写入“{sheet}”…',
  materialsNoticeLabel: '活动通知全文',
  materialsCopy: '复制',
  materialsPrintNotice: '写入通知表（打印）',
  materialsCopied: '已复制，可以粘贴到工作群或文档中。',
  materialsCopyFailed: '未能自动复制：全文已选中，请按 Ctrl+C 复制。',
  materialsOpened: '已写入并打开“{sheet}”，核对后按 Ctrl+P 打印存档。',
  materialsWrittenFile: '已写入“{sheet}”。下载后在 Excel 或 WPS 中打开该表，按 Ctrl+P 打印存档。',
} satisfies Record<string, string>;

export const materialsEn: Record<keyof typeof materialsZh, string> = {
  materialsHeading: 'Activity materials',
  materialsIntro:
    'Choose a branch and an activity to make its notice, sign-in sheet and record, printed for the party work record book.',
  materialsBranch: 'Branch',
  materialsActivity: 'Activity',
  materialsActivityOption: '{date} {theme} ({id})',
  materialsCancelledOption: '{date} {theme} ({id}, cancelled)',
  materialsNoActivities: 'This branch has no activities this year yet: write the schedule first.',
  materialsNotice: 'Notice',
  materialsSignIn: 'Sign-in sheet',
  materialsRecord: 'Activity record',
  materialsMonthRecords: 'All records of the month',
  materialsNoticeStep: 'Making the notice…',
  materialsSheetStep: 'Counting attendance and writing “{sheet}”…',
  materialsNoticeLabel: 'The notice',
  materialsCopy: 'Copy',
  materialsPrintNotice: 'Write the notice sheet (to print)',
  materialsCopied: 'Copied: paste it into the office chat or a document.',
  materialsCopyFailed: 'Could not copy by itself: the text is selected, press Ctrl+C.',
  materialsOpened: 'Wrote and opened “{sheet}”. Check it and press Ctrl+P to print for the archive.',
  materialsWrittenFile:
    'Wrote “{sheet}”. Open it in Excel or WPS after downloading and press Ctrl+P to print for the archive.',
};
