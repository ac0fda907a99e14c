// Types of scripts/lib/runReport.js for the TypeScript that uses it (its tests).
import type { RunRecord } from './receiver';

export interface Verdict {
  failed: string[];
  knownFailed: string[];
  fixed: string[];
  missing: string[];
  errors: string[];
  ended: boolean;
}
export function verdict(record: RunRecord, options?: { knownFailures?: Record<string, string> }): Verdict;
export function passed(result: Verdict): boolean;
export function formatReport(
  record: RunRecord,
  options?: { knownFailures?: Record<string, string> },
): string[];
