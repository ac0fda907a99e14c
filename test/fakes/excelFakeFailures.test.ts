/**
 * The fake's failure injection at any operation (issue 11 §1), its copies, and how tables give up
 * their cells: what the failure-safe write tests (test/excel/failureSafe*.test.ts) rely on.
 */
import { createFakeExcel, FakeExcel, FakeOfficeError } from './excel';
import type { WorkbookState } from './excel/state';

const FakeExcelFrom = (state: WorkbookState) => FakeExcel.fromState(state);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return error instanceof FakeOfficeError ? error.code : `other: ${String(error)}`;
  }
}

describe('an error injected at the n-th operation', () => {
  it('stops the batch there, keeping the operations before it; counts across syncs, not loads', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    fake.injectErrorAtOperation(4, 'InvalidArgument');
    const code = await codeOf(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.getRange('A1').load('values'); // a load: not counted
        sheet.getRange('A1').values = [['a']]; // 1
        sheet.getRange('A2').values = [['b']]; // 2
        await context.sync();
        sheet.getRange('A3').values = [['c']]; // 3
        sheet.getRange('A4').values = [['d']]; // 4: fails
        sheet.getRange('A5').values = [['e']]; // not run
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
    expect(fake.values('S')).toEqual([['a'], ['b'], ['c']]);
    expect(fake.operationCount).toBe(4);
    // Armed once: the next run goes through.
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A4:A5').values = [['d'], ['e']];
      await context.sync();
    });
    expect(fake.values('S')).toEqual([['a'], ['b'], ['c'], ['d'], ['e']]);
    expect(fake.operationCount).toBe(5);
  });

  it('counts adding a sheet (sent as the object path of its result) and names where it stopped', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    fake.injectErrorAtOperation(2);
    let error: unknown;
    try {
      await fake.run(async (context) => {
        const added = context.workbook.worksheets.add('新表'); // 1
        added.getRange('A1').values = [['x']]; // 2: fails
        await context.sync();
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect((error as FakeOfficeError).code).toBe('GeneralException');
    expect((error as FakeOfficeError).debugInfo.errorLocation).toBe('Range.values');
    expect(fake.sheetNames()).toEqual(['S', '新表']);
    expect(fake.values('新表')).toEqual([]);
  });

  it('refuses a count that is not a positive whole number', () => {
    const fake = createFakeExcel();
    expect(() => fake.injectErrorAtOperation(0)).toThrow(RangeError);
    expect(() => fake.injectErrorAtOperation(1.5)).toThrow(RangeError);
  });
});

describe('recorded states', () => {
  it('are what a batch stopped at each operation leaves', async () => {
    const batch = async (context: Excel.RequestContext) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1').values = [['a']]; // 1
      sheet.getRange('A1').format.font.bold = true; // 2
      await context.sync();
      sheet.getRange('A2').values = [['b']]; // 3
      await context.sync();
    };
    const fake = createFakeExcel();
    fake.addSheet('S');
    const recorded = fake.clone();
    recorded.recordStates([2, 3]);
    await recorded.run(batch);
    const states = recorded.recordedStates();
    expect([...states.keys()]).toEqual([2, 3]);
    for (const at of [2, 3]) {
      const stopped = fake.clone();
      stopped.injectErrorAtOperation(at);
      expect(await codeOf(stopped.run(batch))).toBe('GeneralException');
      expect(states.get(at)).toEqual(stopped.state);
    }
    const state = (at: number) => {
      const found = states.get(at);
      if (found === undefined) throw new Error(`no state before ${at}`);
      return found;
    };
    const before2 = FakeExcelFrom(state(2));
    expect(before2.values('S')).toEqual([['a']]);
    expect(before2.format('S', 'A1', 'font.bold')).toBeUndefined();
    expect(FakeExcelFrom(state(3)).format('S', 'A1', 'font.bold')).toBe(true);
    expect(recorded.recordedStates().size).toBe(0);
  });
});

describe('a copy of the fake', () => {
  it('starts from the same workbook and changes independently', async () => {
    const fake = createFakeExcel({ maxApiVersion: '1.9' });
    fake.addSheet('S');
    fake.setValues('S', 'A1', [['原']]);
    const copy = fake.clone();
    await copy.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [['改']];
      await context.sync();
    });
    expect(copy.values('S')).toEqual([['改']]);
    expect(fake.values('S')).toEqual([['原']]);
    expect(copy.isSetSupported('ExcelApi', '1.10')).toBe(false);
    expect(copy.syncCount).toBe(1);
    expect(fake.syncCount).toBe(0);
  });
});

describe('tables', () => {
  async function withTable() {
    const fake = createFakeExcel();
    fake.addSheet('S');
    fake.setValues('S', 'A1', [
      ['编号', '姓名'],
      ['D1', '李'],
      ['D2', '王'],
    ]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').tables.add('A1:B3', true).name = '名单表';
      await context.sync();
    });
    return fake;
  }

  it('delete takes the cells with the table, as Excel does', async () => {
    const fake = await withTable();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').tables.getItem('名单表').delete();
      await context.sync();
    });
    expect(fake.sheet('S').tables).toEqual([]);
    expect(fake.values('S')).toEqual([]);
  });

  it('convertToRange keeps the cells and gives back their range', async () => {
    const fake = await withTable();
    const address = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').tables.getItem('名单表').convertToRange();
      range.load('address');
      await context.sync();
      return range.address;
    });
    expect(address).toBe('S!A1:B3');
    expect(fake.sheet('S').tables).toEqual([]);
    expect(fake.values('S')).toEqual([
      ['编号', '姓名'],
      ['D1', '李'],
      ['D2', '王'],
    ]);
  });
});
