/**
 * The live formulas of a 出勤登记 sheet, the same shape in every column (per activity) and every row
 * (per member), in English function names that Excel and LibreOffice both compute.
 *
 * Who is due (应到) follows the engine (src/domain/standing.ts): a counted category, on the roster
 * that day, not exempt that day — from the hidden helper columns and the activity's date:
 *   due = 计入 × (在册起 ≤ date) × (在册止 ≥ date) × (1 − (免起 ≤ date) × (免止 ≥ date)).
 * A cell's code is its first character when the cell is that code alone or the code followed by a
 * colon and a reason ("事：看病"): key = SUBSTITUTE(LEFT(cell&"：",2),":","：") equals "事：".
 * Anything else a due member has (unknown text, 免 without an exemption) is 无效, as in the engine.
 * Invitees on the roster who came (√ 迟 早) are 列席.
 */
import type { AttendanceCode } from '../../../domain/attendance';
import { ATTENDANCE_SHEET as S } from '../../../strings/attendanceSheet';
import {
  COUNTED_COLUMN,
  DATE_ROW,
  EXEMPT_FROM_COLUMN,
  EXEMPT_TO_COLUMN,
  FIRST_ACTIVITY_COLUMN,
  FIRST_MEMBER_ROW,
  FROM_COLUMN,
  TO_COLUMN,
  letter,
  type AttendanceLayout,
} from './layout';

const FULL_COLON = '：';

/** The code key of a cell or range expression (an array inside SUMPRODUCT). */
export function codeKey(cells: string): string {
  return `SUBSTITUTE(LEFT(${cells}&"${FULL_COLON}",2),":","${FULL_COLON}")`;
}

function isCode(key: string, codes: readonly AttendanceCode[]): string {
  const tests = codes.map((code) => `(${key}="${code}${FULL_COLON}")`);
  return tests.length === 1 ? tests[0] : `(${tests.join('+')})`;
}

const ATTENDED: readonly AttendanceCode[] = ['√', '迟', '早'];
const LEAVE: readonly AttendanceCode[] = ['事', '病'];

/** Member helper columns as absolute ranges over the member rows. */
function helperRange(column: number, layout: AttendanceLayout): string {
  const c = letter(column);
  return `$${c}$${FIRST_MEMBER_ROW}:$${c}$${layout.lastMemberRow}`;
}

/** The "on the roster" and "due" vectors over the members for the activity in `column`. */
function columnVectors(column: number, layout: AttendanceLayout): { onRoster: string; due: string } {
  const date = `${letter(column)}$${DATE_ROW}`;
  const h = (c: number) => helperRange(c, layout);
  const onRoster = `(${h(FROM_COLUMN)}<=${date})*(${h(TO_COLUMN)}>=${date})`;
  const exempt = `(${h(EXEMPT_FROM_COLUMN)}<=${date})*(${h(EXEMPT_TO_COLUMN)}>=${date})`;
  return { onRoster, due: `${h(COUNTED_COLUMN)}*${onRoster}*(1-${exempt})` };
}

/** The figures under the activity in `column` (0-based activity index → sheet column). */
export function activityFigureFormulas(column: number, layout: AttendanceLayout): Record<string, string> {
  const c = letter(column);
  const cells = `${c}$${FIRST_MEMBER_ROW}:${c}$${layout.lastMemberRow}`;
  const key = codeKey(cells);
  const { onRoster, due } = columnVectors(column, layout);
  const at = (row: number) => `${c}${row}`;
  const r = layout.figureRow;
  return {
    due: `=SUMPRODUCT(${due})`,
    attended: `=SUMPRODUCT(${due}*${isCode(key, ATTENDED)})`,
    late: `=SUMPRODUCT(${due}*${isCode(key, ['迟'])})`,
    leftEarly: `=SUMPRODUCT(${due}*${isCode(key, ['早'])})`,
    leave: `=SUMPRODUCT(${due}*${isCode(key, LEAVE)})`,
    absent: `=SUMPRODUCT(${due}*${isCode(key, ['×'])})`,
    unrecorded: `=SUMPRODUCT(${due}*(${cells}=""))`,
    invalid: `=${at(r.due)}-${at(r.attended)}-${at(r.leave)}-${at(r.absent)}-${at(r.unrecorded)}`,
    invitees: `=SUMPRODUCT((1-${helperRange(COUNTED_COLUMN, layout)})*${onRoster}*${isCode(key, ATTENDED)})`,
    // As the engine judges (src/domain/ledger.ts): nothing recorded is 未登记, not 0%; 达标 only
    // when the records decide it — met at 实到/应到 ≥ threshold, missed when even every blank or
    // unreadable cell counted as present stays under it, else still open (待补登, or 待核实 when
    // only unreadable cells leave it open). Divisions, as the engine compares.
    rate: `=IF(${at(r.due)}=0,"",IF(${at(r.unrecorded)}=${at(r.due)},"${S.unrecorded}",${at(r.attended)}/${at(r.due)}))`,
    met:
      `=IF(${at(r.due)}=0,"",IF(${at(r.unrecorded)}=${at(r.due)},"${S.unrecorded}",` +
      `IF(${at(r.attended)}/${at(r.due)}>=PD_Threshold,"${S.met}",` +
      `IF((${at(r.attended)}+${at(r.unrecorded)}+${at(r.invalid)})/${at(r.due)}<PD_Threshold,"${S.notMet}",` +
      `IF(${at(r.unrecorded)}>0,"${S.undecidedBlank}","${S.undecidedInvalid}")))))`,
    // 1 once someone due has an entry (the engine's "recorded", partly or fully); blank when nobody is due.
    recorded: `=IF(${at(r.due)}=0,"",IF(${at(r.unrecorded)}<${at(r.due)},1,0))`,
  };
}

