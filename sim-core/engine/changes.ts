import type { InstanceRecord, Simulation } from './state';
import { copyByName } from './by-name';
import { copiedSpec, copyRecord, createRecordCopies, noteFresh, recordOfCopy, type RecordCopies } from './record-fields';
import { freshRecord } from './records';
import type { BackgroundUndo } from './snapshot-background';

/**
 * What the engine changed since the last snapshot, noted as it writes, so a snapshot costs
 * what changed and knows, without comparing, what did not (engine/snapshot.ts).
 *
 * Every function that writes an instance record calls `touch` before its first write: the
 * first touch after a snapshot keeps a shallow copy of the record as it was then (its fields
 * in slots of one array, its numbers in a Float64Array beside: engine/record-fields.ts). A shallow
 * copy is enough because a record's nested values (spec, plan, phases, cpuStat, restart,
 * stopping, upper) are replaced, never mutated (see state.ts). A run that never seeks back
 * (the runner) has no Changes and a touch is one null check.
 *
 * Touches are the engine's hot path (tens of thousands per simulated minute on a crowded
 * board), so whether a record was noted in this interval is one compare: each record's
 * interval stamp sits in a typed array at the record's index (unique on the board: records
 * are numbered as they are added), and the noted records and their copies sit side by side
 * in arrays, not a Map (hashing each touch was a good part of a rewindable run's extra).
 * The background demands changed are noted by name (touchBackground).
 *
 * A record never written since it was made needs no copy at all: it is made fresh again
 * (engine/records.ts, freshRecord) when the run goes back. On a crowded board that is most
 * first writes: each of 10,000 records is first written when it starts, and copying and later
 * comparing those records had been two thirds of a rewindable run's extra work.
 */
export interface Changes {
  /**
   * Records written since the last snapshot, in the order first written: the first `count`.
   * This array, `kinds` and `copies` keep their room from one interval to the next, and what
   * lies past `count` is left as it was (overwritten as the next interval notes records; what
   * it points to is held by the board or an undo, but for a few records after a seek back).
   */
  records: InstanceRecord[];
  /** How many records are noted in this interval. */
  count: number;
  /**
   * Beside each (copy i of record i), a shallow copy of it as it was at the last snapshot, when
   * its kind is COPIED; when FRESH, only its spec and nested values (noteFresh).
   */
  copies: RecordCopies;
  /** Beside each, how it was noted: COPIED, JOINED (it joined the board since the last snapshot: no copy) or FRESH. */
  kinds: NotedKind[];
  /** By record index: 1 once the record was written since it was made (0: it is as freshRecord makes it). */
  written: Uint8Array;
  /** The interval now; bumped when one closes, so every stamp below goes stale at once. */
  interval: number;
  /** By record index: the interval the record was last noted in (0: never). */
  stamps: Int32Array;
  /** Whether a record joined or left the board since the last snapshot. */
  membership: boolean;
  /** Whether the CPU claims (cpuClaims) changed since the last snapshot. */
  claims: boolean;
  /** Whether the image layers on the host (layers) changed since the last snapshot. */
  layers: boolean;
  /** The background demands changed since the last snapshot, as they were then (engine/snapshot-background.ts). */
  background: BackgroundUndo;
  /**
   * Whether a snapshot holds the live state's `instances` and `order` themselves: they are
   * copied before a record joins or leaves, not at each snapshot (membership rarely changes,
   * and copying 10,000 names took longer than the rest of a snapshot).
   */
  membersShared: boolean;
}

/** A record noted with a copy of it as it was at the last snapshot. */
export const COPIED = 0;
/** A record that joined the board since the last snapshot: going back removes it. */
export const JOINED = 1;
/** A record never written before since it was made: going back makes it fresh again. */
export const FRESH = 2;
export type NotedKind = typeof COPIED | typeof JOINED | typeof FRESH;

