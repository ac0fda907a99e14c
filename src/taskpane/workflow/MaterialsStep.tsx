/**
 * 活动材料 (issue 13): for an activity of a branch — the next one from today by default — the
 * 活动通知 to paste into the office chat, and the 签到表, the 活动记录 and the month's records to
 * print. Inside Excel a written sheet is opened; in file mode it goes into the downloaded workbook.
 * A bad choice (a cancelled activity) gets the action's own message, and nothing is written.
 */
import { useId, useRef, useState } from 'react';
import { Body1, Button, Caption1, Field, Select, Textarea } from '@fluentui/react-components';
import { type ActivityChoice, defaultActivity } from '../../app/activityChoices';
import { activityMaterials, type MaterialsRequest, writeActivitySheets } from '../../app/materials';
import { themeName } from '../../domain/themes';
import type { PaneStrings } from '../../strings';
import { copyText } from '../diagnostics/copyText';
import { fill } from '../format';
import { activityDateText } from './AttendanceStep';
import { OutcomeBar } from './OutcomeBar';
import { useAction } from './runner';
import { stamp, type StepProps, today, writtenText } from './stepProps';
import { StepSection } from './StepSection';
import { useStepStyles } from './styles';

/** Which sheet a button writes and opens (the action writes 通知, 签到表 and 活动记录 together). */
type SheetChoice = 'notice' | 'signin' | 'record' | 'records';

const KIND_PREFIXES: Readonly<Record<SheetChoice, string>> = {
  notice: 'notice.',
  signin: 'signin.',
  record: 'record.',
  records: 'records.',
};

export function choiceText(strings: PaneStrings, choice: ActivityChoice): string {
  return fill(choice.cancelled ? strings.materialsCancelledOption : strings.materialsActivityOption, {
    date: choice.date === null ? '' : activityDateText(strings, choice.date),
    theme: choice.theme === null ? '' : themeName(choice.theme),
    id: choice.id,
  }).trim();
}

export interface MaterialsStepProps extends StepProps {
  /** Puts the notice on the clipboard; ../diagnostics/copyText.ts by default. */
  copy?: (text: string, textarea: HTMLTextAreaElement | null) => Promise<boolean>;
}

export function MaterialsStep({ strings, access, info, refresh, now, copy = copyText }: MaterialsStepProps) {
  const styles = useStepStyles();
  const action = useAction(strings);
  const settings = info.settings;
  const branches = settings?.branches.map((b) => b.name) ?? [];
  const [chosenBranch, setBranch] = useState('');
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const reasonId = useId();
  // A branch renamed or removed in 设置 since it was chosen falls back to the first one.
  const branch = branches.includes(chosenBranch) ? chosenBranch : (branches[0] ?? '');
  const choices = (info.activities ?? []).filter((choice) => choice.branch === branch);
  const chosen = choices.find((choice) => choice.id === chosenId) ?? defaultActivity(choices, today(now()));
  const activityId = chosen?.id ?? '';

  const request = (): MaterialsRequest => {
    const clock = now();
    return {
      activityId,
      branch,
      asOf: today(clock),
      issuedOn: today(clock),
      generatedAt: stamp(clock),
    };
  };

  const showNotice = () =>
    action.run(strings.materialsNoticeStep, async () => {
      setNotice(null);
      setCopied(null);
      const materials = await access.run((port) => activityMaterials(port, request()));
      setNotice(materials.notice);
    });

  const writeSheet = (which: SheetChoice, label: string) =>
    action.run(fill(strings.materialsSheetStep, { sheet: label }), async () => {
      const base = request();
      const month = Number(activityId.slice(5, 7));
      const wanted: MaterialsRequest =
        which === 'records'
          ? { ...base, recordsOfMonth: { year: Number(activityId.slice(0, 4)), month } }
          : base;
      const { report } = await access.run((port) => writeActivitySheets(port, wanted));
      await refresh();
      const prefix = KIND_PREFIXES[which];
      const sheet = report.sheets.find((written) => written.kind.startsWith(prefix))?.name ?? label;
      const select = access.select;
      if (select !== undefined) await select(sheet, 'A1');
      action.setOutcome({
        // A note means something was left for the user to do by hand (print setup, page breaks).
        intent: report.notices.length > 0 ? 'warning' : 'success',
        title: strings.doneTitle,
        body: `${fill(select !== undefined ? strings.materialsOpened : strings.materialsWrittenFile, { sheet })}${writtenText(strings, report)}`,
        lines: report.notices,
      });
    });

  const reason =
    settings === null ? strings.needsSetup : chosen === null ? strings.materialsNoActivities : null;
  // One reason for the four buttons, said once under them (see ./parts/ActionButton.tsx).
  const buttons: Array<[SheetChoice | 'show', string, () => void]> = [
    ['show', strings.materialsNotice, () => void showNotice()],
    ...(
      [
        ['signin', strings.materialsSignIn],
        ['record', strings.materialsRecord],
        ['records', strings.materialsMonthRecords],
      ] as Array<[SheetChoice, string]>
    ).map(([which, label]): [SheetChoice, string, () => void] => [
      which,
      label,
      () => void writeSheet(which, label),
    ]),
  ];

  return (
    <StepSection heading={strings.materialsHeading}>
      <Caption1 as="p" className={styles.muted}>
        {strings.materialsIntro}
      </Caption1>
      <div className={styles.row}>
        <Field label={strings.materialsBranch} className={styles.grow}>
          <Select
            className={styles.shrinkingSelect}
            value={branch}
            onChange={(_, data) => {
              setBranch(data.value);
              setChosenId(null);
              setNotice(null);
            }}
          >
            {branches.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={strings.materialsActivity} className={styles.grow}>
          <Select
            className={styles.shrinkingSelect}
            value={activityId}
            onChange={(_, data) => {
              setChosenId(data.value);
              setNotice(null);
            }}
          >
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choiceText(strings, choice)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.buttons}>
        {buttons.map(([key, label, onClick]) => (
          <Button
            key={key}
            appearance={key === 'show' ? 'primary' : undefined}
            disabled={action.busy && reason === null}
            disabledFocusable={reason !== null}
            aria-describedby={reason === null ? undefined : reasonId}
            onClick={reason !== null || action.busy ? undefined : onClick}
          >
            {label}
          </Button>
        ))}
      </div>
      {reason !== null && (
        <Caption1 as="p" id={reasonId} className={styles.muted}>
          {reason}
        </Caption1>
      )}
      <OutcomeBar outcome={action.outcome} strings={strings} />
      {notice !== null && (
        <>
          <Textarea
            ref={textarea}
            aria-label={strings.materialsNoticeLabel}
            value={notice}
            readOnly
            resize="vertical"
            rows={12}
          />
          <div className={styles.buttons}>
            <Button onClick={() => void copy(notice, textarea.current).then(setCopied)}>
              {strings.materialsCopy}
            </Button>
            <Button
              disabled={action.busy}
              onClick={action.busy ? undefined : () => void writeSheet('notice', strings.materialsNotice)}
            >
              {strings.materialsPrintNotice}
            </Button>
          </div>
          <Body1 as="p" role="status" className={styles.text}>
            {copied === null ? '' : copied ? strings.materialsCopied : strings.materialsCopyFailed}
          </Body1>
        </>
      )}
    </StepSection>
  );
}
