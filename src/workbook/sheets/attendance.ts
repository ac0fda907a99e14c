/**
 * The 出勤登记 sheet of one branch: members × activities, a drop-down of the codes in every cell,
 * figures under each activity and totals beside each member as live formulas (so attendance typed
 * in Excel updates them without the add-in), conditional formats, frozen headers, a legend and an
 * A4 print setup. Layout: ./attendance/layout.ts; formulas: ./attendance/formulas.ts; styles,
 * drop-down and conditional formats: ./attendance/format.ts; reading a grid back: ./attendance/parse.ts.
 *
 * Decisions:
 * - The drop-down warns rather than refuses ('warning' style): a reason is typed after the code
 *   ("事：看病"), and variants people type (✓, 事假) must not be lost. The formulas count the seven
 *   codes, alone or followed by "：reason"; other text is shown orange and counted 无效 by the
 *   formulas, while the add-in reads it by the domain's rules (parseMark) — the one place where
 *   the sheet and the engine can differ, and it is shown.
 * - What users typed is written back exactly (code, then "：" and the note when there is one).
 * - Member totals count the activities that have any entry (登记状态): the sheet has no "today",
 *   and that is what the engine counts when asOf is the last day recorded.
 */
import type { Activity } from '../../domain/activity';
import type { CalendarDate } from '../../domain/date';
import { countsTowardRates, type Member } from '../../domain/member';
import { memberLabels } from '../../domain/memberLabels';
import type { CellValue } from '../../domain/text';
import { themeName, type ThemeId } from '../../domain/themes';
import { ATTENDANCE_SHEET, attendanceSheetName } from '../../strings/attendanceSheet';
import { cellRef, formatRange } from '../address';
import type { Cell, ColumnSpec, DateCell, FormulaCell, SheetDescription } from '../description';
import { MAX_SHEET_NAME_LENGTH, sheetNameProblem, truncate } from '../sheetNames';
import { activityFigureFormulas, memberTotalFormulas } from './attendance/formulas';
import {
  CATEGORY_COLUMN,
  COUNTED_COLUMN,
  DATE_ROW,
  EXEMPT_FROM_COLUMN,
  EXEMPT_TO_COLUMN,
  FIGURE_KEYS,
  FIRST_ACTIVITY_COLUMN,
  FIRST_MEMBER_ROW,
  FROM_COLUMN,
  ID_COLUMN,
  ID_ROW,
  LEGEND_ROW,
  MAX_SERIAL,
  NAME_COLUMN,
  SHIFT_ROW,
  STATUS_COLUMN,
  THEME_ROW,
  TITLE_ROW,
  TO_COLUMN,
  TOTAL_KEYS,
  attendanceLayout,
  type AttendanceLayout,
} from './attendance/layout';
import { conditionalFormats, merges, styles, validations } from './attendance/format';
import { figureRowKey } from './attendance/parse';
import { HEADER_STYLE, printSetup } from './common';
import { type UserColumns, userColumnsParts } from './userColumns';

export { parseAttendanceGrid, marksFromEntries, readAttendanceBranch } from './attendance/parse';

/** What a user entered in one cell: the text as typed (code or not) and the reason, if any. */
export interface AttendanceMark {
  raw: CellValue;
  note?: string;
}

/** Marks by member id, then activity id. */
export type AttendanceMarks = ReadonlyMap<string, ReadonlyMap<string, AttendanceMark>>;

/** An activity removed since the last generation whose entered data is kept (not counted). */
export interface OrphanActivity {
  id: string;
  date?: CalendarDate | null;
  theme?: ThemeId | null;
}

export interface AttendanceSheetInput {
  year: number;
  branch: string;
  /**
   * The sheet kind is attendance.<branchIndex>: the number of the sheet that already records this
   * branch, or a free one for a new branch (see attendanceSheetNumbers in ../state.ts).
   */
  branchIndex: number;
  /** The branch's members in roster order (invitees included; they are never due). */
  members: readonly Member[];
  /** The branch's activities of the year. */
  activities: readonly Activity[];
  marks: AttendanceMarks;
  orphans?: readonly OrphanActivity[];
  unit?: string;
  /**
   * Columns the user added beside the totals, their cells by member id (and by figureRowKey for
   * the figure rows). A member no longer on the branch keeps them on a former member's row.
   */
  userColumns?: UserColumns;
}

