import type { Scheduled } from './state';
import type { EventQueue } from './queue';
import type { Counter } from './plain-copy';

/**
 * The scenario's timeline, shared by the snapshots instead of copied into each. A scenario
 * schedules its actions when the simulation is made (10,200 starts in the first minute of the
 * bench's run), and the queue holds those not yet due: in a burst, thousands, most of what a
 * snapshot copied. They are known from the start and leave the queue in time order, so a
 * snapshot's queue keeps its heap order as sequence numbers, and the time and item only of
 * what was scheduled since; the timeline's entries come from one table beside the snapshots,
 * made at the first snapshot from what is still due. The table drops the entries due by the
 * oldest snapshot that may need them; it goes when no snapshot but 0:00 is left.
 */
export interface Timeline {
  /** Sequence numbers below this were scheduled when the simulation was made. */
  initialSeq: number;
  /** Sequence number of the table's first entry (the table holds base, base + 1, ...). */
  base: number;
  times: number[];
  items: Scheduled[];
}

/** The event queue as a snapshot holds it: with a timeline, times and items of the later entries only. */
export interface QueueCopy {
  seqs: number[];
  times: number[];
  items: Scheduled[];
  /** Whether the entries below the timeline's initialSeq are left to the timeline. */
  shared: boolean;
}

/** The timeline's entries still in `queue` (those scheduled before `initialSeq`), as a table. */
export function timelineOf(queue: EventQueue<Scheduled>, initialSeq: number): Timeline {
  let base = initialSeq;
  for (const seq of queue.seqs) if (seq < base) base = seq;
  // Holes where an entry left early (a scenario's events out of time order).
  const times = new Array<number>(initialSeq - base);
  const items = new Array<Scheduled>(initialSeq - base);
  for (let i = 0; i < queue.seqs.length; i++) {
    const seq = queue.seqs[i]!;
    if (seq >= initialSeq) continue;
    times[seq - base] = queue.times[i]!;
    items[seq - base] = queue.items[i]!;
  }
  return { initialSeq, base, times, items };
}

/** Values the table holds. */
export function timelineValues(timeline: Timeline | null): number {
  return timeline ? 2 * timeline.times.length : 0;
}

/** Drops the entries due at or before `atMs`: every snapshot that may still be taken or gone back to is later. */
export function trimTimeline(timeline: Timeline | null, atMs: number): void {
  if (!timeline) return;
  let n = 0;
  while (n < timeline.times.length && !(timeline.times[n]! > atMs)) n++;
  if (n === 0) return;
  timeline.times.splice(0, n);
  timeline.items.splice(0, n);
  timeline.base += n;
}

/** A snapshot's copy of the queue: the heap order whole, the timeline's entries left to it. */
export function copyQueueShared(q: EventQueue<Scheduled>, timeline: Timeline | null, count: Counter): QueueCopy {
  if (!timeline) {
    count.n += 3 * q.times.length;
    return { seqs: q.seqs.slice(), times: q.times.slice(), items: q.items.slice(), shared: false };
  }
  // Counted first, then copied into arrays made at their size: grown by push, the copy ran in
  // code V8 kept deoptimising (the arrays' element kinds changed as they grew).
  const seqs = q.seqs;
  const initialSeq = timeline.initialSeq;
  let later = 0;
  for (let i = 0; i < seqs.length; i++) {
    const seq = seqs[i]!;
    if (seq >= initialSeq) later++;
    // Not in the table (it cannot be: the table keeps what is still due): copied whole.
    else if (seq < timeline.base) return copyQueueShared(q, null, count);
  }
  const times = new Array<number>(later);
  const items = new Array<Scheduled>(later);
  for (let i = 0, j = 0; j < later; i++) {
    if (seqs[i]! < initialSeq) continue;
    times[j] = q.times[i]!;
    items[j++] = q.items[i]!;
  }
  count.n += seqs.length + 2 * later;
  return { seqs: q.seqs.slice(), times, items, shared: true };
}

/** The queue back from a snapshot's copy, for the live state (which mutates it). */
export function restoreQueue(copy: QueueCopy, timeline: Timeline | null): EventQueue<Scheduled> {
  if (!copy.shared) return { seqs: copy.seqs.slice(), times: copy.times.slice(), items: copy.items.slice() };
  const n = copy.seqs.length;
  const times = new Array<number>(n);
  const items = new Array<Scheduled>(n);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const seq = copy.seqs[i]!;
    if (seq < timeline!.initialSeq) {
      times[i] = timeline!.times[seq - timeline!.base]!;
      items[i] = timeline!.items[seq - timeline!.base]!;
    } else {
      times[i] = copy.times[j]!;
      items[i] = copy.items[j++]!;
    }
  }
  return { seqs: copy.seqs.slice(), times, items };
}
