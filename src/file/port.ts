/** The app's WorkbookPort on an .xlsx file held in memory (command line and the browser's file mode). */
import type { PortWriteReport, WorkbookPort } from '../app/port';
import type { SheetDescription } from '../workbook/description';
import { readOwnedGrids, readSheetGrid } from './readGrid';
import type { WorkbookFile } from './workbookFile';
import { writeDescriptions } from './writeDescriptions';

export function createFilePort(file: WorkbookFile): WorkbookPort {
  return {
    readOwnedGrids: () => Promise.resolve(readOwnedGrids(file.workbook)),
    readSheetGrid: (name) => {
      const sheet = file.workbook.worksheets.find((worksheet) => worksheet.name === name);
      return Promise.resolve(sheet ? readSheetGrid(sheet) : null);
    },
    sheetNames: () => Promise.resolve(file.workbook.worksheets.map((worksheet) => worksheet.name)),
    writeDescriptions: (descriptions: readonly SheetDescription[]): Promise<PortWriteReport> => {
      const report = writeDescriptions(file, descriptions);
      return Promise.resolve({
        sheets: report.sheets.map(({ kind, name, created }) => ({ kind, name, created })),
        notices: report.notices,
      });
    },
  };
}
