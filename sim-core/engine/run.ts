import type { Scenario } from '../scenario/types';
import type { Catalogue } from '../catalogue/types';
import type { UserAction, ActionResult, RecordedAction } from './actions';
import type { SimState, Simulation } from './state';
import { advanceTo, apply, createSimulation, runToEnd, step, type CreateOptions } from './simulation';
import { peekTime } from './queue';
import { liveValuesOf, ownValuesAfter, restoreState, snapshotState, type StateWithoutLogs } from './snapshot';
import { getView } from './view-builder';
import type { SimView } from './view';

/**
 * A run you can rewind: its scenario, seed and the user's actions (with their times) are the
 * whole truth; the state at any moment is a replay. Snapshots (./snapshot.ts) make seeking
 * cost one restore plus a short replay. They cost what changed: one is taken after a number
 * of events (work done, not simulated time: none while nothing runs), a record unchanged
 * since the previous snapshot is shared with it, and the state at 0:00 is made again from
 * the scenario rather than kept. Their memory is bounded: when they would hold more than
 * half of what the run holds live, the ones whose neighbours are closest are dropped, so no
 * run, however long, can exhaust the page, and no stretch of it is left without one.
 *
 * The order within one millisecond is fixed, so a replay matches what happened live: the
 * engine's events due at that time, then each recorded action in turn, each followed by the
 * events it set off at that same time.
 */

/** The fewest events between two snapshots (a small run replays from 0:00 in a few ms). */
export const SNAPSHOT_MIN_EVENTS = 2_000;
/** Snapshots hold at most this share of what the run holds live (estimated in values, see liveValues). */
export const SNAPSHOT_MEMORY_SHARE = 0.5;

export type { RecordedAction } from './actions';

export interface RunOptions extends CreateOptions {
  /**
   * Events between snapshots; Infinity for a run that never seeks back (the runner). By
   * default a quarter of the instances, at least SNAPSHOT_MIN_EVENTS, so that a snapshot's
   * cost (a pass over the records) is spread over as many events.
   */
  snapshotEveryEvents?: number;
}

interface Snapshot {
  atMs: number;
  /** How many recorded actions the snapshot already includes. */
  actionsApplied: number;
  /** Events processed by then. */
  processed: number;
  /** The state without its append-only arrays; null for 0:00, made again from the scenario. */
  state: StateWithoutLogs | null;
  /** Values it holds that the snapshot before it does not share. */
  ownValues: number;
  /** Of those, the ones outside the instance records. */
  restValues: number;
  logLength: number;
  incidentsLength: number;
  historyLength: number;
}

export interface Run {
  sim: Simulation;
  /** The user's actions in time order: the run's description is the scenario plus these. */
  actions: RecordedAction[];
  /** How many of `actions` the current state includes. */
  applied: number;
  /** In time order; the first is always 0:00. */
  snapshots: Snapshot[];
  snapshotEveryEvents: number;
  /** What made the run, to make its state at 0:00 again. */
  origin: { scenario: Scenario; catalogue: Catalogue; options: CreateOptions };
  /** Values the scenario's instance specs hold (part of what the run holds live). */
  specValues: number;
}

/** Rough values of one log entry, memory sample and incident (their fields and data). */
const LOG_ENTRY_VALUES = 9;
const SAMPLE_VALUES = 4;
const INCIDENT_VALUES = 5;

function logValues(state: SimState): number {
  return LOG_ENTRY_VALUES * state.log.length + SAMPLE_VALUES * state.memoryHistory.length + INCIDENT_VALUES * state.incidents.length;
}

/** What the snapshots hold and what the run holds live, in values (SNAPSHOT_MEMORY_SHARE bounds their ratio). */
export function snapshotMemory(run: Run): { heldValues: number; liveValues: number } {
  return {
    heldValues: run.snapshots.reduce((sum, snap) => sum + snap.ownValues, 0),
    liveValues: liveValuesOf(run.sim.state) + run.specValues + logValues(run.sim.state),
  };
}

