/**
 * The shape of an exercise's goals (`goals:`) and of a tour step's `waitFor`: conditions a
 * teacher writes, checked against the live simulation by sim-core/classroom/goals.ts.
 *
 * Every goal has `text` (what to achieve), an optional `hint`, and an optional `after`: a
 * simulated time before which it is not yet met (to ask "still running after the spike").
 */
import { z } from 'zod';
import type { InstanceState } from '../report/types';
import { durationMs, instanceName, localText, sizeBytes } from './lesson-fields';

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

/** The instance names a goal or condition refers to, each with its place inside it. */
export function goalTargets(goal: Goal | Condition): { name: string; path: (string | number)[] }[] {
  if (goal.kind === 'not-compromised') return (goal.instances ?? []).map((name, i) => ({ name, path: ['instances', i] }));
  if ('instance' in goal && typeof goal.instance === 'string') return [{ name: goal.instance, path: ['instance'] }];
  return [];
}
