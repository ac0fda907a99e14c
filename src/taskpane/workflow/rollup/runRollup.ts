/**
 * The roll-up as the pane runs it (in the lazily loaded chunk of ../RollupStep.tsx): the chosen
 * branch workbooks are read in the browser by the file port (file mode's chunk, loaded now; nothing
 * is uploaded), rolled up by the engine `party-day merge` uses, and the roll-up sheets written
 * through the pane's own port — file mode's workbook, or inside Excel the live one.
 */
import { type RollupRequest, type RollupSource, rollUp } from '../../../app/rollup/rollup';
import { writeRollupSheets } from '../../../app/rollup/write';
import type { PaneStrings } from '../../../strings';
import type { RollupPaneStrings } from '../../../strings/rollupPane';
import type { FileSessionModule } from '../../file/session';
import { fill } from '../../format';
import type { WorkbookAccess } from '../access';
import type { Outcome } from '../runner';
import { nothingUsableOutcome, rolledUpOutcome } from './outcome';

/** A branch workbook the user chose: its name and a way to read its bytes. */
export interface ChosenFile {
  name: string;
  bytes(): Promise<Uint8Array>;
}

export interface RollupRun {
  strings: PaneStrings;
  t: RollupPaneStrings;
  files: readonly ChosenFile[];
  request: RollupRequest;
  access: WorkbookAccess;
  /** File mode's chunk, holding the file port. */
  loadSession(): Promise<FileSessionModule>;
  progress(step: string): void;
  /** Reads the workbook again after the write. */
  refresh(): Promise<void>;
}

/** Opens one chosen file with the file port; a file it cannot open is handed on with why (named). */
async function openBranchFile(
  run: RollupRun,
  module: FileSessionModule,
  file: ChosenFile,
): Promise<RollupSource> {
  const failed = (error: unknown) =>
    fill(run.t.readFailed, {
      name: file.name,
      detail: error instanceof Error ? error.message : String(error),
    });
  let bytes: Uint8Array;
  try {
    bytes = await file.bytes();
  } catch (error) {
    return { file: file.name, failure: failed(error), notAWorkbook: false, bytes: new Uint8Array() };
  }
  try {
    return { file: file.name, port: (await module.openFile(bytes, file.name)).port };
  } catch (error) {
    // The file port's errors name the file and say what to do; matched by name, as the pane's
    // error display does (the class lives in the file-mode chunk).
    if (error instanceof Error && error.name === 'WorkbookFileError') {
      const code = (error as Error & { code?: string }).code;
      return { file: file.name, failure: error.message, notAWorkbook: code === 'not-a-workbook', bytes };
    }
    return { file: file.name, failure: failed(error), notAWorkbook: false, bytes };
  }
}

export async function runRollup(run: RollupRun): Promise<Outcome> {
  const { strings, t, files, progress } = run;
  const module = await run.loadSession();
  const sources: RollupSource[] = [];
  for (const [index, file] of files.entries()) {
    progress(fill(t.stepRead, { name: file.name, i: index + 1, n: files.length }));
    sources.push(await openBranchFile(run, module, file));
  }
  progress(t.stepRollup);
  const result = await rollUp(sources, run.request);
  if (result.branches.length === 0) return nothingUsableOutcome(strings, t, result);
  progress(t.stepWrite);
  const report = await run.access.run((port) => writeRollupSheets(port, result));
  await run.refresh();
  return rolledUpOutcome(strings, t, result, report, run.access.canDownload);
}
