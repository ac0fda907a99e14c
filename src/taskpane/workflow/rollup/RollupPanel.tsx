/**
 * 汇总多个支部, the 党总支's roll-up in the pane: the branch workbooks the user chooses are read in
 * the browser by the file port (file mode's own chunk, loaded on first use: nothing is uploaded),
 * rolled up by the same engine as `party-day merge`, and the roll-up sheets written into the
 * workbook the pane works on — file mode's (downloaded as usual) or, inside Excel, the live one
 * through the Office.js port. Only ever loaded through import() (./RollupStep.tsx's lazy panel).
 */
import { useId, useRef, useState } from 'react';
import { Body1, Button, Caption1, Field, Select } from '@fluentui/react-components';
import { type RollupSource, rollUp } from '../../../app/rollup/rollup';
import { writeRollupSheets } from '../../../app/rollup/write';
import type { SummaryPeriod } from '../../../app/summaries';
import { rollupPaneStrings } from '../../../strings/rollupPane';
import { loadFileSession } from '../../file/loadFileSession';
import type { FileSessionModule } from '../../file/session';
import { fill } from '../../format';
import { OutcomeBar } from '../OutcomeBar';
import { ActionButton } from '../parts/ActionButton';
import { FoldedList } from '../parts/FoldedList';
import { useAction } from '../runner';
import { stamp, type StepProps, today } from '../stepProps';
import { useStepStyles } from '../styles';
import { nothingUsableOutcome, rolledUpOutcome } from './outcome';

/** A branch workbook the user chose: its name and a way to read its bytes. */
export interface ChosenFile {
  name: string;
  bytes(): Promise<Uint8Array>;
}

/** Opens one chosen file with the file port; a file it cannot open is handed on with why (named). */
async function openBranchFile(
  module: FileSessionModule,
  file: ChosenFile,
  readFailed: string,
): Promise<RollupSource> {
  let bytes: Uint8Array;
  const failed = (error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    return fill(readFailed, { name: file.name, detail });
  };
  try {
    bytes = await file.bytes();
  } catch (error) {
    return { file: file.name, failure: failed(error), notAWorkbook: false, bytes: new Uint8Array() };
  }
  try {
    return { file: file.name, port: (await module.openFile(bytes, file.name)).port };
  } catch (error) {
    // The file port's errors say what to do and name the file; matched by name, as the pane's
    // error display does (the class lives in the file-mode chunk).
    if (error instanceof Error && error.name === 'WorkbookFileError') {
      const code = (error as Error & { code?: string }).code;
      return { file: file.name, failure: error.message, notAWorkbook: code === 'not-a-workbook', bytes };
    }
    return { file: file.name, failure: failed(error), notAWorkbook: false, bytes };
  }
}

export interface RollupPanelProps extends StepProps {
  /** Where the file port comes from (file mode's chunk); tests may pass their own. */
  loadSession?: () => Promise<FileSessionModule>;
}

export default function RollupPanel({
  strings,
  access,
  refresh,
  now,
  loadSession = loadFileSession,
}: RollupPanelProps) {
  const styles = useStepStyles();
  const t = rollupPaneStrings(strings);
  const action = useAction(strings);
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [kind, setKind] = useState<'month' | 'year'>('month');
  const [year, setYear] = useState(() => now().getFullYear());
  const [month, setMonth] = useState(() => now().getMonth() + 1);
  const thisYear = now().getFullYear();
  const years = [thisYear - 1, thisYear, thisYear + 1];

  const run = () =>
    action.run(t.stepLoad, async (progress) => {
      const module = await loadSession();
      const sources: RollupSource[] = [];
      for (const [index, file] of files.entries()) {
        progress(fill(t.stepRead, { name: file.name, i: index + 1, n: files.length }));
        sources.push(await openBranchFile(module, file, t.readFailed));
      }
      progress(t.stepRollup);
      const clock = now();
      const period: SummaryPeriod = kind === 'month' ? { kind, year, month } : { kind, year };
      const result = await rollUp(sources, { period, asOf: today(clock), generatedAt: stamp(clock) });
      if (result.branches.length === 0) {
        action.setOutcome(nothingUsableOutcome(strings, t, result));
        return;
      }
      progress(t.stepWrite);
      const report = await access.run((port) => writeRollupSheets(port, result));
      await refresh();
      action.setOutcome(rolledUpOutcome(strings, t, result, report, access.canDownload));
    });

  return (
    <>
      <Body1 as="p" className={styles.text}>
        {t.intro}
      </Body1>
      {access.canDownload && (
        <Caption1 as="p" className={styles.muted}>
          {fill(t.introFile, { newFile: strings.fileNew, download: strings.fileDownload })}
        </Caption1>
      )}
      <input
        ref={inputRef}
        type="file"
        multiple
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
        aria-label={t.files}
        hidden
        data-testid="rollup-file-input"
        onChange={(event) => {
          const chosen = [...(event.target.files ?? [])].map((file) => ({
            name: file.name,
            bytes: async () => new Uint8Array(await file.arrayBuffer()),
          }));
          setFiles(chosen);
          action.setOutcome(null);
          // Choosing the same files again must still fire change.
          event.target.value = '';
        }}
      />
      <div className={styles.buttons}>
        <Button disabled={action.busy} aria-describedby={hintId} onClick={() => inputRef.current?.click()}>
          {t.choose}
        </Button>
      </div>
      <Caption1 as="p" id={hintId} className={styles.muted}>
        {files.length === 0 ? `${t.noneChosen}${t.filesHint}` : fill(t.chosen, { n: files.length })}
      </Caption1>
      {files.length > 0 && (
        <FoldedList
          strings={strings}
          className={styles.list}
          label={fill(t.chosen, { n: files.length })}
          items={files.map((file, index) => (
            <span key={index}>{file.name}</span>
          ))}
        />
      )}
      <div className={styles.row}>
        <Field label={t.kind} className={styles.grow}>
          <Select value={kind} onChange={(_, data) => setKind(data.value === 'year' ? 'year' : 'month')}>
            <option value="month">{t.kindMonth}</option>
            <option value="year">{t.kindYear}</option>
          </Select>
        </Field>
        <Field label={t.year} className={styles.grow}>
          <Select value={String(year)} onChange={(_, data) => setYear(Number(data.value))}>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {fill(t.yearOption, { year: y })}
              </option>
            ))}
          </Select>
        </Field>
        {kind === 'month' && (
          <Field label={t.month} className={styles.grow}>
            <Select value={String(month)} onChange={(_, data) => setMonth(Number(data.value))}>
              {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
                <option key={m} value={String(m)}>
                  {fill(t.monthOption, { month: m })}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <div className={styles.buttons}>
        <ActionButton
          appearance="primary"
          busy={action.busy}
          reason={files.length === 0 ? t.needFiles : null}
          onClick={() => void run()}
        >
          {t.run}
        </ActionButton>
      </div>
      <OutcomeBar outcome={action.outcome} strings={strings} />
    </>
  );
}
