import { dateOf } from '../../src/domain/date';
import { assertDescriptions, descriptionProblems } from '../../src/workbook/checkDescription';
import {
  headerFooterLiteral,
  isDateCell,
  isFormulaCell,
  resolveSheetTokens,
  sheetToken,
  type SheetDescription,
} from '../../src/workbook/description';
import { attendanceSheet, settingsSheet } from '../file/sampleDescriptions';

const minimal = (patch: Partial<SheetDescription>): SheetDescription => ({
  kind: 'test',
  name: '测试',
  blocks: [
    {
      anchor: 'A1',
      cells: [
        ['编号', '姓名'],
        ['D1', '张三'],
      ],
    },
  ],
  ...patch,
});

describe('sheet description', () => {
  it('is plain JSON: it survives a JSON round trip unchanged', () => {
    const description = attendanceSheet();
    expect(JSON.parse(JSON.stringify(description))).toEqual(description);
  });

  it('tells cells apart without relying on string content', () => {
    expect(isFormulaCell({ formula: '=1' })).toBe(true);
    expect(isFormulaCell('=1')).toBe(false);
    expect(isDateCell({ date: dateOf(2027, 1, 8) })).toBe(true);
    expect(isDateCell('2027-01-08')).toBe(false);
  });

  it('resolves sheet tokens to quoted sheet names', () => {
    const formula = `=COUNTIF(${sheetToken('attendance.b01')}!C3:C9,"√")+${sheetToken('settings')}!B2`;
    const names: Record<string, string> = { 'attendance.b01': "'出勤登记(2)'", settings: "'设置'" };
    expect(resolveSheetTokens(formula, (kind) => names[kind])).toBe(
      `=COUNTIF('出勤登记(2)'!C3:C9,"√")+'设置'!B2`,
    );
    expect(() => resolveSheetTokens(sheetToken('missing'), () => undefined)).toThrow('missing');
    expect(() => sheetToken('bad kind')).toThrow(RangeError);
  });

  it('escapes ampersands in literal header text', () => {
    expect(headerFooterLiteral('党建&纪检')).toBe('党建&&纪检');
  });
});

describe('descriptionProblems', () => {
  it('accepts the sample sheets', () => {
    expect(descriptionProblems(settingsSheet)).toEqual([]);
    expect(descriptionProblems(attendanceSheet())).toEqual([]);
    expect(() => assertDescriptions([settingsSheet, attendanceSheet()])).not.toThrow();
  });

  it.each<[string, Partial<SheetDescription>, string]>([
    ['ragged block', { blocks: [{ anchor: 'A1', cells: [['a', 'b'], ['c']] }] }, 'not rectangular'],
    [
      'overlapping blocks',
      {
        blocks: [
          { anchor: 'A1', cells: [['a', 'b']] },
          { anchor: 'B1', cells: [['c']] },
        ],
      },
      'overlaps',
    ],
    [
      'formula without =',
      { blocks: [{ anchor: 'A1', cells: [[{ formula: 'SUM(A2:A3)' }]] }] },
      "without '='",
    ],
    ['bad sheet name', { name: '3/4月' }, '/'],
    ['bad kind', { kind: '出勤' }, 'bad kind'],
    ['bad colour', { tabColor: 'red' }, 'not #RRGGBB'],
    ['bad range', { merges: ['A1:B'] }, "bad range 'A1:B'"],
    ['overlapping merges', { merges: ['A1:B1', 'B1:C1'] }, 'overlaps'],
    [
      'long list',
      {
        validations: [
          {
            range: 'A1',
            rule: { type: 'list', values: ['一'.repeat(300)] },
            allowBlank: true,
            errorTitle: 't',
            error: 'e',
          },
        ],
      },
      '255',
    ],
    [
      'comma in list',
      {
        validations: [
          {
            range: 'A1',
            rule: { type: 'list', values: ['a,b'] },
            allowBlank: true,
            errorTitle: 't',
            error: 'e',
          },
        ],
      },
      'may not contain',
    ],
    [
      'between with one formula',
      {
        conditionalFormats: [
          { range: 'A1', rule: { type: 'cellValue', operator: 'between', formulas: ['=1'] }, format: {} },
        ],
      },
      'between takes two',
    ],
    [
      'table header not text',
      {
        blocks: [
          {
            anchor: 'A1',
            cells: [
              [1, '姓名'],
              ['D1', '张三'],
            ],
          },
        ],
        tables: [{ name: 'T', range: 'A1:B2', style: 'TableStyleLight9', showRowStripes: true }],
      },
      'not text',
    ],
    [
      'table without data row',
      { tables: [{ name: 'T', range: 'A1:B1', style: 'TableStyleLight9', showRowStripes: true }] },
      'needs a header and a data row',
    ],
    ['name like a cell', { names: [{ name: 'AB12', range: 'A1' }] }, "bad defined name 'AB12'"],
    ...['R', 'c', 'RC', 'R1C1', 'R5C', 'rc12'].map((name): [string, Partial<SheetDescription>, string] => [
      `name in R1C1 (${name})`,
      { names: [{ name, range: 'A1' }] },
      `bad defined name '${name}'`,
    ]),
    [
      'table named like an R1C1 reference',
      { tables: [{ name: 'RC', range: 'A1:B2', style: 'TableStyleLight9', showRowStripes: true }] },
      "bad table name 'RC'",
    ],
  ])('reports %s', (_label, patch, message) => {
    const problems = descriptionProblems(minimal(patch));
    expect(problems.join('\n')).toContain(message);
    expect(() => assertDescriptions([minimal(patch)])).toThrow(message);
  });
});
