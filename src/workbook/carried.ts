/**
 * What a regeneration carries over from the workbook as read (./state.ts) to the new input: the
 * re-imported roster merged with the one there (ids kept, people no longer listed kept), the extra
 * activities and chosen themes of 活动安排, and every entered detail and attendance code moved onto
 * the new schedule by (branch, activity id), gone activities kept as 已取消 — nothing entered is lost.
 */
import { type Activity, activityKey } from '../domain/activity';
import type { AttendanceEntry } from '../domain/attendance';
import type { Member } from '../domain/member';
import type { RosterField } from '../domain/roster';
import type { ExtraActivity } from '../domain/schedule';
import type { ActivityDetails } from '../domain/summaries';
import type { ThemeOverride } from '../domain/themes';
import type { OrphanActivity } from './sheets/attendance';
import { type CancelledActivity, hasDetails, type ScheduleRow } from './sheets/schedule';
import type { WorkbookState, WorkbookUserColumns } from './state';

/**
 * The member details filled from a roster's optional columns, each with the columns that give it.
 * An export from a personnel system has none of 免参加, 领导干部 or 在册起/止: what the secretary
 * typed in 党员名册 for those must not be wiped by importing it.
 */
const OPTIONAL_DETAILS: ReadonlyArray<{ key: KeptDetail; columns: readonly RosterField[] }> = [
  { key: 'gender', columns: ['gender'] },
  { key: 'joinedParty', columns: ['joinedParty'] },
  { key: 'onRosterFrom', columns: ['onRosterFrom'] },
  { key: 'onRosterTo', columns: ['onRosterTo'] },
  {
    key: 'exemption',
    columns: [
      'exempt',
      'exemptionReason',
      'exemptionApproval',
      'exemptionContact',
      'exemptionFrom',
      'exemptionTo',
    ],
  },
  { key: 'phone', columns: ['phone'] },
  { key: 'note', columns: ['note'] },
  { key: 'leader', columns: ['leader'] },
];

export type KeptDetail =
  'gender' | 'joinedParty' | 'onRosterFrom' | 'onRosterTo' | 'exemption' | 'phone' | 'note' | 'leader';

/** The details an imported roster with these columns cannot give (every one of their columns absent). */
export function detailsLacking(columns: readonly RosterField[]): KeptDetail[] {
  const present = new Set(columns);
  return OPTIONAL_DETAILS.filter((detail) => !detail.columns.some((column) => present.has(column))).map(
    (detail) => detail.key,
  );
}

/**
 * The roster after an import: imported people first (in the file's order), each keeping the id
 * they already have in the workbook — the same id, or the one person of that name in that branch —
 * then people the import no longer lists, kept as they were (their entered attendance stays). A
 * person found in the workbook keeps the details in `lacking` (the import has no column for them)
 * as 党员名册 has them; `kept` says which details that was done for.
 */
export function mergeMembers(
  existing: readonly Member[],
  imported: readonly Member[],
  lacking: readonly KeptDetail[] = [],
): { members: Member[]; missing: Member[]; kept: KeptDetail[] } {
  const byId = new Map(existing.map((member) => [member.id, member]));
  const importedIds = new Set(imported.map((member) => member.id));
  const claimed = new Set<string>();
  const kept = new Set<KeptDetail>();
  const withDetails = (member: Member, earlier: Member): Member => {
    const merged: Member = { ...member };
    for (const key of lacking) {
      if (merged[key] !== undefined || earlier[key] === undefined) continue;
      Object.assign(merged, { [key]: earlier[key] });
      kept.add(key);
    }
    return merged;
  };
  const members = imported.map((member) => {
    const earlier = byId.get(member.id);
    if (earlier !== undefined) {
      claimed.add(member.id);
      return withDetails(member, earlier);
    }
    const sameName = existing.filter(
      (other) =>
        other.name === member.name &&
        other.branch === member.branch &&
        !importedIds.has(other.id) &&
        !claimed.has(other.id),
    );
    if (sameName.length === 1) {
      claimed.add(sameName[0].id);
      return withDetails({ ...member, id: sameName[0].id }, sameName[0]);
    }
    return member;
  });
  const listed = new Set(members.map((member) => member.id));
  const missing = existing.filter((member) => !listed.has(member.id));
  return {
    members: [...members, ...missing],
    missing,
    kept: OPTIONAL_DETAILS.map((detail) => detail.key).filter((key) => kept.has(key)),
  };
}

