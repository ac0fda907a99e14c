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

function FileMode({ strings, takeFocus, loadSession = loadFileSession, save = saveWithLink }: FileModeProps) {
  const styles = useStyles();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const action = useAction(strings);
  const [session, setSession] = useState<FileSession | null>(null);
  const [info, setInfo] = useState<WorkbookInfo | null>(null);

  // The button that led here has gone; keyboard and screen-reader users continue from the heading.
  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, [takeFocus]);

  const start = async (make: (module: FileSessionModule) => Promise<FileSession>) => {
    await action.run(strings.fileLoadingModule, async (progress) => {
      const module = await loadSession();
      progress(strings.setupStepRead);
      const opened = await make(module);
      setInfo(await readWorkbookInfo(opened.port, new Date().getFullYear()));
      setSession(opened);
    });
  };

  const openChosen = (file: File | undefined) => {
    if (!file) return;
    void start(async (module) => {
      if (!/\.(xlsx|xlsm)$/i.test(file.name))
        throw new PaneInputError(fill(strings.fileOnlyXlsx, { name: file.name }));
      return module.openFile(new Uint8Array(await file.arrayBuffer()), file.name);
    });
  };

  const access = useMemo(() => (session ? portAccess(session.port) : null), [session]);

  const refresh = useCallback(async () => {
    if (session) setInfo(await readWorkbookInfo(session.port, new Date().getFullYear()));
  }, [session]);

  const download = () =>
    action.run(strings.fileDownload, async () => {
      if (!session) return;
      const name = downloadName(session.displayName, strings.fileNewName, session.extension);
      save(await session.bytes(), name);
      action.setOutcome({
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
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
      <OutcomeBar outcome={action.outcome} />
      {session !== null && access !== null && info !== null && (
        <>
          <Workflow strings={strings} access={access} info={info} refresh={refresh} />
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={action.busy} onClick={() => void download()}>
              {strings.fileDownload}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
