// Types of scripts/lib/receiver.js for the TypeScript that uses it (its tests).
export interface RunRecord {
  info: { host: string; steps: string[]; [key: string]: unknown } | null;
  steps: Array<{ id: string; status: string; [key: string]: unknown }>;
  ms: number | null;
  ended: boolean;
  errors: string[];
}
export interface Receiver {
  origin: string;
  port: number;
  record: RunRecord;
  finished: Promise<RunRecord>;
  close(): Promise<unknown>;
}
export const MAX_BODY_BYTES: number;
export function newRecord(): RunRecord;
export function applyMessage(record: RunRecord, message: unknown): string | null;
export function startReceiver(options: {
  root: string;
  officeJsDir: string;
  credentials: { key: Buffer | string; cert: Buffer | string };
  port?: number;
  onMessage?: (message: unknown, record: RunRecord) => void;
}): Promise<Receiver>;