function previousState(run: Run): StateWithoutLogs | null {
  for (let i = run.snapshots.length - 1; i >= 0; i--) {
    const state = run.snapshots[i]!.state;
    if (state) return state;
  }
  return null;
}

function takeSnapshot(run: Run): void {
  const state = run.sim.state;
  const copy = snapshotState(state, previousState(run));
  run.snapshots.push({
    atMs: state.nowMs,
    actionsApplied: run.applied,
    processed: state.processed,
    state: copy.state,
    ownValues: copy.ownValues,
    restValues: copy.restValues,
    logLength: state.log.length,
    incidentsLength: state.incidents.length,
    historyLength: state.memoryHistory.length,
  });
  keepWithinBound(run, copy.liveValues + run.specValues + logValues(state));
}

/**
 * Drops snapshots until they hold at most their share of `liveValues`: each time the one whose
 * neighbours are closest in events, so the longest replay a seek can need grows as little as
 * possible (0:00 and the newest are kept while any other is left).
 */
function keepWithinBound(run: Run, liveValues: number): void {
  const budget = SNAPSHOT_MEMORY_SHARE * liveValues;
  let held = run.snapshots.reduce((sum, snap) => sum + snap.ownValues, 0);
  while (held > budget && run.snapshots.length > 1) {
    const snaps = run.snapshots;
    if (snaps.length === 2) {
      // One snapshot alone holds too much: keep 0:00 and take them twice as far apart.
      snaps.length = 1;
      run.snapshotEveryEvents *= 2;
      return;
    }
    let drop = 1;
    for (let i = 2; i < snaps.length - 1; i++) {
      if (snaps[i + 1]!.processed - snaps[i - 1]!.processed < snaps[drop + 1]!.processed - snaps[drop - 1]!.processed) drop = i;
    }
    const [dropped] = snaps.splice(drop, 1);
    held -= dropped!.ownValues;
    // The one after it may have shared records with it: it now holds them on its own.
    const next = snaps[drop]!;
    if (next.state) {
      let before: StateWithoutLogs | null = null;
      for (let i = drop - 1; i >= 0 && before === null; i--) before = snaps[i]!.state;
      const own = ownValuesAfter(next.state, before, next.restValues);
      held += own - next.ownValues;
      next.ownValues = own;
    }
  }
}

function restore(run: Run, snap: Snapshot): void {
  const current = run.sim.state;
  const { scenario, catalogue, options } = run.origin;
  const state = snap.state ? restoreState(snap.state, current) : createSimulation(scenario, catalogue, options).state;
  run.sim.state = {
    ...state,
    log: current.log.slice(0, snap.logLength),
    incidents: current.incidents.slice(0, snap.incidentsLength),
    memoryHistory: current.memoryHistory.slice(0, snap.historyLength),
  };
  run.applied = snap.actionsApplied;
}

function countValues(value: unknown): number {
  if (value === null || typeof value !== 'object') return 1;
  let n = 1;
  for (const v of Object.values(value)) n += countValues(v);
  return n;
}

/**
 * A run of the scenario with the user's recorded actions (replayed at their times), at 0:00
 * with nothing processed yet. The actions are copied, in time order.
 */
export function createRun(scenario: Scenario, catalogue: Catalogue, options: RunOptions = {}, actions: readonly RecordedAction[] = []): Run {
  const { snapshotEveryEvents, ...createOptions } = options;
  const run: Run = {
    sim: createSimulation(scenario, catalogue, createOptions),
    actions: [...actions].sort((a, b) => a.atMs - b.atMs),
    applied: 0,
    snapshots: [{ atMs: 0, actionsApplied: 0, processed: 0, state: null, ownValues: 0, restValues: 0, logLength: 0, incidentsLength: 0, historyLength: 0 }],
    snapshotEveryEvents: snapshotEveryEvents ?? Math.max(SNAPSHOT_MIN_EVENTS, Math.ceil(scenario.instances.length / 4)),
    origin: { scenario, catalogue, options: createOptions },
    specValues: 0,
  };
  run.specValues = scenario.instances.reduce((sum, spec) => sum + countValues(spec), 0);
  return run;
}

