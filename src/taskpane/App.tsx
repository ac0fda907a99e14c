import { lazy, Suspense, useState } from 'react';
import { Body1, FluentProvider, Spinner, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneStrings } from '../strings';
import type { HostInfo, PaneView } from './host';
import { fluentTheme, useThemeKind, type OfficeThemeColors } from './theme';
import { BrowserNotice } from './components/BrowserNotice';
import { DiagnosticsSection } from './components/DiagnosticsSection';
import { WorkflowSteps } from './components/WorkflowSteps';
import { LastErrorProvider } from './diagnostics/lastError';

// The steps, the rules and the workbook code they run are loaded when a workbook is there to work
// on (inside Excel, or once file mode is chosen): a plain browser's first page stays light.
const ExcelModeSection = lazy(() =>
  import(/* webpackChunkName: "excel-mode" */ './components/ExcelModeSection').then((module) => ({
    default: module.ExcelModeSection,
  })),
);
const FileModeSection = lazy(() =>
  import(/* webpackChunkName: "file-mode-pane" */ './components/FileModeSection').then((module) => ({
    default: module.FileModeSection,
  })),
);

export interface AppProps {
  host: HostInfo;
  strings: PaneStrings;
  initialView: PaneView;
  /** Office.context.officeTheme inside Office; undefined in a plain browser. */
  readOfficeTheme: () => OfficeThemeColors | undefined;
}

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  main: {
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    // Long Chinese sentences and file names must wrap inside a 320 px pane, never scroll sideways.
    overflowWrap: 'anywhere',
  },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function App({ host, strings, initialView, readOfficeTheme }: AppProps) {
  const styles = useStyles();
  const themeKind = useThemeKind(readOfficeTheme);
  const [view, setView] = useState<PaneView>(initialView);
  const [movedToFileMode, setMovedToFileMode] = useState(false);
  const inBrowser = host.kind === 'browser';

  const useFileMode = () => {
    setView('file');
    setMovedToFileMode(true);
  };

  return (
    <FluentProvider theme={fluentTheme(themeKind)} className={styles.provider}>
      <LastErrorProvider>
        <main className={styles.main} aria-labelledby="pane-title">
          <header className={styles.header}>
            <Title3 as="h1" id="pane-title" className={styles.title}>
              {strings.title}
            </Title3>
            <Body1 as="p" className={styles.subtitle}>
              {strings.subtitle}
            </Body1>
          </header>
          {inBrowser && view === 'overview' && (
            <BrowserNotice strings={strings} onUseFileMode={useFileMode} />
          )}
          <Suspense fallback={<Spinner size="small" label={strings.loadingSteps} />}>
            {inBrowser && view === 'file' && (
              <FileModeSection strings={strings} takeFocus={movedToFileMode} />
            )}
            {/* Inside Excel the steps run on the open workbook; in file mode they replace the overview. */}
            {!inBrowser && <ExcelModeSection strings={strings} />}
          </Suspense>
          {inBrowser && view === 'overview' && <WorkflowSteps strings={strings} />}
          <DiagnosticsSection strings={strings} />
        </main>
      </LastErrorProvider>
    </FluentProvider>
  );
}
