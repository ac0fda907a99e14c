/**
 * `party-day summary --in workbook.xlsx (--month 2027-03 | --year 2027) [--branch 名称] [--json]`:
 * the figures the summary sheets show, read from a generated workbook (never changed).
 */
import type { Command } from 'commander';
import { format } from 'date-fns';
import { type SummaryRequest, type SummaryResult, computeSummaries } from '../../app/summaries';
import { type CalendarDate, monthKey, parseIsoDate, yearOf } from '../../domain/date';
import type { LeaderParticipation } from '../../domain/leaders';
import type { ActivityFigures } from '../../domain/ledger';
import { branchMonthKey, emptyMakeUpCount, type MakeUpCount, type MakeUpCounts } from '../../domain/makeUp';
import type { MemberYear } from '../../domain/summaries';
import { type RatedTally, nothingRecorded } from '../../domain/tally';
import { themeName } from '../../domain/themes';
import type { DomainWarning } from '../../domain/warning';
import { openWorkbookPath } from '../../file/nodeFiles';
import { createFilePort } from '../../file/port';
import { formatRate } from '../../strings/attendance';
import { MATERIALS_CLI } from '../../strings/materials';
import { SUMMARY_CLI as T } from '../../strings/summary';
import { runActivitySummary } from './activity';
import { problemsText, requireInput, withSummaryErrors } from './workbookInput';

export { problemsText, requireInput, withSummaryErrors } from './workbookInput';
import { CliUsageError } from '../errors';
import type { CliIo } from '../io';
import { formatTable } from '../table';

export interface SummaryOptions {
  in?: string;
  month?: string;
  year?: string;
  branch?: string;
  asOf?: string;
  json?: boolean;
}

/** The period and the rest of the request from the options; the clock gives today's date and time. */
export function summaryRequest(options: SummaryOptions, now: Date = new Date()): SummaryRequest {
  if (options.month !== undefined && options.year !== undefined) throw new CliUsageError(T.bothPeriods);
  let period: SummaryRequest['period'];
  if (options.month !== undefined) {
    const match = /^(\d{4})-(\d{1,2})$/.exec(options.month.trim());
    const month = match ? Number(match[2]) : 0;
    if (!match || month < 1 || month > 12) throw new CliUsageError(T.badMonth(options.month));
    period = { kind: 'month', year: Number(match[1]), month };
  } else if (options.year !== undefined) {
    if (!/^\d{4}$/.test(options.year.trim())) throw new CliUsageError(T.badYear(options.year));
    period = { kind: 'year', year: Number(options.year) };
  } else {
    throw new CliUsageError(T.needPeriod);
  }
  let asOf: CalendarDate | null = parseIsoDate(format(now, 'yyyy-MM-dd'));
  if (options.asOf !== undefined) {
    asOf = parseIsoDate(options.asOf.trim());
    if (asOf === null) throw new CliUsageError(T.badAsOf(options.asOf));
  }
  if (asOf === null) throw new Error('today is not a calendar date');
  const branch = options.branch?.trim();
  return {
    period,
    asOf,
    generatedAt: format(now, 'yyyy-MM-dd HH:mm'),
    ...(branch ? { branch } : {}),
  };
}

function rate(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10000) / 10000;
}

interface ActivityRow {
  id: string;
  date: CalendarDate;
  theme: string;
  figures: ActivityFigures;
}

/** Each branch's activities of the period with their figures, in ledger order. */
function activityRows(result: SummaryResult, year: number): ActivityRow[][] {
  if (result.monthly !== null) {
    return result.monthly.branches.map((branch) =>
      branch.lines.map((line) => ({
        id: line.activityId,
        date: line.date,
        theme: line.themeName,
        figures: line.figures,
      })),
    );
  }
  return result.ledger.branches.map((branch) =>
    branch.activities.flatMap((activity, column) =>
      yearOf(activity.date) === year
        ? [
            {
              id: activity.id,
              date: activity.date,
              theme: themeName(activity.theme),
              figures: branch.figures[column],
            },
          ]
        : [],
    ),
  );
}

