import type { DaemonState, InstanceRecord, LayerOnHost, PsResource, Scheduled, SimState, Simulation } from './state';
import type { EventQueue } from './queue';
import { COPIED, FRESH, JOINED, clearNoted, type Changes } from './changes';
import { byName } from './by-name';
import { copyFlat, copyPlain, type Counter } from './plain-copy';
import { RECORD_FIELDS, REF_COUNT, REF_FIELDS, copiedField, copiedSpec, diffRecord, diffScratch, restoreRecord } from './record-fields';
import { NESTED_SLOT, fieldValues, nestedValuesOf, recordValues } from './record-counts';
import { backgroundValues } from './snapshot-background';
import { FRESH_VALUES, appendUndo, applyUndo, makeFresh, type Undo } from './record-undo';
import { shelveDaemons, unshelveDaemons, type DaemonCopy, type Shelf } from './snapshot-shelf';
import { copyQueueShared, restoreQueue, type QueueCopy, type Timeline } from './snapshot-timeline';

/**
 * Snapshots that cost what changed (engine/snapshot-chain.ts keeps them in a chain).
 *
 * The instance records, most of the state, are never copied whole. The engine notes each
 * record it writes, with a shallow copy of it as it was at the last snapshot
 * (engine/changes.ts); when the next snapshot is taken, those copies become an undo: for each
 * record written in between, the fields that changed and their values at the earlier
 * snapshot (a record never written before since it was made keeps no copy: its undo makes it
 * fresh again from its spec). Going back from the live state to snapshot k applies the open interval's copies,
 * then the undos of each snapshot from the newest back to k: the work is what changed since
 * k, and what did not change is never looked at. A record's nested values are replaced,
 * never mutated (state.ts), so an undo shares them with the state it was taken from.
 * The CPU's background demands, one per idle server, are kept the same way, by name
 * (engine/snapshot-background.ts).
 *
 * The rest of the state (queue, resources, daemons, layers, CPU claims: small beside the
 * records) is copied at each snapshot; the queue's items, the resources' jobs and the
 * daemons' queued entries are never mutated once made, so only the arrays that hold them are
 * copied. The daemons' waiting queues, thousands long in a burst of starts but changing at
 * their ends, are held as ranges of a shelf of their entries (engine/snapshot-shelf.ts); the
 * scenario's timeline still to come in the event queue is left to one shared table
 * (engine/snapshot-timeline.ts). The
 * board's membership (which record has which name, and their order) is copied only when a
 * record joined or left. The append-only log, incidents and memory history are
 * kept as lengths.
 *
 * Memory is counted in values, as a walk of plain data counts them (countPlain).
 */

export type StateWithoutLogs = Omit<SimState, 'log' | 'incidents' | 'memoryHistory'>;
/** The state but its records, their order, its background demands (engine/snapshot-background.ts) and its append-only arrays. */
export type RestOfState = Omit<StateWithoutLogs, 'instances' | 'order' | 'cpuBackground'>;

/** Which record has which name, and the order they were added in. */
export interface Members {
  instances: Readonly<Record<string, InstanceRecord>>;
  order: readonly string[];
}


export { recordValues } from './record-counts';

/** Values the live state's records hold, walking every one. */
export function liveRecordValuesOf(state: StateWithoutLogs): number {
  let n = 0;
  for (const name of state.order) n += recordValues(state.instances[name]!);
  return n;
}

/** The queue's arrays copied; its items (never mutated once scheduled) shared. */
function copyQueue<T>(q: EventQueue<T>, count: Counter): EventQueue<T> {
  count.n += 3 * q.times.length;
  return { times: q.times.slice(), seqs: q.seqs.slice(), items: q.items.slice() };
}

/** A resource copied; its jobs (never mutated once added) shared, the heap's order copied. */
function copyResource(r: PsResource, count: Counter): PsResource {
  const { jobs, cancelled, ...rest } = r;
  count.n += jobs.length;
  return { ...copyPlain(rest, count), cancelled: copyFlat(cancelled, count), jobs: jobs.slice() };
}

/** The container engines' state copied whole, their queues' entries (never mutated once queued) shared: for the live state's count. */
function copyDaemons(daemons: Record<string, DaemonState>, count: Counter): Record<string, DaemonState> {
  const out = byName<DaemonState>();
  for (const key of Object.keys(daemons)) {
    const { queue, serving, ...rest } = daemons[key]!;
    count.n += 1 + queue.length;
    out[key] = { ...copyPlain(rest, count), serving: copyFlat(serving, count), queue: queue.slice() };
  }
  return out;
}

