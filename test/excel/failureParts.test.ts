/**
 * The parts of a failure-safe write (docs/architecture.md, "Failure-safe writes"), one by one: the
 * pending record, the record of numbers' kinds, the written area, the new sheet's mark, the order of
 * a write's operations, and what a stopped write says.
 */
import { planValuesWrite } from '../../src/excel/cellWrites';
import { ExcelPortError, interruptedWrite } from '../../src/excel/errors';
import {
  applyJournal,
  journalEntries,
  journalFormulas,
  journalName,
  journalNameParts,
  parseJournal,
} from '../../src/excel/formatJournal';
import { planFormatWrites } from '../../src/excel/formatWrites';
import { pendingAtEnd, pendingAtStart, pendingFormula, parsePending } from '../../src/excel/pendingWrite';
import { createExcelPort, runExcelAction } from '../../src/excel/port';
import { outsideArea, placeBlocks, writtenArea } from '../../src/excel/sheetArea';
import type { CalendarDate } from '../../src/domain/date';
import type { Cell, SheetDescription } from '../../src/workbook/description';
import type { RawGrid } from '../../src/workbook/grid';
import { readWorkbookState } from '../../src/workbook/state';
import { createFakeExcel, FakeOfficeError } from '../fakes/excel';

describe('the pending record', () => {
  it('lists kinds as an array constant and reads them back', () => {
    const formula = pendingFormula(['settings', 'attendance.12', 'a"b']);
    expect(formula).toBe('={"settings","attendance.12","a""b"}');
    expect(parsePending(formula)).toEqual(['settings', 'attendance.12', 'a"b']);
    expect(parsePending('=#REF!')).toEqual([]);
  });

  it('grows with a write and keeps, at its end, only what that write did not cover', () => {
    expect(pendingAtStart(null, ['roster'])).toEqual(['roster']);
    expect(pendingAtStart(['summary.month', 'roster'], ['roster', 'settings'])).toEqual([
      'summary.month',
      'roster',
      'settings',
    ]);
    expect(pendingAtEnd(null, ['roster'])).toEqual([]);
    expect(pendingAtEnd(['summary.month', 'roster'], ['roster', 'settings'])).toEqual(['summary.month']);
  });
});

describe('the written area', () => {
  const description: SheetDescription = {
    kind: 'k',
    name: 'K',
    blocks: [
      { anchor: 'B2', cells: [['a', 'b']] },
      { anchor: 'A5', cells: [['c'], ['d']] },
    ],
    styles: [{ range: 'D1:D3', style: { fill: '#FFFFFF' } }],
  };

  it('runs from A1 to the furthest block or style; the rest of the sheet lies below and right of it', () => {
    const area = writtenArea(description, placeBlocks(description));
    expect(area).toEqual({ top: 1, left: 1, bottom: 6, right: 4 });
    expect(outsideArea(area)).toEqual([
      { top: 7, left: 1, bottom: 1048576, right: 16384 },
      { top: 1, left: 5, bottom: 6, right: 16384 },
    ]);
  });

  it('is written whole by one values write, empty cells as empty text, kept cells as null', () => {
    const placed = placeBlocks(description);
    const write = planValuesWrite(placed, writtenArea(description, placed), {
      top: 2,
      left: 3,
      bottom: 3,
      right: 3,
    });
    expect(write.data).toEqual([
      ['', '', '', ''],
      ['', 'a', null, ''],
      ['', '', null, ''],
      ['', '', '', ''],
      ['c', '', '', ''],
      ['d', '', '', ''],
    ]);
  });

  it('refuses a style that reaches the last row (the values write would cover the whole sheet)', () => {
    const whole: SheetDescription = { ...description, styles: [{ range: 'A1:A1048576', style: {} }] };
    expect(() => writtenArea(whole, placeBlocks(whole))).toThrow(RangeError);
  });
});

