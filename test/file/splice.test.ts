/**
 * The splice on the package cases the corpus does not show by itself: a calculation chain, a
 * workbook without <calcPr>, structure and sheet protection, Strict Open XML, a digital signature,
 * comments and a chart on one of the add-in's sheets, slicer declarations, the Open XML SDK's
 * namespace prefix, a package without styles, and app.xml lists it cannot follow.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { openWorkbookBytes, workbookFileBytes, type WorkbookFile } from '../../src/file/workbookFile';
import { readOwnedGrids, readSheetGrid, sheetNames } from '../../src/file/readGrid';
import { writeDescriptions } from '../../src/file/writeDescriptions';
import { gridCell, gridValue } from '../../src/workbook/grid';
import { packageChanges, partText, unzipParts, workbookPartKept } from '../helpers/packageDiff';
import { notWellFormed } from '../helpers/xmllint';
import { attendanceSheet, settingsSheet } from './sampleDescriptions';

/** A small workbook of the user's (one sheet 台账 with text and a formula), its parts then edited. */
async function userPackage(
  edit: (zip: JSZip) => Promise<void> | void = () => undefined,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.getCell('A1').value = '台账';
  sheet.getCell('B1').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  await edit(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function replacePart(zip: JSZip, name: string, change: (xml: string) => string): Promise<void> {
  zip.file(name, change(await zip.file(name)!.async('string')));
}

async function written(
  bytes: Uint8Array,
  name = 'mine.xlsx',
): Promise<{ file: WorkbookFile; notices: string[] }> {
  const file = await openWorkbookBytes(bytes, name);
  const { notices } = await writeDescriptions(file, [settingsSheet, attendanceSheet()]);
  return { file, notices };
}

describe('the calculation chain and recalculation', () => {
  it('drops calcChain.xml with its relationship and content type, and asks for a full calculation', async () => {
    const bytes = await userPackage(async (zip) => {
      zip.file(
        'xl/calcChain.xml',
        '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B1" i="1"/></calcChain>',
      );
      await replacePart(zip, 'xl/_rels/workbook.xml.rels', (xml) =>
        xml.replace(
          '</Relationships>',
          '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
        ),
      );
      await replacePart(zip, '[Content_Types].xml', (xml) =>
        xml.replace(
          '</Types>',
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
        ),
      );
    });
    const { file } = await written(bytes);
    const output = await workbookFileBytes(file);
    const changes = await packageChanges(bytes, output);
    expect(changes.removed).toEqual(['xl/calcChain.xml']);
    expect(await partText(output, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(await partText(output, '[Content_Types].xml')).not.toContain('calcChain');
    expect(await partText(output, 'xl/workbook.xml')).toContain(
      '<calcPr calcId="171027" fullCalcOnLoad="1"/>',
    );
  });

  it('adds <calcPr> where a workbook has none, after its names', async () => {
    const bytes = await userPackage((zip) =>
      replacePart(zip, 'xl/workbook.xml', (xml) => xml.replace('<calcPr calcId="171027"/>', '')),
    );
    const { file } = await written(bytes);
    const xml = (await partText(await workbookFileBytes(file), 'xl/workbook.xml'))!;
    expect(xml).toMatch(/<\/definedNames><calcPr fullCalcOnLoad="1"\/><\/workbook>$/);
  });
});

describe('parts the add-in does not need', () => {
  it('never stop a read or a write, and keep their bytes even when they are not what they claim', async () => {
    // A chart part that is not even XML, on the user's sheet: reading and writing never open it.
    const garbage = new Uint8Array([0x3c, 0x63, 0x3a, 0x00, 0xff, 0xfe, 0x3e]);
    const bytes = await userPackage(async (zip) => {
      zip.file('xl/charts/chart1.xml', garbage);
      zip.file(
        'xl/drawings/drawing1.xml',
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
      );
      zip.file(
        'xl/drawings/_rels/drawing1.xml.rels',
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
      );
      zip.file(
        'xl/worksheets/_rels/sheet1.xml.rels',
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
      );
      await replacePart(zip, 'xl/worksheets/sheet1.xml', (xml) =>
        xml.replace('</worksheet>', '<drawing r:id="rId1"/></worksheet>'),
      );
    });
    const file = await openWorkbookBytes(bytes, '台账.xlsx');
    expect(file.warnings).toEqual([]);
    expect(gridValue((await readSheetGrid(file, '台账'))!, 1, 1)).toBe('台账');
    await writeDescriptions(file, [settingsSheet]);
    const output = await workbookFileBytes(file);
    expect((await unzipParts(output)).get('xl/charts/chart1.xml')).toEqual(garbage);
    const changes = await packageChanges(bytes, output);
    expect(changes.changed.sort()).toEqual([
      '[Content_Types].xml',
      'docProps/app.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
    ]);
  });
});

describe('what stops a write before anything changes', () => {
  it('refuses to add sheets to a workbook whose structure is protected, naming the file', async () => {
    const bytes = await userPackage((zip) =>
      replacePart(zip, 'xl/workbook.xml', (xml) =>
        xml.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'),
      ),
    );
    const file = await openWorkbookBytes(bytes, '台账.xlsx');
    await expect(writeDescriptions(file, [settingsSheet])).rejects.toMatchObject({
      code: 'not-writable',
      message:
        '“台账.xlsx”的工作簿结构受保护，本助手无法添加所需的工作表。请在 Excel 或 WPS 中“审阅 → 保护工作簿”取消保护并保存后重试；本次未作任何改动。',
    });
    expect(await workbookFileBytes(file)).toEqual(
      await workbookFileBytes(await openWorkbookBytes(bytes, 'x')),
    );
    expect((await packageChanges(bytes, await workbookFileBytes(file))).changed).toEqual([]);
  });

  it('refuses to rewrite one of its sheets the user protected, naming the sheet', async () => {
    const { file } = await written(await userPackage());
    const saved = await workbookFileBytes(file);
    const zip = await JSZip.loadAsync(saved);
    // 出勤登记 is the second sheet the add-in added: xl/worksheets/sheet3.xml.
    await replacePart(zip, 'xl/worksheets/sheet3.xml', (xml) =>
      xml
        .replace('<sheetData>', '<sheetData>')
        .replace(/<\/sheetData>/, '</sheetData><sheetProtection sheet="1" objects="1"/>'),
    );
    const protectedBytes = await zip.generateAsync({ type: 'uint8array' });
    const reopened = await openWorkbookBytes(protectedBytes, 'x.xlsx');
    await expect(writeDescriptions(reopened, [settingsSheet, attendanceSheet()])).rejects.toMatchObject({
      code: 'not-writable',
      message:
        '工作表“出勤登记”受保护，本助手无法更新它。请在 Excel 或 WPS 中“审阅 → 撤销工作表保护”并保存后重试；本次未作任何改动。',
    });
    expect((await packageChanges(protectedBytes, await workbookFileBytes(reopened))).changed).toEqual([]);
  });

  it('reads a Strict Open XML workbook but does not write into it, and says so on opening', async () => {
    const bytes = await userPackage((zip) =>
      replacePart(zip, 'xl/workbook.xml', (xml) =>
        xml.replace(
          'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
          'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"',
        ),
      ),
    );
    const file = await openWorkbookBytes(bytes, 'strict.xlsx');
    expect(file.warnings.map((warning) => warning.code)).toEqual(['strict']);
    expect(gridValue((await readSheetGrid(file, '台账'))!, 1, 1)).toBe('台账');
    await expect(writeDescriptions(file, [settingsSheet])).rejects.toMatchObject({ code: 'not-writable' });
  });

  it('names a digital signature as what writing cannot keep', async () => {
    const bytes = await userPackage((zip) => {
      zip.file('_xmlsignatures/sig1.xml', '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"/>');
    });
    const file = await openWorkbookBytes(bytes, 'signed.xlsx');
    expect(file.warnings).toEqual([
      {
        code: 'signature',
        message:
          '此文件带有数字签名。写入本助手的工作表后签名将失效（其余内容不变），需要签名的，请在 Excel 中重新签名。',
        parts: ['_xmlsignatures/sig1.xml'],
      },
    ]);
  });
});

describe("what the user added to one of the add-in's sheets", () => {
  const DRAWING =
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"></xdr:wsDr>';

  it('keeps a drawing (charts, pictures) in place and clears comments, saying so', async () => {
    const { file } = await written(await userPackage());
    const zip = await JSZip.loadAsync(await workbookFileBytes(file));
    zip.file('xl/drawings/drawing1.xml', DRAWING);
    zip.file(
      'xl/comments1.xml',
      '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>书记</author></authors><commentList/></comments>',
    );
    zip.file('xl/drawings/vmlDrawing1.vml', '<xml xmlns:v="urn:schemas-microsoft-com:vml"></xml>');
    zip.file(
      'xl/worksheets/_rels/sheet3.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/>' +
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>',
    );
    await replacePart(zip, '[Content_Types].xml', (xml) =>
      xml.replace(
        '</Types>',
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>',
      ),
    );
    const edited = await zip.generateAsync({ type: 'uint8array' });
    const { file: again, notices } = await written(edited, 'x.xlsx');
    expect(notices).toEqual([
      '本助手的工作表“出勤登记”每次整表重新生成，其中的批注已随旧内容清除（表中登记的内容均已保留，其他工作表不受影响）。',
    ]);
    const output = await workbookFileBytes(again);
    const changes = await packageChanges(edited, output);
    expect(changes.removed.sort()).toEqual(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml']);
    expect(changes.changed).not.toContain('xl/drawings/drawing1.xml');
    const rels = (await partText(output, 'xl/worksheets/_rels/sheet3.xml.rels'))!;
    const drawingId = /Id="(rId\d+)" Type="[^"]*\/drawing" Target="..\/drawings\/drawing1.xml"/.exec(
      rels,
    )?.[1];
    expect(drawingId).toBeDefined();
    expect(rels).not.toContain('comments');
    expect(await partText(output, 'xl/worksheets/sheet3.xml')).toContain(`<drawing r:id="${drawingId}"/>`);
    expect(await partText(output, '[Content_Types].xml')).not.toContain('comments1.xml');
    expect(await notWellFormed(await unzipParts(output))).toEqual([]);
  });
});

describe('workbook parts the splice must keep as stored', () => {
  it('keeps slicer declarations (extensions of the workbook part and their defined names)', async () => {
    const slicers =
      '<extLst><ext uri="{BBE1A952-AA13-448e-AADC-164F8A28A991}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerCaches><x14:slicerCache r:id="rId9"/></x14:slicerCaches></ext></extLst>';
    const bytes = await userPackage((zip) =>
      replacePart(zip, 'xl/workbook.xml', (xml) =>
        xml.replace(
          '<calcPr calcId="171027"/></workbook>',
          `<definedNames><definedName name="Slicer_党支部">#N/A</definedName></definedNames><calcPr calcId="171027"/>${slicers}</workbook>`,
        ),
      ),
    );
    const { file } = await written(bytes);
    const before = (await partText(bytes, 'xl/workbook.xml'))!;
    const after = (await partText(await workbookFileBytes(file), 'xl/workbook.xml'))!;
    expect(workbookPartKept(before, after)).toEqual([]);
    expect(after).toContain(`fullCalcOnLoad="1"/>${slicers}</workbook>`);
    expect(after).toContain('<definedName name="Slicer_党支部">#N/A</definedName>');
  });

  it('writes into a package whose parts use the x: prefix, as the Open XML SDK writes them', async () => {
    const prefixed = (xml: string, root: string) =>
      xml
        .replace(/<(\/?)(?!\?)([A-Za-z][\w]*)(?=[\s>/])/g, '<$1x:$2')
        .replace(`<x:${root} xmlns=`, `<x:${root} xmlns:x=`);
    const bytes = await userPackage(async (zip) => {
      await replacePart(zip, 'xl/workbook.xml', (xml) => prefixed(xml, 'workbook'));
      await replacePart(zip, 'xl/styles.xml', (xml) => prefixed(xml, 'styleSheet'));
      await replacePart(zip, 'xl/worksheets/sheet1.xml', (xml) => prefixed(xml, 'worksheet'));
    });
    expect(await partText(bytes, 'xl/workbook.xml')).toContain('<x:sheets><x:sheet ');
    const { file } = await written(bytes);
    const output = await workbookFileBytes(file);
    expect(await notWellFormed(await unzipParts(output))).toEqual([]);
    const workbookXml = (await partText(output, 'xl/workbook.xml'))!;
    expect(workbookXml).toContain('<x:sheet name="设置" sheetId="2" r:id="');
    expect(workbookXml).toContain('<x:definedName hidden="1" name="_PartyDay_settings">');
    expect(await partText(output, 'xl/styles.xml')).toMatch(/<x:cellXfs count="\d+">.*<x:xf /);
    const reopened = await openWorkbookBytes(output, 'x.xlsx');
    expect(await sheetNames(reopened)).toEqual(['台账', '设置', '出勤登记']);
    expect(gridCell((await readOwnedGrids(reopened)).get('settings')!, 3, 2).value).toBe(
      '张店分局机关党总支',
    );
    expect(gridValue((await readSheetGrid(reopened, '台账'))!, 1, 2)).toBe(2);
  });

  it('gives a package without a styles part one, related and typed', async () => {
    const bytes = await userPackage(async (zip) => {
      zip.remove('xl/styles.xml');
      await replacePart(zip, 'xl/_rels/workbook.xml.rels', (xml) =>
        xml.replace(/<Relationship [^>]*styles"[^>]*\/>/, ''),
      );
      await replacePart(zip, '[Content_Types].xml', (xml) =>
        xml.replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ''),
      );
    });
    const { file } = await written(bytes);
    const output = await workbookFileBytes(file);
    expect((await packageChanges(bytes, output)).added).toContain('xl/styles1.xml');
    expect(await partText(output, 'xl/_rels/workbook.xml.rels')).toMatch(
      /relationships\/styles" Target="styles1.xml"/,
    );
    expect(await partText(output, '[Content_Types].xml')).toContain('<Override PartName="/xl/styles1.xml"');
    const grid = (await readOwnedGrids(await openWorkbookBytes(output, 'x.xlsx'))).get('attendance.b01')!;
    expect(gridCell(grid, 2, 3).numberFormat).toBe('m"月"d"日"');
  });

  it('leaves app.xml as it is when its lists do not name the workbook’s sheets', async () => {
    const bytes = await userPackage((zip) =>
      replacePart(zip, 'docProps/app.xml', (xml) =>
        xml.replace('<vt:lpstr>台账</vt:lpstr>', '<vt:lpstr>旧名字</vt:lpstr>'),
      ),
    );
    const { file } = await written(bytes);
    const output = await workbookFileBytes(file);
    expect(await partText(output, 'docProps/app.xml')).toBe(await partText(bytes, 'docProps/app.xml'));
    const listed = await userPackage();
    const { file: other } = await written(listed);
    expect(await partText(await workbookFileBytes(other), 'docProps/app.xml')).toContain(
      '<vt:i4>3</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>台账</vt:lpstr><vt:lpstr>设置</vt:lpstr><vt:lpstr>出勤登记</vt:lpstr></vt:vector>',
    );
  });
});

describe("the add-in's cell formats in a package with styles of its own", () => {
  it('point at the add-in’s formats, appended after the user’s', async () => {
    // The user's workbook has formats of its own before the add-in's: unmapped indices would
    // give the add-in's cells the user's red italics and yyyy/mm/dd dates.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    const userStyles: Array<Partial<ExcelJS.Style>> = [
      { font: { italic: true, color: { argb: 'FFFF0000' } } },
      { numFmt: 'yyyy/mm/dd' },
      { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } } },
      { numFmt: '0.000' },
      { border: { top: { style: 'double' } } },
      { font: { size: 20 } },
    ];
    userStyles.forEach((style, i) => {
      const cell = sheet.getCell(i + 1, 1);
      cell.value = i;
      cell.style = style;
    });
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const userXfs = (/<cellXfs count="(\d+)"/.exec((await partText(bytes, 'xl/styles.xml'))!) ?? [])[1];
    expect(Number(userXfs)).toBeGreaterThanOrEqual(7);

    const { file } = await written(bytes);
    const output = await workbookFileBytes(file);
    const result = new ExcelJS.Workbook();
    await result.xlsx.load(output.slice().buffer);
    const attendance = result.getWorksheet('出勤登记')!;
    expect(attendance.getCell('A2').font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
    expect(attendance.getCell('A2').font.italic).toBeUndefined();
    expect(attendance.getCell('A2').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FF2F5597' } });
    expect(attendance.getCell('C2').numFmt).toBe('m"月"d"日"');
    expect(attendance.getCell('C10').numFmt).toBe('0.0%');
    expect(attendance.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    const settings = result.getWorksheet('设置')!;
    expect(settings.getCell('B2').numFmt).toBe('0%');
    expect(settings.getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FFD9E1F2' } });
    // The user's cells keep theirs.
    const ledger = result.getWorksheet('台账')!;
    expect(ledger.getCell('A1').font).toMatchObject({ italic: true, color: { argb: 'FFFF0000' } });
    expect(ledger.getCell('A2').numFmt).toBe('yyyy/mm/dd');
  });
});
