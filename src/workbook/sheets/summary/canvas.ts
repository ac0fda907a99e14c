/**
 * A row-by-row drawing surface for the printed summaries: forms are laid out top to bottom, each
 * table placed on a fixed grid of columns, and become one cell block with styles, merges and row
 * heights. Heights of wrapped rows are estimated here, because Excel does not fit the height of
 * merged or wrapped cells on opening and a filed form must not cut text off.
 */
import { cellRef, formatRange } from '../../address';
import type { Cell, CellBlock, CellStyle, RangeStyle, RowSpec } from '../../description';

/** Columns [from, to] (1-based, inclusive) of the grid that one field of a table occupies. */
export type Span = readonly [number, number];

export class SheetCanvas {
  private readonly cells: Cell[][] = [];
  private readonly styleList: RangeStyle[] = [];
  private readonly mergeList: string[] = [];
  private readonly heights = new Map<number, number>();

  /** widths: the grid's column widths, in characters of the default font. */
  constructor(readonly widths: readonly number[]) {}

  get columnCount(): number {
    return this.widths.length;
  }

  /** The last row drawn so far (0 before the first). */
  get lastRow(): number {
    return this.cells.length;
  }

  /** Adds an empty row and returns its number. */
  addRow(height?: number): number {
    this.cells.push(new Array<Cell>(this.columnCount).fill(null));
    const row = this.cells.length;
    if (height !== undefined) this.heights.set(row, height);
    return row;
  }

  set(row: number, column: number, value: Cell): void {
    this.cells[row - 1][column - 1] = value;
  }

  /** Writes values into the spans of one row, merging spans wider than a column. */
  fill(row: number, spans: readonly Span[], values: readonly Cell[]): void {
    spans.forEach(([from, to], i) => {
      this.set(row, from, values[i] ?? null);
      if (to > from) this.merge(row, from, row, to);
    });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.mergeList.push(formatRange({ top, left, bottom, right }));
  }

  style(top: number, left: number, bottom: number, right: number, style: CellStyle): void {
    const range =
      top === bottom && left === right ? cellRef(top, left) : formatRange({ top, left, bottom, right });
    this.styleList.push({ range, style });
  }

  /** Styles whole rows of the grid. */
  styleRows(top: number, bottom: number, style: CellStyle): void {
    this.style(top, 1, bottom, this.columnCount, style);
  }

  /** Sets a row's height, keeping the larger when set twice. */
  height(row: number, points: number): void {
    this.heights.set(row, Math.max(points, this.heights.get(row) ?? 0));
  }

  /**
   * Points of every row drawn so far, a row without a height counted at `defaultHeight` (what
   * spreadsheet programs give the default font's row).
   */
  totalHeight(defaultHeight = 15): number {
    let total = 0;
    for (let row = 1; row <= this.lastRow; row += 1) total += this.heights.get(row) ?? defaultHeight;
    return total;
  }

  /** Width of a span in characters. */
  spanWidth([from, to]: Span): number {
    let width = 0;
    for (let column = from; column <= to; column += 1) width += this.widths[column - 1];
    return width;
  }

  /** Makes a row tall enough for each value to wrap within its span at the given font size. */
  fitRow(row: number, spans: readonly Span[], values: readonly Cell[], fontSize: number): void {
    let lines = 1;
    spans.forEach((span, i) => {
      const value = values[i];
      if (typeof value !== 'string') return;
      lines = Math.max(lines, wrappedLines(value, this.spanWidth(span), fontSize));
    });
    this.height(row, lineHeight(fontSize) * lines + 4);
  }

  block(): CellBlock {
    return { anchor: 'A1', cells: this.cells.map((row) => [...row]) };
  }

  styles(): RangeStyle[] {
    return [...this.styleList];
  }

  merges(): string[] {
    return [...this.mergeList];
  }

  rows(): RowSpec[] {
    return [...this.heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
  }

  columns(): { column: number; width: number }[] {
    return this.widths.map((width, i) => ({ column: i + 1, width }));
  }
}

/** Points of one line of text at a font size (with the leading spreadsheets use). */
export function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.45);
}

/**
 * Lines the text takes in a column `width` characters wide (of the 11 pt default font): a Chinese
 * character is about two characters wide, scaled by the font size; explicit line breaks count.
 */
export function wrappedLines(text: string, width: number, fontSize: number): number {
  // Cell padding takes about one character.
  const usable = Math.max(1, width - 1);
  const scale = fontSize / 11;
  let lines = 0;
  for (const line of text.split('\n')) {
    let units = 0;
    for (const ch of line) units += (isWide(ch) ? 2 : 1.1) * scale;
    lines += Math.max(1, Math.ceil(units / usable));
  }
  return lines;
}

function isWide(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}