/**
 * A member's totals over the activities with entries (登记状态 = 1: someone due recorded), as the
 * engine counts held activities and leaves those with nothing recorded out of the rate.
 */
export function memberTotalFormulas(row: number, layout: AttendanceLayout): Record<string, string> {
  const first = letter(FIRST_ACTIVITY_COLUMN);
  const last = letter(FIRST_ACTIVITY_COLUMN + layout.activityCount - 1);
  const dates = `$${first}$${DATE_ROW}:$${last}$${DATE_ROW}`;
  const recorded = `$${first}$${layout.figureRow.recorded}:$${last}$${layout.figureRow.recorded}`;
  const cell = (column: number) => `$${letter(column)}${row}`;
  const exempt = `(${cell(EXEMPT_FROM_COLUMN)}<=${dates})*(${cell(EXEMPT_TO_COLUMN)}>=${dates})`;
  const due =
    `${cell(COUNTED_COLUMN)}*(${cell(FROM_COLUMN)}<=${dates})*(${cell(TO_COLUMN)}>=${dates})` +
    `*(1-${exempt})*(${recorded}=1)`;
  const key = codeKey(`$${first}${row}:$${last}${row}`);
  const t = layout.totalColumn;
  const at = (column: number) => `${letter(column)}${row}`;
  return {
    due: `=SUMPRODUCT(${due})`,
    attended: `=SUMPRODUCT(${due}*${isCode(key, ATTENDED)})`,
    leave: `=SUMPRODUCT(${due}*${isCode(key, LEAVE)})`,
    absent: `=SUMPRODUCT(${due}*${isCode(key, ['×'])})`,
    rate: `=IF(${at(t.due)}=0,"",${at(t.attended)}/${at(t.due)})`,
  };
}

/** Conditional-format expressions for the grid's top-left cell (relative to it). */
export function gridRuleFormulas(topLeft: { row: number; column: number }): {
  nonStandard: string;
  absent: string;
  leave: string;
  exemptCode: string;
  notDue: string;
} {
  const cell = `${letter(topLeft.column)}${topLeft.row}`;
  const key = codeKey(cell);
  const date = `${letter(topLeft.column)}$${DATE_ROW}`;
  const helper = (column: number) => `$${letter(column)}${topLeft.row}`;
  return {
    nonStandard:
      `=AND(${cell}<>"",OR(ISERROR(FIND(LEFT(${cell},1),"√迟早事病×免")),` +
      `AND(LEN(${cell})>1,MID(${cell},2,1)<>"${FULL_COLON}",MID(${cell},2,1)<>":")))`,
    absent: `=${key}="×${FULL_COLON}"`,
    leave: `=OR(${key}="事${FULL_COLON}",${key}="病${FULL_COLON}")`,
    exemptCode: `=${key}="免${FULL_COLON}"`,
    notDue:
      `=${helper(COUNTED_COLUMN)}*(${helper(FROM_COLUMN)}<=${date})*(${helper(TO_COLUMN)}>=${date})` +
      `*(1-(${helper(EXEMPT_FROM_COLUMN)}<=${date})*(${helper(EXEMPT_TO_COLUMN)}>=${date}))=0`,
  };
}
