/**
 * Typing into a workbook as Excel or WPS saves it, for files ExcelJS cannot be trusted with: only
 * the sheet's own XML part changes (each cell written as an inline string, keeping its style), so
 * every chart, pivot table, comment and other part of the package keeps its bytes.
 */
import { cellRef, parseCell } from '../../src/workbook/address';
import type { WorkbookFile } from '../../src/file/workbookFile';
import { readWorkbookIndex } from '../../src/file/workbookIndex';
import { findOwnedSheets } from '../../src/file/ownedMark';
import { OpcPackage } from '../../src/file/opcPackage';

export interface TypedCell {
  /** 'C7'. */
  address: string;
  text: string;
}

/** Types text into cells of the sheet named `sheetName` of an open file's package. */
export async function typeIntoFile(
  file: WorkbookFile,
  sheetName: string,
  cells: readonly TypedCell[],
): Promise<void> {
  if (file.pkg === null) throw new Error('the file has no package yet');
  await typeIntoPackage(file.pkg, sheetName, cells);
}

/** The same on .xlsx bytes; returns the new bytes (every other part's content unchanged). */
export async function typeIntoBytes(
  bytes: Uint8Array,
  sheetName: string,
  cells: readonly TypedCell[],
): Promise<Uint8Array> {
  const pkg = await OpcPackage.open(bytes);
  await typeIntoPackage(pkg, sheetName, cells);
  return pkg.save();
}

/** The name of the add-in's sheet of a kind in .xlsx bytes, found by its mark. */
export async function ownedSheetName(bytes: Uint8Array, kind: string): Promise<string> {
  const index = await readWorkbookIndex(await OpcPackage.open(bytes));
  const sheet = findOwnedSheets(index).get(kind);
  if (!sheet) throw new Error(`no owned sheet ${kind}`);
  return sheet.name;
}

async function typeIntoPackage(
  pkg: OpcPackage,
  sheetName: string,
  cells: readonly TypedCell[],
): Promise<void> {
  const index = await readWorkbookIndex(pkg);
  const sheet = index.sheets.find((entry) => entry.name === sheetName);
  if (!sheet?.partName) throw new Error(`no sheet ${sheetName}`);
  let xml = await pkg.text(sheet.partName);
  if (xml === null) throw new Error(`no part ${sheet.partName}`);
  for (const cell of cells) xml = withTypedCell(xml, cell);
  pkg.setText(sheet.partName, xml);
}

/** A worksheet part with one cell holding `text` as an inline string (its style kept). */
export function withTypedCell(xml: string, { address, text }: TypedCell): string {
  const at = parseCell(address);
  if (at === null) throw new Error(`bad address ${address}`);
  const ref = cellRef(at.row, at.column);
  const existing = new RegExp(`<c r="${ref}"(?=[\\s>/])([^>]*?)(?:/>|>[\\s\\S]*?</c>)`).exec(xml);
  const style = existing ? (/\bs="\d+"/.exec(existing[1])?.[0] ?? '') : '';
  const element = `<c r="${ref}"${style ? ` ${style}` : ''} t="inlineStr"><is><t xml:space="preserve">${escape(text)}</t></is></c>`;
  if (existing)
    return xml.slice(0, existing.index) + element + xml.slice(existing.index + existing[0].length);

  const row = new RegExp(`<row r="${at.row}"(?=[\\s>/])[^>]*?(?:/>|>([\\s\\S]*?)</row>)`).exec(xml);
  if (row) {
    if (row[1] === undefined) {
      const open = row[0].replace(/\s*\/>$/, '>');
      return xml.slice(0, row.index) + `${open}${element}</row>` + xml.slice(row.index + row[0].length);
    }
    // Before the first cell to its right, or at the end of the row.
    const contentStart = row.index + row[0].indexOf('>') + 1;
    let insertAt = row.index + row[0].length - '</row>'.length;
    for (const cell of row[1].matchAll(/<c r="([A-Z]+)\d+"/g)) {
      const column = parseCell(`${cell[1]}1`)!.column;
      if (column > at.column) {
        insertAt = contentStart + (cell.index ?? 0);
        break;
      }
    }
    return xml.slice(0, insertAt) + element + xml.slice(insertAt);
  }
  // A new row, before the first row below it.
  const newRow = `<row r="${at.row}">${element}</row>`;
  for (const other of xml.matchAll(/<row r="(\d+)"/g)) {
    if (Number(other[1]) > at.row) return xml.slice(0, other.index) + newRow + xml.slice(other.index);
  }
  const end = xml.search(/<\/sheetData>|<sheetData\s*\/>/);
  if (end < 0) throw new Error('worksheet has no <sheetData>');
  if (xml.slice(end).startsWith('<sheetData'))
    return xml.replace(/<sheetData\s*\/>/, `<sheetData>${newRow}</sheetData>`);
  return xml.slice(0, end) + newRow + xml.slice(end);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
