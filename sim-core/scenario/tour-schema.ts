/**
 * The shape of a guided tour (`tour:`): an ordered list of steps, or `{ title, steps }`. Each
 * step narrates (en/ja), may move the clock (`seek`), may do one action (the same action
 * schema as events: ./action-schema.ts), may wait for the learner (`waitFor`, a goal
 * condition), may highlight a part of the screen and may ask a question. Replaying a step is
 * sim-core/classroom/tour.ts's business.
 */
import { z } from 'zod';
import { ACTIONS, ACTION_FIELDS, actionOf, givenActions } from './action-schema';
import { strictMapping } from './fields';
import { conditionSchema, type Condition } from './goal-schema';
import { durationMs, localText, type LocalText } from './lesson-fields';
import type { ScenarioAction } from './types';

const questionSchema = z.object({
  ask: localText,
  choices: z.array(localText).min(2, 'expected at least 2 choices').max(6, 'expected at most 6 choices'),
  /** The right choice, counted from 0. */
  answer: z.number().int().min(0),
  explain: localText.optional(),
}).strict().refine((q) => q.answer < q.choices.length, { message: 'expected the index of a choice (counted from 0)', path: ['answer'] });

export type TourQuestion = z.output<typeof questionSchema>;

export interface TourStep {
  say: LocalText;
  /** Moves the clock to this simulated time (never earlier than the step before). */
  seek?: number;
  /** What the step does to the simulation, at its time (null: narration only). */
  action: ScenarioAction | null;
  waitFor?: Condition;
  /** The data-testid of the part of the screen to highlight, e.g. timeline-chart, host, event-log. */
  highlight?: string;
  question?: TourQuestion;
}

export interface Tour {
  title?: LocalText;
  steps: TourStep[];
}

/** `limit:` was a tour's own key for what the shared schema calls `limits:`; still read. */
const STEP_ACTIONS = [...ACTIONS, 'limit'] as const;

const stepFields = strictMapping('a tour step', {
  say: localText,
  seek: durationMs.optional(),
  ...ACTION_FIELDS,
  limit: ACTION_FIELDS.limits,
  waitFor: conditionSchema.optional(),
  highlight: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a data-testid such as timeline-chart').optional(),
  question: questionSchema.optional(),
});

export const stepSchema = stepFields.superRefine((s, ctx) => {
  const given = [...givenActions(s), ...(s.limit !== undefined ? ['limit'] : [])];
  if (given.length > 1) {
    ctx.addIssue({ code: 'custom', input: s, message: `expected at most one action (${STEP_ACTIONS.join(', ')}) per step, got ${given.join(' and ')}; use another step for the next` });
  }
}).transform((s): TourStep => {
  const step: TourStep = { say: s.say, action: actionOf({ ...s, limits: s.limits ?? s.limit }) };
  if (s.seek !== undefined) step.seek = s.seek;
  if (s.waitFor !== undefined) step.waitFor = s.waitFor;
  if (s.highlight !== undefined) step.highlight = s.highlight;
  if (s.question !== undefined) step.question = s.question;
  return step;
});

/** A lesson's tour has a few dozen steps; the bound keeps a hostile file from costing more. */
export const MAX_TOUR_STEPS = 200;

const stepsSchema = z.array(stepSchema, { error: 'expected a list of steps (each with say:)' })
  .min(1, 'expected at least one step')
  .max(MAX_TOUR_STEPS, `expected at most ${MAX_TOUR_STEPS} steps`);

const titledSchema = z.object({ title: localText.optional(), steps: stepsSchema }).strict();

/**
 * Validates a `tour:` value with the branch its shape asks for, so errors point inside the
 * steps: `[3].seek` for a list, `.steps[3].seek` for `{ title, steps }`.
 */
export function parseTour(value: unknown): { success: true; data: Tour } | { success: false; error: z.ZodError } {
  if (Array.isArray(value) || value === null || typeof value !== 'object') {
    const r = stepsSchema.safeParse(value);
    return r.success ? { success: true, data: { steps: r.data } } : r;
  }
  const r = titledSchema.safeParse(value);
  if (!r.success) return r;
  return { success: true, data: r.data.title === undefined ? { steps: r.data.steps } : { title: r.data.title, steps: r.data.steps } };
}

/** Where a tour's steps are in the file: `tour` (a list) or `tour.steps`. */
export function stepsPlace(value: unknown): (string | number)[] {
  return Array.isArray(value) ? ['tour'] : ['tour', 'steps'];
}