/** Applies the recorded actions due by now, each followed by the events it set off now. */
function applyDue(run: Run): void {
  const sim = run.sim;
  while (run.applied < run.actions.length && run.actions[run.applied]!.atMs <= sim.state.nowMs) {
    apply(sim, run.actions[run.applied]!.action);
    run.applied++;
    advanceTo(sim, sim.state.nowMs);
  }
}

/**
 * Plays the timeline forward to `timeMs`, replaying recorded actions at their times. What is
 * due at `timeMs` itself happens: advancing to the current time processes the events due now.
 * A snapshot is taken once enough events ran since the last, after the millisecond they ran
 * in is complete (its events and its recorded actions).
 */
export function runAdvance(run: Run, timeMs: number): void {
  const sim = run.sim;
  const s = () => sim.state;
  for (;;) {
    const nextAction = run.actions[run.applied];
    const target = nextAction && nextAction.atMs <= timeMs ? nextAction.atMs : timeMs;
    const last = run.snapshots[run.snapshots.length - 1]!;
    const due = last.processed + run.snapshotEveryEvents;
    // Step event by event while a snapshot may fall due; in one go once it cannot.
    for (;;) {
      const t = peekTime(s().queue);
      if (t === undefined || t > target || s().processed >= due) break;
      step(sim);
    }
    if (s().processed >= due && Number.isFinite(due)) {
      advanceTo(sim, s().nowMs);
      applyDue(run);
      if (s().processed > last.processed) takeSnapshot(run);
      continue;
    }
    advanceTo(sim, Math.max(target, s().nowMs));
    applyDue(run);
    if (s().nowMs >= timeMs) break;
  }
}

/**
 * What the page draws: the simulation's view, where the next thing to happen may also be a
 * recorded action still to replay (so playing on reaches it).
 */
export function runView(run: Run): SimView {
  const view = getView(run.sim);
  const nextAction = run.actions[run.applied]?.atMs;
  if (nextAction !== undefined && (view.nextEventMs === null || nextAction < view.nextEventMs)) view.nextEventMs = nextAction;
  return view;
}

/**
 * Plays the run to the end, as the headless runner does: to the scenario's `until`, or, with
 * none, until every action is applied and nothing is left to happen.
 */
export function finishRun(run: Run): void {
  const until = run.sim.scenario.untilMs;
  if (until !== null) {
    runAdvance(run, until);
    return;
  }
  const last = run.actions[run.actions.length - 1];
  if (last) runAdvance(run, last.atMs);
  runToEnd(run.sim);
}

/** Moves to any moment, earlier or later: restore the nearest earlier snapshot and replay. */
export function runSeek(run: Run, timeMs: number): void {
  const t = Math.max(0, Math.round(timeMs));
  if (t < run.sim.state.nowMs) {
    let snap = run.snapshots[0]!;
    for (const s of run.snapshots) if (s.atMs <= t) snap = s;
    restore(run, snap);
  }
  runAdvance(run, t);
}

/**
 * Applies a user action now, then the events it set off now, and records it. Acting after
 * seeking back starts a new branch: the recorded actions and snapshots after now are dropped,
 * as an editor drops redo history.
 */
export function runApply(run: Run, action: UserAction): ActionResult {
  const now = run.sim.state.nowMs;
  run.actions.length = run.applied;
  run.snapshots = run.snapshots.filter((s) => s.atMs <= now && s.actionsApplied <= run.applied);
  const result = apply(run.sim, action);
  run.actions.push({ atMs: now, action });
  run.applied++;
  advanceTo(run.sim, now);
  return result;
}
