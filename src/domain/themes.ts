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

export type Theme = (typeof THEMES)[number];

export const THEME_IDS: readonly ThemeId[] = THEMES.map((theme) => theme.id);

export function isThemeId(value: unknown): value is ThemeId {
  return typeof value === 'string' && (THEME_IDS as readonly string[]).includes(value);
}

export function themeById(id: ThemeId): Theme {
  return THEMES.find((theme) => theme.id === id) as Theme;
}

/** The short Chinese name shown in sheets, e.g. 学习教育日. */
export function themeName(id: ThemeId): string {
  return themeById(id).name;
}

/**
 * Other words people write in a sheet for a theme. The names and full names of THEMES are always
 * accepted, with or without the 党员 prefix and the trailing 日.
 */
const THEME_ALIASES: Readonly<Record<string, ThemeId>> = {
  专题组织生活会: 'review',
  组织生活会: 'review',
  民主评议: 'review',
  民主评议党员: 'review',
  其他: 'other',
  其它主题日: 'other',
  其它: 'other',
  X: 'other',
};

/** Drops spaces (also full-width), the 党员 prefix and a trailing 日, so variants compare equal. */
function themeKey(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, '')
    .replace(/^[“"「《]+|[”"」》]+$/g, '')
    .replace(/^党员/, '')
    .replace(/日$/, '')
    .toUpperCase();
}

const THEMES_BY_KEY: ReadonlyMap<string, ThemeId> = new Map<string, ThemeId>([
  ...THEMES.flatMap((theme) => [
    [themeKey(theme.name), theme.id] as const,
    [themeKey(theme.fullName), theme.id] as const,
  ]),
  ...Object.entries(THEME_ALIASES).map(([alias, id]) => [themeKey(alias), id] as const),
]);

/** The theme a person wrote in a cell (学习教育日, 党员学习教育日, 学习教育 …); null when unknown. */
export function themeByName(text: string): ThemeId | null {
  return THEMES_BY_KEY.get(themeKey(text)) ?? null;
}

/**
 * One line of the yearly theme plan: the theme of the `slot`-th fixed activity of `month`
 * (1-based, in the order of the plan's ordinals), or of the month's last fixed activity.
 */
export interface ThemePlanEntry {
  month: number;
  slot: number | 'last';
  theme: ThemeId;
}

export type ThemePlan = readonly ThemePlanEntry[];

/** A user's choice for one activity slot; for one branch, or for all when `branch` is absent. */
export interface ThemeOverride {
  month: number;
  slot: number;
  theme: ThemeId;
  branch?: string;
}

/** The theme of a fixed activity that no plan line covers (a third fixed day, say). */
export const FALLBACK_THEME: ThemeId = 'study';

/** The theme of an extra activity (the X of "5+X") when none is given. */
export const EXTRA_ACTIVITY_THEME: ThemeId = 'other';

/**
 * The default yearly plan for two fixed days a month: study on the first day of every month, the
 * other three named themes spread over the second days, and 党内民主评议日 as the last fixed activity
 * of June and December — the 专题组织生活会 that reports the half-year's and the year's participation.
 */
export const DEFAULT_THEME_PLAN: ThemePlan = [
  ...Array.from({ length: 12 }, (_, i) => ({ month: i + 1, slot: 1, theme: 'study' as ThemeId })),
  { month: 1, slot: 2, theme: 'deliberation' },
  { month: 2, slot: 2, theme: 'visit' },
  { month: 3, slot: 2, theme: 'service' },
  { month: 4, slot: 2, theme: 'deliberation' },
  { month: 5, slot: 2, theme: 'service' },
  { month: 6, slot: 'last', theme: 'review' },
  { month: 7, slot: 2, theme: 'deliberation' },
  { month: 8, slot: 2, theme: 'visit' },
  { month: 9, slot: 2, theme: 'service' },
  { month: 10, slot: 2, theme: 'deliberation' },
  { month: 11, slot: 2, theme: 'visit' },
  { month: 12, slot: 'last', theme: 'review' },
];

/** Where a fixed activity sits in its month, for looking up its theme. */
export interface ThemeSlot {
  month: number;
  /** 1-based position among the month's fixed days, in the order of the plan's ordinals. */
  slot: number;
  /** True for the month's last fixed activity. */
  isLast: boolean;
  branch?: string;
}

function planTheme(plan: ThemePlan, { month, slot, isLast }: ThemeSlot): ThemeId | null {
  const inMonth = plan.filter((entry) => entry.month === month);
  // A 'last' line says what the month's closing activity is for, so it wins over a numbered one.
  const last = isLast ? inMonth.find((entry) => entry.slot === 'last') : undefined;
  return last?.theme ?? inMonth.find((entry) => entry.slot === slot)?.theme ?? null;
}

/**
 * The theme of a fixed activity: the user's override for its branch, then one for all branches,
 * then the plan, then FALLBACK_THEME.
 */
export function themeForSlot(
  where: ThemeSlot,
  plan: ThemePlan = DEFAULT_THEME_PLAN,
  overrides: readonly ThemeOverride[] = [],
): ThemeId {
  const matching = overrides.filter((o) => o.month === where.month && o.slot === where.slot);
  const forBranch = where.branch === undefined ? undefined : matching.find((o) => o.branch === where.branch);
  const forAll = matching.find((o) => o.branch === undefined);
  return forBranch?.theme ?? forAll?.theme ?? planTheme(plan, where) ?? FALLBACK_THEME;
}
