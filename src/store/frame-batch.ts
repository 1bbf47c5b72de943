/**
 * Frames that arrive while more are on their way are merged and committed once: 10,000 rapid
 * live actions are answered by 10,000 frames, and committing each would render the page
 * 10,000 times. The last frame of a burst commits at once, so a caller that awaits the
 * worker (settled) still reads the final state.
 */
import type { Frame } from '../worker/protocol';

/** Appends `b`'s span to `a`'s in place (the common case: a burst only appends), else takes `b`'s or cuts `a`'s. */
function mergeSpansInto<T>(a: { from: number; entries: T[] }, bFrom: number, b: T[]): void {
  if (bFrom <= a.from) {
    a.from = bFrom;
    a.entries = b.slice();
    return;
  }
  const keep = bFrom - a.from;
  if (keep < a.entries.length) a.entries.length = keep;
  for (const e of b) a.entries.push(e);
}

/** Committing `held` then `b` is committing what `held` becomes (held is this module's own copy). */
function mergeInto(held: Frame, b: Frame): void {
  const log = { from: held.logFrom, entries: held.logEntries };
  mergeSpansInto(log, b.logFrom, b.logEntries);
  const history = { from: held.historyFrom, entries: held.historyEntries };
  mergeSpansInto(history, b.historyFrom, b.historyEntries);
  held.view = b.view;
  held.logFrom = log.from;
  held.logEntries = log.entries;
  held.historyFrom = history.from;
  held.historyEntries = history.entries;
  if (b.rejected !== undefined) held.rejected = b.rejected;
  if (b.until !== undefined) held.until = b.until;
}

/** One frame equal to committing `a` then `b`. */
export function mergeFrames(a: Frame, b: Frame): Frame {
  const merged = own(a);
  mergeInto(merged, b);
  return merged;
}

function own(f: Frame): Frame {
  return { ...f, logEntries: f.logEntries.slice(), historyEntries: f.historyEntries.slice() };
}

/**
 * A frame listener that holds frames while `morePending()` and commits their merge with the
 * last; `idle` resolves once nothing is in flight (the burst may end with an answer that is
 * not a frame), and flushes what is still held.
 */
export function coalescing(commit: (frame: Frame) => void, morePending: () => boolean, idle: () => Promise<void>): (frame: Frame) => void {
  let held: Frame | null = null;
  let waiting = false;
  const flush = (): void => {
    const out = held;
    held = null;
    if (out) commit(out);
  };
  return (frame) => {
    if (held) mergeInto(held, frame);
    else held = own(frame);
    if (!morePending()) return flush();
    if (waiting) return;
    waiting = true;
    void idle().then(() => {
      waiting = false;
      flush();
    });
  };
}
