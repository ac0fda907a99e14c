/**
 * Warnings from the attendance ledger, for the branch and the 党总支 to act on. Messages are in
 * src/strings/attendance.ts; each names the branch, member or activity and says what to do.
 *
 * Runs of unexcused absence (×): consecutive due activities of a member, in date order, held by
 * asOf. Attendance (√ 迟 早) and approved leave (事 病) end a run. An activity where the member is
 * not due (exempt, not on the roster) neither ends nor extends it. A held activity left unrecorded,
 * or with an invalid entry, also ends it: the run reports only what the records show, since it
 * prompts a serious conversation; the unrecorded warning asks for the missing entry, and once it is
 * entered as × the run joins up.
 */
import { type CalendarDate, monthKeyOf } from './date';
import { type AttendanceIssue, type BranchLedger, type Ledger, monthIndexOf } from './ledger';
import { memberLabels } from './memberLabels';
import { offRosterWarnings } from './offRoster';
import { themeName } from './themes';
import { unexcusedLimitWarnings } from './unexcusedCount';
import type { DomainWarning } from './warning';
import { attendanceMessages, warningMessages } from '../strings/attendance';

/** All attendance warnings, after the schedule's own (passed through, never duplicated). */
export function collectWarnings(
  ledger: Ledger,
  scheduleWarnings: readonly DomainWarning[] = [],
): DomainWarning[] {
  return [
    ...emptyBranchWarnings(ledger),
    ...scheduleWarnings,
    ...provisionalWarnings(ledger, scheduleWarnings),
    ...monthShortWarnings(ledger, scheduleWarnings),
    ...belowThresholdWarnings(ledger),
    ...unrecordedWarnings(ledger),
    ...issueWarnings(ledger.issues),
    ...offRosterWarnings(ledger),
    ...absenceRunWarnings(absenceRuns(ledger)),
    ...unexcusedLimitWarnings(ledger),
  ];
}

/** Branches with nobody on their roster: every activity of theirs would look recorded, with no one due. */
export function emptyBranchWarnings(ledger: Ledger): DomainWarning[] {
  return ledger.branches
    .filter((branch) => branch.rows.length === 0)
    .map((branch) => ({
      code: 'empty-branch',
      message: warningMessages.emptyBranch(branch.branch),
      branch: branch.branch,
    }));
}

/**
 * Held activities whose 到会率 is under the threshold. An activity with nothing recorded yet is left
 * to the unrecorded warning: its 0% says nothing about attendance.
 */
export function belowThresholdWarnings(ledger: Ledger): DomainWarning[] {
  const warnings: DomainWarning[] = [];
  for (const branch of ledger.branches) {
    branch.activities.forEach((activity, column) => {
      const figures = branch.figures[column];
      // met is false only for held activities with a rate.
      if (figures.met !== false || figures.rate === null) return;
      warnings.push({
        code: 'below-threshold',
        message: warningMessages.belowThreshold(
          branch.branch,
          activity.date,
          themeName(activity.theme),
          { ...figures, rate: figures.rate },
          ledger.settings.threshold,
        ),
        branch: branch.branch,
        activityId: activity.id,
        month: monthKeyOf(activity.date),
        date: activity.date,
      });
    });
  }
  return warnings;
}

/**
 * Months of the ledger's years with fewer activities than required, for months the schedule has
 * not already flagged for that branch.
 */
export function monthShortWarnings(
  ledger: Ledger,
  scheduleWarnings: readonly DomainWarning[] = [],
): DomainWarning[] {
  const flagged = new Set(
    scheduleWarnings
      .filter((w) => w.code === 'month-short')
      .map((w) => `${w.branch ?? ''}\u0000${w.month ?? ''}`),
  );
  const required = ledger.settings.requiredPerMonth;
  const warnings: DomainWarning[] = [];
  for (const branch of ledger.branches) {
    const counts = new Map<number, number>();
    for (const index of branch.monthIndex) counts.set(index, (counts.get(index) ?? 0) + 1);
    for (const year of ledger.years) {
      for (let month = 1; month <= 12; month += 1) {
        const count = counts.get(year * 12 + month - 1) ?? 0;
        const monthKey = `${year}-${month < 10 ? '0' : ''}${month}`;
        if (count >= required || flagged.has(`${branch.branch}\u0000${monthKey}`)) continue;
        warnings.push({
          code: 'month-short',
          message: warningMessages.monthShort(branch.branch, year, month, count, required),
          branch: branch.branch,
          month: monthKey,
        });
      }
    }
  }
  return warnings;
}

/**
 * Held activities where due members have nothing recorded: one warning per activity — "not recorded
 * yet" when nobody due has an entry, the names when some are missing.
 */
