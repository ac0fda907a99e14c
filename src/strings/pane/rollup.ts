/**
 * 汇总多个支部 (the 党总支's roll-up): only what the step shows before its code is loaded. The rest
 * of its text is in ../rollupPane.ts, loaded with the step (not in the pane's first bundle).
 */

export const rollupZh = {
  rollupHeading: '汇总多个支部',
  rollupOpen: '汇总各支部的工作簿',
  rollupLoading: '正在载入汇总功能…',
} satisfies Record<string, string>;

export const rollupEn: Record<keyof typeof rollupZh, string> = {
  rollupHeading: 'Roll up several branches',
  rollupOpen: 'Roll up the branches’ workbooks',
  rollupLoading: 'Loading the roll-up…',
};
