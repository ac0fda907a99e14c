/**
 * The areas of a sheet the add-in fills with its own formulas, recorded so that reading the sheet
 * can leave their text out.
 *
 * Microsoft: "Excel on the web has a payload size limit for requests and responses of 5MB.
 * RichAPI.Error will be thrown if that limit is exceeded." (Resource limits and performance
 * optimization for Office Add-ins, section "Excel add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Reading every owned sheet's used range with its formulas came to 8.5 MB at 2,000 members, more
 * than half of it the text of the attendance sheets' SUMPRODUCTs and 活动安排's lookups, which no
 * parser reads: it only needs to know such a cell holds a formula.
 *
 * So the writer records, per sheet, where it filled formulas down or across (FormulaCell.filledFrom:
 * a fill run and the cell it starts from; a formula carried back from the user's cells is never
 * filled) in a hidden workbook name, `_PartyDayOwn_<kind>`, referring to those rectangles. Excel
 * keeps a name's reference up to date when the user inserts or deletes rows and columns, and the
 * inventory's sync already loads every name, so the read knows the areas without a sync more. It
 * loads values over the whole used range, and formulas and number formats only over the rest;
 * cells inside the areas read as ADD_IN_FORMULA (src/workbook/grid.ts).
 */
import {
  formatRange,
  MAX_COLUMNS,
  MAX_ROWS,
  parseCell,
  parseSheetReference,
  sheetReference,
  type RangeBox,
} from '../workbook/address';
import type { SheetDescription } from '../workbook/description';
import { equalRectangles, keyGrid } from './rectangles';

/** Excel's longest formula; a name whose areas would need more is not written (the read is whole). */
const MAX_FORMULA_LENGTH = 8_192;

/** The rectangles (1-based, sheet coordinates) of the description's filled formulas and their sources. */
export function ownFormulaBoxes(description: SheetDescription): RangeBox[] {
  const cells: Array<{ row: number; column: number }> = [];
  for (const block of description.blocks) {
    const anchor = parseCell(block.anchor);
    if (!anchor) throw new RangeError(`Bad anchor ${block.anchor}`);
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (
          cell === null ||
          typeof cell !== 'object' ||
          !('formula' in cell) ||
          cell.filledFrom === undefined
        )
          return;
        const from = parseCell(cell.filledFrom);
        if (!from) throw new RangeError(`Bad filledFrom ${cell.filledFrom}`);
        cells.push({ row: anchor.row + r, column: anchor.column + c }, from);
      }),
    );
  }
  if (cells.length === 0) return [];
  const top = Math.min(...cells.map((cell) => cell.row));
  const left = Math.min(...cells.map((cell) => cell.column));
  const rows = Math.max(...cells.map((cell) => cell.row)) - top + 1;
  const columns = Math.max(...cells.map((cell) => cell.column)) - left + 1;
  const grid = keyGrid<true>(rows, columns);
  for (const cell of cells) grid.keys[(cell.row - top) * columns + (cell.column - left)] = true;
  return equalRectangles(grid).map((box) => ({
    top: box.top + top,
    left: box.left + left,
    bottom: box.bottom + top,
    right: box.right + left,
  }));
}

/** The name's formula: the rectangles as one union reference; null when there are none or too many. */
export function ownAreasFormula(sheetName: string, boxes: readonly RangeBox[]): string | null {
  if (boxes.length === 0) return null;
  const formula = `=${boxes.map((box) => sheetReference(sheetName, box)).join(',')}`;
  return formula.length > MAX_FORMULA_LENGTH ? null : formula;
}

/**
 * The rectangles a name's formula refers to on `sheetName`; null unless every part is a rectangle
 * on that sheet (a reference Excel turned into #REF! after its cells were deleted, a name the user
 * edited): then the sheet is read whole.
 */
export function parseOwnAreas(formula: string, sheetName: string): RangeBox[] | null {
  const parts = splitUnion(formula.trim().replace(/^=/, ''));
  const boxes: RangeBox[] = [];
  for (const part of parts) {
    const reference = parseSheetReference(part);
    if (reference === null || reference.sheetName !== sheetName) return null;
    boxes.push(reference.box);
  }
  return boxes.length > 0 ? boxes : null;
}

/** Splits 'A'!$A$1:$B$2,'B,C'!$C$3 at the commas outside quoted sheet names. */
function splitUnion(text: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.filter((part) => part.trim() !== '');
}

/**
 * The rest of the sheet as rectangles: the rows cut into bands where an area starts or ends, each
 * band's columns outside the areas crossing it; equal neighbouring bands joined. Intersected with
 * the used range by Excel, they are what is read with formulas and number formats.
 */
export function complementBoxes(areas: readonly RangeBox[]): RangeBox[] {
  const cuts = new Set<number>([1, MAX_ROWS + 1]);
  for (const area of areas) {
    cuts.add(area.top);
    cuts.add(area.bottom + 1);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const result: RangeBox[] = [];
  let previous: { top: number; bottom: number; spans: Array<[number, number]> } | null = null;
  const flush = (): void => {
    if (previous === null) return;
    for (const [left, right] of previous.spans)
      result.push({ top: previous.top, bottom: previous.bottom, left, right });
  };
  for (let i = 0; i + 1 < edges.length; i++) {
    const top = edges[i];
    const bottom = edges[i + 1] - 1;
    const covered = areas
      .filter((area) => area.top <= top && area.bottom >= bottom)
      .map((area): [number, number] => [area.left, area.right])
      .sort((a, b) => a[0] - b[0]);
    const spans: Array<[number, number]> = [];
    let next = 1;
    for (const [left, right] of covered) {
      if (left > next) spans.push([next, left - 1]);
      next = Math.max(next, right + 1);
    }
    if (next <= MAX_COLUMNS) spans.push([next, MAX_COLUMNS]);
    if (previous !== null && JSON.stringify(previous.spans) === JSON.stringify(spans)) {
      previous.bottom = bottom;
      continue;
    }
    flush();
    previous = { top, bottom, spans };
  }
  flush();
  return result.filter((box) => box.left <= box.right);
}

/** One sheet's name update, queued with its write. */
export interface OwnAreasWrite {
  name: string;
  /** The name exists already (deleted first: Excel keeps a name's reference, not its text). */
  replace: boolean;
  /** The new reference, or null to leave no record. */
  formula: string | null;
}

export function queueOwnAreasWrite(context: Excel.RequestContext, write: OwnAreasWrite): void {
  const names = context.workbook.names;
  if (write.replace) names.getItem(write.name).delete();
  if (write.formula === null) return;
  const item = names.add(write.name, write.formula);
  item.visible = false;
}

/** For messages and tests: the rectangles as A1 text. */
export function boxesText(boxes: readonly RangeBox[]): string {
  return boxes.map((box) => formatRange(box)).join(',');
}
