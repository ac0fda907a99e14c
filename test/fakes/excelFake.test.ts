/** Tests of the strict Excel API fake itself: it must refuse what Excel refuses. */

import { createFakeExcel, FakeOfficeError } from './excel';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FakeOfficeError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('request/sync semantics', () => {
  test('reading a property that was not loaded and synced throws PropertyNotLoaded', async () => {
    const fake = createFakeExcel();
    fake.addSheet('Sheet1');
    fake.setValues('Sheet1', 'A1', [[1, 'a']]);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the unloaded read is what is tested
      expect(() => range.values).toThrow(/The property 'values' is not available/);
      range.load('values');
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- loaded but not synced: must throw
      expect(() => range.values).toThrow(FakeOfficeError);
      await context.sync();
      expect(range.values).toEqual([[1, 'a']]);
      // eslint-disable-next-line office-addins/load-object-before-read -- the unloaded read is what is tested
      expect(() => range.address).toThrow(/'address'/);
    });
  });

  test('load accepts "a,b", arrays, {select} and nested paths', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const a = sheet.getRange('B2:C3').load('address, rowCount');
      const b = sheet.getRange('A1').load(['columnCount']);
      const c = sheet.getRange('A1:A4').load({ select: 'rowIndex,cellCount' });
      const d = sheet.getRange('A1').load('format/font/bold');
      await context.sync();
      expect([a.address, a.rowCount, b.columnCount, c.rowIndex, c.cellCount]).toEqual([
        'S!B2:C3',
        2,
        1,
        0,
        4,
      ]);
      expect(d.format.font.bold).toBe(false);
    });
  });

  test('writes are queued and apply only at sync; each sync is counted and measured in UTF-8 bytes as Office.js would send it', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B1').values = [['党员', 2]];
      expect(fake.cell('S', 'A1').value).toBe('');
      await context.sync();
    });
    expect(fake.values('S')).toEqual([['党员', 2]]);
    expect(fake.syncCount).toBe(1);
    // Office.js's request body: each object used is reached by an object path and instantiated
    // once; then the action itself (ActionType 4: set a property).
    const instantiate = (id: number, objectPath: number) => ({
      Id: id,
      ActionType: 1,
      Name: '',
      ObjectPathId: objectPath,
    });
    const expected = Buffer.byteLength(
      JSON.stringify({
        Actions: [
          instantiate(1, 1),
          instantiate(2, 2),
          instantiate(3, 5),
          instantiate(4, 6),
          {
            Id: 5,
            ActionType: 4,
            Name: 'values',
            ObjectPathId: 6,
            ArgumentInfo: { Arguments: [[['党员', 2]]] },
          },
        ],
        ObjectPaths: {
          1: { Id: 1, ObjectPathType: 1, Name: '', ArgumentInfo: {} },
          2: { Id: 2, ObjectPathType: 4, Name: 'worksheets', ParentObjectPathId: 1, ArgumentInfo: {} },
          5: {
            Id: 5,
            ObjectPathType: 3,
            Name: 'getItem',
            ParentObjectPathId: 2,
            ArgumentInfo: { Arguments: ['S'] },
          },
          6: {
            Id: 6,
            ObjectPathType: 3,
            Name: 'getRange',
            ParentObjectPathId: 5,
            ArgumentInfo: { Arguments: ['A1:B1'] },
          },
        },
      }),
      'utf8',
    );
    expect(fake.requestBytes).toEqual([expected]);
  });

  test('a request over the payload limit fails whole with RequestPayloadSizeLimitExceeded', async () => {
    const fake = createFakeExcel({ payloadLimitBytes: 1000 });
    fake.addSheet('S');
    const code = await codeOf(
      fake.run(async (context) => {
        const range = context.workbook.worksheets.getItem('S').getRange('A1:A100');
        range.values = Array.from({ length: 100 }, (_, i) => [`第${i}行的较长文本`]);
        await context.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.cell('S', 'A1').value).toBe('');
    expect(fake.requestBytes[0]).toBeGreaterThan(1000);
  });

  test('each response is measured as the JSON of what its loads return; a response limit can be set', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    fake.setValues('S', 'A1', [['党员', 2]]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B1').load('values');
      await context.sync();
    });
    expect(fake.responseBytes).toEqual([
      Buffer.byteLength(JSON.stringify([{ values: [['党员', 2]] }]), 'utf8'),
    ]);

    const limited = createFakeExcel({ responseLimitBytes: 100 });
    limited.addSheet('S');
    limited.setValues(
      'S',
      'A1',
      Array.from({ length: 20 }, (_, i) => [`第${i}行`]),
    );
    const code = await codeOf(
      limited.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:A20').load('values');
        await context.sync();
      }),
    );
    expect(code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  test('Excel.run sends what is left queued in a final sync', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('C3').values = [[7]];
    });
    expect(fake.cell('S', 'C3').value).toBe(7);
    expect(fake.syncCount).toBe(1);
  });

  test('a batch stops at the first failure; earlier operations stay applied', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    const code = await codeOf(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.getRange('A1').values = [[1]];
        context.workbook.worksheets.getItem('Missing').getRange('A1').values = [[2]];
        sheet.getRange('A2').values = [[3]];
        await context.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
    expect(fake.values('S', 'A1:A2')).toEqual([[1], ['']]);
  });
});

