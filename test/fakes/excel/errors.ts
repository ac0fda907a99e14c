/**
 * Errors shaped like OfficeExtension.Error: name 'RichApi.Error', a `code` from Excel.ErrorCodes,
 * Excel's own English message and a debugInfo naming where the batch failed.
 */

export type FakeErrorCode =
  | 'ItemNotFound'
  | 'InvalidArgument'
  | 'AccessDenied'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'GeneralException'
  | 'ApiNotFound'
  | 'PropertyNotLoaded'
  | 'InvalidObjectPath';

/** Excel's messages for each code (the en-US texts Office.js reports). */
export const errorMessages: Record<FakeErrorCode, string> = {
  ItemNotFound: "The requested resource doesn't exist.",
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  AccessDenied: 'You cannot perform the requested operation.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidOperationInCellEditMode:
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation.',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation.',
  GeneralException: 'There was an internal error while processing the request.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the documentation.',
  PropertyNotLoaded:
    "The property '%s' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  InvalidObjectPath:
    'The object path \'%s\' isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
};

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: FakeErrorCode, message?: string, errorLocation?: string) {
    const text = message ?? errorMessages[code];
    super(text);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message: text, errorLocation };
  }
}

export function fakeError(code: FakeErrorCode, errorLocation?: string, message?: string): FakeOfficeError {
  return new FakeOfficeError(code, message, errorLocation);
}

export function propertyNotLoaded(property: string, location: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    errorMessages.PropertyNotLoaded.replace('%s', property),
    location,
  );
}

/** Excel's wording when a written array does not fit its range. */
export const shapeMismatchMessage =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";
