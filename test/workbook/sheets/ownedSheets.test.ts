/**
 * The 设置, 党员名册 and 节假日 sheets written through the file port and read back, and roster
 * header recognition on the ways real rosters are written.
 */
import { dateOf } from '../../../src/domain/date';
import { createHolidayCalendar } from '../../../src/domain/holidays/calendar';
import { readOwnedGrids } from '../../../src/file/readGrid';
import { newWorkbookFile, openWorkbookBytes, workbookFileBytes } from '../../../src/file/workbookFile';
import { writeDescriptions } from '../../../src/file/writeDescriptions';
import type { SheetDescription } from '../../../src/workbook/description';
import type { RawGrid } from '../../../src/workbook/grid';
import { importRosterTable, tableFromCsv } from '../../../src/workbook/rosterImport';
import { describeHolidaysSheet, parseHolidaysGrid } from '../../../src/workbook/sheets/holidays';
import { describeRosterSheet, parseRosterGrid } from '../../../src/workbook/sheets/roster';
import { defaultSettings } from '../../../src/workbook/sheets/settings';
import { describeSettingsSheet } from '../../../src/workbook/sheets/settingsDescription';
import { parseSettingsGrid } from '../../../src/workbook/sheets/settingsRead';
import { parseOrdinals, parseThreshold } from '../../../src/workbook/sheets/settingsText';

async function roundTrip(descriptions: SheetDescription[]): Promise<Map<string, RawGrid>> {
  const file = newWorkbookFile();
  await writeDescriptions(file, descriptions);
  const reopened = await openWorkbookBytes(await workbookFileBytes(file), 'x.xlsx');
  return readOwnedGrids(reopened);
}

describe('设置', () => {
  it('reads back what it wrote, with the defined names the formulas use', async () => {
    const settings = {
      ...defaultSettings(2027, '张店分局', ['第一支部', '第二支部']),
      threshold: 0.75,
      ordinals: [1, 3, -1],
      policy: 'advance' as const,
    };
    settings.branches[0].secretary = '李建国';
    const description = describeSettingsSheet(settings);
    expect(description.names?.map((n) => n.name)).toEqual(
      expect.arrayContaining(['PD_Year', 'PD_Threshold', 'PD_Unit', 'PD_Branches']),
    );
    const grids = await roundTrip([description]);
    const parsed = parseSettingsGrid(grids.get('settings') as RawGrid, 2000);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual(settings);
  });

  it('names the cell of a bad value', () => {
    const grid = {
      sheetName: '设置',
      origin: { row: 3, column: 1 },
      values: [['到会率达标线', '九成']],
      formulas: [[null, null]],
      numberFormats: [['General', 'General']],
    };
    const parsed = parseSettingsGrid(grid, 2027);
    const bad = parsed.problems.find((p) => p.cell === 'B3');
    expect(bad?.message).toContain('九成');
    expect(parsed.value.threshold).toBe(0.8);
  });

  it('reads thresholds and ordinals as people write them', () => {
    expect(parseThreshold('80%')).toBe(0.8);
    expect(parseThreshold('85')).toBe(0.85);
    expect(parseThreshold('150')).toBeNull();
    expect(parseOrdinals('第二、第四')).toEqual([2, 4]);
    expect(parseOrdinals('2,末')).toEqual([2, -1]);
    expect(parseOrdinals('constructor')).toBeNull();
  });
});

describe('党员名册', () => {
  it('round-trips members, keeping ids and text exactly', async () => {
    const members = [
      { id: '001', name: '=王芳', branch: '第一支部', category: '正式党员' as const, phone: '013800000001' },
      {
        id: 'A2',
        name: '阿依古丽·买买提',
        branch: '第一支部',
        category: '预备党员' as const,
        gender: '女' as const,
        joinedParty: dateOf(2026, 7, 1),
        onRosterTo: dateOf(2027, 6, 30),
        exemption: { reason: '卧病在床', approval: '支委会同意', contact: '王芳', from: dateOf(2027, 1, 1) },
      },
    ];
    const grids = await roundTrip([
      describeSettingsSheet(defaultSettings(2027, '', ['第一支部'])),
      describeRosterSheet({ unit: '', members, branchCount: 1 }),
    ]);
    const parsed = parseRosterGrid(grids.get('roster') as RawGrid);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual(members);
  });
});

describe('节假日', () => {
  it('writes the year with sources and reads back only the user’s own rows', async () => {
    const calendar = createHolidayCalendar({
      manual: [
        { date: dateOf(2027, 3, 12), action: 'off', name: '单位活动' },
        { date: dateOf(2027, 10, 1), action: 'remove' },
      ],
    });
    const grids = await roundTrip([describeHolidaysSheet({ unit: '', year: 2027, calendar })]);
    const grid = grids.get('holidays') as RawGrid;
    const texts = grid.values.map((row) => row.join('|'));
    expect(texts.some((t) => t.includes('放假|单位活动|手工'))).toBe(true);
    expect(texts.some((t) => t.includes('放假|春节|预估'))).toBe(true);
    const parsed = parseHolidaysGrid(grid, 2027);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual([
      { date: '2027-03-12', action: 'off', name: '单位活动' },
      { date: '2027-10-01', action: 'remove' },
    ]);
  });
});

describe('roster header recognition', () => {
  it('finds the header under a title and maps the usual column names', () => {
    const csv = [
      '某某局 党员花名册,,,,,,',
      '序号,党员姓名,所在支部,党籍状态,入党时间,转正时间,手机号码',
      '1,李建国,第一支部,正式党员,1998年7月1日,1999-07-01,13800000001',
      '2,,第一支部,正式党员,,,',
      '3,赵磊,第一支部,积极分子,,,',
    ].join('\n');
    const parsed = importRosterTable(tableFromCsv(csv, '名册.csv'));
    expect(parsed.value.header?.row).toBe(2);
    expect(
      parsed.value.members.map((m) => [m.name, m.category, m.joinedParty ?? null, m.phone ?? null]),
    ).toEqual([
      ['李建国', '正式党员', '1998-07-01', '13800000001'],
      ['赵磊', '入党积极分子', null, null],
    ]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ sheet: '名册.csv', row: 4, severity: 'error' });
  });

  it('says which column is missing when there is no header', () => {
    const parsed = importRosterTable(tableFromCsv('a,b\n1,2', 'x.csv'));
    expect(parsed.value.members).toEqual([]);
    expect(parsed.problems[0].message).toContain('姓名');
  });
});
