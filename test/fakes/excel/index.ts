/**
 * A strict fake of the Excel JavaScript API for tests. `createFakeExcel()` gives a workbook state,
 * `run`/`newContext` typed as the real Excel API, an `office` object answering requirement sets,
 * and inspection helpers. See README.md for what is modelled and how strictly.
 */

import { cellKey, parseLocalAddress, splitSheet, type Rect } from './address';
import { displayText, effectiveFormat, readCell, usedRect, writeGrid } from './cells';
import { FakeOfficeError, fakeError, type FakeErrorCode } from './errors';
import { defaultOptions, FakeRequestContext, type FakeHost, type FakeOptions } from './proxy';
import { compareVersions } from './requirements';
import { newSheet, newWorkbook, type CellState, type SheetState, type WorkbookState } from './state';
import { FakeWorkbook } from './workbook';

export { FakeOfficeError } from './errors';
export type { FakeErrorCode } from './errors';
export type { FakeOptions } from './proxy';
export type * from './state';

class ContextWithWorkbook extends FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application;
  constructor(host: FakeHost) {
    super(host);
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }
}

/** The one place the fake is presented as the real API's type. */
function asExcelContext(context: ContextWithWorkbook): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}

/** Enum objects like Excel.ConditionalFormatType: member `cellValue` has value 'CellValue'. */
function enumProxy(): Record<string, string> {
  return new Proxy(
    {},
    { get: (_t, key) => (typeof key === 'string' ? key.charAt(0).toUpperCase() + key.slice(1) : undefined) },
  );
}

export interface RunOptionsLike {
  delayForCellEdit?: boolean;
}

export class FakeExcel {
  readonly host: FakeHost;

  constructor(options: Partial<FakeOptions> = {}) {
    this.host = {
      state: newWorkbook(),
      options: { ...defaultOptions, ...options },
      syncCount: 0,
      requestBytes: [],
      responseBytes: [],
      injected: [],
      cellEditMode: false,
      operations: 0,
      failAt: null,
      recording: null,
      operationLog: null,
    };
  }

  /** A fake holding a copy of this workbook state (e.g. one recordStates kept), with these options. */
  static fromState(state: WorkbookState, options: Partial<FakeOptions> = {}): FakeExcel {
    const fake = new FakeExcel(options);
    fake.host.state = structuredClone(state);
    return fake;
  }

  /**
   * From now on, keeps a copy of the workbook as it is just before each of the state-changing
   * operations numbered `at` (counted as injectErrorAtOperation counts: 1 is the next one). A batch
   * stopped at operation n leaves exactly what the copy before n holds, so a test can look at every
   * place an action may stop from one run of it; `recordedStates` hands them over.
   */
  recordStates(at: Iterable<number>): void {
    const base = this.host.operations;
    this.host.recording = { base, at: new Set([...at].map((n) => base + n)), states: new Map() };
  }
  /** The copies recordStates kept, by operation number (as given to it); recording stops. */
  recordedStates(): Map<number, WorkbookState> {
    const states = this.host.recording?.states ?? new Map<number, WorkbookState>();
    this.host.recording = null;
    return states;
  }
  /** From now on, notes where each state-changing operation runs ('Range.values', 'RangeFont.bold' …). */
  logOperations(): void {
    this.host.operationLog = [];
  }
  /** Where the operations ran since logOperations, in order (operation 1 first); logging stops. */
  loggedOperations(): string[] {
    const log = this.host.operationLog ?? [];
    this.host.operationLog = null;
    return log;
  }

  /**
   * An independent copy of this workbook (state and options; counters reset): a test runs an
   * action on a copy to stop it part-way, and on another copy to compare with a clean run.
   */
  clone(): FakeExcel {
    const copy = new FakeExcel({ ...this.host.options });
    copy.host.state = structuredClone(this.host.state);
    copy.host.cellEditMode = this.host.cellEditMode;
    return copy;
  }

  get state(): WorkbookState {
    return this.host.state;
  }

  /** A fresh request context on this workbook (for code that takes a context). */
  newContext(): Excel.RequestContext {
    return asExcelContext(new ContextWithWorkbook(this.host));
  }

