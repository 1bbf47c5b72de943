import type { Scenario } from '../scenario/types';
import type { Catalogue } from '../catalogue/types';
import type { UserAction, ActionResult, RecordedAction } from './actions';
import type { SimState, Simulation } from './state';
import { advanceTo, apply, createSimulation, runToEnd, type CreateOptions } from './simulation';
import { getView } from './view-builder';
import type { SimView } from './view';
import { copyByName } from './by-name';

/**
 * A run you can rewind: its scenario, seed and the user's actions (with their times) are the
 * whole truth; the state at any moment is a replay. Snapshots taken every SNAPSHOT_EVERY_MS
 * of simulated time make seeking cost one clone plus a short replay.
 *
 * The order within one millisecond is fixed, so a replay matches what happened live: the
 * engine's events due at that time, then each recorded action in turn, each followed by the
 * events it set off at that same time.
 */
export const SNAPSHOT_EVERY_MS = 5_000;

export type { RecordedAction } from './actions';

export interface RunOptions extends CreateOptions {
  /** Simulated time between snapshots; Infinity for a run that never seeks back (the runner). */
  snapshotEveryMs?: number;
}

interface Snapshot {
  atMs: number;
  /** How many recorded actions the snapshot already includes. */
  actionsApplied: number;
  /** The state without its append-only arrays, which are kept as lengths instead. */
  state: Omit<SimState, 'log' | 'incidents' | 'memoryHistory'>;
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
  snapshots: Snapshot[];
  snapshotEveryMs: number;
}

function takeSnapshot(run: Run): Snapshot {
  const { log, incidents, memoryHistory, ...rest } = run.sim.state;
  return {
    atMs: run.sim.state.nowMs,
    actionsApplied: run.applied,
    state: structuredClone(rest),
    logLength: log.length,
    incidentsLength: incidents.length,
    historyLength: memoryHistory.length,
  };
}

function restore(run: Run, snap: Snapshot): void {
  const current = run.sim.state;
  const state = structuredClone(snap.state);
  run.sim.state = {
    ...state,
    // structuredClone gives plain objects back; records keyed by name keep no prototype.
    instances: copyByName(state.instances),
    layers: copyByName(state.layers),
    cpuClaims: copyByName(state.cpuClaims),
    cpuBackground: copyByName(state.cpuBackground),
    log: current.log.slice(0, snap.logLength),
    incidents: current.incidents.slice(0, snap.incidentsLength),
    memoryHistory: current.memoryHistory.slice(0, snap.historyLength),
  };
  run.applied = snap.actionsApplied;
}

/**
 * A run of the scenario with the user's recorded actions (replayed at their times), at 0:00
 * with nothing processed yet. The actions are copied, in time order.
 */
export function createRun(scenario: Scenario, catalogue: Catalogue, options: RunOptions = {}, actions: readonly RecordedAction[] = []): Run {
  const run: Run = {
    sim: createSimulation(scenario, catalogue, options),
    actions: [...actions].sort((a, b) => a.atMs - b.atMs),
    applied: 0,
    snapshots: [],
    snapshotEveryMs: options.snapshotEveryMs ?? SNAPSHOT_EVERY_MS,
  };
  run.snapshots.push(takeSnapshot(run));
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
 */
export function runAdvance(run: Run, timeMs: number): void {
  const sim = run.sim;
  for (;;) {
    const last = run.snapshots[run.snapshots.length - 1]!;
    const boundary = last.atMs + run.snapshotEveryMs;
    const nextAction = run.actions[run.applied];
    let target = Math.min(timeMs, boundary);
    if (nextAction && nextAction.atMs <= target) target = nextAction.atMs;
    advanceTo(sim, Math.max(target, sim.state.nowMs));
    applyDue(run);
    if (sim.state.nowMs >= boundary && last.atMs < boundary) run.snapshots.push(takeSnapshot(run));
    if (sim.state.nowMs >= timeMs) break;
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
