/**
 * What a write is made of: operations, each queueing some Office.js calls on the request and
 * knowing roughly how many bytes they add, and the parts a write is sent in when one request would
 * pass Excel on the web's limit.
 */
import type { ExcelCapabilities } from './capabilities';

export interface WriteEnv {
  context: Excel.RequestContext;
  capabilities: ExcelCapabilities;
  /** The worksheet of a kind being written (added by its prepare operation). */
  sheets: Map<string, Excel.Worksheet>;
}

export interface WriteOperation {
  /** Estimated bytes this operation adds to the request. */
  bytes: number;
  queue: (env: WriteEnv) => void;
}

export function sheetOf(env: WriteEnv, kind: string): Excel.Worksheet {
  const sheet = env.sheets.get(kind);
  if (!sheet) throw new RangeError(`Sheet of kind ${kind} was not prepared`);
  return sheet;
}

/** Groups operations into parts whose estimated request stays under `limit` bytes. */
export function partition(operations: readonly WriteOperation[], limit: number): WriteOperation[][] {
  const parts: WriteOperation[][] = [];
  let current: WriteOperation[] = [];
  let bytes = 0;
  for (const operation of operations) {
    if (current.length > 0 && bytes + operation.bytes > limit) {
      parts.push(current);
      current = [];
      bytes = 0;
    }
    current.push(operation);
    bytes += operation.bytes;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}