  /**
   * Like Excel.run: runs the batch with a new context; queued operations left at the end are
   * sent in a final sync (Office.js does the same), and the context is closed afterwards.
   */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: RunOptionsLike | object, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  async run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<T>;
    const context = new ContextWithWorkbook(this.host);
    try {
      const result = await batch(asExcelContext(context));
      if (context.pendingOperations > 0) await context.sync();
      return result;
    } finally {
      context.closed = true;
    }
  }

  /** Office.context.requirements.isSetSupported, answered from maxApiVersion. */
  isSetSupported(name: string, minVersion?: string | number): boolean {
    if (name !== 'ExcelApi') return false;
    if (minVersion === undefined) return true;
    return compareVersions(String(minVersion), this.host.options.maxApiVersion) <= 0;
  }

  /** Globals as office.js defines them (Excel.run, enums, Office.context.requirements, OfficeExtension.Error). */
  installGlobals(): () => void {
    const g = globalThis as Record<string, unknown>;
    const saved = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
    const enums = new Map<string, Record<string, string>>();
    g.Excel = new Proxy(
      { run: (...args: unknown[]) => (this.run as (...a: unknown[]) => Promise<unknown>)(...args) },
      {
        get: (target, key) => {
          if (key === 'run') return target.run;
          if (typeof key !== 'string') return undefined;
          if (!enums.has(key)) enums.set(key, enumProxy());
          return enums.get(key);
        },
      },
    );
    g.Office = {
      context: {
        requirements: { isSetSupported: (name: string, v?: string) => this.isSetSupported(name, v) },
      },
      onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
      HostType: { Excel: 'Excel' },
    };
    g.OfficeExtension = { Error: FakeOfficeError, ErrorCodes: enumProxy() };
    return () => Object.assign(g, saved);
  }

  // ——— test controls ———

  /** The next sync fails with this error before running anything (e.g. GeneralException). */
  injectErrorOnNextSync(code: FakeErrorCode, message?: string): void {
    this.host.injected.push(fakeError(code, undefined, message));
  }
  /**
   * The n-th operation from now that changes the workbook (1 = the next one; sets, method calls
   * and sheet additions, counted across syncs and contexts: see proxy.ts `changesState`) fails with
   * this error. Excel runs a batch in order and stops at the first failure, keeping what ran before
   * it; so does the fake, so a test can stop an action after any of its operations.
   */
  injectErrorAtOperation(n: number, code: FakeErrorCode = 'GeneralException', message?: string): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`Operation ${n} is not a positive integer`);
    this.host.failAt = { operation: this.host.operations + n, error: fakeError(code, undefined, message) };
  }
  /** Operations that changed the workbook so far (see injectErrorAtOperation); resetCounters zeroes it. */
  get operationCount(): number {
    return this.host.operations;
  }
  /** While true, every sync fails as Excel does while the user is typing in a cell. */
  setCellEditMode(editing: boolean): void {
    this.host.cellEditMode = editing;
  }
  setReadOnly(readOnly: boolean): void {
    this.host.state.readOnly = readOnly;
  }
  /** Review → Protect Workbook: no sheet can be added, deleted, renamed, moved or hidden. */
  protectStructure(isProtected = true): void {
    this.host.state.structureProtected = isProtected;
  }
  setMaxApiVersion(version: string): void {
    this.host.options.maxApiVersion = version;
  }

  // ——— seeding (outside any request: no sync counted) ———

  addSheet(name: string): SheetState {
    const sheet = newSheet(this.host.state, name);
    this.host.state.sheets.push(sheet);
    return sheet;
  }
  /** Writes a grid as a user would type it (same parsing as Range.values). */
  setValues(sheetName: string, topLeft: string, grid: unknown[][]): void {
    const sheet = this.sheet(sheetName);
    const at = parseLocalAddress(topLeft);
    writeGrid(
      sheet,
      { row: at.row, column: at.column, rowCount: grid.length, columnCount: grid[0]?.length ?? 0 },
      grid,
      'values',
    );
  }
  /** Sets the cached result of a formula cell (the fake does not calculate). */
  setFormulaResult(sheetName: string, address: string, value: CellState['value']): void {
    const sheet = this.sheet(sheetName);
    const rect = parseLocalAddress(address);
    const state = sheet.cells.get(cellKey(rect.row, rect.column));
    if (!state?.formula) throw new Error(`${sheetName}!${address} holds no formula`);
    state.value = value;
  }
  protectSheet(sheetName: string, isProtected = true): void {
    this.sheet(sheetName).protected = isProtected;
  }

  // ——— inspection ———

  get syncCount(): number {
    return this.host.syncCount;
  }
  /** UTF-8 bytes of each sync's request, in order. */
  get requestBytes(): readonly number[] {
    return this.host.requestBytes;
  }
  get maxRequestBytes(): number {
    return Math.max(0, ...this.host.requestBytes);
  }
  /** UTF-8 bytes of what each sync's loads returned, as JSON, in order. */
  get responseBytes(): readonly number[] {
    return this.host.responseBytes;
  }
  get maxResponseBytes(): number {
    return Math.max(0, ...this.host.responseBytes);
  }
  resetCounters(): void {
    this.host.syncCount = 0;
    // An armed failure stays armed at the same operation from here.
    if (this.host.failAt !== null) this.host.failAt.operation -= this.host.operations;
    if (this.host.recording !== null) {
      const shift = this.host.operations;
      this.host.recording.base -= shift;
      this.host.recording.at = new Set([...this.host.recording.at].map((n) => n - shift));
    }
    this.host.operations = 0;
    this.host.requestBytes = [];
    this.host.responseBytes = [];
  }
  sheetNames(): string[] {
    return this.host.state.sheets.map((s) => s.name);
  }
  sheet(name: string): SheetState {
    const found = this.host.state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new Error(`No sheet named ${name}; sheets: ${this.sheetNames().join(', ')}`);
    return found;
  }
  cell(sheetName: string, address: string): CellState {
    const rect = parseLocalAddress(address);
    return readCell(this.sheet(sheetName), rect.row, rect.column);
  }
  private rectOf(sheet: SheetState, address?: string): Rect | undefined {
    return address ? parseLocalAddress(splitSheet(address).local) : usedRect(sheet, true);
  }
  private grid<T>(sheetName: string, address: string | undefined, pick: (c: CellState) => T): T[][] {
    const sheet = this.sheet(sheetName);
    const rect = this.rectOf(sheet, address);
    if (!rect) return [];
    // Without an address the grid starts at A1, so positions match the sheet.
    const r0 = address ? rect.row : 0;
    const c0 = address ? rect.column : 0;
    const rows = rect.row + rect.rowCount - r0;
    const cols = rect.column + rect.columnCount - c0;
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => pick(readCell(sheet, r0 + r, c0 + c))),
    );
  }
  /** The active sheet's name (the first sheet until one is activated). */
  activeSheetName(): string | null {
    const state = this.host.state;
    return (state.sheets.find((s) => s.id === state.activeSheetId) ?? state.sheets[0])?.name ?? null;
  }
  /** What Range.select last selected, by sheet name; null before any selection. */
  selection(): { sheet: string; address: string } | null {
    const selected = this.host.state.selection;
    if (selected === undefined) return null;
    const sheet = this.host.state.sheets.find((s) => s.id === selected.sheetId);
    return sheet === undefined ? null : { sheet: sheet.name, address: selected.address };
  }
  /** Values (formula cells show their cached result). */
  values(sheetName: string, address?: string): CellState['value'][][] {
    return this.grid(sheetName, address, (c) => c.value);
  }
  /** Formulas where present, otherwise values — what a person sees in the formula bar. */
  formulas(sheetName: string, address?: string): CellState['value'][][] {
    return this.grid(sheetName, address, (c) => c.formula ?? c.value);
  }
  numberFormats(sheetName: string, address?: string): string[][] {
    return this.grid(sheetName, address, (c) => c.numberFormat);
  }
  texts(sheetName: string, address?: string): string[][] {
    return this.grid(sheetName, address, displayText);
  }
  /** One format property over a range ('font.bold', 'fill.color', 'borders.EdgeTop.style'…): uniform value or null. */
  format(sheetName: string, address: string, property: string): unknown {
    const sheet = this.sheet(sheetName);
    return effectiveFormat(sheet, parseLocalAddress(address), property, undefined);
  }
}

export function createFakeExcel(options: Partial<FakeOptions> = {}): FakeExcel {
  return new FakeExcel(options);
}

export { fakeError };
