/**
 * Actions run on the strict fake of Excel the way the pane runs them inside Excel (each in its own
 * Excel.run through runExcelAction), counting the syncs each took: the architecture allows three.
 */
import type { WorkbookPort } from '../../src/app/port';
import { runExcelAction } from '../../src/excel/port';
import type { FakeExcel } from '../fakes/excel';

export interface CountedExcel {
  run<T>(action: (port: WorkbookPort) => Promise<T>): Promise<T>;
  /** The syncs of each action run so far, in order. */
  readonly syncs: number[];
}

export function countedExcel(fake: FakeExcel): CountedExcel {
  const syncs: number[] = [];
  return {
    syncs,
    run: async (action) => {
      const before = fake.syncCount;
      const result = await runExcelAction(action, {
        run: (batch) => fake.run(batch),
        isSetSupported: (name, version) => fake.isSetSupported(name, version),
      });
      syncs.push(fake.syncCount - before);
      return result;
    },
  };
}