function periodKey(period: SummaryRequest['period']): string {
  return period.kind === 'month'
    ? `${period.year}-${String(period.month).padStart(2, '0')}`
    : String(period.year);
}

/** The member's tally of the period: the month's, or the year's. */
function memberTally(member: MemberYear, period: SummaryRequest['period']): RatedTally {
  return period.kind === 'month' ? member.months[period.month - 1] : member.year;
}

/** 领导干部带头: the figures of the summary sheets' line (应到, 实到, 出勤率), null without leaders. */
function leadersJson(leaders: LeaderParticipation | undefined): unknown {
  if (leaders === undefined) return null;
  const t = leaders.totals;
  return {
    count: leaders.leaders,
    due: t.due,
    present: t.attended,
    unrecorded: t.unrecorded,
    rate: rate(t.rate),
  };
}

/** The branch's leaders for the period: the month's (月度汇总's line) or the year's (年度汇总's row). */
function periodLeaders(result: SummaryResult, branch: string): LeaderParticipation | undefined {
  if (result.monthly !== null) return result.monthly.branches.find((b) => b.branch === branch)?.leaders;
  return result.annual.branches.find((b) => b.branch === branch)?.leaders;
}

function makeUpJson(count: MakeUpCount): MakeUpCount {
  return { due: count.due, done: count.done, outstanding: count.outstanding, overdue: count.overdue };
}

/**
 * The 补学 of the branch's activities in the period, as counted for the summaries (meta.makeUp): the
 * month's is the monthly branch page's 补学 line; the year's, its twelve months together.
 */
function periodMakeUp(counts: MakeUpCounts, branch: string, period: SummaryRequest['period']): MakeUpCount {
  const months = period.kind === 'month' ? [period.month] : Array.from({ length: 12 }, (_, i) => i + 1);
  const total = emptyMakeUpCount();
  for (const month of months) {
    const count = counts.byBranchMonth.get(branchMonthKey(branch, monthKey(period.year, month)));
    if (count === undefined) continue;
    total.due += count.due;
    total.done += count.done;
    total.outstanding += count.outstanding;
    total.overdue += count.overdue;
  }
  return total;
}

/** The JSON of the command: one object per branch with activities, members and warnings. */
export function summaryJson(result: SummaryResult, request: SummaryRequest): unknown {
  const { period } = request;
  const rows = activityRows(result, period.year);
  const makeUp = result.meta.makeUp;
  return {
    period: periodKey(period),
    asOf: request.asOf,
    threshold: result.settings.threshold,
    branches: result.annual.branches.map((branch, i) => ({
      branch: branch.branch,
      activities: rows[i].map(({ id, date, theme, figures: f }) => ({
        id,
        date,
        theme,
        held: f.held,
        due: f.due,
        present: f.attended,
        late: f.late,
        leftEarly: f.leftEarly,
        leave: f.leave,
        absent: f.absent,
        unrecorded: f.unrecorded,
        invalid: f.invalid,
        invitees: f.invitees,
        rate: rate(f.rate),
        met: f.met,
        recording: f.recording,
      })),
      members: branch.members
        .filter((member) => member.counted)
        .map((member) => {
          const tally = memberTally(member, period);
          return {
            id: member.memberId,
            name: member.name,
            // Namesakes of the branch: the name as the sheets show it, telling them apart.
            ...(member.label === member.name ? {} : { label: member.label }),
            due: tally.due,
            attended: tally.attended,
            leave: tally.leave,
            absent: tally.absent,
            rate: rate(tally.rate),
            // The year's 补学 of the member (年度汇总's 备注 '补学1/2'); the sheets give none by month.
            ...(period.kind === 'year'
              ? {
                  makeUp:
                    makeUp === undefined
                      ? null
                      : makeUpJson(makeUp.byMember.get(member.memberId) ?? emptyMakeUpCount()),
                }
              : {}),
          };
        }),
      leaders: leadersJson(periodLeaders(result, branch.branch)),
      makeUp: makeUp === undefined ? null : periodMakeUp(makeUp, branch.branch, period),
      warnings: warningsOf(result, branch.branch).map((warning) => ({
        code: warning.code,
        message: warning.message,
      })),
    })),
  };
}

