/**
 * Texts of the command line's report after `generate`: like the pane's 检查, findings grouped by
 * kind and branch on one screen; problems split into what must be fixed (rows not imported) and
 * what to look at; the full list in --json.
 */
export const CLI_REPORT = {
  sheets: (created: readonly string[], updated: readonly string[]) =>
    [
      created.length > 0 ? `新建工作表：${created.join('、')}` : '',
      updated.length > 0 ? `更新工作表：${updated.join('、')}` : '',
    ]
      .filter(Boolean)
      .map((line) => `  ${line}`)
      .join('\n'),
  mustFix: (count: number) => `必须处理（${count} 项：这些行未导入，改正后再运行一次）：`,
  toLook: (count: number) => `提示（${count} 项：已导入或已生成，请核对）：`,
  branchesTitle: '党支部：',
  noteDatesHint: '（加 --note-dates 可把备注中的转出、转入日期填为“在册止”“在册起”）',
  fullList: '完整列表：加 --json 输出全部条目，或在助手中点“检查工作簿”。',
  options: {
    json: '输出一个 JSON 对象（全部问题和提示逐条列出）',
    mapBranch:
      '花名册中的党支部名称对应到“设置”中的党支部，如 --map-branch 第一党支部=机关第一党支部（可重复）；会记在“设置”中，下次自动对应',
    noteDates: '把花名册“备注”中写明的转出、转入日期填为“在册止”“在册起”',
  },
  badMapBranch: (text: string) =>
    `--map-branch 的“${text}”无法识别；请写成 花名册中的名称=设置中的名称，如 --map-branch 第一党支部=机关第一党支部。`,
  needUnit: '（用 --unit 指定，如 --unit 中共××局机关委员会）',
} as const;
