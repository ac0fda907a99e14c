/**
 * Adding a sheet the add-in owns. Every new sheet of a write is added before any sheet is written,
 * so formulas and validation lists written later may refer to it.
 *
 * Its mark goes in first, naming the sheet as text (inventory.ts markPlaceholder), then the sheet,
 * then the mark is pointed at the sheet's A1 (so it follows the sheet when the user renames it).
 * Stopped in between, the next read still knows the sheet as the add-in's and writes it again
 * in place; were the sheet added first, a stop before its mark would leave a stray sheet of the
 * same name, and the rerun would add another beside it.
 */
import { sheetReference } from '../workbook/address';
import { markName } from '../workbook/marks';
import { KIND_PROPERTY, markPlaceholder } from './inventory';
import { ACTION_BYTES, jsonBytes, PATH_BYTES } from './requestSize';
import type { WriteEnv } from './writeOperation';

export interface NewSheet {
  kind: string;
  name: string;
  /** A mark of this kind left pointing at a sheet that is gone (deleted first). */
  staleMark: string | null;
}

export function newSheetBytes(sheet: NewSheet): number {
  return PATH_BYTES * 6 + ACTION_BYTES * 7 + jsonBytes([sheet.name, sheet.staleMark]) * 3;
}

export function queueNewSheet(env: WriteEnv, sheet: NewSheet): void {
  const workbook = env.context.workbook;
  if (sheet.staleMark !== null) workbook.names.getItem(sheet.staleMark).delete();
  const mark = workbook.names.add(markName(sheet.kind), markPlaceholder(sheet.name));
  mark.visible = false;
  const added = workbook.worksheets.add(sheet.name);
  mark.formula = `=${sheetReference(sheet.name, 'A1')}`;
  if (env.capabilities.customProperties) added.customProperties.add(KIND_PROPERTY, sheet.kind);
}
