import type { Scenario } from '../scenario/types';
import type { Catalogue } from '../catalogue/types';
import type { UserAction, ActionResult, RecordedAction } from './actions';
import type { Simulation } from './state';
import { advanceTo, apply, createSimulation, runToEnd, step, type CreateOptions } from './simulation';
import { peekTime } from './queue';
import type { Shelf } from './snapshot-shelf';
import { backgroundValues } from './snapshot-background';
import type { Timeline } from './snapshot-timeline';
import { createChanges } from './changes';
import { SNAPSHOT_WRITTEN_SHARE, firstSnapshot, restore, specValuesOf, takeSnapshot, type Snapshot } from './snapshot-chain';
import { getView, type ViewCache } from './view-builder';
import type { SimView } from './view';

/**
 * A run you can rewind: its scenario, seed and the user's actions (with their times) are the
 * whole truth; the state at any moment is a replay. Snapshots (./snapshot.ts) make seeking
 * cost going back to one plus a short replay. They cost what changed: one is taken after a
 * number of events (work done, not simulated time: none while nothing runs); each holds the
 * small rest of the state and, for the records written before the next one, the fields that
 * changed with their values then. Going back applies those undos from the live state, so a
 * seek costs what changed since the moment it goes back to, and a snapshot every thousand
 * events or so keeps the replay short. Their memory is bounded: when they would hold more than half
 * of what the run holds live, the ones whose neighbours are closest are merged away, so no
 * run, however long, can exhaust the page, and no stretch of it is left without one.
 *
 * The order within one millisecond is fixed, so a replay matches what happened live: the
 * engine's events due at that time, then each recorded action in turn, each followed by the
 * events it set off at that same time.
 */

/**
 * Events between two snapshots by default: a replay of this many takes a few ms (2-4 ms in
 * the boot storm of 10,000 containers). At 500 a rewindable run of that storm did ~6% more
 * work than at 1,000 for seeks ~1-3 ms quicker (docs/performance.md).
 */
export const SNAPSHOT_MIN_EVENTS = 1000;

export type { RecordedAction } from './actions';
export { SNAPSHOT_MEMORY_SHARE, snapshotMemory } from './snapshot-chain';

export interface RunOptions extends CreateOptions {
  /**
   * Events between snapshots; Infinity for a run that never seeks back (the runner, which
   * then notes no changes at all). By default SNAPSHOT_MIN_EVENTS.
   */
  snapshotEveryEvents?: number;
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
  /** Values the scenario's instance specs hold (part of what the run holds live); 0 in a run without snapshots to bound. */
  specValues: number;
  /** Values the live background demands hold, kept likewise (engine/snapshot-background.ts). */
  backgroundValues: number;
  /** The daemons' queue entries the snapshots share (engine/snapshot-shelf.ts). */
  shelf: Shelf;
  /** The scenario's timeline still due at the oldest snapshot after 0:00 (engine/snapshot-timeline.ts); null while there is none. */
  timeline: Timeline | null;
  /** Sequence numbers below this were the scenario's timeline, scheduled at 0:00. */
  initialSeq: number;
}

/**
 * A run of the scenario with the user's recorded actions (replayed at their times), at 0:00
 * with nothing processed yet. The actions are copied, in time order.
 */
export function createRun(scenario: Scenario, catalogue: Catalogue, options: RunOptions = {}, actions: readonly RecordedAction[] = []): Run {
  const { snapshotEveryEvents, ...createOptions } = options;
  const every = snapshotEveryEvents ?? SNAPSHOT_MIN_EVENTS;
  const rewinds = Number.isFinite(every);
  const sim = createSimulation(scenario, catalogue, createOptions);
  if (rewinds) sim.changes = createChanges();
  const run: Run = {
    sim,
    actions: [...actions].sort((a, b) => a.atMs - b.atMs),
    applied: 0,
    snapshots: [],
    snapshotEveryEvents: every,
    origin: { scenario, catalogue, options: createOptions },
    specValues: rewinds ? specValuesOf(scenario) : 0,
    backgroundValues: rewinds ? backgroundValues(sim.state.cpuBackground) : 0,
    shelf: new Map(),
    timeline: null,
    initialSeq: sim.state.seq,
  };
  run.snapshots.push(firstSnapshot(run, rewinds));
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
  for (;;) {
    const nextAction = run.actions[run.applied];
    const target = nextAction && nextAction.atMs <= timeMs ? nextAction.atMs : timeMs;
    const last = run.snapshots[run.snapshots.length - 1]!;
    const due = last.processed + run.snapshotEveryEvents;
    const writtenDue = SNAPSHOT_WRITTEN_SHARE * run.snapshotEveryEvents;
    if (stepUntilDue(sim, target, due, writtenDue, last.processed) && Number.isFinite(due)) {
      advanceTo(sim, sim.state.nowMs);
      applyDue(run);
      if (sim.state.processed > last.processed) takeSnapshot(run);
      continue;
    }
    advanceTo(sim, Math.max(target, sim.state.nowMs));
    applyDue(run);
    if (sim.state.nowMs >= timeMs) break;
  }
}

/**
 * Steps event by event through those due by `target` until a snapshot falls due: `due` events
 * processed in all, or `writtenDue` records written since the last (processed by then:
 * `lastProcessed`). Returns whether one did. A function of its own, not a closure in
 * runAdvance: called once per interval, it is optimised like any hot function, where a loop in
 * runAdvance (called once a run) ran unoptimised or on-stack-replaced, about 100 ns an event.
 */
function stepUntilDue(sim: Simulation, target: number, due: number, writtenDue: number, lastProcessed: number): boolean {
  const changes = sim.changes;
  for (;;) {
    const s = sim.state;
    const isDue = s.processed >= due || (changes != null && changes.count >= writtenDue && s.processed > lastProcessed);
    if (isDue) return true;
    const t = peekTime(s.queue);
    if (t === undefined || t > target) return false;
    step(sim);
  }
}

/**
 * What the page draws: the simulation's view, where the next thing to happen may also be a
 * recorded action still to replay (so playing on reaches it).
 */
export function runView(run: Run, cache?: ViewCache): SimView {
  const view = getView(run.sim, cache);
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
    let index = 0;
    for (let i = 1; i < run.snapshots.length; i++) if (run.snapshots[i]!.atMs <= t) index = i;
    restore(run, index);
  }
  runAdvance(run, t);
}

/**
 * Applies a user action now, then the events it set off now, and records it. Acting after
 * seeking back starts a new branch: the recorded actions after now are dropped, as an editor
 * drops redo history (the snapshots after now went when it seeked back).
 */
export function runApply(run: Run, action: UserAction): ActionResult {
  const now = run.sim.state.nowMs;
  run.actions.length = run.applied;
  const result = apply(run.sim, action);
  run.actions.push({ atMs: now, action });
  run.applied++;
  advanceTo(run.sim, now);
  return result;
}
