import { useState } from 'react';
import { Body1, Button, Field, Select } from '@fluentui/react-components';
import { type SummaryPeriod, writeSummarySheets } from '../../app/summaries';
import { fill } from '../format';
import { OutcomeBar } from './OutcomeBar';
import { useAction } from './runner';
import { stamp, type StepProps, today, writtenText } from './stepProps';
import { StepSection } from './StepSection';
import { useStepStyles } from './styles';

const ALL = '';

/** 月度汇总 / 年度汇总: period and branch, then the sheet to print with Ctrl+P. */
export function SummaryStep({ strings, access, info, refresh }: StepProps) {
  const styles = useStepStyles();
  const action = useAction(strings);
  const [kind, setKind] = useState<'month' | 'year'>('month');
  const [month, setMonth] = useState(() => new Date().getMonth() + 1);
  const [chosenBranch, setBranch] = useState(ALL);
  const settings = info.settings;
  const branches = settings?.branches.map((b) => b.name) ?? [];
  // A branch renamed or removed in 设置 since it was chosen: a native <select> would show its first
  // option (全部党支部) while the summary still ran for the old name, so fall back to that option.
  const branch = branches.includes(chosenBranch) ? chosenBranch : ALL;
  const kinds: Array<['month' | 'year', string]> = [
    ['month', strings.summaryKindMonth],
    ['year', strings.summaryKindYear],
  ];

  const run = () =>
    action.run(strings.summaryStep, async () => {
      if (settings === null) return;
      const period: SummaryPeriod =
        kind === 'month' ? { kind, year: settings.year, month } : { kind, year: settings.year };
      const { report } = await access.run((port) =>
        writeSummarySheets(port, {
          period,
          branch: branch === ALL ? undefined : branch,
          asOf: today(),
          generatedAt: stamp(),
        }),
      );
      await refresh();
      action.setOutcome({
        // A note means something was left for the user to do by hand (print setup, page breaks).
        intent: report.notices.length > 0 ? 'warning' : 'success',
        title: strings.doneTitle,
        body: `${fill(strings.summaryDone, { sheet: report.sheets.map((s) => s.name).join('、') })}${writtenText(strings, report)}`,
        lines: report.notices,
      });
    });

  return (
    <StepSection heading={strings.summaryHeading}>
      {settings === null && (
        <Body1 as="p" className={styles.muted}>
          {strings.needsSetup}
        </Body1>
      )}
      <div className={styles.row}>
        <Field label={strings.summaryKind} className={styles.grow}>
          <Select value={kind} onChange={(_, data) => setKind(data.value === 'year' ? 'year' : 'month')}>
            {kinds.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </Select>
        </Field>
        {kind === 'month' && (
          <Field label={strings.summaryMonth} className={styles.grow}>
            <Select value={String(month)} onChange={(_, data) => setMonth(Number(data.value))}>
              {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
                <option key={m} value={String(m)}>
                  {fill(strings.summaryMonthOption, { month: m })}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <Field label={strings.summaryBranch}>
        <Select value={branch} onChange={(_, data) => setBranch(data.value)}>
          <option value={ALL}>{strings.summaryAllBranches}</option>
          {branches.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={action.busy || settings === null} onClick={() => void run()}>
          {strings.summaryRun}
        </Button>
      </div>
      <OutcomeBar outcome={action.outcome} />
    </StepSection>
  );
}
