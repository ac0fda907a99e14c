/** Messages about worksheet names (Excel's rules), shown in the pane and the command line. */
export const sheetNameStrings = {
  blank: '工作表名称不能为空，请填写一个名称。',
  tooLong: (name: string, length: number) =>
    `工作表名称“${name}”有 ${length} 个字符，Excel 最多允许 31 个，请改短。`,
  forbiddenCharacter: (name: string, chars: string) =>
    `工作表名称“${name}”含有 Excel 不允许的字符 ${chars}，请去掉（不能使用 [ ] : * ? / \\）。`,
  apostropheAtEdge: (name: string) => `工作表名称“${name}”不能以单引号（'）开头或结尾，请去掉。`,
  reserved: (name: string) => `“${name}”是 Excel 保留的名称，不能用作工作表名称，请换一个。`,
  taken: (name: string) => `工作簿中已有名为“${name}”的工作表（不区分大小写），请换一个名称。`,
} as const;
