/**
 * The shape of a guided tour (`tour:`): an ordered list of steps, or `{ title, steps }`. Each
 * step narrates (en/ja), may move the clock (`seek`), may do one action (the same action
 * schema as events: ./action-schema.ts), may wait for the learner (`waitFor`, a goal
 * condition), may open a tab or a "See inside" view (`open`), may highlight a part of the
 * screen and may ask a question. Replaying a step is sim-core/classroom/tour.ts's business.
 */
import { z } from 'zod';
import { ACTIONS, ACTION_FIELDS, actionOf, givenActions } from './action-schema';
import { strictMapping } from './fields';
import { describeValue } from './describe';
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

/**
 * What a step can open, named by what it shows (the page decides which of its tabs holds it):
 * the startup timeline, the memory chart, the disk chart, the comparison table, the "See
 * inside" views, the terminal.
 */
export const TOUR_TABS = ['timeline', 'memory', 'disk', 'comparison', 'inside', 'terminal'] as const;
export type TourTab = (typeof TOUR_TABS)[number];

/** The "See inside" views: processes and namespaces, the isolation matrix, layers, cgroups. */
export const INSIDE_VIEWS = ['explorer', 'matrix', 'layers', 'cgroup'] as const;
export type InsideViewName = (typeof INSIDE_VIEWS)[number];

/** `open:` of a step: a tab, or a "See inside" view (`view`) of an instance (`instance`). */
export interface TourOpen {
  tab: TourTab;
  /** Only with `tab: inside`. */
  view?: InsideViewName;
  /** Only with `tab: inside`: the instance the view shows (it is selected). */
  instance?: string;
}

const tabSchema = z.enum(TOUR_TABS, { error: `expected one of ${TOUR_TABS.join(', ')}` });

/**
 * `open: memory` (a tab) or `open: { tab: inside, view: explorer, instance: web }`; `view` or
 * `instance` alone mean the "See inside" tab.
 */
const openMapping = strictMapping('open', {
  tab: tabSchema.optional(),
  view: z.enum(INSIDE_VIEWS, { error: `expected one of ${INSIDE_VIEWS.join(', ')}` }).optional(),
  instance: z.string().min(1, 'expected an instance name').optional(),
});

function openOf(o: z.output<typeof openMapping>, ctx: z.core.$RefinementCtx<unknown>): TourOpen | null {
  const inside = o.view !== undefined || o.instance !== undefined;
  if (o.tab === undefined && !inside) {
    ctx.addIssue({ code: 'custom', input: o, message: 'expected tab, view or instance' });
    return null;
  }
  if (inside && o.tab !== undefined && o.tab !== 'inside') {
    ctx.addIssue({ code: 'custom', input: o, path: ['tab'], message: `view and instance belong to the "See inside" tab: expected inside, got ${o.tab}` });
    return null;
  }
  const open: TourOpen = { tab: o.tab ?? 'inside' };
  if (o.view !== undefined) open.view = o.view;
  if (o.instance !== undefined) open.instance = o.instance;
  return open;
}

/**
 * `open: memory` (a tab) or `open: { tab: inside, view: explorer, instance: web }`; `view` or
 * `instance` alone mean the "See inside" tab. A string is read as a tab, anything else as the
 * mapping, so each error speaks of the form written.
 */
const openSchema = z.unknown().transform((value, ctx): TourOpen => {
  if (typeof value === 'string') {
    const r = tabSchema.safeParse(value);
    if (r.success) return { tab: r.data };
    ctx.addIssue({ code: 'custom', input: value, message: `expected a tab (${TOUR_TABS.join(', ')}) or { tab, view, instance }, got ${describeValue(value)}` });
    return z.NEVER;
  }
  const r = openMapping.safeParse(value);
  if (!r.success) {
    for (const i of r.error.issues) ctx.addIssue({ code: 'custom', input: value, message: i.message, path: i.path.filter((p): p is string | number => typeof p !== 'symbol') });
    return z.NEVER;
  }
  return openOf(r.data, ctx) ?? z.NEVER;
});

export interface TourStep {
  say: LocalText;
  /** Moves the clock to this simulated time (never earlier than the step before). */
  seek?: number;
  /** What the step does to the simulation, at its time (null: narration only). */
  action: ScenarioAction | null;
  waitFor?: Condition;
  /** A tab or "See inside" view the step brings forward. */
  open?: TourOpen;
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
  open: openSchema.optional(),
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
  if (s.open !== undefined) step.open = s.open;
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
