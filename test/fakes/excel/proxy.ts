/**
 * Request/sync semantics: proxies queue operations; `sync()` measures the request, then applies the
 * operations in order against the state, then fills what was loaded. Reading a property that was
 * neither loaded-and-synced nor set on this proxy throws PropertyNotLoaded, as Office.js does.
 *
 * The request is measured in the shape Office.js sends (see OfficeExtension's ClientRequest in
 * @microsoft/office-js, `buildRequestMessageBodyAndRequestFlags`): an `Actions` list with one
 * action per set, method call or load, and an `ObjectPaths` map with how each object used is
 * reached (workbook → worksheets → getItem('S') → getRange('A1') → format → font), each object
 * path instantiated by an action of its own once per request. So a write that reaches many small
 * ranges through new proxies weighs what it weighs in Excel, not just its values.
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
  /**
   * Response payload limit in bytes. Excel on the web limits responses to 5 MB as well; the fake
   * measures every response but enforces no limit unless a test sets one.
   */
  responseLimitBytes: number;
}

export const defaultOptions: FakeOptions = {
  maxApiVersion: '1.17',
  payloadLimitBytes: 5 * 1024 * 1024,
  protectedWriteError: 'AccessDenied',
  responseLimitBytes: Number.POSITIVE_INFINITY,
};

/** What every context of one fake workbook shares: the state, the options and the counters. */
export interface FakeHost {
  state: WorkbookState;
  options: FakeOptions;
  syncCount: number;
  requestBytes: number[];
  /** UTF-8 bytes of what each sync's loads returned (JSON), in order. */
  responseBytes: number[];
  injected: FakeOfficeError[];
  cellEditMode: boolean;
  /** State-changing operations run so far (see `changesState`), across syncs and contexts. */
  operations: number;
  /** The operation (a value of `operations`) that fails with `error` instead of running. */
  failAt: { operation: number; error: FakeOfficeError } | null;
  /**
   * Copies of the workbook as it is just before each of these operations (`at`: values of
   * `operations`), kept by their number counted from `base`.
   */
  recording: { base: number; at: Set<number>; states: Map<number, WorkbookState> } | null;
  /** Where each state-changing operation ran ('Range.values', 'RangeFont.bold' …), while kept. */
  operationLog: string[] | null;
}

/**
 * True for an operation that changes the workbook: a property set, a method call, or adding a
 * sheet (Office.js sends worksheets.add as the object path of its result). Loads and the object
 * paths of getItem/getRange change nothing: a batch stopped just before one of them is the same
 * as one stopped before the next operation that does.
 */
export function changesState(op: QueuedOp): boolean {
  const wire = op.wire;
  if (wire === null) return false;
  return wire.k === 'set' || wire.k === 'call' || (wire.k === 'instantiate' && wire.n === 'add');
}

/**
 * How Office.js reaches an object, as its ObjectPath: Office.js's ObjectPathType 1 for the global
 * object (the workbook), 3 for a method's result, 4 for a navigation property.
 */
export interface ObjectPathInfo {
  type: 1 | 3 | 4;
  name: string;
  parent: PathNode | null;
  args?: unknown[];
}

/** Anything with an object path (every proxy, and the few helper collections that are not proxies). */
export interface PathNode {
  readonly objectId: number;
  readonly pathInfo: ObjectPathInfo;
}

/**
 * What goes over the wire (measured, never interpreted): a set, a method call or a load on
 * `target`; 'instantiate' only makes sure the target's object path is in the request (a proxy
 * created by a method, e.g. getRange, sends nothing more until it is used).
 */
export interface Wire {
  target: PathNode | null;
  k: 'set' | 'call' | 'load' | 'instantiate';
  n: string;
  a?: unknown;
}

export interface QueuedOp {
  /** null for checks the fake makes that Office.js does not send (requirement-set gates). */
  wire: Wire | null;
  location: string;
  api?: GatedApi;
  apply: () => void;
}

/** Office.js's ActionType for each kind of wire operation. */
const ACTION_TYPE = { instantiate: 1, load: 2, call: 3, set: 4 } as const;

/** The request body Office.js would send for these operations, as JSON text. */
export function requestBody(ops: readonly QueuedOp[], nextActionId: () => number): string {
  const actions: unknown[] = [];
  const paths: Record<number, unknown> = {};
  const instantiated = new Set<number>();
  const instantiate = (node: PathNode | null): void => {
    if (node === null || instantiated.has(node.objectId)) return;
    instantiated.add(node.objectId);
    const { type, name, parent, args } = node.pathInfo;
    instantiate(parent);
    paths[node.objectId] = {
      Id: node.objectId,
      ObjectPathType: type,
      Name: name,
      ...(parent === null ? {} : { ParentObjectPathId: parent.objectId }),
      ArgumentInfo: args === undefined ? {} : { Arguments: args },
    };
    actions.push({ Id: nextActionId(), ActionType: 1, Name: '', ObjectPathId: node.objectId });
  };
  for (const { wire } of ops) {
    if (wire === null) continue;
    instantiate(wire.target);
    if (wire.k === 'instantiate') continue;
    const action: Record<string, unknown> = {
      Id: nextActionId(),
      ActionType: ACTION_TYPE[wire.k],
      Name: wire.k === 'load' ? '' : wire.n,
      ObjectPathId: wire.target?.objectId ?? 0,
    };
    if (wire.k === 'load') action.QueryInfo = { Select: wire.n.split(','), Expand: [] };
    else action.ArgumentInfo = { Arguments: wire.k === 'set' ? [wire.a] : (wire.a ?? []) };
    actions.push(action);
  }
  return JSON.stringify({ Actions: actions, ObjectPaths: paths });
}

