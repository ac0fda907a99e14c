import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { RosterFile } from '../../app/csvRoster';
import { readWorkbookInfo, type WorkbookInfo } from '../../app/workbookInfo';
import type { PaneStrings } from '../../strings';
import { loadFileSession } from '../file/loadFileSession';
import { downloadName, type FileSession, type FileSessionModule } from '../file/session';
import { fill } from '../format';
import { portAccess } from '../workflow/access';
import { PaneInputError } from '../workflow/errors';
import { OutcomeBar } from '../workflow/OutcomeBar';
import { RunnerProvider, useAction } from '../workflow/runner';
import { RunnerStatus, Workflow } from '../workflow/Workflow';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  // A plain <h2> (Fluent's text presets take no ref) so that focus can be moved to it.
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hidden: { display: 'none' },
});

export interface FileModeProps {
  strings: PaneStrings;
  takeFocus: boolean;
  /** Where the ExcelJS code comes from (its own chunk; tests pass a fake). */
  loadSession?: () => Promise<FileSessionModule>;
  /** Hands the finished file to the browser (tests record it instead). */
  save?: (bytes: Uint8Array, name: string) => void;
  /** The clock (today, the default year and month); tests pin it. */
  now?: () => Date;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

function saveWithLink(bytes: Uint8Array, name: string): void {
  const type = /\.xlsm$/i.test(name) ? XLSM_TYPE : XLSX_TYPE;
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file once click() returns; free it after the download starts.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** File mode: open an .xlsx/.xlsm (or a new one), run the steps on it in memory, download the result. */
export function FileModeSection(props: FileModeProps) {
  return (
    <RunnerProvider>
      <FileMode {...props} />
    </RunnerProvider>
  );
}

const systemClock = () => new Date();

function FileMode({
  strings,
  takeFocus,
  loadSession = loadFileSession,
  save = saveWithLink,
  now = systemClock,
}: FileModeProps) {
  const styles = useStyles();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const action = useAction(strings);
  // The download's outcome shows under its button, at the bottom, not with the file's at the top.
  const saving = useAction(strings);
  const [session, setSession] = useState<FileSession | null>(null);
  const [info, setInfo] = useState<WorkbookInfo | null>(null);
  const [rosterFile, setRosterFile] = useState<RosterFile | null>(null);

  // The button that led here has gone; keyboard and screen-reader users continue from the heading.
  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, [takeFocus]);

  const start = async (
    make: (module: FileSessionModule) => Promise<FileSession>,
    roster: RosterFile | null = null,
  ) => {
    await action.run(strings.fileLoadingModule, async (progress) => {
      const module = await loadSession();
      progress(strings.setupStepRead);
      const opened = await make(module);
      setInfo(await readWorkbookInfo(opened.port, now().getFullYear()));
      setSession(opened);
      setRosterFile(roster);
      saving.setOutcome(null);
      if (roster !== null)
        action.setOutcome({
          intent: 'info',
          title: strings.doneTitle,
          body: fill(strings.fileCsvOpened, { name: roster.name }),
          lines: [],
        });
    });
  };

  const openChosen = (file: File | undefined) => {
    if (!file) return;
    // A CSV is a roster, as on the command line: a new workbook, the roster offered to 导入党员.
    if (/\.csv$/i.test(file.name)) {
      void file
        .arrayBuffer()
        .then((buffer) =>
          start(async (module) => module.newFile(), { name: file.name, bytes: new Uint8Array(buffer) }),
        );
      return;
    }
    void start(async (module) => {
      if (!/\.(xlsx|xlsm)$/i.test(file.name))
        throw new PaneInputError(fill(strings.fileOnlyXlsx, { name: file.name }));
      return module.openFile(new Uint8Array(await file.arrayBuffer()), file.name);
    });
  };

  const access = useMemo(() => (session ? portAccess(session.port) : null), [session]);

  const refresh = useCallback(async () => {
    if (session) setInfo(await readWorkbookInfo(session.port, now().getFullYear()));
  }, [session, now]);

  const download = () =>
    saving.run(strings.fileDownload, async () => {
      if (!session) return;
      const name = downloadName(
        session.displayName ?? rosterFile?.name ?? null,
        strings.fileNewName,
        session.extension,
      );
      save(await session.bytes(), name);
      saving.setOutcome({
        intent: 'success',
        title: strings.doneTitle,
        body: fill(strings.fileDownloaded, { name }),
        lines: [],
      });
    });

  return (
    <section className={styles.section} aria-labelledby="file-mode-heading">
      <h2 id="file-mode-heading" tabIndex={-1} ref={headingRef} className={styles.heading}>
        {strings.fileModeHeading}
      </h2>
      <Body1 as="p" className={styles.text}>
        {strings.fileModeIntro}
      </Body1>
      <ol className={styles.list}>
        <li>
          <Body1>{strings.fileModeStepOpen}</Body1>
        </li>
        <li>
          <Body1>{strings.fileModeStepRun}</Body1>
        </li>
        <li>
          <Body1>{strings.fileModeStepDownload}</Body1>
        </li>
      </ol>
      <input
        ref={inputRef}
        type="file"
        accept=".xlsx,.xlsm,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        aria-label={strings.fileInputLabel}
        className={styles.hidden}
        data-testid="file-input"
        onChange={(event) => {
          openChosen(event.target.files?.[0]);
          // Choosing the same file again must still fire change.
          event.target.value = '';
        }}
      />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={action.busy} onClick={() => inputRef.current?.click()}>
          {strings.fileOpen}
        </Button>
        <Button disabled={action.busy} onClick={() => void start(async (module) => module.newFile())}>
          {strings.fileNew}
        </Button>
      </div>
      <RunnerStatus label={strings.busyLabel} />
      {session !== null && (
        <Body1 as="p" className={styles.text}>
          {fill(strings.fileOpened, { name: session.displayName ?? strings.fileNewName })}
        </Body1>
      )}
      {session !== null && session.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.fileLostTitle}</MessageBarTitle>
            {strings.fileLostBody}
            <ul className={styles.list}>
              {session.warnings.map((warning) => (
                <li key={warning.code}>{warning.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <OutcomeBar outcome={action.outcome} strings={strings} />
      {session !== null && access !== null && info !== null && (
        <>
          <Workflow
            strings={strings}
            access={access}
            info={info}
            refresh={refresh}
            now={now}
            rosterFile={rosterFile}
          />
          <section className={styles.section} aria-label={strings.fileDownloadSection}>
            <div className={styles.buttons}>
              <Button appearance="primary" disabled={saving.busy} onClick={() => void download()}>
                {strings.fileDownload}
              </Button>
            </div>
            <OutcomeBar outcome={saving.outcome} strings={strings} />
          </section>
        </>
      )}
    </section>
  );
}
