import type { SimState } from './state';

/**
 * The CPU's background demands (`cpuBackground`: an idle server's housekeeping, one entry per
 * running top-level instance whose demand is that small: thousands on a crowded board) kept by
 * snapshots as an undo instead of a copy, as the records are (engine/snapshot.ts).
 *
 * The engine notes a name's demand as it was at the last snapshot before it changes it
 * (touchBackground in engine/changes.ts); a snapshot keeps those notes of the interval that
 * follows it, and going back puts them back, newest first. Copying the whole dictionary at
 * each snapshot (the demands change at every start and stop) had been a good part of what
 * snapshots cost on a crowded board. Only its entries matter, not their order: the engine
 * reads it by name and never walks it (engine/cpu.ts).
 */

/** By name, the demand at the last snapshot; undefined: it had none. */
export type BackgroundUndo = Map<string, number | undefined>;

/** Values an undo holds (as copyFlat counts a dictionary's entries). */
export function backgroundUndoValues(undo: BackgroundUndo): number {
  return undo.size;
}

/** Values the live dictionary holds: one for it and one per entry (as copyFlat counts it). */
export function backgroundValues(background: SimState['cpuBackground']): number {
  let n = 1;
  for (const _ in background) n++;
  return n;
}

/** How the live dictionary's entries changed over the interval `undo` noted. */
export function backgroundDelta(undo: BackgroundUndo, background: SimState['cpuBackground']): number {
  let delta = 0;
  for (const [name, was] of undo) delta += (background[name] !== undefined ? 1 : 0) - (was !== undefined ? 1 : 0);
  return delta;
}

/** Puts back the demands `undo` noted. */
export function rewindBackground(background: SimState['cpuBackground'], undo: BackgroundUndo): void {
  for (const [name, was] of undo) {
    if (was === undefined) delete background[name];
    else background[name] = was;
  }
}

/** Merges the undo of a dropped snapshot into the one before it (its own notes win). Returns the values added. */
export function mergeBackgroundUndo(into: BackgroundUndo, from: BackgroundUndo): number {
  let added = 0;
  for (const [name, was] of from) {
    if (into.has(name)) continue;
    into.set(name, was);
    added++;
  }
  return added;
}
