// Types of scripts/lib/audit.js for the TypeScript that uses it (its jest test).
export const SEVERITIES: readonly string[];
export const FAIL_AT: string;
export function auditOutcome(
  stdout: string,
  stderr?: string,
): { answered: boolean; failed: boolean; lines: string[] };
