/**
 * 汇总多个支部's form: several branch workbooks (.xlsx/.xlsm, one file input with `multiple`), the
 * period (月度 or 年度, by default the clock's month and year), run. Only ever loaded through import()
 * (../RollupStep.tsx).
 */
import { useId, useRef, useState } from 'react';
import { Body1, Button, Caption1, Field, Select } from '@fluentui/react-components';
import { paneStrings } from '../../../strings';
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
import { type ChosenFile, runRollup } from './runRollup';

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
  const action = useAction(strings);
  const t = rollupPaneStrings(strings === paneStrings('en') ? 'en' : 'zh');
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
      const clock = now();
      const outcome = await runRollup({
        strings,
        t,
        files,
        request: {
          period: kind === 'month' ? { kind, year, month } : { kind, year },
          asOf: today(clock),
          generatedAt: stamp(clock),
        },
        access,
        loadSession,
        progress,
        refresh,
      });
      action.setOutcome(outcome);
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
          setFiles(
            [...(event.target.files ?? [])].map((file) => ({
              name: file.name,
              bytes: async () => new Uint8Array(await file.arrayBuffer()),
            })),
          );
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
