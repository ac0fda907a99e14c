import { useState } from 'react';
import { Body1 } from '@fluentui/react-components';
import { generateWorkbook } from '../../app/generate';
import { previewSchedule, type SchedulePreview } from '../../app/schedulePreview';
import { fill } from '../format';
import { OutcomeBar } from './OutcomeBar';
import { ActionButton } from './parts/ActionButton';
import { DateText } from './parts/DateText';
import { FoldedList } from './parts/FoldedList';
import { useAction } from './runner';
import { type StepProps, writtenText } from './stepProps';
import { StepSection } from './StepSection';
import { useStepStyles } from './styles';

/** 生成活动安排: the year with every shifted date and its reason, then write. */
export function ScheduleStep({ strings, access, info, refresh }: StepProps) {
  const styles = useStepStyles();
  const action = useAction(strings);
  const [preview, setPreview] = useState<SchedulePreview | null>(null);

  const runPreview = () =>
    action.run(strings.scheduleStepPlan, async () => {
      const planned = await access.run((port) => previewSchedule(port, info.settings ?? undefined));
      setPreview(planned);
      action.setOutcome({
        intent: 'info',
        title: strings.schedulePreviewTitle,
        body: fill(strings.scheduleSummary, {
          year: planned.year,
          activities: planned.activities.length,
          branches: planned.branches.length,
          shifted: planned.shifted.length,
        }),
        lines: [],
      });
    });

  const runWrite = () =>
    action.run(strings.setupStepWrite, async () => {
      const result = await access.run((port) => generateWorkbook(port, { requireUnit: true }));
      setPreview(null);
      await refresh();
      const lines = [...result.report.notices, ...result.problems.map((problem) => problem.message)];
      if (result.cancelledCount > 0)
        lines.push(fill(strings.scheduleCancelled, { n: result.cancelledCount }));
      action.setOutcome({
        intent: lines.length > 0 ? 'warning' : 'success',
        title: strings.doneTitle,
        body: `${fill(strings.scheduleDone, { activities: result.activityCount })}${writtenText(strings, result.report)}`,
        lines,
      });
    });

  const noSettings = info.settings === null ? strings.needsSetup : null;
  return (
    <StepSection heading={strings.scheduleHeading}>
      <div className={styles.buttons}>
        <ActionButton busy={action.busy} reason={noSettings} onClick={() => void runPreview()}>
          {strings.schedulePreview}
        </ActionButton>
        <ActionButton
          appearance="primary"
          busy={action.busy}
          reason={noSettings ?? (preview === null ? strings.scheduleNeedsPreview : null)}
          onClick={() => void runWrite()}
        >
          {strings.scheduleRun}
        </ActionButton>
      </div>
      <OutcomeBar outcome={action.outcome} strings={strings} />
      {preview !== null && (
        <>
          {preview.shifted.length === 0 ? (
            <Body1 as="p" className={styles.muted}>
              {strings.scheduleNoShift}
            </Body1>
          ) : (
            <FoldedList
              strings={strings}
              className={styles.list}
              label={strings.scheduleHeading}
              items={preview.shifted.map((activity) => (
                <DateText
                  key={`${activity.branch}-${activity.id}`}
                  text={`${activity.branch}：${activity.reason}`}
                />
              ))}
            />
          )}
          {preview.provisional && (
            <Body1 as="p" className={styles.muted}>
              {strings.scheduleProvisional}
            </Body1>
          )}
        </>
      )}
      <Body1 as="p" className={styles.muted}>
        {strings.attendanceHint}
      </Body1>
    </StepSection>
  );
}
