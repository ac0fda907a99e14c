/**
 * Reading a roster the way real ones are written: the header row is found among the first rows
 * (under a title), its columns recognised by the names offices use (姓名/党员姓名, 所在支部/党支部,
 * 人员类别/党籍状态, 入党时间 …), and every row after it handed to the domain's parseRoster. Works on
 * a RawGrid (the user's 花名册 sheet, or our own 党员名册) and on CSV text.
 */
import { parseCsv } from '../domain/holidays/manual';
import type { Member, MemberCategory } from '../domain/member';
import { type RosterField, type RosterRow, type UnreadableCell, parseRoster } from '../domain/roster';
import { type CellValue, compactText } from '../domain/text';
import { ROSTER_FIELD_NAMES } from '../strings/attendance';
import { IMPORT_REVIEW } from '../strings/importReview';
import { IMPORT_TEXT, SHEET_PROBLEMS } from '../strings/sheets';
import { type RawGrid, gridEnd, gridValue, isRawError } from './grid';
import type { Parsed, SheetProblem } from './problems';
import { plainValue } from './sheets/common';

/** Header words by field; compared without spaces, brackets or a trailing colon. */
const HEADER_WORDS: Readonly<Record<RosterField, readonly string[]>> = {
  id: ['编号', '党员编号', '人员编号', '工号', 'id'],
  name: ['姓名', '党员姓名', '名字', '人员姓名'],
  branch: ['所属支部', '所在支部', '党支部', '支部', '所属党支部', '所在党支部', '支部名称', '党支部名称'],
  category: ['类别', '人员类别', '党籍状态', '党员类别', '身份', '政治面貌', '人员身份'],
  gender: ['性别'],
  joinedParty: ['入党日期', '入党时间', '入党年月'],
  onRosterFrom: ['在册起', '在册开始', '转入日期', '转入时间', '调入日期'],
  onRosterTo: ['在册止', '在册结束', '转出日期', '转出时间', '调出日期'],
  exempt: ['免参加', '是否免参加', '免参', '是否免参'],
  exemptionReason: ['免参加原因', '免参原因', '免参加理由'],
  exemptionApproval: ['审批', '免参加审批', '审批情况', '批准情况', '批准'],
  exemptionContact: ['联系人', '专人联系', '联系责任人', '免参加联系人'],
  exemptionFrom: ['免参加起', '免参加开始'],
  exemptionTo: ['免参加止', '免参加结束'],
  phone: ['联系电话', '手机号码', '手机', '电话', '联系方式', '手机号'],
  note: ['备注', '说明'],
  leader: ['领导干部', '是否领导干部', '党员领导干部', '是否党员领导干部'],
};

/** Columns real rosters have that this tool does not need: recognised so they are not reported. */
const KNOWN_UNUSED = [
  '序号',
  '转正时间',
  '转正日期',
  '民族',
  '出生年月',
  '出生日期',
  '学历',
  '职务',
  '籍贯',
  '身份证号',
  '工作单位',
];

function headerKey(text: string): string {
  return compactText(text)
    .replace(/[()（）【】[\]:：*＊]/g, '')
    .toLowerCase();
}

const FIELD_BY_WORD: ReadonlyMap<string, RosterField> = new Map(
  (Object.entries(HEADER_WORDS) as Array<[RosterField, readonly string[]]>).flatMap(([field, words]) =>
    words.map((word): [string, RosterField] => [headerKey(word), field]),
  ),
);
const UNUSED_WORDS = new Set(KNOWN_UNUSED.map(headerKey));

/** A table of cell values by sheet row (or file line), before the header is known. */
export interface SourceTable {
  /** The sheet or file name, for messages. */
  source: string;
  rows: ReadonlyArray<SourceRow>;
}

export interface SourceRow {
  row: number;
  cells: readonly CellValue[];
  /**
   * Cells showing an error value (#NUM!, #DIV/0! …), by 0-based column: the error's text, '' when
   * the reader could not tell which. Their `cells` entry is null.
   */
  errors?: ReadonlyMap<number, string>;
}

export interface RecognisedHeader {
  row: number;
  /** 0-based column index in the table's cells, by field. */
  columns: Partial<Record<RosterField, number>>;
  /** Header texts not recognised (neither used nor known to be unneeded). */
  ignored: string[];
}

/** Rows searched for the header (a title and a subtitle often come first). */
const HEADER_SEARCH_ROWS = 10;

export function recogniseHeader(table: SourceTable): RecognisedHeader | null {
  for (const { row, cells } of table.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const columns: Partial<Record<RosterField, number>> = {};
    const ignored: string[] = [];
    cells.forEach((cell, index) => {
      const text = typeof cell === 'string' ? cell.trim() : '';
      if (text === '') return;
      const field = FIELD_BY_WORD.get(headerKey(text));
      if (field !== undefined && columns[field] === undefined) columns[field] = index;
      else if (field === undefined && !UNUSED_WORDS.has(headerKey(text))) ignored.push(text);
    });
    if (columns.name !== undefined && Object.keys(columns).length >= 2) return { row, columns, ignored };
  }
  return null;
}

