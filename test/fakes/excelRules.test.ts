/**
 * Each rule of the fake that refuses what Excel does not document or would not take as meant
 * (test/fakes/excel/documentedForms.ts, formulaCheck.ts, cfPriority.ts, copyFrom.ts), shown firing,
 * and the documented form beside it passing.
 */
import { createFakeExcel, type FakeExcel } from './excel';

async function attempt(fake: FakeExcel, batch: (context: Excel.RequestContext) => void): Promise<unknown> {
  try {
    await fake.run(async (context) => {
      batch(context);
      await context.sync();
    });
    return null;
  } catch (error) {
    return error;
  }
}

function withSheets(...names: string[]): FakeExcel {
  const fake = createFakeExcel();
  for (const name of names) fake.addSheet(name);
  return fake;
}

const sheetOf = (context: Excel.RequestContext, name = 'S') => context.workbook.worksheets.getItem(name);
const single = <T>(value: T) => value as unknown as T[][];

describe('only documented forms', () => {
  it.each(['values', 'formulas', 'formulasR1C1', 'numberFormat'] as const)(
    'one value for a range through %s is refused; the rows x columns array is taken',
    async (property) => {
      const fake = withSheets('S');
      const value = property === 'numberFormat' ? '0.0%' : property === 'values' ? 5 : '=1+1';
      expect(
        await attempt(fake, (context) => {
          sheetOf(context).getRange('A1:B2')[property] = single(value);
        }),
      ).toMatchObject({ code: 'InvalidArgument', message: expect.stringMatching(/2-D array/) });
      expect(fake.sheet('S').cells.size).toBe(0);
      expect(
        await attempt(fake, (context) => {
          sheetOf(context).getRange('A1:B2')[property] = [
            [value, value],
            [value, value],
          ];
        }),
      ).toBeNull();
    },
  );

  it('a zoom with 0 pages, a scale beside pages, or a scale out of 10–400 is refused', async () => {
    const fake = withSheets('S');
    for (const zoom of [
      { horizontalFitToPages: 1, verticalFitToPages: 0 },
      { scale: 100, horizontalFitToPages: 1 },
      { scale: 9 },
      {},
    ])
      expect(
        await attempt(fake, (context) => {
          sheetOf(context).pageLayout.zoom = zoom;
        }),
      ).toMatchObject({ code: 'InvalidArgument' });
    expect(
      await attempt(fake, (context) => {
        sheetOf(context).pageLayout.zoom = { horizontalFitToPages: 1 };
      }),
    ).toBeNull();
    expect(fake.sheet('S').pageLayout.zoom).toEqual({ horizontalFitToPages: 1 });
  });
});

describe('data-validation limits (MS-OI29500 §2.1.613)', () => {
  const alert = (title: string, message: string) => ({
    showAlert: true,
    style: 'Stop' as const,
    title,
    message,
  });
  it.each([
    ['an error title of 33 characters', alert('题'.repeat(33), '错')],
    ['an error message of 225 characters', alert('题', '错'.repeat(225))],
  ])('refuses %s', async (_what, errorAlert) => {
    const fake = withSheets('S');
    expect(
      await attempt(fake, (context) => {
        sheetOf(context).getRange('A1:A9').dataValidation.errorAlert = errorAlert;
      }),
    ).toMatchObject({ code: 'InvalidArgument' });
  });

  it('takes the limits themselves: 32-character title, 224-character message, 255-character prompt', async () => {
    const fake = withSheets('S');
    expect(
      await attempt(fake, (context) => {
        const validation = sheetOf(context).getRange('A1:A9').dataValidation;
        validation.errorAlert = alert('题'.repeat(32), '错'.repeat(224));
        validation.prompt = { showPrompt: true, title: '提'.repeat(32), message: '示'.repeat(255) };
      }),
    ).toBeNull();
    expect(
      await attempt(fake, (context) => {
        sheetOf(context).getRange('A1:A9').dataValidation.prompt = {
          showPrompt: true,
          title: '',
          message: '示'.repeat(256),
        };
      }),
    ).toMatchObject({ code: 'InvalidArgument' });
  });

  it('a literal list is at most 255 characters; a list from a range is a formula checked like any other', async () => {
    const fake = withSheets('S', '设置');
    const list = (source: string) => (context: Excel.RequestContext) => {
      sheetOf(context).getRange('A1:A9').dataValidation.rule = { list: { inCellDropDown: true, source } };
    };
    expect(await attempt(fake, list(`${'甲,'.repeat(127)}乙`))).toBeNull(); // 255 characters
    expect(await attempt(fake, list(`${'甲,'.repeat(128)}乙`))).toMatchObject({ code: 'InvalidArgument' });
    expect(await attempt(fake, list("='设置'!$A$1:$A$3"))).toBeNull();
    expect(await attempt(fake, list("='缺少'!$A$1:$A$3"))).toMatchObject({
      code: 'InvalidArgument',
      message: expect.stringMatching(/sheet '缺少'/),
    });
  });
});

