import { useId, useState } from 'react';
import { Body1, Button, Caption1, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import {
  type AttendanceStatus,
  type BranchAttendanceStatus,
  type CurrentActivity,
  attendanceStatus,
} from '../../app/attendanceStatus';
import type { CalendarDate } from '../../domain/date';
import { themeName } from '../../domain/themes';
import type { PaneStrings } from '../../strings';
import { formatRate } from '../../strings/attendance';
import { fill } from '../format';
import type { WorkbookAccess } from './access';
import { DateList } from './DateList';
import { OutcomeBar } from './OutcomeBar';
import { ActionButton } from './parts/ActionButton';
import { DateText } from './parts/DateText';
import { type Action, useAction } from './runner';
import { type StepProps, today } from './stepProps';
import { StepSection } from './StepSection';
import { useStepStyles } from './styles';

const useStyles = makeStyles({
  branch: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  branchHeading: { ...typographyStyles.body1Strong, margin: 0 },
});

/** '3月13日' in Chinese, the ISO date in English. */
export function activityDateText(strings: PaneStrings, date: CalendarDate): string {
  return fill(strings.attendanceDate, {
    date,
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  });
}

interface BranchProps {
  strings: PaneStrings;
  access: WorkbookAccess;
  status: BranchAttendanceStatus;
  threshold: number;
  locate: Action;
  located: boolean;
  onLocate(): void;
}

/** Where to record the current activity: a button inside Excel, the sheet and cell in file mode. */
function CurrentActivityLine({
  strings,
  access,
  branch,
  current,
  locate,
  located,
  onLocate,
}: {
  strings: PaneStrings;
  access: WorkbookAccess;
  branch: string;
  current: CurrentActivity;
  locate: Action;
  /** The branch whose 打开 button ran the last locate action (its outcome shows there). */
  located: boolean;
  onLocate(): void;
}) {
  const styles = useStepStyles();
  const date = activityDateText(strings, current.date);
  const select = access.select;
  const heading = fill(current.held ? strings.attendanceCurrent : strings.attendanceNext, {
    date,
    theme: themeName(current.theme),
  });
  let where;
  if (current.sheet === null) {
    where = (
      <Caption1 as="p" className={styles.muted}>
        {fill(strings.attendanceNoSheet, { branch })}
      </Caption1>
    );
  } else if (current.cell === null) {
    where = (
      <Caption1 as="p" className={styles.muted}>
        {fill(strings.attendanceNoColumn, { sheet: current.sheet })}
      </Caption1>
    );
  } else if (select !== undefined) {
    const { sheet, cell } = current;
    const open = () => {
      onLocate();
      return locate.run(strings.attendanceOpenStep, async () => {
        await select(sheet, cell);
        locate.setOutcome({
          intent: 'success',
          title: strings.doneTitle,
          body: fill(strings.attendanceOpened, { sheet, cell }),
          lines: [],
        });
      });
    };
    where = (
      <>
        <div className={styles.buttons}>
          <Button disabled={locate.busy} onClick={() => void open()}>
            {fill(strings.attendanceOpen, { date })}
          </Button>
        </div>
        {located && <OutcomeBar outcome={locate.outcome} strings={strings} />}
      </>
    );
  } else {
    where = (
      <Body1 as="p" className={styles.text}>
        <DateText text={fill(strings.attendanceWhereFile, { sheet: current.sheet, cell: current.cell })} />
      </Body1>
    );
  }
  return (
    <>
      <Body1 as="p" className={styles.text}>
        <DateText text={heading} />
      </Body1>
      {where}
    </>
  );
}

function BranchStatus({ strings, access, status, threshold, locate, located, onLocate }: BranchProps) {
  const styles = useStepStyles();
  const own = useStyles();
  const id = useId();
  const dates = (state: 'pending' | 'partial') =>
    status.activities
      .filter((activity) => activity.state === state)
      .map((activity) => activityDateText(strings, activity.date));
  const pending = dates('pending');
  const partial = dates('partial');
  const below = status.belowThreshold
    .map((activity) =>
      fill(strings.attendanceBelowItem, {
        date: activityDateText(strings, activity.date),
        rate: activity.rate === null ? '' : formatRate(activity.rate),
      }),
    )
    .join('、');
  let body;
  if (status.memberCount === 0)
    // Every activity would look recorded with nobody due: say what is wrong instead.
    body = (
      <Body1 as="p" className={styles.text}>
        {strings.attendanceNoMembers}
      </Body1>
    );
  else if (status.activities.length === 0)
    body = (
      <Body1 as="p" className={styles.muted}>
        {strings.attendanceNoActivities}
      </Body1>
    );
  else
    body = (
      <>
        <Body1 as="p" className={styles.text}>
          {fill(strings.attendanceCounts, status.counts)}
        </Body1>
        {pending.length > 0 && (
          <DateList strings={strings} template={strings.attendancePendingList} dates={pending} />
        )}
        {partial.length > 0 && (
          <DateList strings={strings} template={strings.attendancePartialList} dates={partial} />
        )}
        {pending.length === 0 && partial.length === 0 && status.counts.recorded > 0 && (
          <Body1 as="p" className={styles.muted}>
            {strings.attendanceAllRecorded}
          </Body1>
        )}
        {below !== '' && (
          <Body1 as="p" className={styles.text}>
            <DateText
              text={fill(strings.attendanceBelowList, { threshold: formatRate(threshold), items: below })}
            />
          </Body1>
        )}
      </>
    );
  return (
    <section className={own.branch} aria-labelledby={`${id}-b`}>
      <h3 id={`${id}-b`} className={own.branchHeading}>
        {status.branch}
      </h3>
      {body}
      {status.current !== null && status.memberCount > 0 && (
        <CurrentActivityLine
          strings={strings}
          access={access}
          branch={status.branch}
          current={status.current}
          locate={locate}
          located={located}
          onLocate={onLocate}
        />
      )}
    </section>
  );
}

/**
 * 出勤登记: per branch, which activities are recorded, partly recorded, not recorded or still to
 * come, those under the threshold, and the current activity — opened in Excel with one click, or
 * named by sheet and cell in file mode.
 */
export function AttendanceStep({ strings, access, info, now }: StepProps) {
  const styles = useStepStyles();
  const action = useAction(strings);
  const locate = useAction(strings);
  const [status, setStatus] = useState<AttendanceStatus | null>(null);
  const [located, setLocated] = useState<string | null>(null);

  const run = () =>
    action.run(strings.attendanceStep, async () => {
      const asOf = today(now());
      const found = await access.run((port) => attendanceStatus(port, asOf));
      setStatus(found);
      const sum = (state: 'pending' | 'partial') =>
        found.branches.reduce((total, branch) => total + branch.counts[state], 0);
      action.setOutcome({
        intent: 'info',
        title: strings.attendanceOverviewTitle,
        body: fill(strings.attendanceOverview, {
          date: activityDateText(strings, asOf),
          branches: found.branches.length,
          pending: sum('pending'),
          partial: sum('partial'),
          below: found.branches.reduce((total, branch) => total + branch.belowThreshold.length, 0),
          threshold: formatRate(found.threshold),
        }),
        lines: [],
      });
    });

  return (
    <StepSection heading={strings.attendanceHeading}>
      <div className={styles.buttons}>
        <ActionButton
          busy={action.busy}
          reason={info.settings === null ? strings.needsSetup : null}
          onClick={() => void run()}
        >
          {strings.attendanceRun}
        </ActionButton>
      </div>
      <OutcomeBar outcome={action.outcome} strings={strings} />
      {status !== null &&
        status.branches.map((branch) => (
          <BranchStatus
            key={branch.branch}
            strings={strings}
            access={access}
            status={branch}
            threshold={status.threshold}
            locate={locate}
            located={located === branch.branch}
            onLocate={() => setLocated(branch.branch)}
          />
        ))}
    </StepSection>
  );
}