describe('the record of numbers whose kind the new formats change', () => {
  /** A sheet whose B2 held a date and B3 a plain number; a new row inserted above moves both down. */
  const old: RawGrid = {
    sheetName: 'S',
    origin: { row: 1, column: 1 },
    values: [
      ['编号', '备注'],
      ['M1', 44013],
      ['M2', 42],
      ['M3', 45000],
    ],
    formulas: [
      [null, null],
      [null, null],
      [null, null],
      [null, '=1+1'],
    ],
    numberFormats: [
      ['General', 'General'],
      ['General', 'yyyy/m/d'],
      ['General', 'General'],
      ['General', 'yyyy-mm-dd'],
    ],
  };
  const description: SheetDescription = {
    kind: 's',
    name: 'S',
    blocks: [
      {
        anchor: 'A1',
        cells: [
          ['编号', '备注'],
          ['M0', null],
          ['M1', { date: '2020-07-01' as never }],
          ['M2', 42],
        ],
      },
    ],
  };

  it('records each old number whose cell turns from a date format to a plain one or back, never a formula', () => {
    const placed = placeBlocks(description);
    const area = writtenArea(description, placed);
    const formats = planFormatWrites([], placed, true, area);
    const entries = journalEntries(old, formats, planValuesWrite(placed, area));
    // B2: the date 44013 under General until the values write; B3: 42 under a date format.
    expect(entries).toEqual([
      { row: 2, column: 2, value: 44013, date: true },
      { row: 3, column: 2, value: 42, date: false },
    ]);
  });

  it('leaves out a cell whose new value is the same number', () => {
    const same: SheetDescription = {
      ...description,
      blocks: [
        {
          anchor: 'A1',
          cells: [
            ['编号', '备注'],
            ['M0', 44013],
          ],
        },
      ],
    };
    const placed = placeBlocks(same);
    const area = writtenArea(same, placed);
    const grid = { ...old, numberFormats: old.numberFormats.map((row) => [...row]) };
    const entries = journalEntries(
      grid,
      planFormatWrites([], placed, true, area),
      planValuesWrite(placed, area),
    );
    expect(entries).toEqual([]);
  });

  it('goes into names of at most 8,192 characters, read back as written', () => {
    const entries = Array.from({ length: 600 }, (_, i) => ({
      row: i + 7,
      column: 39,
      value: 44013.5 + i,
      date: i % 2 === 0,
    }));
    const formulas = journalFormulas(entries);
    expect(formulas.length).toBe(2);
    for (const formula of formulas) expect(formula.length).toBeLessThanOrEqual(8192);
    expect(formulas.flatMap(parseJournal)).toEqual(entries);
    expect(journalNameParts(journalName('attendance.1', 12))).toEqual({ kind: 'attendance.1', n: 12 });
    expect(journalNameParts('_PartyDayOwn_roster')).toBeNull();
  });

  it('gives a cell read its recorded kind only while it holds the recorded number', () => {
    const now: RawGrid = {
      ...old,
      numberFormats: [
        ['General', 'General'],
        ['General', 'General'],
        ['General', 'yyyy-mm-dd'],
        ['General', 'yyyy-mm-dd'],
      ],
      values: [
        ['编号', '备注'],
        ['M1', 44013],
        ['M0', 7],
        ['M3', 45000],
      ],
    };
    const applied = applyJournal(now, [
      { row: 2, column: 2, value: 44013, date: true },
      // B3 holds another number now (the values write ran): its new format stands.
      { row: 3, column: 2, value: 42, date: false },
    ]);
    expect(applied.numberFormats.map((row) => row[1])).toEqual([
      'General',
      'yyyy-mm-dd',
      'yyyy-mm-dd',
      'yyyy-mm-dd',
    ]);
    expect(now.numberFormats[1][1]).toBe('General');
  });
});