function warningsOf(result: SummaryResult, branch: string): DomainWarning[] {
  return result.warnings.filter((warning) => warning.branch === undefined || warning.branch === branch);
}

/** A rate, 未登记 when nothing behind it is recorded yet (never 0%), — when nobody was due. */
function percent(tally: Pick<RatedTally, 'rate' | 'due' | 'pending'>): string {
  if (tally.rate !== null) return formatRate(tally.rate);
  return nothingRecorded(tally) ? T.unrecorded : '—';
}

function counted(f: ActivityFigures, value: number): string {
  return f.held && f.recording !== 'none' ? String(value) : '';
}

/** 达标: 是 / 否, or why not yet — as the printed summary says it. */
function metText(f: ActivityFigures): string {
  if (!f.held) return T.notHeld;
  if (f.met !== null) return f.met ? T.met : T.notMet;
  if (f.due === 0) return '—';
  if (f.recording === 'none') return T.unrecorded;
  return f.unrecorded > 0 ? T.undecidedBlank : T.undecidedInvalid;
}

/** The same figures as readable Chinese tables, one section per branch. */
export function summaryText(result: SummaryResult, request: SummaryRequest): string {
  const { period } = request;
  const rows = activityRows(result, period.year);
  const lines: string[] = [
    period.kind === 'month' ? T.periodMonth(period.year, period.month) : T.periodYear(period.year),
  ];
  result.annual.branches.forEach((branch, i) => {
    lines.push('', T.branchLine(branch.branch), T.activitiesTitle);
    lines.push(
      formatTable(
        T.activityHeaders,
        rows[i].map(({ date, theme, figures: f }) => [
          date,
          theme,
          String(f.due),
          // Nothing recorded: no 实到 or 缺席 to show, only 未登记.
          counted(f, f.attended),
          counted(f, f.late),
          counted(f, f.leftEarly),
          counted(f, f.leave),
          counted(f, f.absent),
          f.held ? String(f.unrecorded) : '',
          f.held ? percent(f) : '—',
          metText(f),
        ]),
      ),
    );
    lines.push(T.membersTitle);
    lines.push(
      formatTable(
        T.memberHeaders,
        branch.members
          .filter((member) => member.counted)
          .map((member) => {
            const tally = memberTally(member, period);
            return [
              member.memberId,
              member.label,
              String(tally.due),
              String(tally.attended),
              String(tally.leave),
              String(tally.absent),
              percent(tally),
            ];
          }),
      ),
    );
    const warnings = warningsOf(result, branch.branch);
    lines.push(
      T.warningsTitle,
      ...(warnings.length > 0 ? warnings.map((w) => `- ${w.message}`) : [T.noWarnings]),
    );
  });
  return `${lines.join('\n')}\n`;
}

export async function runSummary(
  options: SummaryOptions & { activity?: string },
  io: CliIo,
  now: Date = new Date(),
): Promise<void> {
  if (options.activity !== undefined) return runActivitySummary(options, io, now);
  const input = requireInput(options.in);
  const request = summaryRequest(options, now);
  const result = await withSummaryErrors(async () =>
    computeSummaries(createFilePort(await openWorkbookPath(input)), request),
  );
  io.stderr(problemsText(result));
  io.stdout(
    options.json
      ? `${JSON.stringify(summaryJson(result, request), null, 2)}\n`
      : summaryText(result, request),
  );
}

export function registerSummaryCommand(program: Command, io: CliIo): void {
  program
    .command('summary')
    .description(T.summaryDescription)
    .usage(T.summaryUsage)
    .option('--in <file>', T.inOption)
    .option('--month <month>', T.monthOption)
    .option('--year <year>', T.yearOption)
    .option('--branch <name>', T.branchOption)
    .option('--activity <id>', MATERIALS_CLI.summaryActivityOption)
    .option('--as-of <date>', T.asOfOption)
    .option('--json', T.jsonOption)
    .action((options: SummaryOptions) => runSummary(options, io));
}
