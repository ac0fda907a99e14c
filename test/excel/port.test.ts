/**
 * The Office.js port against the strict fake: a write is one sync after the inventory and the
 * owned sheets' details (3 in all), text that Excel would reinterpret stays text, owned sheets are
 * found by their hidden mark and updated in place, a user's sheet is never touched, missing
 * requirement sets degrade with a Chinese note, and Excel's errors become Chinese instructions.
 */
import { createExcelPort } from '../../src/excel/port';
import { ExcelPortError } from '../../src/excel/errors';
import { excelStrings } from '../../src/strings/excel';
import { createFakeExcel, type FakeExcel } from '../fakes/excel';
import { attendanceSheet as sampleAttendance, settingsSheet } from '../file/sampleDescriptions';

/**
 * The sample attendance sheet without its expression rules: the fake models `custom.rule` as a
 * settable value, while Office.js (and this port) set `custom.rule.formula`.
 */
function attendanceSheet() {
  const sheet = sampleAttendance();
  return {
    ...sheet,
    conditionalFormats: sheet.conditionalFormats?.filter((f) => f.rule.type !== 'expression'),
  };
}

function portOn(fake: FakeExcel) {
  return createExcelPort(fake.newContext(), {
    isSetSupported: (name, version) => fake.isSetSupported(name, version),
  });
}

describe('writing descriptions', () => {
  it('writes two sheets in 3 syncs: inventory, owned details, one write', async () => {
    const fake = createFakeExcel();
    const report = await portOn(fake).writeDescriptions([settingsSheet, attendanceSheet()]);
    expect(fake.syncCount).toBe(3);
    expect(report.sheets).toEqual([
      { kind: 'settings', name: '设置', created: true },
      { kind: 'attendance.b01', name: '出勤登记', created: true },
    ]);
    expect(report.notices).toEqual([]);
    expect(fake.sheetNames()).toEqual(['设置', '出勤登记']);
    expect(fake.values('设置', 'A1:B4')).toEqual([
      ['项目', '内容'],
      ['到会率下限', 0.8],
      ['单位名称', '张店分局机关党总支'],
      ['年度', 2027],
    ]);
    expect(fake.cell('设置', 'B2').numberFormat).toBe('0%');
  });

  it('keeps text that starts with = + - @ as text, formulas as formulas, dates as serials', async () => {
    const fake = createFakeExcel();
    await portOn(fake).writeDescriptions([settingsSheet, attendanceSheet()]);
    expect(fake.cell('出勤登记', 'B5')).toMatchObject({ value: '=SUM(1,2)', formula: undefined });
    expect(fake.cell('出勤登记', 'B6')).toMatchObject({ value: '+86 138', formula: undefined });
    expect(fake.cell('出勤登记', 'A13')).toMatchObject({ value: '@备注：以上为示例', formula: undefined });
    expect(fake.cell('出勤登记', 'A14')).toMatchObject({ value: '-1 不是公式', formula: undefined });
    expect(fake.cell('出勤登记', 'A1').formula).toBe(`='设置'!$B$3&" 出勤登记"`);
    expect(fake.cell('出勤登记', 'C8').formula).toBe('=COUNTA(C3:C6)-COUNTIF(C3:C6,"免")');
    // 2027-01-08 is serial 46395, shown with the style's format.
    expect(fake.cell('出勤登记', 'C2')).toMatchObject({ value: 46395, numberFormat: 'm"月"d"日"' });
  });

  it('marks its sheets with hidden names and reads them back by kind', async () => {
    const fake = createFakeExcel();
    await portOn(fake).writeDescriptions([settingsSheet, attendanceSheet()]);
    const marks = fake.state.names.filter((name) => name.name.startsWith('_PartyDay_'));
    expect(marks.map(({ name, formula, visible }) => ({ name, formula, visible }))).toEqual([
      { name: '_PartyDay_settings', formula: "='设置'!$A$1", visible: false },
      { name: '_PartyDay_attendance.b01', formula: "='出勤登记'!$A$1", visible: false },
    ]);
    fake.resetCounters();
    const grids = await portOn(fake).readOwnedGrids();
    expect(fake.syncCount).toBe(2);
    expect([...grids.keys()]).toEqual(['settings', 'attendance.b01']);
    const settings = grids.get('settings');
    expect(settings?.origin).toEqual({ row: 1, column: 1 });
    expect(settings?.values[1]).toEqual(['到会率下限', 0.8]);
    expect(settings?.numberFormats[1]).toEqual(['General', '0%']);
    const attendance = grids.get('attendance.b01');
    expect(attendance?.formulas[7][2]).toBe('=COUNTA(C3:C6)-COUNTIF(C3:C6,"免")');
    expect(attendance?.values[4][1]).toBe('=SUM(1,2)');
    expect(attendance?.formulas[4][1]).toBeNull();
  });

  it('updates a renamed owned sheet in place and writes beside a user sheet that has the wanted name', async () => {
    const fake = createFakeExcel();
    await portOn(fake).writeDescriptions([settingsSheet]);
    fake.sheet('设置').name = '我的设置';
    // Excel updates every name's reference when a sheet is renamed.
    for (const name of fake.state.names) name.formula = name.formula.replace("'设置'", "'我的设置'");
    fake.addSheet('出勤登记');
    fake.setValues('出勤登记', 'A1', [['用户自己的表', 42]]);
    const report = await portOn(fake).writeDescriptions([settingsSheet, attendanceSheet()]);
    expect(report.sheets).toEqual([
      { kind: 'settings', name: '我的设置', created: false },
      { kind: 'attendance.b01', name: '出勤登记(2)', created: true },
    ]);
    expect(report.notices).toHaveLength(1);
    expect(report.notices[0]).toContain('出勤登记(2)');
    expect(fake.values('出勤登记', 'A1:B1')).toEqual([['用户自己的表', 42]]);
    expect(fake.cell('出勤登记(2)', 'A1').formula).toBe(`='我的设置'!$B$3&" 出勤登记"`);
    expect(fake.state.events.filter((event) => event.kind === 'sheetDeleted')).toEqual([]);
  });

  it('clears an owned sheet before rewriting it, so nothing of the old content stays', async () => {
    const fake = createFakeExcel();
    await portOn(fake).writeDescriptions([settingsSheet]);
    fake.setValues('设置', 'D10', [['旧内容']]);
    await portOn(fake).writeDescriptions([settingsSheet]);
    expect(fake.cell('设置', 'D10').value).toBe('');
    expect(fake.values('设置', 'A1:B1')).toEqual([['项目', '内容']]);
    expect(fake.sheetNames()).toEqual(['设置']);
  });
});

