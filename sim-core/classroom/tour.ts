/**
 * Guided tours: a scenario's `tour:` block, an ordered list of steps. Each step narrates (en/ja),
 * may move the clock (`seek`), may perform one action (start, stop, load, exploit, limit), may
 * wait for the learner (`waitFor`, a goal condition), may highlight a part of the screen (a
 * data-testid) and may ask a question.
 *
 * A step is a point in a deterministic replay: (its time, the actions of all steps up to it).
 * Going to step k, forward or back, rebuilds the run from the scenario, applies those actions
 * at their times and seeks to step k's time, so the same step always shows the same state.
 */
import { z } from 'zod';
import type { UserAction } from '../engine/actions';
import { conditionSchema } from './goals';
import { durationMs, instanceName, localText, sizeBytes } from './fields';

const load = z.object({ target: instanceName, memory: sizeBytes.optional(), cpu: z.number().min(0).optional() }).strict();
const exploit = z.object({ target: instanceName, kind: z.enum(['app', 'kernel']).default('kernel') }).strict();
const limit = z.object({ target: instanceName, memory: sizeBytes.nullable().optional(), cpus: z.number().positive().nullable().optional() }).strict();

const question = z.object({
  ask: localText,
  choices: z.array(localText).min(2, 'expected at least 2 choices').max(6, 'expected at most 6 choices'),
  /** The right choice, counted from 0. */
  answer: z.number().int().min(0),
  explain: localText.optional(),
}).strict().refine((q) => q.answer < q.choices.length, { message: 'answer: expected the index of a choice (counted from 0)', path: ['answer'] });

const ACTION_KEYS = ['start', 'stop', 'load', 'exploit', 'limit'] as const;

export const stepSchema = z.object({
  say: localText,
  /** Moves the clock to this simulated time (never earlier than the step before). */
  seek: durationMs.optional(),
  start: instanceName.optional(),
  stop: instanceName.optional(),
  load: load.optional(),
  exploit: exploit.optional(),
  /** A live limit change (`docker update`). */
  limit: limit.optional(),
  waitFor: conditionSchema.optional(),
  /** The data-testid of the part of the screen to highlight, e.g. timeline-chart, host, event-log. */
  highlight: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a data-testid such as timeline-chart').optional(),
  question: question.optional(),
}).strict().refine((s) => ACTION_KEYS.filter((k) => s[k] !== undefined).length <= 1, {
  message: `expected at most one action (${ACTION_KEYS.join(', ')}) per step; use another step for the next`,
});

const stepsSchema = z.array(stepSchema, { error: 'expected a list of steps (each with say:)' }).min(1, 'expected at least one step');

/** A tour: a list of steps, or `{ title, steps }`. */
export const tourSchema = z.union([
  stepsSchema,
  z.object({ title: localText.optional(), steps: stepsSchema }).strict(),
], { error: 'expected a list of steps (each with say:)' }).transform((t) => (Array.isArray(t) ? { title: undefined, steps: t } : t));

/** Parses with the branch the value's shape asks for, so errors point inside the steps. */
export function parseTourValue(value: unknown) {
  if (Array.isArray(value)) {
    const r = stepsSchema.safeParse(value);
    return r.success ? { success: true as const, data: { title: undefined, steps: r.data } as Tour } : r;
  }
  return tourSchema.safeParse(value);
}

export type TourStep = z.output<typeof stepSchema>;
export type Tour = z.output<typeof tourSchema>;

/** What a step does to the simulation, as an engine action (null: narration only). */
export function stepAction(step: TourStep): UserAction | null {
  if (step.start !== undefined) return { type: 'instance/start', name: step.start };
  if (step.stop !== undefined) return { type: 'instance/stop', name: step.stop };
  if (step.load) {
    const a: UserAction = { type: 'instance/load', name: step.load.target };
    if (step.load.memory !== undefined) a.memoryBytes = step.load.memory;
    if (step.load.cpu !== undefined) a.cpu = step.load.cpu;
    return a;
  }
  if (step.exploit) return { type: 'instance/exploit', name: step.exploit.target, kind: step.exploit.kind };
  if (step.limit) {
    const a: UserAction = { type: 'instance/set-limits', name: step.limit.target };
    if (step.limit.memory !== undefined) a.memoryBytes = step.limit.memory;
    if (step.limit.cpus !== undefined) a.cpus = step.limit.cpus;
    return a;
  }
  return null;
}

/** Instance names a step refers to (for checking them against the scenario). */
export function stepTargets(step: TourStep): string[] {
  const names = [step.start, step.stop, step.load?.target, step.exploit?.target, step.limit?.target];
  const w = step.waitFor;
  if (w && 'instance' in w && typeof w.instance === 'string') names.push(w.instance);
  if (w && w.kind === 'not-compromised') names.push(...(w.instances ?? []));
  return names.filter((n): n is string => n !== undefined);
}

export interface ReplayPoint {
  /** The simulated time the step shows. */
  atMs: number;
  /** Every action of the steps up to and including this one, in order, with its time. */
  actions: { atMs: number; action: UserAction }[];
}

/** The replay point of every step: step k is (time of k, actions of steps 0..k). */
export function replayPoints(tour: Tour): ReplayPoint[] {
  const points: ReplayPoint[] = [];
  let atMs = 0;
  let actions: ReplayPoint['actions'] = [];
  for (const step of tour.steps) {
    if (step.seek !== undefined) atMs = Math.max(atMs, step.seek);
    const action = stepAction(step);
    if (action) actions = [...actions, { atMs, action }];
    points.push({ atMs, actions });
  }
  return points;
}

export type ReplayOp = { op: 'seek'; toMs: number } | { op: 'apply'; action: UserAction };

/**
 * How to reach a replay point from a run freshly loaded at 0:00: seek to each action's time
 * and apply it, then seek to the step's time (the worker's `seek` and `apply` messages).
 */
export function replayOps(point: ReplayPoint): ReplayOp[] {
  const ops: ReplayOp[] = [];
  for (const a of point.actions) {
    ops.push({ op: 'seek', toMs: a.atMs }, { op: 'apply', action: a.action });
  }
  ops.push({ op: 'seek', toMs: point.atMs });
  return ops;
}
