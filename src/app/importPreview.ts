/**
 * What an import would bring in, before anything is written: the members read from the user's
 * roster (their own 花名册 sheet, or a CSV file), the columns matched by header name, every problem
 * row, the roster's branch names reconciled with 设置, people who share a name, names that may not
 * be names, and transfers written in 备注 that could fill 在册止/在册起. The pane shows it; the
 * import then takes `members` (with the dates the secretary accepted), `problems` and the branch
 * decisions.
 */
import { type BranchReconciliation, reconcileBranches } from '../domain/branchMatch';
import type { Member } from '../domain/member';
import { namesakeGroups } from '../domain/memberLabels';
import type { RosterField } from '../domain/roster';
import { type NoteDate, nameConcern, noteDates, twoBranchSuspects } from '../domain/rosterReview';
import { SAME_NAME } from '../strings/attendance';
import { IMPORT_REVIEW } from '../strings/importReview';
import { hasErrors, type SheetProblem } from '../workbook/problems';
import {
  type ImportOptions,
  importRosterTable,
  type RecognisedHeader,
  type SourceTable,
  tableFromGrid,
} from '../workbook/rosterImport';
import type { BranchSettings } from '../workbook/sheets/settings';
import { rosterBranchCounts } from './branchImport';
import type { WorkbookPort } from './port';

export interface BranchCount {
  branch: string;
  count: number;
}

/** A transfer date found in 备注, offered for 在册止/在册起. */
export interface NoteDateOffer extends NoteDate {
  row: number;
  name: string;
  note: string;
  message: string;
}

export interface ImportPreview {
  /** The sheet or file read. */
  source: string;
  members: Member[];
  /** Non-blank rows below the header. */
  rowCount: number;
  header: RecognisedHeader | null;
  /** The fields the roster has a column for (for generateWorkbook's importedColumns). */
  columns: RosterField[];
  /**
   * Every row that was not imported (error: 必须处理 to import it) or imported with something to
   * look at (warning: 提示).
   */
  problems: SheetProblem[];
  /** Members per branch, in the order the roster first names each branch. */
  branches: BranchCount[];
  /** The roster's branches against 设置's; null before 设置 exists (every branch is then new). */
  reconciliation: BranchReconciliation | null;
  noteDates: NoteDateOffer[];
  /** True when there is something to import (problem rows are left out, the rest can go ahead). */
  canImport: boolean;
}

export interface PreviewOptions extends ImportOptions {
  /** 设置's branches (with their 花名册中的名称), to reconcile the roster's names with. */
  settingsBranches?: readonly BranchSettings[];
}

export function previewImport(table: SourceTable, options: PreviewOptions = {}): ImportPreview {
  const parsed = importRosterTable(table, options);
  const { members, memberRows } = parsed.value;
  const rowOf = (member: Member) => memberRows.get(member.id);
  const problems: SheetProblem[] = [...parsed.problems];
  const review = (member: Member, message: string) =>
    problems.push({ sheet: table.source, row: rowOf(member), severity: 'warning', message });

  for (const member of members) {
    const concern = nameConcern(member.name);
    if (concern !== null)
      review(member, IMPORT_REVIEW.suspiciousName(rowOf(member) ?? 0, member.name, concern));
  }
  const byBranch = new Map<string, Member[]>();
  for (const member of members) byBranch.set(member.branch, [...(byBranch.get(member.branch) ?? []), member]);
  for (const [branch, list] of byBranch)
    for (const group of namesakeGroups(list))
      review(group.members[0], SAME_NAME.imported(branch, group.name, group.members.length, group.labels));
  for (const { first, second, by } of twoBranchSuspects(members))
    review(
      second,
      IMPORT_REVIEW.twoBranches({
        row: rowOf(second) ?? 0,
        branch: second.branch,
        firstRow: rowOf(first) ?? 0,
        firstBranch: first.branch,
        name: second.name,
        field: by === 'joinedParty' ? '入党日期' : '联系电话',
        value: (by === 'joinedParty' ? second.joinedParty : second.phone) ?? '',
      }),
    );

  const offers = members.flatMap((member) =>
    noteDates(member).map((offer): NoteDateOffer => {
      const row = rowOf(member) ?? 0;
      return {
        ...offer,
        row,
        name: member.name,
        note: member.note ?? '',
        message: IMPORT_REVIEW.noteDate(row, member.name, offer.text, offer.field, offer.date),
      };
    }),
  );
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const branches = rosterBranchCounts(members);
  return {
    source: table.source,
    members,
    rowCount: parsed.value.rowCount,
    header: parsed.value.header,
    columns: Object.keys(parsed.value.header?.columns ?? {}) as RosterField[],
    problems,
    branches,
    reconciliation:
      options.settingsBranches === undefined || options.settingsBranches.length === 0
        ? null
        : reconcileBranches(branches, options.settingsBranches),
    noteDates: offers,
    canImport: members.length > 0 && !(parsed.value.header === null && hasErrors(parsed.problems)),
  };
}

/** The preview of a sheet of the workbook by name; null when the workbook has no such sheet. */
export async function previewSheetImport(
  port: WorkbookPort,
  sheetName: string,
  options: PreviewOptions = {},
): Promise<ImportPreview | null> {
  const grid = await port.readSheetGrid(sheetName);
  return grid === null ? null : previewImport(tableFromGrid(grid), options);
}
