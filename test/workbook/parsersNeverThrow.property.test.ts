/**
 * Issue 17 §2: every parser in src/workbook returns a result or messages, never an unexpected
 * exception, whatever the grid — random types, shapes, blanks, error values, formulas and number
 * formats. Two kinds of input: a real workbook's grids with cells, rows and columns changed at
 * random (so the parsers' deeper paths run: a found header, an id row, a member row), and grids
 * made up from nothing. Seeded (test/setup/fastCheckSeed.ts); fast-check prints any counterexample.
 */
import fc from 'fast-check';
import { generateWorkbook } from '../../src/app/generate';
import type { Member } from '../../src/domain/member';
import { createFilePort } from '../../src/file/port';
import { readOwnedGrids } from '../../src/file/readGrid';
import { newWorkbookFile } from '../../src/file/workbookFile';
import { parseCell, parseRange, parseSheetReference } from '../../src/workbook/address';
import { readFormulaReferences } from '../../src/workbook/formulaReferences';
import type { RawGrid, RawValue } from '../../src/workbook/grid';
import type { Parsed } from '../../src/workbook/problems';
import {
  importRosterTable,
  recogniseHeader,
  rosterSheetName,
  tableFromCsv,
  tableFromGrid,
} from '../../src/workbook/rosterImport';
import { parseAttendanceGrid, readAttendanceBranch } from '../../src/workbook/sheets/attendance';
import { parseHolidaysGrid } from '../../src/workbook/sheets/holidays';
import { parseRosterGrid } from '../../src/workbook/sheets/roster';
import { parseScheduleGrid } from '../../src/workbook/sheets/schedule';
import { parseSettingsGrid } from '../../src/workbook/sheets/settingsRead';
import { parseOrdinals, parseThreshold } from '../../src/workbook/sheets/settingsText';
import { parseAliases } from '../../src/workbook/sheets/settingsBranches';
import { makeUpRecords, parseMakeUpGrid } from '../../src/workbook/sheets/makeUp';
import { readWorkbookState } from '../../src/workbook/state';
import { typeIntoFile } from '../helpers/typeCells';
import { markAddress } from '../helpers/attendanceCells';

jest.setTimeout(120_000);

const YEAR = 2027;
const BRANCHES = ['机关第一党支部', '机关第二党支部'];

const MEMBERS: Member[] = [
  { id: 'M01', name: '张三', branch: BRANCHES[0], category: '正式党员' },
  { id: 'M02', name: '李四', branch: BRANCHES[0], category: '预备党员' },
  {
    id: 'M03',
    name: '王五',
    branch: BRANCHES[0],
    category: '正式党员',
    exemption: { reason: '年老体弱', approval: '支委会同意', contact: '张三' },
  },
  { id: 'M04', name: '赵六', branch: BRANCHES[1], category: '正式党员' },
  { id: 'M05', name: '钱七', branch: BRANCHES[1], category: '入党积极分子' },
];

let real: Map<string, RawGrid>;

beforeAll(async () => {
  const file = newWorkbookFile();
  await generateWorkbook(createFilePort(file), { year: YEAR, unit: '测试局', members: MEMBERS });
  real = await readOwnedGrids(file);
});