/** The extra (X) activities of 活动安排 with their ids and themes, for generateSchedule. */
export function extrasFrom(rows: readonly ScheduleRow[]): ExtraActivity[] {
  return rows.flatMap((row) =>
    row.extra === true && !row.cancelled && row.date !== null
      ? [
          {
            branch: row.branch,
            date: row.date,
            id: row.activityId,
            ...(row.theme === null ? {} : { theme: row.theme }),
          },
        ]
      : [],
  );
}

/** Themes the user chose in 活动安排, as overrides for the same fixed slot of the same branch. */
export function themeOverridesFrom(rows: readonly ScheduleRow[]): ThemeOverride[] {
  const overrides: ThemeOverride[] = [];
  for (const row of rows) {
    const match = /^\d{4}-(\d{2})-(\d+)$/.exec(row.activityId);
    if (row.theme === null || row.cancelled || match === null) continue;
    overrides.push({ month: Number(match[1]), slot: Number(match[2]), theme: row.theme, branch: row.branch });
  }
  return overrides;
}

export interface CarriedData {
  /** By activityKey, for activities of the new schedule. */
  details: Map<string, ActivityDetails>;
  /** Rows for 活动安排's 已取消 part: activities gone from the schedule that had data entered. */
  cancelled: CancelledActivity[];
  /** Per branch, the gone activities whose attendance codes the branch's sheet keeps (已取消活动). */
  orphans: Map<string, OrphanActivity[]>;
  /** Attendance entries of members and activities, unchanged (the sheets place them by id). */
  attendance: AttendanceEntry[];
}

/**
 * Carries what was entered onto the new schedule by (branch, activity id). An activity gone from
 * the schedule is kept as 已取消 when it has details, attendance, or cells in the user's own
 * columns of 活动安排.
 */
export function carryData(
  state: Pick<WorkbookState, 'scheduleRows' | 'attendance'> & {
    userColumns?: Pick<WorkbookUserColumns, 'schedule'>;
  },
  activities: readonly Activity[],
): CarriedData {
  const userRows = state.userColumns?.schedule.rows;
  const live = new Set(activities.map(activityKey));
  const rowsByKey = new Map(
    state.scheduleRows.map((row) => [activityKey({ branch: row.branch, id: row.activityId }), row]),
  );
  const details = new Map<string, ActivityDetails>();
  const cancelled: CancelledActivity[] = [];
  for (const [key, row] of rowsByKey) {
    if (live.has(key)) {
      if (hasDetails(row.details)) details.set(key, row.details);
    }
  }
  const orphans = new Map<string, OrphanActivity[]>();
  const orphanKeys = new Set<string>();
  for (const entry of state.attendance) {
    const key = activityKey({ branch: entry.branch, id: entry.activityId });
    if (live.has(key) || orphanKeys.has(key)) continue;
    orphanKeys.add(key);
    const row = rowsByKey.get(key);
    const list = orphans.get(entry.branch) ?? [];
    list.push({ id: entry.activityId, date: row?.date ?? null, theme: row?.theme ?? null });
    orphans.set(entry.branch, list);
  }
  for (const [key, row] of rowsByKey) {
    if (live.has(key) || !(hasDetails(row.details) || orphanKeys.has(key) || userRows?.has(key) === true))
      continue;
    cancelled.push({
      branch: row.branch,
      activityId: row.activityId,
      date: row.date,
      theme: row.theme,
      details: row.details,
    });
  }
  for (const list of orphans.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { details, cancelled, orphans, attendance: [...state.attendance] };
}
