import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { WorkbookFileError } from '../../src/file/errors';
import { inspectPackage } from '../../src/file/packageParts';
import { openWorkbookBytes } from '../../src/file/workbookFile';

/** A real workbook with a picture, to which the test adds the parts it needs. */
async function baseWorkbook(): Promise<JSZip> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.getCell('A1').value = '台账';
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
    'hex',
  );
  sheet.addImage(workbook.addImage({ buffer: png, extension: 'png' } as unknown as ExcelJS.Image), 'C3:D5');
  return JSZip.loadAsync(await workbook.xlsx.writeBuffer());
}

async function bytesOf(zip: JSZip): Promise<Uint8Array> {
  return zip.generateAsync({ type: 'uint8array' });
}

describe('inspectPackage', () => {
  it('says nothing about pictures, which ExcelJS keeps', async () => {
    const { warnings } = await inspectPackage(await bytesOf(await baseWorkbook()), 'a.xlsx');
    expect(warnings).toEqual([]);
  });

  it('lists each kind of part that would be lost, in Chinese, with the parts concerned', async () => {
    const zip = await baseWorkbook();
    zip.file('xl/charts/chart1.xml', '<c:chartSpace/>');
    zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
    zip.file('xl/pivotCache/pivotCacheDefinition1.xml', '<pivotCacheDefinition/>');
    zip.file('xl/vbaProject.bin', new Uint8Array([1, 2, 3]));
    zip.file('xl/activeX/activeX1.xml', '<ax:ocx/>');
    zip.file(
      'xl/drawings/drawing9.xml',
      '<xdr:wsDr><xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>',
    );
    zip.file('xl/externalLinks/externalLink1.xml', '<externalLink/>');
    const { warnings } = await inspectPackage(await bytesOf(zip), 'b.xlsx');
    expect(warnings.map((w) => [w.code, w.parts])).toEqual([
      ['charts', ['xl/charts/chart1.xml']],
      ['pivotTables', ['xl/pivotTables/pivotTable1.xml', 'xl/pivotCache/pivotCacheDefinition1.xml']],
      ['drawings', ['xl/drawings/drawing9.xml']],
      ['macros', ['xl/vbaProject.bin']],
      ['activeX', ['xl/activeX/activeX1.xml']],
      ['externalLinks', ['xl/externalLinks/externalLink1.xml']],
    ]);
    expect(warnings[0].message).toBe(
      '此文件含有图表，另存后图表将丢失。请在 Excel 中打开原文件使用加载项，或另存后从原文件复制图表。',
    );
    expect(warnings.find((w) => w.code === 'macros')?.message).toContain('宏');
  });

  it('finds sparklines inside worksheets', async () => {
    const zip = await baseWorkbook();
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file(
      'xl/worksheets/sheet1.xml',
      sheet.replace(
        '</worksheet>',
        '<extLst><ext><x14:sparklineGroups><x14:sparklineGroup/></x14:sparklineGroups></ext></extLst></worksheet>',
      ),
    );
    const { warnings } = await inspectPackage(await bytesOf(zip), 'c.xlsx');
    expect(warnings.map((w) => w.code)).toEqual(['sparklines']);
  });

  it('passes the warnings on to the opened workbook file', async () => {
    const zip = await baseWorkbook();
    zip.file('xl/charts/chart1.xml', '<c:chartSpace/>');
    const file = await openWorkbookBytes(await bytesOf(zip), 'd.xlsx');
    expect(file.warnings.map((w) => w.code)).toEqual(['charts']);
    expect(file.workbook.getWorksheet('台账')!.getCell('A1').value).toBe('台账');
  });

  it('refuses an old .xls or password-protected file with a message that says what to do', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(inspectPackage(ole, '花名册.xls')).rejects.toThrow(
      '“花名册.xls”是旧版 .xls 文件或设置了打开密码，无法读取。请在 Excel 中取消打开密码，或“另存为”Excel 工作簿(*.xlsx)后再试。',
    );
    await expect(inspectPackage(ole, 'x.xls')).rejects.toBeInstanceOf(WorkbookFileError);
  });

  it('refuses something that is not a workbook', async () => {
    await expect(
      inspectPackage(new TextEncoder().encode('编号,姓名\n1,张三\n'), '名册.csv'),
    ).rejects.toMatchObject({
      code: 'not-a-workbook',
      message: expect.stringContaining('“名册.csv”不是 Excel 工作簿（.xlsx）'),
    });
    const docx = new JSZip();
    docx.file('word/document.xml', '<w:document/>');
    await expect(inspectPackage(await bytesOf(docx), '通知.docx')).rejects.toMatchObject({
      code: 'not-a-workbook',
    });
  });
});