/** What a cell may hold in Excel: text (some that look like the add-in's words), numbers, errors. */
const rawValue: fc.Arbitrary<RawValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(
    '√',
    '迟',
    '早',
    '事',
    '病',
    '×',
    '免',
    '正式党员',
    '是',
    '否',
    'X',
    '2027-03-1',
    '党支部：',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom('', ' ', '\u3000', '2027-02-30', '2027/3/12', '0.8', '80%', '15:00', '=SUM(A1)', '#N/A'),
  fc.integer({ min: -5, max: 50_000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, 46_000, 46_387.5, 2_958_466, -1, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?').map((error) => ({ error })),
);

const numberFormat = fc.constantFrom(
  'General',
  '@',
  'yyyy-mm-dd',
  'm"月"d"日"',
  '0.0%',
  '[$-F800]dddd',
  'h:mm',
);
const formula = fc.oneof(fc.constant(null), fc.constantFrom('=1/0', '=PARTYDAY.OWN()', '=A1', '=SUM(B:B)'));

interface CellChange {
  row: number;
  column: number;
  value: RawValue;
  formula: string | null;
  numberFormat: string;
}

type Change =
  | { kind: 'cell'; cell: CellChange }
  | { kind: 'deleteRow'; at: number }
  | { kind: 'deleteColumn'; at: number }
  | { kind: 'insertRow'; at: number }
  | { kind: 'swapRows'; a: number; b: number }
  | { kind: 'copyRow'; from: number; to: number }
  | { kind: 'copyCell'; from: [number, number]; to: [number, number] };

const change: fc.Arbitrary<Change> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        row: fc.nat(80),
        column: fc.nat(40),
        value: rawValue,
        formula,
        numberFormat,
      })
      .map((cell) => ({ kind: 'cell' as const, cell })),
  },
  { weight: 1, arbitrary: fc.nat(60).map((at) => ({ kind: 'deleteRow' as const, at })) },
  { weight: 1, arbitrary: fc.nat(30).map((at) => ({ kind: 'deleteColumn' as const, at })) },
  { weight: 1, arbitrary: fc.nat(60).map((at) => ({ kind: 'insertRow' as const, at })) },
  {
    weight: 1,
    arbitrary: fc.record({ a: fc.nat(60), b: fc.nat(60) }).map((r) => ({ kind: 'swapRows' as const, ...r })),
  },
  // Users copy rows and cells: a member twice, an activity id in two columns.
  {
    weight: 2,
    arbitrary: fc
      .record({ from: fc.nat(40), to: fc.nat(60) })
      .map((r) => ({ kind: 'copyRow' as const, ...r })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ from: fc.tuple(fc.nat(40), fc.nat(30)), to: fc.tuple(fc.nat(60), fc.nat(40)) })
      .map((r) => ({ kind: 'copyCell' as const, ...r })),
  },
);

/** A copy of `grid` with the changes made, kept rectangular (as the ports give it). */
function changed(grid: RawGrid, changes: readonly Change[]): RawGrid {
  let values = grid.values.map((row) => [...row]);
  let formulas = grid.formulas.map((row) => [...row]);
  let formats = grid.numberFormats.map((row) => [...row]);
  const width = () => values[0]?.length ?? 0;
  const grow = (rows: number, columns: number) => {
    const newWidth = Math.max(width(), columns);
    while (values.length < rows) {
      values.push([]);
      formulas.push([]);
      formats.push([]);
    }
    for (let r = 0; r < values.length; r++) {
      while (values[r].length < newWidth) {
        values[r].push(null);
        formulas[r].push(null);
        formats[r].push('General');
      }
    }
  };
  for (const item of changes) {
    if (item.kind === 'cell') {
      const { row, column } = item.cell;
      grow(row + 1, column + 1);
      values[row][column] = item.cell.value;
      formulas[row][column] = item.cell.formula;
      formats[row][column] = item.cell.numberFormat;
    } else if (item.kind === 'deleteRow' && item.at < values.length) {
      values.splice(item.at, 1);
      formulas.splice(item.at, 1);
      formats.splice(item.at, 1);
    } else if (item.kind === 'deleteColumn' && item.at < width()) {
      values = values.map((row) => row.filter((_, c) => c !== item.at));
      formulas = formulas.map((row) => row.filter((_, c) => c !== item.at));
      formats = formats.map((row) => row.filter((_, c) => c !== item.at));
    } else if (item.kind === 'insertRow' && item.at <= values.length) {
      values.splice(item.at, 0, Array<RawValue>(width()).fill(null));
      formulas.splice(item.at, 0, Array<string | null>(width()).fill(null));
      formats.splice(item.at, 0, Array<string>(width()).fill('General'));
    } else if (item.kind === 'copyRow' && item.from < values.length && item.to <= values.length) {
      values.splice(item.to, 0, [...values[item.from]]);
      formulas.splice(item.to, 0, [...formulas[item.from]]);
      formats.splice(item.to, 0, [...formats[item.from]]);
    } else if (item.kind === 'copyCell' && item.from[0] < values.length && item.from[1] < width()) {
      const [fromRow, fromColumn] = item.from;
      const [toRow, toColumn] = item.to;
      grow(toRow + 1, toColumn + 1);
      values[toRow][toColumn] = values[fromRow][fromColumn];
      formulas[toRow][toColumn] = formulas[fromRow][fromColumn];
      formats[toRow][toColumn] = formats[fromRow][fromColumn];
    } else if (item.kind === 'swapRows' && item.a < values.length && item.b < values.length) {
      [values[item.a], values[item.b]] = [values[item.b], values[item.a]];
      [formulas[item.a], formulas[item.b]] = [formulas[item.b], formulas[item.a]];
      [formats[item.a], formats[item.b]] = [formats[item.b], formats[item.a]];
    }
  }
  if (width() === 0) values = formulas = formats = [];
  return { ...grid, values, formulas, numberFormats: formats };
}

