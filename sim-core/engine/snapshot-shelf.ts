import type { DaemonState } from './state';
import { byName } from './by-name';
import { copyFlat, copyPlain, type Counter } from './plain-copy';

/**
 * What snapshots share instead of copying: the container engines' waiting queues.
 *
 * A burst of `docker run` leaves thousands of starts waiting in the host's daemon, and the
 * queue drains a few per second: between two snapshots a few hundred entries leave its front
 * and a few join its back, the thousands in between stay. Copying the queue at each snapshot
 * made it most of what a snapshot held once the board was booted. Instead, each daemon has a
 * list on the shelf, append-only, of the entries its queue held at a snapshot, in queue order;
 * a snapshot holds its queue as ranges of that list. The entries still waiting since the
 * snapshot before are found in that one's ranges (a queue keeps its order: entries leave from
 * the front, or from anywhere when a waiting start is stopped), the ones queued since are
 * appended. A queue entry is never mutated once queued (state.ts), so sharing it is exact.
 */

export type WaitEntry = DaemonState['queue'][number];

/** Per daemon ('host' or a VM's name), the entries its queue held at the snapshots. */
export type Shelf = Map<string, WaitEntry[]>;

/** A daemon as a snapshot holds it: its queue as ranges of its list on the shelf. */
export type DaemonCopy = Omit<DaemonState, 'queue'> & {
  /** [from, to) pairs of indexes into the shelf's list. */
  queue: readonly number[];
  /** Length of the shelf's list when the snapshot was taken. */
  shelved: number;
};

/**
 * `queue` as ranges of `list`: the entries found in `previous` (the snapshot before's ranges)
 * where they were, the others appended to `list`.
 *
 * The queue holds thousands in a burst and a snapshot is taken every few hundred events, so
 * the stretches still in place are not walked entry by entry: once an entry is found at
 * list[p], how far the queue goes on matching list[p], list[p + 1], ... is found by halving.
 * That is exact because the queue keeps the list's order, entries leave it but none is
 * inserted before an old one, and none repeats: past the first entry that does not match,
 * none matches again (it is a later entry of the list, or one queued since).
 */
function shelve(list: WaitEntry[], previous: readonly number[], queue: readonly WaitEntry[]): number[] {
  const ranges: number[] = [];
  const add = (from: number, to: number) => {
    if (ranges.length > 0 && ranges[ranges.length - 1] === from) ranges[ranges.length - 1] = to;
    else ranges.push(from, to);
  };
  const matches = (i: number, p: number, k: number) => queue[i + k - 1] === list[p + k - 1];
  let r = 0;
  let p = previous[0] ?? 0;
  let end = previous[1] ?? 0;
  let i = 0;
  found: while (i < queue.length) {
    const entry = queue[i];
    for (;;) {
      if (p >= end) {
        r += 2;
        // Not among the entries of the snapshot before: queued since, as are all after it.
        if (r >= previous.length) break found;
        p = previous[r]!;
        end = previous[r + 1]!;
      } else if (list[p] === entry) break;
      else p++;
    }
    // queue[i ..] matches list[p ..] for `run` entries (at least 1, at most `most`).
    let run = 1;
    let most = Math.min(end - p, queue.length - i);
    if (matches(i, p, most)) run = most;
    else {
      while (most - run > 1) {
        const mid = (run + most) >>> 1;
        if (matches(i, p, mid)) run = mid;
        else most = mid;
      }
    }
    add(p, p + run);
    i += run;
    p += run;
  }
  if (i < queue.length) {
    const from = list.length;
    for (; i < queue.length; i++) list.push(queue[i]!);
    add(from, list.length);
  }
  return ranges;
}

/**
 * The daemons as a snapshot holds them, their queues shelved against `previous` (the daemons
 * of the snapshot before, null for none). Counts the values this snapshot adds in `count`,
 * and of those the entries it appended to the shelf in `appended`.
 */
export function shelveDaemons(
  shelf: Shelf, daemons: Readonly<Record<string, DaemonState>>, previous: Readonly<Record<string, DaemonCopy>> | null,
  count: Counter, appended: Counter,
): Record<string, DaemonCopy> {
  const out = byName<DaemonCopy>();
  for (const key of Object.keys(daemons)) {
    const { queue, serving, ...rest } = daemons[key]!;
    let list = shelf.get(key);
    if (!list) {
      list = [];
      shelf.set(key, list);
    }
    const before = list.length;
    const ranges = shelve(list, previous?.[key]?.queue ?? [], queue);
    appended.n += list.length - before;
    count.n += 2 + ranges.length + list.length - before;
    out[key] = { ...copyPlain(rest, count), serving: copyFlat(serving, count), queue: ranges, shelved: list.length };
  }
  return out;
}

/** The daemons back from a snapshot's copy, for the live state (which mutates them). */
export function unshelveDaemons(shelf: Shelf, copies: Readonly<Record<string, DaemonCopy>>): Record<string, DaemonState> {
  const out = byName<DaemonState>();
  const count = { n: 0 };
  for (const key of Object.keys(copies)) {
    const { queue: ranges, shelved: _shelved, serving, ...rest } = copies[key]!;
    const list = shelf.get(key) ?? [];
    let queue: WaitEntry[] = ranges.length > 0 ? list.slice(ranges[0], ranges[1]) : [];
    for (let r = 2; r < ranges.length; r += 2) queue = queue.concat(list.slice(ranges[r], ranges[r + 1]));
    out[key] = { ...copyPlain(rest, count), serving: copyFlat(serving, count), queue };
  }
  return out;
}

/**
 * Going back to a snapshot: each list cut to what it held then (what later snapshots
 * appended goes with them); null, a snapshot made again from the scenario: all of it.
 */
export function trimShelf(shelf: Shelf, copies: Readonly<Record<string, DaemonCopy>> | null): void {
  for (const [key, list] of shelf) {
    const copy = copies?.[key];
    if (copy) list.length = copy.shelved;
    else shelf.delete(key);
  }
}
