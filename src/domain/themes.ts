/** The theme days of the policy's "5+X" (三、活动内容). */
export const THEMES = [
  { id: 'study', name: '学习教育日', fullName: '党员学习教育日' },
  { id: 'visit', name: '走访联系日', fullName: '党员走访联系日' },
  { id: 'deliberation', name: '基层民主议事日', fullName: '基层民主议事日' },
  { id: 'service', name: '为民服务奉献日', fullName: '为民服务奉献日' },
  { id: 'review', name: '党内民主评议日', fullName: '党内民主评议日' },
  { id: 'other', name: '其他主题日', fullName: '其他主题日' },
] as const;

export type ThemeId = (typeof THEMES)[number]['id'];
