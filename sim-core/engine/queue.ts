/**
 * The future event list: a binary min-heap ordered by (time, sequence). Ties in time break on
 * the sequence number given at scheduling, so equal-time events run in the order they were
 * scheduled and a run is reproducible (flatqueue and most heaps do not keep that order).
 * Plain arrays, so the queue clones with the rest of the state.
 */
export interface EventQueue<T> {
  times: number[];
  seqs: number[];
  items: T[];
}

export function createQueue<T>(): EventQueue<T> {
  return { times: [], seqs: [], items: [] };
}

export function queueSize<T>(q: EventQueue<T>): number {
  return q.times.length;
}

function less<T>(q: EventQueue<T>, a: number, b: number): boolean {
  const ta = q.times[a]!;
  const tb = q.times[b]!;
  return ta < tb || (ta === tb && q.seqs[a]! < q.seqs[b]!);
}

function swap<T>(q: EventQueue<T>, a: number, b: number): void {
  const t = q.times[a]!; q.times[a] = q.times[b]!; q.times[b] = t;
  const s = q.seqs[a]!; q.seqs[a] = q.seqs[b]!; q.seqs[b] = s;
  const i = q.items[a]!; q.items[a] = q.items[b]!; q.items[b] = i;
}

/**
 * The same time, made by integer arithmetic when it is a whole number of ms that fits 32 bits.
 * Times are computed in floating point (Math.ceil, sums), and V8 keeps such a result boxed;
 * the clock is set from this queue, and once one boxed time reached it every log entry and
 * phase span stamped from it carried a box of its own that the garbage collector copied
 * (143,000 of the objects a 10,000-instance run keeps). The value is the same (a fraction, or a
 * time past 2^31 ms, is kept as it is), so no JavaScript engine computes differently.
 */
function wholeTime(time: number): number {
  const whole = time | 0;
  return whole === time ? whole : time;
}

export function push<T>(q: EventQueue<T>, time: number, seq: number, item: T): void {
  q.times.push(wholeTime(time));
  q.seqs.push(seq);
  q.items.push(item);
  let i = q.times.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!less(q, i, parent)) break;
    swap(q, i, parent);
    i = parent;
  }
}

export function peekTime<T>(q: EventQueue<T>): number | undefined {
  return q.times[0];
}

export function pop<T>(q: EventQueue<T>): { time: number; seq: number; item: T } | undefined {
  if (q.times.length === 0) return undefined;
  const time = q.times[0]!;
  const seq = q.seqs[0]!;
  return { time, seq, item: popItem(q)! };
}

/** Removes the earliest item and returns it (its time was peekTime's), making no object for it: the engine pops one per event. */
export function popItem<T>(q: EventQueue<T>): T | undefined {
  const n = q.times.length;
  if (n === 0) return undefined;
  const top = q.items[0]!;
  const lastTime = q.times.pop()!;
  const lastSeq = q.seqs.pop()!;
  const lastItem = q.items.pop()!;
  if (n > 1) {
    q.times[0] = lastTime;
    q.seqs[0] = lastSeq;
    q.items[0] = lastItem;
    const size = n - 1;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && less(q, l, m)) m = l;
      if (r < size && less(q, r, m)) m = r;
      if (m === i) break;
      swap(q, i, m);
      i = m;
    }
  }
  return top;
}
