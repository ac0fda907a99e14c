/**
 * Where the Excel run acts: the live workbook through Office.js, or the strict fake of the Excel
 * API (test/fakes/excel, loaded by ./fakeHost.ts only on the fake). Everything the steps do to the
 * workbook goes through `run` (Excel.run's shape), so the same steps serve both.
 */
import type { IsSetSupported } from '../excel/capabilities';
import type { ExcelRun } from '../excel/port';

export interface ExcelHost {
  kind: 'excel' | 'fake';
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  /** Office.context.diagnostics' platform and version; null on the fake. */
  platform: string | null;
  officeVersion: string | null;
  /**
   * The workbook printed to PDF (Office.context.document.getFileAsync with FileType.Pdf: Excel on
   * Windows, Mac and the web); null where the host cannot (the fake, an older Excel).
   */
  printToPdf: (() => Promise<Uint8Array>) | null;
}

/** The workbook as a PDF, through Office's file slices (at most 4 MB each). */
function officePdf(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(Office.FileType.Pdf, { sliceSize: 4194304 }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(`getFileAsync(Pdf): ${opened.error.code} ${opened.error.message}`));
        return;
      }
      const file = opened.value;
      const slices: Uint8Array[] = [];
      const next = (index: number) => {
        if (index === file.sliceCount) {
          file.closeAsync();
          const bytes = new Uint8Array(slices.reduce((sum, slice) => sum + slice.length, 0));
          let at = 0;
          for (const slice of slices) {
            bytes.set(slice, at);
            at += slice.length;
          }
          resolve(bytes);
          return;
        }
        file.getSliceAsync(index, (sliced) => {
          if (sliced.status !== Office.AsyncResultStatus.Succeeded) {
            file.closeAsync();
            reject(new Error(`getSliceAsync(${index}): ${sliced.error.code} ${sliced.error.message}`));
            return;
          }
          slices.push(new Uint8Array(sliced.value.data as ArrayLike<number>));
          next(index + 1);
        });
      };
      next(0);
    });
  });
}

/** The live workbook, inside Excel. */
export function liveExcelHost(): ExcelHost {
  const diagnostics = Office.context.diagnostics;
  return {
    kind: 'excel',
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    platform: diagnostics ? String(diagnostics.platform) : null,
    officeVersion: diagnostics?.version ?? null,
    // Office documents PDF for Excel on the web, Windows and Mac (getFileAsync's platform table).
    printToPdf: typeof Office.context.document?.getFileAsync === 'function' ? officePdf : null,
  };
}
