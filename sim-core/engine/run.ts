import type { Scenario } from '../scenario/types';
import type { Catalogue } from '../catalogue/types';
import type { UserAction, ActionResult } from './actions';
import type { SimState, Simulation } from './state';
import { advanceTo, apply, createSimulation, type CreateOptions } from './simulation';

/**
 * A run you can rewind: its scenario, seed and the user's actions (with their times) are the
 * whole truth; the state at any moment is a replay. Snapshots taken every SNAPSHOT_EVERY_MS
 * of simulated time make seeking cost one clone plus a short replay.
 */
export const SNAPSHOT_EVERY_MS = 5_000;

export interface RecordedAction {
  atMs: number;
  action: UserAction;
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
  actions: RecordedAction[];
  /** How many of `actions` the current state includes. */
  applied: number;
  snapshots: Snapshot[];
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
  run.sim.state = {
    ...structuredClone(snap.state),
    log: current.log.slice(0, snap.logLength),
    incidents: current.incidents.slice(0, snap.incidentsLength),
    memoryHistory: current.memoryHistory.slice(0, snap.historyLength),
  };
  run.applied = snap.actionsApplied;
}

export function createRun(scenario: Scenario, catalogue: Catalogue, options: CreateOptions = {}): Run {
  const run: Run = { sim: createSimulation(scenario, catalogue, options), actions: [], applied: 0, snapshots: [] };
  run.snapshots.push(takeSnapshot(run));
  return run;
}

/** Plays the timeline forward to `timeMs`, replaying recorded actions at their times. */
export function runAdvance(run: Run, timeMs: number): void {
  const sim = run.sim;
  while (sim.state.nowMs < timeMs || run.applied < run.actions.length && run.actions[run.applied]!.atMs <= timeMs) {
    const last = run.snapshots[run.snapshots.length - 1]!;
    const boundary = last.atMs + SNAPSHOT_EVERY_MS;
    const nextAction = run.actions[run.applied];
    let target = Math.min(timeMs, boundary);
    if (nextAction && nextAction.atMs <= target) target = nextAction.atMs;
    advanceTo(sim, target);
    while (run.applied < run.actions.length && run.actions[run.applied]!.atMs <= sim.state.nowMs) {
      apply(sim, run.actions[run.applied]!.action);
      run.applied++;
    }
    if (sim.state.nowMs >= boundary && last.atMs < boundary) run.snapshots.push(takeSnapshot(run));
    if (sim.state.nowMs >= timeMs && (run.applied >= run.actions.length || run.actions[run.applied]!.atMs > timeMs)) break;
  }
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
 * Applies a user action now. Acting after seeking back starts a new branch: the recorded
 * actions and snapshots after now are dropped, as an editor drops redo history.
 */
export function runApply(run: Run, action: UserAction): ActionResult {
  const now = run.sim.state.nowMs;
  run.actions.length = run.applied;
  run.snapshots = run.snapshots.filter((s) => s.atMs <= now && s.actionsApplied <= run.applied);
  const result = apply(run.sim, action);
  run.actions.push({ atMs: now, action });
  run.applied++;
  return result;
}
