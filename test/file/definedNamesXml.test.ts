import { definedNameXml, parseDefinedNames, withDefinedNames } from '../../src/file/definedNamesXml';

const workbookXml = (names: string | null, prefix = '') =>
  `<${prefix}workbook xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<${prefix}sheets><${prefix}sheet name="台账" sheetId="1" r:id="rId1"/></${prefix}sheets>` +
  (names === null ? '' : `<${prefix}definedNames>${names}</${prefix}definedNames>`) +
  `<${prefix}calcPr calcId="171027"/></${prefix}workbook>`;

const USER_NAMES = [
  '<definedName name="税率">0.05</definedName>',
  '<definedName name="本表" localSheetId="0" hidden="1" comment="用户的">&apos;台账&apos;!$A$1</definedName>',
  '<definedName name="动态名单">OFFSET(台账!$B$3,0,0,COUNTA(台账!$B:$B)-2,1)</definedName>',
];

describe('parseDefinedNames', () => {
  it('reads each name with its scope, its formula unescaped and its element as stored', () => {
    const names = parseDefinedNames(workbookXml(USER_NAMES.join('')));
    expect(names.map((n) => [n.name, n.localSheetId, n.formula])).toEqual([
      ['税率', null, '0.05'],
      ['本表', 0, "'台账'!$A$1"],
      ['动态名单', null, 'OFFSET(台账!$B$3,0,0,COUNTA(台账!$B:$B)-2,1)'],
    ]);
    expect(names.map((n) => n.xml)).toEqual(USER_NAMES);
  });

  it('reads names written with a namespace prefix, and none from a workbook without them', () => {
    const prefixed = workbookXml('<x:definedName name="合计">台账!$C$9</x:definedName>', 'x:');
    expect(parseDefinedNames(prefixed).map((n) => [n.name, n.formula])).toEqual([['合计', '台账!$C$9']]);
    expect(parseDefinedNames(workbookXml(null))).toEqual([]);
  });
});

describe('definedNameXml', () => {
  it('writes a hidden mark, a sheet-scoped name and a comment, escaping the text', () => {
    expect(definedNameXml({ name: '_PartyDay_settings', formula: "'设置'!$A$1", hidden: true })).toBe(
      '<definedName hidden="1" name="_PartyDay_settings">&apos;设置&apos;!$A$1</definedName>',
    );
    expect(definedNameXml({ name: '_xlnm.Print_Titles', formula: "'A&B'!$1:$2", localSheetId: 3 })).toBe(
      '<definedName name="_xlnm.Print_Titles" localSheetId="3">&apos;A&amp;B&apos;!$1:$2</definedName>',
    );
    expect(definedNameXml({ name: 'PD_Unit', formula: "'设置'!$B$3", comment: '单位 <名称>' })).toBe(
      '<definedName name="PD_Unit" comment="单位 &lt;名称&gt;">&apos;设置&apos;!$B$3</definedName>',
    );
  });
});

describe('withDefinedNames', () => {
  it('replaces the block with exactly the elements given, the rest of the part unchanged', () => {
    const xml = workbookXml(USER_NAMES.join(''));
    const mark = definedNameXml({ name: '_PartyDay_settings', formula: "'设置'!$A$1", hidden: true });
    const edited = withDefinedNames(xml, [USER_NAMES[0], USER_NAMES[2], mark]);
    expect(edited).toBe(workbookXml([USER_NAMES[0], USER_NAMES[2], mark].join('')));
  });

  it('adds a block after <sheets> where there was none, and drops an empty one', () => {
    const xml = workbookXml(null);
    const mark = definedNameXml({ name: '_PartyDay_roster', formula: "'党员名册'!$A$1", hidden: true });
    expect(withDefinedNames(xml, [mark])).toBe(workbookXml(mark));
    expect(withDefinedNames(workbookXml(USER_NAMES[0]), [])).toBe(xml);
    expect(withDefinedNames(xml, [])).toBe(xml);
  });

  it('writes new names in the prefix the part uses', () => {
    const xml = workbookXml('<x:definedName name="合计">台账!$C$9</x:definedName>', 'x:');
    const edited = withDefinedNames(xml, [
      '<x:definedName name="合计">台账!$C$9</x:definedName>',
      definedNameXml({ name: '_PartyDay_holidays', formula: "'节假日'!$A$1", hidden: true }),
    ]);
    expect(edited).toContain(
      '<x:definedNames><x:definedName name="合计">台账!$C$9</x:definedName><x:definedName hidden="1" name="_PartyDay_holidays">',
    );
  });
});