describe('ranges', () => {
  test('getSpecialCellsOrNullObject("Formulas") finds the formula cells of a range or of areas, as rectangles; none is a null object', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    fake.setValues('S', 'A1', [
      [1, '=A1+1', '=A1+2', 'text'],
      [2, '=A2+1', '=A2+2', 5],
      [3, 4, '=A3*2', 6],
    ]);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const found = sheet.getRange('A1:D3').getSpecialCellsOrNullObject('Formulas').load('cellCount');
      const areas = found.areas.load('items/address,items/formulas');
      const inAreas = sheet.getRanges('A1:A3,C2:D3').getSpecialCellsOrNullObject('Formulas').load('address');
      const none = sheet.getRange('A1:A3').getSpecialCellsOrNullObject('Formulas').load('cellCount');
      const noAreas = none.areas.load('items/address');
      await context.sync();
      expect(found.isNullObject).toBe(false);
      expect(found.cellCount).toBe(5);
      expect(areas.items.map((area) => [area.address, area.formulas])).toEqual([
        [
          'S!B1:C2',
          [
            ['=A1+1', '=A1+2'],
            ['=A2+1', '=A2+2'],
          ],
        ],
        ['S!C3', [['=A3*2']]],
      ]);
      expect(inAreas.address).toBe('S!C2:C3');
      expect(none.isNullObject).toBe(true);
      expect(noAreas.isNullObject).toBe(true);
    });
    // Only what the items were asked for comes back.
    expect(fake.maxResponseBytes).toBeLessThan(300);
  });

  test('an array whose shape differs from the range throws InvalidArgument with Excel\u2019s message', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:C3').values = [
          [1, 2, 3],
          [4, 5, 6],
        ];
        await context.sync();
      }),
    ).rejects.toMatchObject({
      code: 'InvalidArgument',
      message: expect.stringMatching(/number of rows or columns/),
    });
  });

  test('a string starting with "=" written to values becomes a formula; a text-formatted cell keeps it as text', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:D1').values = [['=1+1', '-A9', '007', '2026-03-13']];
      const text = sheet.getRange('A2:B2');
      text.numberFormat = [['@', '@']];
      text.values = [['=1+1', '007']];
      await context.sync();
    });
    expect(fake.cell('S', 'A1')).toMatchObject({ formula: '=1+1', value: '' });
    expect(fake.cell('S', 'B1').formula).toBe('=-A9');
    expect(fake.cell('S', 'C1').value).toBe(7);
    expect(fake.cell('S', 'D1')).toMatchObject({ value: 46094, numberFormat: 'yyyy/m/d' });
    expect(fake.texts('S', 'D1')).toEqual([['2026/3/13']]);
    expect(fake.values('S', 'A2:B2')).toEqual([['=1+1', '007']]);
    expect(fake.cell('S', 'A2').formula).toBeUndefined();
  });

  test('null leaves a cell unchanged; formulas read back', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    fake.setValues('S', 'A1', [['keep', 'x']]);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:B1').values = [[null, 'y']] as unknown as string[][];
      sheet.getRange('A2:B3').numberFormat = [
        ['0.0%', '0.0%'],
        ['0.0%', '0.0%'],
      ];
      sheet.getRange('A2:B3').values = [
        [0.5, 0.5],
        [0.5, 0.5],
      ];
      sheet.getRange('C1').formulas = [['=SUM(A2:B3)']];
      const read = sheet.getRange('A1:C2').load('formulas,text');
      await context.sync();
      expect(read.formulas).toEqual([
        ['keep', 'y', '=SUM(A2:B3)'],
        [0.5, 0.5, ''],
      ]);
      expect(read.text[1]).toEqual(['50.0%', '50.0%', '']);
    });
  });

  test('used range, its null object on an empty sheet, and getRangeByIndexes', async () => {
    const fake = createFakeExcel();
    fake.addSheet('Empty');
    fake.addSheet('Data');
    fake.setValues('Data', 'B2', [
      [1, 2],
      [3, 4],
    ]);
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const none = sheets.getItem('Empty').getUsedRangeOrNullObject(true);
      const used = sheets.getItem('Data').getUsedRange(true).load('address');
      const byIdx = sheets.getItem('Data').getRangeByIndexes(1, 1, 2, 1).load('values');
      // eslint-disable-next-line office-addins/call-sync-before-read -- the read before sync is what is tested
      expect(() => none.isNullObject).toThrow(/isNullObject/);
      none.load('address');
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(used.address).toBe('Data!B2:C3');
      expect(byIdx.values).toEqual([[1], [3]]);
    });
  });

  test('formats, merge, borders and widths land in the state', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    fake.setValues('S', 'A1', [['标题', 'lost']]);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:D1');
      range.merge();
      range.format.font.bold = true;
      range.format.fill.color = '#FFC7CE';
      range.format.horizontalAlignment = 'Center';
      range.format.borders.getItem('EdgeBottom').style = 'Continuous';
      range.format.columnWidth = 60;
      await context.sync();
    });
    const sheet = fake.sheet('S');
    expect(sheet.merges).toEqual([{ row: 0, column: 0, rowCount: 1, columnCount: 4 }]);
    expect(fake.values('S', 'A1:B1')).toEqual([['标题', '']]);
    expect(fake.format('S', 'B1', 'font.bold')).toBe(true);
    expect(fake.format('S', 'A1:D1', 'fill.color')).toBe('#FFC7CE');
    expect(fake.format('S', 'C1', 'borders.EdgeBottom.style')).toBe('Continuous');
    expect(sheet.columnWidths.get(3)).toBe(60);
  });
});

