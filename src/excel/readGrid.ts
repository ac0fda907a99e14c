/**
 * A used range loaded through Office.js, as the RawGrid the file port also produces: empty cells
 * null, formulas '=…' beside their results, dates as serial numbers with their number format.
 */
import { formatRange, parseRange, parseSheetReference, type RangeBox } from '../workbook/address';
import { ADD_IN_FORMULA, emptyGrid, type RawGrid, type RawValue } from '../workbook/grid';
import { complementBoxes } from './ownAreas';

/** Queues the loads of a sheet's used range; read it with `gridOf` after the next sync. */
export function loadUsedRange(sheet: Excel.Worksheet): Excel.Range {
  return sheet.getUsedRangeOrNullObject().load('address,values,formulas,numberFormat');
}

const ERROR_VALUE =
  /^#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** The arrays read of one rectangle of a sheet: rows × columns, the add-in's formulas marked. */
export interface CellArrays {
  box: RangeBox;
  values: unknown[][];
  formulas: unknown[][];
  numberFormats: unknown[][];
}

/** A read queued: its arrays after the next sync, or null for a sheet with no used range. */
export interface ArraysLoad {
  arrays(): CellArrays | null;
}

/**
 * Queues the read of an owned sheet. Without recorded areas of the add-in's own formulas, the used
 * range whole (values, formulas, number formats); with them (see ./ownAreas.ts), values and number
 * formats over the used range, and formulas only over the rest of the sheet, each part intersected
 * with the used range by Excel in the same request: the formulas' text, most of a large workbook,
 * stays out of the response. Cells inside the areas read as ADD_IN_FORMULA with their result as
 * value, so the parsers see what they saw before. Their number formats are read: a write leaves
 * out the formats a cell has already (./knownFormats.ts).
 *
 * `band`: only these rows of the used range, whose address a first read gave (./readOwned.ts);
 * null reads the used range itself.
 */
export function loadCells(
  sheet: Excel.Worksheet,
  ownAreas: readonly RangeBox[] | undefined,
  band: RangeBox | null,
  findFormulas = false,
): ArraysLoad {
  if (findFormulas) return loadFoundFormulas(sheet, ownAreas ?? [], band);
  if (ownAreas === undefined || ownAreas.length === 0) {
    if (band !== null) {
      const rows = sheet.getRange(formatRange(band)).load('address,values,formulas,numberFormat');
      return { arrays: () => arraysOf(rows) };
    }
    const used = loadUsedRange(sheet);
    return { arrays: () => (used.isNullObject ? null : arraysOf(used)) };
  }
  // Not the OrNullObject form: its intersections are queued before Excel knows whether it exists,
  // and a blank sheet's used range is A1 ("it will not throw an error").
  const range = (band === null ? sheet.getUsedRange() : sheet.getRange(formatRange(band))).load(
    'address,values,numberFormat',
  );
  const parts = complementBoxes(ownAreas).map((box) =>
    range.getIntersectionOrNullObject(formatRange(box)).load('address,formulas'),
  );
  return {
    arrays: () =>
      splitArraysOf(
        range,
        ownAreas,
        parts.filter((part) => !part.isNullObject),
      ),
  };
}

/**
 * The same read where ExcelApi 1.9 allows, with formulas only where there are any: values and number
 * formats over the range, and the formulas of the cells Range.getSpecialCells finds holding one
 * outside the add-in's own areas ("Gets the RangeAreas object, comprising one or more rectangular
 * ranges, that represents all the cells that match the specified type and value";
 * Excel.SpecialCellType.formulas). A constant's `formulas` entry is only its value again, and a
 * roster or a sheet of marks is almost all constants: at 5,000 members this leaves 1.8 MB of the
 * read's 8 MB out, and the read fits two syncs instead of three.
 */
function loadFoundFormulas(
  sheet: Excel.Worksheet,
  ownAreas: readonly RangeBox[],
  band: RangeBox | null,
): ArraysLoad {
  const range = (band === null ? sheet.getUsedRange() : sheet.getRange(formatRange(band))).load(
    'address,values,numberFormat',
  );
  const boxes = complementBoxes(ownAreas).flatMap((box) => {
    if (band === null) return [box];
    const clipped = {
      top: Math.max(box.top, band.top),
      left: Math.max(box.left, band.left),
      bottom: Math.min(box.bottom, band.bottom),
      right: Math.min(box.right, band.right),
    };
    return clipped.top <= clipped.bottom && clipped.left <= clipped.right ? [clipped] : [];
  });
  if (boxes.length === 0) return { arrays: () => splitArraysOf(range, ownAreas, []) };
  const where =
    boxes.length === 1
      ? sheet.getRange(formatRange(boxes[0]))
      : sheet.getRanges(boxes.map((box) => formatRange(box)).join(','));
  const found = where.getSpecialCellsOrNullObject('Formulas').load('cellCount');
  const areas = found.areas.load('items/address,items/formulas');
  return {
    arrays: () => splitArraysOf(range, ownAreas, found.isNullObject ? [] : areas.items),
  };
}

