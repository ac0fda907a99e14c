import { mergeDefinedNames, parseDefinedNames, parseSheetNames } from '../../src/file/definedNamesXml';

const workbookXml = (sheets: string[], names: string) =>
  `<workbook><sheets>${sheets.map((s, i) => `<sheet sheetId="${i + 1}" name="${s}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
  (names ? `<definedNames>${names}</definedNames>` : '') +
  '<calcPr calcId="171027"/></workbook>';

describe('parsing workbook.xml', () => {
  it('reads sheet names and defined names with scope, unescaping entities', () => {
    const xml = workbookXml(
      ['台账', 'A&amp;B'],
      '<definedName name="合计">&apos;台账&apos;!$A$1</definedName><definedName name="本表" localSheetId="1" hidden="1">1</definedName>',
    );
    expect(parseSheetNames(xml)).toEqual(['台账', 'A&B']);
    expect(parseDefinedNames(xml).map((n) => [n.name, n.localSheetId])).toEqual([
      ['合计', null],
      ['本表', 1],
    ]);
  });
});

describe('mergeDefinedNames', () => {
  const original = workbookXml(
    ['台账', '旧设置'],
    [
      '<definedName name="税率">0.05</definedName>',
      '<definedName name="PD_Unit">&apos;旧设置&apos;!$B$3</definedName>',
      '<definedName name="本表" localSheetId="1">&apos;旧设置&apos;!$A$1</definedName>',
      '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;台账&apos;!$A$1:$C$9</definedName>',
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;旧设置&apos;!$1:$1</definedName>',
    ].join(''),
  );
  // ExcelJS's rendering: scope lost, the formula name gone, print areas regenerated, a new sheet added.
  const output = workbookXml(
    ['台账', '旧设置', '出勤'],
    [
      '<definedName name="PD_Unit">&apos;旧设置&apos;!$B$4</definedName>',
      '<definedName name="本表">&apos;旧设置&apos;!$A$1</definedName>',
      '<definedName name="_PartyDay_settings">&apos;旧设置&apos;!$A$1</definedName>',
      '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;台账&apos;!$A1:$C9</definedName>',
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;旧设置&apos;!$1:$2</definedName>',
    ].join(''),
  );

  it("keeps the user's names verbatim and takes the add-in's from the new rendering", () => {
    const merged = mergeDefinedNames({
      originalXml: original,
      outputXml: output,
      ownedNames: new Set(['PD_UNIT', '_PartyDay_settings']),
      writtenSheets: new Set(['旧设置']),
      isHidden: (name) => name.startsWith('_PartyDay_'),
    });
    expect(parseDefinedNames(merged).map((n) => n.xml)).toEqual([
      '<definedName name="税率">0.05</definedName>',
      '<definedName name="本表" localSheetId="1">&apos;旧设置&apos;!$A$1</definedName>',
      '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;台账&apos;!$A$1:$C$9</definedName>',
      '<definedName name="PD_Unit">&apos;旧设置&apos;!$B$4</definedName>',
      '<definedName hidden="1" name="_PartyDay_settings">&apos;旧设置&apos;!$A$1</definedName>',
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;旧设置&apos;!$1:$2</definedName>',
    ]);
    expect(merged).toMatch(/<\/definedNames><calcPr/);
  });

  it('moves a sheet-scoped name to its sheet when the sheet order changed', () => {
    const reordered = workbookXml(['出勤', '台账', '旧设置'], '');
    const merged = mergeDefinedNames({
      originalXml: original,
      outputXml: reordered,
      ownedNames: new Set(),
      writtenSheets: new Set(),
      isHidden: () => false,
    });
    expect(parseDefinedNames(merged).map((n) => `${n.name}@${n.localSheetId}`)).toEqual([
      '税率@null',
      'PD_Unit@null',
      '本表@2',
      '_xlnm.Print_Area@1',
      '_xlnm.Print_Titles@2',
    ]);
    expect(merged.indexOf('<definedNames>')).toBeGreaterThan(merged.indexOf('</sheets>'));
  });

  it('keeps everything ExcelJS wrote for a new workbook, marks hidden', () => {
    const merged = mergeDefinedNames({
      originalXml: null,
      outputXml: workbookXml(
        ['设置'],
        '<definedName name="_PartyDay_settings">&apos;设置&apos;!$A$1</definedName>',
      ),
      ownedNames: new Set(),
      writtenSheets: new Set(['设置']),
      isHidden: (name) => name.startsWith('_PartyDay_'),
    });
    expect(merged).toContain('<definedNames><definedName hidden="1" name="_PartyDay_settings">');
  });
});
