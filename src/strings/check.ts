/** Texts of the 检查 action's own findings (the engine's warnings carry their own messages). */
export const CHECK_TEXT = {
  orphanSheet: (sheet: string, branch: string) =>
    `“${sheet}”是党支部“${branch}”的出勤登记表，但“设置”中已没有这个党支部，表中的登记不计入任何统计；如果是改了支部名称，请在“设置”中把名称改回或按新名称重新生成；如已撤销该支部，核对后可删除这张表。`,
} as const;