describe('worksheets and names', () => {
  test.each([
    ['', 'blank'],
    ['x'.repeat(32), 'longer than 31'],
    ['a/b', 'characters'],
    ["'quoted", 'apostrophe'],
    ['sheet1', 'already taken'],
  ])('sheet name %p is refused (%s)', async (name, why) => {
    const fake = createFakeExcel();
    fake.addSheet('Sheet1');
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument', message: expect.stringContaining(why) });
  });

  test('getItem throws ItemNotFound; getItemOrNullObject reports isNullObject; delete records the wiped undo', async () => {
    const fake = createFakeExcel();
    fake.addSheet('A');
    fake.addSheet('B');
    expect(
      await codeOf(
        fake.run(async (context) => {
          context.workbook.worksheets.getItem('nope');
          await context.sync();
        }),
      ),
    ).toBe('ItemNotFound');
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('nope').load('name');
      const b = context.workbook.worksheets.getItemOrNullObject('b').load('name,position');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect([b.isNullObject, b.name, b.position]).toEqual([false, 'B', 1]);
      context.workbook.worksheets.getItem('A').delete();
      await context.sync();
    });
    expect(fake.sheetNames()).toEqual(['B']);
    expect(fake.state.events.map((e) => e.kind)).toEqual(['sheetDeleted', 'undoWiped']);
  });

  test('worksheets.load("items/name") lists the sheets', async () => {
    const fake = createFakeExcel();
    fake.addSheet('设置');
    fake.addSheet('党员名册');
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['设置', '党员名册']);
    });
  });

  test('defined names: add with a range, read formula, refuse duplicates and cell-like names', async () => {
    const fake = createFakeExcel();
    fake.addSheet('设置');
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('设置');
      context.workbook.names.add('PD_Threshold', sheet.getRange('B2'));
      const item = context.workbook.names.getItemOrNullObject('pd_threshold').load('formula,visible');
      await context.sync();
      expect(item.formula).toBe("='设置'!$B$2");
      expect(item.visible).toBe(true);
    });
    for (const bad of ['PD_Threshold', 'A1', '1abc', 'has space']) {
      const code = await codeOf(
        fake.run(async (context) => {
          context.workbook.names.add(bad, '=1');
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one separate run per refused name
          await context.sync();
        }),
      );
      expect(code).toBe('InvalidArgument');
    }
  });
});

