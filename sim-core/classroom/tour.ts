/**
 * Guided tours as replays. A step is a point in a deterministic replay: (its time, the actions
 * of all steps up to it). Going to step k, forward or back, loads the tour's scenario with
 * those actions at that time (one `load` of the run's description), so the same step always
 * shows the same state.
 */
import type { RecordedAction } from '../engine/actions';
import { toUserAction } from '../scenario/actions';
import type { Tour } from '../scenario/tour-schema';

export interface ReplayPoint {
  /** The simulated time the step shows. */
  atMs: number;
  /** Every action of the steps up to and including this one, in order, each at its step's time. */
  actions: RecordedAction[];
}

/** The replay point of every step: step k is (time of k, actions of steps 0..k). */
export function replayPoints(tour: Tour): ReplayPoint[] {
  const points: ReplayPoint[] = [];
  let atMs = 0;
  let actions: RecordedAction[] = [];
  for (const step of tour.steps) {
    if (step.seek !== undefined) atMs = Math.max(atMs, step.seek);
    if (step.action) actions = [...actions, { atMs, action: toUserAction(step.action) }];
    points.push({ atMs, actions });
  }
  return points;
}
