/** 导入党员: the roster source, the preview (what must be fixed, what to look at), branches reconciled with 设置, dates from 备注. */

export const importZh = {
  importHeading: '导入党员',
  importSheet: '从哪张工作表导入',
  importNoSheets: '工作簿中没有可导入的工作表。请先打开含花名册的工作簿。',
  importPreview: '预览导入',
  importRun: '导入',
  importStepRead: '读取“{sheet}”…',
  importSummary: '“{sheet}”共 {rows} 行，可导入 {members} 人：{branches}。',
  importNothing: '没有可以导入的人员，请按下列问题修改“{sheet}”后再预览。',
  importDone: '已导入 {members} 人，写入“党员名册”和各支部出勤登记表。',
  importMissing: '{n} 人在本次名册中未出现，仍保留在“党员名册”中，请核对。',
} satisfies Record<string, string>;

export const importEn: Record<keyof typeof importZh, string> = {
  importHeading: 'Import members',
  importSheet: 'Import from sheet',
  importNoSheets: 'The workbook has no sheet to import from. Open the workbook that holds the roster.',
  importPreview: 'Preview the import',
  importRun: 'Import',
  importStepRead: 'Reading “{sheet}”…',
  importSummary: '“{sheet}”: {rows} rows, {members} people can be imported: {branches}.',
  importNothing: 'Nobody can be imported; fix “{sheet}” as listed below and preview again.',
  importDone: 'Imported {members} people into the roster and the branches’ attendance sheets.',
  importMissing: '{n} people are not in this roster and stay on the roster sheet; please check them.',
};
