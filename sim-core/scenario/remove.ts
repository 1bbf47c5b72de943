/**
 * Taking instances out of a scenario so that it stays valid: the instances (a VM's containers
 * with it), the events aimed at them, and what its lessons say about them: a tour step keeps
 * its narration but loses an action, a wait or an opened view's instance on a removed instance, a goal about one goes.
 * A recipe: it changes the scenario it is given (an immer draft in the page).
 */
import { actionTarget } from './actions';
import { goalTargets } from './goal-schema';
import type { Scenario } from './types';

/** Removes `name` (and, for a VM, the containers in it); returns every name removed. */
export function removeFromScenario(s: Scenario, name: string): string[] {
  const gone = new Set([name]);
  for (const i of s.instances) if (i.kind === 'container' && i.in === name) gone.add(i.name);
  const refersToGone = (names: string[]): boolean => names.some((n) => gone.has(n));
  s.instances = s.instances.filter((i) => !gone.has(i.name));
  s.events = s.events.filter((e) => !gone.has(actionTarget(e.action)));
  if (s.tour) {
    for (const step of s.tour.steps) {
      if (step.action && gone.has(actionTarget(step.action))) step.action = null;
      if (step.waitFor && refersToGone(goalTargets(step.waitFor).map((t) => t.name))) delete step.waitFor;
      // The view still opens, on whatever the learner has selected.
      if (step.open?.instance !== undefined && gone.has(step.open.instance)) delete step.open.instance;
    }
  }
  if (s.goals) {
    s.goals = s.goals.filter((g) => !refersToGone(goalTargets(g).map((t) => t.name)));
  }
  return [...gone];
}