describe('conditional-format priority', () => {
  it('a format changed after its priority was set must be re-fetched first', async () => {
    const fake = withSheets('S');
    const error = await attempt(fake, (context) => {
      const format = sheetOf(context).getRange('A1:A9').conditionalFormats.add('CellValue');
      format.cellValue.rule = { formula1: '=0', operator: 'LessThan' };
      format.priority = 0;
      format.cellValue.format.font.color = '#FF0000';
    });
    expect(error).toMatchObject({ code: 'InvalidOperation', message: expect.stringMatching(/re-fetch/) });
    // Microsoft's order: rule and look first, priority last.
    expect(
      await attempt(fake, (context) => {
        const format = sheetOf(context).getRange('A1:A9').conditionalFormats.add('CellValue');
        format.cellValue.rule = { formula1: '=0', operator: 'LessThan' };
        format.cellValue.format.font.color = '#FF0000';
        format.priority = 0;
      }),
    ).toBeNull();
  });

  it('a new format goes on top; setting a priority moves the others to keep the order contiguous', async () => {
    const fake = withSheets('S');
    const order = () =>
      [...fake.sheet('S').conditionalFormats]
        .sort((x, y) => x.priority - y.priority)
        .map((format) => `${String(format.rule.formula).slice(2, 3)}${format.priority}`);
    const add = (context: Excel.RequestContext, name: string, address = 'A1:A9') => {
      const format = sheetOf(context).getRange(address).conditionalFormats.add('Custom');
      format.custom.rule.formula = `="${name}"=A1`;
      return format;
    };
    await fake.run(async (context) => {
      add(context, 'a');
      add(context, 'b');
      await context.sync();
      expect(order()).toEqual(['b0', 'a1']);
      add(context, 'x').priority = 1; // from the top to the middle: 'b' moves up to 0
      await context.sync();
      expect(order()).toEqual(['b0', 'x1', 'a2']);
      add(context, 'c').priority = -1; // from the back
      add(context, 'd').priority = 99; // past the end: the last place
      await context.sync();
      expect(order()).toEqual(['b0', 'x1', 'a2', 'c3', 'd4']);
      // A format alone in its collection (a range no other format meets) stays where add put it.
      add(context, 'e', 'C1:C9').priority = 4;
      await context.sync();
      expect(order()).toEqual(['e0', 'b1', 'x2', 'a3', 'c4', 'd5']);
    });
  });
});

