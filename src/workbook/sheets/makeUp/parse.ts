/**
 * Reading the 补学登记 sheet back: each row's typed cells (请假批准人 … 备注) filed under its member
 * id and activity id (the hidden columns M and N), never under its row number, so regenerating
 * puts them beside the same entry whatever the rows now are. A row without its keys but with
 * something typed is kept as typed, marked 待更正; columns the user added right of N are read as
 * on every owned sheet (../userColumns.ts).
 */
import type { CalendarDate } from '../../../domain/date';
import { type MakeUpRecord, makeUpKey } from '../../../domain/makeUp';
import { parseDateCell } from '../../../domain/roster';
import { MAKE_UP_SHEET } from '../../../strings/makeUp';
import type { Cell } from '../../description';
import { gridCell, gridEnd, gridValue, type RawGrid } from '../../grid';
import { type KeptRow, keptCell, keptCells, rawText } from '../common';
import { UserColumnReader, type UserColumns } from '../userColumns';
import {
  ACTIVITY_ID_COLUMN,
  APPROVER_COLUMN,
  DONE_COLUMN,
  FIRST_ROW,
  FIRST_TYPED_COLUMN,
  HEADER_ROW,
  MEMBER_ID_COLUMN,
  SHOWN_COLUMNS,
  TYPED_COLUMNS,
  WIDTH,
} from './layout';

/** One row of the sheet as read. */
export interface MakeUpSheetRow {
  row: number;
  memberId: string;
  activityId: string;
  /** 姓名 支部 活动日期 主题 出勤, as they stand (written again for a row no longer owed). */
  shown: Cell[];
  /** 请假批准人 补学方式 补学日期 传达人 内容或心得 备注, as typed. */
  typed: Cell[];
  /** Cells in the user's own columns. */
  userCells?: Cell[];
}

export interface MakeUpSheetRead {
  /** By makeUpKey. */
  rows: Map<string, MakeUpSheetRow>;
  /** Rows with something typed but no keys (or a key seen before): written back as typed. */
  kept: KeptRow[];
  userColumns: UserColumns;
}

export function isBlankCell(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

export function parseMakeUpGrid(grid: RawGrid): MakeUpSheetRead {
  const rows = new Map<string, MakeUpSheetRow>();
  const kept: KeptRow[] = [];
  const user = new UserColumnReader(grid, {
    headerRows: [HEADER_ROW],
    firstRow: FIRST_ROW,
    isOwn: (column) => column <= WIDTH,
    base: WIDTH,
  });
  const end = gridEnd(grid);
  for (let row = FIRST_ROW; row <= end.row; row++) {
    const memberId = rawText(gridValue(grid, row, MEMBER_ID_COLUMN));
    const activityId = rawText(gridValue(grid, row, ACTIVITY_ID_COLUMN));
    const typed = Array.from({ length: TYPED_COLUMNS }, (_, i) =>
      keptCell(gridCell(grid, row, FIRST_TYPED_COLUMN + i)),
    );
    const key = makeUpKey({ memberId, activityId });
    if (memberId === '' || activityId === '' || rows.has(key)) {
      const cells = keptCells(grid, row, WIDTH).slice(0, SHOWN_COLUMNS + TYPED_COLUMNS);
      if (cells.every(isBlankCell)) {
        user.keepLoose(row);
        continue;
      }
      const userCells = user.cellsOf(row);
      kept.push({
        row,
        cells,
        reason: MAKE_UP_SHEET.status.noKey,
        ...(userCells === null ? {} : { userCells }),
      });
      continue;
    }
    const shown = Array.from({ length: SHOWN_COLUMNS }, (_, i) => keptCell(gridCell(grid, row, 1 + i)));
    const userCells = user.cellsOf(row);
    rows.set(key, { row, memberId, activityId, shown, typed, ...(userCells === null ? {} : { userCells }) });
  }
  return { rows, kept, userColumns: user.result() };
}

/** What the engine needs of each row: the approver and whether a 补学日期 is entered. */
export function makeUpRecords(read: MakeUpSheetRead | null): Map<string, MakeUpRecord> {
  const records = new Map<string, MakeUpRecord>();
  for (const [key, row] of read?.rows ?? []) {
    const approver = row.typed[APPROVER_COLUMN - FIRST_TYPED_COLUMN];
    const doneCell = row.typed[DONE_COLUMN - FIRST_TYPED_COLUMN];
    const done = !isBlankCell(doneCell);
    const doneOn = done ? dateOf(doneCell) : null;
    records.set(key, {
      memberId: row.memberId,
      activityId: row.activityId,
      approver: isBlankCell(approver) ? '' : cellText(approver),
      done,
      doneOn,
      doneText: done && doneOn === null && !isFormulaCell(doneCell) ? cellText(doneCell) : null,
    });
  }
  return records;
}

/** A typed cell as a date: a date cell, or a date typed as text or as a serial (2027-03-20, 2027年3月20日). */
function dateOf(cell: Cell): CalendarDate | null {
  if (cell === null) return null;
  if (typeof cell === 'object') return 'date' in cell ? cell.date : null;
  if (typeof cell === 'boolean') return null;
  const read = parseDateCell(cell);
  return read.ok ? read.date : null;
}

function isFormulaCell(cell: Cell): boolean {
  return cell !== null && typeof cell === 'object' && 'formula' in cell;
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return 'date' in cell ? cell.date : cell.formula;
  return String(cell).trim();
}