export class FakeRequestContext {
  readonly host: FakeHost;
  private queue: QueuedOp[] = [];
  private nextObjectId = 1;
  private nextActionId = 1;
  /** What the loads of the sync in progress return. */
  private response: unknown[] = [];
  closed = false;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(host: FakeHost) {
    this.host = host;
  }

  newObjectId(): number {
    return this.nextObjectId++;
  }

  /** Records what a load returns, for the response's size. */
  noteLoaded(value: unknown): void {
    this.response.push(value);
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
    const bytes = Buffer.byteLength(
      requestBody(ops, () => this.nextActionId++),
      'utf8',
    );
    host.requestBytes.push(bytes);
    await Promise.resolve();
    if (host.cellEditMode) throw fakeError('InvalidOperationInCellEditMode');
    const injected = host.injected.shift();
    if (injected) throw injected;
    if (bytes > host.options.payloadLimitBytes) throw fakeError('RequestPayloadSizeLimitExceeded');
    this.response = [];
    try {
      this.run(ops);
    } finally {
      host.responseBytes.push(Buffer.byteLength(JSON.stringify(this.response), 'utf8'));
    }
    if (host.responseBytes[host.responseBytes.length - 1] > host.options.responseLimitBytes)
      throw fakeError('ResponsePayloadSizeLimitExceeded');
    return passThroughValue as T;
  }

  private run(ops: readonly QueuedOp[]): void {
    const host = this.host;
    for (const op of ops) {
      // Excel runs a batch in order and stops at the first failure; what ran before stays done.
      if (op.api && compareVersions(apiVersions[op.api], host.options.maxApiVersion) > 0) {
        throw fakeError('ApiNotFound', op.location);
      }
      if (changesState(op)) {
        host.operations++;
        host.operationLog?.push(op.location);
        const recording = host.recording;
        if (recording !== null && recording.at.has(host.operations))
          recording.states.set(host.operations - recording.base, structuredClone(host.state));
        const failAt = host.failAt;
        if (failAt !== null && host.operations >= failAt.operation) {
          // Injected by a test: the batch stops here, keeping what ran before it.
          host.failAt = null;
          failAt.error.debugInfo.errorLocation = op.location;
          throw failAt.error;
        }
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
export abstract class FakeClientObject implements PathNode {
  readonly context: FakeRequestContext;
  readonly objectId: number;
  /** How Office.js reaches this object; set by whoever creates the proxy (see `reachedBy`). */
  pathInfo: ObjectPathInfo = { type: 4, name: '', parent: null };
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

  /** Records how Office.js reaches this proxy (for measuring requests); returns the proxy. */
  reachedBy(parent: PathNode | null, name: string, type: 3 | 4 = 4, args?: unknown[]): this {
    this.pathInfo = { type, name, parent, args };
    return this;
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
      wire: { target: this, k: 'set', n: name, a: value },
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
      wire: { target: this, k: 'call', n: name, a: args },
      location,
      api,
      apply: () => {
        this.ensureExists(location);
        apply();
      },
    });
  }

  /**
   * A method returning an object (getItem, getItemOrNullObject): Office.js sends no action for it,
   * only the object's path when the object is used; the fake checks it at this point of the batch.
   */
  protected queueGet(
    item: FakeClientObject,
    name: string,
    args: unknown[],
    apply: () => void,
    api?: GatedApi,
  ): void {
    item.reachedBy(this, name, 3, args);
    const location = `${this.typeName}.${name}`;
    this.context.enqueue({
      wire: { target: item, k: 'instantiate', n: name },
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
      wire: { target: this, k: 'load', n: names.join(',') },
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
            nav.loadNow();
            continue;
          }
          this.loaded.set(name, snap[name]);
        }
        this.context.noteLoaded(Object.fromEntries(names.map((name) => [name, this.loaded.get(name)])));
      },
    });
  }

  /**
   * Loads now, inside a sync: every scalar, and the navigation properties `spec` names. Used for
   * a navigation property loaded by name (load('format')) and for a collection's items, which get
   * what the collection's load asked of them ('items/name', 'items/protection/protected',
   * 'items/customProperties/items/value').
   */
  loadNow(spec?: LoadSpec): void {
    if (this.isMissing()) return;
    if (spec?.nested.has('items')) this.itemSpec = spec.nested.get('items');
    const snap = this.snapshot();
    for (const name of this.scalarNames) this.loaded.set(name, snap[name]);
    for (const [name, child] of spec?.nested ?? []) {
      if (name === 'items') continue;
      const nav = this.navigation(name);
      if (!nav)
        throw fakeError(
          'InvalidArgument',
          `${this.typeName}.load`,
          `Unknown navigation property '${name}' on ${this.typeName}.`,
        );
      nav.loadNow(child);
    }
  }

  /** For a collection: what its load asked of each item (the part of the spec under 'items'). */
  protected itemSpec: LoadSpec | undefined;

  /** For a collection: queues the load of its items, remembering what each item is to load. */
  protected queueItemsLoad(spec: LoadSpec, api?: GatedApi): void {
    this.itemSpec = spec.nested.get('items');
    FakeClientObject.prototype.queueLoad.call(
      this,
      { all: false, scalars: new Set(['items']), nested: new Map() },
      api,
    );
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