export function unrecordedWarnings(ledger: Ledger): DomainWarning[] {
  const warnings: DomainWarning[] = [];
  for (const branch of ledger.branches) {
    const labels = memberLabels(branch.rows.map((row) => row.member));
    branch.activities.forEach((activity, column) => {
      const figures = branch.figures[column];
      if (!figures.held || figures.unrecorded === 0) return;
      const theme = themeName(activity.theme);
      const message =
        figures.recording === 'none'
          ? warningMessages.nothingRecorded(branch.branch, activity.date, theme, figures.due)
          : warningMessages.unrecorded(
              branch.branch,
              activity.date,
              theme,
              branch.rows
                .filter((row) => row.outcomes[column] === 'unrecorded')
                .map((row) => labels.get(row.member.id) ?? row.member.name),
            );
      warnings.push({
        code: 'unrecorded',
        message,
        branch: branch.branch,
        activityId: activity.id,
        month: monthKeyOf(activity.date),
        date: activity.date,
      });
    });
  }
  return warnings;
}

/** Unknown codes, conflicting entries, 免 without an exemption, entries for ids not on the roster. */
export function issueWarnings(issues: readonly AttendanceIssue[]): DomainWarning[] {
  return issues.map((issue) => ({
    code: issue.kind === 'unknown-member' ? 'orphan-entry' : 'unknown-code',
    message: issueMessage(issue),
    branch: issue.branch,
    activityId: issue.activityId,
    memberId: issue.memberId,
    month: monthKeyOf(issue.date),
    date: issue.date,
  }));
}

function issueMessage(issue: AttendanceIssue): string {
  const name = issue.memberName ?? '';
  switch (issue.kind) {
    case 'unknown-code':
      return attendanceMessages.unknownCode(issue.branch, name, issue.memberId, issue.date, issue.text);
    case 'conflict':
      return attendanceMessages.conflict(issue.branch, name, issue.memberId, issue.date, issue.text);
    case 'exemption-missing':
      return attendanceMessages.exemptionMissing(issue.branch, name, issue.memberId, issue.date);
    case 'unknown-member':
      return attendanceMessages.unknownMember(issue.branch, issue.memberId, issue.date, issue.text);
  }
}

/** One held activity, as a run's end. */
export interface RunEnd {
  activityId: string;
  date: CalendarDate;
}

/** Consecutive unexcused absences of one member. */
export interface AbsenceRun {
  branch: string;
  memberId: string;
  name: string;
  first: RunEnd;
  last: RunEnd;
  count: number;
  /** Calendar months in which the run has absences. */
  months: number;
  /** 'six-months' and 'three-months' are prompts for the branch to talk with the member. */
  level: 'six-months' | 'three-months' | null;
}

/** Every run of at least `absenceRunMin` unexcused absences, by branch, then roster order, then date. */
export function absenceRuns(ledger: Ledger): AbsenceRun[] {
  const runs: AbsenceRun[] = [];
  for (const branch of ledger.branches) {
    for (const row of branch.rows) {
      let start = -1;
      let last = -1;
      let count = 0;
      let months = 0;
      const close = () => {
        if (count >= ledger.settings.absenceRunMin)
          runs.push(makeRun(branch, row.member.id, row.member.name, start, last, count, months));
        count = 0;
        months = 0;
      };
      for (
        let column = 0;
        column < branch.activities.length && branch.activities[column].date <= ledger.asOf;
        column += 1
      ) {
        const outcome = row.outcomes[column];
        if (outcome === 'not-due') continue;
        if (outcome !== 'absent') {
          close();
          continue;
        }
        if (count === 0) start = column;
        if (count === 0 || branch.monthIndex[column] !== branch.monthIndex[last]) months += 1;
        last = column;
        count += 1;
      }
      close();
    }
  }
  return runs;
}

function makeRun(
  branch: BranchLedger,
  memberId: string,
  name: string,
  start: number,
  last: number,
  count: number,
  months: number,
): AbsenceRun {
  const end = (column: number): RunEnd => ({
    activityId: branch.activities[column].id,
    date: branch.activities[column].date,
  });
  return {
    branch: branch.branch,
    memberId,
    name,
    first: end(start),
    last: end(last),
    count,
    months,
    level: months >= 6 ? 'six-months' : months >= 3 ? 'three-months' : null,
  };
}

export function absenceRunWarnings(runs: readonly AbsenceRun[]): DomainWarning[] {
  return runs.map((run) => ({
    code: 'absence-run',
    message: warningMessages.absenceRun({ ...run, first: run.first.date, last: run.last.date }),
    branch: run.branch,
    memberId: run.memberId,
    activityId: run.last.activityId,
    month: monthKeyOf(run.last.date),
    date: run.last.date,
  }));
}

/**
 * Years whose activity dates rest on provisional holiday data. The schedule normally reports
 * them; this fills in only when the schedule's warnings carry none.
 */
export function provisionalWarnings(
  ledger: Ledger,
  scheduleWarnings: readonly DomainWarning[] = [],
): DomainWarning[] {
  if (scheduleWarnings.some((warning) => warning.code === 'provisional-holidays')) return [];
  const years = new Set<number>();
  for (const branch of ledger.branches) {
    for (const activity of branch.activities)
      if (activity.provisional) years.add(Math.floor(monthIndexOf(activity.date) / 12));
  }
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => ({ code: 'provisional-holidays', message: warningMessages.provisionalHolidays(year) }));
}