export function createChanges(): Changes {
  return {
    records: [], count: 0, copies: createRecordCopies(), kinds: [], written: new Uint8Array(1024),
    interval: 1, stamps: new Int32Array(1024), membership: false, claims: false, layers: false, background: new Map(), membersShared: false,
  };
}

/** Makes room in the arrays kept by record index for index `i`. */
function roomForIndex(changes: Changes, i: number): void {
  const length = Math.max(2 * changes.stamps.length, i + 1);
  const stamps = new Int32Array(length);
  stamps.set(changes.stamps);
  changes.stamps = stamps;
  const written = new Uint8Array(length);
  written.set(changes.written);
  changes.written = written;
}

/** Notes `inst` as written in this interval (with a copy of it, unless it joined the board since or is fresh), unless it already is. */
function note(changes: Changes, inst: InstanceRecord, joined: boolean): void {
  const i = inst.index;
  if (i >= changes.stamps.length) roomForIndex(changes, i);
  changes.stamps[i] = changes.interval;
  const slot = changes.count++;
  let kind: NotedKind;
  if (joined) kind = JOINED;
  else if (changes.written[i] === 0) {
    kind = FRESH;
    noteFresh(changes.copies, slot, inst);
  } else {
    kind = COPIED;
    copyRecord(inst, changes.copies, slot);
  }
  changes.written[i] = 1;
  changes.records[slot] = inst;
  changes.kinds[slot] = kind;
}

/** Call before writing any field of `inst`. */
export function touch(sim: Simulation, inst: InstanceRecord): void {
  const changes = sim.changes;
  if (changes && changes.stamps[inst.index] !== changes.interval) note(changes, inst, false);
}

/** Call before changing the CPU claims. */
export function touchClaims(sim: Simulation): void {
  if (sim.changes) sim.changes.claims = true;
}

/** Call before changing the image layers on the host (adding one, changing one or its waiters). */
export function touchLayers(sim: Simulation): void {
  if (sim.changes) sim.changes.layers = true;
}

/** Call before changing `name`'s background demand (cpuBackground). */
export function touchBackground(sim: Simulation, name: string): void {
  const background = sim.changes?.background;
  if (background && !background.has(name)) background.set(name, sim.state.cpuBackground[name]);
}

/** The live state's membership made its own before it changes, if a snapshot holds it. */
function ownMembers(sim: Simulation, changes: Changes): void {
  changes.membership = true;
  if (!changes.membersShared) return;
  sim.state.instances = copyByName(sim.state.instances);
  sim.state.order = sim.state.order.slice();
  changes.membersShared = false;
}

/** Call before a record joins the board (`instances` and `order`). */
export function touchAdded(sim: Simulation, inst: InstanceRecord): void {
  const changes = sim.changes;
  if (!changes) return;
  if (changes.stamps[inst.index] !== changes.interval) note(changes, inst, true);
  ownMembers(sim, changes);
}

/** Call before a record leaves the board. */
export function touchRemoved(sim: Simulation, inst: InstanceRecord): void {
  touch(sim, inst);
  if (sim.changes) ownMembers(sim, sim.changes);
}

/**
 * The record `inst` was at the last snapshot, as noted in this interval: undefined, not noted;
 * null, it joined the board since (for tests and inspection, not the hot path).
 */
export function notedCopy(sim: Simulation, changes: Changes, inst: InstanceRecord): InstanceRecord | null | undefined {
  if (changes.stamps[inst.index] !== changes.interval) return undefined;
  const i = changes.records.indexOf(inst);
  const kind = changes.kinds[i];
  if (kind === JOINED) return null;
  return kind === FRESH ? freshRecord(sim, copiedSpec(changes.copies, i), inst.index) : recordOfCopy(changes.copies, i);
}

/** Starts a new interval: nothing noted (the records' membership and claims flags are the caller's). */
export function clearNoted(changes: Changes): void {
  changes.count = 0;
  changes.interval++;
}