describe('formulas are parsed as en-US Excel reads them', () => {
  const write =
    (formula: string, property: 'formulas' | 'values' = 'formulas') =>
    (context: Excel.RequestContext) => {
      sheetOf(context).getRange('B2')[property] = [[formula]];
    };

  it.each([
    ['a semicolon as the argument separator', '=SUM(A1;A2)', /not an en-US Excel formula/],
    ['a localized function name', '=求和(A1:A2)', /not an Excel function/],
    ['a function name of another language', '=SUMME(A1:A2)', /not an English Excel function name/],
    ['a sheet that does not exist', "='出勤-第9党支部'!A1", /sheet '出勤-第9党支部'/],
    ['a name that is not defined', '=PD_Missing*2', /name 'PD_Missing'/],
    ['a table that does not exist', '=SUM(表1[金额])', /table '表1'/],
  ])('refuses %s', async (_what, formula, message) => {
    const fake = withSheets('S');
    expect(await attempt(fake, write(formula))).toMatchObject({
      code: 'InvalidArgument',
      message: expect.stringMatching(message),
    });
    expect(fake.cell('S', 'B2').formula).toBeUndefined();
  });

  it('checks text written through values that Excel takes for a formula, not text kept by @', async () => {
    const fake = withSheets('S');
    expect(await attempt(fake, write('=求和(A1)', 'values'))).toMatchObject({ code: 'InvalidArgument' });
    expect(
      await attempt(fake, (context) => {
        const cell = sheetOf(context).getRange('B2');
        cell.numberFormat = [['@']];
        cell.values = [['=求和(A1)']];
      }),
    ).toBeNull();
    expect(fake.cell('S', 'B2')).toMatchObject({ value: '=求和(A1)', formula: undefined });
  });

  it('takes English functions, existing sheets and names, in cells, formats, validations and names', async () => {
    const fake = withSheets('S', '设置');
    expect(
      await attempt(fake, (context) => {
        context.workbook.names.add('PD_Threshold', sheetOf(context, '设置').getRange('B2'));
      }),
    ).toBeNull();
    expect(
      await attempt(fake, (context) => {
        const sheet = sheetOf(context);
        sheet.getRange('A1:B1').formulas = [
          [`=IFERROR(INDEX('设置'!$A$1:$A$9,2),"")`, '=SUMPRODUCT((A2:A9>=PD_Threshold)*1)'],
        ];
        const format = sheet.getRange('A2:A9').conditionalFormats.add('Custom');
        format.custom.rule.formula = '=AND(A2<>"",A2<PD_Threshold)';
        sheet.getRange('C2:C9').dataValidation.rule = {
          decimal: { operator: 'Between', formula1: '=0', formula2: '=PD_Threshold' },
        };
        context.workbook.names.add('PD_Area', "='设置'!$A$1:$A$3,'设置'!$C$1");
      }),
    ).toBeNull();
    expect(
      await attempt(fake, (context) => {
        sheetOf(context).getRange('D2:D9').conditionalFormats.add('Custom').custom.rule.formula =
          '=AND(D2<>"";D2<1)';
      }),
    ).toMatchObject({ code: 'InvalidArgument' });
    expect(
      await attempt(fake, (context) => {
        context.workbook.names.add('PD_Bad', "='缺少'!$A$1");
      }),
    ).toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('defined names', () => {
  it.each(['R', 'c', 'RC', 'R1C1', 'R5C', 'RC12', 'R7', 'C3', 'A1', 'XFD1048576', 'TRUE'])(
    'refuses %s (a cell reference, an R1C1 form or a boolean)',
    async (name) => {
      const fake = withSheets('S');
      expect(
        await attempt(fake, (context) => {
          context.workbook.names.add(name, sheetOf(context).getRange('A1'));
        }),
      ).toMatchObject({ code: 'InvalidArgument' });
    },
  );

  it.each(['XFE1', 'R1X', 'PD_Threshold', '_PartyDay_settings', '党员名册'])('takes %s', async (name) => {
    const fake = withSheets('S');
    expect(
      await attempt(fake, (context) => {
        context.workbook.names.add(name, sheetOf(context).getRange('A1'));
      }),
    ).toBeNull();
  });
});

describe('Range.copyFrom with Formulas', () => {
  it('moves relative references, tiles an exact multiple, refuses a destination that is not one', async () => {
    const fake = withSheets('S');
    expect(
      await attempt(fake, (context) => {
        const sheet = sheetOf(context);
        sheet.getRange('C2').formulas = [['=A2*$B$1']];
        sheet.getRange('C3:C5').copyFrom(sheet.getRange('C2'), 'Formulas');
        sheet.getRange('D2:E2').formulas = [['=C2+1', '=D2+1']];
        sheet.getRange('D3:G3').copyFrom(sheet.getRange('D2:E2'), 'Formulas');
      }),
    ).toBeNull();
    expect(fake.formulas('S', 'C2:C5')).toEqual([['=A2*$B$1'], ['=A3*$B$1'], ['=A4*$B$1'], ['=A5*$B$1']]);
    expect(fake.formulas('S', 'D3:G3')).toEqual([['=C3+1', '=D3+1', '=E3+1', '=F3+1']]);
    expect(
      await attempt(fake, (context) => {
        const sheet = sheetOf(context);
        sheet.getRange('D4:F4').copyFrom(sheet.getRange('D2:E2'), 'Formulas');
      }),
    ).toMatchObject({ code: 'InvalidArgument' });
  });
});
