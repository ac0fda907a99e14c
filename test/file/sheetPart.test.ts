/**
 * The fitting of one of ExcelJS's sheet parts into the user's package (src/file/sheetPart.ts), on
 * small parts with every case spelt out.
 */
import { sheetFitter } from '../../src/file/sheetPart';

const fit = sheetFitter({
  differentialFormats: [7, 8],
  sharedStrings: ['<t>党员</t>', '<t xml:space="preserve"> 备注 </t>'],
});

const part = (body: string) =>
  `<worksheet><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>${body}</worksheet>`;

describe('sheetFitter', () => {
  it('writes the shared strings inline, maps differential formats and selects no tab', () => {
    const xml = part(
      '<sheetData><row r="1"><c r="A1" s="3" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c><c r="C1"><v>5</v></c></row></sheetData>' +
        '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="1" priority="1"><formula>A1=1</formula></cfRule></conditionalFormatting>',
    );
    expect(fit(xml, null)).toBe(
      '<worksheet><sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
        '<sheetData><row r="1"><c r="A1" s="3" t="inlineStr"><is><t xml:space="preserve"> 备注 </t></is></c><c r="B1" t="inlineStr"><is><t>党员</t></is></c><c r="C1"><v>5</v></c></row></sheetData>' +
        '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="8" priority="1"><formula>A1=1</formula></cfRule></conditionalFormatting>' +
        '</worksheet>',
    );
  });

  it('leaves a part with nothing to fit as it is, and maps an unknown format to the first', () => {
    const plain = '<worksheet><sheetData/></worksheet>';
    expect(fit(plain, null)).toBe(plain);
    expect(fit('<worksheet><cfRule dxfId="9"/></worksheet>', null)).toBe(
      '<worksheet><cfRule dxfId="0"/></worksheet>',
    );
  });

  it('refuses a shared string the rendered sheets do not have', () => {
    expect(() => fit('<worksheet><c r="A1" t="s"><v>2</v></c></worksheet>', null)).toThrow(
      'No shared string 2 in the rendered sheet',
    );
  });

  it('puts a kept drawing before the elements that follow it, not before look-alike names', () => {
    expect(fit('<worksheet><sheetData/><pageSetup/><tableParts count="1"/></worksheet>', 'rId9')).toBe(
      '<worksheet><sheetData/><pageSetup/><drawing r:id="rId9"/><tableParts count="1"/></worksheet>',
    );
    expect(fit('<worksheet><sheetData/><legacyDrawing r:id="rId1"/><extLst/></worksheet>', 'rId2')).toBe(
      '<worksheet><sheetData/><drawing r:id="rId2"/><legacyDrawing r:id="rId1"/><extLst/></worksheet>',
    );
    expect(fit('<worksheet><sheetData/><pictures/></worksheet>', 'rId3')).toBe(
      '<worksheet><sheetData/><pictures/><drawing r:id="rId3"/></worksheet>',
    );
  });
});
