import { useState } from 'react';
import { Body1, Button } from '@fluentui/react-components';
import { generateWorkbook } from '../../app/generate';
import { previewSchedule, type SchedulePreview } from '../../app/schedulePreview';
import { fill } from '../format';
import { OutcomeBar } from './OutcomeBar';
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
      setPreview(await access.run((port) => previewSchedule(port, info.settings ?? undefined)));
    });

  const runWrite = () =>
    action.run(strings.setupStepWrite, async () => {
      const result = await access.run((port) => generateWorkbook(port, {}));
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

  return (
    <StepSection heading={strings.scheduleHeading}>
      {info.settings === null && (
        <Body1 as="p" className={styles.muted}>
          {strings.needsSetup}
        </Body1>
      )}
      <div className={styles.buttons}>
        <Button disabled={action.busy || info.settings === null} onClick={() => void runPreview()}>
          {strings.schedulePreview}
        </Button>
        <Button
          appearance="primary"
          disabled={action.busy || info.settings === null || preview === null}
          onClick={() => void runWrite()}
        >
          {strings.scheduleRun}
        </Button>
      </div>
      <OutcomeBar outcome={action.outcome} />
      {preview !== null && (
        <>
          <Body1 as="p" className={styles.text}>
            {fill(strings.scheduleSummary, {
              year: preview.year,
              activities: preview.activities.length,
              branches: preview.branches.length,
              shifted: preview.shifted.length,
            })}
          </Body1>
          {preview.shifted.length === 0 ? (
            <Body1 as="p" className={styles.muted}>
              {strings.scheduleNoShift}
            </Body1>
          ) : (
            <ul className={styles.list} aria-label={strings.scheduleHeading}>
              {preview.shifted.map((activity) => (
                <li key={`${activity.branch}-${activity.id}`}>
                  {activity.branch}：{activity.reason}
                </li>
              ))}
            </ul>
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
