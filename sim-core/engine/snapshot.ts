import type { DaemonState, InstanceRecord, PsResource, SimState } from './state';
import type { EventQueue } from './queue';
import { byName } from './by-name';
import type { OverlayState } from '../unionfs/index';

/**
 * Snapshots of the simulation state that cost what changed. An instance record that did not
 * change since the previous snapshot is not copied again: the new snapshot points at the
 * previous one's copy (copies are never mutated). What never changes is never copied: an
 * instance's spec (the scenario's), the event queue's items and the resources' jobs (made
 * once, never mutated: only the arrays that order them are copied). The append-only log,
 * incidents and memory history are kept as lengths.
 *
 * Restoring copies the snapshot again, since the engine mutates its state in place.
 */

export type StateWithoutLogs = Omit<SimState, 'log' | 'incidents' | 'memoryHistory'>;

export interface StateCopy {
  state: StateWithoutLogs;
  /** How many values the copy holds that no earlier snapshot shares (its own cost). */
  ownValues: number;
  /** How many values the live state holds but its log, incidents and memory history (liveValuesOf, what the snapshot is measured against). */
  liveValues: number;
  /** Of ownValues, those outside the records (copied whole each time). */
  restValues: number;
}

/** Counts values as copyPlain copies them. */
interface Counter { n: number }

/**
 * A deep copy of plain data: arrays, objects (keeping a null prototype), Maps and Sets;
 * anything else falls back to structuredClone. Keys named in `shared` are kept by reference.
 */
function copyPlain<T>(value: T, count: Counter): T {
  count.n++;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyPlain(value[i] as unknown, count);
    return out as T;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto === Object.prototype || proto === null) {
    const out = (proto === null ? Object.create(null) : {}) as Record<string, unknown>;
    for (const key of Object.keys(value)) out[key] = copyPlain((value as Record<string, unknown>)[key], count);
    return out as T;
  }
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, copyPlain(v as unknown, count)])) as T;
  if (value instanceof Set) return new Set([...value].map((v) => copyPlain(v as unknown, count))) as T;
  return structuredClone(value);
}

