/**
 * A fake workbook as plain data, to compare two workbooks cell by cell, formats included: what a
 * person would see, not how it got there. The fake keeps formats as a list of writes; here they
 * are replayed into each cell's final look (a value equal to Excel's default counts as unset, so
 * a format reset to the default and one never set compare equal), and borders into the lines
 * between cells (the bottom of a cell is the top of the one below, as Excel shows them).
 */
import type { FakeExcel, SheetState } from '../fakes/excel';
import { columnOfKey, rowOfKey, type Rect } from '../fakes/excel/address';

const DEFAULTS: Record<string, unknown> = {
  'font.bold': false,
  'font.italic': false,
  'font.color': '#000000',
  'font.size': 11,
  'font.name': 'Calibri',
  'font.underline': 'None',
  'font.strikethrough': false,
  'fill.color': '#FFFFFF',
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
};

/** Where formats are looked at: the cells' box, a margin around it, and the boxes of format writes of sensible size. */
function lookArea(sheet: SheetState): Rect {
  let bottom = 0;
  let right = 0;
  for (const key of sheet.cells.keys()) {
    bottom = Math.max(bottom, rowOfKey(key) + 1);
    right = Math.max(right, columnOfKey(key) + 1);
  }
  for (const entry of sheet.formats) {
    if (entry.property === '*' || entry.rect.rowCount * entry.rect.columnCount > 200_000) continue;
    bottom = Math.max(bottom, entry.rect.row + entry.rect.rowCount);
    right = Math.max(right, entry.rect.column + entry.rect.columnCount);
  }
  return { row: 0, column: 0, rowCount: bottom + 2, columnCount: right + 2 };
}

function clip(rect: Rect, area: Rect): Rect | null {
  const row = Math.max(rect.row, area.row);
  const column = Math.max(rect.column, area.column);
  const bottom = Math.min(rect.row + rect.rowCount, area.row + area.rowCount);
  const right = Math.min(rect.column + rect.columnCount, area.column + area.columnCount);
  return bottom > row && right > column
    ? { row, column, rowCount: bottom - row, columnCount: right - column }
    : null;
}

/** Ids of format values, shared by every snapshot so that two can be compared id by id; 0 is unset. */
const valueIds = new Map<string, number>();
const idValues: unknown[] = [undefined];
function valueId(value: unknown): number {
  const key = JSON.stringify(value);
  let id = valueIds.get(key);
  if (id === undefined) {
    id = idValues.length;
    idValues.push(value);
    valueIds.set(key, id);
  }
  return id;
}

/** One format property over the look area: a value id per cell (or per line), 0 where unset. */
class Layer {
  readonly ids: Int32Array;
  constructor(
    readonly rows: number,
    readonly columns: number,
  ) {
    this.ids = new Int32Array(rows * columns);
  }
  fill(top: number, left: number, bottom: number, right: number, id: number): void {
    const r0 = Math.max(0, top);
    const r1 = Math.min(this.rows, bottom);
    const c0 = Math.max(0, left);
    const c1 = Math.min(this.columns, right);
    if (c1 <= c0) return;
    for (let r = r0; r < r1; r++) this.ids.fill(id, r * this.columns + c0, r * this.columns + c1);
  }
}

/**
 * Each cell's looks ('font.bold' …) and each line's ('hstyle': the top edge of a cell, 'vstyle' its
 * left edge, likewise colour and weight), after replaying the sheet's format writes; a value equal
 * to Excel's default reads as unset, and a line with no style shows nothing whatever its colour.
 *
 * As in Excel, a line between two cells belongs to either or both: a range's top edge to its top
 * cells, its bottom edge to its bottom cells, its inside lines to the cells on both sides. Clearing
 * a cell's formats takes away its own sides only; a line shows what the side set last says.
 */
