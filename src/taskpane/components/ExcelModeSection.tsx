import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Body1, Button, Caption1, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { WorkbookPort } from '../../app/port';
import { readWorkbookInfo, type WorkbookInfo } from '../../app/workbookInfo';
import { runExcelAction } from '../../excel/port';
import { selectRange } from '../../excel/select';
import type { PaneStrings } from '../../strings';
import type { WorkbookAccess } from '../workflow/access';
import { OutcomeBar } from '../workflow/OutcomeBar';
import { RunnerProvider, useAction } from '../workflow/runner';
import { UnfinishedWriteNotice } from '../workflow/unfinishedWrite';
import { RunnerStatus, Workflow } from '../workflow/Workflow';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  text: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Runs one action on the live workbook; runExcelAction (one Excel.run, errors in Chinese) by default. */
export type ExcelActionRunner = <T>(action: (port: WorkbookPort) => Promise<T>) => Promise<T>;

/** Shows a sheet and selects a cell or row of the live workbook. */
export type ExcelSelector = (sheet: string, cell: string) => Promise<void>;

export interface ExcelModeProps {
  strings: PaneStrings;
  /** Tests pass a runner on the fake Excel; the pane uses Office.js. */
  runAction?: ExcelActionRunner;
  /** selectRange (its own Excel.run) by default. */
  selectCell?: ExcelSelector;
  /** The clock (today, the default year and month); tests pin it. */
  now?: () => Date;
}

const runLive: ExcelActionRunner = (action) => runExcelAction(action);
const selectLive: ExcelSelector = (sheet, cell) => selectRange(sheet, cell);

/** Inside Excel: the same steps as file mode, each action run on the open workbook. */
export function ExcelModeSection(props: ExcelModeProps) {
  return (
    <RunnerProvider>
      <ExcelMode {...props} />
    </RunnerProvider>
  );
}

const systemClock = () => new Date();

function ExcelMode({
  strings,
  runAction = runLive,
  selectCell = selectLive,
  now = systemClock,
}: ExcelModeProps) {
  const styles = useStyles();
  const action = useAction(strings);
  const [info, setInfo] = useState<WorkbookInfo | null>(null);
  const access = useMemo<WorkbookAccess>(
    () => ({ run: runAction, canDownload: false, select: selectCell }),
    [runAction, selectCell],
  );

  // The user edits the workbook between steps, so every read is fresh (its own Excel.run).
  const refresh = useCallback(async () => {
    setInfo(await access.run((port) => readWorkbookInfo(port, now().getFullYear())));
  }, [access, now]);

  const run = action.run;
  const load = useCallback(() => run(strings.excelReading, refresh), [run, refresh, strings.excelReading]);

  // Read once when the pane opens (not again when the theme re-renders the pane); later reads follow
  // the user's clicks.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void load();
  }, [load]);

  return (
    <section className={styles.section} aria-labelledby="excel-mode-heading">
      <h2 id="excel-mode-heading" className={styles.heading}>
        {strings.excelModeHeading}
      </h2>
      <Body1 as="p" className={styles.text}>
        {strings.excelModeIntro}
      </Body1>
      <div className={styles.buttons}>
        <Button disabled={action.busy} onClick={() => void load()}>
          {strings.excelReload}
        </Button>
      </div>
      <Caption1 as="p" className={styles.muted}>
        {strings.excelReloadHint}
      </Caption1>
      <RunnerStatus label={strings.busyLabel} />
      <OutcomeBar outcome={action.outcome} strings={strings} />
      <UnfinishedWriteNotice strings={strings} sheets={info?.unfinishedSheets ?? []} />
      {info !== null && (
        <Workflow strings={strings} access={access} info={info} refresh={refresh} now={now} />
      )}
    </section>
  );
}
