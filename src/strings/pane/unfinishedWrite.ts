/**
 * A write to the workbook that stopped part-way (src/excel/writePlan.ts, "Failure-safe writes" in
 * docs/architecture.md): the same action run again finishes it.
 */
export const unfinishedWriteZh = {
  finishWrite: '完成更新',
  unfinishedTitle: '上次更新没有完成',
  unfinishedBody:
    '以下工作表可能只更新了一部分：{sheets}。已录入的内容都还在工作簿中，没有丢失。请再执行一次上次的步骤（如“写入活动安排”或“生成汇总表”），完成后此提示会消失。',
} satisfies Record<string, string>;

export const unfinishedWriteEn: Record<keyof typeof unfinishedWriteZh, string> = {
  finishWrite: 'Finish the update',
  unfinishedTitle: 'The last update did not finish',
  unfinishedBody:
    'These sheets may be only partly updated: {sheets}. Everything entered is still in the workbook. Run the last step again (such as “Write the schedule” or “Write the summary sheet”); this note goes away when it is done.',
};
