/** Messages of the .xlsx file port: what writing into a file cannot keep, and why it cannot be read, written or saved. */
export const fileStrings = {
  // What writing the add-in's sheets into a file cannot keep as it was (everything else is kept).
  signature:
    '此文件带有数字签名。写入本助手的工作表后签名将失效（其余内容不变），需要签名的，请在 Excel 中重新签名。',
  strict:
    '此文件以“Strict Open XML 电子表格”格式保存，本助手可以读取，但不能写入。请在 Excel 中“另存为”Excel 工作簿(*.xlsx)后再打开。',
  // Reading and saving.
  notAWorkbook: (what: string) =>
    `“${what}”不是 Excel 工作簿（.xlsx），无法读取。请在 Excel 中“另存为”Excel 工作簿(*.xlsx)后再试。`,
  legacyOrEncrypted: (what: string) =>
    `“${what}”是旧版 .xls 文件或设置了打开密码，无法读取。请在 Excel 中取消打开密码，或“另存为”Excel 工作簿(*.xlsx)后再试。`,
  unreadable: (what: string, detail: string) =>
    `读取“${what}”时出错：${detail}。请确认文件完整，并能在 Excel 中正常打开。`,
  sheetPartMissing: (what: string, sheet: string, part: string) =>
    `“${what}”中缺少工作表“${sheet}”的内容（${part}），文件不完整。请在 Excel 或 WPS 中打开它，另存后再试。`,
  sheetUnreadable: (what: string, sheet: string, detail: string) =>
    `读取“${what}”中的工作表“${sheet}”时出错：${detail}。请在 Excel 或 WPS 中打开它，另存后再试。`,
  strictNotWritable: (what: string) =>
    `“${what}”以“Strict Open XML 电子表格”格式保存，本助手不能写入。请在 Excel 中“另存为”Excel 工作簿(*.xlsx)后重试；本次未作任何改动。`,
  structureProtected: (what: string) =>
    `“${what}”的工作簿结构受保护，本助手无法添加所需的工作表。请在 Excel 或 WPS 中“审阅 → 保护工作簿”取消保护并保存后重试；本次未作任何改动。`,
  sheetProtected: (sheet: string) =>
    `工作表“${sheet}”受保护，本助手无法更新它。请在 Excel 或 WPS 中“审阅 → 撤销工作表保护”并保存后重试；本次未作任何改动。`,
  wrongExtension: (path: string, extension: string) =>
    extension === '.xlsm'
      ? `原工作簿含有宏，输出文件须以 .xlsm 结尾（“${path}”不是），否则 Excel 无法打开。请改用 .xlsm 文件名。`
      : `原工作簿不含宏，输出文件须以 .xlsx 结尾（“${path}”不是），否则 Excel 无法打开。请改用 .xlsx 文件名。`,
  ownedSheetPartsDropped: (sheet: string, what: string) =>
    `本助手的工作表“${sheet}”每次整表重新生成，其中的${what}已随旧内容清除（表中登记的内容均已保留，其他工作表不受影响）。`,
  // What ownedSheetPartsDropped names, joined with “、”.
  ownedSheetComments: '批注',
  ownedSheetControls: '控件',
  ownedSheetHyperlinks: '超链接',
  ownedSheetOther: '其他对象',
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