function looks(sheet: SheetState): Looks {
  const area = lookArea(sheet);
  const rows = area.rowCount;
  const columns = area.columnCount;
  const layers = new Map<string, Layer>();
  const layer = (key: string) => {
    let found = layers.get(key);
    if (!found) {
      const size = key.startsWith('h')
        ? [rows + 1, columns]
        : key.startsWith('v')
          ? [rows, columns + 1]
          : [rows, columns];
      layers.set(key, (found = new Layer(size[0], size[1])));
    }
    return found;
  };
  // Each line side: the order of the write that set it (for which side shows), per property.
  let order = 0;
  const side = (kind: 'h' | 'v', which: 'a' | 'b', property: string) => layer(`${kind}${which}${property}`);
  const sideOrder = (kind: 'h' | 'v', which: 'a' | 'b') => layer(`${kind}${which}#`);
  for (const entry of sheet.formats) {
    order++;
    const rect = clip(entry.rect, area);
    if (rect === null) continue;
    const bottom = rect.row + rect.rowCount;
    const right = rect.column + rect.columnCount;
    if (entry.property === '*') {
      for (const [key, found] of layers) {
        if (!key.startsWith('h') && !key.startsWith('v')) found.fill(rect.row, rect.column, bottom, right, 0);
        // 'a' is the side of the cell before the line (above / left), 'b' the cell after it.
        else if (key.startsWith('ha')) found.fill(rect.row + 1, rect.column, bottom + 1, right, 0);
        else if (key.startsWith('hb')) found.fill(rect.row, rect.column, bottom, right, 0);
        else if (key.startsWith('va')) found.fill(rect.row, rect.column + 1, bottom, right + 1, 0);
        else found.fill(rect.row, rect.column, bottom, right, 0);
      }
      continue;
    }
    const border = /^borders\.(\w+)\.(\w+)$/.exec(entry.property);
    if (border === null) {
      const value = DEFAULTS[entry.property] === entry.value ? 0 : valueId(entry.value);
      layer(`c${entry.property}`).fill(rect.row, rect.column, bottom, right, value);
      continue;
    }
    const [, edge, property] = border;
    const value = valueId(entry.value);
    const full = entry.rect;
    const fullBottom = full.row + full.rowCount;
    const fullRight = full.column + full.columnCount;
    const set = (
      kind: 'h' | 'v',
      which: 'a' | 'b',
      top: number,
      left: number,
      bottom2: number,
      right2: number,
    ) => {
      side(kind, which, property).fill(top, left, bottom2, right2, value);
      sideOrder(kind, which).fill(top, left, bottom2, right2, order);
    };
    if (edge === 'EdgeTop') set('h', 'b', full.row, rect.column, full.row + 1, right);
    if (edge === 'EdgeBottom') set('h', 'a', fullBottom, rect.column, fullBottom + 1, right);
    if (edge === 'InsideHorizontal') {
      const from = Math.max(full.row + 1, rect.row);
      const to = Math.min(fullBottom, bottom + 1);
      set('h', 'a', from, rect.column, to, right);
      set('h', 'b', from, rect.column, to, right);
    }
    if (edge === 'EdgeLeft') set('v', 'b', rect.row, full.column, bottom, full.column + 1);
    if (edge === 'EdgeRight') set('v', 'a', rect.row, fullRight, bottom, fullRight + 1);
    if (edge === 'InsideVertical') {
      const from = Math.max(full.column + 1, rect.column);
      const to = Math.min(fullRight, right + 1);
      set('v', 'a', rect.row, from, bottom, to);
      set('v', 'b', rect.row, from, bottom, to);
    }
  }
  // What each line shows: the side set last; nothing where its style is none.
  const shown = new Map<string, Int32Array>();
  const none = valueId('None');
  for (const kind of ['h', 'v'] as const) {
    const a = layers.get(`${kind}a#`)?.ids;
    const b = layers.get(`${kind}b#`)?.ids;
    const size = kind === 'h' ? (rows + 1) * columns : rows * (columns + 1);
    const properties = new Set(
      [...layers.keys()]
        .filter((key) => key.startsWith(`${kind}a`) || key.startsWith(`${kind}b`))
        .map((key) => key.slice(2)),
    );
    properties.delete('#');
    const styleA = layers.get(`${kind}astyle`)?.ids;
    const styleB = layers.get(`${kind}bstyle`)?.ids;
    for (const property of properties) {
      const ids = new Int32Array(size);
      const pa = layers.get(`${kind}a${property}`)?.ids;
      const pb = layers.get(`${kind}b${property}`)?.ids;
      for (let i = 0; i < size; i++) {
        const useB = (b?.[i] ?? 0) > (a?.[i] ?? 0);
        const style = (useB ? styleB : styleA)?.[i] ?? 0;
        ids[i] = style === 0 || style === none ? 0 : ((useB ? pb : pa)?.[i] ?? 0);
      }
      shown.set(`${kind}${property}`, ids);
    }
  }
  const cells = [...layers]
    .filter(([key]) => key.startsWith('c'))
    .map(([key, found]): [string, Int32Array] => [key, found.ids]);
  return { rows, columns, layers: new Map([...cells, ...shown]) };
}

export interface Looks {
  rows: number;
  columns: number;
  layers: Map<string, Int32Array>;
}