/** A grid made up from nothing: any origin, shape and content. */
const madeUpGrid: fc.Arbitrary<RawGrid> = fc
  .record({
    sheetName: fc.constantFrom('设置', '活动安排', '出勤-机关第一党支部', '花名册', ''),
    origin: fc.record({ row: fc.integer({ min: 1, max: 5 }), column: fc.integer({ min: 1, max: 5 }) }),
    rows: fc.nat(12),
    columns: fc.nat(12),
    cells: fc.array(fc.tuple(rawValue, formula, numberFormat), { maxLength: 144 }),
  })
  .map(({ sheetName, origin, rows, columns, cells }) => {
    const at = (r: number, c: number) => cells[(r * columns + c) % Math.max(1, cells.length)];
    const shape = (pick: (cell: [RawValue, string | null, string]) => unknown) =>
      columns === 0
        ? []
        : Array.from({ length: rows }, (_, r) =>
            Array.from({ length: columns }, (_, c) => pick(at(r, c) ?? [null, null, 'General'])),
          );
    return {
      sheetName,
      origin,
      values: shape((cell) => cell[0]) as RawValue[][],
      formulas: shape((cell) => cell[1]) as (string | null)[][],
      numberFormats: shape((cell) => cell[2]) as string[][],
    };
  });

/** A parser's answer has the shape every caller relies on; each message says something. */
function expectAnswer<T>(parsed: Parsed<T>): void {
  expect(parsed.value).toBeDefined();
  for (const problem of parsed.problems) {
    expect(typeof problem.message).toBe('string');
    expect(problem.message.trim()).not.toBe('');
    expect(['error', 'warning']).toContain(problem.severity);
  }
}

const GRID_PARSERS: Array<[string, (grid: RawGrid) => Parsed<unknown>]> = [
  ['parseSettingsGrid', (grid) => parseSettingsGrid(grid, YEAR)],
  ['parseScheduleGrid', (grid) => parseScheduleGrid(grid, { year: YEAR, branches: BRANCHES })],
  ['parseRosterGrid', (grid) => parseRosterGrid(grid)],
  ['parseHolidaysGrid', (grid) => parseHolidaysGrid(grid, YEAR)],
  ['parseAttendanceGrid', (grid) => parseAttendanceGrid(grid, { branch: BRANCHES[0] })],
  ['importRosterTable', (grid) => importRosterTable(tableFromGrid(grid))],
];

const KIND_OF: Record<string, string> = {
  parseSettingsGrid: 'settings',
  parseScheduleGrid: 'schedule',
  parseRosterGrid: 'roster',
  parseHolidaysGrid: 'holidays',
  parseAttendanceGrid: 'attendance.1',
  importRosterTable: 'roster',
};

describe('the real grids the property tests start from', () => {
  it('are the add-in’s sheets, read without a problem', () => {
    expect([...real.keys()].sort()).toEqual([
      'attendance.1',
      'attendance.2',
      'holidays',
      'roster',
      'schedule',
      'settings',
    ]);
    expect(readWorkbookState(real, YEAR).problems).toEqual([]);
  });
});

describe.each(GRID_PARSERS)('%s never throws', (name, parse) => {
  it('on the real sheet with cells, rows and columns changed at random', () => {
    const grid = real.get(KIND_OF[name])!;
    fc.assert(
      fc.property(fc.array(change, { maxLength: 25 }), (changes) => {
        expectAnswer(parse(changed(grid, changes)));
      }),
      { numRuns: 150 },
    );
  });

  it('on grids made up from nothing', () => {
    fc.assert(
      fc.property(madeUpGrid, (grid) => {
        expectAnswer(parse(grid));
      }),
      { numRuns: 150 },
    );
  });
});

