import {
  DEFAULT_THEME_PLAN,
  THEMES,
  isThemeId,
  themeByName,
  themeForSlot,
  themeName,
  type ThemeId,
} from '../../src/domain/themes';

describe('theme names', () => {
  it('finds a theme by any of the ways people write it', () => {
    expect(themeByName('学习教育日')).toBe('study');
    expect(themeByName('党员学习教育日')).toBe('study');
    expect(themeByName(' 学习教育 ')).toBe('study');
    expect(themeByName('党员走访联系日')).toBe('visit');
    expect(themeByName('基层民主议事日')).toBe('deliberation');
    expect(themeByName('为民服务奉献日')).toBe('service');
    expect(themeByName('党内民主评议日')).toBe('review');
    expect(themeByName('专题组织生活会')).toBe('review');
    expect(themeByName('其他主题日')).toBe('other');
    expect(themeByName('“其它主题日”')).toBe('other');
    expect(themeByName('x')).toBe('other');
    expect(themeByName('党课')).toBeNull();
    expect(themeByName('')).toBeNull();
  });

  it('round-trips every theme through its names', () => {
    for (const theme of THEMES) {
      expect(themeByName(theme.name)).toBe(theme.id);
      expect(themeByName(theme.fullName)).toBe(theme.id);
      expect(themeName(theme.id)).toBe(theme.name);
    }
    expect(isThemeId('study')).toBe(true);
    expect(isThemeId('学习教育日')).toBe(false);
  });
});

describe('the default yearly plan', () => {
  const themeOf = (month: number, slot: number, slots = 2): ThemeId =>
    themeForSlot({ month, slot, isLast: slot === slots });

  it('covers the five named themes over a year of two activities a month', () => {
    const year = Array.from({ length: 12 }, (_, i) => [themeOf(i + 1, 1), themeOf(i + 1, 2)]).flat();
    expect(new Set(year)).toEqual(new Set(['study', 'visit', 'deliberation', 'service', 'review']));
    expect(year).toHaveLength(24);
  });

  it('holds 党内民主评议日 as the last activity of June and December, and only there', () => {
    expect(themeOf(6, 2)).toBe('review');
    expect(themeOf(12, 2)).toBe('review');
    expect(themeOf(6, 1)).toBe('study');
    // With three fixed days the review moves to the third.
    expect(themeOf(6, 2, 3)).not.toBe('review');
    expect(themeOf(6, 3, 3)).toBe('review');
    const reviewMonths = Array.from({ length: 12 }, (_, i) => i + 1).filter(
      (m) => themeOf(m, 2) === 'review',
    );
    expect(reviewMonths).toEqual([6, 12]);
  });

  it('falls back to 学习教育日 for a slot the plan does not cover', () => {
    expect(themeOf(3, 3, 3)).toBe('study');
  });

  it('lets the user’s overrides win, a branch’s over everyone’s', () => {
    const overrides = [
      { month: 3, slot: 2, theme: 'visit' as const },
      { month: 3, slot: 2, theme: 'other' as const, branch: '第二党支部' },
      { month: 6, slot: 2, theme: 'service' as const, branch: '第一党支部' },
    ];
    expect(themeForSlot({ month: 3, slot: 2, isLast: true }, DEFAULT_THEME_PLAN, overrides)).toBe('visit');
    expect(
      themeForSlot({ month: 3, slot: 2, isLast: true, branch: '第一党支部' }, DEFAULT_THEME_PLAN, overrides),
    ).toBe('visit');
    expect(
      themeForSlot({ month: 3, slot: 2, isLast: true, branch: '第二党支部' }, DEFAULT_THEME_PLAN, overrides),
    ).toBe('other');
    expect(
      themeForSlot({ month: 6, slot: 2, isLast: true, branch: '第一党支部' }, DEFAULT_THEME_PLAN, overrides),
    ).toBe('service');
    expect(
      themeForSlot({ month: 6, slot: 2, isLast: true, branch: '第二党支部' }, DEFAULT_THEME_PLAN, overrides),
    ).toBe('review');
  });

  it('uses an edited plan', () => {
    const plan = [{ month: 1, slot: 1, theme: 'service' as const }];
    expect(themeForSlot({ month: 1, slot: 1, isLast: false }, plan)).toBe('service');
    expect(themeForSlot({ month: 6, slot: 2, isLast: true }, plan)).toBe('study');
  });
});
