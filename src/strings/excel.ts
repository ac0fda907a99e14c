/**
 * Messages of the Office.js port (src/excel): what this version of Excel cannot do automatically,
 * and what the user should do when Excel refuses a change.
 */
export const excelStrings = {
  // Features beyond the manifest's minimum (ExcelApi 1.7) that this Excel lacks: the sheets are
  // still written, without that feature.
  noPageLayout:
    '此版本 Excel 不支持自动设置打印格式（纸张、方向、页边距、打印标题），请在“页面布局”中手动设置后再打印。',
  noDataValidation: '此版本 Excel 不支持自动设置数据验证，出勤代码等单元格没有下拉列表，请按表头说明填写。',
  noGridlines: '此版本 Excel 不支持自动隐藏网格线，不影响使用和打印。',
  noPageBreaks: '此版本 Excel 不支持自动插入分页符，打印汇总表前请在“分页预览”中检查分页。',
  noCustomProperties:
    '此版本 Excel 不支持工作表自定义属性，本助手仅以隐藏名称识别自己的工作表，请勿在“名称管理器”中删除以 _PartyDay_ 开头的名称。',
  // Checked before the first write: nothing has been changed when these are shown.
  sheetProtected: (sheet: string) =>
    `工作表“${sheet}”受保护，本助手无法更新它。请在“审阅 → 撤销工作表保护”后重试；本次未作任何改动。`,
  workbookStructureProtected:
    '工作簿结构受保护，本助手无法添加所需的工作表。请在“审阅 → 保护工作簿”中取消保护后重试；本次未作任何改动。',
  workbookReadOnly:
    '工作簿以只读方式打开，无法写入。请关闭只读（或“另存为”一个副本）并在可编辑的工作簿中重试；本次未作任何改动。',
  // Excel's error codes, mapped to what to do.
  cellEditMode: '有单元格正处于编辑状态，Excel 暂不接受更改。请按 Enter 或 Esc 结束编辑后重试。',
  accessDenied:
    'Excel 拒绝了更改：工作表受保护、工作簿只读或正在共享编辑。请撤销保护或在可编辑的工作簿中重试。',
  itemNotFound:
    '找不到本助手要更新的工作表或名称，可能刚被删除或改名。请重试；若仍出错，请在“公式 → 名称管理器”中检查以 _PartyDay_ 开头的名称。',
  invalidArgument:
    'Excel 不接受本次写入的某项内容（工作表名称、公式或格式）。请确认工作簿不是旧版 .xls 格式（兼容模式），另存为 .xlsx 后重试。',
  payloadTooLarge:
    '一次写入的数据超出了 Excel 的限制。请减少一次处理的党支部或人数后重试，或改用“文件模式”处理该工作簿。',
  busy: 'Excel 正忙（可能正在计算、保存或有对话框打开）。请稍候片刻，关闭对话框后重试。',
  // Never "save and reopen": after a failed write that would save a partly updated workbook.
  general: (detail: string) =>
    `Excel 未能完成操作${detail ? `（${detail}）` : ''}。请稍候重试；若仍出错，可改用“文件模式”处理。`,
  // A write that stopped part-way (see src/excel/writePlan.ts): `cause` is one of the messages above.
  writeInterrupted: (cause: string) =>
    `更新工作表时中途出错，工作簿可能只更新了一部分。已录入的考勤、议题、备注等内容都还在工作簿中，没有丢失。请点击“完成更新”再执行一次本步骤，它会重新读取工作簿并补完全部更新（期间新录入的内容也会保留）。出错原因：${cause}`,
} as const;
