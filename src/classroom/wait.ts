/** Whether a tour step's `waitFor` holds now (true when the step waits for nothing). */
import { checkGoal, type TourStep } from '@utsuwa/sim-core/classroom';
import type { Scenario, SimView } from '@utsuwa/sim-core';

export function waitMet(step: TourStep, view: SimView | null, doc: Scenario): boolean {
  if (!step.waitFor) return true;
  return view !== null && checkGoal(step.waitFor, view, doc);
}