/** Deep equality of plain data (what copyPlain copies). */
function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Map || a instanceof Set) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const key of ka) {
    if (!Object.hasOwn(b, key) || !samePlain((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * Fields of a record that are replaced, never mutated (see state.ts), so copies share them:
 * its spec (the scenario's) and its start plan. `phases` is appended to, but each span is
 * never changed once pushed: the array is copied, the spans shared.
 */
const SHARED_FIELDS = new Set(['spec', 'plan']);
const SHARED_ITEMS_FIELDS = new Set(['phases']);
/** A container's overlay: its lower layers are set when it is made, never changed (unionfs/overlay.ts), so copies share them. */
const OVERLAY_FIELD = 'upper';

function isOverlay(value: unknown): value is OverlayState {
  return value !== null && typeof value === 'object' && Array.isArray((value as OverlayState).lowerLayerIds);
}

function copyOverlay(o: OverlayState, count: Counter): OverlayState {
  const { lowerLayerIds, ...rest } = o;
  count.n += 1;
  return { ...copyPlain(rest, count), lowerLayerIds };
}

function overlayValues(o: OverlayState, count: Counter): void {
  const { lowerLayerIds: _l, ...rest } = o;
  count.n += 1;
  countPlain(rest, count);
}

/** A copy of an instance record: a spread of its fields, then its own copy of each nested value. */
function copyRecord(record: InstanceRecord, count: Counter): InstanceRecord {
  const out = { ...record } as unknown as Record<string, unknown>;
  for (const key in out) {
    const value = out[key];
    if (value === null || typeof value !== 'object') {
      count.n++;
      continue;
    }
    if (SHARED_FIELDS.has(key)) continue;
    if (SHARED_ITEMS_FIELDS.has(key) && Array.isArray(value)) {
      count.n += 1 + value.length;
      out[key] = value.slice();
    } else if (key === OVERLAY_FIELD && isOverlay(value)) out[key] = copyOverlay(value, count);
    else out[key] = copyPlain(value, count);
  }
  return out as unknown as InstanceRecord;
}

function sameRecord(live: InstanceRecord, copy: InstanceRecord): boolean {
  const keys = Object.keys(live);
  if (keys.length !== Object.keys(copy).length) return false;
  for (const key of keys) {
    const a = (live as unknown as Record<string, unknown>)[key];
    const b = (copy as unknown as Record<string, unknown>)[key];
    if (SHARED_FIELDS.has(key)) {
      if (a !== b) return false;
    } else if (SHARED_ITEMS_FIELDS.has(key) && Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length || a.some((item, i) => item !== b[i])) return false;
    } else if (!samePlain(a, b)) return false;
  }
  return true;
}

/** Values of snapshot copies (never mutated), counted once. */
const copyValues = new WeakMap<InstanceRecord, number>();

/** Values a snapshot's record copy holds (for the memory bound), counted without copying. */
function recordValues(record: InstanceRecord): number {
  const known = copyValues.get(record);
  if (known !== undefined) return known;
  const count = { n: 0 };
  for (const key of Object.keys(record)) {
    const value = (record as unknown as Record<string, unknown>)[key];
    if (SHARED_FIELDS.has(key)) continue;
    if (SHARED_ITEMS_FIELDS.has(key) && Array.isArray(value)) count.n += 1 + value.length;
    else if (key === OVERLAY_FIELD && isOverlay(value)) overlayValues(value, count);
    else countPlain(value, count);
  }
  copyValues.set(record, count.n);
  return count.n;
}

function countPlain(value: unknown, count: Counter): void {
  count.n++;
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) for (const v of value) countPlain(v, count);
  else for (const key of Object.keys(value)) countPlain((value as Record<string, unknown>)[key], count);
}

/** Values a record holds live (all but its spec, which is counted with the scenario's: Run.specValues). */
function liveRecordValues(record: InstanceRecord, count: Counter): void {
  // Its plan and phase spans are live here.
  for (const key of Object.keys(record)) {
    if (key !== 'spec') countPlain((record as unknown as Record<string, unknown>)[key], count);
  }
}

/** liveRecordValues of a snapshot's record copy (never mutated), counted once: the live record it copied holds as many. */
const liveCounts = new WeakMap<InstanceRecord, number>();

function liveValuesOfCopy(copy: InstanceRecord): number {
  const known = liveCounts.get(copy);
  if (known !== undefined) return known;
  const count = { n: 0 };
  liveRecordValues(copy, count);
  liveCounts.set(copy, count.n);
  return count.n;
}

/** Values the live state holds outside its records, its log, incidents and memory history. */
function liveRestValues(state: SimState): number {
  const count = { n: 3 * state.queue.times.length + state.cpu.jobs.length + state.net.jobs.length };
  const { instances: _i, queue: _q, log: _l, incidents: _in, memoryHistory: _m, ...rest } = state;
  countPlain(rest, count);
  return count.n;
}

/** Values the live state holds but its log, incidents and memory history, counted as snapshots count them. */
export function liveValuesOf(state: SimState): number {
  const count = { n: liveRestValues(state) };
  for (const name of state.order) liveRecordValues(state.instances[name]!, count);
  return count.n;
}

/** The queue's arrays copied; its items (never mutated once scheduled) shared. */
function copyQueue<T>(q: EventQueue<T>): EventQueue<T> {
  return { times: q.times.slice(), seqs: q.seqs.slice(), items: q.items.slice() };
}

/** A resource copied; its jobs (never mutated once added) shared, the heap's order copied. */
function copyResource(r: PsResource, count: Counter): PsResource {
  const { jobs, ...rest } = r;
  return { ...copyPlain(rest, count), jobs: jobs.slice() };
}

/** The container engines' state copied; their queues' entries (never mutated once queued) shared. */
function copyDaemons(daemons: Record<string, DaemonState>, count: Counter): Record<string, DaemonState> {
  const out = byName<DaemonState>();
  for (const key of Object.keys(daemons)) {
    const { queue, ...rest } = daemons[key]!;
    count.n += 1 + queue.length;
    out[key] = { ...copyPlain(rest, count), queue: queue.slice() };
  }
  return out;
}

/** The rest of the state: small, copied whole (the daemons' queues' entries shared). */
function copyRest(state: StateWithoutLogs | SimState, count: Counter): Omit<StateWithoutLogs, 'instances' | 'queue' | 'cpu' | 'net'> {
  const { instances: _i, queue: _q, cpu: _c, net: _n, daemons, ...rest } = state;
  // The append-only arrays are kept as lengths, never copied.
  if ('log' in rest) {
    const { log: _l, incidents: _in, memoryHistory: _m, ...small } = rest;
    return { ...copyPlain(small, count), daemons: copyDaemons(daemons, count) };
  }
  return { ...copyPlain(rest, count), daemons: copyDaemons(daemons, count) };
}

/**
 * Copies the state for a snapshot, sharing every record unchanged since `previous` (an
 * earlier snapshot's state, or null).
 */
export function snapshotState(state: SimState, previous: StateWithoutLogs | null): StateCopy {
  const own = { n: 0 };
  // As liveValuesOf counts the state, from the copies (each counted once), without walking every record again.
  let live = liveRestValues(state);
  const instances = byName<InstanceRecord>();
  for (const name of state.order) {
    const record = state.instances[name]!;
    const before = previous ? (Object.hasOwn(previous.instances, name) ? previous.instances[name] : undefined) : undefined;
    if (before && sameRecord(record, before)) {
      instances[name] = before;
      live += liveValuesOfCopy(before);
    } else {
      const start = own.n;
      const copy = copyRecord(record, own);
      copyValues.set(copy, own.n - start);
      instances[name] = copy;
      live += liveValuesOfCopy(copy);
    }
  }
  const recordsOwn = own.n;
  const queueValues = 3 * state.queue.times.length + state.cpu.jobs.length + state.net.jobs.length;
  own.n += queueValues;
  const copy: StateWithoutLogs = {
    ...copyRest(state, own),
    instances,
    queue: copyQueue(state.queue),
    cpu: copyResource(state.cpu, own),
    net: copyResource(state.net, own),
  } as StateWithoutLogs;
  return { state: copy, ownValues: own.n, liveValues: live, restValues: own.n - recordsOwn };
}

/** What a snapshot holds that `previous` does not share with it (`restValues`: its part outside the records). */
export function ownValuesAfter(snap: StateWithoutLogs, previous: StateWithoutLogs | null, restValues: number): number {
  let n = restValues;
  for (const name of snap.order) {
    const record = snap.instances[name]!;
    const before = previous && Object.hasOwn(previous.instances, name) ? previous.instances[name] : undefined;
    if (before !== record) n += recordValues(record);
  }
  return n;
}

/**
 * A live state from a snapshot (a copy: the snapshot stays as it was). A record of `live` (the
 * state being left) that equals the snapshot's is kept rather than copied: a seek back to a
 * moment after the boot storm copies only what changed since.
 */
export function restoreState(snap: StateWithoutLogs, live: StateWithoutLogs | null = null): StateWithoutLogs {
  const count = { n: 0 };
  const instances = byName<InstanceRecord>();
  for (const name of snap.order) {
    const copy = snap.instances[name]!;
    const current = live && Object.hasOwn(live.instances, name) ? live.instances[name]! : undefined;
    instances[name] = current && sameRecord(current, copy) ? current : copyRecord(copy, count);
  }
  return {
    ...copyRest(snap, count),
    instances,
    queue: copyQueue(snap.queue),
    cpu: copyResource(snap.cpu, count),
    net: copyResource(snap.net, count),
  } as StateWithoutLogs;
}
