/**
 * One step of the Excel run: it acts through the app's actions and the Office.js port (or, for a
 * probe, the Excel API directly), then reads the workbook back and records what it found. A step
 * that throws is a failed step with its error; the run goes on with the next.
 */
import { ExcelPortError } from '../excel/errors';
import { runExcelAction, type ExcelPortOptions, type ExcelWorkbookPort } from '../excel/port';
import type { ExcelHost } from './host';
import { Checks, worstStatus, type StepKind, type StepResult } from './report';
import { stoppingRun, type OperationStop } from './stopWrapper';
import { countingRun, type SyncCounter } from './syncWrapper';

/** What later steps need from earlier ones (found by reading the workbook, never assumed). */
export interface RunState {
  /** Member id by name, as 党员名册 lists them after the import. */
  memberIds: Map<string, string>;
}

export interface ActOptions extends Pick<ExcelPortOptions, 'payloadLimitBytes'> {
  /** Excel stops the action's batch right after this operation (see ./stopWrapper.ts). */
  stopAfter?: number;
  /** Told how many operations the action queued (also when it failed). */
  onOperations?: (operations: number) => void;
}

export interface StepEnv {
  host: ExcelHost;
  checks: Checks;
  state: RunState;
  /** Runs an app action in one Excel.run through the Office.js port, as the pane does. */
  act<T>(action: (port: ExcelWorkbookPort) => Promise<T>, options?: ActOptions): Promise<T>;
}

export interface Step {
  id: string;
  kind: StepKind;
  title: string;
  run(env: StepEnv): Promise<void>;
}

export function newRunState(): RunState {
  return { memberIds: new Map() };
}

function errorOf(error: unknown): NonNullable<StepResult['error']> {
  if (error instanceof ExcelPortError)
    return { name: error.name, message: error.message, code: error.code, excelCode: error.excelCode };
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { name: 'Error', message: String(error) };
}

export async function runStep(step: Step, host: ExcelHost, state: RunState): Promise<StepResult> {
  const checks = new Checks(host.kind === 'fake');
  const syncs: number[] = [];
  const env: StepEnv = {
    host,
    checks,
    state,
    act: async (action, options = {}) => {
      const counter: SyncCounter = { syncs: 0 };
      const stop: OperationStop = { count: 0, after: options.stopAfter, injected: false };
      try {
        return await runExcelAction(action, {
          run: countingRun(stoppingRun(host.run, stop), counter),
          isSetSupported: host.isSetSupported,
          payloadLimitBytes: options.payloadLimitBytes,
        });
      } finally {
        syncs.push(counter.syncs);
        options.onOperations?.(stop.count);
      }
    },
  };
  const started = Date.now();
  let error: StepResult['error'];
  try {
    await step.run(env);
  } catch (thrown) {
    error = errorOf(thrown);
    checks.list.push({ what: '步骤没有出错', status: 'fail', actual: `${error.name}: ${error.message}` });
  }
  return {
    id: step.id,
    kind: step.kind,
    title: step.title,
    status: worstStatus(checks.list),
    checks: checks.list,
    ms: Date.now() - started,
    ...(syncs.length > 0 ? { syncs } : {}),
    ...(error ? { error } : {}),
  };
}
