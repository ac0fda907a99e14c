/**
 * How the steps reach the workbook, whichever mode the pane is in: file mode hands its in-memory
 * port to every action; inside Excel each action gets its own Excel.run (runExcelAction), so a step
 * that reads and then writes must do both inside one `run`.
 */
import type { WorkbookPort } from '../../app/port';

export interface WorkbookAccess {
  /** Runs one user action on the workbook; the port is valid only while `action` runs. */
  run<T>(action: (port: WorkbookPort) => Promise<T>): Promise<T>;
  /** File mode hands the result over as a download; inside Excel the live workbook is the result. */
  readonly canDownload: boolean;
  /**
   * Inside Excel: shows `sheet` and selects `cell` (an A1 address, or a row such as 5:5) so the
   * user can type there. Absent in file mode, where the pane names the sheet and cell instead.
   */
  select?(sheet: string, cell: string): Promise<void>;
}

/** File mode: the session's port, held for as long as the file is open. */
export function portAccess(port: WorkbookPort): WorkbookAccess {
  return { run: (action) => action(port), canDownload: true };
}
