/**
 * Exercise goals: conditions a teacher writes in a scenario's `goals:` block, checked against
 * the live simulation (the SimView the page shows). Pure: `checkGoal(goal, view, scenario)`.
 *
 * Every goal has `text` (what to achieve), an optional `hint`, and an optional `after`: a
 * simulated time before which it is not yet met (to ask "still running after the spike").
 */
import { z } from 'zod';
import type { Scenario } from '../scenario/types';
import type { InstanceState } from '../report/types';
import type { InstanceView, SimView } from '../engine/view';
import { durationMs, instanceName, localText, sizeBytes } from './fields';

const STATES = ['created', 'booting', 'running', 'exited', 'failed'] as const satisfies readonly InstanceState[];

/** The goal kinds, with the fields every goal shares (`text` required for goals, optional for a tour's `waitFor`). */
function variants<C extends z.ZodRawShape>(common: C) {
  return z.discriminatedUnion('kind', [
    /** `instance` is in `state` (default running). */
    z.object({ kind: z.literal('instance-state'), instance: instanceName, state: z.enum(STATES).default('running'), ...common }).strict(),
    /** A container's cgroup limits (or a VM's vCPUs/RAM) equal these; omitted ones are not checked; `null` means unlimited. */
    z.object({ kind: z.literal('limit'), instance: instanceName, cpus: z.number().positive().nullable().optional(), memory: sizeBytes.nullable().optional(), ...common }).strict(),
    /** At least (and at most) so many instances match: kind, image (or guest OS), state (default running). */
    z.object({
      kind: z.literal('count'),
      of: z.enum(['vm', 'container', 'any']).default('any'),
      image: z.string().min(1).optional(),
      state: z.enum(STATES).default('running'),
      atLeast: z.number().int().min(0).default(1),
      atMost: z.number().int().min(0).optional(),
      ...common,
    }).strict(),
    /** The host's disk in use (or one instance's own disk) is below `bytes`. */
    z.object({ kind: z.literal('disk-below'), bytes: sizeBytes, instance: instanceName.optional(), ...common }).strict(),
    /** The host's memory in use (or one instance's) is below `bytes`. */
    z.object({ kind: z.literal('memory-below'), bytes: sizeBytes, instance: instanceName.optional(), ...common }).strict(),
    /** The host (or the named instances) not compromised. */
    z.object({ kind: z.literal('not-compromised'), instances: z.array(instanceName).optional(), ...common }).strict(),
    /** `instance` became ready no later than `within` after it started. */
    z.object({ kind: z.literal('ready-within'), instance: instanceName, within: durationMs, ...common }).strict(),
  ], { error: 'expected a goal kind: instance-state, limit, count, disk-below, memory-below, not-compromised or ready-within' });
}

export const goalSchema = variants({ text: localText, hint: localText.optional(), after: durationMs.optional() });
/** A tour step's `waitFor`: a goal whose text is optional. */
export const conditionSchema = variants({ text: localText.optional(), hint: localText.optional(), after: durationMs.optional() });

export type Goal = z.output<typeof goalSchema>;
export type Condition = z.output<typeof conditionSchema>;
export type GoalKind = Goal['kind'];
export const GOAL_KINDS: readonly GoalKind[] = ['instance-state', 'limit', 'count', 'disk-below', 'memory-below', 'not-compromised', 'ready-within'];

export const goalsSchema = z.array(goalSchema, { error: 'expected a list of goals' }).max(50, 'at most 50 goals');

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
      if (goal.instance === undefined) return view.host.diskUsedBytes < goal.bytes;
      const i = find(view, goal.instance);
      return i !== undefined && i.diskBytes < goal.bytes;
    }
    case 'memory-below': {
      if (goal.instance === undefined) return view.host.memoryUsedBytes < goal.bytes;
      const i = find(view, goal.instance);
      return i !== undefined && i.memoryBytes < goal.bytes;
    }
    case 'not-compromised':
      if (goal.instances === undefined) return !view.host.compromised;
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
