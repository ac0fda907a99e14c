import { useId, useState } from 'react';
import { Body1, Button, Dropdown, Field, Option } from '@fluentui/react-components';
import { type SummaryPeriod, writeSummarySheets } from '../../app/summaries';
import { fill } from '../format';
import { OutcomeBar } from './OutcomeBar';
import { useAction } from './runner';
import { stamp, type StepProps, today, writtenText } from './stepProps';
import { useStepStyles } from './styles';

const ALL = '';

/** 月度汇总 / 年度汇总: period and branch, then the sheet to print with Ctrl+P. */
export function SummaryStep({ strings, access, info, refresh }: StepProps) {
  const styles = useStepStyles();
  const id = useId();
  const action = useAction(strings);
  const [kind, setKind] = useState<'month' | 'year'>('month');
  const [month, setMonth] = useState(() => new Date().getMonth() + 1);
  const [branch, setBranch] = useState(ALL);
  const settings = info.settings;
  const branches = settings?.branches.map((b) => b.name) ?? [];
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
    <section className={styles.section} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className={styles.heading}>
        {strings.summaryHeading}
      </h2>
      {settings === null && (
        <Body1 as="p" className={styles.muted}>
          {strings.needsSetup}
        </Body1>
      )}
      <div className={styles.row}>
        <Field label={strings.summaryKind} className={styles.grow}>
          <Dropdown
            value={kinds.find(([value]) => value === kind)?.[1] ?? ''}
            selectedOptions={[kind]}
            onOptionSelect={(_, data) => setKind(data.optionValue === 'year' ? 'year' : 'month')}
          >
            {kinds.map(([value, text]) => (
              <Option key={value} value={value}>
                {text}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {kind === 'month' && (
          <Field label={strings.summaryMonth} className={styles.grow}>
            <Dropdown
              value={fill(strings.summaryMonthOption, { month })}
              selectedOptions={[String(month)]}
              onOptionSelect={(_, data) => setMonth(Number(data.optionValue))}
            >
              {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
                <Option key={m} value={String(m)}>
                  {fill(strings.summaryMonthOption, { month: m })}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
      </div>
      <Field label={strings.summaryBranch}>
        <Dropdown
          value={branch === ALL ? strings.summaryAllBranches : branch}
          selectedOptions={[branch]}
          onOptionSelect={(_, data) => setBranch(data.optionValue ?? ALL)}
        >
          <Option value={ALL}>{strings.summaryAllBranches}</Option>
          {branches.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={action.busy || settings === null} onClick={() => void run()}>
          {strings.summaryRun}
        </Button>
      </div>
      <OutcomeBar outcome={action.outcome} />
    </section>
  );
}
