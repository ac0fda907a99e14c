/** 月度汇总 / 年度汇总: the period, the branch and the sheet written. */

export const summaryZh = {
  summaryHeading: '月度汇总 / 年度汇总',
  summaryKind: '汇总期间',
  summaryKindMonth: '月度',
  summaryKindYear: '年度',
  summaryMonth: '月份',
  summaryBranch: '党支部',
  summaryAllBranches: '全部党支部',
  summaryRun: '生成汇总表',
  summaryStep: '统计出勤并写入汇总表…',
  summaryDone: '已写入“{sheet}”。下载后在 Excel 或 WPS 中打开该表，按 Ctrl+P 打印存档。',
  summaryMonthOption: '{month} 月',
  summaryBranchLine: '{branch}：已开展 {held} 次，到会率 {rate}{notes}',
  summaryUnrecorded: '未登记',
  summaryNoRate: '—（无应到人员）',
  summaryUnrecordedNote: '；{n} 次尚未登记出勤，不计入到会率',
  summaryPartialNote: '；{n} 次部分登记',
  summaryBelowNote: '；{n} 次低于 {threshold}',
} satisfies Record<string, string>;

export const summaryEn: Record<keyof typeof summaryZh, string> = {
  summaryHeading: 'Monthly / annual summary',
  summaryKind: 'Period',
  summaryKindMonth: 'Month',
  summaryKindYear: 'Year',
  summaryMonth: 'Month',
  summaryBranch: 'Branch',
  summaryAllBranches: 'All branches',
  summaryRun: 'Write the summary sheet',
  summaryStep: 'Counting attendance and writing the summary…',
  summaryDone:
    'Wrote “{sheet}”. Open it in Excel or WPS after downloading and press Ctrl+P to print for the archive.',
  summaryMonthOption: 'Month {month}',
  summaryBranchLine: '{branch}: {held} held, attendance {rate}{notes}',
  summaryUnrecorded: 'not recorded',
  summaryNoRate: '— (nobody due)',
  summaryUnrecordedNote: '; {n} not recorded yet, left out of the rate',
  summaryPartialNote: '; {n} partly recorded',
  summaryBelowNote: '; {n} below {threshold}',
};
