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

/**
 * The event queue as a snapshot holds it: with a timeline, times and items of the later entries
 * only. Its numbers sit in typed arrays: their storage lies outside the garbage-collected heap,
 * so the thousands of sequence numbers each snapshot of a burst keeps are never moved by the
 * collector (as plain arrays they were copied twice over, a good part of a rewindable run's
 * extra collection).
 */
export interface QueueCopy {
  seqs: Float64Array;
  times: Float64Array;
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
    return { seqs: Float64Array.from(q.seqs), times: Float64Array.from(q.times), items: q.items.slice(), shared: false };
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
  const times = new Float64Array(later);
  const items = new Array<Scheduled>(later);
  for (let i = 0, j = 0; j < later; i++) {
    if (seqs[i]! < initialSeq) continue;
    times[j] = q.times[i]!;
    items[j++] = q.items[i]!;
  }
  count.n += seqs.length + 2 * later;
  return { seqs: Float64Array.from(seqs), times, items, shared: true };
}

/**
 * The numbers of a typed array as the engine keeps them in a plain array: whole ones as small
 * integers (a number read from a Float64Array may come boxed, and one boxed number in an array
 * of small integers makes the whole array one of doubles, a new kind for the queue's code).
 */
function plainNumbers(from: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < from.length; i++) {
    const v = from[i]!;
    out.push(v === (v | 0) && (v !== 0 || 1 / v > 0) ? v | 0 : v);
  }
  return out;
}

/** The queue back from a snapshot's copy, for the live state (which mutates it). */
export function restoreQueue(copy: QueueCopy, timeline: Timeline | null): EventQueue<Scheduled> {
  if (!copy.shared) return { seqs: plainNumbers(copy.seqs), times: plainNumbers(copy.times), items: copy.items.slice() };
  const n = copy.seqs.length;
  const later = plainNumbers(copy.times);
  const times: number[] = [];
  const items: Scheduled[] = [];
  let j = 0;
  for (let i = 0; i < n; i++) {
    const seq = copy.seqs[i]!;
    if (seq < timeline!.initialSeq) {
      times.push(timeline!.times[seq - timeline!.base]!);
      items.push(timeline!.items[seq - timeline!.base]!);
    } else {
      times.push(later[j]!);
      items.push(copy.items[j++]!);
    }
  }
  return { seqs: plainNumbers(copy.seqs), times, items };
}
