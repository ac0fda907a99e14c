/**
 * The last error an action of the pane ran into, kept for 关于与诊断: when, what, and its codes —
 * the port's (ExcelPortError.code) and Excel's own (ExcelPortError.excelCode, OfficeExtension's
 * error code). Kept in the pane's memory only.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface LastError {
  at: Date;
  name: string;
  message: string;
  /** The port's code (ExcelPortError.code, WorkbookFileError.code…), when the error has one. */
  code: string | null;
  /** Excel's own error code (ExcelPortError.excelCode), when Excel raised it. */
  excelCode: string | null;
}

const stringOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

export function describeError(error: unknown, at: Date): LastError {
  if (error instanceof Error) {
    const fields = error as Error & { code?: unknown; excelCode?: unknown };
    return {
      at,
      name: error.name,
      message: error.message,
      code: stringOrNull(fields.code),
      excelCode: stringOrNull(fields.excelCode),
    };
  }
  return { at, name: 'Error', message: String(error), code: null, excelCode: null };
}

interface LastErrorState {
  lastError: LastError | null;
  record(error: unknown): void;
}

const LastErrorContext = createContext<LastErrorState | null>(null);

export function LastErrorProvider({ children }: { children: ReactNode }) {
  const [lastError, setLastError] = useState<LastError | null>(null);
  const record = useCallback((error: unknown) => setLastError(describeError(error, new Date())), []);
  const value = useMemo(() => ({ lastError, record }), [lastError, record]);
  return <LastErrorContext.Provider value={value}>{children}</LastErrorContext.Provider>;
}

const ignore = () => undefined;

/** Records an action's error; does nothing outside a LastErrorProvider (component tests of a step). */
export function useRecordError(): (error: unknown) => void {
  return useContext(LastErrorContext)?.record ?? ignore;
}

export function useLastError(): LastError | null {
  return useContext(LastErrorContext)?.lastError ?? null;
}