describe('requirement sets', () => {
  it('skips page layout and validation on ExcelApi 1.7 with Chinese notes, never an exception', async () => {
    const fake = createFakeExcel({ maxApiVersion: '1.7' });
    const report = await portOn(fake).writeDescriptions([settingsSheet, attendanceSheet()]);
    expect(report.notices).toEqual(
      expect.arrayContaining([
        excelStrings.noPageLayout,
        excelStrings.noDataValidation,
        excelStrings.noCustomProperties,
      ]),
    );
    expect(fake.sheet('出勤登记').validations).toEqual([]);
    expect(fake.sheet('出勤登记').pageLayout.paperSize).toBe('Letter');
    expect(fake.values('出勤登记', 'A2:B3')).toEqual([
      ['编号', '姓名'],
      ['D0001', '阎平'],
    ]);
  });
});

describe('errors', () => {
  it('refuses a protected owned sheet before writing anything', async () => {
    const fake = createFakeExcel();
    await portOn(fake).writeDescriptions([settingsSheet]);
    fake.protectSheet('设置');
    fake.resetCounters();
    const attempt = portOn(fake).writeDescriptions([settingsSheet, attendanceSheet()]);
    await expect(attempt).rejects.toThrow(excelStrings.sheetProtected('设置'));
    await expect(attempt).rejects.toBeInstanceOf(ExcelPortError);
    expect(fake.syncCount).toBe(2);
    expect(fake.sheetNames()).toEqual(['设置']);
  });

  it('says to finish editing the cell when Excel is in cell edit mode', async () => {
    const fake = createFakeExcel();
    fake.setCellEditMode(true);
    await expect(portOn(fake).writeDescriptions([settingsSheet])).rejects.toMatchObject({
      code: 'cell-edit-mode',
      message: excelStrings.cellEditMode,
    });
  });

  it('turns GeneralException into advice to reopen the workbook', async () => {
    const fake = createFakeExcel();
    fake.injectErrorOnNextSync('GeneralException', 'boom');
    await expect(portOn(fake).readOwnedGrids()).rejects.toMatchObject({ code: 'general' });
  });

  it('refuses a read-only workbook before writing', async () => {
    const fake = createFakeExcel();
    fake.setReadOnly(true);
    await expect(portOn(fake).writeDescriptions([settingsSheet])).rejects.toMatchObject({
      code: 'read-only',
      message: excelStrings.workbookReadOnly,
    });
  });
});
