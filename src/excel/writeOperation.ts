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

/**
 * Groups operations, in order, into as few parts as keep each part's estimated request within
 * `limit` bytes, and among those the most even: a write of 10 MB goes as three parts of about
 * 3.4 MB rather than two of 4 MB and a small one, leaving each part room for the estimate's error.
 */
export function partition(operations: readonly WriteOperation[], limit: number): WriteOperation[][] {
  const fewest = greedyParts(operations, limit);
  if (fewest.length < 2) return fewest;
  // The smallest cap that still gives as few parts (greedy filling is monotone in the cap).
  let low = Math.max(...operations.map((operation) => operation.bytes));
  let high = limit;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (greedyParts(operations, middle).length <= fewest.length) high = middle;
    else low = middle + 1;
  }
  return greedyParts(operations, high);
}

function greedyParts(operations: readonly WriteOperation[], limit: number): WriteOperation[][] {
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
