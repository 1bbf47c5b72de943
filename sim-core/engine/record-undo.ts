import type { InstanceRecord, Simulation } from './state';
import { fieldValues } from './record-counts';
import { resetToFresh } from './records';

/**
 * What a snapshot keeps of the records written before the next one (engine/snapshot.ts): for
 * each, the fields that changed with their values at that snapshot. Three flat arrays per
 * snapshot, appended to as the interval closes: record i's pairs (field name, value) are
 * pairs[ends[i - 1] .. ends[i]) (from 0 for the first). A Map of one small array per record
 * had cost an array, a hash and an entry for each of the ~15,000 records a crowd's boot writes.
 */
export interface Undo {
  records: InstanceRecord[];
  ends: number[];
  pairs: unknown[];
  /**
   * Records that were fresh at that snapshot (never written since made: engine/changes.ts),
   * each with the spec it was made from: (record, spec) pairs. Going back makes them again.
   */
  fresh: unknown[];
}

export function createUndo(): Undo {
  return { records: [], ends: [], pairs: [], fresh: [] };
}

/** Values an undo's fresh records hold: each one's reference and spec (the spec is the scenario's, counted with it). */
export const FRESH_VALUES = 1;

/**
 * Appends to `undo` the first `count` records of `records`, their `ends` (counted from 0) and
 * the first `length` of `pairs`, and the first `freshLength` of `fresh`.
 */
export function appendUndo(
  undo: Undo, records: readonly InstanceRecord[], ends: readonly number[], pairs: readonly unknown[], count: number, length: number,
  fresh: readonly unknown[], freshLength: number,
): void {
  if (undo.fresh.length === 0) undo.fresh = fresh.slice(0, freshLength);
  else for (let f = 0; f < freshLength; f++) undo.fresh.push(fresh[f]);
  const offset = undo.pairs.length;
  if (offset === 0 && undo.records.length === 0) {
    undo.records = records.slice(0, count);
    undo.ends = ends.slice(0, count);
    undo.pairs = pairs.slice(0, length);
    return;
  }
  for (let i = 0; i < count; i++) {
    undo.records.push(records[i]!);
    undo.ends.push(ends[i]! + offset);
  }
  for (let p = 0; p < length; p++) undo.pairs.push(pairs[p]);
}

/** Puts the records an undo names back as they were at its snapshot; `written` (by record index) is cleared for those made fresh. */
export function applyUndo(sim: Simulation, undo: Undo, written: Uint8Array): void {
  const { records, ends, pairs, fresh } = undo;
  let p = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as unknown as Record<string, unknown>;
    for (const end = ends[i]!; p < end; p += 2) r[pairs[p] as string] = pairs[p + 1];
  }
  for (let f = 0; f < fresh.length; f += 2) makeFresh(sim, fresh[f] as InstanceRecord, fresh[f + 1] as InstanceRecord['spec'], written);
}

/** Puts `r` back as freshRecord made it from `spec`. */
export function makeFresh(sim: Simulation, r: InstanceRecord, spec: InstanceRecord['spec'], written: Uint8Array): void {
  resetToFresh(sim, r, spec);
  written[r.index] = 0;
}

/** Values an undo holds. */
export function undoValues(undo: Undo): number {
  let n = FRESH_VALUES * (undo.fresh.length / 2);
  for (let p = 1; p < undo.pairs.length; p += 2) n += fieldValues(undo.pairs[p]);
  return n;
}

/**
 * Merges the undo of a dropped snapshot (`from`, the interval after `into`'s) into the one
 * before it: a field both hold keeps `into`'s value, the earlier. Returns the values added.
 * Rare (only when snapshots outgrow their share of memory), so it makes the merged arrays anew.
 */
export function mergeUndo(into: Undo, from: Undo): number {
  const later = new Map<InstanceRecord, number>();
  for (let j = 0; j < from.records.length; j++) later.set(from.records[j]!, j);
  // A record fresh at the earlier snapshot is made fresh again: what the later one changed goes.
  for (let f = 0; f < into.fresh.length; f += 2) later.delete(into.fresh[f] as InstanceRecord);
  const merged = createUndo();
  // Fresh at the later snapshot: not written before it, so in neither of into's lists.
  merged.fresh = into.fresh.concat(from.fresh);
  let added = FRESH_VALUES * (from.fresh.length / 2);
  const copyFrom = (j: number, skipFrom: number, skipTo: number) => {
    for (let p = j > 0 ? from.ends[j - 1]! : 0; p < from.ends[j]!; p += 2) {
      if (names(merged.pairs, skipFrom, skipTo, from.pairs[p])) continue;
      merged.pairs.push(from.pairs[p], from.pairs[p + 1]);
      added += fieldValues(from.pairs[p + 1]);
    }
  };
  for (let i = 0; i < into.records.length; i++) {
    const record = into.records[i]!;
    const start = merged.pairs.length;
    for (let p = i > 0 ? into.ends[i - 1]! : 0; p < into.ends[i]!; p++) merged.pairs.push(into.pairs[p]);
    const j = later.get(record);
    if (j !== undefined) {
      later.delete(record);
      copyFrom(j, start, merged.pairs.length);
    }
    merged.records.push(record);
    merged.ends.push(merged.pairs.length);
  }
  // Records only the later interval wrote, in its order.
  for (const [record, j] of later) {
    copyFrom(j, 0, 0);
    merged.records.push(record);
    merged.ends.push(merged.pairs.length);
  }
  into.records = merged.records;
  into.ends = merged.ends;
  into.pairs = merged.pairs;
  into.fresh = merged.fresh;
  return added;
}

/** Whether the pairs in [from, to) name `key`. */
function names(pairs: readonly unknown[], from: number, to: number, key: unknown): boolean {
  for (let p = from; p < to; p += 2) if (pairs[p] === key) return true;
  return false;
}
