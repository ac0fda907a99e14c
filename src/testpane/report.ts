/**
 * What one step of the Excel run reports: each check with what was expected and what the workbook
 * held when it was read back. The receiver (scripts/lib/receiver.js) prints these and fails the run
 * on any 'fail'.
 *
 *   pass      the workbook holds what the add-in expects
 *   fail      it does not (or the step threw): the run exits non-zero
 *   fake      only Excel can answer (a formula's computed result, a printed page count, what Excel
 *             does with an undocumented form): on the strict fake it is recorded, never judged
 *   observed  a probe's answer that nothing in the add-in relies on: recorded for
 *             docs/excel-verification.md, neither passing nor failing the run
 */
export type CheckStatus = 'pass' | 'fail' | 'fake' | 'observed';

export interface Check {
  what: string;
  status: CheckStatus;
  expected?: unknown;
  actual?: unknown;
}

export type StepKind = 'workflow' | 'probe';

export interface StepResult {
  /** Stable id, e.g. 'setup' or 'probe.text-format'. */
  id: string;
  kind: StepKind;
  title: string;
  /** The worst of its checks: fail > pass > fake > observed. */
  status: CheckStatus;
  checks: Check[];
  /** How long the step took (its actions and read-backs). */
  ms: number;
  /** Syncs the step's actions took, when counted. */
  syncs?: number[];
  /** The step's error, when it threw. */
  error?: { name: string; message: string; code?: string; excelCode?: string | null };
}

/** Where and on what the run happened: the report's header. */
export interface RunInfo {
  /** 'excel' inside Excel; 'fake' on the strict fake of the Excel API in a browser. */
  host: 'excel' | 'fake';
  /** Office.context.diagnostics, when inside Office. */
  platform: string | null;
  officeVersion: string | null;
  /** ExcelApi requirement sets the host answers to, e.g. ['1.1', …, '1.17']. */
  excelApi: string[];
  userAgent: string;
  /** The add-in version the test build was made from. */
  version: string;
  /** The steps the run will report, in order: the receiver knows when one is missing. */
  steps: string[];
  startedAt: string;
}

/** One message the test pane posts: the run's start, a step, or its end. */
export type RunMessage =
  { kind: 'start'; run: RunInfo } | { kind: 'step'; step: StepResult } | { kind: 'end'; ms: number };

const RANK: Record<CheckStatus, number> = { fail: 3, pass: 2, fake: 1, observed: 0 };

export function worstStatus(checks: readonly Check[]): CheckStatus {
  if (checks.length === 0) return 'fail';
  return checks.reduce<CheckStatus>(
    (worst, check) => (RANK[check.status] > RANK[worst] ? check.status : worst),
    'observed',
  );
}

/** Deep equality of JSON-like values (what is read back from Excel is JSON). */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Collects a step's checks. `onFake` marks what only Excel can answer. */
export class Checks {
  readonly list: Check[] = [];
  constructor(private readonly onFake: boolean) {}

  /** The workbook must hold `expected`. */
  equal(what: string, actual: unknown, expected: unknown): boolean {
    const ok = sameJson(actual, expected);
    this.list.push({ what, status: ok ? 'pass' : 'fail', expected, actual });
    return ok;
  }

  /** A condition with its evidence. */
  that(what: string, ok: boolean, actual?: unknown, expected?: unknown): boolean {
    this.list.push({ what, status: ok ? 'pass' : 'fail', actual, expected });
    return ok;
  }

  /** Only Excel can answer: judged inside Excel, recorded as 'fake' on the fake. */
  excelOnly(what: string, actual: unknown, expected: unknown): void {
    if (this.onFake) this.list.push({ what, status: 'fake', expected, actual });
    else this.equal(what, actual, expected);
  }

  /** A probe's answer nothing relies on: recorded ('fake' on the fake, where it means nothing). */
  observe(what: string, actual: unknown): void {
    this.list.push({ what, status: this.onFake ? 'fake' : 'observed', actual });
  }
}