describe('validation, conditional formats, tables, page layout, custom properties', () => {
  test('a list validation and a cellValue conditional format are stored; a bad rule is refused', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('C2:C20');
      range.dataValidation.rule = { list: { inCellDropDown: true, source: '√,迟,退,事,病,缺' } };
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: 'Warning',
        title: '出勤代码',
        message: '请从下拉列表中选择',
      };
      const cf = range.conditionalFormats.add('CellValue' as Excel.ConditionalFormatType);
      cf.cellValue.rule = { formula1: '0.8', operator: 'LessThan' };
      cf.cellValue.format.fill.color = '#FFC7CE';
      await context.sync();
    });
    const sheet = fake.sheet('S');
    expect(sheet.validations[0]).toMatchObject({
      rule: { list: { source: '√,迟,退,事,病,缺' } },
      errorAlert: { style: 'Warning' },
    });
    expect(sheet.conditionalFormats[0]).toMatchObject({
      type: 'CellValue',
      rule: { operator: 'LessThan' },
      format: { 'fill.color': '#FFC7CE' },
    });
    const code = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('D2').dataValidation.rule = {
          wholeNumber: { formula1: 1 },
        } as Excel.DataValidationRule;
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  test('a custom conditional format sets the formula of its read-only rule, as in Office.js', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    await fake.run(async (context) => {
      const cf = context.workbook.worksheets
        .getItem('S')
        .getRange('J7:J40')
        .conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
      cf.custom.rule.formula = '=J7="×"';
      cf.custom.format.font.color = '#9C0006';
      expect(() => {
        (cf.custom as unknown as { rule: unknown }).rule = { formula: '=TRUE' };
      }).toThrow(TypeError);
      await context.sync();
    });
    expect(fake.sheet('S').conditionalFormats[0]).toMatchObject({
      type: 'Custom',
      rule: { formula: '=J7="×"' },
      format: { 'font.color': '#9C0006' },
    });
  });

  test('tables get unique headers and names; overlapping tables are refused', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    fake.setValues('S', 'A1', [['姓名', '', '姓名']]);
    await fake.run(async (context) => {
      const table = context.workbook.worksheets.getItem('S').tables.add('A1:C5', true);
      table.name = 'PD_Roster';
      await context.sync();
    });
    expect(fake.values('S', 'A1:C1')).toEqual([['姓名', 'Column2', '姓名2']]);
    expect(fake.sheet('S').tables[0]).toMatchObject({ name: 'PD_Roster', style: 'TableStyleMedium2' });
    const code = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('S').tables.add('C3:D4', true);
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  test('page layout, freeze panes and custom properties; null custom property until added', async () => {
    const fake = createFakeExcel();
    fake.addSheet('月度汇总');
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('月度汇总');
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property needs no load
      const layout = sheet.pageLayout;
      layout.orientation = 'Landscape';
      layout.paperSize = 'A4';
      layout.zoom = { horizontalFitToPages: 1 };
      layout.setPrintTitleRows('$1:$3');
      layout.setPrintArea('A1:H40');
      layout.centerHorizontally = true;
      layout.headersFooters.defaultForAllPages.centerFooter = '第 &P 页，共 &N 页';
      sheet.freezePanes.freezeRows(3);
      const before = sheet.customProperties.getItemOrNullObject('pd.sheet').load('value');
      await context.sync();
      expect(before.isNullObject).toBe(true);
      sheet.customProperties.add('pd.sheet', 'monthly');
      const after = sheet.customProperties.getItemOrNullObject('PD.SHEET').load('key,value');
      await context.sync();
      expect([after.isNullObject, after.key, after.value]).toEqual([false, 'pd.sheet', 'monthly']);
    });
    const sheet = fake.sheet('月度汇总');
    expect(sheet.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: '$1:$3',
      printArea: 'A1:H40',
      centerHorizontally: true,
      headersFooters: { 'defaultForAllPages.centerFooter': '第 &P 页，共 &N 页' },
    });
    expect(sheet.freeze).toEqual({ rows: 3, columns: 0 });
    expect(sheet.customProperties).toEqual([{ key: 'pd.sheet', value: 'monthly' }]);
  });
  test('resetting an owned sheet in place: standard widths, hidden rows, gridlines, page breaks', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('B:B').format.columnWidth = 80;
      sheet.getRange('3:3').rowHidden = true;
      sheet.showGridlines = false;
      sheet.horizontalPageBreaks.add('A10');
      sheet.horizontalPageBreaks.add('A30');
      await context.sync();
      expect([
        fake.sheet('S').columnWidths.get(1),
        [...fake.sheet('S').hiddenRows],
        fake.sheet('S').rowBreaks,
      ]).toEqual([80, [2], [9, 29]]);
      const whole = sheet.getRange();
      whole.format.useStandardWidth = true;
      whole.rowHidden = false;
      sheet.horizontalPageBreaks.removePageBreaks();
      await context.sync();
    });
    const sheet = fake.sheet('S');
    expect([sheet.columnWidths.size, sheet.hiddenRows.size, sheet.showGridlines, sheet.rowBreaks]).toEqual([
      0,
      0,
      false,
      [],
    ]);
  });
});