/**
 * Queues the read of a sheet's merged areas (Range.getMergedAreasOrNullObject, ExcelApi 1.13: "Returns
 * a RangeAreas object that represents the merged areas in this range … If there are no merged areas,
 * this method returns a null object"), over the whole sheet; after the next sync, each area of more
 * than one cell, top to bottom, then left to right.
 */
export function loadMerges(sheet: Excel.Worksheet): () => RangeBox[] {
  const merged = sheet.getRange().getMergedAreasOrNullObject().load('areaCount');
  const areas = merged.areas.load('items/address');
  return () =>
    merged.isNullObject
      ? []
      : areas.items
          .map((area) => boxOf(String(area.address)))
          .filter((box) => box.bottom > box.top || box.right > box.left)
          .sort((a, b) => a.top - b.top || a.left - b.left);
}

export function boxOf(address: string): RangeBox {
  const box = parseSheetReference(address)?.box ?? parseRange(address.slice(address.lastIndexOf('!') + 1));
  if (!box) throw new RangeError(`Unreadable range address ${address}`);
  return box;
}

function splitArraysOf(
  used: Excel.Range,
  ownAreas: readonly RangeBox[],
  /** Ranges that exist (not null objects), each with its address and formulas loaded. */
  parts: readonly Excel.Range[],
): CellArrays {
  const box = boxOf(String(used.address));
  const values = used.values as unknown[][];
  const formulas: unknown[][] = values.map((row) => row.map(() => null));
  for (const area of ownAreas)
    for (let row = Math.max(area.top, box.top); row <= Math.min(area.bottom, box.bottom); row++)
      for (let column = Math.max(area.left, box.left); column <= Math.min(area.right, box.right); column++)
        formulas[row - box.top][column - box.left] = ADD_IN_FORMULA;
  for (const part of parts) {
    const at = boxOf(String(part.address));
    (part.formulas as unknown[][]).forEach((row, r) =>
      row.forEach((formula, c) => {
        formulas[at.top - box.top + r][at.left - box.left + c] = formula;
      }),
    );
  }
  return { box, values, formulas, numberFormats: used.numberFormat as unknown[][] };
}

function arraysOf(range: Excel.Range): CellArrays {
  return {
    box: boxOf(String(range.address)),
    values: range.values as unknown[][],
    formulas: range.formulas as unknown[][],
    numberFormats: range.numberFormat as unknown[][],
  };
}

export function gridOf(sheetName: string, range: Excel.Range): RawGrid {
  return gridOfArrays(sheetName, [range.isNullObject ? null : arraysOf(range)]);
}

/**
 * One sheet's grid from the bands of rows it was read in (any order; one band for a sheet read
 * whole). They must tile one rectangle, the used range; none at all is an empty sheet.
 */
export function gridOfArrays(sheetName: string, reads: ReadonlyArray<CellArrays | null>): RawGrid {
  const bands = reads
    .filter((read): read is CellArrays => read !== null)
    .sort((a, b) => a.box.top - b.box.top);
  if (bands.length === 0) return emptyGrid(sheetName);
  const first = bands[0].box;
  const last = bands[bands.length - 1].box;
  bands.forEach((band, index) => {
    const rowsBefore = index === 0 ? first.top : bands[index - 1].box.bottom + 1;
    if (band.box.top !== rowsBefore || band.box.left !== first.left || band.box.right !== first.right)
      throw new RangeError(`${sheetName}: bands of rows that do not tile ${formatRange(first)}…`);
  });
  return gridFromArrays(
    sheetName,
    { ...first, bottom: last.bottom },
    bands.flatMap((band) => band.values),
    bands.flatMap((band) => band.formulas),
    bands.flatMap((band) => band.numberFormats),
  );
}

function gridFromArrays(
  sheetName: string,
  box: RangeBox,
  valuesIn: unknown[][],
  formulasIn: unknown[][],
  numberFormatsIn: unknown[][],
): RawGrid {
  // range.formulas gives a constant's value too, so text such as '=SUM(1,2)' kept in a text cell
  // reads the same in both arrays: a formula is '=…' text that differs from the cell's value.
  const formulaAt = (r: number, c: number): string | null => {
    const formula = formulasIn[r]?.[c];
    return typeof formula === 'string' && formula.startsWith('=') && formula !== valuesIn[r][c]
      ? formula
      : null;
  };
  const formulas = valuesIn.map((row, r) => row.map((_value, c) => formulaAt(r, c)));
  const values = valuesIn.map((row, r) => row.map((value, c) => rawValue(value, formulas[r][c] !== null)));
  const numberFormats = numberFormatsIn.map((row) =>
    row.map((format) => (typeof format === 'string' && format !== '' ? format : 'General')),
  );
  // A used range of one empty cell is what Excel reports for an empty sheet.
  if (values.length === 1 && values[0].length === 1 && values[0][0] === null && formulas[0][0] === null) {
    return emptyGrid(sheetName);
  }
  return { sheetName, origin: { row: box.top, column: box.left }, values, formulas, numberFormats };
}

function rawValue(value: unknown, formula: boolean): RawValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  const text = String(value);
  // Office.js gives a formula's error result as its text; a constant '#N/A' typed as text stays text.
  if (formula && ERROR_VALUE.test(text)) return { error: text };
  return text;
}
