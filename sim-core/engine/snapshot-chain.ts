import type { InstanceSpec, Scenario } from '../scenario/types';
import type { SimState } from './state';
import { createSimulation } from './simulation';
import {
  closeInterval, liveRecordValuesOf, liveValuesOf, membersOf, membersValues, openIntervalValues,
  restoreMembers, restoreRest, rewindRecords, snapshotRest, type Members, type RestCopy, type RestOfState, type StateWithoutLogs,
} from './snapshot';
import { createUndo, mergeUndo, type Undo } from './record-undo';
import { trimShelf } from './snapshot-shelf';
import { backgroundDelta, backgroundValues, mergeBackgroundUndo, rewindBackground, type BackgroundUndo } from './snapshot-background';
import { timelineOf, timelineValues, trimTimeline } from './snapshot-timeline';
import { countPlain } from './plain-copy';
import { clearNoted } from './changes';
import { carryChildIndex } from './board-index';
import { RECORD_FIELDS } from './record-fields';
import type { Run } from './run';

/**
 * A run's chain of snapshots (engine/run.ts plays the run; engine/snapshot.ts makes each
 * snapshot): taking one when it falls due, the first at 0:00, keeping the chain within its
 * share of memory, and going back to one.
 */

/** Snapshots hold at most this share of what the run holds live (estimated in values, see liveValues). */
export const SNAPSHOT_MEMORY_SHARE = 0.5;
/**
 * A snapshot falls due sooner where events do more: once records written since the last one
 * reach this share of its events (engine/run.ts), and the work between two counts so. In a
 * burst of starts an event writes about one record and costs two to four times a quiet one;
 * later it writes a quarter of one.
 */
export const SNAPSHOT_WRITTEN_SHARE = 0.5;

export interface Snapshot {
  atMs: number;
  /** How many recorded actions the snapshot already includes. */
  actionsApplied: number;
  /** Events processed by then. */
  processed: number;
  /**
   * Work done by then, what spaces snapshots and what the bound merges by: per interval, its
   * events or, where more, the records written over SNAPSHOT_WRITTEN_SHARE.
   */
  work: number;
  /** The state but its records and append-only arrays; null: made again from the scenario (0:00 only). */
  rest: RestCopy | null;
  /** The board's membership, shared with the snapshot before while no record joined or left. */
  members: Members | null;
  /** Values then of the record fields written before the next snapshot (the newest's are in sim.changes). */
  undo: Undo;
  /** Likewise, the background demands changed before the next snapshot (engine/snapshot-background.ts). */
  background: BackgroundUndo;
  /** Values it holds that no other snapshot shares: its rest, its own membership, its undo. */
  ownValues: number;
  /** Of those, its undo's. */
  undoValues: number;
  /** Of those, the daemons' queue entries it put on the shelf (or took over from a snapshot merged away). */
  shelfValues: number;
  /** Values the live background demands held at that moment. */
  backgroundValues: number;
  logLength: number;
  incidentsLength: number;
  historyLength: number;
}

/** Values the scenario's instance specs hold (counted as a walk of plain data counts them). */
export function specValuesOf(scenario: Scenario): number {
  const specs = scenario.instances;
  const known = SPEC_VALUES.get(specs);
  if (known && known.length === specs.length) return known.values;
  const count = { n: 0 };
  for (const spec of specs) countPlain(spec, count);
  SPEC_VALUES.set(specs, { length: specs.length, values: count.n });
  return count.n;
}

/**
 * The specs' values by list, counted once: a run's scenario is not changed while runs are
 * made from it (the page's document makes a new list at each edit), and a list grown in place
 * since is counted again.
 */
const SPEC_VALUES = new WeakMap<readonly InstanceSpec[], { length: number; values: number }>();

/** Rough values of one log entry, memory sample and incident (their fields and data). */
const LOG_ENTRY_VALUES = 9;
const SAMPLE_VALUES = 4;
const INCIDENT_VALUES = 5;

function logValues(state: SimState): number {
  return LOG_ENTRY_VALUES * state.log.length + SAMPLE_VALUES * state.memoryHistory.length + INCIDENT_VALUES * state.incidents.length;
}

/** What the snapshots hold and what the run holds live, in values (SNAPSHOT_MEMORY_SHARE bounds their ratio). */
export function snapshotMemory(run: Run): { heldValues: number; liveValues: number } {
  const open = run.sim.changes ? openIntervalValues(run.sim.changes) + run.sim.changes.background.size : 0;
  return {
    heldValues: run.snapshots.reduce((sum, snap) => sum + snap.ownValues, 0) + open + timelineValues(run.timeline),
    liveValues: liveValuesOf(run.sim.state) + run.specValues + logValues(run.sim.state),
  };
}

