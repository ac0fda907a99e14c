/** The app's WorkbookPort on an .xlsx/.xlsm file held in memory (command line and the browser's file mode). */
import type { PortWriteReport, WorkbookPort } from '../app/port';
import type { SheetDescription } from '../workbook/description';
import { readOwnedGrids, readSheetGrid, sheetNames } from './readGrid';
import type { WorkbookFile } from './workbookFile';
import { writeDescriptions } from './writeDescriptions';

export function createFilePort(file: WorkbookFile): WorkbookPort {
  // One call at a time: a read never sees a write half applied.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(action: () => Promise<T>): Promise<T> => {
    const result = queue.then(action, action);
    queue = result.catch(() => undefined);
    return result;
  };
  return {
    readOwnedGrids: () => serial(() => readOwnedGrids(file)),
    readSheetGrid: (name) => serial(() => readSheetGrid(file, name)),
    sheetNames: () => serial(() => sheetNames(file)),
    writeDescriptions: (descriptions: readonly SheetDescription[]): Promise<PortWriteReport> =>
      serial(async () => {
        const report = await writeDescriptions(file, descriptions);
        return {
          sheets: report.sheets.map(({ kind, name, created }) => ({ kind, name, created })),
          notices: report.notices,
        };
      }),
  };
}
