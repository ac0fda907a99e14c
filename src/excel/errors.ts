/**
 * Excel's errors, turned into a Chinese message that says what to do. Checks made before the
 * first write (a protected sheet, a read-only workbook) throw ExcelPortError directly.
 */
import { excelStrings } from '../strings/excel';

export type ExcelPortErrorCode =
  | 'sheet-protected'
  | 'read-only'
  | 'workbook-protected'
  | 'cell-edit-mode'
  | 'access-denied'
  | 'item-not-found'
  | 'invalid-argument'
  | 'payload-too-large'
  | 'busy'
  | 'general';

export class ExcelPortError extends Error {
  constructor(
    readonly code: ExcelPortErrorCode,
    message: string,
    /** Excel's own error code, when Excel raised it. */
    readonly excelCode: string | null = null,
    /**
     * True when the error stopped a write part-way: the workbook may be partly updated (every entry
     * is still in it), and running the same action again finishes the job.
     */
    readonly interrupted = false,
  ) {
    super(message);
    this.name = 'ExcelPortError';
  }
}

/**
 * The error of a write that stopped after it began changing the workbook: what Excel said, and that
 * the workbook may be partly updated, nothing entered is lost, and running the action again
 * finishes it (see writePlan.ts for why that holds).
 */
export function interruptedWrite(error: unknown): ExcelPortError {
  const mapped = mapExcelError(error);
  if (mapped instanceof ExcelPortError)
    return new ExcelPortError(
      mapped.code,
      excelStrings.writeInterrupted(mapped.message),
      mapped.excelCode,
      true,
    );
  // Not Excel's (an error of the add-in's own): the workbook may still be partly updated.
  const detail = mapped instanceof Error ? mapped.message : String(mapped);
  return new ExcelPortError(
    'general',
    excelStrings.writeInterrupted(excelStrings.general(detail)),
    null,
    true,
  );
}

/** OfficeExtension.Error's code, read without depending on the class (absent outside Office). */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** An ExcelPortError for anything Excel threw; other errors (programming errors) pass unchanged. */
export function mapExcelError(error: unknown): unknown {
  if (error instanceof ExcelPortError) return error;
  const code = officeErrorCode(error);
  if (code === null) return error;
  const detail = error instanceof Error ? error.message : '';
  const make = (mapped: ExcelPortErrorCode, message: string) => new ExcelPortError(mapped, message, code);
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return make('cell-edit-mode', excelStrings.cellEditMode);
    case 'AccessDenied':
    case 'Unauthenticated':
      return make('access-denied', excelStrings.accessDenied);
    case 'ItemNotFound':
    case 'InvalidReference':
      return make('item-not-found', excelStrings.itemNotFound);
    case 'InvalidArgument':
    case 'InvalidBinding':
    case 'ItemAlreadyExists':
      return make('invalid-argument', excelStrings.invalidArgument);
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return make('payload-too-large', excelStrings.payloadTooLarge);
    case 'ActivityLimitReached':
    case 'Conflict':
    case 'ServiceNotAvailable':
    case 'RequestAborted':
      return make('busy', excelStrings.busy);
    default:
      return make('general', excelStrings.general(detail));
  }
}