/** A snapshot of the live state now, its records' changes since the last one closed into that one's undo. */
export function takeSnapshot(run: Run): void {
  const state = run.sim.state;
  const changes = run.sim.changes!;
  const last = run.snapshots[run.snapshots.length - 1]!;
  const work = last.work + Math.max(state.processed - last.processed, changes.count / SNAPSHOT_WRITTEN_SHARE);
  const closed = closeInterval(changes, last.rest ? last.undo : null);
  const background = changes.background;
  changes.background = new Map();
  run.backgroundValues += backgroundDelta(background, state.cpuBackground);
  if (last.rest) {
    last.background = background;
    last.ownValues += closed.undoValues + background.size;
    last.undoValues += closed.undoValues + background.size;
  }
  const own = closed.membership || !last.members;
  const members = own ? membersOf(state) : last.members;
  changes.membersShared = true;
  // The CPU claims grow with the board, and the layers with the images: shared with the snapshot before while unchanged.
  const unchanged: Partial<RestOfState> = {};
  if (!changes.claims && last.rest) unchanged.cpuClaims = last.rest.cpuClaims;
  if (!changes.layers && last.rest) unchanged.layers = last.rest.layers;
  changes.claims = false;
  changes.layers = false;
  run.timeline ??= timelineOf(state.queue, run.initialSeq);
  const { rest, values, shelved } = snapshotRest(state, run.shelf, run.timeline, last.rest, unchanged);
  run.snapshots.push({
    atMs: state.nowMs,
    actionsApplied: run.applied,
    processed: state.processed,
    work,
    rest,
    members,
    undo: createUndo(),
    background: new Map(),
    ownValues: values + (own ? membersValues(state.order) : 0),
    undoValues: 0,
    shelfValues: shelved,
    backgroundValues: run.backgroundValues,
    logLength: state.log.length,
    incidentsLength: state.incidents.length,
    historyLength: state.memoryHistory.length,
  });
  // What the run holds live but its records: counted exactly, here or as the run goes.
  const notRecords = values + membersValues(state.order) + run.backgroundValues + run.specValues + logValues(state);
  keepWithinBound(run, notRecords, state);
  // What is due by the oldest snapshot after 0:00 (or by now) is needed by none to come.
  trimTimeline(run.timeline, run.snapshots[1]?.atMs ?? state.nowMs);
}

/** The first snapshot: 0:00, made again from the scenario (`rest` null) or copied. */
export function firstSnapshot(run: Run, copied: boolean): Snapshot {
  const state = run.sim.state;
  if (copied) run.sim.changes!.membersShared = true;
  const copy = copied ? snapshotRest(state, run.shelf, null, null) : null;
  return {
    atMs: 0, actionsApplied: 0, processed: 0, work: 0,
    rest: copy ? copy.rest : null,
    members: copied ? membersOf(state) : null,
    undo: createUndo(),
    background: new Map(),
    ownValues: copy ? copy.values + membersValues(state.order) : 0,
    undoValues: 0,
    shelfValues: copy ? copy.shelved : 0,
    backgroundValues: run.backgroundValues,
    logLength: 0, incidentsLength: 0, historyLength: 0,
  };
}

/**
 * The least a record holds, as recordValues counts it: one value for each field but its spec
 * (counted with the scenario's specs), a nested one included.
 */
const LEAST_RECORD_VALUES = RECORD_FIELDS.length - 1;

/**
 * Merges snapshots away until they hold at most their share of what the run holds live:
 * `notRecords` (all but the records) and the records. The records are counted by a walk only
 * when the snapshots hold more than their share of a lower bound (each record's least): on a
 * crowded board the bound is two thirds of the exact figure or more, and snapshots hold a fifth
 * of it, so the walk (2-3 ms at 10,000 instances) is rarely needed; keeping the exact count as
 * records changed had cost a rewindable run about 4% more work (docs/performance.md). Each time, the snapshot whose neighbours are closest
 * in work done is merged into the one before it, so the longest replay a seek can need grows as
 * little as possible. The newest is always kept (the live state's changes are noted against
 * it); when only it and 0:00 are left, 0:00 is made again from the scenario instead of kept,
 * and snapshots are taken twice as far apart.
 */
