/**
 * Branch workbooks as each secretary of the 党总支 keeps them: one workbook per branch, generated
 * from test/fixtures/roster-basic.csv (that branch's rows only), with attendance typed into its 出勤
 * sheet by member id and activity id, saved and reopened. Used by the roll-up tests.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateWorkbook } from '../../src/app/generate';
import { previewCsvImport } from '../../src/app/csvRoster';
import type { ManualHolidayEntry } from '../../src/domain/holidays/types';
import type { Member } from '../../src/domain/member';
import { createFilePort } from '../../src/file/port';
import { newWorkbookFile, workbookFileBytes } from '../../src/file/workbookFile';
import { defaultSettings, type WorkbookSettings } from '../../src/workbook/sheets/settings';
import { attendanceCell, ownedSheet, saveAndReopen } from './generatedWorkbook';

const ROSTER = path.join(__dirname, '..', 'fixtures', 'roster-basic.csv');

export const UNIT = '测试局机关党总支';
export const ONE = '机关第一党支部';
export const TWO = '机关第二党支部';
export const RETIRED = '离退休党支部';

let roster: Member[] | null = null;

/** The fixture's members of one branch. */
export function fixtureMembers(branch: string): Member[] {
  if (roster === null) {
    const preview = previewCsvImport({
      name: 'roster-basic.csv',
      bytes: new Uint8Array(readFileSync(ROSTER)),
    });
    roster = preview.members;
  }
  return roster.filter((member) => member.branch === branch);
}

/** Codes typed per activity id, per member id. */
export type TypedAttendance = Record<string, Record<string, string>>;

export interface BranchBook {
  branch: string;
  members: readonly Member[];
  year?: number;
  attendance?: TypedAttendance;
  manualHolidays?: readonly ManualHolidayEntry[];
  settings?: Partial<WorkbookSettings>;
}

/** The branch's workbook as .xlsx bytes. */
export async function branchWorkbookBytes(book: BranchBook): Promise<Uint8Array> {
  const file = newWorkbookFile();
  const settings = { ...defaultSettings(book.year ?? 2026, UNIT, [book.branch]), ...book.settings };
  await generateWorkbook(createFilePort(file), {
    settings,
    members: book.members,
    manualHolidays: book.manualHolidays,
  });
  const reopened = await saveAndReopen(file);
  const sheet = ownedSheet(reopened, 'attendance.1');
  for (const [activityId, codes] of Object.entries(book.attendance ?? {}))
    for (const [memberId, code] of Object.entries(codes))
      attendanceCell(sheet, memberId, activityId).value = code;
  // What was typed, saved as Excel would (the add-in wrote nothing since the file was opened).
  return workbookFileBytes(await saveAndReopen(reopened));
}

/** Every member of the list with a code, except those given otherwise. */
export function everyone(
  members: readonly Member[],
  code: string,
  except: Record<string, string> = {},
): Record<string, string> {
  const codes: Record<string, string> = {};
  for (const member of members)
    if (member.exemption === undefined) codes[member.id] = except[member.id] ?? code;
  for (const [id, value] of Object.entries(except)) if (value === '') delete codes[id];
  return codes;
}

/** Each day from..to (inclusive, same month of 2026) as a day off. */
export function daysOff(month: string, from: number, to: number): ManualHolidayEntry[] {
  const days: ManualHolidayEntry[] = [];
  for (let day = from; day <= to; day += 1)
    days.push({
      date: `${month}-${String(day).padStart(2, '0')}` as ManualHolidayEntry['date'],
      action: 'off',
      name: '检修停工',
    });
  return days;
}
