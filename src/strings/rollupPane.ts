/**
 * The text of the pane's 汇总多个支部 step, loaded with the step's own code (import() when the step
 * is opened), so it is not part of the pane's first bundle. The heading, the button that opens the
 * step and the loading line are in ./pane/rollup.ts; the conflicts' messages are the engine's (./rollup.ts). `rollupPaneZh` is the
 * reference table; the English one is typed from it.
 */
import type { Language } from './index';

export const rollupPaneZh = {
  intro:
    '选择各党支部发来的工作簿（可多选），汇总报送情况和月度检查或年度完成情况，写入本工作簿的汇总表。文件只在本机读取，不会上传；各支部的文件不会被改动。',
  introFile:
    '在文件模式中，可先打开党总支自己的工作簿，或点“{newFile}”得到一个只有汇总表的工作簿；汇总后点“{download}”保存。',
  files: '支部工作簿',
  filesHint: '.xlsx 或 .xlsm，可一次选择多个（按住 Ctrl 点选）。',
  choose: '选择支部工作簿…',
  chosen: '已选择 {n} 个文件',
  noneChosen: '尚未选择文件。',
  kind: '汇总期间',
  kindMonth: '月度（总支月度检查）',
  kindYear: '年度（总支年度汇总）',
  year: '年度',
  yearOption: '{year} 年',
  month: '月份',
  monthOption: '{month} 月',
  run: '汇总并写入汇总表',
  needFiles: '请先选择要汇总的支部工作簿。',
  stepLoad: '载入读取工作簿的组件…',
  stepRead: '读取“{name}”（{i}/{n}）…',
  stepRollup: '汇总各支部的出勤…',
  stepWrite: '写入汇总表…',
  done: '已汇总 {branches} 个党支部（共选择 {files} 个文件）。',
  doneFile: '请点下方“{download}”保存；在 Excel 或 WPS 中打开汇总表，按 Ctrl+P 打印。',
  doneExcel: '汇总表已写入当前工作簿，打开该表按 Ctrl+P 打印。',
  noConflicts: '各文件之间没有发现冲突。',
  sourcesTitle: '各党支部的来源（{n} 个）',
  sourceLine: '{branch}：来自“{file}”，{status}{pending}',
  pendingNote: '；尚未登记：{dates}',
  unusedLine: '“{file}”：未计入汇总（原因见下）',
  conflictsTitle: '汇总时发现的问题（{n} 项，未作猜测，请核对）',
  problemsTitle: '“{file}”读取时的提示（{n} 项）',
  nothingUsable: '没有一个文件可以汇总，未写入汇总表。请按下列提示改正后重新选择。',
  readFailed: '无法读取“{name}”：{detail}。请确认文件完整，并能在 Excel 中正常打开。',
  statusReported: '已报',
  statusPartial: '部分登记',
  statusUnreported: '未报',
  statusNothingDue: '本期尚无到期的活动',
} satisfies Record<string, string>;

export type RollupPaneStrings = Record<keyof typeof rollupPaneZh, string>;

export const rollupPaneEn: RollupPaneStrings = {
  intro:
    'Choose the workbooks the branches sent (several at once) to roll up who has reported and the monthly check or the year’s completion into roll-up sheets of this workbook. The files are read on this computer only, never uploaded, and never changed.',
  introFile:
    'In file mode, open the general branch’s own workbook first, or click “{newFile}” for one with only the roll-up sheets; after the roll-up, click “{download}”.',
  files: 'Branch workbooks',
  filesHint: '.xlsx or .xlsm; choose several at once (hold Ctrl).',
  choose: 'Choose branch workbooks…',
  chosen: 'Files chosen: {n}',
  noneChosen: 'No file chosen yet.',
  kind: 'Period',
  kindMonth: 'Month (monthly check)',
  kindYear: 'Year (annual report)',
  year: 'Year',
  yearOption: '{year}',
  month: 'Month',
  monthOption: 'Month {month}',
  run: 'Roll up and write the sheets',
  needFiles: 'Choose the branch workbooks to roll up first.',
  stepLoad: 'Loading the workbook reader…',
  stepRead: 'Reading “{name}” ({i}/{n})…',
  stepRollup: 'Rolling up the branches’ attendance…',
  stepWrite: 'Writing the roll-up sheets…',
  done: 'Branches rolled up: {branches} (files chosen: {files}).',
  doneFile:
    'Click “{download}” below to save it; open the roll-up sheet in Excel or WPS and press Ctrl+P to print.',
  doneExcel: 'The roll-up sheets are in this workbook; open one and press Ctrl+P to print.',
  noConflicts: 'No conflicts between the files.',
  sourcesTitle: 'Where each branch came from ({n})',
  sourceLine: '{branch}: from “{file}”, {status}{pending}',
  pendingNote: '; not yet recorded: {dates}',
  unusedLine: '“{file}”: not rolled up (see below)',
  conflictsTitle: 'Found while rolling up ({n}; nothing guessed, please check)',
  problemsTitle: 'Notes on reading “{file}” ({n})',
  nothingUsable:
    'None of the files can be rolled up; nothing was written. Correct what is listed below and choose again.',
  readFailed: 'Cannot read “{name}”: {detail}. Check that the file is complete and opens in Excel.',
  statusReported: 'reported',
  statusPartial: 'partly recorded',
  statusUnreported: 'not reported',
  statusNothingDue: 'nothing due yet in the period',
};

/** The step's table in the pane's language. */
export function rollupPaneStrings(language: Language): RollupPaneStrings {
  return language === 'en' ? rollupPaneEn : rollupPaneZh;
}
