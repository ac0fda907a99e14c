import { ProgressBar, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { AttendanceStep } from './AttendanceStep';
import { CheckStep } from './CheckStep';
import { HolidaysStep } from './HolidaysStep';
import { ImportStep } from './ImportStep';
import { RollupStep } from './RollupStep';
import { useRunnerStep } from './runner';
import { ScheduleStep } from './ScheduleStep';
import { SetupStep } from './SetupStep';
import type { StepProps } from './stepProps';
import { SummaryStep } from './SummaryStep';

const useStyles = makeStyles({
  steps: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  status: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** The current action's step, announced to screen readers and shown above the steps. */
export function RunnerStatus({ label }: { label: string }) {
  const styles = useStyles();
  const step = useRunnerStep();
  return (
    <div role="status" aria-live="polite">
      {step !== null && (
        <div className={styles.status}>
          <Spinner size="tiny" label={`${label}：${step}`} />
          <ProgressBar aria-label={label} />
        </div>
      )}
    </div>
  );
}

/** The secretary's steps in order, on one workbook (file mode's or the live one). */
export function Workflow(props: StepProps) {
  const styles = useStyles();
  return (
    <div className={styles.steps}>
      <SetupStep {...props} />
      <ImportStep {...props} />
      <HolidaysStep {...props} />
      <ScheduleStep {...props} />
      <AttendanceStep {...props} />
      <SummaryStep {...props} />
      <CheckStep {...props} />
      <RollupStep {...props} />
    </div>
  );
}
