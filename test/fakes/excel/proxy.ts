/**
 * Request/sync semantics: proxies queue operations; `sync()` measures the request, then applies the
 * operations in order against the state, then fills what was loaded. Reading a property that was
 * neither loaded-and-synced nor set on this proxy throws PropertyNotLoaded, as Office.js does.
 */

import { FakeOfficeError, fakeError, propertyNotLoaded, type FakeErrorCode } from './errors';
import { apiVersions, compareVersions, type GatedApi } from './requirements';
import type { WorkbookState } from './state';

export interface FakeOptions {
  /** Highest ExcelApi requirement set the host supports, e.g. '1.7'. */
  maxApiVersion: string;
  /** Request payload limit in bytes (Excel on the web: 5 MB). */
  payloadLimitBytes: number;
  /** What a write to a protected sheet throws. */
  protectedWriteError: FakeErrorCode;
}

export const defaultOptions: FakeOptions = {
  maxApiVersion: '1.17',
  payloadLimitBytes: 5 * 1024 * 1024,
  protectedWriteError: 'AccessDenied',
};

/** What every context of one fake workbook shares: the state, the options and the counters. */
export interface FakeHost {
  state: WorkbookState;
  options: FakeOptions;
  syncCount: number;
  requestBytes: number[];
  injected: FakeOfficeError[];
  cellEditMode: boolean;
}

export interface QueuedOp {
  /** What goes over the wire (measured, never interpreted). */
  wire: { o: number; k: 'set' | 'call' | 'load'; n: string; a?: unknown };
  location: string;
  api?: GatedApi;
  apply: () => void;
}

export class FakeRequestContext {
  readonly host: FakeHost;
  private queue: QueuedOp[] = [];
  private nextObjectId = 1;
  closed = false;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(host: FakeHost) {
    this.host = host;
  }

  newObjectId(): number {
    return this.nextObjectId++;
  }

  enqueue(op: QueuedOp): void {
    if (this.closed) throw fakeError('InvalidObjectPath', op.location, undefined);
    this.queue.push(op);
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    const host = this.host;
    host.syncCount++;
    const bytes = Buffer.byteLength(JSON.stringify(ops.map((op) => op.wire)), 'utf8');
    host.requestBytes.push(bytes);
    await Promise.resolve();
    if (host.cellEditMode) throw fakeError('InvalidOperationInCellEditMode');
    const injected = host.injected.shift();
    if (injected) throw injected;
    if (bytes > host.options.payloadLimitBytes) throw fakeError('RequestPayloadSizeLimitExceeded');
    for (const op of ops) {
      // Excel runs a batch in order and stops at the first failure; what ran before stays done.
      if (op.api && compareVersions(apiVersions[op.api], host.options.maxApiVersion) > 0) {
        throw fakeError('ApiNotFound', op.location);
      }
      try {
        op.apply();
      } catch (error) {
        if (error instanceof FakeOfficeError) {
          if (!error.debugInfo.errorLocation) error.debugInfo.errorLocation = op.location;
          throw error;
        }
        throw error;
      }
    }
    return passThroughValue as T;
  }
}

/** A parsed load() argument: scalar names here, and nested specs for navigation properties. */
export interface LoadSpec {
  all: boolean;
  scalars: Set<string>;
  nested: Map<string, LoadSpec>;
}

export type LoadOption =
  string | string[] | { select?: string | string[]; expand?: string | string[] } | undefined;

function addPath(spec: LoadSpec, path: string): void {
  const parts = path.trim().split('/').filter(Boolean);
  if (parts.length === 0) return;
  if (parts.length === 1) {
    spec.scalars.add(parts[0]);
    return;
  }
  const head = parts[0];
  let child = spec.nested.get(head);
  if (!child) {
    child = { all: false, scalars: new Set(), nested: new Map() };
    spec.nested.set(head, child);
  }
  addPath(child, parts.slice(1).join('/'));
}

export function parseLoad(option: LoadOption): LoadSpec {
  const spec: LoadSpec = { all: false, scalars: new Set(), nested: new Map() };
  const add = (value: string | string[] | undefined): void => {
    if (value === undefined) return;
    const list = Array.isArray(value) ? value : value.split(',');
    for (const item of list) addPath(spec, item);
  };
  if (option === undefined || option === '' || (Array.isArray(option) && option.length === 0)) {
    spec.all = true;
  } else if (typeof option === 'string' || Array.isArray(option)) {
    add(option);
  } else {
    add(option.select);
    add(option.expand);
    if (option.select === undefined && option.expand === undefined) spec.all = true;
  }
  return spec;
}

