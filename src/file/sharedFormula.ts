/**
 * The formula of a cell that shares another cell's formula (<f t="shared">), as Excel computes it:
 * the first cell's formula with every relative reference moved by the offset between the cells —
 * cells (B7), whole columns (B:D) and whole rows (3:5) alike — and $-anchored parts kept. Text in
 * quotes, sheet names, function names and table references ([@金额]) do not move. A reference
 * moved off the sheet becomes #REF!, as in Excel.
 */
import { columnLetters, columnNumber, MAX_COLUMNS, MAX_ROWS } from '../workbook/address';

type Part =
  | string
  | { kind: 'cell'; columnAnchored: boolean; column: number; rowAnchored: boolean; row: number }
  | { kind: 'column'; anchored: boolean; column: number }
  | { kind: 'row'; anchored: boolean; row: number };

/** Strings, quoted sheet names, table references, numbers, words, then any single character. */
const TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|\[(?:[^[\]]|\[[^\]]*\])*\]|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|[A-Za-z_\\$][A-Za-z0-9_.$]*|[^]/g;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d{1,7})$/;

/** Reads the formula once; the function gives it moved by (rows, columns). */
export function compileSharedFormula(formula: string): (rows: number, columns: number) => string {
  const parts = readParts(formula);
  return (rows, columns) =>
    parts.map((part) => (typeof part === 'string' ? part : moved(part, rows, columns))).join('');
}

function readParts(formula: string): Part[] {
  const tokens = formula.match(TOKEN) ?? [];
  const parts: Part[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1] ?? '';
    const afterColon = tokens[i + 2] ?? '';
    // A whole-column (B:D) or whole-row (3:5) range: both ends move.
    if (next === ':' && !isFunctionOrSheet(tokens[i + 3] ?? '')) {
      const range = wholeRange(token, afterColon);
      if (range !== null) {
        parts.push(range[0], ':', range[1]);
        i += 2;
        continue;
      }
    }
    const cell = /^[A-Za-z$]/.test(token) && !isFunctionOrSheet(next) ? CELL.exec(token) : null;
    const column = cell === null ? null : columnNumber(cell[2]);
    if (cell !== null && column !== null) {
      parts.push({
        kind: 'cell',
        columnAnchored: cell[1] === '$',
        column,
        rowAnchored: cell[3] === '$',
        row: Number(cell[4]),
      });
    } else {
      parts.push(token);
    }
  }
  return parts;
}

function isFunctionOrSheet(next: string): boolean {
  return next === '(' || next === '!';
}

function wholeRange(from: string, to: string): [Part, Part] | null {
  const columnFrom = COLUMN.exec(from);
  const columnTo = COLUMN.exec(to);
  if (columnFrom && columnTo) {
    const a = columnNumber(columnFrom[2]);
    const b = columnNumber(columnTo[2]);
    if (a === null || b === null) return null;
    return [
      { kind: 'column', anchored: columnFrom[1] === '$', column: a },
      { kind: 'column', anchored: columnTo[1] === '$', column: b },
    ];
  }
  const rowFrom = ROW.exec(from);
  const rowTo = ROW.exec(to);
  if (rowFrom && rowTo)
    return [
      { kind: 'row', anchored: rowFrom[1] === '$', row: Number(rowFrom[2]) },
      { kind: 'row', anchored: rowTo[1] === '$', row: Number(rowTo[2]) },
    ];
  return null;
}

function moved(part: Exclude<Part, string>, rows: number, columns: number): string {
  switch (part.kind) {
    case 'cell': {
      const column = part.columnAnchored ? part.column : part.column + columns;
      const row = part.rowAnchored ? part.row : part.row + rows;
      if (column < 1 || column > MAX_COLUMNS || row < 1 || row > MAX_ROWS) return '#REF!';
      return `${part.columnAnchored ? '$' : ''}${columnLetters(column)}${part.rowAnchored ? '$' : ''}${row}`;
    }
    case 'column': {
      const column = part.anchored ? part.column : part.column + columns;
      if (column < 1 || column > MAX_COLUMNS) return '#REF!';
      return `${part.anchored ? '$' : ''}${columnLetters(column)}`;
    }
    case 'row': {
      const row = part.anchored ? part.row : part.row + rows;
      if (row < 1 || row > MAX_ROWS) return '#REF!';
      return `${part.anchored ? '$' : ''}${row}`;
    }
  }
}
