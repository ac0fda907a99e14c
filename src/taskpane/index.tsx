import { createRoot } from 'react-dom/client';
import { currentLanguage, paneStrings } from '../strings';
import { App } from './App';
import { detectHost, initialView, type HostInfo } from './host';
import type { OfficeThemeColors } from './theme';

/** Office's theme colours, read fresh each time (the user may change the Office theme meanwhile). */
function readOfficeTheme(): OfficeThemeColors | undefined {
  try {
    return Office.context?.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

const noOfficeTheme = (): OfficeThemeColors | undefined => undefined;

async function start(): Promise<void> {
  // taskpane.html loads office.js first; if that failed (or was blocked) the pane runs as a web page.
  const host: HostInfo = await detectHost(typeof Office === 'undefined' ? undefined : Office);
  const language = currentLanguage();
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';

  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <App
      host={host}
      strings={paneStrings(language)}
      initialView={initialView(window.location.search)}
      readOfficeTheme={host.kind === 'excel' ? readOfficeTheme : noOfficeTheme}
    />,
  );
}

void start();