export interface ImportOptions {
  /** Used when the roster has no 所属支部 column (or a row leaves it blank). */
  defaultBranch?: string;
  /** Used when the roster has no 类别 column: a roster of party members. */
  defaultCategory?: MemberCategory;
  reservedIds?: Iterable<string>;
}

export interface RosterImportResult {
  members: Member[];
  /** The sheet row (or file line) each member was read from, by member id. */
  memberRows: Map<string, number>;
  /** Rows read (blank rows excluded). */
  rowCount: number;
  header: RecognisedHeader | null;
  /** Cells of kept members that could not be read (also warnings among the problems). */
  unreadable: UnreadableCell[];
}

/** Members from a table; every row is a member or a problem naming its row. */
export function importRosterTable(
  table: SourceTable,
  options: ImportOptions = {},
): Parsed<RosterImportResult> {
  const sheet = table.source;
  const header = recogniseHeader(table);
  if (header === null) {
    return {
      value: { members: [], memberRows: new Map(), rowCount: 0, header: null, unreadable: [] },
      problems: [{ sheet, severity: 'error', message: SHEET_PROBLEMS.headerNotFound(sheet, '姓名') }],
    };
  }
  const problems: SheetProblem[] = [];
  if (header.columns.branch === undefined && options.defaultBranch === undefined) {
    return {
      value: { members: [], memberRows: new Map(), rowCount: 0, header, unreadable: [] },
      problems: [
        {
          sheet,
          row: header.row,
          severity: 'error',
          message: SHEET_PROBLEMS.headerNotFound(sheet, '所属支部'),
        },
      ],
    };
  }
  if (header.columns.branch === undefined && options.defaultBranch !== undefined) {
    problems.push({
      sheet,
      severity: 'warning',
      message: IMPORT_TEXT.defaultBranchUsed(sheet, options.defaultBranch),
    });
  }
  if (header.ignored.length > 0) {
    problems.push({
      sheet,
      row: header.row,
      severity: 'warning',
      message: IMPORT_TEXT.unknownColumns(sheet, header.ignored.join('、')),
    });
  }
  const rows: RosterRow[] = [];
  let refusedRows = 0;
  for (const { row, cells, errors } of table.rows.filter((entry) => entry.row > header.row)) {
    const rosterRow: RosterRow = { row };
    let refused = false;
    for (const [field, index] of Object.entries(header.columns) as Array<[RosterField, number]>) {
      rosterRow[field] = cells[index] ?? null;
      const error = errors?.get(index);
      if (error === undefined) continue;
      // A cell showing an error value (a formula gone wrong): named as such, never quoted as data.
      const required = REQUIRED_FIELDS.has(field);
      problems.push({
        sheet,
        row,
        severity: required ? 'error' : 'warning',
        message: IMPORT_REVIEW.errorCell(row, ROSTER_FIELD_NAMES[field], error, required),
      });
      refused ||= required;
    }
    if (refused) refusedRows += 1;
    else rows.push(rosterRow);
  }
  const parsed = parseRoster(rows, {
    defaultBranch: options.defaultBranch,
    defaultCategory:
      header.columns.category === undefined
        ? (options.defaultCategory ?? '正式党员')
        : options.defaultCategory,
    reservedIds: options.reservedIds,
  });
  for (const problem of parsed.problems) {
    problems.push({ sheet, row: problem.row, severity: problem.severity, message: problem.message });
  }
  const rowCount = rows.length + refusedRows - parsed.blankRows.length;
  if (rowCount === 0) problems.push({ sheet, severity: 'error', message: IMPORT_TEXT.noRows(sheet) });
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return {
    value: {
      members: parsed.members,
      memberRows: parsed.memberRows,
      rowCount,
      header,
      unreadable: parsed.unreadable,
    },
    problems,
  };
}

/** Fields a row is not imported without. */
const REQUIRED_FIELDS = new Set<RosterField>(['name', 'branch', 'category']);

/**
 * A grid as a table: one entry per sheet row from the grid's first row, cells from column A. Error
 * values (and a number that is none, which a reader gives for an error shown in a date format) are
 * set apart in `errors`.
 */
export function tableFromGrid(grid: RawGrid): SourceTable {
  const end = gridEnd(grid);
  const rows: SourceRow[] = [];
  for (let row = grid.origin.row; row <= end.row; row++) {
    const cells: CellValue[] = [];
    const errors = new Map<number, string>();
    for (let column = 1; column <= end.column; column++) {
      const value = gridValue(grid, row, column);
      if (isRawError(value) || (typeof value === 'number' && !Number.isFinite(value))) {
        errors.set(column - 1, isRawError(value) ? value.error : '');
        cells.push(null);
      } else cells.push(plainValue(value));
    }
    rows.push(errors.size > 0 ? { row, cells, errors } : { row, cells });
  }
  return { source: grid.sheetName, rows };
}

/** CSV text as a table, rows numbered by file line. */
export function tableFromCsv(text: string, source: string): SourceTable {
  const { rows } = parseCsv(text);
  return { source, rows: rows.map(({ line, cells }) => ({ row: line, cells })) };
}

/** Which of the workbook's sheets looks like a roster: named like 花名册/名册/党员, else null. */
export function rosterSheetName(sheetNames: readonly string[]): string | null {
  return sheetNames.find((name) => /花名册|名册|党员名单|党员信息/.test(name)) ?? null;
}