/** The 补学登记 sheet as generated once 事 and × are entered for 张三 and 李四 on 2027-03-12. */
async function realMakeUpGrid(): Promise<RawGrid> {
  const file = newWorkbookFile();
  await generateWorkbook(createFilePort(file), { year: YEAR, unit: '测试局', members: MEMBERS });
  const attendance = (await readOwnedGrids(file)).get('attendance.1')!;
  await typeIntoFile(file, attendance.sheetName, [
    { address: markAddress(attendance, 'M01', '2027-03-1'), text: '事' },
    { address: markAddress(attendance, 'M02', '2027-03-1'), text: '×' },
  ]);
  await generateWorkbook(createFilePort(file), {});
  return (await readOwnedGrids(file)).get('makeUp')!;
}

describe('parseMakeUpGrid and makeUpRecords never throw', () => {
  let makeUp: RawGrid;
  beforeAll(async () => {
    makeUp = await realMakeUpGrid();
  });

  const expectRead = (grid: RawGrid) => {
    const read = parseMakeUpGrid(grid);
    expect(read.rows).toBeInstanceOf(Map);
    for (const kept of read.kept) expect(kept.reason.trim()).not.toBe('');
    for (const record of makeUpRecords(read).values()) {
      expect(typeof record.done).toBe('boolean');
      // A 补学日期 is a date, or a text to name, or (a formula) neither; never both.
      expect(record.doneOn !== null && record.doneText !== null).toBe(false);
      if (!record.done) expect([record.doneOn, record.doneText]).toEqual([null, null]);
    }
  };

  it('reads the real sheet: a row for 张三, 李四 and 王五 (免) at each recorded activity', () => {
    const read = parseMakeUpGrid(makeUp);
    expect([...read.rows.values()].map((row) => `${row.memberId} ${row.activityId}`)).toEqual([
      'M01 2027-03-1',
      'M02 2027-03-1',
      'M03 2027-03-1',
    ]);
    expect(read.kept).toEqual([]);
  });

  it('on the real sheet with cells, rows and columns changed at random', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 25 }), (changes) => expectRead(changed(makeUp, changes))),
      { numRuns: 150 },
    );
  });

  it('on grids made up from nothing', () => {
    fc.assert(
      fc.property(madeUpGrid, (grid) => expectRead(grid)),
      { numRuns: 150 },
    );
  });
});

describe('reading the whole workbook never throws', () => {
  it('with every sheet changed at random, one sheet missing or swapped for another', () => {
    const kinds = [...real.keys()];
    fc.assert(
      fc.property(
        fc.array(fc.array(change, { maxLength: 12 }), { minLength: kinds.length, maxLength: kinds.length }),
        fc.option(fc.constantFrom(...kinds)),
        fc.option(fc.tuple(fc.constantFrom(...kinds), fc.constantFrom(...kinds))),
        (changes, missing, swapped) => {
          const grids = new Map(kinds.map((kind, i) => [kind, changed(real.get(kind)!, changes[i])]));
          if (missing !== null) grids.delete(missing);
          if (swapped !== null && grids.has(swapped[0]) && grids.has(swapped[1])) {
            const first = grids.get(swapped[0])!;
            grids.set(swapped[0], grids.get(swapped[1])!);
            grids.set(swapped[1], first);
          }
          const state = readWorkbookState(grids, YEAR);
          expect(Array.isArray(state.problems)).toBe(true);
          for (const problem of state.problems) expect(problem.message.trim()).not.toBe('');
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('the small parsers never throw', () => {
  const anyText = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

  it('cell, range and sheet references, and formula references', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        parseCell(text);
        parseRange(text);
        parseSheetReference(text);
        readFormulaReferences(text);
        readFormulaReferences(`=${text}`);
      }),
      { numRuns: 400 },
    );
  });

  it('the settings fields, the roster’s sheet choice, header, CSV and attendance branch', () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 6 }), madeUpGrid, (text, names, grid) => {
        parseThreshold(text);
        parseOrdinals(text);
        expect(Array.isArray(parseAliases(text))).toBe(true);
        rosterSheetName(names);
        recogniseHeader(tableFromGrid(grid));
        expectAnswer(importRosterTable(tableFromCsv(text, 'roster.csv')));
        readAttendanceBranch(grid);
      }),
      { numRuns: 300 },
    );
  });
});
