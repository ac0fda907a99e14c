/**
 * What the roll-up finds wrong between the files, reported and never guessed: the same branch in
 * two files (the copy with more attendance recorded is used, and the message says so; copies as
 * full as each other but different are refused), the same member id under different names, and
 * settings that differ (each branch keeps its own: nothing is converted).
 */
import type { CalendarDate } from '../../domain/date';
import type { RolledBranch } from '../../domain/rollup';
import type { Outcome } from '../../domain/tally';
import { describeFixedDays, POLICY_LABELS } from '../../strings/calendar';
import { formatRate } from '../../strings/attendance';
import { ROLLUP_CONFLICTS as T, branchInFile } from '../../strings/rollup';
import type { SummaryResult } from '../summaries';

export type RollupConflictCode =
  | 'unreadable'
  | 'not-branch-workbook'
  | 'unusable'
  | 'other-year'
  | 'no-branches'
  | 'same-branch'
  | 'member-name'
  | 'settings-differ';

export interface RollupConflict {
  code: RollupConflictCode;
  /** The files concerned. */
  files: string[];
  /** Chinese: what was found, what was done and what to do. */
  message: string;
}

/** Outcomes that are not an entry of anyone's. */
const UNRECORDED = new Set<Outcome>(['unrecorded', 'not-due']);

/** Entries recorded (any code typed) at the branch's activities held by asOf. */
export function recordedEntries(branch: RolledBranch, asOf: CalendarDate): number {
  const { ledger } = branch;
  let count = 0;
  for (const row of ledger.rows)
    row.outcomes.forEach((outcome, column) => {
      if (!UNRECORDED.has(outcome) && ledger.activities[column].date <= asOf) count += 1;
    });
  return count;
}

/** What two copies of a branch hold, to tell whether they are the same. */
function fingerprint(branch: RolledBranch): string {
  const { ledger } = branch;
  return JSON.stringify({
    activities: ledger.activities.map((activity) => [activity.id, activity.date]),
    rows: ledger.rows.map((row) => [
      row.member.id,
      row.member.name,
      row.outcomes,
      row.marks.map((mark) => mark?.note ?? ''),
    ]),
  });
}

/** One copy of each branch name: the one with more recorded; refused when that cannot tell. */
export function chooseCopies(
  found: readonly RolledBranch[],
  asOf: CalendarDate,
): { branches: RolledBranch[]; conflicts: RollupConflict[] } {
  const byName = new Map<string, RolledBranch[]>();
  for (const branch of found) byName.set(branch.branch, [...(byName.get(branch.branch) ?? []), branch]);
  const keep = new Set<RolledBranch>();
  const conflicts: RollupConflict[] = [];
  for (const [name, copies] of byName) {
    if (copies.length === 1) {
      keep.add(copies[0]);
      continue;
    }
    const counts = copies.map((copy) => recordedEntries(copy, asOf));
    const most = Math.max(...counts);
    const fullest = copies.filter((_, i) => counts[i] === most);
    const files = copies.map((copy) => copy.file);
    if (fullest.length === 1) {
      const used = fullest[0];
      const next = Math.max(...counts.filter((_, i) => copies[i] !== used));
      keep.add(used);
      conflicts.push({
        code: 'same-branch',
        files,
        message: T.sameBranchUsed(
          name,
          used.file,
          files.filter((file) => file !== used.file),
          T.moreRecords(most, next),
        ),
      });
    } else if (new Set(fullest.map(fingerprint)).size === 1) {
      keep.add(fullest[0]);
      conflicts.push({
        code: 'same-branch',
        files,
        message: T.sameBranchUsed(
          name,
          fullest[0].file,
          files.filter((file) => file !== fullest[0].file),
          T.identical,
        ),
      });
    } else {
      conflicts.push({
        code: 'same-branch',
        files,
        message: T.sameBranchRefused(
          name,
          fullest.map((copy) => copy.file),
          most,
        ),
      });
    }
  }
  return { branches: found.filter((branch) => keep.has(branch)), conflicts };
}

/** The same member id under different names in different files. */
export function branchConflicts(branches: readonly RolledBranch[]): RollupConflict[] {
  const byId = new Map<string, Array<{ name: string; file: string; branch: string }>>();
  for (const branch of branches)
    for (const row of branch.ledger.rows) {
      const { id, name } = row.member;
      byId.set(id, [...(byId.get(id) ?? []), { name, file: branch.file, branch: branch.branch }]);
    }
  const conflicts: RollupConflict[] = [];
  for (const [id, places] of byId) {
    const files = new Set(places.map((place) => place.file));
    const names = new Set(places.map((place) => place.name));
    if (files.size < 2 || names.size < 2) continue;
    conflicts.push({
      code: 'member-name',
      files: [...files],
      message: T.memberName(
        id,
        places.map((place) => ({ name: place.name, where: branchInFile(place.branch, place.file) })),
      ),
    });
  }
  return conflicts;
}

interface SettingView {
  key: keyof typeof T.settingNames;
  value: (settings: SummaryResult['settings']) => string;
}

const SETTINGS: readonly SettingView[] = [
  { key: 'threshold', value: (s) => formatRate(s.threshold) },
  { key: 'requiredPerMonth', value: (s) => T.perMonth(s.requiredPerMonth) },
  { key: 'fixedDays', value: (s) => describeFixedDays(s.weekday, s.ordinals, s.reading) },
  { key: 'policy', value: (s) => POLICY_LABELS[s.policy] },
];

/** Thresholds and schedule settings that differ between the files used. */
export function settingConflicts(
  files: ReadonlyArray<{ file: string; summary: SummaryResult }>,
): RollupConflict[] {
  const conflicts: RollupConflict[] = [];
  for (const setting of SETTINGS) {
    const values = files.map(({ file, summary }) => ({ file, value: setting.value(summary.settings) }));
    if (new Set(values.map((entry) => entry.value)).size < 2) continue;
    conflicts.push({
      code: 'settings-differ',
      files: values.map((entry) => entry.file),
      message: T.settingDiffers(T.settingNames[setting.key], values),
    });
  }
  return conflicts;
}
