import { chooseLanguage, languageFromTag, paneStrings } from '../../src/strings';
import { paneEn, paneZh } from '../../src/strings/pane';
import { rollupPaneEn, rollupPaneStrings, rollupPaneZh } from '../../src/strings/rollupPane';

describe('languageFromTag', () => {
  it.each([
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-cn', 'zh'],
    ['ZH-TW', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['zh_CN', 'zh'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['fr-FR', 'en'],
    ['zu-ZA', 'en'], // Zulu starts with "z" but is not Chinese
    ['zhx', 'en'],
  ])('%s → %s', (tag, expected) => {
    expect(languageFromTag(tag)).toBe(expected);
  });

  it('gives Chinese, the product language, when there is no tag at all', () => {
    expect(languageFromTag(undefined)).toBe('zh');
    expect(languageFromTag(null)).toBe('zh');
    expect(languageFromTag('  ')).toBe('zh');
  });
});

describe('chooseLanguage', () => {
  it("prefers Office's display language over the browser's", () => {
    expect(chooseLanguage({ officeDisplayLanguage: 'en-US', navigatorLanguage: 'zh-CN' })).toBe('en');
    expect(chooseLanguage({ officeDisplayLanguage: 'zh-CN', navigatorLanguage: 'en-GB' })).toBe('zh');
  });

  it('uses the browser language when Office gives none (plain browser)', () => {
    expect(chooseLanguage({ officeDisplayLanguage: undefined, navigatorLanguage: 'en-GB' })).toBe('en');
    expect(chooseLanguage({ officeDisplayLanguage: '', navigatorLanguage: 'zh-TW' })).toBe('zh');
  });
});

/** True when the text's own words (placeholders aside) are Chinese, or it has no words at all. */
function readsAsChinese(value: string): boolean {
  const words = value.replace(/\{\w+\}/g, '');
  return !/[A-Za-z]/.test(words) || /[\u4e00-\u9fff]/.test(words);
}

describe('pane string tables', () => {
  it('have the same keys in Chinese and English, none empty', () => {
    expect(Object.keys(paneEn).sort()).toEqual(Object.keys(paneZh).sort());
    for (const table of [paneZh, paneEn]) {
      for (const [key, value] of Object.entries(table)) {
        expect([key, value.trim().length > 0]).toEqual([key, true]);
      }
    }
  });

  it('use the product title and the policy words', () => {
    expect(paneStrings('zh').title).toBe('党员固定活动日助手');
    expect(paneStrings('zh').stepScheduleDetail).toContain('第二周、第四周的星期五');
    expect(paneStrings('zh').stepCheckDetail).toContain('80%');
    expect(paneStrings('zh').notInExcelTitle).toBe('未在 Excel 中运行');
    expect(paneStrings('en').title).toBe('Party Members’ Fixed Activity Day Assistant');
  });

  it('writes the Chinese table in Chinese (no English-only sentence slipped in)', () => {
    // A pure pattern such as '{date} {theme}（{id}）' has no words of its own to translate; every
    // entry with a letter outside its placeholders must be Chinese.
    for (const [key, value] of Object.entries(paneZh)) {
      expect([key, readsAsChinese(value)]).toEqual([key, true]);
    }
    expect(paneZh.materialsActivityOption).toBe('{date} {theme}（{id}）');
    expect(paneEn.materialsActivityOption).toBe('{date} {theme} ({id})');
  });

  it('catches an English sentence in the Chinese table', () => {
    expect(readsAsChinese('Choose an activity: {theme}')).toBe(false);
    expect(readsAsChinese('{date} {theme}（{id}）')).toBe(true);
    expect(readsAsChinese('选择活动：{theme}')).toBe(true);
  });
});

describe('the roll-up step’s table (loaded with the step)', () => {
  it('has the same keys in Chinese and English, none empty, the Chinese in Chinese', () => {
    expect(Object.keys(rollupPaneEn).sort()).toEqual(Object.keys(rollupPaneZh).sort());
    for (const table of [rollupPaneZh, rollupPaneEn])
      for (const [key, value] of Object.entries(table))
        expect([key, value.trim().length > 0]).toEqual([key, true]);
    for (const [key, value] of Object.entries(rollupPaneZh))
      expect([key, /[\u4e00-\u9fff]/.test(value)]).toEqual([key, true]);
    expect(rollupPaneStrings('zh')).toBe(rollupPaneZh);
    expect(rollupPaneStrings('en')).toBe(rollupPaneEn);
  });
});