describe('a stopped write says so', () => {
  it('says the workbook may be partly updated, nothing entered is lost, and how to finish, with the cause', () => {
    const error = interruptedWrite(new FakeOfficeError('GeneralException'));
    expect(error).toBeInstanceOf(ExcelPortError);
    expect(error.interrupted).toBe(true);
    expect(error.excelCode).toBe('GeneralException');
    expect(error.message).toContain('可能只更新了一部分');
    expect(error.message).toContain('没有丢失');
    expect(error.message).toContain('完成更新');
    expect(error.message).toContain('There was an internal error');
    expect(error.message).not.toContain('保存');
    // An error of the add-in's own, part-way through, is no better news for the workbook.
    const own = interruptedWrite(new TypeError('x is undefined'));
    expect(own.interrupted).toBe(true);
    expect(own.message).toContain('x is undefined');
  });

  it('is an ordinary error when the write failed before anything was sent', async () => {
    const fake = createFakeExcel();
    fake.setCellEditMode(true);
    const error = await runExcelAction((port) => port.sheetNames(), {
      run: (batch) => fake.run(batch),
      isSetSupported: (name, version) => fake.isSetSupported(name, version),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExcelPortError);
    expect((error as ExcelPortError).interrupted).toBe(false);
  });

  it('lists, for the next action, the sheets it may have left partly updated', async () => {
    const fake = createFakeExcel();
    const description: SheetDescription = {
      kind: 'roster',
      name: '党员名册',
      blocks: [{ anchor: 'A1', cells: [['x']] }],
    };
    await fake.run((context) => createExcelPort(context).writeDescriptions([description]));
    // 1 suspends calculation, 2 and 3 add the pending record: 4 stops the write after it.
    fake.injectErrorAtOperation(4);
    const error = await fake
      .run((context) => createExcelPort(context).writeDescriptions([description]))
      .catch((caught: unknown) => caught);
    expect((error as ExcelPortError).interrupted).toBe(true);
    expect(await fake.run((context) => createExcelPort(context).unfinishedSheets())).toEqual(['党员名册']);
    await fake.run((context) => createExcelPort(context).writeDescriptions([description]));
    expect(await fake.run((context) => createExcelPort(context).unfinishedSheets())).toEqual([]);
    expect(fake.state.names.map((name) => name.name)).toEqual(['_PartyDay_roster']);
  });
});

describe('the order of a write', () => {
  const settings: SheetDescription = {
    kind: 'settings',
    name: '设置',
    blocks: [
      {
        anchor: 'A1',
        cells: [
          ['名称', '生成时'],
          ['一支部', '一支部'],
        ],
      },
    ],
    writeLast: 'B1:B2',
  };
  const roster: SheetDescription = {
    kind: 'roster',
    name: '党员名册',
    blocks: [{ anchor: 'A1', cells: [['编号'], ['D1'], [{ formula: '=ROWS(A1:A2)' }]] }],
  };

  it('records it is pending first, adds new sheets before anything is written, writes 设置 last and its record after the end', async () => {
    const fake = createFakeExcel();
    fake.logOperations();
    await fake.run((context) => createExcelPort(context).writeDescriptions([settings, roster]));
    const log = fake.loggedOperations();
    const first = (location: string) => log.indexOf(location);
    expect(log.slice(0, 3)).toEqual([
      'Application.suspendApiCalculationUntilNextSync',
      'NamedItemCollection.add',
      'NamedItem.visible',
    ]);
    // Both sheets added, each between its mark (naming it as text) and the mark pointed at A1.
    const adds = log.flatMap((location, index) => (location === 'WorksheetCollection.add' ? [index] : []));
    expect(adds).toHaveLength(2);
    for (const at of adds) {
      expect(log[at - 1]).toBe('NamedItem.visible');
      expect(log[at + 1]).toBe('NamedItem.formula');
    }
    const values = log.flatMap((location, index) => (location === 'Range.values' ? [index] : []));
    expect(values).toHaveLength(3);
    expect(Math.min(...values)).toBeGreaterThan(Math.max(...adds));
    // 党员名册's values and formula before 设置's; the pending record removed; then 设置's B column.
    expect(first('Range.formulas')).toBeLessThan(values[1]);
    expect(log[log.length - 2]).toBe('NamedItem.delete');
    expect(log[log.length - 1]).toBe('Range.values');
    expect(fake.values('设置')).toEqual([
      ['名称', '生成时'],
      ['一支部', '一支部'],
    ]);
    expect(fake.state.names.map((name) => [name.name, name.formula])).toEqual([
      ['_PartyDay_settings', "='设置'!$A$1"],
      ['_PartyDay_roster', "='党员名册'!$A$1"],
    ]);
  });

  it('takes up a sheet a stopped write added before pointing its mark at it, and points the mark again', async () => {
    const fake = createFakeExcel();
    // 1 suspends calculation, 2–3 add the pending record, 4–5 the mark, 6 adds the sheet: stop at 7.
    fake.injectErrorAtOperation(7);
    await expect(
      fake.run((context) => createExcelPort(context).writeDescriptions([roster])),
    ).rejects.toMatchObject({ interrupted: true });
    expect(fake.sheetNames()).toEqual(['党员名册']);
    expect(fake.state.names.find((name) => name.name === '_PartyDay_roster')?.formula).toBe('="党员名册"');
    const report = await fake.run((context) => createExcelPort(context).writeDescriptions([roster]));
    expect(report.sheets).toEqual([{ kind: 'roster', name: '党员名册', created: false }]);
    expect(fake.sheetNames()).toEqual(['党员名册']);
    expect(fake.state.names.map((name) => [name.name, name.formula])).toEqual([
      ['_PartyDay_roster', "='党员名册'!$A$1"],
    ]);
  });
});

describe('a write stopped between a sheet’s number formats and its values', () => {
  const at = (rows: Cell[][]): SheetDescription => ({
    kind: 'roster',
    name: '党员名册',
    blocks: [{ anchor: 'A1', cells: rows }],
  });
  // A row inserted above M1 moves M1's date (B2) onto B3, and M2's number onto B4.
  const before = at([
    ['编号', '备注'],
    ['M1', { date: '2020-07-01' as CalendarDate }],
    ['M2', 42],
  ]);
  const after = at([
    ['编号', '备注'],
    ['M0', null],
    ['M1', { date: '2020-07-01' as CalendarDate }],
    ['M2', 42],
  ]);

  it('reads every number as the kind it was: a date stays a date, a number a number', async () => {
    const fake = createFakeExcel();
    const write = (description: SheetDescription) =>
      fake.run(async (context) => {
        const port = createExcelPort(context);
        await port.readOwnedGrids();
        return port.writeDescriptions([description]);
      });
    await write(before);
    const clean = fake.clone();
    clean.logOperations();
    await clean.run(async (context) => {
      const port = createExcelPort(context);
      await port.readOwnedGrids();
      return port.writeDescriptions([after]);
    });
    const log = clean.loggedOperations();
    const valuesAt = log.indexOf('Range.values') + 1;
    fake.injectErrorAtOperation(valuesAt);
    await expect(write(after)).rejects.toMatchObject({ interrupted: true });
    // B2 holds M1's date under B2's new format (General), B3 M2's 42 under a date format.
    expect(fake.cell('党员名册', 'B2')).toMatchObject({ value: 44013, numberFormat: 'General' });
    expect(fake.cell('党员名册', 'B3')).toMatchObject({ value: 42, numberFormat: 'yyyy-mm-dd' });
    const grids = await fake.run((context) => createExcelPort(context).readOwnedGrids());
    const grid = grids.get('roster');
    // (Row 4 already has its new format: part of the sheet as far as a read goes.)
    expect(grid?.numberFormats.map((row) => row[1])).toEqual(['General', 'yyyy-mm-dd', 'General', 'General']);
    // And once the values are in, the record is gone and the cells read by their formats.
    await write(after);
    expect(fake.state.names.map((name) => name.name)).toEqual(['_PartyDay_roster']);
    const final = (await fake.run((context) => createExcelPort(context).readOwnedGrids())).get('roster');
    expect(final?.values.map((row) => row[1])).toEqual(['备注', null, 44013, 42]);
    expect(final?.numberFormats.map((row) => row[1])).toEqual([
      'General',
      'General',
      'yyyy-mm-dd',
      'General',
    ]);
  });
});

describe('an owned sheet a stopped write added and left without cells', () => {
  it('reads as not there yet: no settings from an empty 设置, no branch for an empty 出勤 sheet', () => {
    const formatted = (sheetName: string): RawGrid => ({
      sheetName,
      origin: { row: 1, column: 1 },
      values: [
        [null, null],
        [null, null],
      ],
      formulas: [
        [null, null],
        [null, null],
      ],
      numberFormats: [
        ['@', 'General'],
        ['General', 'yyyy-mm-dd'],
      ],
    });
    const state = readWorkbookState(
      new Map([
        ['settings', formatted('设置')],
        ['attendance.1', formatted('出勤-一支部')],
      ]),
      2027,
    );
    expect(state.settings).toBeNull();
    expect(state.settingsProblems).toEqual([]);
    expect(state.attendanceSheets).toEqual([]);
    expect(state.problems).toEqual([]);
  });
});