/** Where two sheets' looks differ, as readable lines. */
function lookDifferences(where: string, a: Looks, e: Looks, push: (line: string) => void): void {
  const rows = Math.max(a.rows, e.rows) + 1;
  const columns = Math.max(a.columns, e.columns) + 1;
  const at = (looks: Looks, key: string, r: number, c: number) => {
    const ids = looks.layers.get(key);
    const width = key.startsWith('v') ? looks.columns + 1 : looks.columns;
    const height = key.startsWith('h') ? looks.rows + 1 : looks.rows;
    if (ids === undefined || r >= height || c >= width) return 0;
    return ids[r * width + c];
  };
  for (const key of new Set([...a.layers.keys(), ...e.layers.keys()])) {
    const x = a.layers.get(key);
    const y = e.layers.get(key);
    if (x !== undefined && y !== undefined && a.rows === e.rows && a.columns === e.columns) {
      let same = true;
      for (let i = 0; i < x.length && same; i++) same = x[i] === y[i];
      if (same) continue;
    }
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++) {
        const p = at(a, key, r, c);
        const q = at(e, key, r, c);
        if (p !== q)
          push(
            `${where} ${key} R${r + 1}C${c + 1}: ${JSON.stringify(idValues[p])} ≠ ${JSON.stringify(idValues[q])}`,
          );
      }
  }
}

export interface SheetSnapshot {
  name: string;
  cells: Record<string, [unknown, string | null, string]>;
  looks: Looks;
  rest: Record<string, unknown>;
}

function sorted<T>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

export function sheetSnapshot(sheet: SheetState): SheetSnapshot {
  const cells: SheetSnapshot['cells'] = {};
  for (const [key, state] of [...sheet.cells].sort((a, b) => a[0] - b[0])) {
    if (state.value === '' && state.formula === undefined && state.numberFormat === 'General') continue;
    cells[`R${rowOfKey(key) + 1}C${columnOfKey(key) + 1}`] = [
      state.value,
      state.formula ?? null,
      state.numberFormat,
    ];
  }
  return {
    name: sheet.name,
    cells,
    looks: looks(sheet),
    rest: {
      visibility: sheet.visibility,
      tabColor: sheet.tabColor,
      showGridlines: sheet.showGridlines,
      freeze: sheet.freeze,
      pageLayout: sheet.pageLayout,
      rowBreaks: [...sheet.rowBreaks].sort((a, b) => a - b),
      customProperties: sorted(sheet.customProperties),
      hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
      hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
      columnWidths: [...sheet.columnWidths].sort((a, b) => a[0] - b[0]),
      rowHeights: [...sheet.rowHeights].sort((a, b) => a[0] - b[0]),
      merges: sorted(sheet.merges),
      validations: sorted(sheet.validations),
      // In priority order; ids are the fake's counters.
      conditionalFormats: [...sheet.conditionalFormats]
        .sort((a, b) => a.priority - b.priority)
        .map(({ id: _id, ...rest }) => rest),
      tables: sorted(sheet.tables.map(({ id: _id, ...rest }) => rest)),
    },
  };
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names: unknown[];
}

export function workbookSnapshot(fake: FakeExcel): WorkbookSnapshot {
  const idToName = new Map(fake.state.sheets.map((sheet) => [sheet.id, sheet.name]));
  return {
    sheets: fake.state.sheets.map(sheetSnapshot),
    names: sorted(
      fake.state.names.map((name) => ({
        name: name.name,
        formula: name.formula,
        visible: name.visible,
        comment: name.comment,
        scope: name.scopeSheetId === undefined ? null : idToName.get(name.scopeSheetId),
      })),
    ),
  };
}

/** The first differences between two snapshots, as readable lines (an empty list when equal). */
export function snapshotDifferences(
  actual: WorkbookSnapshot,
  expected: WorkbookSnapshot,
  limit = 20,
): string[] {
  const out: string[] = [];
  const push = (line: string) => {
    if (out.length < limit) out.push(line);
  };
  const names = (s: WorkbookSnapshot) => s.sheets.map((sheet) => sheet.name).join(', ');
  if (names(actual) !== names(expected)) push(`sheets: ${names(actual)} ≠ ${names(expected)}`);
  const compare = (where: string, a: Record<string, unknown>, e: Record<string, unknown>) => {
    for (const key of new Set([...Object.keys(a), ...Object.keys(e)])) {
      const x = JSON.stringify(a[key]);
      const y = JSON.stringify(e[key]);
      if (x !== y) push(`${where} ${key}: ${x} ≠ ${y}`);
    }
  };
  for (const sheet of expected.sheets) {
    const other = actual.sheets.find((s) => s.name === sheet.name);
    if (!other) continue;
    compare(`${sheet.name}!`, other.cells, sheet.cells);
    lookDifferences(`${sheet.name} look`, other.looks, sheet.looks, push);
    compare(`${sheet.name}`, other.rest, sheet.rest);
  }
  const a = JSON.stringify(actual.names);
  const e = JSON.stringify(expected.names);
  if (a !== e) push(`names: ${a} ≠ ${e}`);
  return out;
}
