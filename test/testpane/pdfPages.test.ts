/**
 * Counting a PDF's pages for the printed-pages probe: the /Count of the page tree's root, found in
 * plain objects, in a compressed object stream (PDF 1.5), and in a PDF LibreOffice prints.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import * as ExcelJS from 'exceljs';
import { pdfPageCount } from '../../src/testpane/pdfPages';
import { toPdf } from '../helpers/libreoffice';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

test('reads the root /Pages count, not a subtree’s, with nested dictionaries in the way', async () => {
  const pdf = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Kids [3 0 R 4 0 R] /Resources << /Font << /F1 9 0 R >> >> /Type /Pages /Count 3 >> endobj',
    '3 0 obj << /Type /Pages /Parent 2 0 R /Kids [5 0 R 6 0 R] /Count 2 >> endobj',
    '5 0 obj << /Type /Page /Parent 3 0 R >> endobj',
    '%%EOF',
  ].join('\n');
  expect(await pdfPageCount(bytes(pdf))).toBe(3);
});

test('finds the page tree inside a compressed object stream', async () => {
  const objects = bytes('<< /Type /Catalog /Pages 2 0 R >> << /Type /Pages /Kids [3 0 R] /Count 7 >>');
  const stream = Buffer.from(deflateSync(Buffer.from(objects)));
  const head = Buffer.from(
    '%PDF-1.5\n4 0 obj << /Type /ObjStm /N 2 /First 8 /Filter /FlateDecode >>\nstream\n',
    'latin1',
  );
  const tail = Buffer.from('\nendstream\nendobj\n%%EOF', 'latin1');
  expect(await pdfPageCount(new Uint8Array(Buffer.concat([head, stream, tail])))).toBe(7);
});

test('null for what is not a PDF, or a PDF without a page tree', async () => {
  expect(await pdfPageCount(bytes('PK\u0003\u0004 not a pdf'))).toBeNull();
  expect(await pdfPageCount(bytes('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj'))).toBeNull();
});

test('counts the pages of a PDF LibreOffice prints as pdfinfo does', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-pages-'));
  try {
    // Three sheets of one cell each: three printed pages.
    const workbook = new ExcelJS.Workbook();
    for (const name of ['一', '二', '三']) workbook.addWorksheet(name).getCell('A1').value = `第${name}页`;
    const xlsx = path.join(dir, 'three.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    const printed = await toPdf(xlsx, dir);
    expect(printed.pages).toBe(3);
    expect(await pdfPageCount(new Uint8Array(fs.readFileSync(printed.pdfPath)))).toBe(3);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