/** The layers on the host: each copied with its list of waiters. */
function copyLayers(layers: Record<string, LayerOnHost>, count: Counter): Record<string, LayerOnHost> {
  const out = byName<LayerOnHost>();
  for (const key in layers) {
    const layer = layers[key]!;
    out[key] = { ...layer, waiters: layer.waiters.slice() };
    count.n += 4 + layer.waiters.length;
  }
  return out;
}

/** How the parts of the state that grow with the board are copied; any other part is copied as plain data. */
const COPIERS: Copiers = {
  queue: copyQueue,
  cpu: copyResource,
  net: copyResource,
  disk: copyResource,
  daemons: copyDaemons,
  layers: copyLayers,
  cpuClaims: copyFlat,
};

/**
 * Parts of the state a snapshot leaves out: the records, their order and the background
 * demands (engine/snapshot-chain.ts keeps them), the append-only arrays (kept as lengths).
 */
const LEFT_OUT = new Set(['instances', 'order', 'cpuBackground', 'log', 'incidents', 'memoryHistory']);

/** The rest of the state as a snapshot holds it: the daemons' queues shelved (engine/snapshot-shelf.ts). */
export type RestCopy = Omit<RestOfState, 'daemons' | 'queue'> & { daemons: Readonly<Record<string, DaemonCopy>>; queue: QueueCopy };

/**
 * Copies the parts of `state` but those left out, each by its copier (`special` first) or as
 * plain data. Parts in `unchanged` are an earlier snapshot's copies of parts that did not
 * change since: shared (snapshots never mutate them), though counted again.
 */
type Copiers = Partial<Record<keyof RestOfState, (value: never, count: Counter) => unknown>>;

function copyParts(state: object, count: Counter, unchanged: Partial<RestOfState>, special: Copiers): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(state)) {
    if (LEFT_OUT.has(key)) continue;
    const value = (state as Record<string, unknown>)[key];
    const shared = (unchanged as Record<string, unknown>)[key];
    const copier = special[key as keyof RestOfState] ?? COPIERS[key as keyof RestOfState];
    if (shared !== undefined) {
      count.n += fieldValues(shared);
      rest[key] = shared;
    } else rest[key] = copier ? copier(value as never, count) : copyPlain(value, count);
  }
  return rest;
}

/**
 * A snapshot's copy of the rest of the live state, and the values it holds; the daemons'
 * queues shelved against `previous` (the snapshot before's copy, null for none). `shelved`:
 * the values it appended to the shelf (part of `values`).
 */
export function snapshotRest(
  state: StateWithoutLogs, shelf: Shelf, timeline: Timeline | null, previous: RestCopy | null, unchanged: Partial<RestOfState> = {},
): { rest: RestCopy; values: number; shelved: number } {
  const count = { n: 0 };
  const appended = { n: 0 };
  const daemons = (value: Record<string, DaemonState>, c: Counter) => shelveDaemons(shelf, value, previous?.daemons ?? null, c, appended);
  const queue = (value: EventQueue<Scheduled>, c: Counter) => copyQueueShared(value, timeline, c);
  const rest = copyParts(state, count, unchanged, { daemons, queue } as Copiers);
  return { rest: rest as unknown as RestCopy, values: count.n, shelved: appended.n };
}

/** The rest of the state back from a snapshot's copy, for the live state (which mutates it). */
export function restoreRest(copy: RestCopy, shelf: Shelf, timeline: Timeline | null): RestOfState {
  const daemons = (value: Record<string, DaemonCopy>) => unshelveDaemons(shelf, value);
  const queue = (value: QueueCopy) => restoreQueue(value, timeline);
  return copyParts(copy, { n: 0 }, {}, { daemons, queue } as Copiers) as unknown as RestOfState;
}

/** Values the live state holds outside its records and append-only arrays (copied whole, with the order). */
export function liveRestValues(state: StateWithoutLogs): number {
  const count = { n: 0 };
  copyParts(state, count, {}, {});
  return count.n + membersValues(state.order) + backgroundValues(state.cpuBackground);
}

/** Values the live state holds but its log, incidents and memory history. */
export function liveValuesOf(state: StateWithoutLogs): number {
  return liveRestValues(state) + liveRecordValuesOf(state);
}

/**
 * The board's membership for a snapshot: the live state's own objects, shared until a record
 * joins or leaves (engine/changes.ts copies them first; the caller sets membersShared).
 */
export function membersOf(state: StateWithoutLogs): Members {
  return { instances: state.instances, order: state.order };
}

export function membersValues(order: readonly string[]): number {
  return 1 + order.length;
}

