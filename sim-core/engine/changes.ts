import type { InstanceRecord, Simulation } from './state';
import { copyByName } from './by-name';
import { clearCopies, copyRecord, createRecordCopies, recordOfCopy, type RecordCopies } from './record-fields';
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
 */
export interface Changes {
  /** Records written since the last snapshot, in the order first written. */
  records: InstanceRecord[];
  /** Beside each (copy i of record i), a shallow copy of it as it was at the last snapshot, unless it joined the board since. */
  copies: RecordCopies;
  /** Beside each, whether it joined the board since the last snapshot (and so has no copy). */
  joined: boolean[];
  /** The interval now; bumped when one closes, so every stamp below goes stale at once. */
  interval: number;
  /** By record index: the interval the record was last noted in (0: never). */
  stamps: Int32Array;
  /** Whether a record joined or left the board since the last snapshot. */
  membership: boolean;
  /** Whether the CPU claims (cpuClaims) changed since the last snapshot. */
  claims: boolean;
  /** The background demands changed since the last snapshot, as they were then (engine/snapshot-background.ts). */
  background: BackgroundUndo;
  /**
   * Whether a snapshot holds the live state's `instances` and `order` themselves: they are
   * copied before a record joins or leaves, not at each snapshot (membership rarely changes,
   * and copying 10,000 names took longer than the rest of a snapshot).
   */
  membersShared: boolean;
}

export function createChanges(): Changes {
  return { records: [], copies: createRecordCopies(), joined: [], interval: 1, stamps: new Int32Array(1024), membership: false, claims: false, background: new Map(), membersShared: false };
}

/** Notes `inst` as written in this interval, with a copy of it unless it joined the board since, unless it already is. */
function note(changes: Changes, inst: InstanceRecord, joined: boolean): void {
  const i = inst.index;
  if (i >= changes.stamps.length) {
    const grown = new Int32Array(Math.max(2 * changes.stamps.length, i + 1));
    grown.set(changes.stamps);
    changes.stamps = grown;
  }
  changes.stamps[i] = changes.interval;
  if (!joined) copyRecord(inst, changes.copies, changes.records.length);
  changes.records.push(inst);
  changes.joined.push(joined);
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

/** The copy noted of `inst` in this interval: undefined, not noted; null, it joined the board since. */
export function notedCopy(changes: Changes, inst: InstanceRecord): InstanceRecord | null | undefined {
  if (changes.stamps[inst.index] !== changes.interval) return undefined;
  const i = changes.records.indexOf(inst);
  return changes.joined[i] ? null : recordOfCopy(changes.copies, i);
}

/** Starts a new interval: nothing noted (the records' membership and claims flags are the caller's). */
export function clearNoted(changes: Changes): void {
  clearCopies(changes.copies, changes.records.length);
  changes.records.length = 0;
  changes.joined.length = 0;
  changes.interval++;
}
