import { cellNumberFormats } from '../../src/file/cellFormats';
import { mergeStyles } from '../../src/file/styleMerge';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A user's styles part: 宋体 as the default font, WPS's redefinition of the built-in id 9. */
const TARGET =
  `<styleSheet ${NS}>` +
  '<numFmts count="2"><numFmt numFmtId="9" formatCode="0.000"/><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0"/></styleSheet>';

/** What ExcelJS writes for the add-in's cells: its default font, a bold one, a fill, 0%, a custom date. */
const ADDED =
  `<styleSheet ${NS}>` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs></styleSheet>';

describe('mergeStyles', () => {
  const merged = mergeStyles(TARGET, ADDED);

  it("appends what the user's styles lack, changing none of their entries", () => {
    // The user's three cell formats stay first and unchanged; the default maps to the user's.
    expect(merged.cellFormats).toEqual([0, 3, 4, 5]);
    expect(merged.xml).toContain(
      '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    );
    // The bold 宋体 font and the two default fills were there already; the blue fill is new.
    expect(merged.xml).toContain(
      '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>',
    );
    expect(merged.xml).toContain('<fills count="3">');
    expect(merged.xml).toContain('<fonts count="2">');
  });

  it('gives 0% its own id where the file redefines the built-in one, and numbers new formats after the last', () => {
    expect(merged.xml).toContain(
      '<numFmts count="4"><numFmt numFmtId="9" formatCode="0.000"/><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;"/><numFmt numFmtId="177" formatCode="0%"/><numFmt numFmtId="178" formatCode="m&quot;月&quot;d&quot;日&quot;"/></numFmts>',
    );
    const formats = cellNumberFormats(merged.xml);
    expect(merged.cellFormats.map((index) => formats[index])).toEqual([
      'General',
      'General',
      '0%',
      'm"月"d"日"',
    ]);
    // The user's own cells keep their formats.
    expect(formats.slice(0, 3)).toEqual(['General', 'yyyy"年"', '0.000']);
  });

  it('opens a self-closing list to append to it', () => {
    expect(merged.differentialFormats).toEqual([0]);
    expect(merged.xml).toContain('<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs>');
  });

  it('reuses what it appended before: merging again adds nothing', () => {
    const again = mergeStyles(merged.xml, ADDED);
    expect(again.xml).toBe(merged.xml);
    expect(again.cellFormats).toEqual(merged.cellFormats);
    expect(again.differentialFormats).toEqual(merged.differentialFormats);
  });
});
