/** A file the port cannot read, write or save; `message` is Chinese and says what to do. */
export type WorkbookFileErrorCode =
  | 'not-a-workbook'
  | 'legacy-or-encrypted'
  | 'unreadable'
  | 'not-writable'
  | 'same-as-input'
  | 'wrong-extension'
  | 'save-failed';

export class WorkbookFileError extends Error {
  constructor(
    readonly code: WorkbookFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}
