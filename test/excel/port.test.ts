/**
 * The Office.js port against the strict fake: a write is one sync after the inventory (2 in all),
 * reading the owned sheets one more, text that Excel would reinterpret stays text, owned sheets are
 * found by their hidden mark or their custom property and updated in place, a user's sheet is never
 * touched, missing requirement sets degrade with a Chinese note, and Excel's errors and what would
 * stop a write part-way (protection, read-only) become Chinese instructions before anything changes.
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
  it('writes two sheets in 2 syncs: the inventory, then one write', async () => {
    const fake = createFakeExcel();
    const report = await portOn(fake).writeDescriptions([settingsSheet, attendanceSheet()]);
    expect(fake.syncCount).toBe(2);
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

describe('recognising owned sheets by either mark', () => {
  /** What Excel does when the user renames a sheet: every name's reference follows it. */
  function rename(fake: FakeExcel, from: string, to: string) {
    fake.sheet(from).name = to;
    for (const name of fake.state.names) name.formula = name.formula.replace(`'${from}'`, `'${to}'`);
  }

  it('finds a renamed sheet by its custom property when the hidden name is gone, and puts the name back', async () => {
    const fake = createFakeExcel();
    await portOn(fake).writeDescriptions([settingsSheet]);
    expect(fake.sheet('设置').customProperties).toEqual([{ key: 'PartyDayKind', value: 'settings' }]);
    rename(fake, '设置', '参数');
    fake.state.names = fake.state.names.filter((name) => name.name !== '_PartyDay_settings');

    const grids = await portOn(fake).readOwnedGrids();
    expect(grids.get('settings')?.sheetName).toBe('参数');
    const report = await portOn(fake).writeDescriptions([settingsSheet]);
    expect(report.sheets).toEqual([{ kind: 'settings', name: '参数', created: false }]);
    expect(fake.sheetNames()).toEqual(['参数']);
    const mark = fake.state.names.find((name) => name.name === '_PartyDay_settings');
    expect(mark).toMatchObject({ formula: "='参数'!$A$1", visible: false });
  });

  it('finds a renamed sheet by its hidden name when it has no custom property (written by file mode or ExcelApi 1.11), and adds the property', async () => {
    const fake = createFakeExcel({ maxApiVersion: '1.11' });
    await portOn(fake).writeDescriptions([settingsSheet]);
    expect(fake.sheet('设置').customProperties).toEqual([]);
    rename(fake, '设置', '参数');
    fake.setMaxApiVersion('1.17');

    const report = await portOn(fake).writeDescriptions([settingsSheet]);
    expect(report.sheets).toEqual([{ kind: 'settings', name: '参数', created: false }]);
    expect(fake.sheet('参数').customProperties).toEqual([{ key: 'PartyDayKind', value: 'settings' }]);
  });

  it('leaves a copy of an owned sheet alone: it has the property, but the hidden name stays with the original', async () => {
    const fake = createFakeExcel();
    await portOn(fake).writeDescriptions([settingsSheet]);
    // Excel's "Move or Copy → Create a copy" carries the sheet's custom properties.
    fake.addSheet('设置 (2)').customProperties.push({ key: 'PartyDayKind', value: 'settings' });
    fake.setValues('设置 (2)', 'A1', [['用户改过的副本']]);

    const grids = await portOn(fake).readOwnedGrids();
    expect([...grids.keys()]).toEqual(['settings']);
    expect(grids.get('settings')?.sheetName).toBe('设置');
    await portOn(fake).writeDescriptions([settingsSheet]);
    expect(fake.values('设置 (2)', 'A1:A1')).toEqual([['用户改过的副本']]);
  });
});

describe('what a sheet is set up with', () => {
  it('writes hidden rows, column widths, gridlines and the print setup, and a summary its page breaks', async () => {
    const fake = createFakeExcel();
    const summary = {
      ...settingsSheet,
      kind: 'summary.month',
      name: '月度汇总',
      showGridLines: false,
      tables: [],
      names: [],
      rows: [
        { row: 2, hidden: true },
        { row: 3, hidden: true },
        { row: 4, height: 20 },
      ],
      print: { paperSize: 'A4' as const, orientation: 'landscape' as const, rowBreaks: [3] },
    };
    await portOn(fake).writeDescriptions([summary]);
    const sheet = fake.sheet('月度汇总');
    expect([...sheet.hiddenRows].sort()).toEqual([1, 2]);
    expect(sheet.rowHeights.get(3)).toBe(20);
    // 16 and 30 characters of the default font, in points.
    expect([sheet.columnWidths.get(0), sheet.columnWidths.get(1)]).toEqual([87.75, 161.25]);
    expect(sheet.showGridlines).toBe(false);
    expect(sheet.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape' });
    // A new page after row 3: the break is above row 4 (zero-based 3).
    expect(sheet.rowBreaks).toEqual([3]);

    // Regenerated with the breaks elsewhere, the old ones go.
    await portOn(fake).writeDescriptions([{ ...summary, print: { ...summary.print, rowBreaks: [1] } }]);
    expect(fake.sheet('月度汇总').rowBreaks).toEqual([1]);
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
    // Only the inventory was read; nothing was sent to change the workbook.
    expect(fake.syncCount).toBe(1);
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

  it('turns GeneralException into advice to retry, never to save the workbook', async () => {
    const fake = createFakeExcel();
    fake.injectErrorOnNextSync('GeneralException', 'boom');
    await expect(portOn(fake).readOwnedGrids()).rejects.toMatchObject({
      code: 'general',
      message: 'Excel 未能完成操作（boom）。请稍候重试；若仍出错，可改用“文件模式”处理。',
      interrupted: false,
    });
  });

  it('refuses to add sheets to a workbook whose structure is protected, before writing anything', async () => {
    const fake = createFakeExcel();
    fake.addSheet('台账');
    fake.protectStructure();
    await expect(portOn(fake).writeDescriptions([settingsSheet])).rejects.toMatchObject({
      code: 'workbook-protected',
      message: excelStrings.workbookStructureProtected,
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.sheetNames()).toEqual(['台账']);
  });

  it('still updates the sheets it owns when the structure is protected (only adding sheets is refused)', async () => {
    const fake = createFakeExcel();
    await portOn(fake).writeDescriptions([settingsSheet]);
    fake.protectStructure();
    fake.setValues('设置', 'D10', [['旧内容']]);
    await portOn(fake).writeDescriptions([settingsSheet]);
    expect(fake.cell('设置', 'D10').value).toBe('');
    expect(fake.values('设置', 'B2:B2')).toEqual([[0.8]]);
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
