/** Messages of the .xlsx file port: what a file holds that cannot be kept, and why it cannot be read or saved. */
export const fileStrings = {
  // Parts of a workbook that the .xlsx writer cannot carry into the saved copy.
  charts: '此文件含有图表，另存后图表将丢失。请在 Excel 中打开原文件使用加载项，或另存后从原文件复制图表。',
  pivotTables:
    '此文件含有数据透视表，另存后数据透视表将丢失（其中的数值会保留为普通单元格）。请在 Excel 中打开原文件使用加载项。',
  drawings:
    '此文件含有形状、文本框或图片等绘图对象，另存后可能丢失。请核对另存的文件，或在 Excel 中打开原文件使用加载项。',
  macros: '此文件含有宏（VBA），另存为 .xlsx 后宏将丢失。请保留原文件，宏仍在原文件中。',
  activeX: '此文件含有 ActiveX 或表单控件（按钮、复选框等），另存后控件将丢失。',
  slicers: '此文件含有切片器或日程表，另存后将丢失。',
  externalLinks: '此文件含有指向其他工作簿的外部链接，另存后链接可能失效，相关公式需重新核对。',
  threadedComments: '此文件含有新版“批注”（可回复的会话），另存后将丢失，旧版“注释”会保留。',
  sparklines: '此文件含有迷你图，另存后迷你图将丢失。',
  // Reading and saving.
  notAWorkbook: (what: string) =>
    `“${what}”不是 Excel 工作簿（.xlsx），无法读取。请在 Excel 中“另存为”Excel 工作簿(*.xlsx)后再试。`,
  legacyOrEncrypted: (what: string) =>
    `“${what}”是旧版 .xls 文件或设置了打开密码，无法读取。请在 Excel 中取消打开密码，或“另存为”Excel 工作簿(*.xlsx)后再试。`,
  unreadable: (what: string, detail: string) =>
    `读取“${what}”时出错：${detail}。请确认文件完整，并能在 Excel 中正常打开。`,
  sameAsInput: (path: string) => `输出文件不能与原文件相同（${path}），以免覆盖原文件。请另选一个文件名。`,
  saveFailed: (path: string, detail: string) =>
    `无法保存到“${path}”：${detail}。请确认文件没有在 Excel 中打开，且有写入权限。`,
  // Writing the add-in's sheets.
  sheetNameTaken: (wanted: string, used: string) =>
    `工作簿中已有一个不是由本助手生成的“${wanted}”工作表，为避免覆盖，本次写入“${used}”。原表未作改动，可在助手中从原表导入。`,
  definedNameTaken: (name: string) =>
    `工作簿中已有名称“${name}”（不是由本助手定义），本助手未修改它；引用该名称的公式可能不正确，请在“公式 → 名称管理器”中改名后重新生成。`,
  tableNameTaken: (wanted: string, used: string) =>
    `工作簿中已有名为“${wanted}”的表格，本助手的表格改名为“${used}”。`,
} as const;