/**
 * Base of every proxy. Subclasses name their scalar properties, compute a snapshot of them from the
 * state at sync time, and resolve navigation properties to child proxies.
 */
export abstract class FakeClientObject {
  readonly context: FakeRequestContext;
  protected readonly objectId: number;
  protected readonly loaded = new Map<string, unknown>();
  /** For *OrNullObject proxies: known only once loaded and synced. */
  protected readonly nullable: boolean;
  protected resolvedNull: boolean | undefined;
  abstract readonly typeName: string;
  protected abstract readonly scalarNames: readonly string[];

  constructor(context: FakeRequestContext, nullable = false) {
    this.context = context;
    this.objectId = context.newObjectId();
    this.nullable = nullable;
  }

  /** Scalar values at this moment of the batch; throws ItemNotFound when the object is gone. */
  protected abstract snapshot(): Record<string, unknown>;

  /** True when the object (an *OrNullObject result) does not exist at this point of the batch. */
  protected isMissing(): boolean {
    return false;
  }

  /** Child proxy for a navigation property named in a load path ('format' in 'format/font/bold'). */
  protected navigation(name: string): FakeClientObject | undefined {
    void name;
    return undefined;
  }

  get isNullObject(): boolean {
    if (this.resolvedNull === undefined)
      throw propertyNotLoaded('isNullObject', `${this.typeName}.isNullObject`);
    return this.resolvedNull;
  }

  protected read<T>(name: string): T {
    if (this.resolvedNull === true) return null as T;
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, `${this.typeName}.${name}`);
    return this.loaded.get(name) as T;
  }

  /** Guards an operation against a null object: Excel fails the batch with ItemNotFound. */
  protected ensureExists(location: string): void {
    if (this.isMissing()) throw fakeError('ItemNotFound', location);
  }

  protected queueSet(name: string, value: unknown, apply: () => void, api?: GatedApi): void {
    // Office.js keeps what was set on the proxy, so reading it back needs no load.
    this.loaded.set(name, value);
    const location = `${this.typeName}.${name}`;
    this.context.enqueue({
      wire: { o: this.objectId, k: 'set', n: name, a: value },
      location,
      api,
      apply: () => {
        this.ensureExists(location);
        apply();
      },
    });
  }

  protected queueCall(name: string, args: unknown[], apply: () => void, api?: GatedApi): void {
    const location = `${this.typeName}.${name}`;
    this.context.enqueue({
      wire: { o: this.objectId, k: 'call', n: name, a: args },
      location,
      api,
      apply: () => {
        this.ensureExists(location);
        apply();
      },
    });
  }

  load(option?: LoadOption): this {
    const spec = parseLoad(option);
    this.queueLoad(spec);
    return this;
  }

  /** Queues the load of this object's scalars and of nested navigation properties. */
  queueLoad(spec: LoadSpec, api?: GatedApi): void {
    for (const [name, child] of spec.nested) {
      const nav = this.navigation(name);
      if (!nav)
        throw fakeError(
          'InvalidArgument',
          `${this.typeName}.load`,
          `Unknown navigation property '${name}' on ${this.typeName}.`,
        );
      nav.queueLoad(child);
    }
    const names = spec.all ? [...this.scalarNames] : [...spec.scalars];
    for (const name of names) {
      if (!this.scalarNames.includes(name) && this.navigation(name) === undefined) {
        throw fakeError(
          'InvalidArgument',
          `${this.typeName}.load`,
          `Unknown property '${name}' on ${this.typeName}.`,
        );
      }
    }
    if (!spec.all && names.length === 0 && spec.nested.size > 0) return;
    const location = `${this.typeName}.load`;
    this.context.enqueue({
      wire: { o: this.objectId, k: 'load', n: names.join(',') },
      location,
      api,
      apply: () => {
        if (this.nullable) {
          this.resolvedNull = this.isMissing();
          if (this.resolvedNull) return;
        } else if (this.isMissing()) {
          throw fakeError('ItemNotFound', location);
        }
        const snap = this.snapshot();
        for (const name of names) {
          const nav = this.navigation(name);
          if (nav && !this.scalarNames.includes(name)) {
            nav.queueLoadNow();
            continue;
          }
          this.loaded.set(name, snap[name]);
        }
      },
    });
  }

  /** Loading a navigation property by name (load('format')) loads its scalars in the same step. */
  queueLoadNow(): void {
    if (this.isMissing()) return;
    const snap = this.snapshot();
    for (const name of this.scalarNames) this.loaded.set(name, snap[name]);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