export function attendanceSheetKind(branchIndex: number): string {
  return `attendance.${branchIndex}`;
}

/** 出勤-<branch>, within Excel's rules: forbidden characters become '-', cut to 31 characters. */
export function attendanceSheetTitle(branch: string): string {
  let name = attendanceSheetName(branch.replace(/[[\]:*?/\\]/g, '-'));
  // Cut by UTF-16 units as Excel counts them, never inside a surrogate pair (an emoji in a branch name).
  name = truncate(name, MAX_SHEET_NAME_LENGTH);
  name = name.replace(/'+$/, '');
  return sheetNameProblem(name) === null ? name : attendanceSheetName('');
}

/** A date, or 0 / MAX_SERIAL for a span open at that end. */
type HelperDate = number | DateCell;

interface GridRow {
  id: string | null;
  name: string;
  category: string;
  status: string;
  /** Helper columns E–I: counted (1/0), on the roster from/to, exempt from/to. */
  helpers: [number, HelperDate, HelperDate, HelperDate, HelperDate];
}

export function describeAttendanceSheet(input: AttendanceSheetInput): SheetDescription {
  const activities = [...input.activities].sort(byDateThenId);
  const orphans = input.orphans ?? [];
  const rows = gridRows(input, activities, orphans);
  const layout = attendanceLayout(activities.length, rows.length, orphans.length);
  const width = layout.lastColumn;
  const cells: Cell[][] = Array.from({ length: layout.lastFigureRow }, () =>
    new Array<Cell>(width).fill(null),
  );
  const put = (row: number, column: number, value: Cell) => {
    cells[row - 1][column - 1] = value;
  };

  const userParts = userColumnsParts(input.userColumns, {
    base: layout.lastColumn,
    firstFree: layout.lastColumn + 1,
    headerRow: DATE_ROW,
    headerHeight: SHIFT_ROW - DATE_ROW + 1,
    body: [
      ...rows.map((row) => (row.id === null ? undefined : input.userColumns?.rows.get(row.id))),
      ...FIGURE_KEYS.map((key) => input.userColumns?.rows.get(figureRowKey(ATTENDANCE_SHEET.figures[key]))),
    ],
    headerStyle: HEADER_STYLE,
  });

  put(TITLE_ROW, 1, ATTENDANCE_SHEET.title(input.unit ?? '', input.branch, input.year));
  put(LEGEND_ROW, 1, ATTENDANCE_SHEET.legend);
  writeHeaders(put, layout, input.branch, activities, orphans);
  rows.forEach((row, index) => {
    const r = FIRST_MEMBER_ROW + index;
    put(r, ID_COLUMN, row.id);
    put(r, NAME_COLUMN, row.name);
    put(r, CATEGORY_COLUMN, row.category === '' ? null : row.category);
    put(r, STATUS_COLUMN, row.status === '' ? null : row.status);
    row.helpers.forEach((value, i) => put(r, COUNTED_COLUMN + i, value));
    const marks = row.id === null ? undefined : input.marks.get(row.id);
    activities.forEach((activity, i) => put(r, FIRST_ACTIVITY_COLUMN + i, markCell(marks?.get(activity.id))));
    orphans.forEach((orphan, i) => put(r, layout.firstOrphanColumn + i, markCell(marks?.get(orphan.id))));
    if (activities.length > 0) {
      const totals = memberTotalFormulas(r, layout);
      // One shape down every member row: filled from the first row's (see FormulaCell.filledFrom).
      for (const key of TOTAL_KEYS) {
        const column = layout.totalColumn[key];
        put(r, column, filled(totals[key], index === 0 ? null : cellRef(FIRST_MEMBER_ROW, column)));
      }
    }
  });
  for (const key of FIGURE_KEYS) put(layout.figureRow[key], 1, ATTENDANCE_SHEET.figures[key]);
  activities.forEach((_, i) => {
    const column = FIRST_ACTIVITY_COLUMN + i;
    const formulas = activityFigureFormulas(column, layout);
    // One shape across every activity column: filled from the first activity's.
    for (const key of FIGURE_KEYS) {
      const row = layout.figureRow[key];
      put(row, column, filled(formulas[key], i === 0 ? null : cellRef(row, FIRST_ACTIVITY_COLUMN)));
    }
  });

  return {
    kind: attendanceSheetKind(input.branchIndex),
    name: attendanceSheetTitle(input.branch),
    tabColor: '#2F5597',
    columns: [...columnSpecs(layout, activities), ...userParts.columns],
    rows: [
      { row: TITLE_ROW, height: 30 },
      { row: LEGEND_ROW, height: 44 },
      { row: ID_ROW, hidden: true },
      { row: SHIFT_ROW, height: 36 },
    ],
    blocks: [{ anchor: 'A1', cells }, ...userParts.blocks],
    styles: [...styles(layout, activities), ...userParts.styles],
    merges: merges(layout),
    validations: validations(layout),
    conditionalFormats: conditionalFormats(layout),
    freeze: { rows: SHIFT_ROW, columns: STATUS_COLUMN },
    print: {
      ...printSetup(input.unit ?? '', 'landscape', { first: TITLE_ROW, last: SHIFT_ROW }),
      area: formatRange({ top: 1, left: 1, bottom: layout.lastFigureRow, right: layout.lastMainColumn }),
    },
  };
}

function filled(formula: string, from: string | null): FormulaCell {
  return from === null ? { formula } : { formula, filledFrom: from };
}

function byDateThenId(a: Activity, b: Activity): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Members in roster order, then ids that have marks but are no longer on the branch's roster. */
function gridRows(
  input: AttendanceSheetInput,
  activities: readonly Activity[],
  orphans: readonly OrphanActivity[],
): GridRow[] {
  // A name two people of the branch share is shown with what tells them apart (编号, phone, 类别).
  const labels = memberLabels(input.members);
  const rows = input.members.map((member) => memberRow(member, labels.get(member.id) ?? member.name));
  const known = new Set(input.members.map((member) => member.id));
  const columns = [...activities.map((a) => a.id), ...orphans.map((o) => o.id)];
  const former = (memberId: string) => {
    known.add(memberId);
    rows.push({
      id: memberId,
      name: ATTENDANCE_SHEET.formerMember,
      category: ATTENDANCE_SHEET.formerMemberCategory,
      status: '',
      helpers: [0, 0, 0, MAX_SERIAL, 0],
    });
  };
  for (const [memberId, marks] of input.marks) {
    if (known.has(memberId) || !columns.some((id) => hasContent(marks.get(id)))) continue;
    former(memberId);
  }
  // Someone with nothing but cells in the user's columns keeps them too.
  const figureKeys = new Set(FIGURE_KEYS.map((key) => figureRowKey(ATTENDANCE_SHEET.figures[key])));
  for (const key of input.userColumns?.rows.keys() ?? []) {
    if (!known.has(key) && !figureKeys.has(key)) former(key);
  }
  if (rows.length === 0)
    rows.push({
      id: null,
      name: ATTENDANCE_SHEET.noMembers,
      category: '',
      status: '',
      helpers: [0, 0, 0, MAX_SERIAL, 0],
    });
  return rows;
}

function memberRow(member: Member, label: string): GridRow {
  const counted = countsTowardRates(member.category);
  const exemption = member.exemption;
  const status: string[] = [];
  if (!counted) status.push(ATTENDANCE_SHEET.status.invitee);
  if (member.onRosterFrom !== undefined) status.push(ATTENDANCE_SHEET.status.from(member.onRosterFrom));
  if (member.onRosterTo !== undefined) status.push(ATTENDANCE_SHEET.status.to(member.onRosterTo));
  if (exemption !== undefined) status.push(ATTENDANCE_SHEET.status.exempt(exemption.from, exemption.to));
  return {
    id: member.id,
    name: label,
    category: member.category,
    status: status.join('；'),
    // Dates as date cells, so that a port writes them in the workbook's date system as it writes
    // the activity dates they are compared with (a 1904 workbook's serials are 1,462 less).
    helpers: [
      counted ? 1 : 0,
      member.onRosterFrom === undefined ? 0 : { date: member.onRosterFrom },
      member.onRosterTo === undefined ? MAX_SERIAL : { date: member.onRosterTo },
      // No exemption: an empty span (from after to), so the exempt test is never true.
      exemption === undefined ? MAX_SERIAL : exemption.from === undefined ? 0 : { date: exemption.from },
      exemption === undefined ? 0 : exemption.to === undefined ? MAX_SERIAL : { date: exemption.to },
    ],
  };
}

function hasContent(mark: AttendanceMark | undefined): boolean {
  if (mark === undefined) return false;
  const raw = mark.raw;
  const rawEmpty = raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
  return !rawEmpty || (mark.note ?? '').trim() !== '';
}

/** The cell text for a mark: as typed, with "：reason" after it when a note was given. */
export function markCell(mark: AttendanceMark | undefined): Cell {
  if (mark === undefined || !hasContent(mark)) return null;
  const raw = mark.raw ?? '';
  const note = (mark.note ?? '').trim();
  if (note === '') return raw;
  return `${typeof raw === 'boolean' ? (raw ? 'TRUE' : 'FALSE') : String(raw).trim()}：${note}`;
}

type Put = (row: number, column: number, value: Cell) => void;

function writeHeaders(
  put: Put,
  layout: AttendanceLayout,
  branch: string,
  activities: readonly Activity[],
  orphans: readonly OrphanActivity[],
): void {
  const h = ATTENDANCE_SHEET.headers;
  put(ID_ROW, ID_COLUMN, ATTENDANCE_SHEET.idRowMarker);
  put(ID_ROW, NAME_COLUMN, ATTENDANCE_SHEET.branchRecord(branch));
  put(DATE_ROW, ID_COLUMN, h.id);
  put(DATE_ROW, NAME_COLUMN, h.name);
  put(DATE_ROW, CATEGORY_COLUMN, h.category);
  put(DATE_ROW, STATUS_COLUMN, h.status);
  put(DATE_ROW, COUNTED_COLUMN, h.counted);
  put(DATE_ROW, FROM_COLUMN, h.onRosterFrom);
  put(DATE_ROW, TO_COLUMN, h.onRosterTo);
  put(DATE_ROW, EXEMPT_FROM_COLUMN, h.exemptFrom);
  put(DATE_ROW, EXEMPT_TO_COLUMN, h.exemptTo);
  activities.forEach((activity, i) => {
    const column = FIRST_ACTIVITY_COLUMN + i;
    put(ID_ROW, column, activity.id);
    put(DATE_ROW, column, { date: activity.date });
    put(THEME_ROW, column, themeName(activity.theme));
    if (activity.shifted) put(SHIFT_ROW, column, ATTENDANCE_SHEET.shifted(activity.reason));
  });
  put(DATE_ROW, layout.totalColumn.due, ATTENDANCE_SHEET.totals.title);
  for (const key of TOTAL_KEYS) put(THEME_ROW, layout.totalColumn[key], ATTENDANCE_SHEET.totals[key]);
  if (orphans.length > 0) put(LEGEND_ROW, layout.firstOrphanColumn, ATTENDANCE_SHEET.orphansTitle);
  orphans.forEach((orphan, i) => {
    const column = layout.firstOrphanColumn + i;
    put(ID_ROW, column, orphan.id);
    put(DATE_ROW, column, orphan.date ? { date: orphan.date } : ATTENDANCE_SHEET.orphanNoDate);
    put(THEME_ROW, column, ATTENDANCE_SHEET.orphanHeader);
    put(SHIFT_ROW, column, orphan.theme ? themeName(orphan.theme) : null);
  });
}

function columnSpecs(layout: AttendanceLayout, activities: readonly Activity[]): ColumnSpec[] {
  const specs: ColumnSpec[] = [
    { column: ID_COLUMN, width: 9 },
    { column: NAME_COLUMN, width: 9 },
    { column: CATEGORY_COLUMN, width: 9 },
    { column: STATUS_COLUMN, width: 16 },
  ];
  for (let column = COUNTED_COLUMN; column <= EXEMPT_TO_COLUMN; column++)
    specs.push({ column, hidden: true });
  // A shifted activity's column is wider: its header carries the reason.
  activities.forEach((activity, i) =>
    specs.push({ column: FIRST_ACTIVITY_COLUMN + i, width: activity.shifted ? 10 : 7 }),
  );
  for (const key of TOTAL_KEYS) specs.push({ column: layout.totalColumn[key], width: 7 });
  if (layout.orphanCount > 0) {
    specs.push({ column: layout.lastMainColumn + 1, width: 2 });
    for (let i = 0; i < layout.orphanCount; i++)
      specs.push({ column: layout.firstOrphanColumn + i, width: 7 });
  }
  return specs;
}
