import { useState } from 'react';
import { Field, Select } from '@fluentui/react-components';
import { type SummaryPeriod, type SummaryResult, writeSummarySheets } from '../../app/summaries';
import type { BranchPeriod } from '../../domain/summaries';
import { nothingRecorded } from '../../domain/tally';
import type { PaneStrings } from '../../strings';
import { formatRate } from '../../strings/attendance';
import { fill } from '../format';
import { OutcomeBar } from './OutcomeBar';
import { ActionButton } from './parts/ActionButton';
import { useAction } from './runner';
import { stamp, type StepProps, today, writtenText } from './stepProps';
import { StepSection } from './StepSection';
import { useStepStyles } from './styles';

const ALL = '';

/** 月度汇总 / 年度汇总: period and branch, then the sheet to print with Ctrl+P. */
/** One line per branch: the figures the sheet prints, 未登记 where nothing is recorded (never 0%). */
export function branchLines(strings: PaneStrings, summary: SummaryResult): string[] {
  const threshold = formatRate(summary.settings.threshold);
  const periods: Array<{ branch: string; period: BranchPeriod }> =
    summary.monthly !== null
      ? summary.monthly.branches.map((b) => ({ branch: b.branch, period: b }))
      : summary.annual.branches.map((b) => ({ branch: b.branch, period: b.year }));
  return periods.map(({ branch, period }) => {
    const t = period.totals;
    const rate =
      t.rate !== null
        ? formatRate(t.rate)
        : nothingRecorded(t)
          ? strings.summaryUnrecorded
          : strings.summaryNoRate;
    const notes = [
      period.unrecordedActivities > 0
        ? fill(strings.summaryUnrecordedNote, { n: period.unrecordedActivities })
        : '',
      period.partialActivities > 0 ? fill(strings.summaryPartialNote, { n: period.partialActivities }) : '',
      period.belowThreshold > 0
        ? fill(strings.summaryBelowNote, { n: period.belowThreshold, threshold })
        : '',
    ].join('');
    return fill(strings.summaryBranchLine, { branch, held: period.held, rate, notes });
  });
}

export function SummaryStep({ strings, access, info, refresh, now }: StepProps) {
  const styles = useStepStyles();
  const action = useAction(strings);
  const [kind, setKind] = useState<'month' | 'year'>('month');
  const [month, setMonth] = useState(() => now().getMonth() + 1);
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
      const clock = now();
      const { report, summary } = await access.run((port) =>
        writeSummarySheets(port, {
          period,
          branch: branch === ALL ? undefined : branch,
          asOf: today(clock),
          generatedAt: stamp(clock),
        }),
      );
      await refresh();
      action.setOutcome({
        // A note means something was left for the user to do by hand (print setup, page breaks).
        intent: report.notices.length > 0 ? 'warning' : 'success',
        title: strings.doneTitle,
        body: `${fill(strings.summaryDone, { sheet: report.sheets.map((s) => s.name).join('、') })}${writtenText(strings, report)}`,
        lines: [...branchLines(strings, summary), ...report.notices],
      });
    });

  return (
    <StepSection heading={strings.summaryHeading}>
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
        <ActionButton
          appearance="primary"
          busy={action.busy}
          reason={settings === null ? strings.needsSetup : null}
          onClick={() => void run()}
        >
          {strings.summaryRun}
        </ActionButton>
      </div>
      <OutcomeBar outcome={action.outcome} strings={strings} />
    </StepSection>
  );
}
