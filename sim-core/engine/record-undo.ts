import type { InstanceRecord } from './state';
import { fieldValues } from './record-counts';

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
}

export function createUndo(): Undo {
  return { records: [], ends: [], pairs: [] };
}

/** Appends to `undo` the first `count` records of `records`, their `ends` (counted from 0) and the first `length` of `pairs`. */
export function appendUndo(undo: Undo, records: readonly InstanceRecord[], ends: readonly number[], pairs: readonly unknown[], count: number, length: number): void {
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

/** Puts the records an undo names back as they were at its snapshot. */
export function applyUndo(undo: Undo): void {
  const { records, ends, pairs } = undo;
  let p = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as unknown as Record<string, unknown>;
    for (const end = ends[i]!; p < end; p += 2) r[pairs[p] as string] = pairs[p + 1];
  }
}

/** Values an undo holds. */
export function undoValues(undo: Undo): number {
  let n = 0;
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
  const merged = createUndo();
  let added = 0;
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
  return added;
}

/** Whether the pairs in [from, to) name `key`. */
function names(pairs: readonly unknown[], from: number, to: number, key: unknown): boolean {
  for (let p = from; p < to; p += 2) if (pairs[p] === key) return true;
  return false;
}
