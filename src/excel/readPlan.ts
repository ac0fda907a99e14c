/**
 * How the owned sheets' cells are read in syncs whose responses stay under Excel on the web's limit
 * ("a payload size limit for requests and responses of 5MB"): pure planning, the syncs themselves
 * are in ./readOwned.ts.
 *
 * Office.js gives no size before a read, so a response is estimated from the rectangle read: bytes
 * per cell of each array as JSON (values, formulas, number formats), measured on the fake of the API
 * (about 18–24 B a cell for the app's sheets, all arrays) and rounded up a little. Cells inside the
 * add-in's own formula areas (./ownAreas.ts) come without their formulas, and with ExcelApi 1.9 so
 * does every cell getSpecialCells does not find holding one (./readGrid.ts).
 *
 * Before the first read only the inventory is known: a sheet with recorded areas reaches at least
 * their far corner; a sheet without them (the roster, settings, holidays) is of unknown size. When
 * all of it fits one response by that guess, everything is read in one sync, as before; otherwise
 * the first read takes whole the sheets whose guess fits and only the used-range address of the
 * rest, which are then read in bands of rows packed into syncs by the same estimate.
 */
import { boxColumns, boxRows, type RangeBox } from '../workbook/address';

/** Estimated bytes a read sync may return: 4,000,000 B with room for the estimate's error. */
export const RESPONSE_BUDGET_BYTES = 3_800_000;
/**
 * What the sheets of unknown size may weigh together for the whole read to go in one sync (a
 * roster of about 2,500 members). When they weigh more, Excel refuses the response and the read is
 * made again in parts (./readOwned.ts): one sync lost, nothing else.
 */
export const UNKNOWN_SHEETS_BYTES = 1_000_000;

/** JSON bytes a cell adds to the response, per array loaded ('General', is 10). */
const VALUE_BYTES = 6;
const FORMULA_BYTES = 6;
const FORMAT_BYTES = 10;
/**
 * Where formulas are read only in the cells getSpecialCells finds holding one (./readGrid.ts,
 * ExcelApi 1.9), an allowance per cell for the user's own formulas.
 */
const FOUND_FORMULA_BYTES = 1;
/** The address and the arrays' brackets, per range loaded. */
const RANGE_BYTES = 100;

export interface SheetToRead {
  kind: string;
  /** The add-in's own formula areas, when recorded: their cells are read without formulas. */
  ownAreas?: readonly RangeBox[];
}

function overlap(a: RangeBox, b: RangeBox): number {
  const rows = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + 1;
  const columns = Math.min(a.right, b.right) - Math.max(a.left, b.left) + 1;
  return rows > 0 && columns > 0 ? rows * columns : 0;
}

export interface ReadOptions {
  /** Estimated bytes a read sync may return; RESPONSE_BUDGET_BYTES by default. */
  budget?: number;
  /** Formulas are read only where getSpecialCells finds them (ExcelApi 1.9). */
  findFormulas?: boolean;
}

/** Estimated response bytes of reading `box` of a sheet with these own areas (they never overlap). */
export function estimateBytes(
  box: RangeBox,
  ownAreas: readonly RangeBox[] = [],
  findFormulas = false,
): number {
  const cells = boxRows(box) * boxColumns(box);
  const own = ownAreas.reduce((sum, area) => sum + overlap(box, area), 0);
  return (
    RANGE_BYTES * (1 + ownAreas.length) +
    cells * (VALUE_BYTES + FORMAT_BYTES) +
    (cells - own) * (findFormulas ? FOUND_FORMULA_BYTES : FORMULA_BYTES)
  );
}

/** The least a sheet with recorded areas holds: from A1 to their far corner; null without them. */
export function guessedBox(ownAreas: readonly RangeBox[] | undefined): RangeBox | null {
  if (ownAreas === undefined || ownAreas.length === 0) return null;
  return {
    top: 1,
    left: 1,
    bottom: Math.max(...ownAreas.map((area) => area.bottom)),
    right: Math.max(...ownAreas.map((area) => area.right)),
  };
}

export interface FirstRead {
  /** Kinds read whole in the first read sync. */
  whole: string[];
  /** Kinds of which the first read loads only the used range's address. */
  probed: string[];
}

export function planFirstRead(sheets: readonly SheetToRead[], options: ReadOptions = {}): FirstRead {
  const budget = options.budget ?? RESPONSE_BUDGET_BYTES;
  const guesses = sheets.map((sheet) => {
    const box = guessedBox(sheet.ownAreas);
    return {
      kind: sheet.kind,
      bytes: box === null ? null : estimateBytes(box, sheet.ownAreas, options.findFormulas),
    };
  });
  const unknown = guesses.some((guess) => guess.bytes === null) ? UNKNOWN_SHEETS_BYTES : 0;
  const known = guesses.reduce((sum, guess) => sum + (guess.bytes ?? 0), 0);
  if (known + unknown <= budget) return { whole: sheets.map((sheet) => sheet.kind), probed: [] };
  const whole: string[] = [];
  const probed: string[] = [];
  let bytes = 0;
  for (const guess of guesses) {
    if (guess.bytes !== null && bytes + guess.bytes <= budget) {
      whole.push(guess.kind);
      bytes += guess.bytes;
    } else probed.push(guess.kind);
  }
  return { whole, probed };
}

/** Rows of a sheet's used range read in one range. */
export interface Band {
  kind: string;
  box: RangeBox;
}

/** A probed sheet: its used range as the first read found it. */
export interface SheetExtent extends SheetToRead {
  box: RangeBox;
}

/**
 * The probed sheets in bands of rows, packed into syncs whose estimated response stays within the
 * budget: a sheet that fits goes whole, a larger one in bands of as many rows as fit.
 */
export function planBands(sheets: readonly SheetExtent[], options: ReadOptions = {}): Band[][] {
  const budget = options.budget ?? RESPONSE_BUDGET_BYTES;
  const estimate = (box: RangeBox, sheet: SheetExtent) =>
    estimateBytes(box, sheet.ownAreas, options.findFormulas);
  const syncs: Array<{ bands: Band[]; bytes: number }> = [];
  const place = (band: Band, bytes: number): void => {
    const open = syncs.find((sync) => sync.bytes + bytes <= budget);
    if (open) {
      open.bands.push(band);
      open.bytes += bytes;
    } else syncs.push({ bands: [band], bytes });
  };
  for (const sheet of sheets) {
    let top = sheet.box.top;
    while (top <= sheet.box.bottom) {
      const bottom = lastRowWithin(sheet, top, (box) => estimate(box, sheet) <= budget);
      const box = { ...sheet.box, top, bottom };
      place({ kind: sheet.kind, box }, estimate(box, sheet));
      top = bottom + 1;
    }
  }
  return syncs.map((sync) => sync.bands);
}

/** The last row of a band from `top` that `fits` (at least one row). */
function lastRowWithin(sheet: SheetExtent, top: number, fits: (box: RangeBox) => boolean): number {
  const all = { ...sheet.box, top };
  if (fits(all)) return sheet.box.bottom;
  // Bisection: the estimate grows with the rows.
  let low = top;
  let high = sheet.box.bottom;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits({ ...all, bottom: middle })) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A band in two halves of rows, for a sync Excel refused as too large; null for one row. */
export function halves(band: Band): [Band, Band] | null {
  const { top, bottom } = band.box;
  if (top === bottom) return null;
  const middle = Math.floor((top + bottom) / 2);
  return [
    { kind: band.kind, box: { ...band.box, bottom: middle } },
    { kind: band.kind, box: { ...band.box, top: middle + 1 } },
  ];
}
