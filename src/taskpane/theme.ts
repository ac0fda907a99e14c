import { useCallback, useEffect, useState } from 'react';
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeKind = 'light' | 'dark';

/** The colours Office reports for its theme (Office.context.officeTheme); all optional outside Office. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/**
 * Whether a '#RGB' / '#RRGGBB' colour is dark: white text contrasts with it more than black text
 * does (WCAG relative luminance below about 0.18). Undefined when the colour cannot be read.
 */
export function isDarkColor(color: string): boolean | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  const [r, g, b] = [0, 2, 4].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white (1.05 / (L + 0.05)) beats contrast with black ((L + 0.05) / 0.05) below this.
  return luminance < Math.sqrt(1.05 * 0.05) - 0.05;
}

function toLinear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

/** The theme Office asks for: the body background decides; isDarkTheme only when there is no colour. */
export function themeKindFromOffice(theme: OfficeThemeColors | undefined): ThemeKind | undefined {
  if (!theme) return undefined;
  const dark = theme.bodyBackgroundColor ? isDarkColor(theme.bodyBackgroundColor) : undefined;
  if (dark !== undefined) return dark ? 'dark' : 'light';
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  return undefined;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemThemeKind(): ThemeKind {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return 'light';
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export function fluentTheme(kind: ThemeKind): Theme {
  return kind === 'dark' ? webDarkTheme : webLightTheme;
}

/**
 * The theme to render with: Office's when it gives one, else the system's (prefers-color-scheme).
 * Excel raises no theme-changed event for task panes (Office.EventType.OfficeThemeChanged is
 * Outlook's), so the Office theme is read again whenever the pane regains focus or is shown again,
 * which is when a user returns from File > Account > Office Theme.
 */
export function useThemeKind(readOfficeTheme: () => OfficeThemeColors | undefined): ThemeKind {
  const compute = useCallback(
    (): ThemeKind => themeKindFromOffice(readOfficeTheme()) ?? systemThemeKind(),
    [readOfficeTheme],
  );
  const [kind, setKind] = useState<ThemeKind>(compute);

  useEffect(() => {
    const update = () => setKind(compute());
    const media = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : undefined;
    media?.addEventListener('change', update);
    window.addEventListener('focus', update);
    document.addEventListener('visibilitychange', update);
    return () => {
      media?.removeEventListener('change', update);
      window.removeEventListener('focus', update);
      document.removeEventListener('visibilitychange', update);
    };
  }, [compute]);

  return kind;
}
