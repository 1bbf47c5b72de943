/**
 * Exercise goals, checked against the live simulation (the SimView the page shows). Pure:
 * `checkGoal(goal, view, scenario)`. Their shape is parsed with the scenario
 * (../scenario/goal-schema.ts).
 */
import type { Scenario } from '../scenario/types';
import type { Condition, Goal } from '../scenario/goal-schema';
import type { InstanceView, SimView } from '../engine/view';

function find(view: SimView, name: string): InstanceView | undefined {
  return view.instances.find((i) => i.name === name);
}

/** The limits in force: the live view's while it exists, else what the scenario says. */
function limitsOf(name: string, view: SimView, scenario: Scenario): { cpus: number | null; memory: number | null } | null {
  const live = find(view, name);
  if (live) return { cpus: live.cpuLimit, memory: live.memoryLimitBytes };
  const spec = scenario.instances.find((i) => i.name === name);
  if (!spec) return null;
  return { cpus: spec.cpus, memory: spec.memoryBytes };
}

/**
 * Whether what a "stays below" or "not compromised" goal measures exists yet: the named
 * instance (or, for the whole host, any instance) has been started and the clock has moved
 * past 0:00 (events due at 0:00 run while the page is still paused there). Before that such a
 * goal would hold trivially, ticking before the learner has done anything.
 */
function measured(view: SimView, name: string | undefined): boolean {
  if (view.nowMs <= 0) return false;
  if (name !== undefined) return (find(view, name)?.state ?? 'created') !== 'created';
  return view.instances.some((i) => i.state !== 'created');
}

/** Whether the goal holds in this view of the simulation (a scenario's goals are checked every frame). */
export function checkGoal(goal: Goal | Condition, view: SimView, scenario: Scenario): boolean {
  if (goal.after !== undefined && view.nowMs < goal.after) return false;
  switch (goal.kind) {
    case 'instance-state':
      return find(view, goal.instance)?.state === goal.state;
    case 'limit': {
      const limits = limitsOf(goal.instance, view, scenario);
      if (!limits) return false;
      if (goal.cpus !== undefined && !sameCpus(limits.cpus, goal.cpus)) return false;
      if (goal.memory !== undefined && limits.memory !== goal.memory) return false;
      return true;
    }
    case 'count': {
      const n = view.instances.filter((i) =>
        (goal.of === 'any' || i.kind === goal.of) && i.state === goal.state && (goal.image === undefined || i.software === goal.image),
      ).length;
      return n >= goal.atLeast && (goal.atMost === undefined || n <= goal.atMost);
    }
    case 'disk-below': {
      if (!measured(view, goal.instance)) return false;
      if (goal.instance === undefined) return view.host.diskUsedBytes < goal.bytes;
      const i = find(view, goal.instance);
      return i !== undefined && i.diskBytes < goal.bytes;
    }
    case 'memory-below': {
      if (!measured(view, goal.instance)) return false;
      if (goal.instance === undefined) return view.host.memoryUsedBytes < goal.bytes;
      const i = find(view, goal.instance);
      return i !== undefined && i.memoryBytes < goal.bytes;
    }
    case 'not-compromised':
      if (goal.instances === undefined) return measured(view, undefined) && !view.host.compromised;
      if (!goal.instances.every((name) => measured(view, name))) return false;
      return goal.instances.every((name) => find(view, name)?.compromised === false);
    case 'ready-within': {
      const i = find(view, goal.instance);
      return i !== undefined && i.readyMs !== null && i.readyMs <= goal.within;
    }
  }
}

function sameCpus(actual: number | null, wanted: number | null): boolean {
  if (actual === null || wanted === null) return actual === wanted;
  return Math.abs(actual - wanted) < 1e-9;
}
