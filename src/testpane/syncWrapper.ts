/**
 * A test-only wrapper of the request context that counts the syncs an action makes (Excel on the
 * web answers each in a round trip: the port promises at most 3 per action at ordinary sizes).
 */
import type { ExcelRun } from '../excel/port';

export interface SyncCounter {
  syncs: number;
}

/** `run`, with every context's syncs counted in `counter`. */
export function countingRun(run: ExcelRun, counter: SyncCounter): ExcelRun {
  return (batch) =>
    run((context) => {
      const sync = async () => {
        counter.syncs += 1;
        await context.sync();
      };
      const wrapped = new Proxy(context, {
        get(target, key) {
          if (key === 'sync') return sync;
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return batch(wrapped);
    });
}