describe('requirement sets, protection and injected errors', () => {
  test('isSetSupported follows maxApiVersion and newer APIs fail with ApiNotFound at sync', async () => {
    const fake = createFakeExcel({ maxApiVersion: '1.7' });
    fake.addSheet('S');
    expect(fake.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(fake.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(fake.isSetSupported('ExcelApi', 1.12)).toBe(false);
    const code = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('S').pageLayout.orientation = 'Landscape';
        await context.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
    expect(
      await codeOf(
        fake.run(async (context) => {
          context.workbook.worksheets.getItem('S').customProperties.add('k', 'v');
          await context.sync();
        }),
      ),
    ).toBe('ApiNotFound');
  });

  test('installed globals answer Office.context.requirements and run Excel.run on the fake', async () => {
    const fake = createFakeExcel({ maxApiVersion: '1.9' });
    fake.addSheet('S');
    const restore = fake.installGlobals();
    try {
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(false);
      expect(Excel.ConditionalFormatType.cellValue).toBe('CellValue');
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').values = [[1]];
        await context.sync();
      });
      expect(fake.cell('S', 'A1').value).toBe(1);
    } finally {
      restore();
    }
  });

  test('a protected sheet refuses writes; a read-only workbook too; cell edit mode and injected errors fail the sync', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    fake.protectSheet('S');
    const write = (): Promise<unknown> =>
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').values = [[1]];
        await context.sync();
      });
    expect(await codeOf(write())).toBe('AccessDenied');
    fake.protectSheet('S', false);
    fake.setReadOnly(true);
    expect(await codeOf(write())).toBe('AccessDenied');
    fake.setReadOnly(false);
    fake.setCellEditMode(true);
    expect(await codeOf(write())).toBe('InvalidOperationInCellEditMode');
    fake.setCellEditMode(false);
    fake.injectErrorOnNextSync('GeneralException');
    expect(await codeOf(write())).toBe('GeneralException');
    expect(fake.cell('S', 'A1').value).toBe('');
    expect(await codeOf(write())).toBe('no error');
    expect(fake.cell('S', 'A1').value).toBe(1);
  });

  test('a proxy from a finished run cannot be used again', async () => {
    const fake = createFakeExcel();
    fake.addSheet('S');
    let kept: Excel.Range | undefined;
    await fake.run(async (context) => {
      kept = context.workbook.worksheets.getItem('S').getRange('A1');
      await context.sync();
    });
    expect(() => {
      if (kept) kept.values = [[1]];
    }).toThrow(FakeOfficeError);
  });
});
