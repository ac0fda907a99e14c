/** One action run through either port: the file port, or the Office.js port on the strict fake. */
import type { WorkbookPort } from '../../src/app/port';
import { runExcelAction } from '../../src/excel/port';
import { createFilePort } from '../../src/file/port';
import { newWorkbookFile, type WorkbookFile } from '../../src/file/workbookFile';
import { createFakeExcel, type FakeExcel } from '../fakes/excel';
import { typeIntoFile } from './typeCells';

export interface Driver {
  act<T>(action: (port: WorkbookPort) => Promise<T>): Promise<T>;
  type(sheetName: string, address: string, text: string): Promise<void>;
}

export function fileDriver(file: WorkbookFile = newWorkbookFile()): Driver {
  return {
    act: (action) => action(createFilePort(file)),
    type: (sheetName, address, text) => typeIntoFile(file, sheetName, [{ address, text }]),
  };
}

export function excelDriver(fake: FakeExcel = createFakeExcel()): Driver {
  return {
    act: (action) =>
      runExcelAction(action, {
        run: (batch) => fake.run(batch),
        isSetSupported: (name, version) => fake.isSetSupported(name, version),
      }),
    type: async (sheetName, address, text) => fake.setValues(sheetName, address, [[text]]),
  };
}