function keepWithinBound(run: Run, notRecords: number, state: StateWithoutLogs): void {
  // A tenth of the share is left to the copies the interval in progress makes (sim.changes).
  const share = 0.9 * SNAPSHOT_MEMORY_SHARE;
  const snaps = run.snapshots;
  let held = snaps.reduce((sum, snap) => sum + snap.ownValues, 0) + timelineValues(run.timeline);
  if (held <= share * (notRecords + LEAST_RECORD_VALUES * state.order.length)) return;
  const budget = share * (notRecords + liveRecordValuesOf(state));
  while (held > budget) {
    if (snaps.length <= 2) {
      // Only 0:00 and the newest (just taken: nothing changed since) are left: keep 0:00 alone,
      // made again from the scenario, and take snapshots twice as far apart.
      snaps.length = 1;
      snaps[0] = { ...snaps[0]!, rest: null, members: null, undo: createUndo(), background: new Map(), ownValues: 0, undoValues: 0, shelfValues: 0 };
      trimShelf(run.shelf, null);
      run.timeline = null;
      run.snapshotEveryEvents *= 2;
      return;
    }
    let drop = 1;
    for (let i = 2; i < snaps.length - 1; i++) {
      if (snaps[i + 1]!.work - snaps[i - 1]!.work < snaps[drop + 1]!.work - snaps[drop - 1]!.work) drop = i;
    }
    const prev = snaps[drop - 1]!;
    const dropped = snaps[drop]!;
    const next = snaps[drop + 1]!;
    held -= dropped.ownValues;
    if (prev.rest) {
      const added = mergeUndo(prev.undo, dropped.undo) + mergeBackgroundUndo(prev.background, dropped.background);
      prev.ownValues += added;
      prev.undoValues += added;
      held += added;
    }
    // The entries it put on the shelf stay there while later snapshots may hold them.
    next.ownValues += dropped.shelfValues;
    next.shelfValues += dropped.shelfValues;
    held += dropped.shelfValues;
    if (dropped.members && next.members === dropped.members && prev.members !== dropped.members) {
      next.ownValues += membersValues(dropped.members.order);
      held += membersValues(dropped.members.order);
    }
    snaps.splice(drop, 1);
  }
}

/**
 * An append-only array of the state a restore replaces, cut back in place: that state is
 * dropped and nothing else holds its arrays (the worker sends copies of new entries). A copy
 * of the log's tens of thousands of entries, and growing it again, took a third of a restore.
 */
function cutBack<T>(values: T[], length: number): T[] {
  values.length = length;
  return values;
}

/** Goes back to snapshot `index` (at or before now): the records through the undos, the rest from its copy. */
export function restore(run: Run, index: number): void {
  const current = run.sim.state;
  const snaps = run.snapshots;
  const snap = snaps[index]!;
  const changes = run.sim.changes;
  let state: Omit<SimState, 'log' | 'incidents' | 'memoryHistory'>;
  if (snap.rest && snap.members && changes) {
    const unchangedMembers = !changes.membership && snaps[snaps.length - 1]!.members === snap.members;
    const undos: Undo[] = [];
    for (let j = snaps.length - 2; j >= index; j--) undos.push(snaps[j]!.undo);
    rewindRecords(run.sim, changes, undos);
    // The live dictionary, put back as the records are: the open interval's notes, then each snapshot's, newest first.
    const background = current.cpuBackground;
    rewindBackground(background, changes.background);
    for (let j = snaps.length - 2; j >= index; j--) rewindBackground(background, snaps[j]!.background);
    changes.background = new Map();
    const members = unchangedMembers ? { instances: current.instances, order: current.order } : restoreMembers(snap.members);
    state = { ...restoreRest(snap.rest, run.shelf, run.timeline), ...members, cpuBackground: background };
    changes.membersShared = true;
    run.backgroundValues = snap.backgroundValues;
  } else {
    const { scenario, catalogue, options } = run.origin;
    state = createSimulation(scenario, catalogue, options).state;
    if (changes) {
      trimShelf(run.shelf, null);
      clearNoted(changes);
      // Every record is made again, fresh.
      changes.written.fill(0);
      changes.membership = false;
      changes.membersShared = false;
      changes.claims = false;
      changes.layers = false;
      changes.background = new Map();
      run.backgroundValues = backgroundValues(state.cpuBackground);
    }
  }
  // Later snapshots are made again as the run plays forward.
  snaps.length = index + 1;
  if (snap.rest) trimShelf(run.shelf, snap.rest.daemons);
  snap.undo = createUndo();
  snap.background = new Map();
  snap.ownValues -= snap.undoValues;
  snap.undoValues = 0;
  run.sim.state = {
    ...state,
    log: cutBack(current.log, snap.logLength),
    incidents: cutBack(current.incidents, snap.incidentsLength),
    memoryHistory: cutBack(current.memoryHistory, snap.historyLength),
  };
  carryChildIndex(current, run.sim.state);
  run.applied = snap.actionsApplied;
  // Back at 0:00 no snapshot needs the timeline; the next one makes it again.
  if (index === 0) run.timeline = null;
}
