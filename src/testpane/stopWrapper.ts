/**
 * A test-only wrapper of the request context that stops a write part-way, the way Excel stops a
 * batch: "operations run in order and stop at the first that fails; those before it stay done"
 * (issue 11; Microsoft: a batch is not all-or-nothing). Every object the action reaches from the
 * context is wrapped; each property set and each method call that is not a read or a navigation
 * (get…, load, track) counts as an operation. Right after operation n, the wrapper queues one that
 * Excel refuses when it runs — the activation of a sheet that does not exist — so Excel (or the
 * strict fake, which stops the same way) runs operations 1…n, fails at the injected one, and runs
 * nothing after it. The action sees ItemNotFound, as from any failed sync. Nothing of Office.js's
 * internals is touched: the injected operation is an ordinary call on the real context.
 */
import type { ExcelRun } from '../excel/port';

/** A sheet no workbook of the run has: activating it fails with ItemNotFound when Excel runs it. */
export const MISSING_SHEET = '实测中断点-不存在的工作表';

export interface OperationStop {
  /** Operations counted so far in this action. */
  count: number;
  /** Stop right after this operation (1-based); never when absent (only counting). */
  after?: number;
  /** Set once the failing operation has been queued. */
  injected: boolean;
}

/** Reads and navigations: they queue nothing Excel could leave half done. */
const NOT_AN_OPERATION = /^(get|load$|track$|untrack$|toJSON$|sync$|constructor$)/;

/** An object of the API (a class instance: proxy objects, collections, results); not data. */
function isApiObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype !== Object.prototype && prototype !== null && !(value instanceof Promise);
}

export function stoppingRun(run: ExcelRun, stop: OperationStop): ExcelRun {
  return (batch) =>
    run((context) => {
      const targets = new WeakMap<object, object>();
      const proxies = new WeakMap<object, object>();
      const unwrap = (value: unknown): unknown =>
        typeof value === 'object' && value !== null ? (targets.get(value) ?? value) : value;
      const operationDone = () => {
        stop.count += 1;
        if (stop.after !== undefined && stop.count === stop.after && !stop.injected) {
          stop.injected = true;
          context.workbook.worksheets.getItem(MISSING_SHEET).activate();
        }
      };
      const wrap = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.some(isApiObject) ? value.map(wrap) : value;
        if (!isApiObject(value)) return value;
        const known = proxies.get(value);
        if (known) return known;
        const proxy = new Proxy(value, {
          get(target, key) {
            const property: unknown = Reflect.get(target, key, target);
            if (typeof property !== 'function') return wrap(property);
            return (...args: unknown[]) => {
              const result: unknown = property.apply(target, args.map(unwrap));
              if (typeof key === 'string' && !NOT_AN_OPERATION.test(key)) operationDone();
              return wrap(result);
            };
          },
          set(target, key, value) {
            const done = Reflect.set(target, key, unwrap(value), target);
            operationDone();
            return done;
          },
        });
        proxies.set(value, proxy);
        targets.set(proxy, value);
        return proxy;
      };
      return batch(wrap(context) as Excel.RequestContext);
    });
}
