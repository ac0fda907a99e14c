import { paneEn, paneZh, type PaneStrings } from './pane';

export type { PaneStrings } from './pane';

/** The languages the user interface is written in. */
export type Language = 'zh' | 'en';

/**
 * The UI language for a BCP 47 tag: any Chinese tag ('zh', 'zh-CN', 'zh-Hans-CN', 'ZH-tw') gives
 * Chinese, any other tag English. No tag at all gives Chinese, the product's own language.
 */
export function languageFromTag(tag: string | null | undefined): Language {
  const trimmed = (tag ?? '').trim();
  if (trimmed === '') return 'zh';
  return /^zh(?:[-_]|$)/i.test(trimmed) ? 'zh' : 'en';
}

/** Where the language can be read from: Office's display language first, then the browser's. */
export interface LanguageSources {
  officeDisplayLanguage?: string | null;
  navigatorLanguage?: string | null;
}

export function chooseLanguage({ officeDisplayLanguage, navigatorLanguage }: LanguageSources): Language {
  if (officeDisplayLanguage && officeDisplayLanguage.trim() !== '')
    return languageFromTag(officeDisplayLanguage);
  return languageFromTag(navigatorLanguage);
}

/**
 * The language of the running pane. Call after Office.onReady: Office.context.displayLanguage is
 * only set inside Office; in a plain browser office.js is absent or has no display language.
 */
export function currentLanguage(): Language {
  let officeDisplayLanguage: string | undefined;
  try {
    officeDisplayLanguage = typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage;
  } catch {
    // Outside Office, office.js may throw on Office.context before it is initialised.
    officeDisplayLanguage = undefined;
  }
  const navigatorLanguage = typeof navigator === 'undefined' ? undefined : navigator.language;
  return chooseLanguage({ officeDisplayLanguage, navigatorLanguage });
}

const paneTables: Record<Language, PaneStrings> = { zh: paneZh, en: paneEn };

export function paneStrings(language: Language): PaneStrings {
  return paneTables[language];
}
