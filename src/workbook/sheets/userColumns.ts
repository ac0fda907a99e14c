/**
 * Columns a secretary adds to an owned sheet — “备注2” or “联系电话” typed right of the last column
 * of 党员名册, 活动安排 or 节假日, or beside the member totals of an 出勤 sheet — and what she types
 * in them.
 *
 * Owned sheets are cleared and rewritten on every generation, so these columns are read back like
 * everything else entered: each row's cells filed under the row's key (member id, activity,
 * date), never under its row number, and written again beside the regenerated rows, with the
 * column's header. Each sheet decides what a row whose key is gone becomes (an 已取消 activity, a
 * former member, a row marked 待更正), so those cells stay in view as well.
 */
import { cellRef, columnLetters } from '../address';
import type { Cell, CellBlock, CellStyle, ColumnSpec, RangeStyle } from '../description';
import { gridCell, gridEnd, type RawGrid } from '../grid';
import { keptCell } from './common';

/** One column the user added. */
export interface UserColumn {
  /** Its cells in the sheet's header rows, top to bottom, as typed. */
  header: Cell[];
  /**
   * How many columns right of the sheet's own last column it stood (1: right next to it). It is
   * written there again when that column is free, so a column stays where the user put it.
   */
  offset: number;
  /** Its width in characters, when the port reads widths. */
  width?: number;
}

/** The columns the user added to one owned sheet and what was typed in them. */
export interface UserColumns {
  /** Left to right. */
  columns: UserColumn[];
  /** By the row's key (member id, activity key, date …): its cells, in `columns` order. */
  rows: Map<string, Cell[]>;
  /** Rows with something only in these columns (no key to file them under): written after the sheet's rows. */
  loose: Cell[][];
}

export function emptyUserColumns(): UserColumns {
  return { columns: [], rows: new Map(), loose: [] };
}

/** What a sheet tells the reader about its layout in this grid. */
export interface UserColumnScan {
  /** Sheet rows of the header, top to bottom. */
  headerRows: readonly number[];
  /** The first row of the body. */
  firstRow: number;
  /** True for the sheet's own columns as found in this grid. */
  isOwn: (column: number) => boolean;
  /** The sheet's last own column in this grid: offsets count from it. */
  base: number;
}

function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** Reads the user's columns of one grid; the sheet's parser files each row under its key. */
export class UserColumnReader {
  /** The sheet columns of the user's columns, left to right. */
  readonly sheetColumns: readonly number[];
  private readonly rows = new Map<string, Cell[]>();
  private readonly loose: Cell[][] = [];

  constructor(
    private readonly grid: RawGrid,
    private readonly scan: UserColumnScan,
  ) {
    const end = gridEnd(grid);
    const columns: number[] = [];
    const rows = [...scan.headerRows];
    for (let row = scan.firstRow; row <= end.row; row++) rows.push(row);
    for (let column = grid.origin.column; column <= end.column; column++) {
      if (scan.isOwn(column)) continue;
      if (rows.some((row) => !isBlank(keptCell(gridCell(grid, row, column))))) columns.push(column);
    }
    this.sheetColumns = columns;
  }

  /** True when the column is one of the user's. */
  has(column: number): boolean {
    return this.sheetColumns.includes(column);
  }

  /** The row's cells in the user's columns, as typed; null when they are all empty. */
  cellsOf(row: number): Cell[] | null {
    if (this.sheetColumns.length === 0) return null;
    const cells = this.sheetColumns.map((column) => keptCell(gridCell(this.grid, row, column)));
    return cells.every(isBlank) ? null : cells;
  }

  /**
   * Files the row's cells under its key. A second row of the same key (a duplicated row) fills
   * what the first left empty; two different texts in one cell are both kept, joined with “；”.
   */
  keep(key: string, row: number): void {
    const cells = this.cellsOf(row);
    if (cells === null) return;
    const earlier = this.rows.get(key);
    this.rows.set(key, earlier === undefined ? cells : joinCells(earlier, cells));
  }

  /** A row with nothing but cells in the user's columns: kept as it is. */
  keepLoose(row: number): void {
    const cells = this.cellsOf(row);
    if (cells !== null) this.loose.push(cells);
  }

  result(): UserColumns {
    const widths = this.grid.columnWidths;
    return {
      columns: this.sheetColumns.map((column) => {
        const width = widths?.[column];
        return {
          header: this.scan.headerRows.map((row) => keptCell(gridCell(this.grid, row, column))),
          offset: column - this.scan.base,
          ...(width === undefined ? {} : { width }),
        };
      }),
      rows: this.rows,
      loose: this.loose,
    };
  }
}

function joinCells(a: readonly Cell[], b: readonly Cell[]): Cell[] {
  return a.map((x, i) => {
    const y = b[i] ?? null;
    if (isBlank(y) || JSON.stringify(x) === JSON.stringify(y)) return x;
    if (isBlank(x)) return y;
    return `${cellText(x)}；${cellText(y)}`;
  });
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return 'date' in cell ? cell.date : cell.formula;
  return String(cell);
}

/**
 * Sheet columns for the user's columns: where each stood (base + offset) when that is free, else
 * the next free column — the sheet's own columns may have grown (a new activity, a 状态 column).
 */
export function placeUserColumns(columns: readonly UserColumn[], base: number, firstFree: number): number[] {
  let next = firstFree;
  return columns.map((column) => {
    const at = Math.max(base + column.offset, next);
    next = at + 1;
    return at;
  });
}

export interface UserColumnsPlacement {
  /** The sheet's last own column as now written: offsets count from it. */
  base: number;
  /** The first column right of everything the sheet writes. */
  firstFree: number;
  /** The sheet's first header row. */
  headerRow: number;
  /** Its header rows. */
  headerHeight: number;
  /** The body rows from the row under the header: each one's cells in the user's columns, if any. */
  body: ReadonlyArray<readonly Cell[] | null | undefined>;
  headerStyle: CellStyle;
}

export interface UserColumnsParts {
  blocks: CellBlock[];
  columns: ColumnSpec[];
  styles: RangeStyle[];
}

const DEFAULT_WIDTH = 12;

/** The block (headers, body rows, then loose rows), widths and header styles of the user's columns. */
export function userColumnsParts(user: UserColumns | undefined, at: UserColumnsPlacement): UserColumnsParts {
  if (user === undefined || user.columns.length === 0) return { blocks: [], columns: [], styles: [] };
  const positions = placeUserColumns(user.columns, at.base, at.firstFree);
  const first = positions[0];
  const width = positions[positions.length - 1] - first + 1;
  const row = (cells: readonly Cell[] | null | undefined): Cell[] => {
    const out = new Array<Cell>(width).fill(null);
    positions.forEach((position, i) => {
      out[position - first] = cells?.[i] ?? null;
    });
    return out;
  };
  const header = Array.from({ length: at.headerHeight }, (_, r) =>
    row(user.columns.map((column) => column.header[r] ?? null)),
  );
  const cells = [...header, ...at.body.map(row), ...user.loose.map(row)];
  return {
    blocks: [{ anchor: cellRef(at.headerRow, first), cells }],
    columns: user.columns.map((column, i) => ({
      column: positions[i],
      width: column.width ?? DEFAULT_WIDTH,
    })),
    styles: positions.map((position) => {
      const letters = columnLetters(position);
      return {
        range: `${letters}${at.headerRow}:${letters}${at.headerRow + at.headerHeight - 1}`,
        style: at.headerStyle,
      };
    }),
  };
}
