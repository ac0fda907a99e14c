/**
 * Stops an action after each of its operations in turn, as Excel does when an operation fails (it
 * runs a batch in order and keeps what ran before the failure), and checks the workbook each time:
 * every entry read back through the app's parsers is as before the action or as the action makes
 * it, and running the action again gives, cell by cell and format by format, what one clean run
 * gives.
 *
 * The workbook a stop at operation n leaves is the one just before operation n of a clean run; the
 * fake keeps those copies in one run (FakeExcel.recordStates), which spares running the action up
 * to each stop. That they are the same is checked where `inject` says: there the action is really
 * stopped (FakeExcel.injectErrorAtOperation), must fail with the error of a stopped write, and must
 * leave exactly the recorded copy.
 *
 * Operations that only change looks — fonts, fills, borders, alignment, sizes, hiding, conditional
 * formats, validation, freeze panes, printing — change nothing a read sees (cells, names, tables,
 * sheets). Number formats and merges do change what a read sees, but only one way within a run of
 * such operations: each cell gets its number format once, and a merge only empties cells; the
 * values themselves change only in content operations (values, formulas, clears). So whatever a
 * read gets wrong inside such a run it still gets wrong at the run's end. Entries are therefore read
 * where a content operation (or the start) came just before, and at the end of every run (before
 * the next content operation); the rerun is made at both, and every `lookStride`-th stop inside a
 * run. That a rerun puts back every look, whatever a stop left, is tested whole with looks scattered
 * over the owned sheets (failureLooks.test.ts).
 */
import type { WorkbookPort } from '../../src/app/port';
import { ExcelPortError } from '../../src/excel/errors';
import { FakeExcel } from '../fakes/excel';
import { enteredProblems } from './enteredData';
import { act, enteredIn } from './failureScenario';
import { snapshotDifferences, workbookSnapshot } from './workbookSnapshot';

export interface StopReport {
  /** Operations of the clean run that changed the workbook (each one a place to stop). */
  operations: number;
  /** Syncs of the clean run. */
  syncs: number;
  /** Stops looked at (the others only changed looks inside a run of such operations). */
  stops: number;
  /** Stops where the entries were read back, and where the action was run again. */
  reads: number;
  reruns: number;
  /** What went wrong, by the operation the action was stopped at; empty when nothing did. */
  failures: string[];
  /** The messages of the really stopped runs, each once. */
  messages: string[];
}

export interface StopOptions {
  /** Really stop the action at operations 1, 1 + inject, … and the last (default 97). */
  inject?: number;
  /** Copies kept per run of the action (memory). */
  batch?: number;
  /** Rerun inside a run of look operations every this many stops (default 10). */
  lookStride?: number;
}

/** Operations that change how cells look, and number formats and merges (see above), by where the fake ran them. */
const LOOK =
  /^(RangeFont|RangeFill|Range\.fill\.clear|RangeBorder|RangeFormat\.(horizontalAlignment|verticalAlignment|wrapText|columnWidth|rowHeight|useStandardWidth|useStandardHeight)|ConditionalFormat|DataValidation|PageLayout|HeaderFooter|WorksheetFreezePanes|Worksheet\.(tabColor|showGridlines)|Range\.(columnHidden|rowHidden|numberFormat|merge|unmerge)$|Application\.suspendApiCalculationUntilNextSync)/;

export function isLookOperation(location: string): boolean {
  return LOOK.test(location);
}

export async function stopEverywhere(
  base: FakeExcel,
  action: (port: WorkbookPort) => Promise<unknown>,
  options: StopOptions = {},
): Promise<StopReport> {
  const inject = options.inject ?? 97;
  const batch = options.batch ?? 120;
  const before = await enteredIn(base.clone());
  const lookStride = options.lookStride ?? 10;
  const clean = base.clone();
  clean.logOperations();
  await act(clean, action);
  const operations = clean.operationCount;
  const look = clean.loggedOperations().map(isLookOperation);
  const after = await enteredIn(clean.clone());
  const expected = workbookSnapshot(clean);
  const failures: string[] = [];
  const messages = new Set<string>();
  let stops = 0;

  let reads = 0;
  let reruns = 0;
  const check = async (at: number, stopped: FakeExcel, read: boolean, rerunToo: boolean) => {
    if (read) {
      reads++;
      const problems = enteredProblems(before, after, await enteredIn(stopped));
      if (problems.length > 0) failures.push(`operation ${at}, entries: ${problems.slice(0, 5).join(' | ')}`);
    }
    if (!rerunToo) return;
    reruns++;
    const rerun = await act(stopped, action).then(
      () => null,
      (caught: unknown) => caught,
    );
    if (rerun !== null) {
      failures.push(
        `operation ${at}, rerun failed: ${rerun instanceof Error ? rerun.message : String(rerun)}`,
      );
      return;
    }
    const differences = snapshotDifferences(workbookSnapshot(stopped), expected, 5);
    if (differences.length > 0) failures.push(`operation ${at}, rerun: ${differences.join(' | ')}`);
  };

  const injectedAt = async (at: number, recorded: FakeExcel) => {
    const stopped = base.clone();
    stopped.injectErrorAtOperation(at);
    const error = await act(stopped, action).then(
      () => null,
      (caught: unknown) => caught,
    );
    if (!(error instanceof ExcelPortError) || !error.interrupted) {
      failures.push(`operation ${at}: not the error of a stopped write: ${String(error)}`);
      return;
    }
    messages.add(error.message);
    const differences = snapshotDifferences(workbookSnapshot(stopped), workbookSnapshot(recorded), 5);
    if (differences.length > 0)
      failures.push(`operation ${at}, stopped ≠ recorded: ${differences.join(' | ')}`);
  };

  // Which stops to look at, from where the clean run's operations ran.
  const plan: Array<{ at: number; read: boolean; rerun: boolean; inject: boolean }> = [];
  let lookRun = 0;
  for (let at = 1; at <= operations; at++) {
    // Operation `at - 1` ran last; `at` is where the action stopped.
    const afterContent = at === 1 || !look[at - 2];
    lookRun = afterContent ? 0 : lookRun + 1;
    const beforeContent = at === operations || !look[at - 1];
    const really = (at - 1) % inject === 0 || at === operations;
    const rerun = afterContent || beforeContent || lookRun % lookStride === 0 || really;
    const read = afterContent || beforeContent;
    if (read || rerun) plan.push({ at, read, rerun, inject: really });
  }
  for (let start = 0; start < plan.length; start += batch) {
    const part = plan.slice(start, start + batch);
    const recording = base.clone();
    recording.recordStates(part.map((stop) => stop.at));
    await act(recording, action);
    const states = recording.recordedStates();
    for (const stop of part) {
      const state = states.get(stop.at);
      if (state === undefined) throw new Error(`No state recorded before operation ${stop.at}`);
      stops++;
      const stopped = FakeExcel.fromState(state, base.host.options);
      if (stop.inject) await injectedAt(stop.at, stopped);
      await check(stop.at, stopped, stop.read, stop.rerun);
    }
  }
  return { operations, syncs: clean.syncCount, stops, reads, reruns, failures, messages: [...messages] };
}
