/** File mode's session on the file port; only ever loaded through import() (its own chunk). */
import { createFilePort } from '../../file/port';
import {
  newWorkbookFile,
  openWorkbookBytes,
  workbookFileBytes,
  workbookFileExtension,
  type WorkbookFile,
} from '../../file/workbookFile';
import type { FileSession, FileSessionModule } from './session';

function sessionOf(file: WorkbookFile): FileSession {
  return {
    port: createFilePort(file),
    displayName: file.displayName,
    warnings: file.warnings.map(({ code, message }) => ({ code, message })),
    extension: workbookFileExtension(file),
    bytes: () => workbookFileBytes(file),
  };
}

const fileSessionModule: FileSessionModule = {
  openFile: async (bytes, name) => sessionOf(await openWorkbookBytes(bytes, name)),
  newFile: () => sessionOf(newWorkbookFile()),
};

export default fileSessionModule;