/**
 * Closes the interval since the last snapshot: the records written in it become `undo` (the
 * changed fields, with their values at that snapshot). Returns the values the undo holds and
 * whether a record joined or left the board. `undo` null: nothing will go back to that
 * snapshot through the records (it is made again from the scenario), only the count is wanted.
 */
export function closeInterval(changes: Changes, undo: Undo | null): { undoValues: number; membership: boolean } {
  let undoValues = 0;
  let written = 0;
  let pairs = 0;
  let fresh = 0;
  const { records, copies, kinds } = changes;
  for (let i = 0; i < changes.count; i++) {
    const record = records[i]!;
    const kind = kinds[i];
    // One that joined since: going back removes it.
    if (kind === JOINED) continue;
    if (kind === FRESH) {
      // Made fresh again when the run goes back: no copy, no comparison.
      undoValues += FRESH_VALUES;
      FRESH_SCRATCH[fresh++] = record;
      FRESH_SCRATCH[fresh++] = copiedSpec(copies, i);
      continue;
    }
    const diff = DIFF;
    const changed = diffRecord(copies, i, record, diff);
    if (changed === 0) continue;
    for (let d = 0; d < changed; d++) {
      const f = diff[d]!;
      const a = copiedField(copies, i, f);
      PAIRS[pairs++] = RECORD_FIELDS[f];
      PAIRS[pairs++] = a;
      const slot = NESTED_SLOT[f]!;
      // One value then, or the nested value's.
      undoValues += slot < 0 ? 1 : nestedValuesOf(slot, a);
    }
    RECORDS[written] = record;
    ENDS[written++] = pairs;
  }
  if (undo) appendUndo(undo, RECORDS, ENDS, PAIRS, written, pairs, FRESH_SCRATCH, fresh);
  // The scratch arrays keep their room for the next interval but not the records and values.
  // (A loop for each: one shared by the three saw all their element kinds.)
  for (let k = 0; k < written; k++) RECORDS[k] = undefined as never;
  for (let k = 0; k < pairs; k++) PAIRS[k] = undefined;
  for (let k = 0; k < fresh; k++) FRESH_SCRATCH[k] = undefined;
  const membership = changes.membership;
  clearNoted(changes);
  changes.membership = false;
  return { undoValues, membership };
}

/** Reused by closeInterval for the indexes of each record's changed fields. */
const DIFF = diffScratch();
/**
 * Reused by closeInterval to gather an undo before it is copied out at its exact size: arrays
 * grown by push while an undo was made allocated about three times what they ended up holding.
 */
const RECORDS: InstanceRecord[] = [];
const ENDS: number[] = [];
const PAIRS: unknown[] = [];
const FRESH_SCRATCH: unknown[] = [];

/** What the open interval holds: the copies made at each record's first write since the last snapshot. */
export function openIntervalValues(changes: Changes): number {
  let n = 0;
  const { records, copies, kinds } = changes;
  for (let i = 0; i < changes.count; i++) {
    // A fresh record's spec is the scenario's, counted with it.
    if (kinds[i] !== COPIED) continue;
    const record = records[i] as unknown as Record<string, unknown>;
    // Its numbers, one value each.
    n += RECORD_FIELDS.length - REF_COUNT;
    for (let f = 0; f < REF_COUNT; f++) {
      const a = copies.refs[i * REF_COUNT + f];
      // A nested value the record still holds is the live state's, not the copy's.
      n += a === record[REF_FIELDS[f]!] ? 1 : fieldValues(a);
    }
  }
  return n;
}

/** Puts the records back as they were at the last snapshot (the open interval's copies), then back through `undos`, newest first. */
export function rewindRecords(sim: Simulation, changes: Changes, undos: readonly Undo[]): void {
  const { records, copies, kinds, written } = changes;
  for (let i = 0; i < changes.count; i++) {
    if (kinds[i] === COPIED) restoreRecord(records[i]!, copies, i);
    else if (kinds[i] === FRESH) makeFresh(sim, records[i]!, copiedSpec(copies, i), written);
  }
  for (const undo of undos) applyUndo(sim, undo, written);
  clearNoted(changes);
  changes.membership = false;
  changes.claims = false;
  changes.layers = false;
}

/** The board's membership as a snapshot holds it, for the live state: shared (the caller sets membersShared). */
export function restoreMembers(members: Members): { instances: Record<string, InstanceRecord>; order: string[] } {
  // The live state copies them before it changes them (engine/changes.ts).
  return members as { instances: Record<string, InstanceRecord>; order: string[] };
}
