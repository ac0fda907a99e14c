/**
 * Issue 17 §3: every writing action run twice in a row changes nothing the second time, and leaves
 * every entry the secretary made as it was — through both ports: the Office.js port on the strict
 * fake (the workbook compared cell by cell, formats and names included) and the file port (the
 * saved package compared part by part, byte for byte).
 */
import { generateWorkbook } from '../../src/app/generate';
import type { WorkbookPort } from '../../src/app/port';
import { addManualHoliday } from '../../src/app/holidays';
import { writeActivitySheets } from '../../src/app/materials';
import { writeSummarySheets, type SummaryRequest } from '../../src/app/summaries';
import { parseIsoDate, type CalendarDate } from '../../src/domain/date';
import { createFilePort } from '../../src/file/port';
import { readOwnedGrids } from '../../src/file/readGrid';
import { newWorkbookFile, openWorkbookBytes, workbookFileBytes } from '../../src/file/workbookFile';
import { cellRef } from '../../src/workbook/address';
import { gridCell, gridEnd } from '../../src/workbook/grid';
import { readWorkbookState } from '../../src/workbook/state';
import { SCHEDULE_COLUMNS, SCHEDULE_FIRST_ROW } from '../../src/workbook/sheets/schedule';
import { createFakeExcel, type FakeExcel } from '../fakes/excel';
import { enteredData, type Entered } from '../excel/enteredData';
import { act, enterData, enteredIn, FIRST, SETUP, YEAR } from '../excel/failureScenario';
import { snapshotDifferences, workbookSnapshot } from '../excel/workbookSnapshot';
import { packageChanges } from '../helpers/packageDiff';
import { ownedSheetName, typeIntoBytes } from '../helpers/typeCells';
import { markAddress } from '../helpers/attendanceCells';

jest.setTimeout(120_000);

function date(text: string): CalendarDate {
  const parsed = parseIsoDate(text);
  if (parsed === null) throw new Error(text);
  return parsed;
}

const MONTH: SummaryRequest = {
  period: { kind: 'month', year: YEAR, month: 3 },
  asOf: date('2027-03-31'),
  generatedAt: '2027-03-31 16:20',
};
const YEAR_SUMMARY: SummaryRequest = {
  period: { kind: 'year', year: YEAR },
  asOf: date('2027-12-31'),
  generatedAt: '2027-12-31 09:00',
};

/** `entered` with the entries an action adds. */
function withAdded(entered: Entered, added: Record<string, string>): Entered {
  return new Map([...entered, ...Object.entries(added)]);
}

/**
 * The writing actions, as the pane and the command line run them on a workbook already set up,
 * each with the entry it adds itself (besides which every entry stays as it was).
 */
// Every row has all three (jest hands a test taking more arguments than its row a done callback).
const ACTIONS: Array<[string, (port: WorkbookPort) => Promise<unknown>, Record<string, string>]> = [
  ['生成活动安排 (regenerate)', (port) => generateWorkbook(port, {}), {}],
  ['导入党员 again (the same roster)', (port) => generateWorkbook(port, { members: SETUP.members }), {}],
  ['月度汇总', (port) => writeSummarySheets(port, MONTH), {}],
  ['年度汇总', (port) => writeSummarySheets(port, YEAR_SUMMARY), {}],
  [
    '活动材料 (通知, 签到表, 活动记录 and 本月全部活动记录)',
    (port) =>
      writeActivitySheets(port, {
        activityId: '2027-03-1',
        branch: FIRST,
        recordsOfMonth: { year: YEAR, month: 3 },
        asOf: date('2027-03-31'),
        issuedOn: date('2027-03-05'),
        generatedAt: '2027-03-31 16:30',
      }),
    {},
  ],
  [
    '节假日: a day off added',
    (port) => addManualHoliday(port, YEAR, { date: '2027-04-09', action: 'off', name: '单位统一放假' }),
    { 'holiday|2027-04-09': '{"date":"2027-04-09","action":"off","name":"单位统一放假"}' },
  ],
];

describe('inside Excel (the strict fake)', () => {
  let fake: FakeExcel;
  let restore: () => void = () => undefined;
  let entered: Entered;

  beforeEach(async () => {
    fake = createFakeExcel();
    restore = fake.installGlobals();
    await act(fake, (port) => generateWorkbook(port, SETUP));
    // No branch renamed in 设置: importing the same roster again then names the same branches.
    enterData(fake, { rename: false });
    entered = await enteredIn(fake);
    expect(entered.size).toBeGreaterThan(20);
  });

  afterEach(() => restore());

  it.each(ACTIONS)('%s a second time changes nothing and keeps every entry', async (_name, action, added) => {
    await act(fake, action);
    const once = workbookSnapshot(fake);
    expect(await enteredIn(fake)).toEqual(withAdded(entered, added));
    await act(fake, action);
    expect(snapshotDifferences(workbookSnapshot(fake), once)).toEqual([]);
    expect(await enteredIn(fake)).toEqual(withAdded(entered, added));
  });
});

describe('in file mode (the file port)', () => {
  let typed: Uint8Array;
  let entered: Entered;

  async function enteredInBytes(bytes: Uint8Array): Promise<Entered> {
    return enteredData(
      readWorkbookState(await readOwnedGrids(await openWorkbookBytes(bytes, 'w.xlsx')), YEAR),
    );
  }

  async function run(
    bytes: Uint8Array,
    action: (port: WorkbookPort) => Promise<unknown>,
  ): Promise<Uint8Array> {
    const file = await openWorkbookBytes(bytes, 'w.xlsx');
    await action(createFilePort(file));
    return workbookFileBytes(file);
  }

  beforeAll(async () => {
    const file = newWorkbookFile();
    await generateWorkbook(createFilePort(file), SETUP);
    const planned = await workbookFileBytes(file);
    const grids = await readOwnedGrids(file);
    const first = grids.get('attendance.1')!;
    typed = await typeIntoBytes(planned, await ownedSheetName(planned, 'attendance.1'), [
      { address: markAddress(first, 'A001', '2027-01-1'), text: '√' },
      { address: markAddress(first, 'A002', '2027-01-1'), text: '事：出差' },
      { address: markAddress(first, 'A004', '2027-03-1'), text: '×' },
    ]);
    const schedule = grids.get('schedule')!;
    let march = 0;
    for (let r = SCHEDULE_FIRST_ROW; r <= gridEnd(schedule).row; r++)
      if (gridCell(schedule, r, SCHEDULE_COLUMNS.id).value === '2027-03-1') march = r;
    typed = await typeIntoBytes(typed, await ownedSheetName(typed, 'schedule'), [
      { address: cellRef(march, SCHEDULE_COLUMNS.topic), text: '=学习党章第九条' },
      { address: cellRef(march, SCHEDULE_COLUMNS.place), text: '三楼会议室' },
    ]);
    entered = await enteredInBytes(typed);
    expect(entered.get('mark|机关第一党支部|A002|2027-01-1')).toBe('["事","出差"]');
    expect(entered.get('mark|机关第一党支部|A004|2027-03-1')).toBe('["×",null]');
  });

  it.each(ACTIONS)(
    '%s a second time changes no part of the file and keeps every entry',
    async (_name, action, added) => {
      const once = await run(typed, action);
      expect(await enteredInBytes(once)).toEqual(withAdded(entered, added));
      const twice = await run(once, action);
      expect(await packageChanges(once, twice)).toEqual({ changed: [], removed: [], added: [] });
      expect(await enteredInBytes(twice)).toEqual(withAdded(entered, added));
    },
  );
});
